import './home.css';
import { useAppSelector } from '../../store/hooks';
import { NewSessionCard } from './NewSessionCard';
import { RecentSessions } from './RecentSessions';
import { RecoveryOffers } from './RecoveryOffers';

/** The first screen: start a new session or continue a saved one. */
export function HomeScreen() {
  const connected = useAppSelector((state) => state.sync.connection === 'open');
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
          <NewSessionCard connected={connected} />
          <RecentSessions connected={connected} />
        </div>
      </main>
    </div>
  );
}
