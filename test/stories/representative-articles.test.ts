import { describe, expect, it } from 'vitest';
import { representativeArticles } from '../../src/stories/representative-articles.ts';

const a = (id: string, outlet: string, publishedAt?: string) => ({ id, outlet, ...(publishedAt ? { publishedAt } : {}) });
const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('which articles a large story is briefed from', () => {
  it.each([
    {
      rule: 'a story within the limit is briefed whole, in its order',
      articles: [a('x1', 'Fenwick Gazette', '2026-03-02'), a('x2', 'Tarn Courier', '2026-03-01')],
      limit: 3,
      chosen: ['x1', 'x2'],
    },
    {
      rule: 'every outlet is heard before any outlet is heard twice',
      articles: [a('g1', 'Fenwick Gazette', '2026-03-01'), a('g2', 'Fenwick Gazette', '2026-03-02'), a('g3', 'Fenwick Gazette', '2026-03-03'), a('t1', 'Tarn Courier', '2026-03-01')],
      limit: 2,
      chosen: ['g3', 't1'],
    },
    {
      rule: "each outlet gives its newest first, and the outlet with the newest article goes first",
      articles: [a('g1', 'Fenwick Gazette', '2026-03-01'), a('g2', 'Fenwick Gazette', '2026-03-04'), a('t1', 'Tarn Courier', '2026-03-02'), a('t2', 'Tarn Courier', '2026-03-03'), a('o1', 'Osk Radio', '2026-03-01')],
      limit: 4,
      chosen: ['g1', 'g2', 't2', 'o1'],
    },
    {
      rule: 'the chosen articles keep the story order',
      articles: [a('t1', 'Tarn Courier', '2026-03-05'), a('g1', 'Fenwick Gazette', '2026-03-01'), a('g2', 'Fenwick Gazette', '2026-03-06')],
      limit: 2,
      chosen: ['t1', 'g2'],
    },
    {
      rule: 'without dates, the later to join counts as the newer',
      articles: [a('g1', 'Fenwick Gazette'), a('g2', 'Fenwick Gazette'), a('g3', 'Fenwick Gazette')],
      limit: 2,
      chosen: ['g2', 'g3'],
    },
  ])('$rule', ({ articles, limit, chosen }) => {
    expect(ids(representativeArticles(articles, limit))).toEqual(chosen);
  });
});
