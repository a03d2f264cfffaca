import { useEffect, useRef, useState } from 'react';
import type { WorkshopFileProblem } from '../../../shared/protocol/verbs';
import type { RoomView } from '../../../shared/session/roomView';
import { useHostLink } from '../../app/linkContext';
import { describeError } from '../../transport/hostCallError';
import type { WorkshopDocument } from './workshopDocument';

/** The draft's problems, as the file loader finds them, grouped by the place they name; and the preview's view. */
export interface DraftChecks {
  all: readonly WorkshopFileProblem[];
  at: ReadonlyMap<string, readonly string[]>;
  preview: RoomView | null;
  /** Set when the host could not check the draft (the connection dropped); the last answer is kept meanwhile. */
  error: string | null;
  /** The document the answer is for: until it is the one on screen, an answer is on its way. */
  checked: WorkshopDocument | null;
}

const NOTHING_YET: DraftChecks = { all: [], at: new Map(), preview: null, error: null, checked: null };

/**
 * Checks the draft as it changes: the host runs the file loader's checks (the page never loads the schemas) and
 * builds the projector's view of the selected activity. Answers to older drafts are dropped.
 */
export function useDraftChecks(document: WorkshopDocument, fileName: string, previewIndex: number | null): DraftChecks {
  const link = useHostLink();
  const [checks, setChecks] = useState<DraftChecks>(NOTHING_YET);
  const latest = useRef(0);
  useEffect(() => {
    const request = ++latest.current;
    link.call('workshops.check', { document, fileName, previewIndex }).then(
      ({ problems, preview }) => {
        if (request === latest.current) setChecks({ all: problems, at: groupByPlace(problems), preview, error: null, checked: document });
      },
      (caught: unknown) => {
        if (request === latest.current) setChecks((previous) => ({ ...previous, error: describeError(caught) }));
      },
    );
  }, [link, document, fileName, previewIndex]);
  return checks;
}

function groupByPlace(problems: readonly WorkshopFileProblem[]): Map<string, string[]> {
  const at = new Map<string, string[]>();
  for (const problem of problems) at.set(problem.path, [...(at.get(problem.path) ?? []), problem.message]);
  return at;
}

/** The index of the activity a problem's place is in (`activities[3].title` → 3), or null for the workshop's own fields. */
export function activityIndexOf(path: string): number | null {
  const match = /^activities\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : null;
}
