import '../app/base.css';
import './control.css';
import { bootstrap } from '../app/bootstrap';
import { startReplication } from '../store/replicator';
import { createReplicaStore } from '../store/store';
import { parseServerMessage } from '../transport/parseServerMessage';
import { ControlApp } from './ControlApp';

bootstrap({ role: 'control', parseMessage: parseServerMessage, createStore: createReplicaStore, replicate: startReplication }, <ControlApp />);
