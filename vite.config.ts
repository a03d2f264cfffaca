import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const rendererDir = resolve(import.meta.dirname, 'renderer');

/** Builds the two renderer pages (control and presenter) into dist/renderer with shared chunks. */
export default defineConfig({
  root: rendererDir,
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'dist/renderer'),
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: false,
    rolldownOptions: {
      input: {
        control: resolve(rendererDir, 'control.html'),
        presenter: resolve(rendererDir, 'presenter.html'),
      },
      output: {
        // React, Redux and zod in one cached chunk both windows share; app code shared by both in another.
        codeSplitting: { groups: [{ name: 'vendor', test: /[\\/]node_modules[\\/]/, minShareCount: 2 }, { name: 'common', minShareCount: 2 }] },
      },
    },
  },
});
