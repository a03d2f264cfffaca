import { element } from './dom';
import { MAX_NOTE_CHARS } from './protocol';

/** The label of a reflection's private writing. */
export const REFLECTION_LABEL = 'Your reflection (only on this phone)';
/** The line under it: what is written there is never sent. */
export const REFLECTION_PRIVATE_TEXT = 'This stays on this phone and is never sent. Share only what you choose, below.';
/** What the copy button says when there is nothing to copy yet. */
export const NOTHING_TO_COPY_TEXT = 'Write your reflection first, then copy what you want to share.';

/** What the private part asks of the page: the writing kept per activity, in storage, never in the outbox. */
export interface ReflectionActions {
  /** The private writing kept for this reflection ('' when none). */
  reflectionOf(activityId: string): string;
  reflectionChanged(activityId: string, text: string): void;
}

/** The private writing of a reflection: its label, the "never sent" line and the textarea. */
export interface ReflectionField {
  element: HTMLElement;
  textarea: HTMLTextAreaElement;
}

/**
 * Builds the private part. The textarea has no `name`, so not even a form submitted by the browser could carry it; it
 * is filled from storage, so a rebuilt form or a reloaded page shows what was written.
 */
export function buildReflectionField(doc: Document, activityId: string, actions: ReflectionActions): ReflectionField {
  const textarea = element(doc, 'textarea', {
    className: 'input note-input',
    testId: 'phone-reflection-private',
    attrs: { id: 'phone-reflection', rows: '6', 'aria-describedby': 'phone-reflection-hint' },
  });
  textarea.value = actions.reflectionOf(activityId);
  textarea.addEventListener('input', () => actions.reflectionChanged(activityId, textarea.value));
  const section = element(doc, 'div', { className: 'reflection' }, [
    element(doc, 'label', { className: 'label', text: REFLECTION_LABEL, attrs: { for: 'phone-reflection' } }),
    element(doc, 'p', { className: 'hint', text: REFLECTION_PRIVATE_TEXT, attrs: { id: 'phone-reflection-hint' } }),
    textarea,
  ]);
  return { element: section, textarea };
}

/**
 * The share box after copying the reflection into it: the reflection alone when the box is empty, else added after
 * what is there (nothing typed is lost), cut to a note's length. Unchanged when there is nothing new to copy.
 */
export function withReflection(share: string, reflection: string): string {
  const copied = reflection.trim();
  if (copied === '' || share.indexOf(copied) !== -1) return share;
  const kept = share.replace(/\s+$/, '');
  return (kept === '' ? copied : kept + '\n\n' + copied).slice(0, MAX_NOTE_CHARS);
}
