import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import type { Metafile } from 'esbuild';

/** Every file the page's entry reaches through static imports (what it loads before it runs), by path. */
async function staticImportsOf(entry: string): Promise<Set<string>> {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, format: 'esm', splitting: true, outdir: 'out', metafile: true, logLevel: 'silent', loader: { '.css': 'empty' } });
  const inputs: Metafile['inputs'] = result.metafile.inputs;
  const reached = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || reached.has(imported.path)) continue;
      reached.add(imported.path);
      queue.push(imported.path);
    }
  }
  return reached;
}

// The page weight budgets (`npm run bench`) rest on these: see ARCHITECTURE.md, "What each page loads".
describe('what each page loads before it runs', () => {
  it('the presenter page holds no session reducer, Redux Toolkit or Immer, no kind registry (schemas, checks, report) and no projector stage', async () => {
    const reached = [...(await staticImportsOf('renderer/presenter/main.tsx'))];
    for (const heavy of ['shared/session/sessionSlice.ts', '@reduxjs/toolkit', '/immer/', 'renderer/store/replicator.ts', 'shared/kinds/registry.ts', 'zod/v4/classic', 'renderer/projector/stages/SortStage.tsx']) {
      expect(reached.filter((file) => file.includes(heavy)), heavy).toEqual([]);
    }
    expect(reached.some((file) => file.includes('zod')), 'every message is still checked with zod').toBe(true);
  });

  it('the control page loads its screens and the projector stages on demand, and neither the kind registry nor zod\'s full API up front', async () => {
    const reached = [...(await staticImportsOf('renderer/control/main.tsx'))];
    // The registry brings every kind's schemas (zod's full API), checks and report section: the files' work, not a first frame's.
    for (const onDemand of ['renderer/control/session/SessionScreen.tsx', 'renderer/control/home/HomeScreen.tsx', 'renderer/projector/stages/SortStage.tsx', 'shared/kinds/registry.ts', 'zod/v4/classic']) {
      expect(reached.filter((file) => file.includes(onDemand)), onDemand).toEqual([]);
    }
  });
});
