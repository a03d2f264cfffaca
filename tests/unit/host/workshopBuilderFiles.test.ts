import { lstat, mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { JSONPath } from 'jsonc-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { VerbResult } from '../../../shared/protocol/verbs';
import { makeHost } from '../helpers/hostHarness';
import type { HostHarness } from '../helpers/hostHarness';
import { splicedAt, valueAt, withValueAt } from '../helpers/jsonPaths';
import { ODD_WORKSHOP_FILES } from '../helpers/oddWorkshopFiles';

const root = path.resolve(import.meta.dirname, '../../..');
const builtinFolder = path.join(root, 'shared/workshop/builtin');
const exampleFile = path.join(root, 'docs/examples/team-retro.workshop.json');

type Read = VerbResult<'workshops.read'>;
type Saved = VerbResult<'workshops.save'>;
type Doc = Record<string, unknown> & { activities: Record<string, unknown>[] };

let h: HostHarness;
let folder: string;
afterEach(async () => {
  await h.cleanup();
});

const read = (id: string) => h.control.ok<Read>('workshops.read', { id });
const save = (fileName: string, document: unknown, replace: boolean) => h.control.ok<Saved>('workshops.save', { fileName, document, replace });
const fileText = (fileName: string) => readFile(path.join(folder, fileName), 'utf8');

async function failure(verb: string, args: unknown): Promise<{ code: string; message: string }> {
  const outcome = await h.control.call(verb, args);
  if (outcome.ok) throw new Error(`${verb} unexpectedly succeeded`);
  return { code: outcome.error.code, message: outcome.error.message };
}

async function putFile(fileName: string, text: string): Promise<void> {
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, fileName), text);
}

/** Every workshop Groundwork ships, the documented example, and hand-written files laid out in unusual ways. */
async function roundTripFixtures(): Promise<[string, string][]> {
  const shipped = await Promise.all((await readdir(builtinFolder)).map(async (name): Promise<[string, string]> => [name, await readFile(path.join(builtinFolder, name), 'utf8')]));
  return [...shipped, ['team-retro.workshop.json', await readFile(exampleFile, 'utf8')], ...Object.entries(ODD_WORKSHOP_FILES)];
}

/** One edit a facilitator might make in the builder: a field of the document and its new value. */
function typicalEdits(document: Doc): { path: JSONPath; value: unknown }[] {
  const last = document.activities.length - 1;
  const withPoints = document.activities.findIndex((activity) => Array.isArray(activity.talkingPoints) && activity.talkingPoints.length > 0);
  const edits = [
    { path: ['activities', 0, 'title'], value: `${String(document.activities[0]?.title)} (edited “here”)` },
    { path: ['activities', last, 'plannedMinutes'], value: Number(document.activities[last]?.plannedMinutes) + 7 },
  ];
  if (withPoints >= 0) edits.push({ path: ['activities', withPoints, 'talkingPoints', 0], value: 'A new talking point\nwith a line break.' });
  return edits;
}

describe('browser mode: reading workshops for the builder', () => {
  beforeEach(async () => {
    h = await makeHost();
    folder = path.join(h.workspace, 'Workshops');
  });

  it('reads a built-in workshop as its file holds it, a fresh copy each time', async () => {
    for (const name of await readdir(builtinFolder)) {
      const data = JSON.parse(await readFile(path.join(builtinFolder, name), 'utf8')) as { id: string };
      const first = await read(data.id);
      expect(first).toEqual({ id: data.id, origin: 'built-in', fileName: null, document: data });
      (first.document as Doc).activities.length = 0;
      expect((await read(data.id)).document).toEqual(data);
    }
    expect(await failure('workshops.read', { id: 'no-such-workshop' })).toEqual({ code: 'not-found', message: 'There is no workshop "no-such-workshop".' });
  });

  it('reads a folder file as it is written', async () => {
    const text = await readFile(exampleFile, 'utf8');
    await putFile('team-retro.workshop.json', text);
    expect(await read('folder:team-retro.workshop.json')).toEqual({ id: 'folder:team-retro.workshop.json', origin: 'folder', fileName: 'team-retro.workshop.json', document: JSON.parse(text) as unknown });
  });

  it('opens a draft with problems, which the list cannot start', async () => {
    const draft = { groundworkWorkshop: 1, id: 'draft', title: 'Half done', activities: [{ id: 'a', kind: 'poll', title: 'Vote?' }] };
    await putFile('draft.workshop.json', JSON.stringify(draft, null, 2));
    expect((await read('folder:draft.workshop.json')).document).toEqual(draft);
    const listing = await h.control.ok<VerbResult<'workshops.list'>>('workshops.list');
    expect(listing.workshops.map((w) => w.id)).not.toContain('folder:draft.workshop.json');
    expect(listing.problems.map((p) => p.file)).toContain('draft.workshop.json');
  });

  it('says where the mistake is in a file that is not JSON, or not one object', async () => {
    await putFile('broken.workshop.json', '{\n  "groundworkWorkshop": 1,\n  "id": "x",\n}\n');
    expect(await failure('workshops.read', { id: 'folder:broken.workshop.json' })).toEqual({
      code: 'invalid',
      message:
        'This workshop cannot be opened in the builder because its file has a problem: "broken.workshop.json": This is not valid JSON at line 3, column 12: there is a comma after the last item; JSON allows none before }, so remove it. Fix the file in a text editor, then open it again.',
    });
    await putFile('list.workshop.json', '[1, 2]');
    expect(await failure('workshops.read', { id: 'folder:list.workshop.json' })).toEqual({
      code: 'invalid',
      message:
        'This workshop cannot be opened in the builder because its file has a problem: "list.workshop.json": This is not a Groundwork workshop file: it should be one JSON object in { }, not a list. Fix the file in a text editor, then open it again.',
    });
  });

  it('says so when the file has gone, and refuses names that leave the folder', async () => {
    await mkdir(folder);
    expect(await failure('workshops.read', { id: 'folder:gone.workshop.json' })).toEqual({ code: 'not-found', message: '"gone.workshop.json" is no longer in the workshop folder. Press Refresh to see the current list.' });
    await writeFile(path.join(h.workspace, 'outside.workshop.json'), await readFile(exampleFile));
    expect(await failure('workshops.read', { id: 'folder:../outside.workshop.json' })).toEqual({ code: 'invalid', message: '"../outside.workshop.json" is not the name of a workshop file.' });
  });
});

describe('browser mode: saving workshops from the builder', () => {
  beforeEach(async () => {
    h = await makeHost();
    folder = path.join(h.workspace, 'Workshops');
  });

  it('saves a new workshop into the default folder, creating it, and lists it', async () => {
    const document = { ...(JSON.parse(await readFile(exampleFile, 'utf8')) as Doc), id: 'new-retro', title: 'New retro' };
    expect(await save('new-retro.workshop.json', document, false)).toEqual({ id: 'folder:new-retro.workshop.json', fileName: 'new-retro.workshop.json', problems: [] });
    expect(await fileText('new-retro.workshop.json')).toBe(`${JSON.stringify(document, null, 2)}\n`);
    const listing = await h.control.ok<VerbResult<'workshops.list'>>('workshops.list');
    expect(listing.workshops.map((w) => [w.id, w.title])).toContainEqual(['folder:new-retro.workshop.json', 'New retro']);
  });

  it('saves a draft with problems and says what keeps it from being started', async () => {
    const draft = { groundworkWorkshop: 1, id: 'draft', title: 'Half done', activities: [] };
    const saved = await save('draft.workshop.json', draft, false);
    expect(saved.problems).toEqual([{ file: 'draft.workshop.json', path: 'activities', message: expect.any(String) as string }]);
    expect(JSON.parse(await fileText('draft.workshop.json'))).toEqual(draft);
  });

  it('refuses to replace an existing file unless asked to, and keeps the earlier version as .bak when it does', async () => {
    const text = await readFile(exampleFile, 'utf8');
    await putFile('team-retro.workshop.json', text);
    const document = { ...(JSON.parse(text) as Doc), title: 'Another retro' };
    expect(await failure('workshops.save', { fileName: 'team-retro.workshop.json', document, replace: false })).toEqual({
      code: 'invalid',
      message: 'There is already a workshop file named “team-retro.workshop.json” in your workshop folder. Choose another name.',
    });
    expect(await fileText('team-retro.workshop.json')).toBe(text);
    await save('team-retro.workshop.json', document, true);
    expect(await fileText('team-retro.workshop.json')).toBe(text.replace('"title": "Team retrospective"', '"title": "Another retro"'));
    expect(await fileText('team-retro.workshop.json.bak')).toBe(text);
  });

  it('refuses names that are not workshop file names or that leave the folder', async () => {
    const document = { groundworkWorkshop: 1, id: 'x', title: 'X', activities: [] };
    const refused = async (fileName: string) => failure('workshops.save', { fileName, document, replace: true });
    const withoutFolder = { code: 'invalid', message: 'Give only a file name, without a folder, for example “team-retro.workshop.json”.' };
    expect(await refused('../x.workshop.json')).toEqual(withoutFolder);
    expect(await refused('a/b.workshop.json')).toEqual(withoutFolder);
    expect(await refused('a\\b.workshop.json')).toEqual(withoutFolder);
    expect(await refused('/tmp/x.workshop.json')).toEqual(withoutFolder);
    expect(await refused('notes.json')).toEqual({ code: 'invalid', message: 'A workshop file’s name ends in .workshop.json, for example “team-retro.workshop.json”.' });
    expect(await refused('.hidden.workshop.json')).toEqual({ code: 'invalid', message: 'Give the file a name that does not start with a dot.' });
    expect((await refused('CON.workshop.json')).code).toBe('invalid');
    await expect(stat(path.join(h.workspace, 'x.workshop.json'))).rejects.toThrow(/ENOENT/);
    await expect(stat(folder)).rejects.toThrow(/ENOENT/);
  });

  it('refuses a workshop too large for a workshop file', async () => {
    const document = { groundworkWorkshop: 1, id: 'big', title: 'Big', summary: 'x'.repeat(1024 * 1024), activities: [] };
    expect(await failure('workshops.save', { fileName: 'big.workshop.json', document, replace: false })).toEqual({
      code: 'invalid',
      message: '“big.workshop.json” was not saved: it would be 1.0 MB, and a workshop file can be at most 1 MB. Shorten the longest scripts, or split the workshop in two.',
    });
    await expect(stat(path.join(folder, 'big.workshop.json'))).rejects.toThrow(/ENOENT/);
  });

  it('writes a file that is not JSON anew when asked to replace it', async () => {
    await putFile('broken.workshop.json', '{ "groundworkWorkshop": 1, oops }');
    const document = JSON.parse(await readFile(exampleFile, 'utf8')) as Doc;
    await save('broken.workshop.json', document, true);
    expect(await fileText('broken.workshop.json')).toBe(`${JSON.stringify(document, null, 2)}\n`);
  });

  it('does not write through a link in the folder', async () => {
    const outside = path.join(path.dirname(h.workspace), 'outside.workshop.json');
    const text = await readFile(exampleFile, 'utf8');
    await writeFile(outside, text);
    await mkdir(folder);
    await symlink(outside, path.join(folder, 'linked.workshop.json'));
    expect((await failure('workshops.save', { fileName: 'linked.workshop.json', document: JSON.parse(text) as unknown, replace: true })).code).toBe('forbidden');
    expect(await readFile(outside, 'utf8')).toBe(text);
  });

  it('keeps a file the same when nothing changed', async () => {
    for (const [fileName, text] of Object.entries(ODD_WORKSHOP_FILES)) {
      await putFile(fileName, text);
      const { document } = await read(`folder:${fileName}`);
      await save(fileName, document, true);
      expect(await fileText(fileName)).toBe(text);
    }
  });

  it('changes only the edited value in every shipped workshop and in hand-written files, whatever their layout', async () => {
    for (const [fileName, original] of await roundTripFixtures()) {
      await putFile(fileName, original);
      let text = original;
      const first = (await read(`folder:${fileName}`)).document as Doc;
      for (const edit of typicalEdits(first)) {
        const { document } = await read(`folder:${fileName}`);
        expect(valueAt(document, edit.path)).not.toBe(edit.value);
        const edited = withValueAt(document, edit.path, edit.value);
        expect(await save(fileName, edited, true)).toEqual({ id: `folder:${fileName}`, fileName, problems: [] });
        const bom = text.startsWith('\uFEFF') ? '\uFEFF' : '';
        const expected = bom + splicedAt(text.slice(bom.length), edit.path, edit.value);
        text = await fileText(fileName);
        expect(text, `${fileName} at ${edit.path.join('.')}`).toBe(expected);
        expect(JSON.parse(text.slice(bom.length))).toEqual(edited);
      }
    }
  });

  it('saves activities in their new order, leaving the rest of the file as it was', async () => {
    const text = await readFile(exampleFile, 'utf8');
    await putFile('team-retro.workshop.json', text);
    const document = (await read('folder:team-retro.workshop.json')).document as Doc;
    const [checkIn, whatHappened, ...rest] = document.activities;
    const reordered = { ...document, activities: [whatHappened, checkIn, ...rest] };
    expect((await save('team-retro.workshop.json', reordered, true)).problems).toEqual([]);
    const saved = await fileText('team-retro.workshop.json');
    expect(JSON.parse(saved)).toEqual(reordered);
    const head = text.slice(0, text.indexOf('"activities"'));
    expect(saved.startsWith(head)).toBe(true);
    expect(saved.endsWith('  ]\n}\n')).toBe(true);
    const listing = await h.control.ok<VerbResult<'workshops.list'>>('workshops.list');
    expect(listing.workshops.find((w) => w.id === 'folder:team-retro.workshop.json')?.activityTitles.slice(0, 2)).toEqual(['What happened?', 'Check-in']);

    // An order that breaks a reference is saved all the same, with the problem the list will show.
    const reversed = { ...document, activities: [...document.activities].reverse() };
    const saved2 = await save('team-retro.workshop.json', reversed, true);
    expect(saved2.problems.map((problem) => problem.path)).toEqual(['activities[4].optionsFrom']);
    expect(JSON.parse(await fileText('team-retro.workshop.json'))).toEqual(reversed);
  });

  it('is not open to the presenter window', async () => {
    const presenter = h.host.connect('presenter', () => undefined);
    for (const [verb, args] of [
      ['workshops.read', { id: 'management-and-leadership' }],
      ['workshops.save', { fileName: 'x.workshop.json', document: {}, replace: false }],
    ] as const) {
      const outcome = await presenter.call(verb, args);
      expect(outcome.ok ? 'allowed' : outcome.error.code).toBe('forbidden');
    }
    await expect(stat(folder)).rejects.toThrow(/ENOENT/);
  });
});

describe('desktop mode: saving through links', () => {
  beforeEach(async () => {
    h = await makeHost({ mode: 'desktop' });
    folder = path.join(h.workspace, 'Workshops');
  });

  it('writes to the file a link leads to, and the link stays a link', async () => {
    const real = path.join(path.dirname(h.workspace), 'real.workshop.json');
    const text = await readFile(exampleFile, 'utf8');
    await writeFile(real, text);
    await mkdir(folder);
    await symlink(real, path.join(folder, 'linked.workshop.json'));
    const document = (await read('folder:linked.workshop.json')).document as Doc;
    await save('linked.workshop.json', { ...document, title: 'Linked retro' }, true);
    expect(await readFile(real, 'utf8')).toBe(text.replace('"title": "Team retrospective"', '"title": "Linked retro"'));
    expect((await lstat(path.join(folder, 'linked.workshop.json'))).isSymbolicLink()).toBe(true);
  });

  it('says so when a chosen workshop folder has gone, rather than creating it', async () => {
    const elsewhere = path.join(path.dirname(h.workspace), 'soon-gone');
    await mkdir(elsewhere);
    await h.control.ok('settings.setWorkshopFolder', { folder: elsewhere });
    await rm(elsewhere, { recursive: true });
    const error = await failure('workshops.save', { fileName: 'x.workshop.json', document: { groundworkWorkshop: 1 }, replace: false });
    expect(error).toEqual({ code: 'not-found', message: `The workshop folder “${elsewhere}” is not there any more (was it on a drive that has been removed?). Choose another folder, or create it again.` });
    await expect(stat(elsewhere)).rejects.toThrow(/ENOENT/);
  });
});
