// The fake Slack must keep what Slack keeps, or the exactly-once tests that rely on it prove
// nothing: posted messages with their metadata, returned by conversations.history newest first
// from `oldest`, paged by cursor, metadata only with include_all_metadata; a failure after
// acceptance leaves the message posted.

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlackApi } from './fake-slack-api.ts';

let api: FakeSlackApi;
let now = new Date('2025-01-14T08:00:00Z');

beforeEach(async () => {
  api = new FakeSlackApi();
  api.useClock(() => now);
  await api.listen();
});
afterEach(() => api.close());

async function call(method: string, args: Record<string, unknown>) {
  const body = new URLSearchParams(Object.entries(args).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  const res = await fetch(`${api.apiUrl}${method}`, { method: 'POST', body }).catch((error: Error) => error);
  if (res instanceof Error) return { status: 0, body: {} as Record<string, unknown> };
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const metadata = (key: string) => ({ event_type: 'briefbot_slot', event_payload: { key, part: 0 } });

describe('fake Slack: messages, metadata and history', () => {
  it('returns top-level messages newest first, from oldest, with metadata only when asked', async () => {
    const first = await call('chat.postMessage', { channel: 'C1', text: 'one', metadata: metadata('k1') });
    now = new Date('2025-01-14T08:01:00Z');
    await call('chat.postMessage', { channel: 'C1', text: 'reply', thread_ts: first.body.ts });
    const second = await call('chat.postMessage', { channel: 'C1', text: 'two', metadata: metadata('k2') });
    expect(Number(second.body.ts)).toBeGreaterThan(Number(first.body.ts));
    expect(String(first.body.ts)).toMatch(/^1736841600\.\d{6}$/);

    const plain = await call('conversations.history', { channel: 'C1' });
    expect((plain.body.messages as { text: string }[]).map((m) => m.text)).toEqual(['two', 'one']);
    expect(plain.body.messages).toEqual([expect.not.objectContaining({ metadata: expect.anything() }), expect.not.objectContaining({ metadata: expect.anything() })]);

    const withMetadata = await call('conversations.history', { channel: 'C1', include_all_metadata: true, oldest: String(first.body.ts) });
    expect(withMetadata.body.messages).toEqual([expect.objectContaining({ text: 'two', metadata: metadata('k2'), bot_id: 'BBOT' })]);
  });

  it('pages with a cursor', async () => {
    for (let i = 0; i < 5; i++) await call('chat.postMessage', { channel: 'C1', text: `m${i}` });
    const seen: string[] = [];
    let cursor = '';
    do {
      const page = await call('conversations.history', { channel: 'C1', limit: '2', ...(cursor ? { cursor } : {}) });
      seen.push(...(page.body.messages as { text: string }[]).map((m) => m.text));
      cursor = (page.body.response_metadata as { next_cursor: string }).next_cursor;
      expect(page.body.has_more).toBe(cursor !== '');
    } while (cursor);
    expect(seen).toEqual(['m4', 'm3', 'm2', 'm1', 'm0']);
  });

  it('refuses metadata without an event type or payload', async () => {
    const answer = await call('chat.postMessage', { channel: 'C1', text: 'x', metadata: { event_payload: {} } });
    expect(answer.body).toEqual({ ok: false, error: 'invalid_metadata_schema' });
    expect(api.allMessages()).toEqual([]);
  });

  it.each([
    ['a 503', { status: 503, body: { ok: false }, afterAccept: true }, 503],
    ['a dropped connection', { afterAccept: true, drop: true }, 0],
  ])('a post that fails with %s after acceptance is in the channel all the same', async (_name, fault, status) => {
    api.script('chat.postMessage', fault);
    const answer = await call('chat.postMessage', { channel: 'C1', text: 'x', metadata: metadata('k') });
    expect(answer.status).toBe(status);
    expect(api.messages.get('C1')).toEqual([expect.objectContaining({ text: 'x', metadata: metadata('k') })]);
  });
});
