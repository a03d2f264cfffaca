import { describe, expect, it } from 'vitest';
import { ACTIVITY_KINDS } from '../../../shared/kinds/registry';
import { METHODS, methodById } from '../../../shared/workshop/methodLibrary';
import { methodActivity } from '../../../shared/workshop/methodActivity';

describe('the method library', () => {
  it('holds at least 12 methods, each with a name, a one-line summary, a named source and a script to read aloud', () => {
    expect(METHODS.length).toBeGreaterThanOrEqual(12);
    for (const method of METHODS) {
      expect(method.name.length, method.id).toBeGreaterThan(2);
      expect(method.summary.length, method.id).toBeGreaterThan(20);
      expect(method.source.length, method.id).toBeGreaterThan(10);
      expect(methodById(method.id)).toBe(method);
    }
    expect(new Set(METHODS.map((method) => method.id)).size).toBe(METHODS.length);
  });

  it('sets every method up as an activity a workshop file could hold, with its defaults', () => {
    for (const method of METHODS) {
      const activity = methodActivity(method, `${method.id}-1`, method.votesOnEarlierNotes ? 'an-earlier-one' : null);
      expect(activity.id).toBe(`${method.id}-1`);
      expect(ACTIVITY_KINDS).toContain(activity.kind);
      expect(activity.script.say.length, method.id).toBeGreaterThan(40);
      expect(activity.plannedMinutes, method.id).toBeGreaterThan(0);
      if (activity.kind === 'vote') expect(activity.optionsFrom).toBe('an-earlier-one');
    }
  });

  it('covers the kinds a facilitator reaches for: rounds, sorting, mapping, voting, rating, reflecting and committing', () => {
    const kinds = new Set(METHODS.map((method) => String(method.activity.kind)));
    for (const kind of ['discussion', 'sort', 'map', 'vote', 'scale', 'reflection', 'commitments']) expect(kinds.has(kind), kind).toBe(true);
  });
});
