import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parse } from 'acorn';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import * as phoneProtocol from '../../../../renderer/phone/protocol';
import { MAX_PHONE_NAME, PHONE_CLOSE, PHONE_PROTOCOL_VERSION } from '../../../../shared/phones/phoneProtocol';
import { MAX_NOTE_LENGTH, MAX_SHORT_TEXT } from '../../../../shared/session/types';

/** The phone page's script as a browser gets it: bundled and minified, with no lowering of syntax (as Vite builds it). */
async function phoneBundle() {
  const result = await build({
    entryPoints: ['renderer/phone/main.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    minify: true,
    target: 'esnext',
    outdir: 'out',
    metafile: true,
    logLevel: 'silent',
    loader: { '.css': 'empty' },
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  if (!js) throw new Error('no script built');
  return { code: js.text, inputs: Object.keys(result.metafile.inputs) };
}

describe('the phone page script', () => {
  it('brings nothing of shared/ or node_modules at run time (types only)', async () => {
    const { inputs } = await phoneBundle();
    expect(inputs.filter((file) => !file.startsWith('renderer/phone/'))).toEqual([]);
  });

  it('stays small: under 12 kB gzipped', async () => {
    const { code } = await phoneBundle();
    expect(gzipSync(code).length).toBeLessThan(12 * 1024);
  });

  it('is ES2019 syntax, for phones several years old (Safari 13: no ?., ??, class fields, top-level await)', async () => {
    const { code } = await phoneBundle();
    expect(() => parse(code, { ecmaVersion: 2019, sourceType: 'module' })).not.toThrow();
  });

  it('calls no API too new for those phones, and never writes HTML', async () => {
    const { code } = await phoneBundle();
    for (const name of ['randomUUID', 'structuredClone', 'replaceChildren', 'replaceAll', '.at(', 'hasOwn', 'findLast', 'toSorted', 'innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write']) {
      expect(code.includes(name), name).toBe(false);
    }
  });
});

describe('what the phone page copies from the protocol', () => {
  it('agrees with shared/phones/phoneProtocol.ts', () => {
    expect(phoneProtocol.PROTOCOL_VERSION).toBe(PHONE_PROTOCOL_VERSION);
    expect({
      wrongCode: phoneProtocol.CLOSE_WRONG_CODE,
      closed: phoneProtocol.CLOSE_PHONES_OFF,
      busy: phoneProtocol.CLOSE_BUSY,
      reload: phoneProtocol.CLOSE_RELOAD,
      noHello: phoneProtocol.CLOSE_NO_HELLO,
      removed: phoneProtocol.CLOSE_REMOVED,
    }).toEqual(PHONE_CLOSE);
    expect(phoneProtocol.MAX_NOTE_CHARS).toBe(MAX_NOTE_LENGTH);
    expect(phoneProtocol.MAX_NAME_CHARS).toBe(MAX_PHONE_NAME);
    expect(phoneProtocol.MAX_BY_WHEN_CHARS).toBe(MAX_SHORT_TEXT);
  });

  it('recognises the host refusal for sending too fast', () => {
    const link = readFileSync('electron/phones/phoneLink.ts', 'utf8');
    expect(link).toContain(`message: '${phoneProtocol.SLOW_DOWN_PREFIX}`);
  });

  it('reads the host messages it knows, and nothing else', () => {
    const view = { title: 'Retro', activity: { id: 'a1', kind: 'sort', title: 'T', prompt: 'P', answer: 'notes', named: false, columns: [{ id: 'c', label: 'C' }], toTray: false, options: [], dots: 0, statements: [], scale: null } };
    const vote = { title: 'Retro', activity: { ...view.activity, kind: 'vote', answer: 'ballot', columns: [], options: [{ id: 'o1', text: 'Meetings' }], dots: 3 } };
    expect(phoneProtocol.readServerMessage(JSON.stringify({ t: 'view', view }))).toEqual({ t: 'view', view });
    expect(phoneProtocol.readServerMessage(JSON.stringify({ t: 'view', view: vote }))).toEqual({ t: 'view', view: vote });
    expect(phoneProtocol.readServerMessage(JSON.stringify({ t: 'view', view: { title: 'Retro', activity: null } }))).toEqual({ t: 'view', view: { title: 'Retro', activity: null } });
    expect(phoneProtocol.readServerMessage(JSON.stringify({ t: 'got', id: 'n1' }))).toEqual({ t: 'got', id: 'n1' });
    expect(phoneProtocol.readServerMessage(JSON.stringify({ t: 'refused', id: null, message: 'No' }))).toEqual({ t: 'refused', id: null, message: 'No' });
    for (const bad of ['', '[]', 'null', '{"t":"got"}', '{"t":"view","view":{"title":"x","activity":{"id":"a"}}}', '{"t":"refused","id":"n"}', '{"t":"other"}', JSON.stringify({ t: 'view', view: { ...vote, activity: { ...vote.activity, options: [{ id: 'o1' }] } } }), JSON.stringify({ t: 'view', view: { ...vote, activity: { ...vote.activity, dots: '3' } } }), JSON.stringify({ t: 'view', view: { ...vote, activity: { ...vote.activity, answer: 'dots' } } })]) {
      expect(phoneProtocol.readServerMessage(bad), bad).toBeNull();
    }
    expect(phoneProtocol.readServerMessage(new ArrayBuffer(2))).toBeNull();
  });

  it('reads a scale view, and refuses one whose statements or scale it cannot use', () => {
    const activity = { id: 's1', kind: 'scale', title: 'Health', prompt: 'P', answer: 'rating', named: false, columns: [], toTray: false, options: [], dots: 0 };
    const scale = { min: 0, max: 5, minLabel: 'Not at all', maxLabel: 'Completely' };
    const view = { title: 'Retro', activity: { ...activity, statements: [{ id: 'st1', text: 'We ship often' }], scale } };
    expect(phoneProtocol.readServerMessage(JSON.stringify({ t: 'view', view }))).toEqual({ t: 'view', view });
    const closed = { title: 'Retro', activity: { ...view.activity, answer: 'none', scale: { ...scale, min: 3, max: 3 } } };
    expect(phoneProtocol.readServerMessage(JSON.stringify({ t: 'view', view: closed }))).toEqual({ t: 'view', view: closed });
    const bad = [
      { ...activity },
      { ...activity, statements: [], scale: undefined },
      { ...activity, statements: null, scale: null },
      { ...activity, statements: [{ id: 'st1' }], scale },
      { ...activity, statements: [{ id: 1, text: 'x' }], scale },
      { ...activity, statements: [], scale: { ...scale, min: 6 } },
      { ...activity, statements: [], scale: { ...scale, max: 4.5 } },
      { ...activity, statements: [], scale: { ...scale, min: '0' } },
      { ...activity, statements: [], scale: { min: 0, max: 5 } },
      { ...activity, statements: [], scale: [] },
    ];
    for (const shape of bad) expect(phoneProtocol.readServerMessage(JSON.stringify({ t: 'view', view: { title: 'Retro', activity: shape } })), JSON.stringify(shape)).toBeNull();
  });
});
