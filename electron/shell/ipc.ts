import type { IpcMain, IpcMainInvokeEvent, WebFrameMain } from 'electron';
import { verbChannel } from '../../shared/protocol/ipcChannels';
import { VERB_NAMES } from '../../shared/protocol/verbs';
import type { VerbName } from '../../shared/protocol/verbs';
import type { CallOutcome } from '../host/hostTypes';
import { checkSender } from './senderCheck';
import type { SenderFacts } from './senderCheck';
import type { OpenWindow } from './windows';

/** What the IPC layer needs to know about our windows. */
export interface WindowDirectory {
  lookup(contentsId: number): OpenWindow | undefined;
  expectedPages(): ReadonlyMap<number, string>;
}

const REFUSED: CallOutcome = { ok: false, error: { code: 'forbidden', message: 'This page may not talk to Groundwork.' } };
const FAILED: CallOutcome = {
  ok: false,
  error: { code: 'internal', message: 'Groundwork hit an unexpected problem with that request. Your session so far is kept.' },
};

/**
 * Answers every host verb over IPC. Each call is checked first: it must come
 * from the main frame of one of our windows, showing that window's own page.
 * The window's own host connection (control or presenter role) then runs it.
 * Calls never throw across IPC; failures come back as `{ ok: false, error }`.
 */
export function registerIpc(ipcMain: IpcMain, windows: WindowDirectory): void {
  for (const verb of VERB_NAMES) {
    ipcMain.handle(verbChannel(verb), (event: IpcMainInvokeEvent, args: unknown) => answer(windows, verb, event, args));
  }
}

async function answer(windows: WindowDirectory, verb: VerbName, event: IpcMainInvokeEvent, args: unknown): Promise<CallOutcome> {
  const facts = senderFacts(event);
  const verdict = checkSender(facts, windows.expectedPages());
  const entry = windows.lookup(facts.contentsId);
  if (!verdict.ok || !entry) {
    console.warn(`Groundwork: refused ${verbChannel(verb)}: ${verdict.ok ? 'unknown window' : verdict.reason}.`);
    return REFUSED;
  }
  try {
    return await entry.connection.call(verb, args);
  } catch (error) {
    console.error(`Groundwork: ${verb} failed unexpectedly:`, error);
    return FAILED;
  }
}

function senderFacts(event: IpcMainInvokeEvent): SenderFacts {
  const contentsId = event.sender.id;
  try {
    const frame = event.senderFrame;
    if (!frame) return { contentsId, frameUrl: null, isMainFrame: false };
    return { contentsId, frameUrl: frame.url, isMainFrame: frame.parent === null && sameFrame(frame, event.sender.mainFrame) };
  } catch {
    // The frame was destroyed or navigated away while the call was in flight.
    return { contentsId, frameUrl: null, isMainFrame: false };
  }
}

function sameFrame(a: WebFrameMain, b: WebFrameMain): boolean {
  return a === b || (a.processId === b.processId && a.routingId === b.routingId);
}
