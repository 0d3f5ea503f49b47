// A fake Discord for tests: the REST routes the adapter uses and a gateway (HELLO, IDENTIFY,
// heartbeats, READY, GUILD_CREATE, RESUME, dispatches) on 127.0.0.1, so the real discord.js runs
// against it. It records every request, rejects what Discord rejects (see validate-payload.ts),
// and enforces the 3 s deadline of an interaction's first response (404, code 10062).
//
// Channel posts keep Discord's nonce rules: a nonce is a string of at most 25 characters (or an
// integer); with `enforce_nonce: true`, a create whose nonce the same author used within the
// window ("the past few minutes") returns that message instead of creating another. A scripted
// answer can come after the message was created (`afterAccept`: a 503, a dropped connection, or
// no answer), which is how a platform fails mid-request.

import { EventEmitter, once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';
import { DISCORD_ERROR, EPHEMERAL, INTERACTION_DEADLINE_MS } from '../../../adapters/discord/constants.ts';
import { snowflake } from './snowflakes.ts';
import { validateChoices, validateCommand, validateMessage } from './validate-payload.ts';
import { guildCreate, invalidForm, messageObject, readBody } from './wire-objects.ts';

// biome-ignore lint/suspicious/noExplicitAny: wire JSON as recorded, read freely by the tests
type Json = Record<string, any>;

export interface FakeGuild {
  id: string;
  name: string;
  channelIds: string[];
}

export interface FakeDiscordOptions {
  token?: string;
  /** How long a nonce is remembered for enforce_nonce. Default 3 minutes. */
  nonceWindowMs?: number;
  /** The fake's clock for the nonce window (default Date.now). */
  now?: () => number;
  heartbeatIntervalMs?: number;
  interactionDeadlineMs?: number;
  guilds?: FakeGuild[];
}

export interface RecordedRequest {
  method: string;
  /** Decoded path below /api/v10, e.g. /webhooks/1/tok/messages/@original. */
  path: string;
  query: URLSearchParams;
  // biome-ignore lint/suspicious/noExplicitAny: wire JSON as recorded, read freely by the tests
  body: any;
  status: number;
  /** Why the fake rejected the payload; empty when it was accepted. */
  problems: string[];
  at: number;
}

export interface ScriptedResponse {
  status: number;
  body?: Json;
  headers?: Record<string, string>;
  /** Create the message first, then answer with this: Discord failed after accepting. */
  afterAccept?: boolean;
  /** Close the connection instead of answering. */
  drop?: boolean;
  /** Never answer (the client's timeout decides). */
  hang?: boolean;
}

/** A message created in a channel, as the fake keeps it. */
export interface CreatedMessage {
  id: string;
  channelId: string;
  nonce?: string | number;
  createdAt: number;
  // biome-ignore lint/suspicious/noExplicitAny: wire JSON as sent
  body: any;
}

const NONCE_MAX_LENGTH = 25;

interface InteractionState {
  payload: Json;
  dispatchedAt: number;
  deadlineMs: number;
  acknowledged?: number;
  ephemeral?: boolean;
  /** The deferred "thinking…" reply has been edited (or deleted): follow-ups are new messages. */
  settled?: boolean;
  originalDeleted?: boolean;
}

export interface SendInteractionOptions {
  /** This interaction's deadline for the first response (default: the fake's). */
  deadlineMs?: number;
}

export class FakeDiscord {
  readonly token: string;
  readonly applicationId = snowflake();
  readonly botUser = { id: this.applicationId, username: 'briefbot', discriminator: '0', global_name: null, avatar: null, bot: true };
  readonly guilds: FakeGuild[];
  readonly requests: RecordedRequest[] = [];
  readonly registeredCommands = new Map<string, Json[]>();
  /** Messages created by channel posts, oldest first. */
  readonly created: CreatedMessage[] = [];
  identifies = 0;
  resumes = 0;
  identifyIntents: number[] = [];
  /** The [shard id, shard count] of every IDENTIFY, in order. */
  identifiedShards: Array<[number, number]> = [];

  private readonly events = new EventEmitter();
  private readonly server = createServer((req, res) => void this.onHttp(req, res));
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly interactions = new Map<string, InteractionState>();
  private readonly scripted = new Map<string, (ScriptedResponse | 'accept')[]>();
  private readonly heartbeatIntervalMs: number;
  private readonly deadlineMs: number;
  private readonly nonceWindowMs: number;
  private readonly now: () => number;
  private readonly hung = new Set<ServerResponse>();
  private socket: WebSocket | undefined;
  /** Sharded sessions: each shard's socket; a guild's events go to shard (guild_id >> 22) % count. */
  private readonly shardSockets = new Map<number, { ws: WebSocket; count: number }>();
  private sessionId = '';
  private seq = 0;
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.token = options.token ?? 'fake-bot-token';
    this.heartbeatIntervalMs = options.heartbeatIntervalMs ?? 500;
    this.deadlineMs = options.interactionDeadlineMs ?? INTERACTION_DEADLINE_MS;
    this.guilds = options.guilds ?? [];
    this.nonceWindowMs = options.nonceWindowMs ?? 3 * 60_000;
    this.now = options.now ?? Date.now;
    this.server.on('upgrade', (req, socket, head) => {
      if (!req.url?.startsWith('/gw')) return socket.destroy();
      this.wss.handleUpgrade(req, socket, head, (ws) => this.onGatewayConnection(ws));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    fake.server.listen(0, '127.0.0.1');
    await once(fake.server, 'listening');
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_URL would be: discord.js adds /v10 itself. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gw`;
  }

  /** Requests whose payload the fake rejected. A passing test expects none. */
  get rejections(): RecordedRequest[] {
    return this.requests.filter((r) => r.problems.length > 0);
  }

  async close(): Promise<void> {
    for (const res of this.hung) res.destroy();
    for (const client of this.wss.clients) client.terminate();
    this.wss.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** The next posts to this channel get these answers, in order ('accept': served as usual), then normal service. */
  scriptChannelPosts(channelId: string, ...responses: (ScriptedResponse | 'accept')[]): void {
    this.scripted.set(channelId, [...(this.scripted.get(channelId) ?? []), ...responses]);
  }

  sendInteraction(payload: Json, options: SendInteractionOptions = {}): void {
    this.interactions.set(payload.token, {
      payload,
      dispatchedAt: Date.now(),
      deadlineMs: options.deadlineMs ?? this.deadlineMs,
    });
    this.dispatch('INTERACTION_CREATE', payload);
  }

  dispatch(type: string, data: Json): void {
    const socket = this.socketFor(data.guild_id);
    if (!socket) throw new Error('fake Discord: no gateway connection to dispatch on');
    this.send(socket, { op: 0, t: type, s: ++this.seq, d: data });
  }

  /** Discord's rule: a guild's events on shard (guild_id >> 22) % shard count; DMs on shard 0. */
  static shardOf(guildId: string | undefined, count: number): number {
    return guildId === undefined ? 0 : Number((BigInt(guildId) >> 22n) % BigInt(count));
  }

  private socketFor(guildId: string | undefined): WebSocket | undefined {
    const count = [...this.shardSockets.values()][0]?.count ?? 1;
    if (count <= 1) return this.socket;
    return this.shardSockets.get(FakeDiscord.shardOf(guildId, count))?.ws;
  }

  /** Closes the gateway socket as a network failure would (4000: unknown error, resumable). */
  dropGateway(code = 4000): void {
    this.socket?.close(code, 'fake Discord dropped the connection');
    this.socket = undefined;
  }

  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(match: (request: RecordedRequest) => boolean, timeoutMs = 30_000): Promise<RecordedRequest> {
    const found = this.requests.find(match);
    if (found) return Promise.resolve(found);
    return this.waitFor('request', match, timeoutMs, 'request');
  }

  /** Resolves when the gateway has seen `count` identifies + resumes in all. */
  waitForSessions(count: number, timeoutMs = 30_000): Promise<void> {
    if (this.identifies + this.resumes >= count) return Promise.resolve();
    return this.waitFor('session', () => this.identifies + this.resumes >= count, timeoutMs, 'gateway session').then(() => {});
  }

  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => r.method === method && pathPattern.test(r.path));
  }

  private waitFor<T>(event: string, match: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.events.off(event, listener);
        reject(new Error(`fake Discord: no matching ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const listener = (value: T) => {
        if (!match(value)) return;
        clearTimeout(timer);
        this.events.off(event, listener);
        resolve(value);
      };
      this.events.on(event, listener);
    });
  }

  // ---- gateway ----

  private onGatewayConnection(ws: WebSocket): void {
    this.send(ws, { op: 10, d: { heartbeat_interval: this.heartbeatIntervalMs } });
    ws.on('message', (raw) => {
      const message = JSON.parse(raw.toString()) as Json;
      if (message.op === 1) this.send(ws, { op: 11 });
      else if (message.op === 2) this.onIdentify(ws, message.d);
      else if (message.op === 6) this.onResume(ws, message.d);
    });
  }

  private onIdentify(ws: WebSocket, d: Json): void {
    if (d.token !== this.token) {
      ws.close(4004, 'Authentication failed');
      return;
    }
    this.identifies++;
    this.identifyIntents.push(d.intents);
    const [shardId, shardCount] = (Array.isArray(d.shard) ? d.shard : [0, 1]) as [number, number];
    this.identifiedShards.push([shardId, shardCount]);
    this.shardSockets.set(shardId, { ws, count: shardCount });
    this.socket = ws;
    this.sessionId = snowflake();
    this.seq = 0;
    // Each shard hears only of its own guilds.
    const guilds = this.guilds.filter((g) => FakeDiscord.shardOf(g.id, shardCount) === shardId);
    const sendOn = (type: string, data: Json) => this.send(ws, { op: 0, t: type, s: ++this.seq, d: data });
    sendOn('READY', {
      v: 10,
      user: this.botUser,
      guilds: guilds.map((g) => ({ id: g.id, unavailable: true })),
      session_id: this.sessionId,
      resume_gateway_url: this.gatewayUrl,
      application: { id: this.applicationId, flags: 0 },
      shard: [shardId, shardCount],
      private_channels: [],
    });
    for (const guild of guilds) sendOn('GUILD_CREATE', guildCreate(guild, this.botUser.id));
    this.events.emit('session');
  }

  private onResume(ws: WebSocket, d: Json): void {
    if (d.token !== this.token || d.session_id !== this.sessionId) {
      this.send(ws, { op: 9, d: false });
      return;
    }
    this.resumes++;
    this.socket = ws;
    this.dispatch('RESUMED', {});
    this.events.emit('session');
  }

  private send(ws: WebSocket, payload: Json): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(payload));
  }

  // ---- REST ----

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const raw = await readBody(req);
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/api\/v10/, '').split('/').map(decodeURIComponent).join('/');
    const record: RecordedRequest = { method, path, query: url.searchParams, body: undefined, status: 0, problems: [], at: Date.now() };
    try {
      if (raw) record.body = JSON.parse(raw);
    } catch {
      record.problems.push('body is not JSON');
    }
    if (req.headers['content-type']?.startsWith('multipart/')) record.problems.push('multipart body not expected');
    const answer = record.problems.length ? invalidForm(record.problems) : this.route(method, path, record, req);
    record.status = answer.drop || answer.hang ? 0 : answer.status;
    this.requests.push(record);
    if (answer.drop) {
      req.socket.destroy();
      this.events.emit('request', record);
      return;
    }
    if (answer.hang) {
      this.hung.add(res);
      res.on('close', () => this.hung.delete(res));
      this.events.emit('request', record);
      return;
    }
    if (answer.status === 204) {
      res.writeHead(204, answer.headers).end();
    } else {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end(JSON.stringify(answer.body ?? {}));
    }
    this.events.emit('request', record);
  }

  private route(method: string, path: string, record: RecordedRequest, req: IncomingMessage): ScriptedResponse {
    const authorized = req.headers.authorization === `Bot ${this.token}`;
    const unauthorized = { status: 401, body: { message: '401: Unauthorized', code: 0 } };
    const match = (pattern: RegExp) => pattern.exec(path);

    if (method === 'GET' && path === '/gateway/bot') {
      if (!authorized) return unauthorized;
      return {
        status: 200,
        body: {
          url: this.gatewayUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 86_400_000, max_concurrency: 1 },
        },
      };
    }
    const callback = match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/);
    if (method === 'POST' && callback) return this.onCallback(callback[1]!, callback[2]!, record);

    const webhook = match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/@original)?$/);
    if (webhook) return this.onWebhook(method, webhook[1]!, webhook[2]!, Boolean(webhook[3]), record);

    const channelPost = match(/^\/channels\/(\d+)\/messages$/);
    if (method === 'POST' && channelPost) {
      if (!authorized) return unauthorized;
      const channelId = channelPost[1]!;
      const scripted = this.scripted.get(channelId)?.shift();
      if (scripted && scripted !== 'accept' && !scripted.afterAccept) return scripted;
      const created = this.createMessage(channelId, record);
      return scripted && scripted !== 'accept' && created.status === 200 ? scripted : created;
    }
    if (method === 'POST' && path === '/users/@me/channels') {
      if (!authorized) return unauthorized;
      const recipient = { id: String(record.body?.recipient_id), username: 'reader', discriminator: '0', avatar: null };
      return { status: 200, body: { id: snowflake(), type: 1, last_message_id: null, recipients: [recipient] } };
    }
    const commandsRoute = match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    if (method === 'PUT' && commandsRoute) {
      if (!authorized) return unauthorized;
      const commands = Array.isArray(record.body) ? (record.body as Json[]) : [];
      record.problems.push(...commands.flatMap((c) => validateCommand(c)));
      if (record.problems.length) return invalidForm(record.problems);
      this.registeredCommands.set(commandsRoute[2] ?? 'global', commands);
      const registered = commands.map((c) => ({ ...c, id: snowflake(), application_id: commandsRoute[1], version: snowflake() }));
      return { status: 200, body: registered as unknown as Json };
    }
    record.problems.push(`no such route in the fake: ${method} ${path}`);
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }

  private onCallback(id: string, token: string, record: RecordedRequest): ScriptedResponse {
    const state = this.interactions.get(token);
    if (!state || state.payload.id !== id || Date.now() - state.dispatchedAt > state.deadlineMs) {
      return { status: 404, body: { message: 'Unknown interaction', code: DISCORD_ERROR.unknownInteraction } };
    }
    if (state.acknowledged !== undefined) {
      return { status: 400, body: { message: 'Interaction has already been acknowledged.', code: DISCORD_ERROR.alreadyAcknowledged } };
    }
    const { type, data } = record.body ?? {};
    if (type === 4 || type === 7) record.problems.push(...validateMessage(data ?? {}, { requireAllowedMentions: true }));
    if (type === 8) record.problems.push(...validateChoices(data?.choices));
    if (![4, 5, 6, 7, 8].includes(type)) record.problems.push(`callback type ${type} not expected`);
    if (record.problems.length) return invalidForm(record.problems);
    state.acknowledged = type;
    state.ephemeral = ((data?.flags ?? 0) & EPHEMERAL) !== 0;
    return { status: 204 };
  }

  private onWebhook(method: string, applicationId: string, token: string, original: boolean, record: RecordedRequest): ScriptedResponse {
    const state = this.interactions.get(token);
    const unknownWebhook = { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    if (!state || applicationId !== this.applicationId || state.acknowledged === undefined || state.acknowledged === 8) {
      return unknownWebhook;
    }
    const channelId = state.payload.channel?.id ?? state.payload.channel_id;
    if (original && state.originalDeleted) return { status: 404, body: { message: 'Unknown Message', code: 10008 } };
    if (method === 'DELETE' && original) {
      state.originalDeleted = true;
      state.settled = true;
      return { status: 204 };
    }
    if (method === 'PATCH' && original) {
      return this.accept(record, () => {
        state.settled = true;
        return { status: 200, body: messageObject(this.botUser, channelId, record.body) };
      });
    }
    if (method === 'POST' && !original) {
      // Discord: a follow-up straight after a deferral only edits the loading message and ignores
      // its flags (kept for backwards compatibility, deprecated). Our adapter must never rely on it.
      if (state.acknowledged === 5 && !state.settled) {
        record.problems.push('follow-up sent while the deferred reply is still loading: edit the original first');
        return invalidForm(record.problems);
      }
      return this.accept(record, () => ({ status: 200, body: messageObject(this.botUser, channelId, record.body) }));
    }
    record.problems.push(`webhook ${method} not expected`);
    return { status: 405, body: { message: '405: Method Not Allowed', code: 0 } };
  }

  /** POST /channels/:id/messages, with Discord's nonce rules. */
  private createMessage(channelId: string, record: RecordedRequest): ScriptedResponse {
    const body = record.body ?? {};
    const nonce = body.nonce as unknown;
    if (nonce !== undefined) {
      const fits = (typeof nonce === 'string' && nonce.length <= NONCE_MAX_LENGTH) || (typeof nonce === 'number' && Number.isInteger(nonce));
      if (!fits) record.problems.push(`nonce: must be an integer or a string of at most ${NONCE_MAX_LENGTH} characters`);
    }
    if (body.enforce_nonce !== undefined && typeof body.enforce_nonce !== 'boolean') record.problems.push('enforce_nonce: must be a boolean');
    return this.accept(record, () => {
      const now = this.now();
      if (body.enforce_nonce === true && nonce !== undefined) {
        // Same author (the bot), same nonce, within the window: the first message, not a new one.
        const first = this.created.find((m) => m.nonce === nonce && now - m.createdAt <= this.nonceWindowMs);
        if (first) return { status: 200, body: { ...messageObject(this.botUser, first.channelId, first.body), id: first.id, nonce } };
      }
      const message = messageObject(this.botUser, channelId, body);
      this.created.push({ id: message.id, channelId, ...(nonce !== undefined ? { nonce: nonce as string | number } : {}), createdAt: now, body });
      return { status: 200, body: nonce !== undefined ? { ...message, nonce } : message };
    });
  }

  /** Messages created in a channel, oldest first. */
  messagesIn(channelId: string): CreatedMessage[] {
    return this.created.filter((m) => m.channelId === channelId);
  }

  private accept(record: RecordedRequest, ok: () => ScriptedResponse): ScriptedResponse {
    record.problems.push(...validateMessage(record.body ?? {}, { requireAllowedMentions: true }));
    return record.problems.length ? invalidForm(record.problems) : ok();
  }

}
