/**
 * Who an exported report is for. The client report (the default) is what a facilitator sends after the workshop:
 * what the room said and decided, with no hidden note, no timing internals and no app terms. The facilitator record
 * is everything, hidden notes (marked) and timings included. A plain list with no imports, so the control window
 * can offer the choice without loading the report.
 */
export const REPORT_AUDIENCES = ['client', 'facilitator'] as const;

/** One of `REPORT_AUDIENCES`. */
export type ReportAudience = (typeof REPORT_AUDIENCES)[number];

/**
 * What can be exported: either report, or the run sheet (the plan and the facilitator's script, to print before the
 * session). `report.export` names it `audience`, the field's name from when there were only the two reports.
 */
export const REPORT_EXPORTS = [...REPORT_AUDIENCES, 'run-sheet'] as const;

/** One of `REPORT_EXPORTS`. */
export type ReportExport = (typeof REPORT_EXPORTS)[number];

/** The file formats a report can be exported in: Markdown, a printable HTML page, or PDF (only where the host can print). */
export const REPORT_FORMATS = ['markdown', 'html', 'pdf'] as const;

/** One of `REPORT_FORMATS`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Longest facilitator's name an export takes, in characters (after trimming). */
export const MAX_FACILITATOR_NAME = 100;
