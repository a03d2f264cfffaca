import { describe, expect, it } from 'vitest';
import { parseWorkshopData, parseWorkshopFile, describeWorkshopProblem, isWorkshopFileName } from '../../../../shared/workshop/workshopFile';
import { AT, activity, badDocuments, badTexts, validDocument } from './workshopCases';

describe('workshop files: bad documents', () => {
  it.each(badDocuments)('reports %s', (_name, breakIt, path, message) => {
    const doc = validDocument();
    breakIt(doc);
    const parsed = parseWorkshopFile(JSON.stringify(doc), 'broken.workshop.json');
    // One mistake, one report (a misspelt field is not also reported as a missing one).
    const problem = { file: 'broken.workshop.json', path, message };
    expect(parsed).toEqual({ ok: false, problem, problems: [problem] });
  });

  it('also runs the cross-field checks of the activities that pass the schema, so a vote naming a broken id says so at once', () => {
    const doc = validDocument();
    activity(doc, AT.discussion).id = 'Opening Talk';
    activity(doc, AT.sort).title = '';
    const parsed = parseWorkshopFile(JSON.stringify(doc), 'broken.workshop.json');
    expect(parsed.ok === false && parsed.problems.map((problem) => problem.path)).toEqual([`activities[${AT.discussion}].id`, `activities[${AT.sort}].title`, `activities[${AT.vote}].optionsFrom`]);
  });

  it('reports every problem of a file at once, in the order of the file', () => {
    const doc = validDocument();
    const first = activity(doc, AT.discussion);
    first.tittle = first.title;
    delete first.title;
    activity(doc, AT.sort).plannedMinutes = 'ten';
    activity(doc, AT.vote).kind = 'poll';
    const parsed = parseWorkshopFile(JSON.stringify(doc), 'three.workshop.json');
    expect(parsed.ok === false && parsed.problems.map((problem) => problem.path)).toEqual([`activities[${AT.discussion}].tittle`, `activities[${AT.sort}].plannedMinutes`, `activities[${AT.vote}].kind`]);
  });

  it('reports every activity that breaks a rule across fields, not only the first', () => {
    const doc = validDocument();
    activity(doc, AT.map).id = activity(doc, AT.discussion).id;
    activity(doc, AT.scale).id = activity(doc, AT.discussion).id;
    const parsed = parseWorkshopFile(JSON.stringify(doc), 'ids.workshop.json');
    expect(parsed.ok === false && parsed.problems.map((problem) => problem.path)).toEqual([`activities[${AT.map}].id`, `activities[${AT.scale}].id`]);
  });

  it('suggests the format field when it is spelt differently', () => {
    const doc = validDocument() as Record<string, unknown>;
    doc.groundworkworkshop = doc.groundworkWorkshop;
    delete doc.groundworkWorkshop;
    const parsed = parseWorkshopFile(JSON.stringify(doc), 'case.workshop.json');
    expect(parsed.ok === false && parsed.problem.message).toBe(
      'This is not a Groundwork workshop file: it needs "groundworkWorkshop": 1 as its first field; did you mean "groundworkWorkshop" where the file has "groundworkworkshop"?',
    );
  });
});

describe('workshop files: texts that are not workshops', () => {
  it.each(badTexts)('reports %s', (_name, text, message) => {
    const problem = { file: 'odd.workshop.json', path: '', message };
    expect(parseWorkshopFile(text, 'odd.workshop.json')).toEqual({ ok: false, problem, problems: [problem] });
  });
});

describe('workshop files: good documents', () => {
  it('loads every activity with the defaults filled in', () => {
    const parsed = parseWorkshopFile(JSON.stringify(validDocument()), 'good.workshop.json');
    if (!parsed.ok) throw new Error(describeWorkshopProblem(parsed.problem));
    const { workshop } = parsed;
    expect(workshop).not.toHaveProperty('groundworkWorkshop');
    expect(workshop.summary).toBe('');
    expect(workshop.source).toBe('');
    expect(workshop.activities.map((a) => a.kind)).toEqual(['discussion', 'sort', 'map', 'vote', 'reflection', 'scale', 'commitments']);
    const [talk, sort, map, vote, , scale] = workshop.activities;
    expect(talk?.script).toEqual({ say: 'Say this.', watchFor: '', shortGroup: '', largeGroup: '' });
    expect(talk?.talkingPoints).toEqual([]);
    expect(sort?.kind === 'sort' && sort.columns[0]).toEqual({ id: 'a', label: 'A', description: '' });
    expect(map?.kind === 'map' && map.quadrants).toBeNull();
    expect(map?.kind === 'map' && map.x).toEqual({ label: '', from: 'Left', to: 'Right' });
    expect(vote?.kind === 'vote' && { options: vote.options, dots: vote.dotsPerPerson, hide: vote.hideResultsUntilRevealed }).toEqual({ options: [], dots: 3, hide: true });
    expect(scale?.kind === 'scale' && [scale.min, scale.max, scale.minLabel, scale.maxLabel]).toEqual([1, 5, '', '']);
  });

  it('accepts a byte-order mark and a one-line map without y', () => {
    const doc = validDocument();
    delete activity(doc, AT.map).y;
    const parsed = parseWorkshopFile(`\uFEFF${JSON.stringify(doc)}`, 'bom.workshop.json');
    expect(parsed.ok && parsed.workshop.activities[AT.map]).toMatchObject({ kind: 'map', y: null, quadrants: null });
  });

  it('never half-loads: one bad activity among good ones loads nothing', () => {
    const doc = validDocument();
    activity(doc, AT.commitments).plannedMinutes = -1;
    const parsed = parseWorkshopData(doc, 'late.workshop.json');
    const problem = { file: 'late.workshop.json', path: 'activities[6].plannedMinutes', message: 'This must be at least 1, not -1.' };
    expect(parsed).toEqual({ ok: false, problem, problems: [problem] });
    expect(parsed).not.toHaveProperty('workshop');
  });
});

describe('workshop file helpers', () => {
  it('writes one sentence naming the file, the place and the problem', () => {
    expect(describeWorkshopProblem({ file: 'a.workshop.json', path: 'activities[2].title', message: 'This is empty; write something here.' })).toBe(
      '"a.workshop.json", at activities[2].title: This is empty; write something here.',
    );
    expect(describeWorkshopProblem({ file: 'a.workshop.json', path: '', message: 'The file is empty.' })).toBe('"a.workshop.json": The file is empty.');
  });

  it('recognises workshop file names', () => {
    expect(['retro.workshop.json', 'Retro.Workshop.JSON'].map(isWorkshopFileName)).toEqual([true, true]);
    expect(['retro.json', '.workshop.json', 'retro.groundwork', 'retro.workshop.json.bak'].map(isWorkshopFileName)).toEqual([false, false, false, false]);
  });
});
