import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket, WebSocketServer } from 'ws';
import { launchBenchBrowser } from './benchPages';
import { sendEvenly, startFrameRecorder, stopFrameRecorder, waitForSteadyFrames, whenCountShown } from './burstFrames';
import type { BurstFigures } from './crowdedSession';
import { countCpu } from './processCpu';

/**
 * A bare page that keeps a list of notes as the control window's does, at its simplest: each note arriving over a bare
 * WebSocket is appended to a list under a count ("N notes"), and the list is held at its end, once a frame, so the
 * newest note is on screen as it is in the control window and on the projector (appended below the fold, the floor
 * drew nothing new for most of a burst). The same page stands in for the projector beside it.
 */
function listPage(preloaded: number): string {
  return `<!doctype html><meta charset="utf-8"><title>floor: burst</title>
<p data-testid="notes-count"></p><ol id="notes" style="margin:0;height:600px;overflow:auto"></ol>
<script>
  const list = document.getElementById('notes');
  const count = document.querySelector('[data-testid="notes-count"]');
  let notes = 0;
  let scrollAsked = false;
  const add = (text) => {
    const item = document.createElement('li');
    item.textContent = text;
    list.append(item);
    notes += 1;
    if (scrollAsked) return;
    scrollAsked = true;
    requestAnimationFrame(() => {
      scrollAsked = false;
      list.scrollTop = list.scrollHeight;
    });
  };
  for (let i = 0; i < ${preloaded}; i++) add('Seed note ' + (i + 1));
  count.textContent = notes + ' notes';
  const socket = new WebSocket('ws://' + location.host + '/ws');
  socket.addEventListener('message', (event) => { add(JSON.parse(event.data).text); count.textContent = notes + ' notes'; });
  socket.addEventListener('open', () => document.body.dataset.ready = '1');
</script>`;
}

/**
 * The floor of the burst figure on this machine: `burst` notes sent evenly over `overMs` through a bare WebSocket
 * relay on 127.0.0.1 to two bare list pages in the same Chromium (one at 1280×720 standing for the control window, one
 * for the projector), read with the same frame recorder as `measureBurst`. What this shows over 50 ms is the
 * machine's, not Groundwork's.
 */
export async function measureBurstFloor(notesInActivity: number, burst: number, overMs: number): Promise<BurstFigures> {
  const http = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(listPage(notesInActivity));
  });
  const sockets = new WebSocketServer({ server: http, path: '/ws' });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const browser = await launchBenchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const control = await context.newPage();
    const presenter = await context.newPage();
    for (const page of [control, presenter]) {
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => document.body.dataset.ready === '1');
    }
    await control.setViewportSize({ width: 1280, height: 720 });
    await control.bringToFront();
    await waitForSteadyFrames(control);
    await startFrameRecorder(control);
    const spent = countCpu();
    const started = await sendEvenly(burst, overMs, (i) => {
      const text = JSON.stringify({ text: `Burst note ${i + 1} from a phone in the room` });
      for (const client of sockets.clients) if (client.readyState === WebSocket.OPEN) client.send(text);
      return Promise.resolve();
    });
    const shownAt = await whenCountShown(control, `${notesInActivity + burst} notes`);
    const cpu = spent?.() ?? null;
    const frames = await stopFrameRecorder(control);
    return { longestFrameMs: frames.longest, framesOver50: frames.over50, shownInMs: Math.round(shownAt - started), cpu };
  } finally {
    await browser.close();
    sockets.close();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  }
}
