import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const rendererDir = resolve(import.meta.dirname, 'renderer');

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
        // What both pages load up front: `vendor` (React, Redux, zod) and `common` (app code). `$initial` keeps out what
        // either page loads on demand (the screens, the projector stages), so neither preloads the other's lazy code;
        // Redux Toolkit and Immer, which only the control window's session reducer needs, stay in the control chunk.
        // The projector code loaded on demand is one `stages` chunk rather than a dozen small ones.
        codeSplitting: { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/, minShareCount: 2, tags: ['$initial'] }, { name: 'common', minShareCount: 2, tags: ['$initial'] }, { name: 'stages', test: /[\\/]renderer[\\/]projector[\\/]/ }] },
      },
    },
  },
});
