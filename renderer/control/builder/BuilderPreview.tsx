import { useLayoutEffect, useRef, useState } from 'react';
import type { RoomView } from '../../../shared/session/roomView';
import { ProjectorScreen } from '../../projector/ProjectorScreen';
import { useAppSelector } from '../../store/hooks';
import { describePreviewSize, letterbox, previewScreenSize } from '../preview/previewScreen';
import type { Letterbox } from '../preview/previewScreen';
import '../preview/projectorPreview.css';

/**
 * What the room would see for the selected activity, drawn by the projector's own `ProjectorScreen` from the view the
 * host built for it (`workshops.check`: the activity in a session made by `createSession`, through `roomView`), at the
 * projector's size (the one open now, else the default), scaled into the box; with the workshop's details selected,
 * the title screen a session opens on. `view` is null while what it would show has problems.
 */
export function BuilderPreview({ view, of }: { view: RoomView | null; of: 'activity' | 'title screen' }) {
  const projector = useAppSelector((state) => state.sync.status?.projector ?? null);
  const screen = previewScreenSize(projector);
  const boxRef = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState<Letterbox>({ scale: 0, left: 0, top: 0 });

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const measure = () => setFit(letterbox(box.clientWidth, box.clientHeight, screen));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [screen]);

  return (
    <section className="builder-preview" aria-label="Projector preview">
      <h2 className="builder-section-title">On the projector</h2>
      <div className="builder-preview-box" ref={boxRef} role="img" aria-label={view === null ? `No preview until the ${of === 'activity' ? 'activity’s' : 'workshop’s'} problems are fixed` : `How the projector will show the ${of}`} data-testid="builder-preview">
        {view !== null ? (
          <div
            className="projector-preview-screen"
            style={{ width: screen.width, height: screen.height, transform: `translate(${fit.left}px, ${fit.top}px) scale(${fit.scale})`, visibility: fit.scale > 0 ? undefined : 'hidden' }}
            aria-hidden="true"
            inert
          >
            <ProjectorScreen view={view} ready />
          </div>
        ) : (
          <p className="builder-preview-empty">{of === 'activity' ? 'The preview shows once this activity has no problems.' : 'The title screen shows once the workshop has no problems.'}</p>
        )}
      </div>
      <p className="builder-preview-size">{describePreviewSize(projector)}</p>
    </section>
  );
}
