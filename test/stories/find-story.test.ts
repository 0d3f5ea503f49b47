import { describe, expect, it } from 'vitest';
import { createStoryBook } from '../../src/stories/story-book.ts';
import { byPublication, expectedStory, hasSeedCorpus, loadArticles, SEED_DIR, STORIES_DIR } from './story-corpus.ts';

const articles = byPublication([...loadArticles(STORIES_DIR), ...(hasSeedCorpus ? loadArticles(SEED_DIR) : [])]);
const book = createStoryBook();
for (const a of articles) book.add(a);
const storyName = (id: string | undefined) => (id ? expectedStory(book.story(id)!.articleIds[0]!) : undefined);

describe('findStory: the best-matching story', () => {
  it.each([
    ['glacier', 'glacier'],
    ['Sankt Iliar evacuation', 'glacier'],
    ['lake ossel', 'glacier'],
    ['Halden Mutual hack', 'breach'],
    ['data breach', 'breach'],
    ['Castellane', 'breach'],
    ['snap election', 'election'],
    ['Abelard', 'election'],
    ['pension reform', 'election'],
    ['Aster-3', 'launch'],
    ['Fjell-2 rocket', 'launch'],
    ['satellite launch', 'launch'],
  ])('%s → %s', (words, expected) => {
    expect(storyName(book.find(words).story?.id)).toBe(expected);
  });

  it.skipIf(!hasSeedCorpus).each([
    ['Blinken', 'blinken-seoul'],
    ['Blinken Seoul visit', 'blinken-seoul'],
    ['US', 'blinken-seoul'],
    ['North Korea Russia', 'blinken-seoul'],
  ])('%s → %s (seed corpus)', (words, expected) => {
    expect(storyName(book.find(words).story?.id)).toBe(expected);
  });

  it('finds a story by its id', () => {
    const id = book.storyOf('breach-continental-wire')!;
    expect(book.find(id).story?.id).toBe(id);
  });
});

describe('findStory: the closest candidates when no story matches well', () => {
  it('a word two stories share equally gives both as candidates', () => {
    const match = book.find('Estmark');
    expect(match.story).toBeUndefined();
    expect(match.candidates.map((c) => storyName(c.id)).sort()).toEqual(['breach', 'election']);
  });

  it('words that are mostly unknown give the story of the known one as a candidate only', () => {
    const match = book.find('glacier tariffs shipbuilding subsidies');
    expect(match.story).toBeUndefined();
    expect(storyName(match.candidates[0]?.id)).toBe('glacier');
  });

  it('unknown words give nothing', () => {
    expect(book.find('zebra marmalade')).toEqual({ candidates: [] });
    expect(book.find('the latest news')).toEqual({ candidates: [] });
  });
});

describe('top stories', () => {
  it('ranks stories with more outlets and newer articles first', () => {
    const ranked = createStoryBook();
    for (const a of articles) ranked.add(a);
    const top = ranked.top(10, new Date('2023-11-11T12:00:00Z')).map((s) => storyName(s.id));
    expect(top.slice(0, 4).sort()).toEqual(['breach', 'election', 'glacier', 'launch']);
    // Two outlets and a day older: below every three-outlet story.
    if (hasSeedCorpus) expect(top.at(-1)).toBe('blinken-seoul');
    expect(ranked.top(2, new Date('2023-11-11T12:00:00Z'))).toHaveLength(2);
  });

  it('puts fresh coverage above a bigger story that has gone quiet', () => {
    const ranked = createStoryBook();
    for (const a of articles) ranked.add(a);
    const [later] = loadArticles(new URL('../../corpus/stories/later', import.meta.url).pathname);
    ranked.add(later!);
    const days = ranked.top(10, new Date('2023-11-14T00:00:00Z')).map((s) => storyName(s.id));
    expect(days[0]).toBe('glacier');
  });
});
