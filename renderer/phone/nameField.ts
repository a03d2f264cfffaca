import { element } from './dom';
import { suggestName } from './friendlyNames';
import { MAX_NAME_CHARS } from './protocol';

/** The name field of a named activity, with its "Suggest a name" button. */
export interface NameField {
  /** The label, the input and the button, in order, for the form to append. */
  nodes: HTMLElement[];
  input: HTMLInputElement;
}

/** Builds the name field: typing or taking a suggestion both go through `nameChanged`, so the name is kept. */
export function buildNameField(doc: Document, label: string, name: string, nameChanged: (name: string) => void): NameField {
  const input = element(doc, 'input', {
    className: 'input',
    testId: 'phone-name-input',
    attrs: { id: 'phone-name', type: 'text', name: 'name', autocomplete: 'name', maxlength: String(MAX_NAME_CHARS), required: '' },
  });
  input.value = name;
  input.addEventListener('input', () => nameChanged(input.value));
  const suggest = element(doc, 'button', {
    className: 'button button-small button-quiet',
    text: 'Suggest a name',
    testId: 'phone-suggest-name',
    attrs: { type: 'button' },
  });
  suggest.addEventListener('click', () => {
    input.value = suggestName(input.value);
    nameChanged(input.value);
  });
  return { nodes: [element(doc, 'label', { className: 'label', text: label, attrs: { for: 'phone-name' } }), input, suggest], input };
}
