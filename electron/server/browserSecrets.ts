import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { atomicWrite } from '../files/atomicWrite';
import { errorCode } from '../files/fileSystemPort';
import type { AccessSecrets } from './wsTransport';

/** The file in the data folder that keeps browser mode's link secrets between starts. */
export const BROWSER_SECRETS_FILE = 'browser-secrets.json';

/** Random bytes in each secret (written as hex, so twice as many characters). */
const SECRET_BYTES = 32;

const tokenSchema = z.string().regex(/^[0-9a-f]{64}$/);

/** What `browser-secrets.json` holds: two different 64-character hex tokens. */
const secretsFileSchema = z
  .object({ controlToken: tokenSchema, viewToken: tokenSchema })
  .refine((secrets) => secrets.controlToken !== secrets.viewToken, { message: 'The two links must not share a token.' });

/** How to load the secrets. */
export interface LoadBrowserSecretsOptions {
  /** Make new secrets even when saved ones are fine (`serve --new-links`): links printed before stop working. */
  rotate?: boolean;
  /** Where to say that the saved file was unreadable or could not be written. Default: a line on stderr. */
  log?: (line: string) => void;
}

/** Makes a fresh pair of secrets. */
export function newBrowserSecrets(): AccessSecrets {
  return { controlToken: randomBytes(SECRET_BYTES).toString('hex'), viewToken: randomBytes(SECRET_BYTES).toString('hex') };
}

/**
 * Returns the control and view tokens of browser mode for one data folder,
 * the same on every start so that open windows can reconnect after a restart.
 * They live in `<dataDir>/browser-secrets.json`, readable by the owner only.
 * A missing or damaged file (or `rotate`) gives new tokens, which are saved;
 * if saving fails the new tokens are still returned and only last this run.
 */
export async function loadBrowserSecrets(dataDir: string, options: LoadBrowserSecretsOptions = {}): Promise<AccessSecrets> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const file = path.join(dataDir, BROWSER_SECRETS_FILE);
  if (!options.rotate) {
    const saved = await readSavedSecrets(file);
    if (saved.kind === 'ok') {
      await keepPrivate(file);
      return saved.secrets;
    }
    if (saved.kind === 'damaged') log(`The saved browser links in ${file} could not be read (${saved.reason}); made new ones, so links printed before no longer work.`);
  }
  const secrets = newBrowserSecrets();
  try {
    await fsp.mkdir(dataDir, { recursive: true, mode: 0o700 });
    await atomicWrite(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, keepBackup: false });
  } catch (error) {
    log(`Could not save the browser links in ${file} (${describe(error)}); they will change when Groundwork restarts.`);
  }
  return secrets;
}

type SavedSecrets = { kind: 'ok'; secrets: AccessSecrets } | { kind: 'missing' } | { kind: 'damaged'; reason: string };

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
  if (!parsed.success) return { kind: 'damaged', reason: 'not two valid tokens' };
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
