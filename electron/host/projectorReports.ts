import type { ProjectorSize } from '../../shared/protocol/hostStatus';

/** The projector sizes presenter pages reported, by connection; the most recent report wins. */
export interface ProjectorReports {
  /** Records the size one presenter page reported (a new report from it counts as the most recent). */
  report(connectionId: number, size: ProjectorSize): void;
  /** Forgets a page that disconnected; the size falls back to the page that reported before it, or to none. */
  forget(connectionId: number): void;
  /** The size to show, or null while no presenter page has reported one. */
  current(): ProjectorSize | null;
}

/**
 * Keeps, in memory only, the screen sizes the connected presenter pages reported, and calls `changed`
 * whenever the size to show changes (a new size, another page's size, or none once the last page left).
 */
export function createProjectorReports(changed: (size: ProjectorSize | null) => void): ProjectorReports {
  // A Map keeps insertion order: re-inserting on each report keeps the most recent last.
  const reports = new Map<number, ProjectorSize>();
  const latest = (): ProjectorSize | null => {
    let last: ProjectorSize | null = null;
    for (const size of reports.values()) last = size;
    return last;
  };
  const afterChange = (before: ProjectorSize | null) => {
    const after = latest();
    if (before?.width !== after?.width || before?.height !== after?.height) changed(after);
  };
  return {
    report(connectionId, size) {
      const before = latest();
      reports.delete(connectionId);
      reports.set(connectionId, { width: size.width, height: size.height });
      afterChange(before);
    },
    forget(connectionId) {
      if (!reports.has(connectionId)) return;
      const before = latest();
      reports.delete(connectionId);
      afterChange(before);
    },
    current: latest,
  };
}
