import type { VerbName } from './verbs';

/** The IPC channel the host's pushes travel on, from the Electron shell to the preload. */
export const PUSH_CHANNEL = 'groundwork:push';

/** The IPC channel that carries one verb: the shell answers it there and the preload invokes it there. */
export function verbChannel(verb: VerbName): string {
  return `groundwork:${verb}`;
}
