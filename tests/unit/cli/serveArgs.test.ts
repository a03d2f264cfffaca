import { describe, expect, it } from 'vitest';
import { parseServeArgs } from '../../../electron/cli/serveArgs';

describe('npm run serve arguments', () => {
  it('reads workspace, port and data dir', () => {
    expect(parseServeArgs(['--workspace', 'sessions', '--port', '5173', '--data-dir', '/tmp/gw'])).toEqual({
      workspace: 'sessions',
      port: 5173,
      dataDir: '/tmp/gw',
      newLinks: false,
    });
    expect(parseServeArgs(['--workspace=sessions', '--port=0'])).toEqual({ workspace: 'sessions', port: 0, dataDir: null, newLinks: false });
  });

  it('reads --new-links anywhere, without a value', () => {
    expect(parseServeArgs(['--new-links', '--workspace', 'w', '--port', '5180'])).toEqual({ workspace: 'w', port: 5180, dataDir: null, newLinks: true });
    expect(parseServeArgs(['--workspace', 'w', '--new-links']).newLinks).toBe(true);
  });

  it('without --port, leaves the port to serve (the last run\'s port, else any free one)', () => {
    expect(parseServeArgs(['--workspace', 'w']).port).toBeNull();
  });

  it.each([
    [[], 'Say which folder holds the sessions with --workspace.'],
    [['--workspace'], '"--workspace" needs a value.'],
    [['--workspace', 'w', '--port', 'http'], '"--port http" is not a port number (0-65535).'],
    [['--workspace', 'w', '--port', '70000'], '"--port 70000" is not a port number (0-65535).'],
    [['--workspace', 'w', '--host', '0.0.0.0'], 'Unknown option "--host".'],
    [['w'], 'Unexpected argument "w".'],
    [['--workspace', 'w', '--new-links=yes'], '"--new-links" takes no value.'],
  ])('refuses %j with a usable message', (argv, message) => {
    expect(() => parseServeArgs(argv)).toThrow(message);
  });
});
