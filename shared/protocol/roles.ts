import type { CommandType } from './commands';
import type { VerbName } from './verbs';
import { VERB_NAMES } from './verbs';

/**
 * Who is on the other end of a window's connection. Phones in the room are not windows: they speak the participant
 * protocol of their own (shared/phones/phoneProtocol.ts, electron/phones/) and never reach these verbs.
 */
export type Role = 'control' | 'presenter';

/** What a role may do: which verbs it may call and which commands it may dispatch. */
export interface RoleRights {
  verbs: ReadonlySet<VerbName> | 'all';
  commands: ReadonlySet<CommandType> | 'all';
}

const READ_ONLY_VERBS: ReadonlySet<VerbName> = new Set<VerbName>(['session.snapshot']);
/** Verbs only the presenter page may call: it alone knows the projector's size. */
const PRESENTER_ONLY_VERBS: ReadonlySet<VerbName> = new Set<VerbName>(['presenter.reportScreen']);

/** The rights of each role. The presenter only reads (and tells the host its screen size). */
export const ROLE_RIGHTS: Readonly<Record<Role, RoleRights>> = {
  control: { verbs: new Set(VERB_NAMES.filter((verb) => !PRESENTER_ONLY_VERBS.has(verb))), commands: 'all' },
  presenter: { verbs: new Set<VerbName>([...READ_ONLY_VERBS, 'presenter.reportScreen']), commands: new Set() },
};

/** Whether a role may call a verb at all. */
export function mayCall(role: Role, verb: VerbName): boolean {
  const { verbs } = ROLE_RIGHTS[role];
  return verbs === 'all' || verbs.has(verb) || (verb === 'session.dispatch' && ROLE_RIGHTS[role].commands !== 'all' && ROLE_RIGHTS[role].commands.size > 0);
}

/** Whether a role may dispatch a given command. */
export function mayDispatch(role: Role, command: CommandType): boolean {
  const { commands } = ROLE_RIGHTS[role];
  return commands === 'all' || commands.has(command);
}
