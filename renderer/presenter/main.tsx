import '../app/base.css';
import './presenter.css';
import { bootstrap } from '../app/bootstrap';
import { preloadKindStages } from '../projector/stages/kindStages';
import { createRoomStore } from '../store/roomStore';
// The projector link is sent only the room view, never the session (electron/host/roleViews.ts).
import { startRoomReplication } from '../store/roomReplicator';
import { parseRoomMessage } from '../transport/checkServerMessage';
import { PresenterApp } from './PresenterApp';

bootstrap({ role: 'presenter', parseMessage: parseRoomMessage, createStore: createRoomStore, replicate: startRoomReplication }, <PresenterApp />);
// The stages are fetched while the page connects (ARCHITECTURE.md, "What each page loads").
preloadKindStages();
