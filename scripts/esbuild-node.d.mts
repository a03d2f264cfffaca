/** esbuild options for a Node bundle of the host (see esbuild-node.mjs). */
export declare const NODE_BUNDLE: { platform: 'node'; alias: Record<string, string> };
