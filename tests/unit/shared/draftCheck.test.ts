import { describe, expect, it } from 'vitest';
import { checkWorkshopDraft } from '../../../shared/workshop/draftCheck';
import builtIn from '../../../shared/workshop/builtin/management-and-leadership.workshop.json' with { type: 'json' };

const draft = (): Record<string, unknown> => structuredClone(builtIn);

describe('the builder’s checks as you type', () => {
  it('finds nothing in a shipped workshop, and builds the room’s view of the activity asked for, without its script', () => {
    const { problems, preview } = checkWorkshopDraft(draft(), 'leadership.workshop.json', 1, '2026-12-05');
    expect(problems).toEqual([]);
    if (preview?.screen !== 'live') throw new Error('expected the live stage');
    const second = (builtIn.activities[1] ?? { title: '' }) as { title: string; script: { say: string } };
    expect(preview.stage.agenda.map((activity) => activity.title)).toEqual([second.title]);
    expect(JSON.stringify(preview)).not.toContain(second.script.say);
  });

  it('names every problem at once, each at its place, and still previews the activities that have none', () => {
    const document = draft();
    const activities = document.activities as Record<string, unknown>[];
    activities[0] = { ...activities[0], title: '', plannedMinutes: 'ten' };
    activities[2] = { ...activities[2], prompt: '' };
    document.plannedStart = '9.30';
    const { problems, preview } = checkWorkshopDraft(document, 'leadership.workshop.json', 1, '2026-12-05');
    expect(problems.map((problem) => problem.path)).toEqual(['activities[0].title', 'activities[0].plannedMinutes', 'activities[2].prompt', 'plannedStart']);
    expect(problems.find((problem) => problem.path === 'plannedStart')?.message).toBe('Write the start time as 24-hour "HH:MM", e.g. "09:30".');
    expect(preview?.screen).toBe('live');
    expect(checkWorkshopDraft(document, 'leadership.workshop.json', 0, '2026-12-05').preview).toBeNull();
  });

  it('previews nothing for a place past the agenda', () => {
    expect(checkWorkshopDraft(draft(), 'x.workshop.json', 999, '2026-12-05').preview).toBeNull();
  });

  it('previews the title screen when no activity is asked for, once the workshop has no problems', () => {
    const preview = checkWorkshopDraft(draft(), 'x.workshop.json', null, '2026-12-05').preview;
    expect(preview?.screen === 'title' && [preview.title, preview.date]).toEqual([builtIn.title, '2026-12-05']);
    const broken = { ...draft(), title: '' };
    expect(checkWorkshopDraft(broken, 'x.workshop.json', null, '2026-12-05').preview).toBeNull();
  });
});
