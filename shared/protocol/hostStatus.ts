/** Where the open session is stored, as the control window shows it. */
export interface SessionFileInfo {
  /** Absolute path in the desktop app; relative to the workspace in browser mode. */
  path: string;
  /** The file name, for titles. */
  name: string;
}

/** The save state, told honestly: saved only once the bytes are on disk. */
export type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved'; at: number }
  | { state: 'error'; reason: string; at: number };

/** What the host tells windows about the open session outside its content. */
export interface HostStatus {
  /** null when the session has never been saved under a name (it autosaves to the recovery folder). */
  file: SessionFileInfo | null;
  save: SaveState;
  /**
   * The projector's size, as the presenter page most recently reported it (kept in memory only, never in the
   * session file), so the control window's preview can draw the room's screen at its real shape.
   * Absent while no presenter page is connected.
   */
  projector?: ProjectorSize;
  /** What Undo and Redo would act on now (electron/host/undoHistory.ts); absent while both are empty. */
  history?: UndoStatus;
  /** Phones in the room while they may join (electron/phones/); absent while phones are off. */
  phones?: PhonesStatus;
}

/** How the room's phones are doing, for the control window (never sent to the projector or a phone). */
export interface PhonesStatus {
  /** Phones connected now (one per phone, whatever tabs it has open). */
  connected: number;
  /** Phones that joined since phones were turned on. */
  joined: number;
  /** Whether any request from the room's network reached this computer since phones were turned on (the diagnosis starts from this). */
  heard: boolean;
  /** Host time phones were turned on. */
  since: number;
  /** The address phones join at is no longer this computer's (the Wi-Fi changed, a hotspot went off): phones cannot reach it. */
  addressGone?: boolean;
}

/** One step of the undo history, named for the facilitator: `{ step: 12, label: 'delete note “Feedback weekly”' }`. */
export interface UndoStepSummary {
  /** The revision that recorded the step; `session.undo` with this step undoes only that one. */
  step: number;
  label: string;
}

/** The newest step Undo would take back and the newest Redo would bring again. */
export interface UndoStatus {
  undo: UndoStepSummary | null;
  redo: UndoStepSummary | null;
}

/** The size of the projected screen, in CSS px, as the presenter page measured its own viewport. */
export interface ProjectorSize {
  width: number;
  height: number;
}

/** The smallest and largest screen side the presenter may report, in CSS px. */
export const PROJECTOR_SIDE_LIMITS = { min: 200, max: 10_000 } as const;
