import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { legibleFloorPx } from '../../../renderer/projector/fit/legibility';

/** One thing wrong with a screen's layout that a person would notice, naming the element. */
export interface LayoutFault {
  kind: 'cut-text' | 'unreachable' | 'covered' | 'overlap' | 'too-small';
  element: string;
  detail: string;
}

/** What the check knows of a screen. */
export interface LayoutCheckOptions {
  /** Text smaller than this is a fault (the projector's legibility floor); none by default. */
  minTextPx?: number;
  /** Elements placed by their data, which may lie over each other by design (a map's notes at nearby points). */
  placedByData?: string;
}

/**
 * Looks at the page as it is drawn now and lists what a person would notice: text cut by its own box (unless the box
 * scrolls), a control outside the window with no way to scroll to it, a control covered at its centre by something
 * else, two controls or cards drawn over each other, and text under `minTextPx`. Screens that hold more than fits
 * must fold or scroll by design: an element in a scrolling box is judged where the box shows it, and folded or
 * hidden content is not drawn, so it is not judged. Screen-reader-only text (a 1 px box) is not looked at. Text cut
 * with an ellipsis passes only where hovering shows all of it (a `title`); elements placed by their data
 * (`placedByData`) may lie over each other. While a modal dialog is open, only the dialog is looked at. Text marked
 * `data-facilitator-only` is not held to the room's legibility floor.
 */
export async function layoutFaults(page: Page, options: LayoutCheckOptions = {}): Promise<LayoutFault[]> {
  return page.evaluate(({ minTextPx, placedByData }) => {
    const placed = (element: Element): boolean => placedByData !== undefined && element.closest(placedByData) !== null;
    const faults: { kind: 'cut-text' | 'unreachable' | 'covered' | 'overlap' | 'too-small'; element: string; detail: string }[] = [];
    const name = (element: Element): string => {
      const id = element.getAttribute('data-testid');
      const label = element.getAttribute('aria-label');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `<${element.tagName.toLowerCase()}${id ? ` data-testid="${id}"` : ''}>${label ? ` "${label}"` : text ? ` "${text}"` : ''}`;
    };
    const drawn = (element: Element): boolean => {
      if (element.closest('[hidden], [inert], [aria-hidden="true"]')) return false;
      const style = getComputedStyle(element);
      if (style.visibility !== 'visible' || Number(style.opacity) === 0) return false;
      const box = element.getBoundingClientRect();
      // A 1 px box is text for screen readers only.
      return box.width > 1 && box.height > 1;
    };
    const scrolls = (element: Element): boolean => {
      const style = getComputedStyle(element);
      return /(auto|scroll)/.test(style.overflowX + style.overflowY);
    };
    /** The part of the window where an element can be seen: the window cut by every scrolling or clipping box around it. */
    const visibleArea = (element: Element): DOMRect => {
      let area = new DOMRect(0, 0, window.innerWidth, window.innerHeight);
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const box = parent.getBoundingClientRect();
        const left = Math.max(area.left, box.left);
        const top = Math.max(area.top, box.top);
        area = new DOMRect(left, top, Math.max(0, Math.min(area.right, box.right) - left), Math.max(0, Math.min(area.bottom, box.bottom) - top));
      }
      return area;
    };
    const inScroller = (element: Element): boolean => {
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        if (scrolls(parent) && (parent.scrollHeight > parent.clientHeight + 1 || parent.scrollWidth > parent.clientWidth + 1)) return true;
      }
      const root = document.scrollingElement ?? document.documentElement;
      return root.scrollHeight > window.innerHeight + 1 || root.scrollWidth > window.innerWidth + 1;
    };

    // Behind a modal dialog the page is inert and covered on purpose: only the dialog is judged then.
    const modal = document.querySelector('dialog:modal');
    const all = Array.from((modal ?? document.body).querySelectorAll('*')).filter(drawn);

    // Text cut by its own box: the box clips (hidden or clip, an ellipsis, a line clamp) and its content is larger.
    for (const element of all) {
      if (!(element instanceof HTMLElement)) continue;
      const hasText = Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
      const isField = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement;
      if (!hasText || isField || scrolls(element)) continue;
      const style = getComputedStyle(element);
      const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (!clips) continue;
      // Cut short on purpose (an ellipsis, a line clamp) is fine where hovering shows the whole text (a file name on a laptop).
      const squeezed = (text: string): string => text.replace(/\s+/g, '');
      const onPurpose = style.textOverflow === 'ellipsis' || (style.webkitLineClamp !== '' && style.webkitLineClamp !== 'none');
      if (onPurpose && squeezed(element.closest('[title]')?.getAttribute('title') ?? '').includes(squeezed(element.textContent ?? ''))) continue;
      const wide = element.scrollWidth - element.clientWidth;
      const tall = element.scrollHeight - element.clientHeight;
      if (wide > 1 || tall > 1) faults.push({ kind: 'cut-text', element: name(element), detail: `${wide > 1 ? `${wide}px too wide` : ''}${wide > 1 && tall > 1 ? ', ' : ''}${tall > 1 ? `${tall}px too tall` : ''}` });
    }

    const controls = all.filter((element) =>
      element.matches('button, a[href], input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="tab"], [role="checkbox"], [role="switch"], [tabindex]:not([tabindex="-1"])'),
    );

    // A control must be reachable: inside the window, or in a box that scrolls to it; and not covered at its centre.
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const area = visibleArea(control);
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const shown = x >= area.left && x <= area.right && y >= area.top && y <= area.bottom;
      if (!shown) {
        if (!inScroller(control)) faults.push({ kind: 'unreachable', element: name(control), detail: `centre at ${Math.round(x)},${Math.round(y)}, outside what the window shows, and nothing scrolls to it` });
        continue;
      }
      const top = document.elementFromPoint(x, y);
      // A control's own label may lie over it (a styled checkbox); anything else at its centre takes the click.
      const ownLabel = top?.closest('label')?.control === control;
      const bothPlaced = placed(control) && top !== null && placed(top);
      if (top && top !== control && !control.contains(top) && !top.contains(control) && !ownLabel && !bothPlaced) {
        faults.push({ kind: 'covered', element: name(control), detail: `covered at its centre by ${name(top)}` });
      }
    }

    // Controls and cards drawn over each other (neither inside the other), where both are seen.
    const boxes = all.filter((element) => controls.includes(element) || /(^|[\s-])card($|[\s-])/.test(element.className.toString()));
    const seen = boxes.map((element) => {
      const box = element.getBoundingClientRect();
      const area = visibleArea(element);
      const left = Math.max(box.left, area.left);
      const top = Math.max(box.top, area.top);
      return { element, left, top, right: Math.min(box.right, area.right), bottom: Math.min(box.bottom, area.bottom) };
    });
    for (let i = 0; i < seen.length; i++) {
      const a = seen[i];
      if (!a || a.right - a.left < 1 || a.bottom - a.top < 1) continue;
      for (let j = i + 1; j < seen.length; j++) {
        const b = seen[j];
        if (!b || a.element.contains(b.element) || b.element.contains(a.element) || (placed(a.element) && placed(b.element))) continue;
        const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // A shared border (a pixel) is not an overlap.
        if (width > 2 && height > 2) faults.push({ kind: 'overlap', element: name(a.element), detail: `overlaps ${name(b.element)} by ${Math.round(width)}×${Math.round(height)}px` });
      }
    }

    if (minTextPx !== undefined) {
      for (const element of all) {
        const hasText = Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '');
        // A notice meant for the facilitator's glance (a reconnecting pill) is not text for the room.
        if (!hasText || element.closest('[data-facilitator-only]')) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < minTextPx - 0.05) faults.push({ kind: 'too-small', element: name(element), detail: `${size.toFixed(1)}px, under ${minTextPx.toFixed(1)}px` });
      }
    }
    return faults;
  }, options);
}

/** Fails, listing each fault by element, when the page's layout has any (see `layoutFaults`). */
export async function expectCleanLayout(page: Page, screen: string, options: LayoutCheckOptions = {}): Promise<void> {
  const faults = await layoutFaults(page, options);
  expect.soft(faults.map((fault) => `${fault.kind}: ${fault.element}: ${fault.detail}`), `layout of ${screen}`).toEqual([]);
}

/**
 * The layout check with what each window knows: on the projector, text under the legibility floor for its height is a
 * fault too; on both, a map's notes may lie over each other where the room placed them close together.
 */
export async function expectCleanScreen(page: Page, screen: string): Promise<void> {
  const projector = new URL(page.url()).pathname.includes('presenter');
  const height = page.viewportSize()?.height ?? 0;
  // The projector's map never draws one chip over another (a crowded place shows dots), so only the control board's
  // chips, which the facilitator may drop on each other, are allowed to overlap.
  await expectCleanLayout(page, screen, projector ? { minTextPx: legibleFloorPx(height) } : { placedByData: '[data-testid="map-chip"]' });
}
