import { buildBallotForm } from './ballotForm';
import type { BallotForm, BallotFormActions, BallotInfo } from './ballotForm';
import { clear, element, setText } from './dom';
import { renderItems } from './itemList';
import type { ItemListActions } from './itemList';
import { buildJoinForm } from './joinForm';
import { buildNoteForm } from './noteForm';
import type { NoteForm, NoteFormActions } from './noteForm';
import type { OutboxItem } from './outbox';
import type { LinkStatus } from './phoneSocket';
import type { PhoneActivity, PhoneView } from './protocol';
import { buildRatingForm } from './ratingForm';
import type { RatingForm, RatingFormActions, RatingInfo } from './ratingForm';
import { statusIsWarning, statusText } from './statusText';

/** Everything the phone shows, from which the screen is drawn. */
export interface ScreenState {
  /** `join`: asking for the room's code; `room`: in (or on the way into) the room. */
  stage: 'join' | 'room';
  status: LinkStatus;
  /** The join form's sentence (a code that cannot be one), or null. */
  joinError: string | null;
  /** What the host last said phones show; null until it has. */
  view: PhoneView | null;
  /** The "Your notes" list, newest first. */
  items: OutboxItem[];
  /** This phone's ballot in the vote on screen (nothing in it for other activities). */
  ballot: BallotInfo;
  /** This phone's answer in the scale on screen (nothing in it for other activities). */
  rating: RatingInfo;
  /** The name this phone gives in named activities. */
  name: string;
}

/** What the screen's controls do. */
export interface ScreenActions extends NoteFormActions, BallotFormActions, RatingFormActions, ItemListActions {
  join(typed: string): void;
  reload(): void;
}

/** The phone's screen: built once, then brought up to date by `render`. */
export interface PhoneScreen {
  render(state: ScreenState): void;
}

/** The line shown when the room is between activities. */
export const WAITING_TEXT = 'Waiting for the next activity…';
/** The line shown when the activity takes no answers from phones. */
export const NOTHING_TO_SEND_TEXT = 'Nothing to send in this activity: the room answers aloud.';

/** What the activity's form is: a note form, a vote's or a scale's (open or closed), or none. */
function formMode(activity: PhoneActivity): 'notes' | 'ballot' | 'rating' | null {
  if (activity.answer === 'notes') return 'notes';
  // A vote's answer turns to none once its results are out: the form stays, closed, with the dots this phone gave.
  if (activity.answer === 'ballot' || activity.kind === 'vote') return 'ballot';
  // A scale's likewise, once phones' answers are off: it shows the points this phone gave.
  return activity.answer === 'rating' || activity.kind === 'scale' ? 'rating' : null;
}

// The form is rebuilt only when what it asks for changes: a new prompt or title must not wipe what is being typed,
// nor new options the dots being placed, nor new statements the points being chosen.
function formShape(activity: PhoneActivity): string {
  return formMode(activity) === 'notes' ? JSON.stringify([activity.id, activity.kind, activity.named, activity.toTray, activity.columns]) : JSON.stringify([activity.id, activity.answer]);
}

/** Builds the screen inside `root`. Every piece of text from the room goes in as text, never as HTML. */
export function createPhoneScreen(root: HTMLElement, actions: ScreenActions): PhoneScreen {
  const doc = root.ownerDocument;
  const title = element(doc, 'h1', { className: 'title', testId: 'phone-title', text: 'Groundwork' });
  const status = element(doc, 'p', { className: 'status', testId: 'phone-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const reload = element(doc, 'button', { className: 'button', text: 'Reload', testId: 'phone-reload', attrs: { type: 'button' } });
  reload.addEventListener('click', () => actions.reload());
  const join = buildJoinForm(doc, (typed) => actions.join(typed));

  const activityTitle = element(doc, 'h2', { className: 'activity-title', testId: 'phone-activity-title' });
  const prompt = element(doc, 'p', { className: 'prompt', testId: 'phone-prompt' });
  const nothing = element(doc, 'p', { className: 'nothing', testId: 'phone-nothing' });
  const formSlot = element(doc, 'div');
  const activity = element(doc, 'section', { className: 'activity' }, [activityTitle, prompt, nothing, formSlot]);
  const list = element(doc, 'ul', { className: 'notes', attrs: { 'aria-labelledby': 'phone-notes-heading' } });
  const notes = element(doc, 'section', { className: 'your-notes' }, [element(doc, 'h2', { text: 'Your notes', attrs: { id: 'phone-notes-heading' } }), list]);

  root.appendChild(element(doc, 'header', { className: 'header' }, [title, status, reload]));
  root.appendChild(join.element);
  root.appendChild(activity);
  root.appendChild(notes);

  let shownStage: ScreenState['stage'] | null = null;
  let form: NoteForm | null = null;
  let ballot: BallotForm | null = null;
  let rating: RatingForm | null = null;
  let formActivityId: string | null = null;
  let shape: string | null = null;
  let listed: string | null = null;
  // The column picked per activity, so a rebuilt form (the activity became named, say) keeps it.
  const pickedColumns = new Map<string, string | undefined>();

  const renderActivity = (state: ScreenState): void => {
    const shown = state.stage === 'room' && state.view !== null;
    activity.hidden = !shown;
    const current = state.view ? state.view.activity : null;
    if (!shown || !current) {
      activityTitle.hidden = true;
      prompt.hidden = true;
      setText(nothing, WAITING_TEXT);
      nothing.hidden = !shown;
    } else {
      activityTitle.hidden = false;
      prompt.hidden = false;
      setText(activityTitle, current.title);
      setText(prompt, current.prompt);
      setText(nothing, NOTHING_TO_SEND_TEXT);
      nothing.hidden = formMode(current) !== null;
    }
    const wanted = shown && current && formMode(current) !== null ? current : null;
    const nextShape = wanted ? formShape(wanted) : null;
    if (nextShape !== shape) {
      if (form && formActivityId !== null) pickedColumns.set(formActivityId, form.column());
      shape = nextShape;
      const mode = wanted ? formMode(wanted) : null;
      form = wanted && mode === 'notes' ? buildNoteForm(doc, wanted, state.name, pickedColumns.get(wanted.id), actions) : null;
      ballot = wanted && mode === 'ballot' ? buildBallotForm(doc, wanted, state.ballot, actions) : null;
      rating = wanted && mode === 'rating' ? buildRatingForm(doc, wanted, state.rating, actions) : null;
      formActivityId = wanted ? wanted.id : null;
      clear(formSlot);
      if (form) formSlot.appendChild(form.element);
      if (ballot) formSlot.appendChild(ballot.element);
      if (rating) formSlot.appendChild(rating.element);
    } else if (ballot && wanted) {
      ballot.update(wanted, state.ballot);
    } else if (rating && wanted) {
      rating.update(wanted, state.rating);
    }
  };

  return {
    render(state) {
      const current = state.view ? state.view.activity : null;
      const workshop = state.stage === 'room' && state.view && state.view.title ? state.view.title : 'Groundwork';
      setText(title, workshop);
      if (doc.title !== workshop) doc.title = workshop;

      const warning = statusIsWarning(state.status);
      // While asking for a code nothing is connecting: the line speaks only of a problem (the code was wrong).
      setText(status, state.stage === 'join' && !warning ? '' : statusText(state.status));
      status.classList.toggle('status-warning', warning);
      reload.hidden = state.status !== 'reload';

      join.element.hidden = state.stage !== 'join';
      join.setError(state.joinError || '');
      if (state.stage !== shownStage) {
        shownStage = state.stage;
        if (state.stage === 'join') join.reset();
      }

      renderActivity(state);

      notes.hidden = state.stage !== 'room' || state.items.length === 0;
      const nextListed = JSON.stringify([current, state.items]);
      if (nextListed !== listed) {
        listed = nextListed;
        renderItems(doc, list, state.items, current, actions);
      }
    },
  };
}
