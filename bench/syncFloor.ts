import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium } from '@playwright/test';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.mjs';
import { percentiles } from './stats';
import { watchForNotePainted } from './syncLatency';
import type { SyncLatency } from './syncLatency';

/** The sending page: a form whose submit sends the text over a bare WebSocket, as the capture box's Enter does. */
const SENDER_PAGE = `<!doctype html><meta charset="utf-8"><title>floor: sender</title>
<form id="form"><input id="text" data-testid="capture-input"></form>
<script>
  const socket = new WebSocket('ws://' + location.host + '/ws?role=sender');
  document.getElementById('form').addEventListener('submit', (event) => {
    event.preventDefault();
    socket.send(JSON.stringify({ text: document.getElementById('text').value }));
  });
</script>`;

/** The receiving page: a list of notes that appends each note it is sent, as the projector's stage does. */
function receiverPage(preloaded: number): string {
  return `<!doctype html><meta charset="utf-8"><title>floor: receiver</title>
<ol id="notes"></ol>
<script>
  const list = document.getElementById('notes');
  const add = (text) => {
    const item = document.createElement('li');
    item.dataset.testid = 'presenter-note';
    item.textContent = text;
    list.append(item);
  };
  for (let i = 0; i < ${preloaded}; i++) add('Seed note ' + (i + 1));
  const socket = new WebSocket('ws://' + location.host + '/ws?role=receiver');
  socket.addEventListener('message', (event) => add(JSON.parse(event.data).text));
  socket.addEventListener('open', () => document.body.dataset.ready = '1');
</script>`;
}

/**
 * The floor of control → presenter latency on this machine: two bare pages in the same Chromium, with the same
 * clock and the same watcher as `measureSyncLatency`, relaying a note through a bare WebSocket server on 127.0.0.1
 * (no host, no React, no validation, no fitting). Groundwork's latency is judged as a multiple of it.
 */
export async function measureSyncFloor(preloadedNotes: number, samples: number): Promise<SyncLatency> {
  const receivers = new Set<WebSocket>();
  const http = createServer((request, response) => {
    const page = request.url?.startsWith('/receiver') ? receiverPage(preloadedNotes) : request.url?.startsWith('/sender') ? SENDER_PAGE : null;
    response.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    response.end(page ?? 'not found');
  });
  const sockets = new WebSocketServer({ server: http, path: '/ws' });
  sockets.on('connection', (socket, request) => {
    if (request.url?.includes('role=receiver')) {
      receivers.add(socket);
      socket.on('close', () => receivers.delete(socket));
      return;
    }
    socket.on('message', (data: Buffer) => {
      const text = data.toString('utf8');
      for (const receiver of receivers) receiver.send(text);
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: findChromium()?.path,
    args: [...CHROMIUM_ARGS, '--disable-renderer-backgrounding', '--disable-background-timer-throttling', '--disable-backgrounding-occluded-windows'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const sender = await context.newPage();
    const receiver = await context.newPage();
    await sender.goto(`${origin}/sender`);
    await receiver.goto(`${origin}/receiver`);
    await receiver.waitForFunction(() => document.body.dataset.ready === '1');
    const input = sender.locator('#text');
    const inDom: number[] = [];
    const painted: number[] = [];
    for (let i = 0; i < samples + 10; i++) {
      const text = `Latency probe ${i}`;
      const seen = watchForNotePainted(receiver, text);
      seen.catch(() => undefined);
      await input.fill(text);
      await receiver.evaluate(() => undefined);
      const sentAt = await sender.evaluate(() => {
        const form = document.querySelector<HTMLFormElement>('#form');
        const at = performance.timeOrigin + performance.now();
        form?.requestSubmit();
        return at;
      });
      const shown = await seen;
      if (i < 10) continue;
      inDom.push(shown.inDom - sentAt);
      painted.push(shown.painted - sentAt);
    }
    return { inDom: percentiles(inDom), painted: percentiles(painted) };
  } finally {
    await browser.close();
    sockets.close();
    await new Promise<void>((resolve) => http.close(() => resolve()));
  }
}
