import type { PushDelivery, PushMessage, HostError } from '../../shared/protocol/messages';
import type { PushPacing } from './pushPacing';
import type { Role } from '../../shared/protocol/roles';
import type { HostCapabilities } from '../../shared/protocol/verbs';
import type { FileSystemPort } from '../files/fileSystemPort';
import type { AdvertisedAddress } from '../../shared/phones/advertisedAddress';
import type { PhoneLimits } from '../phones/phoneLimits';

/** The answer to one call: a result, or an error fit to show the facilitator. */
export type CallOutcome = { ok: true; result: unknown } | { ok: false; error: HostError };

/** One window's link to the host. Each transport makes one per window. */
export interface HostConnection {
  readonly role: Role;
  /** Validates and runs one verb for this window. Never throws. */
  call(verb: string, args: unknown): Promise<CallOutcome>;
  /** Everything the window needs to be up to date again, in one push (after pushes were held back from a slow link). */
  catchUp(): PushMessage;
  /** Stops pushes to this window. */
  disconnect(): void;
}

/** Native file dialogs, supplied by the Electron shell; absent in browser mode. */
export interface DialogPort {
  chooseSessionToOpen(): Promise<string | null>;
  chooseWhereToSave(suggestedName: string): Promise<string | null>;
  /** Where to export the session report; `defaultPath` is absolute. Optional: without it the report goes to its default path. */
  chooseWhereToExportReport?(defaultPath: string): Promise<string | null>;
}

/**
 * Prints a printable report page to PDF, supplied by the Electron shell (a hidden window with JavaScript off); absent in
 * browser mode, where the facilitator prints the HTML page from the browser.
 */
export interface PdfPrinter {
  /** The PDF's bytes for one self-contained HTML page. Rejects with the reason when it cannot be printed. */
  printToPdf(html: string): Promise<Uint8Array>;
}

/** Opens the presenter window, supplied by the Electron shell; absent in browser mode. */
export interface PresenterPort {
  open(): Promise<void>;
  /** Swaps the screens of the presenter and the control window. Without it, the host explains how to do it by hand. */
  swapDisplays?(): Promise<{ swapped: boolean; reason: string | null }>;
}

/** Everything the host needs from its surroundings, injected so tests can control time, ids and the disk. */
export interface HostOptions {
  /** Folder of sessions. In browser mode, every path a window names must stay inside it. */
  workspaceDir: string;
  /** App data: recent list, recovery copies of untitled sessions. */
  dataDir: string;
  /** Browser mode: paths are relative to the workspace. Desktop: absolute paths from native dialogs. */
  mode: 'browser' | 'desktop';
  now?: () => number;
  newId?: () => string;
  dialogs?: DialogPort;
  /** Desktop: prints reports to PDF (the shell's hidden window). Ignored in browser mode, which cannot make a PDF. */
  printer?: PdfPrinter;
  presenter?: PresenterPort;
  /** Browser mode: the URL a page should open for the presenter. */
  presenterUrl?: string;
  /** The disk operations saves go through; tests inject faults here. Default: node:fs. */
  fileSystem?: FileSystemPort;
  /** After a failed autosave with no new changes, retry after this many ms. Default 5000. */
  autosaveRetryMs?: number;
  /** Folder of the built renderer holding phone.html, served to the room's network while phones are on. */
  phonePageRoot?: string;
  /** The addresses phones might reach (default: this machine's network interfaces, then loopback); tests inject loopback only. */
  phoneAddresses?: () => AdvertisedAddress[];
  /** The participant link's limits (default DEFAULT_PHONE_LIMITS); tests shorten them. */
  phoneLimits?: Partial<PhoneLimits>;
  /** How often the address phones join at is checked against this machine's (default 3 s); tests shorten it. */
  phoneAddressCheckMs?: number;
}

/** The host: owns the session store, applies commands, saves, and pushes changes to windows. */
export interface Host {
  /** Connects a window; its pushes go to `push` one by one, as they are made. */
  connect(role: Role, push: (message: PushMessage) => void): HostConnection;
  /** Connects a window whose pushes go out as `pacing` decides: a transport paces them to the window's frames, several then coming as one batch. */
  connect(role: Role, push: (delivery: PushDelivery) => void, pacing: PushPacing): HostConnection;
  capabilities(): HostCapabilities;
  /** The operating system handed us this session file (desktop: Finder, a double-click, the command line): a window may open it by path. */
  allowOpening(file: string): void;
  /** Hears every push the windows hear (the Electron menu follows the undo history this way). Returns a stop function. */
  onPush(listener: (message: PushMessage) => void): () => void;
  /** Resolves once start-up is done; `resumed`: the session open when the host last stopped was reopened. */
  started(): Promise<{ resumed: boolean }>;
  /** Resolves once every change so far is on disk (or has failed and been reported). */
  flush(): Promise<void>;
  /** Flushes and stops accepting calls. */
  close(): Promise<void>;
}
