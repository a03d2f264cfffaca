import { createContext, useContext } from 'react';
import type { FieldPath, WorkshopDocument } from './workshopDocument';

/** What every field of the builder reads and writes: the document, one edit, and the problems at each place. */
export interface BuilderFields {
  document: WorkshopDocument;
  /** Sets the value at a path as one edit (keystrokes in the same field merge into one undo step). */
  change: (path: FieldPath, value: unknown) => void;
  /** The problems the checks found at exactly this place (a path as `pathText` writes it). */
  problemsAt: (path: string) => readonly string[];
}

/** The builder's fields context; set by WorkshopBuilder. */
export const BuilderFieldsContext = createContext<BuilderFields | null>(null);

/** The builder's fields context; throws outside the builder, where no field can be. */
export function useBuilderFields(): BuilderFields {
  const fields = useContext(BuilderFieldsContext);
  if (!fields) throw new Error('A builder field is drawn outside the workshop builder.');
  return fields;
}
