import type { ESLint } from 'eslint';

/** The project's own lint rules, as a plugin: `groundwork/no-zone-import` keeps electron/, renderer/ and shared/ apart. */
export const groundworkLintPlugin: ESLint.Plugin;
