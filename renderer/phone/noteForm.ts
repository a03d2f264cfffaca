import { element } from './dom';
import { buildNameField } from './nameField';
import { MAX_BY_WHEN_CHARS, MAX_NOTE_CHARS } from './protocol';
import type { PhoneActivity } from './protocol';
import { buildReflectionField, NOTHING_TO_COPY_TEXT, withReflection } from './reflectionField';
import type { ReflectionActions } from './reflectionField';

/** A note as the form hands it over, before the outbox gives it an id. */
export interface NoteDraft {
  activityId: string;
  text: string;
  columnId?: string;
  name?: string;
  /** A commitment's "by when", as typed (absent when the activity takes none). */
  byWhen?: string;
}

/** Why a note was not sent, and the field to fix. */
export interface SendProblem {
  message: string;
  field: 'note' | 'name' | 'byWhen';
}

/** What the note form asks of the page. */
export interface NoteFormActions extends ReflectionActions {
  /** Sends the note; returns why not, or null once it is in the outbox. */
  send(draft: NoteDraft): SendProblem | null;
  /** The text kept for this activity (what was typed before a reload, or before the room moved on). */
  draftOf(activityId: string): string;
  draftChanged(activityId: string, text: string): void;
  /** The "by when" kept for a commitments activity, like its note's draft. */
  byWhenOf(activityId: string): string;
  byWhenChanged(activityId: string, text: string): void;
  nameChanged(name: string): void;
}

/** One activity's note form: built again only when the activity (or what it asks for) changes, so typing survives updates. */
export interface NoteForm {
  element: HTMLFormElement;
  /** The column picked, to pick it again if the form is rebuilt for the same activity. */
  column(): string | undefined;
}

/** The mode line, said before anyone types: whether the room will see who wrote what. */
export function modeText(named: boolean): string {
  return named ? 'Named: your name is shown with your answers.' : 'Anonymous: your name is not shown.';
}

/** The words a map's note form adds: the note does not land on the map by itself. */
export const TO_TRAY_TEXT = 'Your note goes to the facilitator, who places it on the map.';

function columnChoices(doc: Document, activity: PhoneActivity, picked: string | undefined): { element: HTMLFieldSetElement; value(): string | undefined } {
  const first = activity.columns[0];
  const chosen = activity.columns.some((column) => column.id === picked) ? picked : first ? first.id : undefined;
  const radios: HTMLInputElement[] = [];
  const fieldset = element(doc, 'fieldset', { className: 'choices' }, [element(doc, 'legend', { className: 'label', text: 'Column' })]);
  for (const column of activity.columns) {
    const radio = element(doc, 'input', { testId: 'phone-column-' + column.id, attrs: { type: 'radio', name: 'column', value: column.id } });
    radio.checked = column.id === chosen;
    radios.push(radio);
    fieldset.appendChild(element(doc, 'label', { className: 'choice' }, [radio, element(doc, 'span', { text: column.label })]));
  }
  return {
    element: fieldset,
    value() {
      for (const radio of radios) if (radio.checked) return radio.value;
      return chosen;
    },
  };
}

/** The note box's label: what the activity asks for. */
export function noteLabel(activity: PhoneActivity): string {
  if (activity.kind === 'reflection') return 'Share with the room';
  return activity.kind === 'commitments' ? 'Your next step' : 'Your note';
}

/**
 * Builds the form for an activity that takes notes from phones. A reflection adds private writing above the share
 * box (kept on the phone, never sent); a commitment adds its "by when".
 */
export function buildNoteForm(doc: Document, activity: PhoneActivity, name: string, pickedColumn: string | undefined, actions: NoteFormActions): NoteForm {
  const form = element(doc, 'form', { className: 'note-form', attrs: { novalidate: '' } });
  form.appendChild(element(doc, 'p', { className: 'mode', text: modeText(activity.named), testId: 'phone-mode' }));
  const error = element(doc, 'p', { className: 'error', attrs: { 'aria-live': 'polite' } });

  const reflection = activity.kind === 'reflection' ? buildReflectionField(doc, activity.id, actions) : null;
  if (reflection) form.appendChild(reflection.element);

  let nameInput: HTMLInputElement | null = null;
  if (activity.named) {
    // A commitment's name is who will do it.
    const field = buildNameField(doc, activity.kind === 'commitments' ? 'Who (your name)' : 'Your name', name, (typed) => actions.nameChanged(typed));
    for (const node of field.nodes) form.appendChild(node);
    nameInput = field.input;
  }

  const textarea = element(doc, 'textarea', {
    className: 'input note-input',
    testId: 'phone-note-input',
    attrs: { id: 'phone-note', name: 'note', rows: '4', maxlength: String(MAX_NOTE_CHARS) },
  });
  textarea.value = actions.draftOf(activity.id);
  textarea.addEventListener('input', () => actions.draftChanged(activity.id, textarea.value));
  form.appendChild(element(doc, 'label', { className: 'label', text: noteLabel(activity), attrs: { for: 'phone-note' } }));
  form.appendChild(textarea);

  if (reflection) {
    const copy = element(doc, 'button', { className: 'button button-quiet', text: 'Copy my reflection into it', testId: 'phone-reflection-copy', attrs: { type: 'button' } });
    copy.addEventListener('click', () => {
      const next = withReflection(textarea.value, reflection.textarea.value);
      error.textContent = reflection.textarea.value.trim() === '' ? NOTHING_TO_COPY_TEXT : '';
      if (next !== textarea.value) {
        textarea.value = next;
        actions.draftChanged(activity.id, next);
      }
      (error.textContent ? reflection.textarea : textarea).focus();
    });
    form.appendChild(copy);
  }

  let byWhen: HTMLInputElement | null = null;
  if (activity.kind === 'commitments') {
    byWhen = element(doc, 'input', {
      className: 'input',
      testId: 'phone-by-when',
      attrs: { id: 'phone-by-when', type: 'text', name: 'byWhen', autocomplete: 'off', maxlength: String(MAX_BY_WHEN_CHARS) },
    });
    byWhen.value = actions.byWhenOf(activity.id);
    const typed = byWhen;
    typed.addEventListener('input', () => actions.byWhenChanged(activity.id, typed.value));
    form.appendChild(element(doc, 'label', { className: 'label', text: 'By when (optional)', attrs: { for: 'phone-by-when' } }));
    form.appendChild(byWhen);
  }

  let columns: ReturnType<typeof columnChoices> | null = null;
  if (activity.columns.length > 0) {
    columns = columnChoices(doc, activity, pickedColumn);
    form.appendChild(columns.element);
  }
  if (activity.toTray) form.appendChild(element(doc, 'p', { className: 'hint', text: TO_TRAY_TEXT }));

  form.appendChild(error);
  form.appendChild(element(doc, 'button', { className: 'button', text: 'Send', testId: 'phone-send', attrs: { type: 'submit' } }));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const draft: NoteDraft = { activityId: activity.id, text: textarea.value };
    const column = columns ? columns.value() : undefined;
    if (column !== undefined) draft.columnId = column;
    if (nameInput) draft.name = nameInput.value;
    if (byWhen) draft.byWhen = byWhen.value;
    const problem = actions.send(draft);
    error.textContent = problem ? problem.message : '';
    if (!problem) {
      textarea.value = '';
      if (byWhen) byWhen.value = '';
    } else if (problem.field === 'name' && nameInput) nameInput.focus();
    else if (problem.field === 'byWhen' && byWhen) byWhen.focus();
    else textarea.focus();
  });

  return { element: form, column: () => (columns ? columns.value() : undefined) };
}
