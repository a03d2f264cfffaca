import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { describeRoomView } from '../../../shared/session/projector';
import type { FoldCount, FoldReporter } from '../../presenter/fit/foldReport';
import { FoldReportContext } from '../../presenter/fit/foldReport';
import { PresenterScreen } from '../../presenter/PresenterScreen';
import { useAppSelector } from '../../store/hooks';
import { foldWarning } from './foldSummary';
import { ProjectorThemePicker } from './ProjectorThemePicker';
import '../../styles/presenter.css';
import './projectorPreview.css';

/**
 * The projected screen is drawn at this size and scaled down into the preview, so that the fit (the
 * 1/30-of-the-height floor above all) makes the same choices as on a 1280×720 projector — and, the rule
 * being proportional, the same as on a 1920×1080 one.
 */
export const PREVIEW_SCREEN = { width: 1280, height: 720 } as const;

/**
 * A small live copy of what the projector shows, drawn from the same session state (not a screenshot,
 * not a second connection). Inert: a picture for the facilitator, with nothing to focus or click.
 * Below it, a warning when the projector had to fold items it could not fit at the legibility floor.
 */
export function ProjectorPreview() {
  const session = useAppSelector((state) => state.session);
  const ready = useAppSelector((state) => state.sync.rev !== null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(0);
  const [folds, setFolds] = useState<ReadonlyMap<string, FoldCount>>(new Map());

  const report = useCallback<FoldReporter>((key, count) => {
    setFolds((previous) => {
      const before = previous.get(key);
      if (count === null ? before === undefined : before?.shown === count.shown && before.total === count.total && before.noun === count.noun) return previous;
      const next = new Map(previous);
      if (count === null) next.delete(key);
      else next.set(key, count);
      return next;
    });
  }, []);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setScale(box.clientWidth / PREVIEW_SCREEN.width);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const label = session ? `Projector preview. ${describeRoomView(session)}.` : 'Projector preview: no session yet';
  const warning = foldWarning(Array.from(folds.values()));

  return (
    <section className="projector-preview-panel" aria-label="Projector preview">
      <div className="projector-preview" ref={boxRef} role="img" aria-label={label} data-testid="projector-preview">
        <div
          className="projector-preview-screen"
          style={{ width: PREVIEW_SCREEN.width, height: PREVIEW_SCREEN.height, transform: `scale(${scale})`, visibility: scale > 0 ? undefined : 'hidden' }}
          aria-hidden="true"
          inert
        >
          <FoldReportContext.Provider value={report}>
            <PresenterScreen session={session} ready={ready} />
          </FoldReportContext.Provider>
        </div>
      </div>
      {warning ? (
        <p className="projector-fold-warning" role="status" data-testid="projector-fold-warning">
          {warning}
        </p>
      ) : null}
      <ProjectorThemePicker />
    </section>
  );
}
