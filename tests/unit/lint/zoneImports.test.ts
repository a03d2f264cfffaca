import path from 'node:path';
import { ESLint, Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { groundworkLintPlugin } from '../../../scripts/eslint-zone-imports.mjs';

const root = path.resolve(import.meta.dirname, '../../..');
const RULE = 'groundwork/no-zone-import';

/** The rule's setting the project's eslint.config.mjs gives a file (undefined when off). */
async function ruleSettingFor(file: string): Promise<Linter.RuleEntry | undefined> {
  const config = (await new ESLint({ cwd: root }).calculateConfigForFile(path.join(root, file))) as Linter.Config;
  return config.rules?.[RULE];
}

/** The rule's complaints about `code` as if it were `file`, with the setting eslint.config.mjs gives that file. */
async function crossings(file: string, code: string): Promise<string[]> {
  const setting = await ruleSettingFor(file);
  if (!setting) return [];
  const config: Linter.Config[] = [
    { files: ['**/*.ts', '**/*.tsx'], languageOptions: { parser: tseslint.parser }, plugins: { groundwork: groundworkLintPlugin }, rules: { [RULE]: setting } },
  ];
  return new Linter({ cwd: root }).verify(code, config, { filename: path.join(root, file) }).map((message) => message.message);
}

describe('lint keeps the runtime zones apart (eslint.config.mjs)', () => {
  it('refuses any file under electron/ that imports from renderer/, in every form and from any depth', async () => {
    const imports = [
      "import { commandTable } from '../../renderer/commands/commandTable';",
      "import type { CommandWindow } from '../../renderer/commands/runCommand';",
      "export { runCommand } from '../../renderer/commands/runCommand';",
      "export * from '../../renderer/commands/runCommand';",
      "const table = import('../../renderer/commands/runCommand');",
      "type Table = import('../../renderer/commands/runCommand').CommandWindow;",
      "import fs = require('../../renderer/app/linkContext');",
    ];
    for (const code of imports) expect(await crossings('electron/shell/menu.ts', code), code).toEqual([expect.stringContaining('electron/ may not import from renderer/')]);
    expect(await crossings('electron/main.ts', "import { x } from '../renderer/control/main';")).toHaveLength(1);
    expect(await crossings('electron/host/deep/er/file.ts', "import { x } from '../../../../renderer';")).toHaveLength(1);
  });

  it('lets electron/ use shared/ and its own folders, and packages', async () => {
    const code = ["import { commandTable } from '../../shared/commands/commandTable';", "import { isOurFile } from './fileUrls';", "import { app } from 'electron';"].join('\n');
    expect(await crossings('electron/shell/menu.ts', code)).toEqual([]);
    // A folder merely named like a zone is not that zone.
    expect(await crossings('electron/shell/menu.ts', "import { x } from './renderer-names';")).toEqual([]);
  });

  it('keeps renderer/ out of electron/, and shared/ out of both', async () => {
    expect(await crossings('renderer/control/useControlCommands.ts', "import { runMenuCommand } from '../../electron/shell/menuCommands';")).toHaveLength(1);
    expect(await crossings('shared/commands/commandTable.ts', "import { x } from '../../renderer/commands/textUndo';")).toHaveLength(1);
    expect(await crossings('shared/commands/commandTable.ts', "import { x } from '../../electron/host/createHost';")).toHaveLength(1);
    expect(await crossings('renderer/control/useControlCommands.ts', "import { commandTable } from '../../shared/commands/commandTable';")).toEqual([]);
  });
});
