import type { FacilitatorScript } from '../../shared/session/types';
import type { Workshop } from '../../shared/workshop/types';

const script = (say: string): FacilitatorScript => ({ say, watchFor: 'Who stays quiet.', shortGroup: 'Everyone answers.', largeGroup: 'Tables first.' });

/**
 * A small workshop with one activity of every kind, for unit tests that must
 * not change whenever the built-in workshop's content is edited. The ids of
 * the first and last activities match the built-in workshop's.
 */
export const everyKindWorkshop: Workshop = {
  id: 'every-kind',
  title: 'Every kind',
  summary: 'One activity of each kind.',
  source: 'Test fixture.',
  activities: [
    { id: 'opening', kind: 'discussion', title: 'Opening', prompt: 'What comes to mind?', script: script('Welcome.'), talkingPoints: ['One'], plannedMinutes: 10 },
    {
      id: 'administration-vs-influence',
      kind: 'sort',
      title: 'Manager or leader?',
      prompt: 'Which is it?',
      script: script('Sort them.'),
      talkingPoints: [],
      plannedMinutes: 10,
      columns: [
        { id: 'manager', label: 'Manager', description: 'runs the work' },
        { id: 'leader', label: 'Leader', description: 'moves the people' },
        { id: 'both', label: 'Both', description: '' },
      ],
    },
    {
      id: 'map',
      kind: 'map',
      title: 'Where our week goes',
      prompt: 'Place what you did this week.',
      script: script('Place them.'),
      talkingPoints: [],
      plannedMinutes: 10,
      x: { label: 'How', from: 'Administration', to: 'Influence' },
      y: { label: 'When', from: 'Present', to: 'Future' },
      quadrants: { topLeft: 'Systems for tomorrow', topRight: 'The leader who manages', bottomLeft: 'Keeping the machine running', bottomRight: 'The manager who leads' },
    },
    {
      id: 'spectrum',
      kind: 'map',
      title: 'A spectrum',
      prompt: 'Where do you stand?',
      script: script('Stand.'),
      talkingPoints: [],
      plannedMinutes: 5,
      x: { label: '', from: 'Present', to: 'Future' },
      y: null,
      quadrants: null,
    },
    {
      id: 'vote',
      kind: 'vote',
      title: 'What breaks trust most?',
      prompt: 'Three dots each.',
      script: script('Vote.'),
      talkingPoints: [],
      plannedMinutes: 5,
      optionsFrom: 'opening',
      options: ['Micromanagement', 'Criticism that does not help'],
      dotsPerPerson: 3,
      hideResultsUntilRevealed: true,
    },
    {
      id: 'scale',
      kind: 'scale',
      title: 'Where my strengths lie',
      prompt: 'Fist to five.',
      script: script('Rate.'),
      talkingPoints: [],
      plannedMinutes: 5,
      min: 1,
      max: 5,
      minLabel: 'Not yet',
      maxLabel: 'A strength',
      statements: [
        { id: 'admin', text: 'I keep the work running.' },
        { id: 'influence', text: 'I lift the people.' },
      ],
    },
    {
      id: 'kasem-reflection',
      kind: 'reflection',
      title: 'Feet on the ground',
      prompt: 'Write, then share.',
      script: script('Silence.'),
      talkingPoints: [],
      plannedMinutes: 10,
      prompts: ['Feet on the ground: what must I keep running?', 'Reaching for the stars: what future am I building?'],
      writingMinutes: 3,
      pairMinutes: 2,
    },
    { id: 'coffee', kind: 'break', title: 'Coffee break', prompt: 'Stretch, refill, back soon.', script: script('Fifteen minutes.'), talkingPoints: [], plannedMinutes: 15 },
    { id: 'close', kind: 'commitments', title: 'Close', prompt: 'One next step each.', script: script('Commit.'), talkingPoints: [], plannedMinutes: 10 },
  ],
};
