import '../app/base.css';
import './control.css';
import { bootstrap } from '../app/bootstrap';
import { preloadKindStages } from '../projector/stages/kindStages';
import { startReplication, withDrawnReplies } from '../store/replicator';
import { createReplicaStore } from '../store/store';
import { parseServerMessage } from '../transport/parseServerMessage';
import { ControlApp } from './ControlApp';
import { preloadScreens } from './screens';

bootstrap({ role: 'control', parseMessage: parseServerMessage, createStore: createReplicaStore, replicate: startReplication, appLink: withDrawnReplies }, <ControlApp />);
// What the first frame does not need is fetched while the page connects (ARCHITECTURE.md, "What each page loads").
preloadScreens();
preloadKindStages();
