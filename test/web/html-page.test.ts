// The briefing page as HTML (no browser): everything from an article escaped, only http(s) links,
// no script but the page's own, spans cut exactly, a coverage cell per outlet × item.

import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/briefing.ts';
import { diffBriefings } from '../../src/commands/whats-new.ts';
import { segmentedText } from '../../src/render/html-articles.ts';
import { countMentions } from '../../src/render/html-coverage.ts';
import { escapeHtml, safeHttpUrl } from '../../src/render/html-escape.ts';
import { independentReports, lineageGroups } from '../../src/render/html-lineage.ts';
import { PAGE_CSP, renderBriefingPage } from '../../src/render/html-page.ts';
import { BREAKOUT, hostileArticles, hostileBriefing, hostileTexts, JS_LINK, SCRIPT } from './fixtures.ts';

const renderedAt = '2026-03-02T10:00:00.000Z';

function page(briefing: Briefing = hostileBriefing, extra: Partial<Parameters<typeof renderBriefingPage>[0]> = {}) {
  const html = renderBriefingPage({ briefing, briefingId: 'b123', storyId: 'story-1', texts: hostileTexts, renderedAt, ...extra });
  return { html, document: parseHTML(html).document };
}

describe('escaping', () => {
  it.each([
    ['a script tag', '<script>x</script>', '&lt;script&gt;x&lt;/script&gt;'],
    ['an attribute break-out', '"><img onerror=x>', '&quot;&gt;&lt;img onerror=x&gt;'],
    ['single quotes and ampersands', "Tom's & Jerry's", 'Tom&#39;s &amp; Jerry&#39;s'],
    ['plain words', 'Fenwick bridge', 'Fenwick bridge'],
  ])('%s', (_name, text, escaped) => {
    expect(escapeHtml(text)).toBe(escaped);
  });

  it.each([
    ['https', 'https://courier.example/a?b=1', 'https://courier.example/a?b=1'],
    ['http', 'http://post.example/x', 'http://post.example/x'],
    ['markup in the query is percent-encoded', 'https://courier.example/?b=<2>', 'https://courier.example/?b=%3C2%3E'],
    ['javascript:', JS_LINK, undefined],
    ['JavaScript: with spaces and case', '  JaVaScRiPt:alert(1)', undefined],
    ['data:', 'data:text/html,<script>alert(1)</script>', undefined],
    ['protocol-relative', '//evil.example/x', undefined],
    ['relative', '/stories/x', undefined],
    ['credentials', 'https://user:pw@evil.example/', undefined],
    ['missing', undefined, undefined],
  ])('a URL: %s', (_name, url, safe) => {
    expect(safeHttpUrl(url)).toBe(safe);
  });
});

describe('a page of a briefing full of hostile text', () => {
  const { html, document } = page();

  it('runs no script but its own static file', () => {
    const scripts = [...document.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('src'))).toEqual(['../assets/page.js']);
    expect(scripts[0]!.textContent).toBe('');
    expect(html).not.toContain(SCRIPT);
    expect(html).not.toContain('<img');
  });

  it('has no event-handler attribute and no inline style anywhere', () => {
    for (const el of document.querySelectorAll('*')) {
      const names = el.getAttributeNames();
      expect(names.filter((n: string) => n.startsWith('on') || n === 'style')).toEqual([]);
    }
  });

  it('links only to itself, its own site or http(s) addresses', () => {
    const hrefs = [...document.querySelectorAll('[href]')].map((el) => el.getAttribute('href')!);
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(href).toMatch(/^(#[\w-]+$|\.\.\/(assets|briefings|stories)\/[\w.-]+$|https?:\/\/)/);
    expect(hrefs).toContain('https://courier.example/bridge?a=1&b=%3C2%3E');
    expect(hrefs.some((h) => /javascript/i.test(h))).toBe(false);
  });

  it('shows the hostile words as text', () => {
    expect(document.querySelector('h1')!.textContent).toBe(hostileBriefing.title);
    expect(document.querySelector('#q-0 blockquote')!.textContent).toBe(`“Nobody crosses until it is safe ${SCRIPT}”`);
    expect(document.querySelector('#q-0 .said strong')!.textContent).toBe(`Ada ${BREAKOUT} Quell`);
    expect(document.body.textContent).toContain(`Bridge shut ${BREAKOUT}`);
    expect(document.body.textContent).toContain('(link not shown: not an http(s) address)');
  });

  it('carries its Content-Security-Policy in the page too (for a saved copy)', () => {
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe(PAGE_CSP);
    expect(PAGE_CSP).toContain("script-src 'self'");
    expect(PAGE_CSP).not.toContain('unsafe-inline');
  });

  it('holds each article’s text exactly, in its own pane', () => {
    for (const [i, article] of hostileArticles.entries()) {
      expect(document.querySelector(`#a${i} .text`)!.textContent).toBe(article.text);
    }
  });

  it('makes every key point a link whose spans are the key point’s words in each article', () => {
    const links = [...document.querySelectorAll('#key-points a.item-link')];
    expect(links).toHaveLength(hostileBriefing.keyPoints.length);
    hostileBriefing.keyPoints.forEach((k, n) => {
      const spans = links[n]!.getAttribute('data-spans')!.split(' ');
      const expected = k.support.map((s) => `a${hostileArticles.findIndex((a) => a.id === s.articleId)}:${s.start}:${s.end}`);
      expect(spans).toEqual(expected);
    });
  });

  it('draws a coverage cell per outlet × item, filled where the outlet reports it', () => {
    const items = hostileBriefing.keyPoints.length + hostileBriefing.quotes.length + hostileBriefing.openQuestions.length;
    const rows = [...document.querySelectorAll('table.coverage tbody tr')];
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row.querySelectorAll('td.cell')).toHaveLength(items);
    // The Valley Post reports K1, K2, Q1, O1; the Courier K1, Q1, O2.
    const filled = rows.map((r) => [...r.querySelectorAll('td.cell')].map((c) => (c.classList.contains('on') ? 1 : 0)).join(''));
    expect(filled).toEqual(['11110', '10101']);
  });

  it('counts each actor’s mentions per outlet ("Ada Quell … Quell said"; "Ada Quell told")', () => {
    const quell = [...document.querySelectorAll('table.actors tbody tr')].find((r) => r.querySelector('th')?.textContent?.startsWith('Ada Quell'))!;
    expect([...quell.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['2', '1']);
  });
});

describe('segments', () => {
  it.each([
    ['no spans', 'abc def', [], 'abc def'],
    ['one span', 'abc def', [{ start: 4, end: 7 }], 'abc <span class="seg" data-s="4" data-e="7">def</span>'],
    [
      'overlapping spans are cut at every edge',
      'one two three',
      [
        { start: 0, end: 7 },
        { start: 4, end: 13 },
      ],
      '<span class="seg" data-s="0" data-e="4">one </span><span class="seg" data-s="4" data-e="7">two</span><span class="seg" data-s="7" data-e="13"> three</span>',
    ],
    ['markup inside a span is escaped', 'a <b> c', [{ start: 2, end: 5 }], 'a <span class="seg" data-s="2" data-e="5">&lt;b&gt;</span> c'],
    ['a span past the end is ignored', 'short', [{ start: 2, end: 50 }], 'short'],
    ['an empty span is ignored', 'short', [{ start: 2, end: 2 }], 'short'],
  ])('%s', (_name, text, spans, html) => {
    expect(segmentedText(text, spans)).toBe(html);
  });
});

describe('mention counts', () => {
  it.each([
    ['full name and surname, no double count', { name: 'Ada Quell', aliases: ['Quell'] }, 'Ada Quell spoke. Quell left.', 2],
    ['whole words only', { name: 'Quell', aliases: [] }, 'Quelling the unrest, Quell said.', 1],
    ['dotted abbreviations', { name: 'United States', aliases: ['U.S.', 'US'] }, 'The U.S. and the United States; US aid.', 3],
    ['names across a line break', { name: 'Ada Quell', aliases: [] }, 'Ada\nQuell', 1],
    ['regex characters in a name', { name: 'C++ (Group)', aliases: [] }, 'The C++ (Group) said.', 1],
  ])('%s', (_name, actor, text, count) => {
    expect(countMentions(actor, text)).toBe(count);
  });
});

describe('wire-copy lineage (the briefing’s lineage groups)', () => {
  const base: Briefing = { ...hostileBriefing, sources: [...hostileBriefing.sources, { id: 'third', outlet: 'Third Daily', title: 'T' }] };
  const withField = (extra: Record<string, unknown>) => ({ ...base, ...extra }) as Briefing;

  it.each([
    ['none', base, []],
    ['one group', withField({ lineage: [{ articleIds: ['valley-post', 'third'], sharedSentences: 5 }] }), [['valley-post', 'third']]],
    ['in the sources’ order', withField({ lineage: [{ articleIds: ['third', 'fenwick-courier'], sharedSentences: 4 }] }), [['fenwick-courier', 'third']]],
    ['unknown ids and junk ignored', withField({ lineage: [{ articleIds: ['valley-post', 'nobody'], sharedSentences: 3 }, 'junk', 7, null] }), []],
  ])('%s', (_name, briefing, groups) => {
    expect(lineageGroups(briefing as Briefing)).toEqual(groups);
  });

  it('shows shared wire text in the coverage picture and counts independent reports', () => {
    const briefing = withField({ lineage: [{ articleIds: ['valley-post', 'third'], sharedSentences: 5 }], independentReports: 2 });
    expect(independentReports(briefing, lineageGroups(briefing))).toBe(2);
    const { document } = page(briefing);
    expect(document.querySelector('table.coverage caption')!.textContent).toContain('2 independent reports');
    expect(document.querySelectorAll('table.coverage .wire')).toHaveLength(2);
  });
});

describe('what is new since the previous briefing', () => {
  const previous: Briefing = { ...hostileBriefing, keyPoints: hostileBriefing.keyPoints.slice(0, 1), quotes: [], openQuestions: hostileBriefing.openQuestions.slice(1) };

  it('marks the new items and links the previous briefing', () => {
    const whatsNew = diffBriefings(previous, hostileBriefing, previous.generatedAt);
    const { document } = page(hostileBriefing, { whatsNew, previousId: 'bprevious' });
    const isNew = (selector: string) => document.querySelector(selector)!.querySelector('.badge.new') !== null;
    expect([isNew('#kp-0'), isNew('#kp-1'), isNew('#q-0'), isNew('#oq-0'), isNew('#oq-1')]).toEqual([false, true, true, true, false]);
    expect(document.querySelector('.whats-new a')!.getAttribute('href')).toBe('../briefings/bprevious');
    expect(document.querySelector('.whats-new')!.textContent).toContain('1 new key point, 1 new quote, 1 new open question');
  });

  it('says so when this is the story’s first briefing', () => {
    expect(page().document.querySelector('.whats-new')!.textContent).toContain('The first briefing of this story');
  });
});

describe('an article whose text the bot no longer has', () => {
  it('still lists its items, and says its text is not kept', () => {
    const texts = new Map([...hostileTexts].slice(0, 1));
    const html = renderBriefingPage({ briefing: hostileBriefing, briefingId: 'b1', texts, renderedAt });
    const { document } = parseHTML(html);
    expect(document.querySelector('#a1 .missing')!.textContent).toContain('not kept');
    expect(document.querySelectorAll('#key-points a.item-link')).toHaveLength(2);
  });
});
