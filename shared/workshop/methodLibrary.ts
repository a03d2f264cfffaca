/**
 * The method library: recognised facilitation methods, each set up as one activity of a kind with sensible defaults
 * and a script a facilitator can read aloud. The live agenda inserts them into a running session (agenda.insert);
 * the workshop builder will offer the same list. Sources are named so a facilitator can look a method up; the
 * descriptions and scripts are our own words.
 *
 * Each entry's `activity` is written as a workshop file writes an activity, without its id (the session gives it
 * one), and is read through the same schema as a workshop file (`methodActivity.ts`), so a library entry can never be
 * something a workshop file could not hold. `tests/unit/shared/methodLibrary.test.ts` parses every entry. This file
 * is data only, so the control window can list the methods without loading the kinds' schemas.
 */

/** One method in the library. */
export interface Method {
  /** Stable id, used by commands (`agenda.insert`) and never shown. */
  id: string;
  /** The method's usual name. */
  name: string;
  /** One line: what it is for. */
  summary: string;
  /** Where the method comes from, by name. */
  source: string;
  /** For a dot vote: vote on the notes of the nearest earlier activity that collects notes (chosen when inserted). */
  votesOnEarlierNotes?: true;
  /** The activity as a workshop file writes it, without `id`. */
  activity: Record<string, unknown>;
}

const script = (say: string, watchFor = '', shortGroup = '', largeGroup = '') => ({ say, watchFor, shortGroup, largeGroup });

/** The library, in the order the facilitator sees it: openings, generating, sorting, deciding, reflecting, closing. */
export const METHODS: readonly Method[] = [
  {
    id: 'check-in-round',
    name: 'Check-in round',
    summary: 'Everyone says one thing as they arrive, so every voice is heard once early on.',
    source: 'A common opening in group facilitation (rounds, as in council and circle practice).',
    activity: {
      kind: 'discussion',
      title: 'Check-in',
      prompt: 'In one word or one sentence: how are you arriving today?',
      script: script(
        'Before we start, one round so every voice is in the room. One word or one sentence each, no discussion, and it is fine to pass.',
        'People explaining at length. Thank them and move on; the point is that everyone speaks once, briefly.',
        'Go round the circle in order.',
        'Ask tables to do the round among themselves, then take three or four words from the whole room.',
      ),
      talkingPoints: ['Passing is allowed.', 'No replies during the round.'],
      plannedMinutes: 5,
    },
  },
  {
    id: 'one-two-four-all',
    name: '1-2-4-All',
    summary: 'Think alone, then in pairs, then in fours, then share: everyone contributes, the best ideas rise.',
    source: 'Liberating Structures (Henri Lipmanowicz and Keith McCandless): 1-2-4-All.',
    activity: {
      kind: 'reflection',
      title: '1-2-4-All',
      prompt: 'What opportunities do you see for making progress on this challenge?',
      prompts: ['On your own: note your ideas, without talking.', 'With a partner: build on each other’s ideas.'],
      writingMinutes: 2,
      pairMinutes: 4,
      script: script(
        'One minute alone, in silence: write down your ideas. Then two minutes with a partner, then four minutes in fours: notice what is similar and what is different. Finally each group shares the one idea that stood out.',
        'Groups that skip the silent minute. Hold the silence: it is where the quieter voices get ready.',
        'With fewer than eight people, go straight from pairs to the whole group.',
        'Ask only some groups to share, and ask the others for anything not yet said.',
      ),
      talkingPoints: ['Silence first, then pairs, then fours, then all.', 'Each group shares one idea that stood out.'],
      plannedMinutes: 12,
    },
  },
  {
    id: 'start-stop-continue',
    name: 'Start, Stop, Continue',
    summary: 'What should we start doing, stop doing, and keep doing?',
    source: 'A widely used retrospective and feedback format.',
    activity: {
      kind: 'sort',
      title: 'Start, stop, continue',
      prompt: 'What should we start, stop, and continue doing?',
      columns: [
        { id: 'start', label: 'Start', description: 'something new to try' },
        { id: 'stop', label: 'Stop', description: 'something that gets in the way' },
        { id: 'continue', label: 'Continue', description: 'something that works' },
      ],
      script: script(
        'Three columns: what we should start doing, what we should stop, and what we should keep. Call out anything; I will put it where you say.',
        'A Stop column full of complaints about people. Ask what behaviour or habit it is, not whose.',
        'Go round, one item each, until ideas run out.',
        'Give tables three minutes to agree two items per column, then collect one per table.',
      ),
      plannedMinutes: 10,
    },
  },
  {
    id: 'rose-bud-thorn',
    name: 'Rose, Bud, Thorn',
    summary: 'What is going well, what is promising, and what hurts.',
    source: 'A design-thinking reflection format (popularised by LUMA Institute).',
    activity: {
      kind: 'sort',
      title: 'Rose, bud, thorn',
      prompt: 'A rose (going well), a bud (promising), a thorn (a problem)?',
      columns: [
        { id: 'rose', label: 'Rose', description: 'going well' },
        { id: 'bud', label: 'Bud', description: 'promising, not there yet' },
        { id: 'thorn', label: 'Thorn', description: 'a problem or a pain' },
      ],
      script: script(
        'Three kinds of answer. A rose is something going well. A bud is something promising that could grow. A thorn is something that hurts. Give me any of the three.',
        'All thorns and no buds. Ask which thorn hides a bud.',
      ),
      plannedMinutes: 10,
    },
  },
  {
    id: 'mad-sad-glad',
    name: 'Mad, Sad, Glad',
    summary: 'A retrospective by feeling: what frustrated, disappointed and pleased us.',
    source: 'Agile retrospectives (Esther Derby and Diana Larsen, Agile Retrospectives).',
    activity: {
      kind: 'sort',
      title: 'Mad, sad, glad',
      prompt: 'Looking back: what made you mad, sad, or glad?',
      columns: [
        { id: 'mad', label: 'Mad', description: 'frustrated us' },
        { id: 'sad', label: 'Sad', description: 'disappointed us' },
        { id: 'glad', label: 'Glad', description: 'pleased us' },
      ],
      script: script(
        'Think back over the period. What made you mad, what made you sad, what made you glad? Feelings are data here: name the event, not the person.',
        'Blame. Bring it back to events and their effect on the work.',
      ),
      plannedMinutes: 10,
    },
  },
  {
    id: 'what-so-what-now-what',
    name: 'What? So What? Now What?',
    summary: 'From what happened, to what it means, to what we do next.',
    source: 'Liberating Structures: W³ (What, So What, Now What), after the reflective models of Terry Borton and Gary Rolfe.',
    activity: {
      kind: 'sort',
      title: 'What? So what? Now what?',
      prompt: 'What happened? So what does it mean? Now what do we do?',
      columns: [
        { id: 'what', label: 'What?', description: 'facts we noticed' },
        { id: 'so-what', label: 'So what?', description: 'why it matters' },
        { id: 'now-what', label: 'Now what?', description: 'what we do next' },
      ],
      script: script(
        'Three steps, in order. First only facts: what did you notice? Then what it means: so what? Last what we do about it: now what? Let us not jump ahead.',
        'People jumping to solutions in the first column. Park them in Now what and ask for the fact behind them.',
      ),
      plannedMinutes: 15,
    },
  },
  {
    id: 'think-pair-share',
    name: 'Silent writing, pairs, share',
    summary: 'Write alone, talk it through with a partner, then share with the room.',
    source: 'Think-Pair-Share (Frank Lyman, University of Maryland, 1981).',
    activity: {
      kind: 'reflection',
      title: 'Write, pair, share',
      prompt: 'Take a moment on your own first.',
      prompts: ['What stands out for you so far?'],
      writingMinutes: 3,
      pairMinutes: 4,
      script: script(
        'Three minutes on your own, writing, in silence. Then four minutes with the person next to you. Then I will ask a few pairs what they found.',
        'Pairs where one person does all the talking. Remind them halfway to swap.',
      ),
      plannedMinutes: 12,
    },
  },
  {
    id: 'dot-voting',
    name: 'Dot voting',
    summary: 'Everyone places a few dots on the options they favour; the room sees its priorities.',
    source: 'Dot voting (dotmocracy), a common prioritisation method.',
    votesOnEarlierNotes: true,
    activity: {
      kind: 'vote',
      title: 'Dot vote',
      prompt: 'Three dots each: which of these matter most?',
      dotsPerPerson: 3,
      hideResultsUntilRevealed: true,
      script: script(
        'Each of you has three dots. Put them on the items that matter most to you; you may put more than one on the same item. I will show the results when everyone has voted.',
        'People waiting to see where others vote. That is why the counts stay hidden until the reveal.',
        'Read each option and count hands, once per dot.',
        'Ask people to vote on paper or sticky dots at the wall, then enter the counts.',
      ),
      plannedMinutes: 8,
    },
  },
  {
    id: 'fist-to-five',
    name: 'Fist to five',
    summary: 'Each person shows 0 to 5 fingers: a quick read of support or confidence.',
    source: 'Fist to five, a consensus-building technique from group decision-making practice.',
    activity: {
      kind: 'scale',
      title: 'Fist to five',
      prompt: 'Show 0 to 5 fingers: how much do you support this?',
      min: 0,
      max: 5,
      minLabel: 'Fist: I block it',
      maxLabel: 'Five: fully behind it',
      statements: [{ id: 'support', text: 'I support the proposal as it stands' }],
      script: script(
        'On three, show me a number of fingers. A fist means I cannot support this. Five means I am fully behind it. Three means I can live with it.',
        'Fists and ones: ask what would move them up one, rather than arguing for the proposal.',
      ),
      plannedMinutes: 5,
    },
  },
  {
    id: 'impact-effort',
    name: 'Impact and effort map',
    summary: 'Place ideas by the effort they take and the impact they have: quick wins stand out.',
    source: 'The impact/effort matrix, a common prioritisation grid.',
    activity: {
      kind: 'map',
      title: 'Impact and effort',
      prompt: 'Where does each idea sit: how much effort, how much impact?',
      x: { label: 'Effort', from: 'Little effort', to: 'Much effort' },
      y: { label: 'Impact', from: 'Little impact', to: 'Much impact' },
      quadrants: { topLeft: 'Quick wins', topRight: 'Big bets', bottomLeft: 'Fill-ins', bottomRight: 'Money pits' },
      script: script(
        'For each idea, two questions: how much effort would it take, and how much would it change? I will place it where you say.',
        'Everything landing top left. Ask what the hidden cost is.',
      ),
      plannedMinutes: 12,
    },
  },
  {
    id: 'spectrum-line',
    name: 'Spectrum line',
    summary: 'Where do people stand between two positions? The spread is the conversation.',
    source: 'Spectrogram or human barometer, a common workshop method.',
    activity: {
      kind: 'map',
      title: 'Where do you stand?',
      prompt: 'Where do you stand between these two?',
      x: { label: '', from: 'Strongly disagree', to: 'Strongly agree' },
      script: script(
        'Imagine a line across the room from strongly disagree to strongly agree. Tell me where you stand and one reason; I will place you.',
        'Everyone in the middle. Ask who is a little to one side, and why.',
      ),
      plannedMinutes: 8,
    },
  },
  {
    id: 'who-what-when',
    name: 'Who, what, by when',
    summary: 'Each next step with an owner and a date, so the session leads to action.',
    source: 'Action planning (who/what/when), a standard close in meeting facilitation.',
    activity: {
      kind: 'commitments',
      title: 'Next steps',
      prompt: 'One next step: who does what, by when?',
      script: script(
        'Before we close: what will actually happen next? For each step I need a name and a date. Small and real beats big and vague.',
        'Steps without an owner, or owned by “we”. Ask who exactly.',
      ),
      plannedMinutes: 10,
    },
  },
  {
    id: 'break',
    name: 'Break',
    summary: 'A pause with a clear time to be back, so energy returns and the plan holds.',
    source: 'Standard practice in workshop design: a short break roughly every 60 to 90 minutes.',
    activity: {
      kind: 'break',
      title: 'Break',
      prompt: 'Time for a break: stretch, get a drink, get some air.',
      script: script(
        'Let us take a short break. The time we start again is on the screen; we begin on time, so please be back a minute early.',
        'People drifting back late. Start on time anyway; it teaches the room that the times on the screen hold.',
      ),
      plannedMinutes: 10,
    },
  },
  {
    id: 'check-out-round',
    name: 'Check-out round',
    summary: 'Everyone says one thing they take away, to close the session together.',
    source: 'A common closing in group facilitation (rounds).',
    activity: {
      kind: 'discussion',
      title: 'Check-out',
      prompt: 'One thing you take away from today.',
      script: script(
        'One last round: one thing you take away. A word or a sentence, and passing is fine.',
        'Long speeches at the end. Keep it to one thing each.',
      ),
      talkingPoints: ['One thing each.', 'Thank the room.'],
      plannedMinutes: 5,
    },
  },
];

/** The method with this id, looked up as an own entry (ids arrive from windows). */
export function methodById(id: string): Method | undefined {
  return METHODS.find((method) => method.id === id);
}
