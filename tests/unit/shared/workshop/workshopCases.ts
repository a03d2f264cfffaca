/** A small valid workshop document with one activity of each kind, for tests to break one field at a time. */
export function validDocument(): Record<string, unknown> & { activities: Record<string, unknown>[] } {
  const script = { say: 'Say this.' };
  return {
    groundworkWorkshop: 1,
    id: 'test-workshop',
    title: 'Test workshop',
    activities: [
      { id: 'talk', kind: 'discussion', title: 'Talk', prompt: 'What comes to mind?', script, plannedMinutes: 5 },
      {
        id: 'sort-it',
        kind: 'sort',
        title: 'Sort',
        prompt: 'Which column?',
        script,
        plannedMinutes: 5,
        columns: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
      },
      { id: 'map-it', kind: 'map', title: 'Map', prompt: 'Where?', script, plannedMinutes: 5, x: { from: 'Left', to: 'Right' }, y: { from: 'Low', to: 'High' } },
      { id: 'vote-it', kind: 'vote', title: 'Vote', prompt: 'Pick one.', script, plannedMinutes: 5, optionsFrom: 'talk' },
      { id: 'reflect', kind: 'reflection', title: 'Reflect', prompt: 'Think.', script, plannedMinutes: 5, prompts: ['What?'], writingMinutes: 2, pairMinutes: 2 },
      { id: 'rate', kind: 'scale', title: 'Rate', prompt: 'How much?', script, plannedMinutes: 5, statements: [{ id: 's1', text: 'Statement' }] },
      { id: 'commit', kind: 'commitments', title: 'Commit', prompt: 'Next step?', script, plannedMinutes: 5 },
    ],
  };
}

/** Index of each kind's activity in `validDocument()`. */
export const AT = { discussion: 0, sort: 1, map: 2, vote: 3, reflection: 4, scale: 5, commitments: 6 } as const;

/** A test document: a valid workshop with some field broken. */
export type Doc = ReturnType<typeof validDocument>;
/** The activity at an index of a test document, as a plain record to break. */
export const activity = (doc: Doc, index: number): Record<string, unknown> => {
  const found = doc.activities[index];
  if (!found) throw new Error(`no activity ${index}`);
  return found;
};
const columns = (doc: Doc): Record<string, unknown>[] => activity(doc, AT.sort).columns as Record<string, unknown>[];

const KINDS = 'discussion, sort, map, vote, reflection, scale, commitments, break';

/** Each case breaks one thing in a valid document; the facilitator must see exactly this path and sentence. */
export const badDocuments: [name: string, breakIt: (doc: Doc) => void, path: string, message: string][] = [
  ['an unknown kind', (d) => (activity(d, AT.vote).kind = 'poll'), 'activities[3].kind', `"poll" is not an activity kind; use one of ${KINDS}.`],
  ['a missing kind', (d) => delete activity(d, AT.vote).kind, 'activities[3].kind', `"kind" is missing; use one of ${KINDS}.`],
  ['a kind that is a number', (d) => (activity(d, AT.vote).kind = 4), 'activities[3].kind', `The number 4 is not an activity kind; use one of ${KINDS}.`],
  ['a missing title', (d) => delete activity(d, AT.discussion).title, 'activities[0].title', '"title" is missing; add it as text in quotes.'],
  [
    'a misspelt field (reported as the typo, not as a missing field)',
    (d) => {
      const talk = activity(d, AT.discussion);
      talk.tittle = talk.title;
      delete talk.title;
    },
    'activities[0].tittle',
    '"tittle" is not a field of a discussion activity; did you mean "title"?',
  ],
  [
    'an unknown field on an activity',
    (d) => (activity(d, AT.sort).colour = 'red'),
    'activities[1].colour',
    '"colour" is not a field of a sort activity; check the spelling. The fields are: id, kind, title, prompt, script, talkingPoints, plannedMinutes, quotes, materials, columns.',
  ],
  [
    'a quote with its source under another name',
    (d) => (activity(d, AT.discussion).quotes = [{ text: 'Keep your feet on the ground.', author: 'Casey Kasem' }]),
    'activities[0].quotes[0].author',
    '"author" is not a field of a quote; check the spelling. The fields are: text, by.',
  ],
  ['a quote without its text', (d) => (activity(d, AT.discussion).quotes = [{ text: '', by: 'Casey Kasem' }]), 'activities[0].quotes[0].text', 'This is empty; write something here.'],
  ['materials that are not a list', (d) => (activity(d, AT.discussion).materials = 'sticky dots'), 'activities[0].materials', 'This should be a list in [ ], not text ("sticky dots").'],
  ['an unknown field on a column', (d) => ((columns(d)[0] ?? {}).colour = 'red'), 'activities[1].columns[0].colour', '"colour" is not a field of a sort column; check the spelling. The fields are: id, label, description.'],
  ['an empty column label', (d) => ((columns(d)[0] ?? {}).label = ''), 'activities[1].columns[0].label', 'This is empty; write something here.'],
  ['a sort with one column', (d) => columns(d).pop(), 'activities[1].columns', 'This needs at least 2 columns; it has 1.'],
  [
    'a sort with five columns',
    (d) => (activity(d, AT.sort).columns = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, label: id.toUpperCase() }))),
    'activities[1].columns',
    'This has 5 columns; the most allowed is 4.',
  ],
  ['two columns with one id', (d) => ((columns(d)[1] ?? {}).id = 'a'), 'activities[1].columns[1].id', '"a" is already the id of another column of this sort; give each column its own id.'],
  ['minutes as text', (d) => (activity(d, AT.discussion).plannedMinutes = 'ten'), 'activities[0].plannedMinutes', 'This should be a number, not text ("ten").'],
  ['fractional minutes', (d) => (activity(d, AT.discussion).plannedMinutes = 1.5), 'activities[0].plannedMinutes', 'This must be a whole number, not 1.5.'],
  ['zero minutes', (d) => (activity(d, AT.discussion).plannedMinutes = 0), 'activities[0].plannedMinutes', 'This must be at least 1, not 0.'],
  ['an eight-hour-plus activity', (d) => (activity(d, AT.discussion).plannedMinutes = 1000), 'activities[0].plannedMinutes', 'This must be at most 480, not 1000.'],
  [
    'an id with spaces and capitals',
    // The reflection: no other activity names it (a vote naming a broken id is a second problem, tested in workshopFile.test.ts).
    (d) => (activity(d, AT.reflection).id = 'Opening Talk'),
    'activities[4].id',
    '"Opening Talk" is not a usable id; use lowercase letters, digits and dashes, starting with a letter or digit (e.g. "opening-talk").',
  ],
  ['two activities with one id', (d) => (activity(d, AT.sort).id = 'talk'), 'activities[1].id', '"talk" is already the id of activities[0]; give each activity its own id.'],
  ['a title over 200 characters', (d) => (d.title = 'x'.repeat(201)), 'title', 'This text is 201 characters long; the most allowed here is 200.'],
  ['a prompt over 4000 characters', (d) => (activity(d, AT.discussion).prompt = 'x'.repeat(4001)), 'activities[0].prompt', 'This text is 4001 characters long; the most allowed here is 4000.'],
  [
    'more than 200 activities',
    (d) => (d.activities = Array.from({ length: 201 }, (_, index) => ({ ...activity(d, AT.discussion), id: `a${index}` }))),
    'activities',
    'This has 201 activities; the most allowed is 200.',
  ],
  ['no activities', (d) => (d.activities = []), 'activities', 'This needs at least 1 activity; it has none.'],
  [
    'quadrants on a one-line map',
    (d) => {
      activity(d, AT.map).y = null;
      activity(d, AT.map).quadrants = { topLeft: 'a', topRight: 'b', bottomLeft: 'c', bottomRight: 'd' };
    },
    'activities[2].quadrants',
    'Quadrants need a second axis: add a "y" axis, or set "quadrants" to null for a one-line spectrum.',
  ],
  ['an axis that is text', (d) => (activity(d, AT.map).y = 'up'), 'activities[2].y', 'This should be an object in { } or null, not text ("up").'],
  ['a quadrant left out', (d) => (activity(d, AT.map).quadrants = { topLeft: 'a', topRight: 'b', bottomLeft: 'c' }), 'activities[2].quadrants.bottomRight', '"bottomRight" is missing; add it as text in quotes.'],
  [
    'vote options from a later activity',
    (d) => (activity(d, AT.vote).optionsFrom = 'commit'),
    'activities[3].optionsFrom',
    '"commit" is not the id of an activity before this vote; options can only come from an earlier activity.',
  ],
  ['vote options from itself', (d) => (activity(d, AT.vote).optionsFrom = 'vote-it'), 'activities[3].optionsFrom', '"vote-it" is this vote itself; options can only come from an earlier activity.'],
  [
    'a vote with nothing to vote on',
    (d) => delete activity(d, AT.vote).optionsFrom,
    'activities[3].options',
    'A vote needs something to vote on: list its "options", or name an earlier activity in "optionsFrom".',
  ],
  ['zero dots per person', (d) => (activity(d, AT.vote).dotsPerPerson = 0), 'activities[3].dotsPerPerson', 'This must be at least 1, not 0.'],
  ['"yes" for a true/false field', (d) => (activity(d, AT.vote).hideResultsUntilRevealed = 'yes'), 'activities[3].hideResultsUntilRevealed', 'This should be true or false, not text ("yes").'],
  [
    'a scale whose max is not above its min',
    (d) => Object.assign(activity(d, AT.scale), { min: 5, max: 5 }),
    'activities[5].max',
    '"max" (5) must be greater than "min" (5).',
  ],
  ['a scale of twelve points', (d) => Object.assign(activity(d, AT.scale), { min: 0, max: 11 }), 'activities[5].max', 'A scale can have at most 11 points; 0 to 11 is 12.'],
  [
    'two statements with one id',
    (d) => (activity(d, AT.scale).statements = [{ id: 's', text: 'One' }, { id: 's', text: 'Two' }]),
    'activities[5].statements[1].id',
    '"s" is already the id of another statement of this scale; give each statement its own id.',
  ],
  ['a reflection with no prompts', (d) => (activity(d, AT.reflection).prompts = []), 'activities[4].prompts', 'This needs at least 1 prompt; it has none.'],
  [
    'reflection stages longer than planned',
    (d) => (activity(d, AT.reflection).writingMinutes = 4),
    'activities[4].plannedMinutes',
    'Writing (4 min) and pairs (2 min) take 6 minutes, more than the 5 planned; raise "plannedMinutes" or shorten the stages.',
  ],
  ['a missing script', (d) => delete activity(d, AT.discussion).script, 'activities[0].script', '"script" is missing; add it as an object in { }.'],
  ['a script without "say"', (d) => (activity(d, AT.discussion).script = { watchFor: 'Silence.' }), 'activities[0].script.say', '"say" is missing; add it as text in quotes.'],
  ['a script field in the wrong case', (d) => (activity(d, AT.discussion).script = { say: 'Hi.', watchfor: 'Silence.' }), 'activities[0].script.watchfor', '"watchfor" is not a field of a script; did you mean "watchFor"?'],
  ['talking points as one text', (d) => (activity(d, AT.discussion).talkingPoints = 'one'), 'activities[0].talkingPoints', 'This should be a list in [ ], not text ("one").'],
  [
    'an unknown top-level field',
    (d) => (d.author = 'me'),
    'author',
    '"author" is not a field of a workshop; check the spelling. The fields are: groundworkWorkshop, id, title, summary, source, materials, activities, plannedStart, availableMinutes.',
  ],
  [
    'a newer format version',
    (d) => (d.groundworkWorkshop = 2),
    'groundworkWorkshop',
    'This file uses workshop format 2, which needs a newer Groundwork (this version reads format 1). Update Groundwork to use it.',
  ],
  ['no format version', (d) => delete d.groundworkWorkshop, '', 'This is not a Groundwork workshop file: it needs "groundworkWorkshop": 1 as its first field.'],
  ['the version as text', (d) => (d.groundworkWorkshop = '1'), 'groundworkWorkshop', 'This should be 1 (the workshop format version), not text ("1").'],
  ['activities as an object', (d) => (d.activities = {} as never), 'activities', 'This should be a list in [ ], not an object.'],
];

/** Texts that are not a usable file at all. */
export const badTexts: [name: string, text: string, message: string][] = [
  ['an empty file', '', 'The file is empty.'],
  ['a file of spaces', ' \n\t ', 'The file is empty.'],
  ['a list instead of an object', '[1, 2]', 'This is not a Groundwork workshop file: it should be one JSON object in { }, not a list.'],
  ['a bare string', '"hi"', 'This is not a Groundwork workshop file: it should be one JSON object in { }, not text ("hi").'],
  // A forgotten final } and a file cut short look alike; the sentence offers both.
  ['a forgotten closing brace', '{"groundworkWorkshop": 1, "id": "a"', "This is not valid JSON at line 1, column 36: the file ends before its closing }; add the } that is missing at the end (or, if the file was cut off while being copied, copy it again)."],
  ['a file cut off mid-string', '{"groundworkWorkshop": 1, "title": "Manag', 'This is not valid JSON at line 1, column 36: the file ends inside text in quotes; it looks cut off (truncated), perhaps while it was being saved or copied.'],
  ['a missing comma', '{"groundworkWorkshop": 1,\n "id": "a" "title": "b"}', 'This is not valid JSON at line 2, column 12: a comma is missing between two fields or items, just before here.'],
  ['text after the object', '{"a": 1} trailing', "This is not valid JSON at line 1, column 10: there is more after the workshop's closing }; remove it (or a } before it is one too many)."],
  ['a trailing comma', '{"groundworkWorkshop": 1,\n "id": "a",\n}', 'This is not valid JSON at line 2, column 11: there is a comma after the last item; JSON allows none before }, so remove it.'],
  ['a trailing comma in a list', '{"talkingPoints": ["a", "b",]}', 'This is not valid JSON at line 1, column 28: there is a comma after the last item; JSON allows none before ], so remove it.'],
  ['a comment', '{"groundworkWorkshop": 1, // written by hand\n "id": "a"}', 'This is not valid JSON at line 1, column 27: JSON has no comments; remove this one (a note for people can go in "summary" or an activity\'s script).'],
  ['curly quotes', '{"groundworkWorkshop": 1, "id": \u201ca\u201d}', 'This is not valid JSON at line 1, column 33: curly quotes (\u201c \u201d \u2018 \u2019) are not JSON quotes; use straight double quotes (") \u2014 a word processor may have changed them.'],
  ['a tab inside text', '{"title": "Before\tafter"}', 'This is not valid JSON at line 1, column 18: a tab or line break inside quotes; write it as \\t or \\n, or keep the text on one line.'],
  ['an unescaped quote', '{"title": "say "hi" now"}', 'This is not valid JSON at line 1, column 17: a quote inside text must be written \\" (here the text seems to end early).'],
  ['a field name without quotes', '{groundworkWorkshop: 1}', 'This is not valid JSON at line 1, column 2: field names need double quotes, like "groundworkWorkshop".'],
  ['a file over 1 MB', `{"title": "${'é'.repeat(600_000)}"}`, 'The file is 1.1 MB; a workshop file can be at most 1 MB.'],
];

