import type { Activity } from '../../../shared/session/types';
import { useAppSelector } from '../../store/hooks';
import { paragraphsOf } from './paragraphs';
import { ScriptMaterials, ScriptQuotes } from './QuotesAndMaterials';
import './script.css';

/** The facilitator's private script for the current activity: what to say, the quotes to read, what to watch for, the variations, talking points and materials. Never projected. */
export function ScriptPanel() {
  const activity = useAppSelector((state) => state.session?.agenda.find((candidate) => candidate.id === state.session?.currentActivityId));
  // The workshop's own materials are shown once, with the first activity, where the facilitator prepares the room.
  const workshopMaterials = useAppSelector((state) => (state.session && state.session.agenda[0]?.id === state.session.currentActivityId ? state.session.meta.materials : undefined));
  if (!activity) return null;
  return (
    // One landmark for the script, the scrolling region below; a section named by the same heading around it made two alike (axe: landmark-unique).
    <div className="script-panel" data-testid="script-panel">
      <div className="panel-head script-head">
        <h2 id="private-label" className="panel-label">
          <svg className="label-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x="3" y="7" width="10" height="7.5" rx="1.2" fill="currentColor" />
            <path d="M5.2 7V5a2.8 2.8 0 0 1 5.6 0v2" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          Your script · only you see this
        </h2>
      </div>
      {/* Focusable so a keyboard user can scroll a long script (axe: scrollable-region-focusable). */}
      <div className="script-scroll" data-testid="facilitator-script" tabIndex={0} role="region" aria-labelledby="private-label">
        <ScriptBody activity={activity} workshopMaterials={workshopMaterials ?? NONE} />
      </div>
    </div>
  );
}

const NONE: readonly string[] = [];

function ScriptBody({ activity, workshopMaterials }: { activity: Activity; workshopMaterials: readonly string[] }) {
  const { say, watchFor, shortGroup, largeGroup } = activity.script;
  const sayParagraphs = paragraphsOf(say);
  const watchParagraphs = paragraphsOf(watchFor);
  return (
    <>
      {sayParagraphs.length > 0 ? (
        <section className="script-section script-say" aria-labelledby="script-say">
          <h3 id="script-say" className="script-heading">
            Say
          </h3>
          <div className="script-text" data-testid="script-say">
            {sayParagraphs.map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        </section>
      ) : null}
      <ScriptQuotes quotes={activity.quotes ?? []} />
      {watchParagraphs.length > 0 ? (
        <section className="script-section script-watch" aria-labelledby="script-watch">
          <h3 id="script-watch" className="script-heading">
            Watch for
          </h3>
          <div className="script-text" data-testid="script-watch">
            {watchParagraphs.map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        </section>
      ) : null}
      {shortGroup.trim() || largeGroup.trim() ? (
        <section className="script-section" aria-labelledby="script-variations">
          <h3 id="script-variations" className="script-heading">
            Group size
          </h3>
          <div className="script-variations">
            <Variation title="Short group" detail="up to about 8" text={shortGroup} testId="script-short-group" />
            <Variation title="Large group" detail="about 20 or more" text={largeGroup} testId="script-large-group" />
          </div>
        </section>
      ) : null}
      {activity.talkingPoints.length > 0 ? (
        <section className="script-section" aria-labelledby="script-points">
          <h3 id="script-points" className="script-heading">
            Talking points
          </h3>
          <ul className="talking-points">
            {activity.talkingPoints.map((point, i) => (
              <li key={i}>{point}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <ScriptMaterials materials={activity.materials ?? NONE} forWorkshop={workshopMaterials} />
    </>
  );
}

function Variation({ title, detail, text, testId }: { title: string; detail: string; text: string; testId: string }) {
  return (
    <div className="script-variation" data-testid={testId}>
      <p className="script-variation-title">
        {title} <span className="script-variation-detail">({detail})</span>
      </p>
      {text.trim() ? <p className="script-variation-text">{text}</p> : <p className="script-variation-text muted">No variation written.</p>}
    </div>
  );
}
