/** Command-line settings of `npm run serve`. */
export interface ServeArgs {
  workspace: string;
  /** null: not given; serve listens where the last run did (else any free port). */
  port: number | null;
  dataDir: string | null;
  /** `--new-links`: make new resume keys too, so windows opened before cannot reconnect (printed tokens are new at every start anyway). */
  newLinks: boolean;
}

/** Usage text for `npm run serve`. */
export const SERVE_USAGE = 'Usage: npm run serve -- --workspace DIR [--port N] [--data-dir DIR] [--new-links]';

const VALUE_OPTIONS = ['workspace', 'port', 'data-dir'];
const FLAG_OPTIONS = ['new-links'];

/** Parses `--workspace DIR --port N [--data-dir DIR] [--new-links]` (also `--name=value`). Throws with a readable message. */
export function parseServeArgs(argv: readonly string[]): ServeArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) throw new Error(`Unexpected argument "${arg}". ${SERVE_USAGE}`);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (FLAG_OPTIONS.includes(name)) {
      if (eq !== -1) throw new Error(`"--${name}" takes no value. ${SERVE_USAGE}`);
      flags.add(name);
      continue;
    }
    const value = eq === -1 ? argv[++i] : arg.slice(eq + 1);
    if (!VALUE_OPTIONS.includes(name)) throw new Error(`Unknown option "--${name}". ${SERVE_USAGE}`);
    if (value === undefined || value === '') throw new Error(`"--${name}" needs a value. ${SERVE_USAGE}`);
    values.set(name, value);
  }
  const workspace = values.get('workspace');
  if (!workspace) throw new Error(`Say which folder holds the sessions with --workspace. ${SERVE_USAGE}`);
  const portText = values.get('port');
  const port = portText === undefined ? null : Number(portText);
  if (portText !== undefined && (!/^\d+$/.test(portText) || (port ?? 0) > 65535)) throw new Error(`"--port ${portText}" is not a port number (0-65535).`);
  return { workspace, port, dataDir: values.get('data-dir') ?? null, newLinks: flags.has('new-links') };
}
