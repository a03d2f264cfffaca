import './phone.css';
import { safeStore } from './pageStorage';
import { startPhoneApp } from './phoneApp';
import { pageTimers } from './timers';

// The page phones in the room open: plain DOM, no React, nothing of shared/ at run time (see protocol.ts), so it
// stays a few kilobytes and runs on phones several years old (ES2019 syntax only: no ?., ??, class fields).
const root = document.getElementById('phone');
if (root) {
  startPhoneApp({
    root,
    location: window.location,
    history: window.history,
    store: safeStore(() => window.localStorage),
    createSocket: (url) => new WebSocket(url),
    randomBytes: (bytes) => window.crypto.getRandomValues(bytes),
    timers: pageTimers,
    window,
    document,
    reload: () => window.location.reload(),
  });
}
