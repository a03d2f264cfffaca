import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../files/atomicWrite';
import { errorCode } from '../files/fileSystemPort';
import type { AccessSecrets } from './wsTransport';

/** The file in the data folder that keeps browser mode's resume keys between starts (the printed tokens are never saved). */
export const BROWSER_SECRETS_FILE = 'browser-secrets.json';

/** Random bytes in each secret (written as hex, so twice as many characters). */
const SECRET_BYTES = 32;

const tokenSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** What `browser-secrets.json` holds: two different 64-character hex resume keys. */
const secretsFileSchema = z
  .object({ controlResumeKey: tokenSchema, viewResumeKey: tokenSchema })
  .refine((secrets) => secrets.controlResumeKey !== secrets.viewResumeKey, { message: 'The two links must not share a key.' });

/** What the file held before the tokens changed at each start: the printed tokens themselves, which must not live on. */
const printedTokensFileSchema = z.object({ controlToken: tokenSchema, viewToken: tokenSchema });

type ResumeKeys = Pick<AccessSecrets, 'controlResumeKey' | 'viewResumeKey'>;

/** How to load the secrets. */
export interface LoadBrowserSecretsOptions {
  /** Make new resume keys even when saved ones are fine (`serve --new-links`): tabs opened before cannot reconnect. */
  rotate?: boolean;
  /** Where to say that the saved file was unreadable or could not be written. Default: a line on stderr. */
  log?: (line: string) => void;
}

function randomKey(): string {
  return randomBytes(SECRET_BYTES).toString('hex');
}

/** Makes four fresh keys: two printed tokens and two resume keys. */
export function newBrowserSecrets(): AccessSecrets {
  return { controlToken: randomKey(), viewToken: randomKey(), controlResumeKey: randomKey(), viewResumeKey: randomKey() };
}

/**
 * Returns browser mode's keys for one start. The printed tokens are new at
 * every start, so a link copied, seen or collected during an earlier run
 * opens nothing now. The resume keys, which a tab only gets after proving a
 * token and which never appear in an address, are kept in
 * `<dataDir>/browser-secrets.json` (owner-only), so windows that were open
 * reconnect by themselves after a restart. A missing or damaged file (or
 * `rotate`) gives new resume keys, which are saved; if saving fails they are
 * still returned and only last this run.
 */
export async function loadBrowserSecrets(dataDir: string, options: LoadBrowserSecretsOptions = {}): Promise<AccessSecrets> {
  const printed = { controlToken: randomKey(), viewToken: randomKey() };
  return { ...printed, ...(await loadResumeKeys(dataDir, options)) };
}

async function loadResumeKeys(dataDir: string, options: LoadBrowserSecretsOptions): Promise<ResumeKeys> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const file = path.join(dataDir, BROWSER_SECRETS_FILE);
  if (!options.rotate) {
    const saved = await readSavedSecrets(file);
    if (saved.kind === 'ok') {
      await keepPrivate(file);
      return saved.secrets;
    }
    if (saved.kind === 'damaged') log(`The saved browser links in ${file} could not be read (${saved.reason}); made new ones, so windows opened before must be opened again from the printed links.`);
  }
  const keys: ResumeKeys = { controlResumeKey: randomKey(), viewResumeKey: randomKey() };
  try {
    await fsp.mkdir(dataDir, { recursive: true, mode: 0o700 });
    await atomicWrite(file, `${JSON.stringify(keys, null, 2)}\n`, { mode: 0o600, keepBackup: false });
  } catch (error) {
    log(`Could not save the browser links in ${file} (${describe(error)}); open windows will not reconnect by themselves after a restart.`);
  }
  return keys;
}

type SavedSecrets = { kind: 'ok'; secrets: ResumeKeys } | { kind: 'missing' } | { kind: 'damaged'; reason: string };

async function readSavedSecrets(file: string): Promise<SavedSecrets> {
  let text: string;
  try {
    text = await fsp.readFile(file, 'utf8');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'damaged', reason: describe(error) };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { kind: 'damaged', reason: 'not JSON' };
  }
  const parsed = secretsFileSchema.safeParse(raw);
  // An older file holds tokens that were printed: replace them quietly.
  if (!parsed.success && printedTokensFileSchema.safeParse(raw).success) return { kind: 'missing' };
  if (!parsed.success) return { kind: 'damaged', reason: 'not two valid keys' };
  return { kind: 'ok', secrets: parsed.data };
}

/** Takes away read access for others from a secrets file that has it (copied or restored by hand). */
async function keepPrivate(file: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const stats = await fsp.stat(file);
    if ((stats.mode & 0o077) !== 0) await fsp.chmod(file, 0o600);
  } catch {
    // Not ours to fix (another owner, read-only disk); the secrets still work.
  }
}

function describe(error: unknown): string {
  return errorCode(error) ?? (error instanceof Error ? error.message : String(error));
}
