// Markdown briefings (the console, summaries/) carry article text: a link in it whose target is
// not http(s) is dropped (its label stays), and no article text becomes an HTML tag or autolink.

import { describe, expect, it } from 'vitest';
import type { Briefing } from '../../src/briefing.ts';
import { inlineText, safeLinkTarget } from '../../src/render/markdown-text.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';

/** Markdown that a viewer would turn into a link to something other than http(s). */
const LIVE_UNSAFE = /\]\(\s*<?\s*(?!https?:\/\/)[a-z][\w+.-]*:|<(?:javascript|data|vbscript|file):|<a\s|<img\s|^\s*\[(?:[^\]\\]|\\.)*\]:\s*(?!https?:)/im;

describe('inlineText: article text inside a Markdown line', () => {
  it.each([
    ['a javascript: link keeps its label', 'Read [the report](javascript:alert(1)) today.', 'Read the report today.'],
    ['an upper-case scheme', 'See [this](JavaScript:alert(document.cookie)).', 'See this.'],
    ['a data: link', 'A [picture](data:text/html;base64,PHNjcmlwdD4=) of the quay.', 'A picture of the quay.'],
    ['a vbscript: link with a title', 'Open [it](vbscript:msgbox "hi") now.', 'Open it now.'],
    ['an image with a javascript: source', 'Before ![x](javascript:void(0)) after.', 'Before x after.'],
    ['an angle-bracket target', 'Click [here](<javascript:alert(1)>).', 'Click here.'],
    ['a target with spaces before it', 'Click [here]( javascript:alert(1) ).', 'Click here.'],
    ['an autolink', 'Mail <javascript:alert(1)> please.', 'Mail &lt;javascript:alert(1)> please.'],
    ['a raw anchor tag', 'A <a href="javascript:alert(1)">link</a>.', 'A &lt;a href="javascript:alert(1)">link&lt;/a>.'],
    ['a reference definition', '[1]: javascript:alert(1)', '[1\\]: javascript:alert(1)'],
  ])('%s', (_, text, expected) => {
    expect(inlineText(text)).toBe(expected);
    expect(inlineText(text)).not.toMatch(LIVE_UNSAFE);
  });

  it.each([
    ['an http link stays', 'Read [the report](https://council.example/report).'],
    ['an https link with a title stays', 'Read [it](https://council.example/r "Report").'],
    ['brackets that are no link', 'The mayor [of Fenwick] said so.'],
    ['a comparison', 'Fewer than 3 < 5 ferries ran.'],
  ])('%s', (_, text) => {
    expect(inlineText(text)).toBe(text);
  });

  it.each([
    ['https://courier.example/a', 'https://courier.example/a'],
    ['HTTP://courier.example/a', 'HTTP://courier.example/a'],
    ['javascript:alert(1)', undefined],
    ['data:text/html,x', undefined],
    ['//courier.example/a', undefined],
    ['https://courier.example/a) [x](javascript:alert(1)', undefined],
  ])('safeLinkTarget(%s) = %s', (url, expected) => {
    expect(safeLinkTarget(url)).toBe(expected);
  });
});

describe('renderMarkdown: no unsafe link from any article field', () => {
  const hostile = '[click me](javascript:alert(1))';
  const briefing: Briefing = {
    title: `Quay closed ${hostile}`,
    generatedAt: '2026-03-02T09:00:00.000Z',
    sources: [
      { id: 'a1', outlet: `Harbour ${hostile} Post`, title: `Quay shut ${hostile}`, url: 'javascript:alert(2)' },
      { id: 'a2', outlet: 'Lantern Daily', title: 'Quay [closed] for weeks', url: 'https://lantern.example/quay' },
    ],
    keyPoints: [{ text: `The quay closed on Monday ${hostile}.`, support: [{ articleId: 'a1', start: 0, end: 10 }] }],
    quotes: [
      {
        text: `Nobody sails ${hostile}`,
        speaker: { name: `Ona Brisk ${hostile}`, role: `harbour master ${hostile}` },
        support: [{ articleId: 'a1', start: 0, end: 10 }],
      },
    ],
    actors: [{ name: `Ona Brisk ${hostile}`, kind: 'person', aliases: [], mentions: 1, articleIds: ['a1'] }],
    openQuestions: [
      { topic: `reopening ${hostile}`, question: `When will it reopen ${hostile}?`, evidence: [{ articleId: 'a1', start: 0, end: 10, text: `maybe ${hostile}` }] },
    ],
    differences: [{ articleId: 'a1', onlyHere: [{ text: `Only here ${hostile}`, start: 0, end: 10 }] }],
    disagreements: [],
  } as unknown as Briefing;

  it('drops every javascript: link and keeps the http(s) source link', () => {
    const markdown = renderMarkdown(briefing);
    expect(markdown).not.toMatch(/javascript:alert\(1\)\)/);
    expect(markdown).not.toMatch(LIVE_UNSAFE);
    expect(markdown).not.toContain('](javascript:');
    expect(markdown).toContain('click me');
    expect(markdown).toContain('[Quay \\[closed\\] for weeks](https://lantern.example/quay)');
  });
});
