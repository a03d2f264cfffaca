import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const rendererDir = resolve(import.meta.dirname, 'renderer');
const presenterPage = resolve(rendererDir, 'presenter.html');

/** What the chunking sees of the module graph. */
interface ModuleGraph {
  getModuleInfo(moduleId: string): { importedIds: readonly string[] } | null;
}

// One chunking pass reuses its context: the presenter page's graph is worked out once per pass.
const presenterUpFrontByPass = new WeakMap<ModuleGraph, Set<string>>();

/** Whether the presenter page loads `moduleId` before it runs: it reaches it by static imports alone. */
function presenterLoadsUpFront(moduleId: string, graph: ModuleGraph): boolean {
  let reached = presenterUpFrontByPass.get(graph);
  if (!reached) {
    reached = new Set<string>();
    const waiting = [presenterPage];
    for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
      if (reached.has(id)) continue;
      reached.add(id);
      waiting.push(...(graph.getModuleInfo(id)?.importedIds ?? []));
    }
    presenterUpFrontByPass.set(graph, reached);
  }
  return reached.has(moduleId);
}

/** A shared chunk's name for the modules the presenter page loads up front; null leaves a module to the other chunks. */
const sharedWithPresenter = (name: string) => (moduleId: string, graph: ModuleGraph) => (presenterLoadsUpFront(moduleId, graph) ? name : null);

/** Builds the renderer pages (control and presenter, with shared chunks; and the phone page) into dist/renderer. */
export default defineConfig({
  root: rendererDir,
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: false,
    // Every browser that runs Groundwork (Electron's Chromium, current browsers in browser mode) has modulepreload.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      input: {
        control: resolve(rendererDir, 'control.html'),
        presenter: resolve(rendererDir, 'presenter.html'),
        // The page phones in the room open (renderer/phone/): plain DOM, no React, and nothing shared with the windows.
        phone: resolve(rendererDir, 'phone.html'),
      },
      output: {
        // `vendor` (React, Redux, zod) and `common` (app code) hold what the presenter page loads up front and some other
        // chunk uses too: the presenter preloads nothing else. A module only the control page loads up front stays in
        // its chunks even when its lazy screens share it (the dialogs' Modal), as do Redux Toolkit and Immer, which only
        // the control window's session reducer needs. The projector code loaded on demand is one `stages` chunk rather
        // than a dozen small ones; what it imports is placed by which pages use it, not pulled in with it (the kind
        // definitions the control page needs up front would otherwise make it preload every stage).
        codeSplitting: {
          groups: [
            { name: sharedWithPresenter('vendor'), debugName: 'vendor', test: /[\\/]node_modules[\\/]/, minShareCount: 2 },
            { name: sharedWithPresenter('common'), debugName: 'common', minShareCount: 2 },
            { name: 'stages', test: /[\\/]renderer[\\/]projector[\\/]/, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
});
