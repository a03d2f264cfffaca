/** Whether an Electron binary can be launched, where it is, and if not, why. */
export interface ElectronBinaryStatus {
  available: boolean;
  path: string | null;
  reason: string;
}

/** Checks for a usable Electron binary without loading the electron package (which would try to download one). */
export function electronBinaryStatus(options?: { root?: string; env?: NodeJS.ProcessEnv; platform?: NodeJS.Platform }): ElectronBinaryStatus;
