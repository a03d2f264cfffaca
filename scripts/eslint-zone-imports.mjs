// @ts-check
/**
 * An ESLint rule that keeps the runtime zones apart (electron/, renderer/, shared/): a file may not import from a
 * folder its zone forbids. The import is resolved against the importing file, so no depth of "../" and no form of
 * import (static, type-only, re-export, dynamic, `import()` types, require) gets round it; packages are not its concern.
 */
import path from 'node:path';

/** @param {unknown} node @returns {string | null} the module a node names, when it names one by a string */
function moduleName(node) {
  const n = /** @type {any} */ (node);
  if (!n) return null;
  if (n.type === 'Literal' && typeof n.value === 'string') return n.value;
  if (n.type === 'TemplateLiteral' && n.expressions.length === 0) return n.quasis[0]?.value.cooked ?? null;
  if (n.type === 'TSLiteralType') return moduleName(n.literal);
  return null;
}

/** @type {import('eslint').Rule.RuleModule} */
const noZoneImport = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid imports that cross from one runtime zone into a folder it may not use' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, forbidden: { type: 'array', items: { type: 'string' } } },
        required: ['root', 'forbidden'],
        additionalProperties: false,
      },
    ],
    messages: { crosses: '{{zone}} may not import from {{folder}}/ ("{{source}}"): move what both need to shared/.' },
  },
  create(context) {
    const { root, forbidden } = /** @type {{ root: string, forbidden: string[] }} */ (context.options[0]);
    const file = context.physicalFilename;
    const zone = path.relative(root, file).split(path.sep)[0] ?? file;
    /** @param {import('estree').Node} node @param {unknown} sourceNode */
    const check = (node, sourceNode) => {
      const source = moduleName(sourceNode);
      if (!source || !(source.startsWith('.') || path.isAbsolute(source))) return;
      const target = path.resolve(path.dirname(file), source);
      for (const folder of forbidden) {
        const inside = path.relative(path.join(root, folder), target);
        if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) context.report({ node, messageId: 'crosses', data: { zone: `${zone}/`, folder, source } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require') check(node, node.arguments[0]);
      },
      // TypeScript's forms: `import('…').Type` and `import x = require('…')`.
      /** @param {any} node */
      TSImportType: (node) => check(node, node.source ?? node.argument),
      /** @param {any} node */
      TSExternalModuleReference: (node) => check(node, node.expression),
    };
  },
};

/** The project's own lint rules, as a plugin: `groundwork/no-zone-import`. */
export const groundworkLintPlugin = { meta: { name: 'groundwork' }, rules: { 'no-zone-import': noZoneImport } };
