import type { ValidVerbArgs, VerbName, VerbResult } from '../../../shared/protocol/verbs';

/** The window a call came from, for verbs that remember something per window. */
export interface VerbCaller {
  /** Unique per connection for the host's lifetime. */
  connectionId: number;
}

/** One handler per verb, given already-validated arguments and the window that called. */
export type VerbHandlers = { [V in VerbName]: (args: ValidVerbArgs<V>, caller: VerbCaller) => Promise<VerbResult<V>> };

/** The handlers of some verbs: each domain file builds its own part of the table. */
export type VerbGroup<V extends VerbName> = Pick<VerbHandlers, V>;
