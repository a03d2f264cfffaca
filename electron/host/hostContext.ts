import type { BackupOffer } from '../../shared/protocol/messages';
import type { FileSystemPort } from '../files/fileSystemPort';
import type { PresenterPort } from './hostTypes';
import type { PathPolicy } from './paths/pathPolicy';
import type { OpenSessions } from './openSessions';
import type { ProjectorReports } from './projectorReports';
import type { RecentList } from './recentList';
import type { SessionStore } from './sessionStore';

/** What the host's parts share: settings with defaults filled in, the store and the recent list. */
export interface HostContext {
  /** What differs between the desktop and browser mode: how windows name, choose and see paths. */
  paths: PathPolicy;
  workspaceDir: string;
  dataDir: string;
  recoveryDir: string;
  now: () => number;
  newId: () => string;
  presenter: PresenterPort | undefined;
  presenterUrl: string | undefined;
  fileSystem: FileSystemPort | undefined;
  retryMs: number | undefined;
  store: SessionStore;
  /** The projector sizes presenter pages reported (memory only); the newest is in the pushed status. */
  projectors: ProjectorReports;
  recent: RecentList;
  /** Which sessions are open, for crash recovery. */
  openSessions: OpenSessions;
  /** Earlier copies offered when a file could not be opened, by the path the window was given. */
  offeredCopies: Map<string, { absolute: string; original: string; kind: BackupOffer['kind'] }>;
  /** Files the operating system handed to the desktop app (Finder, a double-click, the command line): windows may open them by path. */
  systemOpened: Set<string>;
}
