import type { Workshop } from './types';

/**
 * The built-in workshop, written for Groundwork from the article
 * "3 Key Differences Between Management and Leadership" (2019). A first cut:
 * the exercises issue turns it into the full set of activity kinds.
 */
export const managementAndLeadershipWorkshop: Workshop = {
  id: 'management-and-leadership',
  title: 'Management and Leadership: two sides of the same job',
  summary: 'Ninety minutes on how managing and leading differ, and why good people do both.',
  source: 'Drawn from "3 Key Differences Between Management and Leadership" (2019), quoting Henry Mintzberg, Edgar and Peter Schein, Dana Brownlee and Casey Kasem.',
  activities: [
    {
      id: 'opening',
      kind: 'discussion',
      title: 'Opening: managers and leaders in our heads',
      prompt: 'When you hear "manager", what comes to mind? And "leader"?',
      script:
        'Welcome the group and say what the next ninety minutes are for: not to crown leadership over management, but to see both clearly. Ask the prompt and capture words quickly, without judging them. Watch for the common split: managers as practical and task-bound, leaders as visionary. Name that split out loud; the rest of the session tests it.\n\nShort group: take five answers and move on. Large group: have tables agree on two words each, then report.',
      talkingPoints: ['Perceptions are loose and often unfair to both roles.', 'Ask who has been both a manager and a leader, sometimes in the same hour.'],
      plannedMinutes: 10,
    },
    {
      id: 'administration-vs-influence',
      kind: 'discussion',
      title: 'Administration versus influence',
      prompt: 'What keeps the daily work running, and what makes people want to bring their best?',
      script:
        'Frame managers as administrators: they organise the moving parts and clear obstacles so people are not overwhelmed. Frame leadership as influence on culture, motivation and each person\'s potential. Capture examples from the room of each. Watch for either side being dismissed: the risk of pure administration is losing sight of people; the risk of pure influence is dropping the work that must still be done well.\n\nShort group: one example of each per person. Large group: pairs first, then share the best pair answer.',
      talkingPoints: ['Goals can crowd out the people executing them.', 'Inspiration without follow-through breeds cynicism.'],
      plannedMinutes: 15,
    },
    {
      id: 'present-vs-future',
      kind: 'discussion',
      title: 'The present versus the future',
      prompt: '"Many organizations function like well-oiled machines … But don\'t expect innovation." (Henry Mintzberg). Where is your team a machine, and where is it building something new?',
      script:
        'Read the Mintzberg quote slowly. Managers are pulled to the now: short-term goals, the status quo, today\'s task. Leaders carry a picture of the future and of each person\'s place in it. Ask for concrete moments where the urgent pushed out someone\'s development. Listen for guilt; turn it into practical trade-offs rather than blame.\n\nShort group: whole-room discussion. Large group: tables list three "machine" habits and one experiment.',
      talkingPoints: ['Measuring everything makes training easy and engagement hard.', 'Long-term development rarely feels urgent until people leave.'],
      plannedMinutes: 15,
    },
    {
      id: 'trust',
      kind: 'discussion',
      title: 'Where and how trust is focused',
      prompt: 'Level 1 is transactional. Levels 2 and 3 are personal. What moves a working relationship up a level, and what knocks it down?',
      script:
        'Introduce Edgar and Peter Schein\'s levels from Humble Leadership: Level 1 relationships are transactional; Levels 2 and 3 rest on openness and trust. Ask what builds trust and what breaks it. Expect the trust-breakers the article names: micromanagement, criticism that does not help, little empathy for people\'s needs, managers who overload themselves, and the turnover that follows. Then turn to managing up: open channels and regular check-ins, in both directions.\n\nShort group: one builder and one breaker each. Large group: split the room, half on builders, half on breakers.',
      talkingPoints: [
        'Dana Brownlee: bosses and staff often see the same situation in very different ways.',
        'Check-ins can serve today\'s plan or a long-term career goal; name which.',
      ],
      plannedMinutes: 20,
    },
    {
      id: 'kasem-reflection',
      kind: 'discussion',
      title: 'Feet on the ground, reaching for the stars',
      prompt: '"Keep your feet on the ground and keep reaching for the stars." (Casey Kasem). What keeps your feet on the ground? What are you reaching for with your people?',
      script:
        'Give three minutes of silent writing, then two minutes in pairs. Invite highlights to the room; capture only what people choose to share, and no names unless someone asks to be named. Watch for people who only write one half: the point is holding both.\n\nShort group: share round the room. Large group: take five highlights.',
      talkingPoints: ['The sign-off describes a leader who manages and a manager who leads.'],
      plannedMinutes: 15,
    },
    {
      id: 'close',
      kind: 'discussion',
      title: 'Close: two sides of the same job',
      prompt: 'What is one thing you will do differently next week?',
      script:
        'Read Mintzberg\'s point that leading without managing is disconnected and managing without leading is discouraging: they are two sides of the same job. Ask each person for one concrete next step and capture it. Thank the group and say where the session notes will go.\n\nShort group: everyone answers. Large group: volunteers, plus written cards.',
      talkingPoints: ['Next steps should be small enough to start on Monday.'],
      plannedMinutes: 15,
    },
  ],
};
