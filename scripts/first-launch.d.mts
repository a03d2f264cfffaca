/** The Node.js version Electron 45's installer asks for. */
export const ELECTRON_INSTALLER_NODE: [number, number];
/** Whether a Node.js version string ("v20.20.2") is at least major.minor. */
export function nodeAtLeast(version: string, minimum: [number, number]): boolean;
/** What `npm start` does: launch the binary, download it first, or run browser mode. */
export function planStart(input: {
  status: { available: boolean; reason: string };
  args: string[];
  env: Record<string, string | undefined>;
  packageInstalled: boolean;
}): { action: 'launch' | 'download' | 'browser'; reason: string };
/** The electron package's version, or null. */
export function electronVersion(root: string): string | null;
/** The one line said when the download failed, with how to try again. */
export function downloadFailedLine(errorText: string, nodeVersion: string): string;
/** Runs the electron package's own installer, printing progress lines. */
export function runElectronInstaller(root: string, options?: { log?: (line: string) => void; everyMs?: number; timeoutMs?: number; env?: NodeJS.ProcessEnv }): Promise<{ ok: boolean; output: string }>;
/** Switches for Electron itself (XWayland on a Linux Wayland session, so windows can be placed). */
export function electronSwitches(platform: NodeJS.Platform, env: Record<string, string | undefined>): string[];
