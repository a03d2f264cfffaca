// What every Node bundle of the host shares (the desktop app's main process, and the tests' child processes).

/**
 * esbuild options for a Node bundle. jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot
 * follow (the bundle then fails at start with "Cannot find module './impl/format'"); its ES module build bundles.
 */
export const NODE_BUNDLE = {
  platform: 'node',
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};
