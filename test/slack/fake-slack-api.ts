// A fake Slack Web API on 127.0.0.1 that records every call: auth.test, chat.postMessage,
// chat.postEphemeral, conversations.open, users.info, apps.connections.open, plus response_url posts.
// A test can queue scripted answers (a 429 with Retry-After, an error) for a method, and make
// thread replies (chat.postMessage with thread_ts) fail.

import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  authorization?: string;
}

export interface ScriptedAnswer {
  status?: number;
  headers?: Record<string, string>;
  body: Record<string, unknown>;
}

export const BOT = { userId: 'UBOT', botId: 'BBOT', teamId: 'T1' } as const;
/** The timezone every user's profile gives. */
export const USER_TIMEZONE = 'Asia/Seoul';

export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  readonly server: Server;
  private readonly events = new EventEmitter();
  private readonly scripts = new Map<string, ScriptedAnswer[]>();
  private threadReplyFailure: { answer: ScriptedAnswer; pass: number; left: number } | undefined;
  private tsCounter = 1000;

  constructor() {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** The next calls of `method` get these answers, in order, before the default one. */
  script(method: string, ...answers: ScriptedAnswer[]): void {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), ...answers]);
  }

  /**
   * Thread replies (chat.postMessage with thread_ts) get `answer`: `times` of them, after letting
   * `after` through. Top-level posts are unaffected.
   */
  failThreadReplies(answer: ScriptedAnswer, { after = 0, times = Number.POSITIVE_INFINITY } = {}): void {
    this.threadReplyFailure = { answer, pass: after, left: times };
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `count` calls of `method` were recorded; rejects after `timeoutMs`. */
  waitForCalls(method: string, count = 1, timeoutMs = 5000): Promise<RecordedCall[]> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.callsTo(method);
        if (found.length < count) return false;
        clearTimeout(timer);
        this.events.off('call', check);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        this.events.off('call', check);
        reject(new Error(`expected ${count} call(s) to ${method}, saw ${this.callsTo(method).length}`));
      }, timeoutMs);
      if (!check()) this.events.on('call', check);
    });
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const method = path.startsWith('/api/') ? path.slice('/api/'.length) : path;
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    this.calls.push({ method, args, authorization: req.headers.authorization });
    const answer = this.threadReplyAnswer(method, args) ?? this.scripts.get(method)?.shift() ?? { body: this.defaultAnswer(method, args) };
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body));
    this.events.emit('call');
  }

  private threadReplyAnswer(method: string, args: Record<string, unknown>): ScriptedAnswer | undefined {
    const failure = this.threadReplyFailure;
    if (method !== 'chat.postMessage' || args.thread_ts === undefined || !failure || failure.left <= 0) return undefined;
    if (failure.pass > 0) {
      failure.pass -= 1;
      return undefined;
    }
    failure.left -= 1;
    return failure.answer;
  }

  private defaultAnswer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: BOT.userId, bot_id: BOT.botId, team_id: BOT.teamId, user: 'briefbot', team: 'Test' };
      case 'chat.postMessage':
        this.tsCounter += 1;
        return { ok: true, channel: args.channel, ts: `${this.tsCounter}.000100`, message: { text: args.text } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `${this.tsCounter}.000200` };
      case 'users.info':
        return { ok: true, user: { id: args.user, tz: USER_TIMEZONE } };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users).replace(/^[UW]/, '')}` } };
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace('http', 'ws')}/socket` };
      default:
        // response_url posts (/respond/…) and anything else: accepted.
        return method.startsWith('/respond/') ? { ok: true } : { ok: false, error: 'unknown_method' };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Form posts carry JSON-encoded values (blocks); response_url posts are JSON. */
function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.includes('json')) return JSON.parse(raw) as Record<string, unknown>;
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = key === 'blocks' || key === 'attachments' ? JSON.parse(value) : value;
  }
  return args;
}
