import { useId, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { MAX_FACILITATOR_NAME } from '../../../shared/report/reportAudience';
import type { ReportExport, ReportFormat } from '../../../shared/report/reportAudience';
import { Modal } from '../../ui/Modal';
import './exportReport.css';

/** What the facilitator chose to export. */
export interface ReportChoice {
  audience: ReportExport;
  format: ReportFormat;
  /** The facilitator's name, trimmed; empty to show none. Absent when none was given and the session has none to replace. */
  facilitator?: string;
  /** Run sheet only: when the session starts, 24-hour "HH:MM"; absent to count from the beginning. */
  startsAt?: string;
}

/** Where the control window remembers the facilitator's name last given at export, for the next export on this computer. */
export const FACILITATOR_NAME_KEY = 'groundwork.report.facilitatorName';

/** The name last given on this computer; storage that is missing, blocked or throwing gives none. */
function rememberedFacilitatorName(): string {
  try {
    return globalThis.localStorage?.getItem(FACILITATOR_NAME_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the name for next time (an empty one is forgotten); storage that refuses only costs the memory. */
function rememberFacilitatorName(name: string): void {
  try {
    if (name) globalThis.localStorage?.setItem(FACILITATOR_NAME_KEY, name);
    else globalThis.localStorage?.removeItem(FACILITATOR_NAME_KEY);
  } catch {
    // Not remembered: the field starts empty next time, and this export goes ahead.
  }
}

const EXPORTS: readonly { value: ReportExport; label: string; hint: string }[] = [
  { value: 'client', label: 'Client report', hint: 'To send to the group: a short summary and what the room said. No hidden notes, no timings.' },
  { value: 'facilitator', label: 'Facilitator record', hint: 'For you: everything, with the notes hidden from the room, planned against actual times and the quotes read out.' },
  { value: 'run-sheet', label: 'Run sheet', hint: 'The plan and your script, to print before the session: start times, prompts, quotes and materials.' },
];

/** A 24-hour "HH:MM", as a time field gives it (an unfinished entry gives ""). */
const PLANNED_START = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What the confirm button says for each choice. */
const EXPORT_NAMES: Record<ReportExport, string> = { client: 'client report', facilitator: 'facilitator record', 'run-sheet': 'run sheet' };

const FORMATS: readonly { value: ReportFormat; label: string; hint: string }[] = [
  { value: 'markdown', label: 'Markdown (.md)', hint: 'Text for e-mail, documents and note apps.' },
  { value: 'html', label: 'Printable page (.html)', hint: 'Open it in a browser to read or print.' },
  { value: 'pdf', label: 'PDF (.pdf)', hint: 'Laid out on A4, ready to print or send.' },
];

/** Props of the export dialog. */
export interface ExportReportDialogProps {
  onExport: (choice: ReportChoice) => void;
  onCancel: () => void;
  /** The host can print to PDF (the desktop app): PDF is offered. */
  pdf?: boolean;
  /** The facilitator's name the session holds, filled in first; without it, the name last given on this computer. */
  sessionFacilitator?: string;
  /** When the session is planned to start (its workshop's `plannedStart`), filled in for the run sheet. */
  sessionPlannedStart?: string;
}

/**
 * Asks what to export before it is written: the client report (chosen at first), the facilitator record or the run
 * sheet, in which format (PDF only where the host can print), and the facilitator's name for the reports or, for the
 * run sheet, when the session starts.
 * Arrow keys move within a group, Enter exports (from a choice or the name), Escape cancels.
 */
export function ExportReportDialog({ onExport, onCancel, pdf = false, sessionFacilitator, sessionPlannedStart }: ExportReportDialogProps) {
  const [audience, setAudience] = useState<ReportExport>('client');
  const [format, setFormat] = useState<ReportFormat>('markdown');
  const [name, setName] = useState(() => sessionFacilitator ?? rememberedFacilitatorName());
  const [startsAt, setStartsAt] = useState(sessionPlannedStart ?? '');
  const nameId = useId();
  const startsAtId = useId();
  const runSheet = audience === 'run-sheet';
  const exportChoice = () => {
    // The run sheet is the plan: it names no facilitator, and is timed from the start when one is given.
    if (runSheet) {
      onExport({ audience, format, ...(PLANNED_START.test(startsAt) ? { startsAt } : {}) });
      return;
    }
    const trimmed = name.trim();
    rememberFacilitatorName(trimmed);
    // An emptied name is sent as empty only where it has to replace the session's own.
    const facilitator = trimmed !== '' || sessionFacilitator ? trimmed : undefined;
    onExport({ audience, format, ...(facilitator === undefined ? {} : { facilitator }) });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    exportChoice();
  };
  // Enter on a choice or in the name exports, in every browser (not all submit a form from a radio button by themselves).
  const enterExports = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing || !(event.target instanceof HTMLInputElement)) return;
    if (event.target.type !== 'radio' && event.target.type !== 'text' && event.target.type !== 'time') return;
    event.preventDefault();
    exportChoice();
  };
  const formats = FORMATS.filter((option) => option.value !== 'pdf' || pdf);
  return (
    <Modal title="Export report" onClose={onCancel} testId="export-report-dialog">
      <form onSubmit={submit} onKeyDown={enterExports}>
        <fieldset className="report-choices">
          <legend className="field-label">What to export</legend>
          {EXPORTS.map((option) => (
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
          {formats.map((option) => (
            <label key={option.value} className="report-choice">
              <input type="radio" name="report-format" value={option.value} checked={format === option.value} onChange={() => setFormat(option.value)} data-testid={`report-format-${option.value}`} />
              <span>
                <span className="report-choice-label">{option.label}</span>
                <span className="report-choice-hint">{option.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {runSheet ? (
          <div className="report-name">
            <label htmlFor={startsAtId} className="field-label">
              Starts at
            </label>
            <input
              id={startsAtId}
              className="input report-starts-at"
              type="time"
              value={startsAt}
              onChange={(event) => setStartsAt(event.target.value)}
              aria-describedby={`${startsAtId}-hint`}
              data-testid="report-starts-at"
            />
            <p id={`${startsAtId}-hint`} className="report-choice-hint">
              Gives each activity its clock time. Leave it empty to count from the beginning.
            </p>
          </div>
        ) : (
          <div className="report-name">
            <label htmlFor={nameId} className="field-label">
              Your name (shown on the client report)
            </label>
            <input
              id={nameId}
              className="input"
              type="text"
              autoComplete="name"
              maxLength={MAX_FACILITATOR_NAME}
              value={name}
              onChange={(event) => setName(event.target.value)}
              data-testid="report-facilitator-name"
            />
          </div>
        )}
        <div className="modal-actions">
          <button type="button" className="btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary" data-testid="export-report-confirm">
            Export {EXPORT_NAMES[audience]}
          </button>
        </div>
      </form>
    </Modal>
  );
}
