import { useLayoutEffect, useRef, useState, useSyncExternalStore } from 'react';
import { describeRoomView } from '../../../shared/session/projector';
import { sameForRoom, selectRoomView, selectSession } from '../../store/sessionSelectors';
import { FoldReportContext } from '../../projector/fit/foldReport';
import { ProjectorScreen } from '../../projector/ProjectorScreen';
import { useAppSelector } from '../../store/hooks';
import { FoldPager } from './FoldPager';
import { RoomStatus } from '../room/RoomStatus';
import { useAtMostEvery } from '../../ui/useAtMostEvery';
import { usePanelOpen } from '../../ui/usePanelOpen';
import { createFoldBoard } from './foldBoard';
import type { FoldBoard } from './foldBoard';
import { foldWarning } from './foldSummary';
import { describePreviewSize, letterbox, previewScreenSize } from './previewScreen';
import type { Letterbox } from './previewScreen';
import { ProjectorThemePicker } from './ProjectorThemePicker';
import './projectorPreview.css';
import { PhonesButton } from '../phones/PhonesButton';

/** Shortest time between two redraws of the preview while the room's view keeps changing. */
const PREVIEW_REDRAW_MS = 250;
/**
 * Most of the window's time the preview's redraws may take while the view keeps changing: a redraw that costs 100 ms
 * (a crowded board's render and fit on a slow laptop) waits 500 ms for the next, so typing and the board keep the rest.
 */
const PREVIEW_BUSY_SHARE = 0.2;

/**
 * The picture itself: the one part of the preview that a note changes. Kept apart so that a stream of notes redraws
 * the picture (at its own pace) and not the header, the buttons and the lines around it.
 */
function PreviewPicture() {
  // The same function the host uses for the projector link, so the preview cannot show what the room does not.
  // A burst of notes redraws the picture at most four times a second, not once per frame, and less often when each
  // redraw costs more (see useAtMostEvery).
  const view = useAtMostEvery(useAppSelector(selectRoomView), PREVIEW_REDRAW_MS, { busyShare: PREVIEW_BUSY_SHARE });
  const ready = useAppSelector((state) => state.sync.rev !== null);
  return <ProjectorScreen view={view} ready={ready} />;
}

/** Under the picture: the warning when the projector folded items it could not fit, and the pager through them. */
function FoldLines({ board }: { board: FoldBoard }) {
  const counts = Array.from(useSyncExternalStore(board.subscribe, board.counts).values());
  const warning = foldWarning(counts);
  return (
    <>
      {warning ? (
        <p className="projector-fold-warning" role="status" data-testid="projector-fold-warning">
          {warning}
        </p>
      ) : null}
      <FoldPager counts={counts} />
    </>
  );
}

/**
 * A small live copy of what the projector shows, drawn from `roomView` of this window's session, the function
 * the host applies for the projector link (not a screenshot, not a second connection). Inert: a picture for the facilitator, with nothing to focus or click.
 * The screen is drawn at the projector's own size (as the presenter page reported it; 1280×720 while
 * none is open) and scaled down, letterboxed, so the fit and the layout make the projector's choices.
 * Above it, a button that hides it (remembered by this window), which gives the script the
 * column on a small laptop, and the projector's theme; below it, the size it shows and a warning when the projector had to fold items it could not fit. Hidden, it
 * keeps its layout (only out of sight), so the fold warning still speaks for the projector. While the room does not
 * see the current activity live, the room-status strip lies over the bottom of the picture.
 */
export function ProjectorPreview() {
  // Only the room-facing parts: the preview re-renders when the projector would change, not on every note.
  const session = useAppSelector(selectSession, sameForRoom);
  const projector = useAppSelector((state) => state.sync.status?.projector ?? null);
  const { width, height } = previewScreenSize(projector);
  const boxRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<Letterbox>({ scale: 0, left: 0, top: 0 });
  const [folds] = useState(createFoldBoard);
  const [open, toggleOpen] = usePanelOpen('projector-preview');

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setFit(letterbox(box.clientWidth, box.clientHeight, { width, height }));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [width, height, open]);

  const label = session ? `Projector preview. ${describeRoomView(session)}.` : 'Projector preview: no session yet';

  return (
    <section className={`projector-preview-panel${open ? '' : ' is-collapsed'}`} aria-label="Projector preview">
      <div className="projector-preview-head">
        <button type="button" className="preview-toggle" data-testid="preview-toggle" aria-expanded={open} aria-controls="projector-preview-box" onClick={toggleOpen}>
          <span className="preview-toggle-mark" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          Preview
        </button>
        {session ? <PhonesButton /> : null}
      </div>
      <div className="projector-preview-frame">
        <div className="projector-preview" id="projector-preview-box" ref={boxRef} role="img" aria-label={label} data-testid="projector-preview">
          <div
            className="projector-preview-screen"
            style={{
              width,
              height,
              transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`,
              visibility: fit.scale > 0 ? undefined : 'hidden',
            }}
            aria-hidden="true"
            inert
          >
            <FoldReportContext.Provider value={folds.report}>
              <PreviewPicture />
            </FoldReportContext.Provider>
          </div>
        </div>
        {/* Over the picture of what the room sees, so it never pushes the board down. */}
        <RoomStatus />
      </div>
      <p className="projector-preview-size" data-testid="projector-preview-size">
        {describePreviewSize(projector)}
      </p>
      <FoldLines board={folds} />
      {open ? <ProjectorThemePicker /> : null}
    </section>
  );
}
