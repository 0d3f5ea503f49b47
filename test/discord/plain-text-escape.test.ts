// Plain replies on Discord echo what users typed (the public "Subscribed … briefings on “…”"):
// the text must show as written, never as live Markdown (a masked link, a heading, a spoiler).

import { describe, expect, it } from 'vitest';
import { renderDiscordEmbeds } from '../../src/render/discord-embeds.ts';

/** What Discord shows for escaped text: each backslash-escaped character as itself. */
const shown = (content: string) => content.replace(/\\(.)/g, '$1');
/** An unescaped `[`, or a `#`/`-` heading at a line's start: Markdown Discord would act on. */
const LIVE = /(?<!\\)\[[^\]]*(?<!\\)\]\(|(?:^|\n)[ \t]*-?#+ |(?<!\\)\|\|/;

const subscribed = (topic: string) => `Subscribed (id k7m2qp): briefings on “${topic}”, daily 08:00 UTC; next Tue 14 Jan, 08:00 UTC.`;

describe('Discord: a user’s words in a plain reply are not Markdown', () => {
  it.each([
    ['a masked link', subscribed('[Urgent](https://evil.example/login)')],
    ['a masked link with a title', subscribed('[Read me](https://evil.example "Official")')],
    ['a masked link around an angle-bracket URL', subscribed('[Bank](<https://evil.example>)')],
    ['a heading at the start of a line', '# FREE MONEY\nclick below'],
    ['a small heading', '-# quiet text'],
    ['a spoiler', subscribed('||hidden||')],
    ['bold and code', subscribed('**loud** `code`')],
    ['a user mention', subscribed('<@123456789012345678>')],
    ['a block quote', '> quoted'],
  ])('%s', (_, text) => {
    const [message] = renderDiscordEmbeds({ kind: 'message', text, ephemeral: false });
    expect(message!.content).not.toMatch(LIVE);
    expect(message!.content).not.toMatch(/(?<!\\)[*`<>]/);
    expect(shown(message!.content!)).toBe(text);
  });

  it.each([
    ['a bare link stays a link, without backslashes', "I won't fetch https://intranet.example/a_b_c: it is private.", 'https://intranet.example/a_b_c'],
    ['a link after a masked label keeps no live label', '[Urgent](https://evil.example/x)', 'https://evil.example/x'],
  ])('%s', (_, text, url) => {
    const [message] = renderDiscordEmbeds({ kind: 'message', text, ephemeral: false });
    expect(message!.content).toContain(url);
    expect(message!.content).not.toMatch(LIVE);
    expect(shown(message!.content!)).toBe(text);
  });
});
