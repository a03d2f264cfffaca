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
}
