/** What `element` sets on a new element; text always goes in as text, never as HTML. */
export interface ElementProps {
  className?: string;
  text?: string;
  testId?: string;
  attrs?: Record<string, string>;
}

/** A new element with its class, text, test id and attributes, and these children. */
export function element<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: ElementProps = {}, children: Node[] = []): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (props.className !== undefined) node.className = props.className;
  if (props.text !== undefined) node.textContent = props.text;
  if (props.testId !== undefined) node.setAttribute('data-testid', props.testId);
  if (props.attrs) for (const name of Object.keys(props.attrs)) node.setAttribute(name, props.attrs[name] as string);
  for (const child of children) node.appendChild(child);
  return node;
}

/** Removes every child (Element.replaceChildren is too new for the phones in the room). */
export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

/** Sets an element's text only when it changed, so a screen reader does not hear it again. */
export function setText(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
