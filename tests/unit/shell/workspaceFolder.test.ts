import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseWorkspaceFolder } from '../../../electron/shell/workspaceFolder';
import type { FolderMaker } from '../../../electron/shell/workspaceFolder';

/** A file system where making or writing some folders fails with a code. */
function makerRefusing(refused: Record<string, string>): FolderMaker & { made: string[] } {
  const made: string[] = [];
  const check = (dir: string) => {
    const code = refused[dir];
    if (code) throw Object.assign(new Error(`${code}: ${dir}`), { code });
  };
  return {
    made,
    mkdirSync: (dir) => {
      check(dir);
      made.push(dir);
    },
    accessSync: (dir) => check(dir),
  };
}

const documents = path.join('/home', 'sam', 'Documents');
const data = path.join('/home', 'sam', '.config', 'Groundwork');

describe('the workspace folder at start-up', () => {
  it('is Documents/Groundwork when it can be made', () => {
    const maker = makerRefusing({});
    expect(chooseWorkspaceFolder(documents, data, maker)).toEqual({ dir: path.join(documents, 'Groundwork'), notice: null });
  });

  it('falls back to the app data folder, saying why, when Documents is blocked (Controlled Folder Access gives EPERM)', () => {
    const maker = makerRefusing({ [path.join(documents, 'Groundwork')]: 'EPERM' });
    const choice = chooseWorkspaceFolder(documents, data, maker);
    expect(choice.dir).toBe(path.join(data, 'Workspace'));
    expect(choice.notice).toContain('EPERM');
    expect(choice.notice).toContain(path.join(data, 'Workspace'));
    expect(maker.made).toEqual([path.join(data, 'Workspace')]);
  });

  it('says both folders when neither can be made', () => {
    const maker = makerRefusing({ [path.join(documents, 'Groundwork')]: 'EPERM', [path.join(data, 'Workspace')]: 'ENOSPC' });
    expect(() => chooseWorkspaceFolder(documents, data, maker)).toThrow(/EPERM.*ENOSPC/);
  });
});
