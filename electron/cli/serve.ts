import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { flushOnCrash, stopOnSignals } from '../host/stopOnSignals';
import { errorCode } from '../files/fileSystemPort';
import { readLastPort, rememberPort } from '../server/browserPort';
import { loadBrowserSecrets } from '../server/browserSecrets';
import { startBrowserServer, defaultBrowserDataDir } from '../server/browserServer';
import type { BrowserServer } from '../server/browserServer';
import { ensureRendererBuilt } from '../server/rendererBuild';
import { parseServeArgs } from './serveArgs';

/**
 * `npm run serve -- --workspace DIR [--port N] [--data-dir DIR] [--new-links]`:
 * runs Groundwork in the browser. Prints exactly the control and presenter
 * URLs on stdout; everything else goes to stderr. The URLs' tokens are new at
 * every start; the resume keys that let open windows reconnect are kept in
 * the data folder, and so is the port when none is given. `--new-links`
 * replaces the resume keys too, so no window opened before gets back in.
 */
async function main(): Promise<void> {
  const log = (line: string): void => {
    process.stderr.write(`${line}\n`);
  };
  let server: BrowserServer | null = null;
  const building = new AbortController();
  stopOnSignals(
    async (signal) => {
      building.abort();
      if (!server) return;
      log(`${signal}: saving and stopping…`);
      await server.close();
    },
    (error) => log(`Stopped with an error: ${error instanceof Error ? error.message : String(error)}`),
  );
  // A bug must not cost the changes still in memory: write them, then stop. The next start reopens the session.
  flushOnCrash(
    () => server?.host.flush() ?? Promise.resolve(),
    (error) => log(`Groundwork stopped on an unexpected error; writing pending saves first. ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
  );

  const args = parseServeArgs(process.argv.slice(2));
  const workspace = path.resolve(args.workspace);
  const stats = await fsp.stat(workspace).catch(() => null);
  if (!stats?.isDirectory()) throw new Error(`The workspace "${workspace}" is not a folder.`);
  const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const staticRoot = path.join(projectRoot, 'dist', 'renderer');
  await ensureRendererBuilt({ projectRoot, outDir: staticRoot }, log, building.signal);

  const dataDir = args.dataDir ? path.resolve(args.dataDir) : defaultBrowserDataDir(workspace);
  const secrets = await loadBrowserSecrets(dataDir, { rotate: args.newLinks, log });
  if (args.newLinks) log('Made new links: windows opened before will say their link is no longer valid until given the new one.');
  // Without --port, take the last run's port again: the links open windows hold name it.
  const lastPort = args.port === null ? await readLastPort(dataDir) : null;
  const options = { workspaceDir: workspace, dataDir, staticRoot, secrets };
  try {
    server = await startBrowserServer({ ...options, port: args.port ?? lastPort ?? 0 });
  } catch (error) {
    if (lastPort === null || errorCode(error) !== 'EADDRINUSE') throw error;
    log(`Port ${lastPort}, used last time, is taken now; listening on another one, so windows open with the old links must be opened again.`);
    server = await startBrowserServer({ ...options, port: 0 });
  }
  // After the host's start-up housekeeping, which clears temp files a crashed save left in the data folder: written
  // before it ends, the port file's own temp file could be swept away mid-write, and the next start use another port.
  await server.host.started();
  await rememberPort(dataDir, server.port, log);
  process.stdout.write(`Control: ${server.controlUrl}\nPresenter: ${server.presenterUrl}\n`);
  log(`Groundwork is serving ${workspace}. Press Ctrl+C to stop (pending saves are written first).`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
