// The fake Discord's validator must reject what Discord rejects, or the adapter tests that
// rely on it prove nothing.

import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS as L } from '../../src/render/discord-limits.ts';
import { validateMessage } from './fake/validate-payload.ts';

const ok = { allowed_mentions: { parse: [] } };
const embed = (description: string, fields = 0) => ({
  title: 't',
  description,
  fields: Array.from({ length: fields }, (_, i) => ({ name: `f${i}`, value: 'v' })),
});

describe('validateMessage', () => {
  const rows: [string, Record<string, unknown>, RegExp | null][] = [
    ['a plain message', { ...ok, content: 'hello' }, null],
    ['content over 2000', { ...ok, content: 'x'.repeat(L.messageContent + 1) }, /content/],
    ['over 6000 characters across embeds', { ...ok, embeds: [embed('x'.repeat(4000)), embed('x'.repeat(2000))] }, /6000/],
    ['exactly 6000 across embeds', { ...ok, embeds: [embed('x'.repeat(3999)), embed('x'.repeat(1999))] }, null],
    ['26 fields', { ...ok, embeds: [embed('x', 26)] }, /fields: 26/],
    ['11 embeds', { ...ok, embeds: Array.from({ length: 11 }, () => embed('x')) }, /embeds: 11/],
    ['a description over 4096', { ...ok, embeds: [embed('x'.repeat(L.embedDescription + 1))] }, /description/],
    ['no allowed_mentions', { content: 'hello' }, /allowed_mentions/],
    ['allowed_mentions that parse users', { content: 'hello', allowed_mentions: { parse: ['users'] } }, /allowed_mentions/],
    ['an empty message', { ...ok }, /empty/],
  ];
  it.each(rows)('%s', (_name, body, problem) => {
    const problems = validateMessage(body, { requireAllowedMentions: true });
    if (problem) expect(problems.join('; ')).toMatch(problem);
    else expect(problems).toEqual([]);
  });
});
