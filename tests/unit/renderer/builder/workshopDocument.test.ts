import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { methodById } from '../../../../shared/workshop/methodLibrary';
import { parseWorkshopData } from '../../../../shared/workshop/workshopFile';
import { WORKSHOP_TEMPLATES } from '../../../../shared/workshop/workshopTemplates';
import { recordEdit, redo, startHistory, undo } from '../../../../renderer/control/builder/builderHistory';
import { planTiming } from '../../../../renderer/control/builder/planTiming';
import { activityFromMethod, blankWorkshop, copyOfWorkshop, getAt, idFromText, moveItem, pathText, setAt, suggestedFileName, workshopFromTemplate } from '../../../../renderer/control/builder/workshopDocument';
import builtIn from '../../../../shared/workshop/builtin/management-and-leadership.workshop.json' with { type: 'json' };

function method(id: string) {
  const found = methodById(id);
  if (!found) throw new Error(`no method ${id}`);
  return found;
}

describe('the builder’s document', () => {
  it('sets a value deep inside and leaves every other part as it was (same objects)', () => {
    const document = structuredClone(builtIn) as Record<string, unknown>;
    const next = setAt(document, ['activities', 2, 'script', 'say'], 'New words');
    expect(getAt(next, ['activities', 2, 'script', 'say'])).toBe('New words');
    expect(getAt(document, ['activities', 2, 'script', 'say'])).not.toBe('New words');
    expect(getAt(next, ['activities', 1])).toBe(getAt(document, ['activities', 1]));
    expect(getAt(next, ['activities', 2, 'talkingPoints'])).toBe(getAt(document, ['activities', 2, 'talkingPoints']));
    expect(pathText(['activities', 2, 'script', 'say'])).toBe('activities[2].script.say');
  });

  it('removes a field set to undefined, so an optional field left empty is not written', () => {
    const next = setAt({ a: 1, b: 2 }, ['b'], undefined);
    expect(next).toEqual({ a: 1 });
    expect(Object.hasOwn(next, 'b')).toBe(false);
  });

  it('moves an agenda item to any place and keeps every item once', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 12 }), fc.nat(), fc.nat(), (list, a, b) => {
        const from = a % list.length;
        const to = b % list.length;
        const moved = moveItem(list, from, to);
        expect(moved[to]).toBe(list[from]);
        expect([...moved].sort()).toEqual([...list].sort());
      }),
    );
  });

  it('builds a three-activity workshop from the library that the file loader accepts as it is', () => {
    let document: Record<string, unknown> = { ...blankWorkshop(), title: 'Team retro', id: idFromText('Team retro', 'x') };
    for (const id of ['check-in-round', 'start-stop-continue', 'dot-voting']) {
      const activities = document.activities as unknown[];
      document = { ...document, activities: [...activities, activityFromMethod(method(id), document, activities.length)] };
    }
    const parsed = parseWorkshopData(document, suggestedFileName(document));
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    expect(suggestedFileName(document)).toBe('team-retro.workshop.json');
    // The dot vote takes its options from the nearest earlier activity that collects ideas.
    expect(getAt(document, ['activities', 2, 'optionsFrom'])).toBe('start-stop-continue');
  });

  it('gives a method added twice its own id, and a vote with nothing before it no source (the checks then say so)', () => {
    const once = { ...blankWorkshop(), activities: [activityFromMethod(method('check-in-round'), blankWorkshop(), 0)] };
    expect(activityFromMethod(method('check-in-round'), once, 1).id).toBe('check-in-round-2');
    expect(activityFromMethod(method('dot-voting'), blankWorkshop(), 0).optionsFrom).toBeNull();
  });

  it('copies a workshop under a new title and id, leaving the original untouched', () => {
    const original = structuredClone(builtIn) as Record<string, unknown>;
    const copy = copyOfWorkshop(original);
    expect(copy.title).toBe(`${String(original.title)} (copy)`);
    expect(copy.id).not.toBe(original.id);
    expect(copy.activities).toEqual(original.activities);
    expect(copy.activities).not.toBe(original.activities);
  });
});

describe('the plan’s timing', () => {
  const plan = (minutes: unknown[], extra: Record<string, unknown> = {}) => ({ ...blankWorkshop(), ...extra, activities: minutes.map((plannedMinutes, index) => ({ id: `a${index}`, plannedMinutes })) });

  it('gives each activity its start, the total and the finish from the planned start', () => {
    const timing = planTiming(plan([10, 25, 5], { plannedStart: '09:30', availableMinutes: 60 }));
    expect(timing).toEqual({ totalMinutes: 40, startsAt: ['09:30', '09:40', '10:05'], finishesAt: '10:10', minutesOver: 0 });
  });

  it('says how far the plan runs past the time available, and counts minutes still being typed as none', () => {
    expect(planTiming(plan([45, 30, 'ten'], { plannedStart: '13:00', availableMinutes: 60 })).minutesOver).toBe(15);
  });

  it('has no clock times without a valid start, and marks a finish past midnight', () => {
    expect(planTiming(plan([10], { plannedStart: '9:30' })).finishesAt).toBeNull();
    expect(planTiming(plan([90], { plannedStart: '23:00' })).finishesAt).toBe('00:30 (next day)');
  });
});

describe('undo and redo in the builder', () => {
  it('makes one step of a run of keystrokes in one field, and separate steps of different fields', () => {
    let history = startHistory({ title: '' });
    history = recordEdit(history, { title: 'T' }, 'title', 1000);
    history = recordEdit(history, { title: 'Te' }, 'title', 1200);
    history = recordEdit(history, { title: 'Tea' }, 'title', 1400);
    history = recordEdit(history, { title: 'Tea', summary: 'S' }, 'summary', 1500);
    history = undo(history);
    expect(history.present).toEqual({ title: 'Tea' });
    history = undo(history);
    expect(history.present).toEqual({ title: '' });
    history = redo(redo(history));
    expect(history.present).toEqual({ title: 'Tea', summary: 'S' });
  });

  it('starts a new step after a pause in typing, and drops the redo steps once something new is done', () => {
    let history = startHistory({ title: '' });
    history = recordEdit(history, { title: 'A' }, 'title', 0);
    history = recordEdit(history, { title: 'AB' }, 'title', 5000);
    history = undo(history);
    expect(history.present).toEqual({ title: 'A' });
    history = recordEdit(history, { title: 'AC' }, 'title', 6000);
    expect(history.future).toEqual([]);
    expect(redo(history)).toBe(history);
  });
});

describe('workshop templates', () => {
  it('each gives a workshop the file loader accepts as it is, within its time available', () => {
    for (const template of WORKSHOP_TEMPLATES) {
      expect(template.methodIds.every((id) => methodById(id) !== undefined), template.id).toBe(true);
      const document = workshopFromTemplate(template, methodById);
      const parsed = parseWorkshopData(document, suggestedFileName(document));
      expect(parsed.ok ? [] : parsed.problems, template.id).toEqual([]);
      expect(planTiming(document).minutesOver, template.id).toBe(0);
      expect((document.activities as unknown[]).length).toBe(template.methodIds.length);
    }
  });
});
