import { element, setText } from './dom';

/** The form asking for the room's code, when the address had none or the code was wrong. */
export interface JoinForm {
  element: HTMLFormElement;
  /** Shows a sentence under the field ('' for none). */
  setError(text: string): void;
  /** Empties the field and puts the cursor in it. */
  reset(): void;
}

/** Builds the join form; `join` gets what was typed. */
export function buildJoinForm(doc: Document, join: (typed: string) => void): JoinForm {
  const input = element(doc, 'input', {
    className: 'code-input',
    testId: 'phone-code-input',
    attrs: {
      id: 'phone-code',
      type: 'text',
      name: 'code',
      inputmode: 'text',
      autocapitalize: 'characters',
      autocomplete: 'off',
      autocorrect: 'off',
      spellcheck: 'false',
      maxlength: '4',
      'aria-describedby': 'phone-code-error',
    },
  });
  const error = element(doc, 'p', { className: 'error', attrs: { id: 'phone-code-error', 'aria-live': 'polite' } });
  const form = element(doc, 'form', { className: 'join', attrs: { novalidate: '' } }, [
    element(doc, 'h2', { text: 'Join the room' }),
    element(doc, 'label', { className: 'label', text: 'Room code (on the projector)', attrs: { for: 'phone-code' } }),
    input,
    error,
    element(doc, 'button', { className: 'button', text: 'Join', testId: 'phone-join', attrs: { type: 'submit' } }),
  ]);
  form.addEventListener('submit', (event) => {
    // Nothing is posted anywhere (the page's policy forbids it): the code opens the socket.
    event.preventDefault();
    join(input.value);
  });
  return {
    element: form,
    setError: (text) => setText(error, text),
    reset() {
      input.value = '';
      input.focus();
    },
  };
}
