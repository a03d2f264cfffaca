import { promises as fsp } from 'node:fs';
import path from 'node:path';
import { buildSessionReport } from '../../../shared/report/buildSessionReport';
import { buildReportHtml } from '../../../shared/report/reportHtml';
import type { ReportExport, ReportFormat } from '../../../shared/report/reportAudience';
import { buildRunSheet, buildRunSheetHtml } from '../../../shared/report/runSheet';
import { SESSION_FILE_EXTENSION } from '../../../shared/session/sessionFile';
import type { SessionState } from '../../../shared/session/types';
import { atomicWrite } from '../../files/atomicWrite';
import { suggestedSessionName } from '../../../shared/session/sessionFileName';
import { checkNewFileName, refuseAppData } from '../fileRules';
import { safeFileName } from '../../../shared/util/fileNames';
import { errorCode } from '../../files/fileSystemPort';
import { describeSaveFailure } from '../diskErrors';
import type { HostContext } from '../hostContext';
import type { PdfPrinter } from '../hostTypes';
import { HostFailure } from '../hostFailure';
import type { SessionKeeper } from '../keeper/sessionKeeper';
import type { VerbGroup } from './verbTypes';
import { newFileNameIn, resolveInWorkspace, toWorkspaceRelative } from '../workspacePaths';

/** File name extension of exported Markdown reports. */
export const REPORT_EXTENSION = '.md';

/** File name extension of each report format. */
const EXTENSIONS: Record<ReportFormat, string> = { markdown: REPORT_EXTENSION, html: '.html', pdf: '.pdf' };

/** Which export is which when they sit in one folder: the client report keeps the plain name. */
const NAME_SUFFIX: Record<ReportExport, string> = { client: '', facilitator: ' (facilitator record)', 'run-sheet': ' (run sheet)' };

/** Why browser mode (or a desktop shell without a printer) writes no PDF, and what to do instead. */
export const NO_PDF_HERE = 'PDF export is in the desktop app; export a printable page and print it to PDF from your browser.';

/** Adds the format's extension (`.md` unless told otherwise) to a file name that lacks it. */
export function withReportExtension(name: string, format: ReportFormat = 'markdown'): string {
  const extension = EXTENSIONS[format];
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

/**
 * The report's default file name: the session file's name, or for an untitled session "<group> <date>", the name
 * Save As suggests for the session itself (two groups that did the same workshop on the same day get two reports);
 * then " (facilitator record)" for the facilitator's record or " (run sheet)" for the run sheet, and the format's extension.
 */
export function defaultReportName(session: SessionState, sessionFile: string | null, audience: ReportExport = 'client', format: ReportFormat = 'markdown'): string {
  const extension = EXTENSIONS[format];
  const base = sessionFile ? path.basename(sessionFile).replace(/\.groundwork$/i, '') : suggestedSessionName(session.meta.group, session.meta.date);
  return safeFileName(`${base}${NAME_SUFFIX[audience]}`, extension, 'Report');
}

/** "28 November 2026, 14:05" in the host's local time, for the report's "Exported" line. */
export function exportedAtLabel(now: number): string {
  const moment = new Date(now);
  const date = moment.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = `${String(moment.getHours()).padStart(2, '0')}:${String(moment.getMinutes()).padStart(2, '0')}`;
  return `${date}, ${time}`;
}

/** Where the report goes: an absolute path, and the path the window is told. Null: a dialog was cancelled. */
async function chooseReportTarget(ctx: HostContext, keeper: SessionKeeper, session: SessionState, choice: ReportChoice): Promise<{ absolute: string; shown: string } | null> {
  const { requested, audience, format } = choice;
  const extension = EXTENSIONS[format];
  const sessionFile = keeper.currentFile()?.absolute ?? null;
  const name = defaultReportName(session, sessionFile, audience, format);
  const dialog = ctx.paths.reportDialog;
  if (dialog) {
    if (requested !== undefined) throw new HostFailure('forbidden', 'Choose where to save the report in the dialog.');
    const folder = sessionFile ? path.dirname(sessionFile) : ctx.workspaceDir;
    const chosen = await dialog(path.join(folder, name));
    if (chosen === null) return null;
    const absolute = withReportExtension(path.resolve(chosen), format);
    checkNewFileName(path.basename(absolute));
    await refuseAppData(ctx, absolute, absolute);
    return { absolute, shown: absolute };
  }
  const besideSession = sessionFile ? toWorkspaceRelative(ctx.workspaceDir, path.dirname(sessionFile)) : null;
  const fallback = besideSession ? path.posix.join(besideSession, name) : name;
  const wanted = (requested ?? '').trim() || fallback;
  const base = newFileNameIn(wanted);
  if (base === '' || base.startsWith('.')) throw new HostFailure('invalid', 'Give the report a file name that does not start with a dot.');
  if (base.toLowerCase().endsWith(SESSION_FILE_EXTENSION)) throw new HostFailure('invalid', `A report cannot be saved as a session file; its name should end in ${extension}.`);
  checkNewFileName(withReportExtension(base, format));
  const resolved = await resolveInWorkspace(ctx.workspaceDir, withReportExtension(wanted, format));
  await refuseAppData(ctx, resolved.absolute, resolved.relative);
  return { absolute: resolved.absolute, shown: ctx.paths.shownInWorkspace(resolved) };
}

/** Refuses a target whose folder is missing or that names a folder, before anything is written. */
async function checkTarget(absolute: string, shown: string): Promise<void> {
  const folder = await fsp.stat(path.dirname(absolute)).catch(() => null);
  if (!folder?.isDirectory()) throw new HostFailure('not-found', `Report not exported: the folder for "${shown}" is not there.`);
  const existing = await fsp.stat(absolute).catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') return null;
    throw new HostFailure('file', `Report not exported: "${shown}" cannot be used (${errorCode(error) ?? String(error)}).`);
  });
  if (existing && !existing.isFile()) throw new HostFailure('invalid', `Report not exported: a folder called "${shown}" is in the way.`);
}

/** Why writing the report failed, reason first so a one-line toast shows it ("Report not exported: the disk is full …"). */
function describeExportFailure(error: unknown, shown: string): string {
  const reason = describeSaveFailure(error).replace(/^Not saved: /, '');
  return `Report not exported: ${reason} (${shown}). The session itself is not affected.`;
}

/** What the window asked for: where (browser mode), what to export and in which format. */
interface ReportChoice {
  requested: string | undefined;
  audience: ReportExport;
  format: ReportFormat;
}

/** What the export dialog added: the facilitator's name for the reports, the start time for the run sheet. */
interface ExportDetails {
  facilitator: string | undefined;
  startsAt: string | undefined;
}

/** The export as Markdown, or as one printable HTML page (also what is printed to PDF). */
function exportText(session: SessionState, now: number, audience: ReportExport, format: 'markdown' | 'html', { facilitator, startsAt }: ExportDetails): string {
  if (audience === 'run-sheet') {
    const options = startsAt === undefined ? {} : { startsAt };
    return format === 'html' ? buildRunSheetHtml(session, options) : buildRunSheet(session, options);
  }
  const markdown = buildSessionReport(session, { now, exportedAtLabel: exportedAtLabel(now), audience, ...(facilitator === undefined ? {} : { facilitator }) });
  return format === 'html' ? buildReportHtml(markdown, session.meta.title) : markdown;
}

/** The PDF of a printable page, from the shell's printer; a printer that fails is said in a sentence. */
async function printedPdf(printer: PdfPrinter, html: string): Promise<Uint8Array> {
  try {
    return await printer.printToPdf(html);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new HostFailure('file', `Report not exported: the page could not be printed to PDF (${reason}). The session itself is not affected.`);
  }
}

/**
 * `report.export`: writes the client report, the facilitator's record or the
 * run sheet, as Markdown, printable HTML or (where the shell can print) PDF, at
 * any moment of a session. Desktop: a save dialog that starts beside the
 * session file. Browser: a path relative to the workspace (default: beside the
 * session file, or in the workspace), and no PDF. The previous file of the
 * same name is replaced.
 */
export function reportVerbs(ctx: HostContext, keeper: SessionKeeper): VerbGroup<'report.export'> {
  return {
    'report.export': async ({ path: requested, audience, format = 'markdown', facilitator, startsAt }) => {
      const printer = ctx.paths.reportPrinter;
      if (format === 'pdf' && !printer) throw new HostFailure('invalid', NO_PDF_HERE);
      const before = ctx.store.session();
      if (!before) throw new HostFailure('no-session', 'No session is open, so there is no report to export.');
      const target = await chooseReportTarget(ctx, keeper, before, { requested, audience, format });
      if (target === null) return { path: null, cancelled: true };
      const session = ctx.store.session();
      if (!session) throw new HostFailure('no-session', 'The session was closed before the report could be written.');
      await checkTarget(target.absolute, target.shown);
      const text = exportText(session, ctx.now(), audience, format === 'markdown' ? 'markdown' : 'html', { facilitator, startsAt });
      const data = format === 'pdf' && printer ? await printedPdf(printer, text) : text;
      try {
        await atomicWrite(target.absolute, data, { fs: ctx.fileSystem, keepBackup: false });
      } catch (error) {
        throw new HostFailure('file', describeExportFailure(error, target.shown));
      }
      return { path: target.shown, cancelled: false };
    },
  };
}
