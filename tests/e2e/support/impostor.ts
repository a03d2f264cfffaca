import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import { WebSocketServer } from 'ws';

/** What another program on Groundwork's port saw: every request (path and headers) and every WebSocket frame. */
export interface ImpostorRecording {
  requests: { url: string; headers: IncomingHttpHeaders }[];
  frames: string[];
}

/** A program squatting on Groundwork's port while it is stopped. */
export interface Impostor {
  recording: ImpostorRecording;
  /** Frees the port again. */
  stop(): Promise<void>;
}

/**
 * Binds 127.0.0.1:`port` as another local user could while Groundwork is
 * stopped: answers every request, accepts every WebSocket, plays the
 * handshake as far as it can without the key (its proof is made up), and
 * records everything it is sent.
 */
export async function startImpostor(port: number): Promise<Impostor> {
  const recording: ImpostorRecording = { requests: [], frames: [] };
  const http = createServer((req, res) => {
    recording.requests.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'Content-Type': 'application/json' });
    res.end('{"valid":true}');
  });
  const wss = new WebSocketServer({ noServer: true });
  http.on('upgrade', (req, socket, head) => {
    recording.requests.push({ url: req.url ?? '', headers: req.headers });
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.send(JSON.stringify({ kind: 'challenge', nonce: '0'.repeat(64) }));
      ws.on('message', (data: Buffer) => {
        const text = data.toString('utf8');
        recording.frames.push(text);
        if (text.includes('"hello"')) ws.send(JSON.stringify({ kind: 'serverProof', proof: '1'.repeat(64) }));
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    recording,
    stop: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      http.closeAllConnections();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
