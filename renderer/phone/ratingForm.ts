import { clear, element, setText } from './dom';
import type { OutboxItem } from './outbox';
import type { PhoneActivity } from './protocol';
import { pointOf, pointsFrom, samePoints } from './ratings';
import type { Points } from './ratings';

/** What the scale's form knows of this phone's answer in it. */
export interface RatingInfo {
  /** The latest rating this phone sent in the scale (on its way, taken or refused); null when none. */
  latest: OutboxItem | null;
  /** The points the host last took from this phone (null: none). */
  sent: Points | null;
}

/** What the scale's form asks of the page. */
export interface RatingFormActions {
  /** Sends this phone's whole answer in a scale; returns why not, or null once it is in the outbox. */
  sendRating(activityId: string, points: Points): string | null;
}

/** One scale's form: built again only when the scale opens or closes, so the points being chosen survive updates. */
export interface RatingForm {
  element: HTMLFormElement;
  /** Brings the form up to date: the statements (they may change while the room answers), the points, the state. */
  update(activity: PhoneActivity, info: RatingInfo): void;
}

export const RATING_PRIVATE_TEXT = 'Your answer is private: the room sees only how many gave each point.';
export const RATING_SENDING_TEXT = 'Sending your answers…';
export const RATING_SENT_TEXT = 'Answers sent ✓ — you can change them while this is on screen.';
export const RATING_WITHDRAWN_TEXT = 'Answers withdrawn — you can answer again while this is on screen.';
export const RATING_CHANGED_TEXT = 'Changed on this phone only: send them to update your answers.';
export const RATING_CLOSED_TEXT = 'Answers are closed for this activity.';

/** What the ends of the scale mean: "0 = Not at all · 5 = Completely" (an end with no label is left out). */
export function scaleEndsText(scale: NonNullable<PhoneActivity['scale']>): string {
  const ends: string[] = [];
  if (scale.minLabel !== '') ends.push(scale.min + ' = ' + scale.minLabel);
  if (scale.maxLabel !== '') ends.push(scale.max + ' = ' + scale.maxLabel);
  return ends.join(' · ');
}

/** The running line: "2 of 3 statements rated". */
export function ratedText(rated: number, total: number): string {
  return total === 0 ? 'No statements to rate yet.' : rated + ' of ' + total + (total === 1 ? ' statement' : ' statements') + ' rated';
}

interface Group {
  id: string;
  /** The point buttons, from min to max (none once closed). */
  buttons: HTMLButtonElement[];
  /** Once closed: the line saying the point the host took. */
  answer: HTMLElement | null;
}

/** How far an arrow key moves the choice (0: not an arrow). */
function stepOf(key: string): number {
  if (key === 'ArrowRight' || key === 'ArrowDown') return 1;
  return key === 'ArrowLeft' || key === 'ArrowUp' ? -1 : 0;
}

/**
 * Builds a scale's form: each statement with one button per point (a radio group; the chosen point again clears it),
 * how many are rated, and the send button. A closed scale (`answer` is no longer `rating`) shows the points the host
 * took, read-only.
 */
export function buildRatingForm(doc: Document, activity: PhoneActivity, info: RatingInfo, actions: RatingFormActions): RatingForm {
  const open = activity.answer === 'rating';
  const form = element(doc, 'form', { className: 'rating', testId: 'phone-rating', attrs: { novalidate: '' } });
  const ends = element(doc, 'p', { className: 'hint', testId: 'phone-scale-ends' });
  const list = element(doc, 'div', { className: 'statements' });
  const rated = element(doc, 'p', { className: 'hint', testId: 'phone-rated-count', attrs: { 'aria-live': 'polite' } });
  const send = element(doc, 'button', { className: 'button', testId: 'phone-rating-send', attrs: { type: 'submit' } });
  const said = element(doc, 'p', { className: 'vote-state', testId: 'phone-rating-state', attrs: { 'aria-live': 'polite' } });
  form.appendChild(element(doc, 'p', { className: 'mode', text: RATING_PRIVATE_TEXT }));
  form.appendChild(ends);
  form.appendChild(list);
  if (open) {
    form.appendChild(rated);
    form.appendChild(send);
  }
  form.appendChild(said);

  // The point per statement id, as chosen on this phone: what it sent last (refused or not), so nothing chosen is lost.
  const chosen = new Map<string, number>();
  const choose = (points: Points): void => {
    chosen.clear();
    for (const id of Object.keys(points)) chosen.set(id, points[id] as number);
  };
  const kept = (given: RatingInfo): Points => given.sent || {};
  if (open) choose(info.latest && info.latest.points ? info.latest.points : kept(info));

  let current = activity;
  let latest = info;
  let groups: Group[] = [];
  let shownShape: string | null = null;
  let problem = '';

  const range = (): { min: number; max: number } => current.scale || { min: 0, max: -1 };

  // The answer to send: the chosen points of the statements on the list now, each within the scale.
  const rating = (): Points => {
    const { min, max } = range();
    const pairs: Array<[string, number]> = [];
    for (const statement of current.statements) {
      const point = chosen.get(statement.id);
      if (point !== undefined && point >= min && point <= max) pairs.push([statement.id, point]);
    }
    return pointsFrom(pairs);
  };

  const stateText = (points: Points): string => {
    if (!open) return RATING_CLOSED_TEXT;
    if (problem !== '') return problem;
    const item = latest.latest;
    if (!item) return '';
    if (item.state === 'refused') return item.message || 'The room did not take these answers.';
    if (!samePoints(points, item.points || {})) return RATING_CHANGED_TEXT;
    if (item.state === 'sending') return RATING_SENDING_TEXT;
    return Object.keys(points).length === 0 ? RATING_WITHDRAWN_TEXT : RATING_SENT_TEXT;
  };

  const pick = (statementId: string, point: number, toggle: boolean): void => {
    if (toggle && chosen.get(statementId) === point) chosen.delete(statementId);
    else chosen.set(statementId, point);
    problem = '';
    show();
  };

  // Arrow keys move the choice within a statement's points (Home and End to its ends), as in any radio group.
  const onKey = (group: Group, event: KeyboardEvent): void => {
    const count = group.buttons.length;
    const at = group.buttons.indexOf(doc.activeElement as HTMLButtonElement);
    let next: number;
    if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = count - 1;
    else if (stepOf(event.key) !== 0 && at >= 0) next = (at + stepOf(event.key) + count) % count;
    else return;
    event.preventDefault();
    pick(group.id, range().min + next, false);
    (group.buttons[next] as HTMLButtonElement).focus();
  };

  const buildGroups = (): void => {
    clear(list);
    const { min, max } = range();
    groups = current.statements.map((statement) => {
      const group: Group = { id: statement.id, buttons: [], answer: null };
      const box = element(doc, 'div', { className: 'statement', testId: 'phone-statement', attrs: { 'data-statement-id': statement.id } }, [
        element(doc, 'p', { className: 'statement-text', text: statement.text }),
      ]);
      if (open) {
        const points = element(doc, 'div', { className: 'points', attrs: { role: 'radiogroup', 'aria-label': statement.text } });
        for (let point = min; point <= max; point += 1) {
          const button = element(doc, 'button', {
            className: 'point-button',
            text: String(point),
            testId: 'phone-point',
            attrs: { type: 'button', role: 'radio', 'data-point': String(point) },
          });
          button.addEventListener('click', () => pick(statement.id, point, true));
          group.buttons.push(button);
          points.appendChild(button);
        }
        points.addEventListener('keydown', (event) => onKey(group, event));
        box.appendChild(points);
      } else {
        group.answer = element(doc, 'p', { className: 'statement-answer', testId: 'phone-statement-answer' });
        box.appendChild(group.answer);
      }
      list.appendChild(box);
      return group;
    });
  };

  function show(): void {
    if (!open) choose(kept(latest));
    const shape = JSON.stringify([current.statements, current.scale]);
    if (shape !== shownShape) {
      shownShape = shape;
      buildGroups();
    }
    const points = rating();
    const { min } = range();
    for (const group of groups) {
      const point = pointOf(points, group.id);
      // One stop per statement for Tab: its chosen point, or its first when none is chosen.
      const focusable = point === undefined ? 0 : point - min;
      group.buttons.forEach((button, index) => {
        button.setAttribute('aria-checked', String(min + index === point));
        button.tabIndex = index === focusable ? 0 : -1;
      });
      if (group.answer) setText(group.answer, point === undefined ? 'Not rated' : 'Your answer: ' + point);
    }
    setText(ends, current.scale ? scaleEndsText(current.scale) : '');
    ends.hidden = ends.textContent === '';
    setText(rated, ratedText(Object.keys(points).length, current.statements.length));
    setText(send, latest.latest || latest.sent ? 'Update my answers' : 'Send my answers');
    setText(said, stateText(points));
    said.classList.toggle('error', open && (problem !== '' || (latest.latest !== null && latest.latest.state === 'refused')));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    problem = actions.sendRating(current.id, rating()) || '';
    show();
  });

  show();
  return {
    element: form,
    update(next, given) {
      current = next;
      latest = given;
      show();
    },
  };
}
