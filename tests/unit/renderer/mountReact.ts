import { act } from 'react';
import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { afterEach } from 'vitest';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let container: HTMLElement | null = null;

/** Unmounts what `mountReact` drew after each test of the file that imports this (jsdom environment). */
afterEach(() => {
  act(() => root?.unmount());
  container?.remove();
  root = null;
  container = null;
});

/** Renders a React tree into a fresh element of the jsdom document, inside act(); returns that element. */
export function mountReact(tree: ReactNode): HTMLElement {
  const element = document.createElement('div');
  document.body.append(element);
  container = element;
  root = createRoot(element);
  act(() => root?.render(tree));
  return element;
}
