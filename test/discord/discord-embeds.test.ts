// renderDiscordEmbeds: every message within Discord's limits (checked by the same validator as
// the fake Discord), nothing lost, nothing cut mid-word without "…", and article text inert.

import { describe, expect, it } from 'vitest';
import { buildBriefing } from '../../src/build-briefing.ts';
import type { Briefing } from '../../src/briefing.ts';
import { DISCORD_LIMITS } from '../../src/render/discord-limits.ts';
import { escapeMarkdown, fitText } from '../../src/render/discord-embed-pack.ts';
import { type DiscordMessagePayload, renderDiscordBriefingPart, renderDiscordEmbeds } from '../../src/render/discord-embeds.ts';
import { demoCorpusDir } from '../../adapters/files/repo-paths.ts';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { validateMessage } from './fake/validate-payload.ts';
import { type BriefingSize, makeBriefing } from './fixtures.ts';

const allText = (messages: DiscordMessagePayload[]) =>
  messages
    .flatMap((m) => [m.content ?? '', ...m.embeds.flatMap((e) => [e.title ?? '', e.description ?? '', ...(e.fields ?? []).map((f) => f.value)])])
    .join('\n');

function expectValid(messages: DiscordMessagePayload[]) {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(validateMessage(message as unknown as Record<string, unknown>, { requireAllowedMentions: true })).toEqual([]);
  }
}

describe('renderDiscordEmbeds of a briefing', () => {
  const sizes: [string, BriefingSize, number][] = [
    ['a small briefing fits one message', {}, 1],
    ['40 long key points continue in follow-ups', { keyPoints: 40, wordsEach: 60 }, 3],
    ['many quotes, questions and sources stay compact', { quotes: 40, questions: 30, sources: 40, wordsEach: 90 }, 1],
    ['everything at once', { keyPoints: 80, quotes: 60, questions: 40, sources: 60, wordsEach: 120 }, 5],
  ];
  it.each(sizes)('%s, each message within every limit', (_name, size, atLeast) => {
    const briefing = makeBriefing(size);
    const messages = renderDiscordEmbeds(briefing);
    expectValid(messages);
    expect(messages.length).toBeGreaterThanOrEqual(atLeast);
    // Key points are never dropped: each appears whole, in order.
    const text = allText(messages);
    let from = 0;
    for (const point of briefing.keyPoints) {
      const at = text.indexOf(escapeMarkdown(point.text), from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('the demo corpus briefing renders within the limits', () => {
    const { articles } = loadPaths([demoCorpusDir]);
    const briefing = buildBriefing(articles, { generatedAt: '2024-01-01T00:00:00.000Z' });
    const messages = renderDiscordEmbeds({ kind: 'briefing', briefing, storyId: 'demo' });
    expectValid(messages);
    expect(messages[0]!.embeds[0]!.title).toBe(briefing.title);
  });

  it('shortens what no embed can hold at a word, with a visible "…"', () => {
    const giant = makeBriefing({ keyPoints: 1, wordsEach: 1500, title: `A ${'very '.repeat(80)}long title` });
    const messages = renderDiscordEmbeds(giant);
    expectValid(messages);
    const first = messages[0]!.embeds[0]!;
    expect(first.title!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedTitle);
    expect(first.title).toMatch(/very …$/);
    expect(first.description).toMatch(/fact\d+ …$/);
  });

  it('shows the top quotes and questions, and points to the buttons for the rest', () => {
    const reply = { kind: 'briefing' as const, briefing: makeBriefing({ quotes: 9, questions: 8 }), storyId: 's1' };
    const text = allText(renderDiscordEmbeds(reply));
    expect(text).toContain('Quote 4:');
    expect(text).not.toContain('Quote 5:');
    expect(text).toContain('+4 more quotes (press **Quotes** below)');
    expect(text).toContain('+3 more questions (press **Open questions** below)');
    expect(allText(renderDiscordEmbeds(reply.briefing))).not.toContain('press **Quotes**');
  });

  it('cuts the actors list at a whole name and says how many more', () => {
    const briefing = makeBriefing();
    briefing.actors = Array.from({ length: 300 }, (_, i) => ({ name: `Person Number ${i}`, kind: 'person' as const, aliases: [], mentions: 1, articleIds: ['a0'] }));
    const people = renderDiscordEmbeds(briefing)[0]!.embeds[0]!.fields![0]!;
    expect(people.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.fieldValue);
    expect(people.value).toMatch(/; Person Number \d+ and \d+ more$/);
  });

  it('leads with what is new when the story was briefed here before', () => {
    const briefing = makeBriefing();
    const messages = renderDiscordEmbeds({
      kind: 'briefing',
      briefing,
      storyId: 's1',
      whatsNew: {
        sinceDeliveredAt: '2023-11-08T08:00:00Z',
        newKeyPoints: [briefing.keyPoints[1]!],
        newQuotes: [],
        openedQuestions: [],
        resolvedQuestions: ['Will it happen 0?'],
      },
    });
    expectValid(messages);
    const description = messages[0]!.embeds[0]!.description!;
    // Discord shows <t:…> in each reader's own timezone.
    expect(description.startsWith("**What's new since <t:1699430400:f>**\n• Point 1:")).toBe(true);
    expect(allText(messages)).not.toContain('Point 0:');
    expect(allText(messages)).toContain('Resolved: Will it happen 0?');
  });
});

describe('article text pings no one and shows as written', () => {
  const hostile = 'Officials told @everyone at <@123> and <@&456> to read **this** [here](https://evil.example) `now`.';
  const briefing: Briefing = { ...makeBriefing(), keyPoints: [{ text: hostile, support: [{ articleId: 'a0', start: 0, end: 1 }] }] };

  it('escapes markdown and mention syntax, and sets allowed_mentions to parse nothing', () => {
    for (const message of renderDiscordEmbeds(briefing)) expect(message.allowed_mentions).toEqual({ parse: [] });
    const description = renderDiscordEmbeds(briefing)[0]!.embeds[0]!.description!;
    expect(description).toContain('\\<@123\\>');
    expect(description).toContain('\\*\\*this\\*\\* \\[here\\](https://evil.example) \\`now\\`');
  });
});

describe('renderDiscordBriefingPart', () => {
  const briefing = makeBriefing({ quotes: 30, questions: 20, sources: 25, wordsEach: 80 });
  it.each(['quotes', 'questions', 'sources'] as const)('%s: every item in full, within the limits', (part) => {
    const messages = renderDiscordBriefingPart(briefing, part);
    expectValid(messages);
    const text = allText(messages);
    const expected =
      part === 'quotes' ? briefing.quotes.map((q) => q.text) : part === 'questions' ? briefing.openQuestions.flatMap((q) => q.evidence.map((e) => e.text)) : briefing.sources.map((s) => s.title);
    for (const item of expected) expect(text).toContain(escapeMarkdown(item));
  });
});

describe('digests and plain replies', () => {
  it('a digest of 60 stories continues across messages', () => {
    const stories = Array.from({ length: 60 }, (_, i) => ({ id: `s${i}`, label: `Story ${i}`, outlets: ['A', 'B'], articleCount: 2, lead: 'word '.repeat(100) }));
    const messages = renderDiscordEmbeds({ kind: 'digest', digest: { title: 'Top stories', generatedAt: 'now', stories } });
    expectValid(messages);
    expect(messages.length).toBeGreaterThan(1);
    expect(allText(messages)).toContain('**Story 59**');
  });

  it('a long message is split at line breaks into contents of at most 2000', () => {
    const text = Array.from({ length: 120 }, (_, i) => `line ${i} ${'x'.repeat(40)}`).join('\n');
    const messages = renderDiscordEmbeds({ kind: 'message', text, ephemeral: true });
    expectValid(messages);
    expect(messages.map((m) => m.content).join('\n')).toBe(text);
  });
});

describe('fitText', () => {
  const cases: [string, string, number, string][] = [
    ['fits: unchanged', 'short text', 20, 'short text'],
    ['cut at the last whole word', 'alpha beta gamma delta', 14, 'alpha beta …'],
    ['one giant word: cut with the marker', 'x'.repeat(30), 10, `${'x'.repeat(8)} …`],
    ['never half an escape', `ab ${'\\*'.repeat(10)}`, 12, 'ab …'],
    ['never half an escape inside a word', `${'\\*'.repeat(10)}`, 9, '\\*\\*\\* …'],
  ];
  it.each(cases)('%s', (_name, text, max, expected) => {
    const fitted = fitText(text, max);
    expect(fitted).toBe(expected);
    expect(fitted.length).toBeLessThanOrEqual(max);
  });
});

describe('dates in Discord’s idiom', () => {
  it('the footer counts sources and the embed carries the time as a timestamp, not raw ISO text', () => {
    const messages = renderDiscordEmbeds({ kind: 'briefing', briefing: makeBriefing(), storyId: 's1' });
    const [head] = messages[0]!.embeds;
    expect(head!.footer).toEqual({ text: '2 sources' });
    expect(head!.timestamp).toBe('2023-11-09T08:00:00.000Z');
    const shown = messages.flatMap((m) => m.embeds).map((e) => `${e.title} ${e.description} ${e.footer?.text ?? ''}`);
    expect(shown.join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });

  it.each([
    ['2026-11-20', '20 Nov 2026'],
    ['2026-11-20T00:00:00.000Z', '<t:1795132800:D>'],
    ['2026-11-20T09:30:00+09:00', '<t:1795134600:D>'],
    ['last Tuesday', 'last Tuesday'],
  ])('a source published %s shows as %s', (publishedAt, shown) => {
    const briefing = makeBriefing();
    briefing.sources[0] = { ...briefing.sources[0]!, publishedAt };
    const sources = renderDiscordEmbeds({ kind: 'briefing', briefing }).flatMap((m) => m.embeds).find((e) => e.title === 'Sources')!;
    expect(sources.description).toContain(`(${shown})`);
  });

  it('a digest has no "generated <ISO>" footer, only the timestamp', () => {
    const [message] = renderDiscordEmbeds({ kind: 'digest', digest: { title: 'Top stories', generatedAt: '2023-11-09T08:00:00Z', stories: [] } });
    expect(message!.embeds[0]).toMatchObject({ timestamp: '2023-11-09T08:00:00.000Z' });
    expect(message!.embeds[0]!.footer).toBeUndefined();
  });
});
