import './home.css';
import { Suspense, lazy, useState } from 'react';
import { useAppSelector } from '../../store/hooks';
import type { BuilderStart } from '../builder/WorkshopBuilder';
import { NewSessionCard } from './NewSessionCard';
import { RecentSessions } from './RecentSessions';
import { RecoveryOffers } from './RecoveryOffers';

// The builder is its own chunk: most days a facilitator runs a workshop and never opens it.
const WorkshopBuilder = lazy(() => import('../builder/WorkshopBuilder').then((module) => ({ default: module.WorkshopBuilder })));

/** The first screen: start a new session or continue a saved one, or design a workshop in the builder. */
export function HomeScreen() {
  const connected = useAppSelector((state) => state.sync.connection === 'open');
  const [building, setBuilding] = useState<BuilderStart | null>(null);
  const [lastSavedId, setLastSavedId] = useState<string | null>(null);
  if (building) {
    return (
      <Suspense fallback={<p className="muted builder-loading">Opening the workshop builder…</p>}>
        <WorkshopBuilder
          start={building}
          onClose={(savedId) => {
            setBuilding(null);
            if (savedId !== null) setLastSavedId(savedId);
          }}
        />
      </Suspense>
    );
  }
  return (
    <div className="home">
      <header className="home-header">
        <p className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Groundwork
        </p>
        <h1 className="home-title">Run today’s workshop</h1>
        <p className="home-lede">Start a session for your group, or pick up where you left off. Everything you capture is saved as you go.</p>
      </header>
      <main>
        <RecoveryOffers connected={connected} />
        <div className="home-grid">
          <NewSessionCard connected={connected} preferredId={lastSavedId} onBuild={setBuilding} />
          <RecentSessions connected={connected} />
        </div>
      </main>
    </div>
  );
}
