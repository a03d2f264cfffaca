import type { SceneNote } from './kindScenes';

/**
 * A workshop file (and content for it) with the layouts the built-in workshop does not use, so that every
 * projector layout is reviewed: 2 and 4 columns, a 1-D spectrum, a long vote drawing on an earlier sort,
 * three long prompts, a 0 to 10 scale and more commitments than one column holds.
 */

const script = { say: 'Run it as the projector shows.' };

/** A workshop file with the layouts the built-in workshop does not use: 2 and 4 columns, a 1-D spectrum, a long vote, 0 to 10. */
export const STRESS_WORKSHOP = {
  groundworkWorkshop: 1,
  id: 'projector-stress',
  title: 'Projector stress test',
  activities: [
    {
      id: 'two-columns',
      kind: 'sort',
      title: 'Manager or leader?',
      prompt: 'Manager | Leader',
      script,
      plannedMinutes: 5,
      columns: [
        { id: 'manager', label: 'Manager' },
        { id: 'leader', label: 'Leader' },
      ],
    },
    {
      id: 'four-columns',
      kind: 'sort',
      title: 'Where does the time go?',
      prompt: 'Sort this week’s tasks by who they were really for, and say why when it is not obvious to everyone else in the room.',
      script,
      plannedMinutes: 5,
      columns: [
        { id: 'me', label: 'Me', description: 'my own goals' },
        { id: 'team', label: 'My team', description: 'what they need from me to do their best work' },
        { id: 'boss', label: 'My manager', description: 'managing up' },
        { id: 'org', label: 'The organisation', description: 'rules, reports, compliance' },
      ],
    },
    {
      id: 'spectrum',
      kind: 'map',
      title: 'Where do you stand?',
      prompt: 'Place your week on the line.',
      script,
      plannedMinutes: 5,
      x: { label: 'Focus', from: 'Keeping things running', to: 'Building what comes next' },
    },
    {
      id: 'long-vote',
      kind: 'vote',
      title: 'What do we fix first?',
      prompt: 'Two dots each: which would make the biggest difference?',
      script,
      plannedMinutes: 5,
      optionsFrom: 'two-columns',
      options: ['Fewer status meetings', 'A clear owner for every project', 'Time set aside to think'],
      dotsPerPerson: 2,
      hideResultsUntilRevealed: true,
    },
    {
      id: 'three-prompts',
      kind: 'reflection',
      title: 'Looking back on the year',
      prompt: 'Write for yourself first.',
      script,
      plannedMinutes: 12,
      prompts: [
        'What did I keep running smoothly this year that nobody noticed, and what did it cost me?',
        'Where did I lead, even without the title?',
        'What is one thing I will stop doing in January, so that there is room for something better?',
      ],
      writingMinutes: 5,
      pairMinutes: 4,
    },
    {
      id: 'zero-to-ten',
      kind: 'scale',
      title: 'How likely are you to recommend this team to a friend?',
      prompt: 'Hold up fingers, then a second hand for above five.',
      script,
      plannedMinutes: 3,
      min: 0,
      max: 10,
      minLabel: 'Not at all likely',
      maxLabel: 'Extremely likely',
      statements: [{ id: 'recommend', text: 'I would recommend working in this team to a friend' }],
    },
    {
      id: 'many-commitments',
      kind: 'commitments',
      title: 'Next steps',
      prompt: 'Who does what, by when?',
      script,
      plannedMinutes: 5,
    },
  ],
} as const;

/** Notes for the 2-column sort (they also become the long vote's options). */
export const TWO_COLUMN_NOTES: readonly SceneNote[] = [
  'Sets targets', 'Hires', 'Writes the budget', 'Tracks the numbers', 'Runs one-to-ones', 'Signs off holidays',
].map((text) => ({ text, columnId: 'manager' })).concat(
  ['Tells the story of where we are going', 'Gives people room to fail', 'Backs us in public', 'Asks “what do you think?”'].map((text) => ({ text, columnId: 'leader' })),
);

/** Twenty tasks spread over the 4 columns, one column empty. */
export const FOUR_COLUMN_NOTES: readonly SceneNote[] = [
  ...['Quarterly report', 'Compliance training', 'Audit prep', 'Expense policy update', 'Security questionnaire'].map((text) => ({ text, columnId: 'org' })),
  ...['Unblocked the release', 'Career chat with Lee', 'Covered the support rota', 'Explained the reorg twice', 'Reviewed three designs', 'Stood in for Marta at the client'].map((text) => ({ text, columnId: 'team' })),
  ...['Prepared the board slides for my manager', 'Weekly status update upward'].map((text) => ({ text, columnId: 'boss' })),
];

/** A spectrum with a crowded middle. */
export const SPECTRUM_NOTES: readonly SceneNote[] = [
  { text: 'Inbox zero', position: { x: 0.05, y: 0.5 } },
  { text: 'Rota', position: { x: 0.12, y: 0.5 } },
  { text: 'Fixing the build', position: { x: 0.2, y: 0.5 } },
  { text: 'Hiring', position: { x: 0.5, y: 0.5 } },
  { text: 'Team offsite', position: { x: 0.52, y: 0.5 } },
  { text: 'Coaching', position: { x: 0.55, y: 0.5 } },
  { text: 'Budget for next year', position: { x: 0.5, y: 0.5 } },
  { text: 'New product idea', position: { x: 0.9, y: 0.5 } },
  { text: 'Five-year plan', position: { x: 0.98, y: 0.5 } },
];

/** Sixteen commitments: more than one column holds at a readable size. */
export const MANY_COMMITMENTS: readonly SceneNote[] = [
  'Amira', 'Sam', 'Priya', 'Jonas', 'Lee', 'Marta', 'Ola', 'Chen', 'Fatima', 'Tom', 'Ines', 'Kofi', 'Rosa', 'Dev', 'Hana', 'Yusuf',
].map((who, i) => ({
  text: ['Weekly check-in with my manager', 'Delegate the rota', 'Ask my team what to stop doing', 'Block two hours of thinking time', 'Share the roadmap with the team'][i % 5] ?? '',
  commitment: { who, byWhen: ['Friday', 'next Monday', 'end of month', '', '12 December'][i % 5] ?? '' },
}));
