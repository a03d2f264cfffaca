import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectJsonLayout, editJsonText, fieldEdits, stringifyJson } from '../../../electron/host/jsonFieldEdits';
import { leafPaths, splicedAt, valueAt, withValueAt } from '../helpers/jsonPaths';
import { ODD_WORKSHOP_FILES } from '../helpers/oddWorkshopFiles';

const root = path.resolve(import.meta.dirname, '../../..');
const builtinFolder = path.join(root, 'shared/workshop/builtin');

/** Every workshop file Groundwork ships, the documented example and the hand-written odd ones, without a byte-order mark. */
const fixtures: [string, string][] = [
  ...readdirSync(builtinFolder).map((name): [string, string] => [name, readFileSync(path.join(builtinFolder, name), 'utf8')]),
  ['team-retro.workshop.json', readFileSync(path.join(root, 'docs/examples/team-retro.workshop.json'), 'utf8')],
  ...Object.entries(ODD_WORKSHOP_FILES).map(([name, text]): [string, string] => [name, text.replace(/^\uFEFF/, '')]),
];

describe('fieldEdits', () => {
  it('finds nothing to do between equal documents, whatever their key order', () => {
    expect(fieldEdits({ a: 1, b: [{ id: 'x', n: 2 }] }, { b: [{ n: 2, id: 'x' }], a: 1 })).toEqual([]);
  });

  it('names each changed, removed and added field, removals first and new fields with their order', () => {
    expect(fieldEdits({ a: 1, b: { c: 'x', d: true }, gone: null }, { a: 2, b: { c: 'x', d: false, e: 'new' } })).toEqual([
      { path: ['gone'], value: undefined },
      { path: ['a'], value: 2 },
      { path: ['b', 'd'], value: false },
      { path: ['b', 'e'], value: 'new', keyOrder: ['c', 'd', 'e'] },
    ]);
  });

  it('goes into an array item by item only while its length and item ids stay as they were', () => {
    const before = { list: [{ id: 'a', t: 1 }, { id: 'b', t: 2 }], words: ['x', 'y'] };
    expect(fieldEdits(before, { list: [{ id: 'a', t: 1 }, { id: 'b', t: 3 }], words: ['x', 'z'] })).toEqual([
      { path: ['list', 1, 't'], value: 3 },
      { path: ['words', 1], value: 'z' },
    ]);
    const reordered = [{ id: 'b', t: 2 }, { id: 'a', t: 1 }];
    expect(fieldEdits(before, { ...before, list: reordered })).toEqual([{ path: ['list'], value: reordered }]);
    expect(fieldEdits(before, { ...before, words: ['x'] })).toEqual([{ path: ['words'], value: ['x'] }]);
  });

  it('treats an id renamed in place as an edit of that id, and a swap of ids as a reorder', () => {
    const before = { list: [{ id: 'a' }, { id: 'b' }] };
    expect(fieldEdits(before, { list: [{ id: 'a' }, { id: 'c' }] })).toEqual([{ path: ['list', 1, 'id'], value: 'c' }]);
    expect(fieldEdits(before, { list: [{ id: 'b' }, { id: 'a' }] })).toEqual([{ path: ['list'], value: [{ id: 'b' }, { id: 'a' }] }]);
    expect(fieldEdits(before, { list: [{ id: 'a' }, { id: 'a' }] })).toEqual([{ path: ['list'], value: [{ id: 'a' }, { id: 'a' }] }]);
  });

  it('replaces a value whose type changed', () => {
    expect(fieldEdits({ a: { b: 1 } }, { a: [1] })).toEqual([{ path: ['a'], value: [1] }]);
    expect(fieldEdits({ a: null }, { a: 0 })).toEqual([{ path: ['a'], value: 0 }]);
  });
});

describe('detectJsonLayout', () => {
  it('recognises tabs, four spaces with CRLF, and falls back to two spaces', () => {
    expect(detectJsonLayout(ODD_WORKSHOP_FILES['tabs-odd-order.workshop.json'] ?? '')).toEqual({ indent: '\t', eol: '\n' });
    expect(detectJsonLayout(ODD_WORKSHOP_FILES['four-spaces-crlf.workshop.json'] ?? '')).toEqual({ indent: '    ', eol: '\r\n' });
    expect(detectJsonLayout('{"a":1}')).toEqual({ indent: '  ', eol: '\n' });
  });

  it('writes a new text in a layout, ending with its line ending', () => {
    expect(stringifyJson({ a: [1] })).toBe(`${JSON.stringify({ a: [1] }, null, 2)}\n`);
    expect(stringifyJson({ a: 'x\ny' }, { indent: '\t', eol: '\r\n' })).toBe('{\r\n\t"a": "x\\ny"\r\n}\r\n');
  });
});

describe('editJsonText', () => {
  const tabs = ODD_WORKSHOP_FILES['tabs-odd-order.workshop.json'] ?? '';
  const crlf = ODD_WORKSHOP_FILES['four-spaces-crlf.workshop.json'] ?? '';

  it('gives back the very same text when nothing changed', () => {
    for (const [, text] of fixtures) expect(editJsonText(text, JSON.parse(text), JSON.parse(text))).toBe(text);
  });

  it('adds a field after its neighbour in the new order, in the file’s own indentation and line ending', () => {
    const before = JSON.parse(crlf) as { activities: Record<string, unknown>[] };
    const after = structuredClone(before);
    after.activities[0] = { id: 'check-in', kind: 'discussion', title: 'Check-in', timing: { soft: true }, ...after.activities[0] };
    const edited = editJsonText(crlf, before, after) ?? '';
    expect(edited).toContain('"title": "Check-in",\r\n            "timing": {\r\n                "soft": true\r\n            },\r\n            "prompt"');
    expect(edited.replace(/\r\n/g, '')).not.toContain('\n');
    expect(JSON.parse(edited)).toEqual(after);

    const tabsBefore = JSON.parse(tabs) as Record<string, unknown>;
    const tabbed = editJsonText(tabs, tabsBefore, { ...tabsBefore, availableMinutes: 60 }) ?? '';
    expect(tabbed).toBe(tabs.replace('\t"groundworkWorkshop": 1\n', '\t"groundworkWorkshop": 1,\n\t"availableMinutes": 60\n'));
  });

  it('removes a field and leaves every other line as it was', () => {
    const before = JSON.parse(crlf) as Record<string, unknown>;
    const after = { ...before };
    delete after.summary;
    expect(editJsonText(crlf, before, after)).toBe(crlf.replace('    "summary": "Four spaces and CRLF line endings.",\r\n', ''));
  });

  it('refuses to edit a text that holds a key twice, where JSON and the editor disagree on which counts', () => {
    const text = '{ "a": 1, "a": 2 }';
    expect(editJsonText(text, JSON.parse(text), { a: 3 })).toBeNull();
  });

  it('changes only the characters of the one value edited (any file, any value, any new value)', () => {
    const cases = fixtures.flatMap(([name, text]) => leafPaths(JSON.parse(text)).map((leaf) => ({ name, text, leaf })));
    // Through JSON and back, as the host takes a window's document (-0 becomes 0).
    const primitive = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)).map((value) => JSON.parse(JSON.stringify(value)) as unknown);
    fc.assert(
      fc.property(fc.constantFrom(...cases), primitive, ({ text, leaf }, replacement) => {
        const before: unknown = JSON.parse(text);
        // An id taken from a sibling item is a move, which rewrites the list (tested above), not a one-value edit.
        const list = leaf.at(-1) === 'id' ? valueAt(before, leaf.slice(0, -2)) : undefined;
        const siblings: unknown[] = Array.isArray(list) ? list : [];
        fc.pre(!siblings.some((item) => (item as { id?: unknown }).id === replacement));
        const after = withValueAt(before, leaf, replacement);
        const edited = editJsonText(text, before, after);
        expect(edited).toBe(valueAt(before, leaf) === replacement ? text : splicedAt(text, leaf, replacement));
        expect(JSON.parse(edited ?? '')).toEqual(after);
      }),
      { numRuns: 400 },
    );
  });

  it('lands on exactly the edited document after several edits of any fields at once', () => {
    const primitive = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    const edit = fc.tuple(fc.nat(), primitive);
    fc.assert(
      fc.property(fc.constantFrom(...fixtures), fc.array(edit, { minLength: 1, maxLength: 8 }), ([, text], edits) => {
        const before: unknown = JSON.parse(text);
        const leaves = leafPaths(before);
        const after = edits.reduce((document, [pick, value]) => withValueAt(document, leaves[pick % leaves.length] ?? [], value), before);
        const edited = editJsonText(text, before, after);
        expect(edited).not.toBeNull();
        expect(JSON.parse(edited ?? '')).toEqual(after);
      }),
      { numRuns: 150 },
    );
  });
});
