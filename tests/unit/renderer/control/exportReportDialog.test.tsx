// @vitest-environment jsdom
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { ExportReportDialog } from '../../../../renderer/control/files/ExportReportDialog';
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

function mountDialog() {
  const exported: ReportChoice[] = [];
  let cancelled = 0;
  const container = mountReact(
    <ExportReportDialog
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
});
