/**
 * Who an exported report is for. The client report (the default) is what a facilitator sends after the workshop:
 * what the room said and decided, with no hidden note, no timing internals and no app terms. The facilitator record
 * is everything, hidden notes (marked) and timings included. A plain list with no imports, so the control window
 * can offer the choice without loading the report.
 */
export const REPORT_AUDIENCES = ['client', 'facilitator'] as const;

/** One of `REPORT_AUDIENCES`. */
export type ReportAudience = (typeof REPORT_AUDIENCES)[number];

/** The file formats a report can be exported in: Markdown, or a printable HTML page. */
export const REPORT_FORMATS = ['markdown', 'html'] as const;

/** One of `REPORT_FORMATS`. */
export type ReportFormat = (typeof REPORT_FORMATS)[number];
