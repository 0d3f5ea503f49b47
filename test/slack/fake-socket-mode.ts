// A Socket Mode server (the `ws` package) on the fake API's port: it says hello to the client
// that apps.connections.open sent there, pushes envelopes and collects the app's acks.

import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import { type WebSocket, WebSocketServer } from 'ws';
import type { FakeSlackApi } from './fake-slack-api.ts';

export interface SocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export class FakeSocketMode {
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly events = new EventEmitter();
  private socket: WebSocket | undefined;
  readonly acks: SocketAck[] = [];

  constructor(api: FakeSlackApi) {
    api.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/socket')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws));
    });
  }

  /** Resolves when a client is connected and greeted. */
  connected(timeoutMs = 30_000): Promise<void> {
    if (this.socket) return Promise.resolve();
    return withTimeout(new Promise((resolve) => this.events.once('connected', resolve)), timeoutMs, 'no Socket Mode client connected');
  }

  /** Sends an envelope and resolves with the app's ack of it. */
  send(type: 'slash_commands' | 'events_api', payload: object, extra: Record<string, unknown> = {}): Promise<SocketAck> {
    if (!this.socket) throw new Error('no Socket Mode client connected');
    const envelopeId = randomUUID();
    const acked = new Promise<SocketAck>((resolve) => {
      const check = (ack: SocketAck) => {
        if (ack.envelope_id !== envelopeId) return;
        this.events.off('ack', check);
        resolve(ack);
      };
      this.events.on('ack', check);
    });
    this.socket.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', ...extra }));
    return withTimeout(acked, 30_000, `no ack for ${type} envelope`);
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket): void {
    this.socket = ws;
    ws.on('message', (data) => {
      const ack = JSON.parse(String(data)) as SocketAck;
      this.acks.push(ack);
      this.events.emit('ack', ack);
    });
    ws.on('close', () => {
      if (this.socket === ws) this.socket = undefined;
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
    this.events.emit('connected');
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
