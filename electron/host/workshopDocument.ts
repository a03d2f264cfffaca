import type { WorkshopFileProblem } from '../../shared/protocol/verbs';
import { parseWorkshopData, readWorkshopJson } from '../../shared/workshop/workshopFile';

/** A workshop file's JSON as the builder edits it, or the one problem that keeps it from opening. */
export type WorkshopDocumentText = { ok: true; document: Record<string, unknown> } | { ok: false; problem: WorkshopFileProblem };

/**
 * The JSON object in a workshop file's text, before defaults and checks: a draft with problems still opens in the
 * builder. Only text that is not JSON, or JSON that is not one object, is refused, with the place of the mistake.
 */
export function workshopDocumentOf(text: string, fileName: string): WorkshopDocumentText {
  const json = readWorkshopJson(text);
  if (!json.ok) return { ok: false, problem: { file: fileName, path: '', message: json.message } };
  const raw = json.value;
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return { ok: true, document: raw as Record<string, unknown> };
  // The loader's own sentence for "not one object", so the builder and the list say the same thing.
  const parsed = parseWorkshopData(raw, fileName);
  return { ok: false, problem: parsed.ok ? { file: fileName, path: '', message: 'This file does not hold one JSON object.' } : parsed.problem };
}
