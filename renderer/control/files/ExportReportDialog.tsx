import { useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import type { ReportAudience, ReportFormat } from '../../../shared/report/reportAudience';
import { Modal } from '../../ui/Modal';
import './exportReport.css';

/** What the facilitator chose to export. */
export interface ReportChoice {
  audience: ReportAudience;
  format: ReportFormat;
}

const AUDIENCES: readonly { value: ReportAudience; label: string; hint: string }[] = [
  { value: 'client', label: 'Client report', hint: 'To send to the group: a short summary and what the room said. No hidden notes, no timings.' },
  { value: 'facilitator', label: 'Facilitator record', hint: 'For you: everything, with the notes hidden from the room and planned against actual times.' },
];

const FORMATS: readonly { value: ReportFormat; label: string; hint: string }[] = [
  { value: 'markdown', label: 'Markdown (.md)', hint: 'Text for e-mail, documents and note apps.' },
  { value: 'html', label: 'Printable page (.html)', hint: 'Open it in a browser to read or print.' },
];

/**
 * Asks which report to export before it is written: the client report (chosen at first) or the facilitator record,
 * as Markdown or a printable page. Arrow keys move within a group, Enter exports, Escape cancels.
 */
export function ExportReportDialog({ onExport, onCancel }: { onExport: (choice: ReportChoice) => void; onCancel: () => void }) {
  const [audience, setAudience] = useState<ReportAudience>('client');
  const [format, setFormat] = useState<ReportFormat>('markdown');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onExport({ audience, format });
  };
  // Enter on a choice exports, in every browser (not all submit a form from a radio button by themselves).
  const enterExports = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || !(event.target instanceof HTMLInputElement) || event.target.type !== 'radio') return;
    event.preventDefault();
    onExport({ audience, format });
  };
  return (
    <Modal title="Export report" onClose={onCancel} className="modal-small" testId="export-report-dialog">
      <form onSubmit={submit} onKeyDown={enterExports}>
        <p className="modal-text">Choose who the report is for. The client report is ready to send; the facilitator record keeps everything for you.</p>
        <fieldset className="report-choices">
          <legend className="field-label">Report</legend>
          {AUDIENCES.map((option) => (
            <label key={option.value} className="report-choice">
              <input
                type="radio"
                name="report-audience"
                value={option.value}
                checked={audience === option.value}
                onChange={() => setAudience(option.value)}
                data-testid={`report-audience-${option.value}`}
                data-autofocus={option.value === 'client' ? true : undefined}
              />
              <span>
                <span className="report-choice-label">{option.label}</span>
                <span className="report-choice-hint">{option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="report-choices">
          <legend className="field-label">Format</legend>
          {FORMATS.map((option) => (
            <label key={option.value} className="report-choice">
              <input type="radio" name="report-format" value={option.value} checked={format === option.value} onChange={() => setFormat(option.value)} data-testid={`report-format-${option.value}`} />
              <span>
                <span className="report-choice-label">{option.label}</span>
                <span className="report-choice-hint">{option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" data-testid="export-report-confirm">
            Export {audience === 'client' ? 'client report' : 'facilitator record'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
