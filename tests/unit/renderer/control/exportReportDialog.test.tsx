// @vitest-environment jsdom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportReportDialog, FACILITATOR_NAME_KEY } from '../../../../renderer/control/files/ExportReportDialog';
import type { ReportChoice } from '../../../../renderer/control/files/ExportReportDialog';
import { mountReact } from '../mountReact';

// jsdom has <dialog> but none of its methods; Modal opens with showModal and closes with close, as a browser would.
const dialogProto = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
dialogProto.showModal ??= function (this: HTMLDialogElement) {
  this.setAttribute('open', '');
};
dialogProto.close ??= function (this: HTMLDialogElement) {
  this.removeAttribute('open');
};

beforeEach(() => {
  localStorage.clear();
});
afterEach(() => {
  vi.restoreAllMocks();
});

function mountDialog(props: { pdf?: boolean; sessionFacilitator?: string; sessionPlannedStart?: string } = {}) {
  const exported: ReportChoice[] = [];
  let cancelled = 0;
  const container = mountReact(
    <ExportReportDialog
      {...props}
      onExport={(choice) => exported.push(choice)}
      onCancel={() => {
        cancelled += 1;
      }}
    />,
  );
  const input = (testId: string) => container.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`) as HTMLInputElement;
  return { container, exported, cancelled: () => cancelled, input };
}

describe('the export dialog', () => {
  it('starts on the client report in Markdown, focused, and says what each choice leaves out', () => {
    const { container, input } = mountDialog();
    expect(input('report-audience-client').checked).toBe(true);
    expect(input('report-format-markdown').checked).toBe(true);
    expect(document.activeElement).toBe(input('report-audience-client'));
    expect(container.textContent).toContain('No hidden notes, no timings.');
    expect(container.querySelectorAll('fieldset legend')).toHaveLength(2);
  });

  it('exports the client report with Enter on the first choice', () => {
    const { exported, input } = mountDialog();
    act(() => {
      input('report-audience-client').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    expect(exported).toEqual([{ audience: 'client', format: 'markdown' }]);
  });

  it('exports the facilitator record as a printable page once chosen, from the button that names it', () => {
    const { container, exported, input } = mountDialog();
    act(() => input('report-audience-facilitator').click());
    act(() => input('report-format-html').click());
    const button = container.querySelector<HTMLButtonElement>('[data-testid="export-report-confirm"]');
    expect(button?.textContent).toBe('Export facilitator record');
    act(() => button?.click());
    expect(exported).toEqual([{ audience: 'facilitator', format: 'html' }]);
  });

  it('cancels on Escape without exporting', () => {
    const { container, exported, cancelled } = mountDialog();
    act(() => {
      container.querySelector('dialog')?.dispatchEvent(new Event('cancel', { cancelable: true }));
    });
    expect(cancelled()).toBe(1);
    expect(exported).toEqual([]);
  });

  it('offers the run sheet as a third thing to export, says what it is for, and exports it', () => {
    const { container, exported, input } = mountDialog();
    expect(container.querySelector('fieldset legend')?.textContent).toBe('What to export');
    expect(input('report-audience-run-sheet').closest('label')?.textContent).toContain('Run sheet');
    expect(input('report-audience-run-sheet').closest('label')?.textContent).toMatch(/the plan and your script, to print before the session/i);
    act(() => input('report-audience-run-sheet').click());
    act(() => input('report-format-html').click());
    const button = container.querySelector<HTMLButtonElement>('[data-testid="export-report-confirm"]');
    expect(button?.textContent).toBe('Export run sheet');
    act(() => button?.click());
    expect(exported).toEqual([{ audience: 'run-sheet', format: 'html' }]);
  });

  it('asks when the session starts for the run sheet only, filled in from the session, and sends it', () => {
    const { container, exported, input } = mountDialog({ sessionPlannedStart: '09:00' });
    expect(input('report-starts-at')).toBeNull();
    act(() => input('report-audience-run-sheet').click());
    const startsAt = input('report-starts-at');
    expect(startsAt.type).toBe('time');
    expect(container.querySelector(`label[for="${startsAt.id}"]`)?.textContent).toBe('Starts at');
    expect(startsAt.value).toBe('09:00');
    typeInto(startsAt, '13:30');
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="export-report-confirm"]')?.click());
    expect(exported).toEqual([{ audience: 'run-sheet', format: 'markdown', startsAt: '13:30' }]);
  });

  it('sends no start when it is left empty: the run sheet counts from the beginning', () => {
    const { container, exported, input } = mountDialog();
    act(() => input('report-audience-run-sheet').click());
    expect(input('report-starts-at').value).toBe('');
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="export-report-confirm"]')?.click());
    expect(exported).toEqual([{ audience: 'run-sheet', format: 'markdown' }]);
  });

  it('offers PDF only where the host can print', () => {
    expect(mountDialog().input('report-format-pdf')).toBeNull();
    const { container, exported, input } = mountDialog({ pdf: true });
    act(() => input('report-format-pdf').click());
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="export-report-confirm"]')?.click());
    expect(exported).toEqual([{ audience: 'client', format: 'pdf' }]);
  });

  it('asks for the facilitator’s name, filled in from the session, and sends it trimmed', () => {
    localStorage.setItem(FACILITATOR_NAME_KEY, 'Someone Else');
    const { container, exported, input } = mountDialog({ sessionFacilitator: 'Jo Rivers' });
    const name = input('report-facilitator-name');
    expect(container.querySelector(`label[for="${name.id}"]`)?.textContent).toBe('Your name (shown on the client report)');
    expect(name.value).toBe('Jo Rivers');
    expect(name.maxLength).toBe(100);
    typeInto(name, '  Sam Okafor ');
    act(() => container.querySelector<HTMLButtonElement>('[data-testid="export-report-confirm"]')?.click());
    expect(exported).toEqual([{ audience: 'client', format: 'markdown', facilitator: 'Sam Okafor' }]);
  });

  it('fills in the name last used on this computer, and remembers the one sent', () => {
    localStorage.setItem(FACILITATOR_NAME_KEY, 'Jo Rivers');
    const { exported, input } = mountDialog();
    expect(input('report-facilitator-name').value).toBe('Jo Rivers');
    typeInto(input('report-facilitator-name'), 'Sam Okafor');
    pressEnter(input('report-facilitator-name'));
    expect(exported).toEqual([{ audience: 'client', format: 'markdown', facilitator: 'Sam Okafor' }]);
    expect(localStorage.getItem(FACILITATOR_NAME_KEY)).toBe('Sam Okafor');
  });

  it('exports with Enter in the name field, and sends an emptied name as none where the session had one', () => {
    const { exported, input } = mountDialog({ sessionFacilitator: 'Jo Rivers' });
    typeInto(input('report-facilitator-name'), '   ');
    pressEnter(input('report-facilitator-name'));
    expect(exported).toEqual([{ audience: 'client', format: 'markdown', facilitator: '' }]);
    expect(localStorage.getItem(FACILITATOR_NAME_KEY)).toBeNull();
  });

  it('opens and exports where the window’s storage throws', () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    const { exported, input } = mountDialog();
    expect(input('report-facilitator-name').value).toBe('');
    typeInto(input('report-facilitator-name'), 'Sam');
    pressEnter(input('report-facilitator-name'));
    expect(exported).toEqual([{ audience: 'client', format: 'markdown', facilitator: 'Sam' }]);
  });
});

/** Types into a text field as React hears it (the native value setter, then an input event). */
function typeInto(field: HTMLInputElement, text: string): void {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the field as `this` just below
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    setValue?.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function pressEnter(field: HTMLElement): void {
  act(() => {
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
}
