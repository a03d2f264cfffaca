import { z } from 'zod';
import { commandSchema, isoDateSchema } from './commands';
import type { RoomView } from '../session/roomView';
import type { PhonesOpen, SessionState } from '../session/types';
import type { AdvertisedAddress } from '../phones/advertisedAddress';
import type { HostStatus, SessionFileInfo } from './hostStatus';
import { PROJECTOR_SIDE_LIMITS } from './hostStatus';
import { MAX_FACILITATOR_NAME, REPORT_EXPORTS, REPORT_FORMATS } from '../report/reportAudience';
import { plannedStartSchema } from '../kinds/activityBase';

const relativeOrAbsolutePath = z.string().min(1).max(4096);
const projectorSide = z.number().int().min(PROJECTOR_SIDE_LIMITS.min).max(PROJECTOR_SIDE_LIMITS.max);

/** A closed list of choices whose refusal names every choice, in a sentence ("… has a bad "format": choose "markdown", "html" or "pdf"."). */
function choiceOf<const T extends readonly [string, ...string[]]>(values: T) {
  const quoted = values.map((value) => `"${value}"`);
  return z.enum(values, { error: `choose ${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1] ?? ''}` });
}

/** A session as the home screen lists it. */
export interface RecentSession {
  path: string;
  name: string;
  title: string;
  group: string;
  date: string;
  savedAt: number;
}

/** A workshop the user can start a session from. */
export interface WorkshopSummary {
  /** Pass to `session.create`. Built-in workshops use their own id; workshops from the folder use `folder:<file name>`. */
  id: string;
  /** Where it comes from: shipped with Groundwork, or a file in the user's workshop folder. */
  origin: 'built-in' | 'folder';
  /** The file name, for a workshop from the folder; null for a built-in one. */
  fileName: string | null;
  title: string;
  summary: string;
  /** Who wrote it and what it draws on (the workshop's `source`), credited on its card; empty when it has none. */
  source: string;
  totalMinutes: number;
  activityTitles: string[];
}

/** A workshop file that could not be used: which file, where inside it, and what is wrong. */
export interface WorkshopFileProblem {
  /** The file name inside the workshop folder. */
  file: string;
  /** Where inside the file, e.g. `activities[2].columns`; empty for the file as a whole. */
  path: string;
  /** One sentence a facilitator can act on. */
  message: string;
}

/** One entry of a folder listing for the in-app file dialog (browser mode). */
export interface FileEntry {
  name: string;
  path: string;
  kind: 'folder' | 'session';
  modifiedAt: number;
}

/** A session left open when Groundwork last stopped without closing it (crash, kill, power cut). */
export interface RecoveryOffer {
  /** Pass to `recovery.restore` / `recovery.dismiss`. */
  id: string;
  title: string;
  group: string;
  date: string;
  /** When the copy that would be restored was last saved (host clock). */
  savedAt: number;
  /** Notes in it, deleted ones not counted. */
  noteCount: number;
  /** The named file it belongs to; null for a session that was never saved under a name. */
  file: SessionFileInfo | null;
  /** Whether a timer was running: it carries on with the real time that has passed. */
  timerRunning: boolean;
  /** Anything the facilitator should know before restoring (e.g. the file on disk is newer than the copy). */
  notice: string | null;
}

/** What the host can do in this mode, so the UI can pick native or in-app dialogs. */
export interface HostCapabilities {
  nativeDialogs: boolean;
  presenterWindow: boolean;
  /** `report.export` can write a PDF: the desktop app prints the page itself. Browser mode cannot; print the HTML from the browser. */
  pdfExport: boolean;
}

/** The current session with its revision, for a window that is joining or has fallen behind. */
export interface Snapshot {
  rev: number;
  session: SessionState | null;
  status: HostStatus;
  /** The host's clock at the time of the snapshot, so windows can correct for skew. */
  hostNow: number;
  /** Control links only: the revision at which what the room sees last changed (the projector has caught up once it reaches it). */
  roomRev?: number;
}

/** What `session.snapshot` answers a projector link: only what the room may see (`roomView`), never the session. */
export interface RoomSnapshot {
  rev: number;
  view: RoomView | null;
  hostNow: number;
}

/**
 * Every call a window can make to the host: the schema for its arguments and
 * the type of its result. Both transports (Electron IPC and WebSocket) carry
 * exactly these verbs.
 */
export const verbArgs = {
  'session.snapshot': z.object({}).strict(),
  'session.dispatch': commandSchema,
  'session.create': z.object({ workshopId: z.string().min(1).max(200), group: z.string().trim().min(1, 'Enter the group name.').max(200), date: isoDateSchema }).strict(),
  'session.open': z.object({ path: relativeOrAbsolutePath.optional() }).strict(),
  'session.save': z.object({}).strict(),
  'session.saveAs': z.object({ path: relativeOrAbsolutePath.optional() }).strict(),
  'session.close': z.object({}).strict(),
  'session.openBackup': z.object({ path: relativeOrAbsolutePath }).strict(),
  'files.list': z.object({ folder: z.string().max(4096).optional() }).strict(),
  'recent.list': z.object({}).strict(),
  'recovery.list': z.object({}).strict(),
  'recovery.restore': z.object({ id: z.string().min(1).max(64) }).strict(),
  'recovery.dismiss': z.object({ id: z.string().min(1).max(64) }).strict(),
  'workshops.list': z.object({}).strict(),
  'workshops.read': z.object({ id: z.string().min(1).max(300) }).strict(),
  'workshops.check': z
    .object({
      fileName: z.string().min(1).max(255),
      document: z.record(z.string(), z.unknown()),
      previewIndex: z.number().int().min(0).max(10_000).nullable(),
    })
    .strict(),
  'workshops.save': z
    .object({
      fileName: z.string().min(1).max(255),
      // A workshop document as the builder holds it; the host checks its shape and size, and saves drafts with problems.
      document: z.record(z.string(), z.unknown()),
      replace: z.boolean(),
    })
    .strict(),
  'settings.setWorkshopFolder': z.object({ folder: relativeOrAbsolutePath }).strict(),
  // What to export (the client report, the facilitator's record or the run sheet) is always said; the format defaults
  // to Markdown. `facilitator`, the name given at export, is shown in place of the session's (empty: no name).
  'report.export': z
    .object({
      path: relativeOrAbsolutePath.optional(),
      audience: choiceOf(REPORT_EXPORTS),
      format: choiceOf(REPORT_FORMATS).optional(),
      facilitator: z.string().trim().max(MAX_FACILITATOR_NAME, `Keep the facilitator’s name to ${MAX_FACILITATOR_NAME} characters or fewer.`).optional(),
      // The run sheet's start, for clock times; the session's planned start when absent.
      startsAt: plannedStartSchema.optional(),
    })
    .strict(),
  'presenter.open': z.object({}).strict(),
  'presenter.swapDisplays': z.object({}).strict(),
  'presenter.reportScreen': z.object({ width: projectorSide, height: projectorSide }).strict(),
  'host.capabilities': z.object({}).strict(),
  'phones.addresses': z.object({}).strict(),
  'phones.open': z.object({ address: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/, 'Pick an address from the list.') }).strict(),
  'phones.close': z.object({}).strict(),
} as const;

/** The result type of each verb. */
export interface VerbResults {
  /**
   * The whole session, for the control window. A projector link is answered a `RoomSnapshot` instead
   * (electron/host/roleViews.ts); its page reads the answer as unknown and checks it (parseRoomSnapshot).
   */
  'session.snapshot': Snapshot;
  'session.dispatch': { rev: number };
  'session.create': { file: SessionFileInfo | null };
  /** `cancelled` when the user closed a native dialog. */
  'session.open': { file: SessionFileInfo | null; cancelled: boolean; migratedFrom: number | null };
  'session.save': { file: SessionFileInfo | null; cancelled: boolean };
  'session.saveAs': { file: SessionFileInfo | null; cancelled: boolean };
  'session.close': Record<string, never>;
  /** Opens an earlier copy offered in a HostError's `backup`, as an untitled session; `notice` says what happened. */
  'session.openBackup': { file: SessionFileInfo | null; notice: string };
  'files.list': { folder: string; entries: FileEntry[] };
  'recent.list': { sessions: RecentSession[] };
  /** Sessions left open by an unclean exit, to offer on the home screen. */
  'recovery.list': { sessions: RecoveryOffer[] };
  /** `notice` says which copy was opened when that matters (e.g. the file on disk was newer). */
  'recovery.restore': { file: SessionFileInfo | null; notice: string | null };
  'recovery.dismiss': Record<string, never>;
  /** Built-in workshops first, then valid files from the workshop folder; `problems` lists the files that were skipped. */
  'workshops.list': { workshops: WorkshopSummary[]; folder: string; problems: WorkshopFileProblem[] };
  /**
   * A workshop as its file holds it, for the builder to edit: the parsed JSON, before defaults and checks (a draft with
   * problems opens too). A built-in workshop has `fileName` null and is edited as a copy.
   */
  'workshops.read': { id: string; origin: WorkshopSummary['origin']; fileName: string | null; document: Record<string, unknown> };
  /**
   * Writes a workshop file into the workshop folder, atomically. An existing file is changed field by field, so a
   * hand-written file keeps its layout and only what was edited changes. `replace: false` refuses an existing name.
   * `problems` are the file's problems as the loader sees them (empty: it can be started); `id` is its id in the list.
   */
  'workshops.save': { id: string; fileName: string; problems: WorkshopFileProblem[] };
  /**
   * The builder's checks as you type, run by the host so the page never loads the schemas: every problem the file
   * loader would find in the draft, and the projector's view of the activity at `previewIndex` (null when it has
   * problems of its own).
   */
  'workshops.check': { problems: WorkshopFileProblem[]; preview: RoomView | null };
  /** Changes the folder workshops are read from (a setting kept in the data folder); `folder` is how windows should show it. */
  'settings.setWorkshopFolder': { folder: string };
  /**
   * Writes the client report, the facilitator's record or the run sheet, as Markdown, printable HTML or (where
   * `pdfExport`) PDF. `path` is where it went (as windows see it); null when a native dialog was cancelled.
   */
  'report.export': { path: string | null; cancelled: boolean };
  /** `url` is set when the host cannot open a window itself and the page should open it. */
  'presenter.open': { opened: boolean; url: string | null };
  /** Swaps the screens of the presenter and the control window; when nothing moved, `reason` says why, fit to show. */
  'presenter.swapDisplays': { swapped: boolean; reason: string | null };
  /** The presenter page tells the host the size of its viewport, so the preview can draw the projector's shape. */
  'presenter.reportScreen': Record<string, never>;
  'host.capabilities': HostCapabilities;
  /** This computer's addresses phones might reach, best first (Wi-Fi and Ethernet, then VPN and virtual adapters, then this computer only). */
  'phones.addresses': { addresses: AdvertisedAddress[] };
  /** Phones may join: the host listens at `open.address` (the room's network) with a new room code. */
  'phones.open': { open: PhonesOpen };
  /** Phones may no longer join; the host stops listening on the room's network within a second. */
  'phones.close': Record<string, never>;
}

/** The name of a host verb. */
export type VerbName = keyof typeof verbArgs;
/** The arguments a verb takes, as sent. */
export type VerbArgs<V extends VerbName> = z.input<(typeof verbArgs)[V]>;
/** The arguments a verb takes, after validation. */
export type ValidVerbArgs<V extends VerbName> = z.output<(typeof verbArgs)[V]>;
/** What a verb returns. */
export type VerbResult<V extends VerbName> = VerbResults[V];
/** Every verb name, in a stable order. */
export const VERB_NAMES = Object.keys(verbArgs) as VerbName[];

/** Whether a string names a verb. */
export function isVerbName(name: unknown): name is VerbName {
  return typeof name === 'string' && Object.hasOwn(verbArgs, name);
}
