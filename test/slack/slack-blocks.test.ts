// renderSlackBlocks: within every Block Kit limit however long the briefing, article text
// escaped, and no word cut without a marker.

import { describe, expect, it } from 'vitest';
import { SLACK_LIMITS } from '../../adapters/slack/constants.ts';
import type { CommandReply } from '../../src/commands/command.ts';
import { renderSlackBlocks } from '../../src/render/slack-blocks.ts';
import { fitEscaped } from '../../src/render/slack-text.ts';
import { CUT_WORD, hugeBriefing, sampleBriefing } from './fixtures.ts';
import { brokenLimits, textsOf } from './limits-check.ts';

describe('renderSlackBlocks', () => {
  it('an ordinary briefing is one message: header, key points, quotes, actors, questions, differences, sources', () => {
    const messages = renderSlackBlocks(sampleBriefing());
    expect(messages).toHaveLength(1);
    const [message] = messages;
    expect(message!.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Blinken visits Seoul', emoji: true } });
    const all = textsOf(message!).join('\n');
    for (const heading of ['*Key points*', '*Key quotes*', '*People:*', '*Open questions*', '*How the outlets differ*', '*Sources*']) {
      expect(all).toContain(heading);
    }
    expect(all).toContain('> — *Antony Blinken*, U.S. Secretary of State');
    expect(all).toContain('*Only The Globe* reports:');
    expect(all).toContain('<https://example.com/a?x=1&amp;y=2|Wire &amp; Co — Blinken in Seoul> · 2023-11-09');
    expect(brokenLimits(message!)).toEqual([]);
  });

  it('article text with <!channel>, <@U123>, <!here>, <!everyone> and & arrives escaped', () => {
    const all = renderSlackBlocks(sampleBriefing()).flatMap(textsOf).join('\n');
    expect(all).toContain('Officials said &lt;!channel&gt; &amp; &lt;@U123&gt; should read this &lt;https://evil.example|now&gt;.');
    expect(all).toContain('&lt;!here&gt;');
    expect(all).toContain('&lt;!everyone&gt;');
    // The only raw "<" left are our own: the time shown in each reader's timezone, and source links.
    expect(all.match(/<[^>]*>/g)).toEqual([
      '<!date^1704096000^{date_short_pretty} {time}|2024-01-01 08:00 UTC>',
      '<https://example.com/a?x=1&amp;y=2|Wire &amp; Co — Blinken in Seoul>',
    ]);
  });

  describe('a briefing far over every limit', () => {
    const messages = renderSlackBlocks(hugeBriefing());

    it('becomes several messages (the first for the channel, the rest for its thread)', () => {
      expect(messages.length).toBeGreaterThan(3);
      expect(messages[0]!.blocks[0]!.type).toBe('header');
      expect(messages.slice(1).every((m) => m.blocks[0]!.type === 'context' && m.text.includes('(continued,'))).toBe(true);
    });

    it.each(messages.map((m, i) => [i + 1, m] as const))('message %i respects every limit', (_i, message) => {
      expect(brokenLimits(message)).toEqual([]);
    });

    it('never cuts a word without the "…" marker', () => {
      const texts = messages.flatMap(textsOf);
      expect(texts.filter((t) => CUT_WORD.test(t))).toEqual([]);
      expect(texts.some((t) => t.includes('…'))).toBe(true);
      // The 7000-character single "word" is cut inside, with the marker.
      expect(texts.some((t) => /x{100,}…”/.test(t))).toBe(true);
    });

    it('keeps every source and every actor', () => {
      const all = messages.flatMap(textsOf).join('\n');
      for (let i = 0; i < 80; i += 1) expect(all).toContain(`https://example.com/${i}?a=1&amp;b=2|`);
      for (let i = 0; i < 300; i += 1) expect(all).toContain(`Actor ${i} (`);
    });

    it('escapes article text in the fallback text and the header too', () => {
      const all = messages.flatMap(textsOf).join('\n');
      expect(all).not.toContain('<!channel>');
      expect(all).toContain('Outlet 0 &lt;!channel&gt;');
    });
  });

  it('a repeat delivery leads with what is new since the last one', () => {
    const briefing = sampleBriefing();
    const whatsNew = { sinceDeliveredAt: '2024-01-01T08:00:00Z', newKeyPoints: [{ text: 'Talks resumed <!here>.', support: [] }], newQuotes: [], openedQuestions: [], resolvedQuestions: ['Who attended'] };
    const [message] = renderSlackBlocks({ kind: 'briefing', briefing, whatsNew });
    const sections = message!.blocks.filter((b) => b.type === 'section').map((b) => (b.type === 'section' ? b.text.text : ''));
    expect(sections[0]).toBe("*What's new since <!date^1704096000^{date_short_pretty} {time}|2024-01-01 08:00 UTC>*\n• Talks resumed &lt;!here&gt;.\n• Settled: Who attended");
    expect(sections[1]).toMatch(/^\*Key points\*/);
  });

  it.each<[string, CommandReply, string]>([
    ['a digest', { kind: 'digest', digest: { title: 'Top stories', generatedAt: 'now', stories: [{ id: 's1', label: 'Seoul <!here>', outlets: ['A'], articleCount: 2, lead: 'Lead & more' }] } }, '*1. Seoul &lt;!here&gt;* _— A · 2 articles_'],
    ['a plain answer', { kind: 'message', text: 'Use /brief <topic>', ephemeral: true }, 'Use /brief &lt;topic&gt;'],
    ['an error', { kind: 'message', text: 'No such story', ephemeral: true, isError: true }, ':warning: No such story'],
  ])('renders %s as one message', (_name, reply, expected) => {
    const messages = renderSlackBlocks(reply);
    expect(messages).toHaveLength(1);
    expect(textsOf(messages[0]!).join('\n')).toContain(expected);
  });
});

describe('fitEscaped', () => {
  it.each([
    ['short & sweet', 50, 'short &amp; sweet'],
    ['one two three four', 12, 'one two…'],
    ['one, two three', 8, 'one…'],
    ['a <b> c', 7, 'a…'],
    ['supercalifragilistic', 6, 'super…'],
    ['&&&&&&', 11, '&amp;&amp;…'],
    ['', 10, ''],
  ])('fits %j into %i characters as %j', (text, max, expected) => {
    const fitted = fitEscaped(text, max);
    expect(fitted).toBe(expected);
    expect(fitted.length).toBeLessThanOrEqual(max);
  });

  it('a header is cut at a word, within the header limit', () => {
    const fitted = fitEscaped(`${'word '.repeat(40)}end`, SLACK_LIMITS.headerText);
    expect(fitted.length).toBeLessThanOrEqual(SLACK_LIMITS.headerText);
    expect(fitted).toMatch(/ word…$/);
  });
});

describe('actors and speakers, as a reader scans them', () => {
  const briefing = () => {
    const b = sampleBriefing();
    b.actors = [
      { name: 'Antony Blinken', kind: 'person', role: 'U.S. Secretary of State', aliases: [], mentions: 3, articleIds: ['a1'] },
      { name: 'Park Jin', kind: 'person', role: 'Foreign Minister', aliases: [], mentions: 2, articleIds: ['a1'] },
      { name: 'Yoon Suk Yeol', kind: 'person', aliases: [], mentions: 1, articleIds: ['a2'] },
      { name: 'Seoul', kind: 'place', aliases: [], mentions: 4, articleIds: ['a1'] },
      { name: 'Busan', kind: 'place', aliases: [], mentions: 1, articleIds: ['a2'] },
    ];
    // The quote's speaker came without a role; the actors list knows it.
    b.quotes = [{ text: 'We stand together', speaker: { name: 'Park Jin' }, support: [{ articleId: 'a1', start: 0, end: 5 }] }];
    return b;
  };

  it('each kind is one context line, its names separated, not elements that run together', () => {
    const [message] = renderSlackBlocks(briefing());
    const contexts = message!.blocks.filter((b) => b.type === 'context').map((b) => (b.type === 'context' ? b.elements.map((e) => e.text) : []));
    expect(contexts).toContainEqual(['*People:* Antony Blinken (U.S. Secretary of State) · Park Jin (Foreign Minister) · Yoon Suk Yeol']);
    expect(contexts).toContainEqual(['*Places:* Seoul · Busan']);
  });

  it('a quote’s speaker carries a role, from the actors list when the quote came without one', () => {
    const all = renderSlackBlocks(briefing()).flatMap(textsOf).join('\n');
    expect(all).toContain('> — *Park Jin*, Foreign Minister _(Wire &amp; Co)_');
  });
});

describe('renderSlackBlocks on a briefing answered many times', () => {
  it('renders one briefing object once per page link: the same messages, a fresh list each time', () => {
    const briefing = sampleBriefing();
    const first = renderSlackBlocks({ kind: 'briefing', briefing });
    const again = renderSlackBlocks({ kind: 'briefing', briefing });
    expect(again).not.toBe(first);
    expect(again[0]).toBe(first[0]); // kept with the briefing, not rendered again
    first.pop(); // a caller changing its list changes no other caller's
    expect(renderSlackBlocks(briefing)).toHaveLength(again.length);
    const linked = renderSlackBlocks({ kind: 'briefing', briefing, pageUrl: 'https://briefs.example/s/1' });
    expect(linked[0]).not.toBe(first[0]);
    expect(linked.flatMap(textsOf).join('\n')).toContain('briefs.example/s/1');
    expect(renderSlackBlocks({ kind: 'briefing', briefing, pageUrl: 'https://briefs.example/s/1' })[0]).toBe(linked[0]);
  });

  it('another briefing object (a note added) is rendered anew, with the note', () => {
    const briefing = sampleBriefing();
    renderSlackBlocks(briefing);
    const noted = { ...briefing, notes: [...(briefing.notes ?? []), 'Still reading 2 of 5 sources (Quarrel Point).'] };
    expect(renderSlackBlocks(noted).flatMap(textsOf).join('\n')).toContain('Quarrel Point');
    expect(renderSlackBlocks(briefing).flatMap(textsOf).join('\n')).not.toContain('Quarrel Point');
  });
});
