// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { groundworkLintPlugin } from './scripts/eslint-zone-imports.mjs';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url'];
/** The runtime zones each zone may not import from, wherever the relative path goes (scripts/eslint-zone-imports.mjs). */
const zoneRule = (/** @type {string[]} */ forbidden) => ({ 'groundwork/no-zone-import': ['error', { root: import.meta.dirname, forbidden }] });

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', 'test-results/', 'playwright-report/', '.tmp/', 'eslint.config.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never inject HTML: render user text as text.' },
        { selector: "CallExpression[callee.property.name='slice'][arguments.length=0]", message: 'Copy an array by spreading it (copyOf, shared/util/copyOf.ts): slice() copies a frozen array about 30 times slower.' },
      ],
    },
  },
  { plugins: { groundwork: groundworkLintPlugin } },
  // The zones: electron/ is Node and Electron, renderer/ the DOM, shared/ pure; what two zones need lives in shared/.
  { files: ['electron/**/*.ts'], rules: zoneRule(['renderer']) },
  { files: ['renderer/**/*.ts', 'renderer/**/*.tsx'], rules: zoneRule(['electron']) },
  { files: ['shared/**/*.ts'], rules: zoneRule(['electron', 'renderer']) },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeBuiltins, 'electron', 'react', 'react-dom', 'ws', '../electron/*', '../renderer/*', '../../electron/*', '../../renderer/*'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Date', 'setTimeout', 'setInterval'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeBuiltins, 'electron', 'ws', '../electron/*', '../../electron/*'] }],
    },
  },
  {
    // The windows load no zod: a kind's schemas, checks and report stay with the host; types may still be imported.
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/kinds/registry', '**/shared/kinds/kindDefinition', '**/shared/kinds/*/definition', '**/shared/kinds/*/schema', '**/shared/kinds/*/checks', '**/shared/kinds/*/report'],
              allowTypeImports: true,
              message: 'The windows read kind names from shared/kinds/kindNames and logic from shared/kinds/<kind>; the registry brings zod into the page.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/host/**/*.ts', 'electron/server/**/*.ts', 'electron/files/**/*.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['electron', '../renderer/*', '../../renderer/*'] }],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { module: 'readonly', require: 'readonly', process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly' },
    },
  },
  {
    files: ['*.config.ts', 'tests/**/*.ts', 'bench/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
