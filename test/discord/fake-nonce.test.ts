// The fake Discord must keep Discord's nonce rules, or the exactly-once tests that rely on it
// prove nothing: enforce_nonce returns the first message within the window, only then; a nonce is
// at most 25 characters.

import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from './fake/fake-discord.ts';
import { snowflake } from './fake/snowflakes.ts';

let fake: FakeDiscord;
let now = 0;
afterEach(() => fake.close());

async function post(channelId: string, body: Record<string, unknown>) {
  const res = await fetch(`${fake.apiUrl}/v10/channels/${channelId}/messages`, {
    method: 'POST',
    headers: { authorization: `Bot ${fake.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ content: 'hello', allowed_mentions: { parse: [] }, ...body }),
  });
  return { status: res.status, body: (await res.json()) as { id: string; nonce?: string } };
}

describe('fake Discord: nonces', () => {
  it.each([
    ['enforce_nonce within the window: the first message again', { nonce: 'n-1', enforce_nonce: true }, 60_000, 1],
    ['enforce_nonce after the window: a new message', { nonce: 'n-1', enforce_nonce: true }, 4 * 60_000, 2],
    ['the same nonce without enforce_nonce: a new message', { nonce: 'n-1' }, 1000, 2],
    ['no nonce: a new message', {}, 1000, 2],
  ])('%s', async (_name, body, gap, messages) => {
    now = 0;
    fake = await FakeDiscord.start({ nonceWindowMs: 3 * 60_000, now: () => now });
    const channel = snowflake();
    const first = await post(channel, body);
    now += gap;
    const second = await post(channel, body);
    expect([first.status, second.status]).toEqual([200, 200]);
    expect(fake.messagesIn(channel)).toHaveLength(messages);
    expect(second.body.id === first.body.id).toBe(messages === 1);
  });

  it('refuses a nonce longer than 25 characters', async () => {
    fake = await FakeDiscord.start();
    const answer = await post(snowflake(), { nonce: 'x'.repeat(26), enforce_nonce: true });
    expect(answer.status).toBe(400);
    expect(fake.created).toEqual([]);
  });

  it('a post failed after acceptance still created the message', async () => {
    fake = await FakeDiscord.start();
    const channel = snowflake();
    fake.scriptChannelPosts(channel, { status: 503, body: { message: 'unavailable', code: 0 }, afterAccept: true });
    expect((await post(channel, { nonce: 'a', enforce_nonce: true })).status).toBe(503);
    expect(fake.messagesIn(channel)).toHaveLength(1);
  });
});
