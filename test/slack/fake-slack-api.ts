// A fake Slack Web API on 127.0.0.1 that records every call: auth.test, chat.postMessage,
// chat.postEphemeral, conversations.open, conversations.history, users.info, apps.connections.open,
// plus response_url posts. A test can queue scripted answers (a 429 with Retry-After, an error) for
// a method, and make thread replies (chat.postMessage with thread_ts) fail.
//
// Like Slack it keeps the messages posted, per channel, with their `metadata`; conversations.history
// returns a channel's top-level messages newest first, from `oldest`, paged by `cursor`, with
// metadata only when `include_all_metadata` is set. A scripted answer can also come AFTER the call
// took effect (`afterAccept`: the message is stored, then the answer is a 503, a dropped connection
// or no answer at all), which is how a platform fails mid-request.

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
  body?: Record<string, unknown>;
  /** Do the call's work first (store the message), then answer with this: Slack failed after accepting. */
  afterAccept?: boolean;
  /** Close the connection instead of answering. */
  drop?: boolean;
  /** Never answer (the client's timeout decides); the connection is closed when the fake closes. */
  hang?: boolean;
}

/** A message as the fake keeps it (and conversations.history returns it). */
export interface StoredMessage {
  type: 'message';
  ts: string;
  channel: string;
  text: string;
  blocks?: unknown;
  thread_ts?: string;
  user: string;
  bot_id: string;
  app_id: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

const METADATA_EVENT_TYPE = /^[a-zA-Z0-9_.-]{1,255}$/;

export const BOT = { userId: 'UBOT', botId: 'BBOT', appId: 'ABOT', teamId: 'T1' } as const;
/** The timezone every user's profile gives. */
export const USER_TIMEZONE = 'Asia/Seoul';

export class FakeSlackApi {
  readonly calls: RecordedCall[] = [];
  readonly server: Server;
  private readonly events = new EventEmitter();
  private readonly scripts = new Map<string, ScriptedAnswer[]>();
  private threadReplyFailure: { answer: ScriptedAnswer; pass: number; left: number } | undefined;
  private tsCounter = 1000;
  private clock: (() => Date) | undefined;
  private readonly hung = new Set<ServerResponse>();
  /** Posted messages per channel, oldest first (chat.postMessage that took effect). */
  readonly messages = new Map<string, StoredMessage[]>();
  /** Delay before each answer (ms), e.g. to let a test kill the bot while a post is in flight. */
  latencyMs: (method: string, args: Record<string, unknown>) => number = () => 0;
  /** Told of each call as it arrives, before any latency or answer (a chaos run kills the bot mid-call). */
  onArrival: ((method: string, args: Record<string, unknown>) => void) | undefined;
  /**
   * When the client hangs up during the latency (a killed bot), whether the request still takes
   * effect (Slack got it whole) or dies with the connection. Default: it takes effect.
   */
  survivesHangUp: (method: string, args: Record<string, unknown>) => boolean = () => true;
  /** Decides a fault per call (after any scripted answer): how a chaos run injects failures. */
  faults: ((method: string, args: Record<string, unknown>) => ScriptedAnswer | undefined) | undefined;

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

  /**
   * Timestamps from this clock, as Slack makes them (`<epoch seconds>.<micro>`), so that
   * conversations.history's `oldest` works; without one, ts count up from 1001.000100.
   */
  useClock(clock: () => Date): void {
    this.clock = clock;
  }

  /** Every top-level message of every channel, oldest first. */
  allMessages(): StoredMessage[] {
    return [...this.messages.values()].flat().sort((a, b) => Number(a.ts) - Number(b.ts));
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
  waitForCalls(method: string, count = 1, timeoutMs = 30_000): Promise<RecordedCall[]> {
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
    for (const res of this.hung) res.destroy();
    this.hung.clear();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readBody(req);
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const method = path.startsWith('/api/') ? path.slice('/api/'.length) : path;
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    this.calls.push({ method, args, authorization: req.headers.authorization });
    this.onArrival?.(method, args);
    const delay = this.latencyMs(method, args);
    let hungUp = false;
    res.once('close', () => {
      hungUp = !res.writableFinished;
    });
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    if (hungUp && !this.survivesHangUp(method, args)) {
      this.events.emit('call');
      return;
    }
    const scripted = this.threadReplyAnswer(method, args) ?? this.scripts.get(method)?.shift() ?? this.faults?.(method, args);
    let answer: ScriptedAnswer;
    if (!scripted) answer = { body: this.defaultAnswer(method, args) };
    else if (scripted.afterAccept) {
      this.defaultAnswer(method, args);
      answer = scripted;
    } else answer = scripted;
    this.events.emit('call');
    if (answer.drop) {
      req.socket.destroy();
      return;
    }
    if (answer.hang) {
      this.hung.add(res);
      res.on('close', () => this.hung.delete(res));
      return;
    }
    res.writeHead(answer.status ?? 200, { 'content-type': 'application/json', ...answer.headers });
    res.end(JSON.stringify(answer.body ?? { ok: false, error: 'internal_error' }));
  }

  private nextTs(): string {
    this.tsCounter += 1;
    if (!this.clock) return `${this.tsCounter}.000100`;
    // Slack's ts: the post time in seconds with a microsecond part unique within the channel.
    const seconds = Math.floor(this.clock().getTime() / 1000);
    return `${seconds}.${String(this.tsCounter % 1_000_000).padStart(6, '0')}`;
  }

  private postMessage(args: Record<string, unknown>): Record<string, unknown> {
    const channel = String(args.channel ?? '');
    if (!channel) return { ok: false, error: 'channel_not_found' };
    let metadata: StoredMessage['metadata'];
    if (args.metadata !== undefined) {
      const m = args.metadata as { event_type?: unknown; event_payload?: unknown };
      if (typeof m !== 'object' || m === null) return { ok: false, error: 'invalid_metadata_format' };
      if (typeof m.event_type !== 'string' || !METADATA_EVENT_TYPE.test(m.event_type) || typeof m.event_payload !== 'object' || m.event_payload === null) {
        return { ok: false, error: 'invalid_metadata_schema' };
      }
      metadata = { event_type: m.event_type, event_payload: m.event_payload as Record<string, unknown> };
    }
    const message: StoredMessage = {
      type: 'message',
      ts: this.nextTs(),
      channel,
      text: String(args.text ?? ''),
      ...(args.blocks !== undefined ? { blocks: args.blocks } : {}),
      ...(args.thread_ts !== undefined ? { thread_ts: String(args.thread_ts) } : {}),
      user: BOT.userId,
      bot_id: BOT.botId,
      app_id: BOT.appId,
      ...(metadata ? { metadata } : {}),
    };
    this.messages.set(channel, [...(this.messages.get(channel) ?? []), message]);
    const { channel: _channel, ...shown } = message;
    return { ok: true, channel, ts: message.ts, message: shown };
  }

  /** conversations.history: top-level messages (and thread parents), newest first, paged by cursor. */
  private history(args: Record<string, unknown>): Record<string, unknown> {
    const channel = String(args.channel ?? '');
    const stored = this.messages.get(channel) ?? [];
    const oldest = args.oldest === undefined ? Number.NEGATIVE_INFINITY : Number(args.oldest);
    const latest = args.latest === undefined ? Number.POSITIVE_INFINITY : Number(args.latest);
    const inclusive = args.inclusive === 'true' || args.inclusive === true;
    const limit = Math.min(Math.max(Number(args.limit ?? 100) || 100, 1), 999);
    const withMetadata = args.include_all_metadata === 'true' || args.include_all_metadata === true;
    const inRange = stored
      .filter((m) => m.thread_ts === undefined || m.thread_ts === m.ts)
      .filter((m) => {
        const ts = Number(m.ts);
        return inclusive ? ts >= oldest && ts <= latest : ts > oldest && ts < latest;
      })
      .reverse();
    const start = args.cursor ? Number(Buffer.from(String(args.cursor), 'base64').toString('utf8').replace('offset:', '')) : 0;
    const page = inRange.slice(start, start + limit);
    const hasMore = start + limit < inRange.length;
    return {
      ok: true,
      messages: page.map(({ channel: _channel, metadata, ...m }) => (withMetadata && metadata ? { ...m, metadata } : m)),
      has_more: hasMore,
      response_metadata: { next_cursor: hasMore ? Buffer.from(`offset:${start + limit}`).toString('base64') : '' },
    };
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
        return this.postMessage(args);
      case 'conversations.history':
        return this.history(args);
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
    args[key] = key === 'blocks' || key === 'attachments' || key === 'metadata' ? JSON.parse(value) : value;
  }
  return args;
}
