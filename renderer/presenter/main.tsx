import '../app/base.css';
import './presenter.css';
import { bootstrap } from '../app/bootstrap';
import { createRoomStore } from '../store/roomStore';
// The projector link is sent only the room view, never the session (electron/host/roleViews.ts).
import { startRoomReplication } from '../store/roomReplicator';
import { parseRoomMessage } from '../transport/checkServerMessage';
import { PresenterApp } from './PresenterApp';

bootstrap({ role: 'presenter', parseMessage: parseRoomMessage, createStore: createRoomStore, replicate: startRoomReplication }, <PresenterApp />);
