// Invented articles and briefings for the briefing-page tests, with hostile text in every field a
// page shows: script tags, attribute break-outs, javascript: links, markup in titles and URLs.

import type { Article } from '../../src/article.ts';
import type { Briefing, Support } from '../../src/briefing.ts';

export const SCRIPT = '<script>window.__pwned = 1</script>';
export const BREAKOUT = '"><img src=x onerror="window.__pwned=2">';
export const JS_LINK = 'javascript:alert(document.cookie)';

export const hostileArticles: Article[] = [
  {
    id: 'valley-post',
    outlet: `Valley ${SCRIPT} Post`,
    title: `Bridge shut ${BREAKOUT}`,
    url: JS_LINK,
    publishedAt: '2026-03-02',
    text: [
      'The Marrow river bridge in Fenwick was closed on Monday after engineers found corrosion in its main cables.',
      `Mayor Ada Quell said the closure would last at least three weeks. "Nobody crosses until it is safe ${SCRIPT}," Quell said.`,
      `Residents posted a link, ${JS_LINK}, and a picture ${BREAKOUT} to the council forum.`,
      'The council is expected to publish the inspection report on Friday.',
    ].join('\n\n'),
  },
  {
    id: 'fenwick-courier',
    outlet: 'Fenwick Courier',
    title: 'Fenwick bridge closed <b>for weeks</b>',
    url: 'https://courier.example/bridge?a=1&b=<2>',
    publishedAt: '2026-03-02',
    text: [
      "Fenwick's Marrow river bridge was closed on Monday after engineers discovered corrosion in the main cables.",
      `"Nobody crosses until it is safe ${SCRIPT}," Mayor Ada Quell told reporters.`,
      'A contractor, Brenna Holt, denied that warnings about the cables had been ignored <img src="http://evil.example/track.png">.',
      'The bridge carries about 9,000 vehicles a day.',
    ].join('\n\n'),
  },
];

/** The span of `words` in the article (its first occurrence); throws when the words are not there. */
export function spanOf(article: Article, words: string): Support {
  const start = article.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${article.id}`);
  return { articleId: article.id, start, end: start + words.length };
}

const [post, courier] = hostileArticles as [Article, Article];

/** A briefing written by hand over the hostile articles: every field carries something hostile. */
export const hostileBriefing: Briefing = {
  title: `Fenwick bridge ${SCRIPT} closed ${BREAKOUT}`,
  generatedAt: '2026-03-02T09:00:00.000Z',
  sources: hostileArticles.map(({ id, outlet, title, url, publishedAt }) => ({ id, outlet, title, ...(url ? { url } : {}), ...(publishedAt ? { publishedAt } : {}) })),
  keyPoints: [
    {
      text: post.text.slice(0, post.text.indexOf('.') + 1),
      support: [spanOf(post, post.text.slice(0, post.text.indexOf('.') + 1)), spanOf(courier, courier.text.slice(0, courier.text.indexOf('.') + 1))],
    },
    { text: 'Mayor Ada Quell said the closure would last at least three weeks.', support: [spanOf(post, 'Mayor Ada Quell said the closure would last at least three weeks.')] },
  ],
  quotes: [
    {
      text: `Nobody crosses until it is safe ${SCRIPT}`,
      speaker: { name: `Ada ${BREAKOUT} Quell`, role: `Mayor ${SCRIPT}` },
      support: [spanOf(post, `Nobody crosses until it is safe ${SCRIPT}`), spanOf(courier, `Nobody crosses until it is safe ${SCRIPT}`)],
    },
  ],
  actors: [
    { name: 'Ada Quell', kind: 'person', role: `Mayor ${BREAKOUT}`, aliases: ['Ada Quell', 'Quell'], mentions: 3, articleIds: ['valley-post', 'fenwick-courier'] },
    { name: `Brenna ${SCRIPT} Holt`, kind: 'person', aliases: ['Brenna Holt'], mentions: 1, articleIds: ['fenwick-courier'] },
    { name: 'Fenwick', kind: 'place', aliases: ['Fenwick'], mentions: 2, articleIds: ['valley-post', 'fenwick-courier'] },
  ],
  openQuestions: [
    {
      topic: `Inspection report ${BREAKOUT}`,
      question: `Will the council publish the inspection report ${SCRIPT}?`,
      evidence: [{ ...spanOf(post, 'The council is expected to publish the inspection report on Friday.'), text: 'The council is expected to publish the inspection report on Friday.' }],
      singleSource: true,
      kinds: ['pending'],
    },
    {
      topic: 'Ignored warnings',
      question: 'Were warnings about the cables ignored?',
      evidence: [
        {
          ...spanOf(courier, 'A contractor, Brenna Holt, denied that warnings about the cables had been ignored <img src="http://evil.example/track.png">.'),
          text: 'A contractor, Brenna Holt, denied that warnings about the cables had been ignored <img src="http://evil.example/track.png">.',
        },
      ],
      kinds: ['denied'],
    },
  ],
  differences: [
    { articleId: 'valley-post', onlyHere: [{ ...spanOf(post, `Residents posted a link, ${JS_LINK}, and a picture ${BREAKOUT} to the council forum.`), text: `Residents posted a link, ${JS_LINK}, and a picture ${BREAKOUT} to the council forum.`, label: `forum ${SCRIPT}` }] },
    { articleId: 'fenwick-courier', onlyHere: [] },
  ],
  disagreements: [
    {
      about: `corrosion ${SCRIPT}`,
      versions: [
        { ...spanOf(post, 'engineers found corrosion'), text: 'engineers found corrosion' },
        { ...spanOf(courier, 'engineers discovered corrosion'), text: 'engineers discovered corrosion' },
      ],
    },
  ],
  notes: [`note ${SCRIPT} ${BREAKOUT}`],
};

export const hostileTexts = new Map(hostileArticles.map((a) => [a.id, a.text]));
