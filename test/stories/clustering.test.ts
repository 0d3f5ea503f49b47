import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article.ts';
import { createStoryBook, type StoryBook } from '../../src/stories/story-book.ts';
import { byPublication, expectedStory, hasSeedCorpus, LATER_DIR, loadArticles, SEED_DIR, STORIES_DIR } from './story-corpus.ts';

const own = loadArticles(STORIES_DIR);
const [later] = loadArticles(LATER_DIR);

/** The grouping as sets of expected-story names: ["glacier,glacier,glacier", …], sorted. */
function partition(book: StoryBook): string[] {
  return book
    .stories()
    .map((s) => s.articleIds.map(expectedStory).sort().join(','))
    .sort();
}

function fill(articles: Article[]): StoryBook {
  const book = createStoryBook();
  for (const article of articles) book.add(article);
  return book;
}

/** A fixed shuffle, so a failure can be replayed. */
function shuffled<T>(items: T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  return items
    .map((item) => ({ item, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item);
}

describe('grouping the corpus articles into stories', () => {
  it('has at least twelve articles across four stories, with outlets covering several stories', () => {
    expect(own.length).toBeGreaterThanOrEqual(12);
    expect(new Set(own.map((a) => expectedStory(a.id))).size).toBe(4);
    const storiesPerOutlet = new Map<string, Set<string>>();
    for (const a of own) storiesPerOutlet.set(a.outlet, (storiesPerOutlet.get(a.outlet) ?? new Set()).add(expectedStory(a.id)));
    expect([...storiesPerOutlet.values()].filter((s) => s.size >= 3).length).toBeGreaterThanOrEqual(3);
  });

  it('groups the twelve articles into the four stories', () => {
    expect(partition(fill(byPublication(own)))).toEqual([
      'breach,breach,breach',
      'election,election,election',
      'glacier,glacier,glacier',
      'launch,launch,launch',
    ]);
  });

  it.each([1, 2, 3])('groups them the same in another arrival order (shuffle %i)', (seed) => {
    expect(partition(fill(shuffled(own, seed)))).toEqual(partition(fill(byPublication(own))));
  });

  it('gives each story its outlets and a label taken from one of its headlines', () => {
    const book = fill(byPublication(own));
    for (const story of book.stories()) {
      const articles = book.articles(story.id);
      expect(story.outlets.sort()).toEqual([...new Set(articles.map((a) => a.outlet))].sort());
      expect(articles.map((a) => a.title)).toContain(story.label);
    }
  });

  it('a later article on a story joins it, keeping the story id', () => {
    const book = fill(byPublication(own));
    const glacier = book.stories().find((s) => s.articleIds.every((id) => expectedStory(id) === 'glacier'))!;
    const joined = book.add(later!);
    expect(joined).toMatchObject({ storyId: glacier.id, created: false });
    const grown = book.story(glacier.id)!;
    expect(grown.articleIds).toContain(later!.id);
    expect(grown.outlets).toContain('The Sentinel Review');
    expect(grown.lastSeenAt.slice(0, 10)).toBe('2023-11-11');
    expect(grown.firstSeenAt).toBe(glacier.firstSeenAt);
  });

  it('an article on the same story but outside the time window starts a new story', () => {
    const book = fill(byPublication(own));
    const glacierId = book.storyOf('glacier-alpine-courier');
    const muchLater = { ...later!, id: 'glacier-next-year', publishedAt: '2024-11-11' };
    const placed = book.add(muchLater);
    expect(placed.created).toBe(true);
    expect(placed.storyId).not.toBe(glacierId);
  });

  it('finds candidate stories through the index: an article sharing nothing meets no story', () => {
    const book = fill(byPublication(own));
    const unrelated: Article = {
      id: 'unrelated',
      outlet: 'Test',
      title: 'Beekeepers record a sweet autumn',
      text: 'Beekeepers reported abundant honey harvests as hives thrived among the orchards.',
      publishedAt: '2023-11-09',
    };
    expect(book.similarities(unrelated)).toEqual([]);
    expect(book.similarities(later!)[0]).toMatchObject({ storyId: book.storyOf('glacier-alpine-courier') });
  });
});

describe.skipIf(!hasSeedCorpus)('with the seed corpus from ../shared/corpus (skipped when ../shared is absent)', () => {
  // A skipped describe still runs its body to collect tests: load only when the corpus is there.
  const all = hasSeedCorpus ? [...own, ...loadArticles(SEED_DIR)] : own;

  it('groups the corpus and the seed articles into the right five stories', () => {
    expect(partition(fill(byPublication(all)))).toEqual([
      'blinken-seoul,blinken-seoul',
      'breach,breach,breach',
      'election,election,election',
      'glacier,glacier,glacier',
      'launch,launch,launch',
    ]);
  });

  it('and the later article still joins its story', () => {
    const book = fill(byPublication(all));
    expect(book.add(later!).storyId).toBe(book.storyOf('glacier-alpine-courier'));
    expect(partition(book)).toContain('glacier,glacier,glacier,glacier');
  });
});

describe('story ids', () => {
  it('are the same when the same articles arrive again (after a restart)', () => {
    const ids = (book: StoryBook) => own.map((a) => book.storyOf(a.id));
    expect(ids(fill(byPublication(own)))).toEqual(ids(fill(byPublication(own))));
  });

  it('are kept when stories are restored with their saved assignment', () => {
    const first = fill(byPublication(own));
    const restored = createStoryBook();
    for (const a of byPublication(own)) restored.add(a, { storyId: first.storyOf(a.id)! });
    expect(restored.add(later!).storyId).toBe(first.storyOf('glacier-alpine-courier'));
    expect(restored.stories().map((s) => s.id).sort()).toEqual(first.stories().map((s) => s.id).sort());
  });

  it('adding the same article twice changes nothing', () => {
    const book = fill(byPublication(own));
    const before = book.stories();
    expect(book.add(own[0]!)).toMatchObject({ created: false, storyId: book.storyOf(own[0]!.id) });
    expect(book.stories()).toEqual(before);
  });
});

describe('pruning', () => {
  it('forgets stories that received nothing since the cut-off, and their index entries', () => {
    const book = createStoryBook();
    for (const a of byPublication(own)) book.add(a, { receivedAt: new Date(`${a.publishedAt}T18:00:00Z`) });
    const glacierId = book.storyOf('glacier-alpine-courier')!;
    book.add(later!, { receivedAt: new Date('2023-11-11T18:00:00Z') });
    expect(book.prune(new Date('2023-11-11T00:00:00Z'))).toBe(3);
    expect(book.stories().map((s) => s.id)).toEqual([glacierId]);
    expect(book.storyOf('breach-estmark-herald')).toBeUndefined();
    expect(book.find('Halden Mutual')).toEqual({ candidates: [] });
    expect(book.similarities(own.find((a) => a.id === 'breach-continental-wire')!)).toEqual([]);
  });
});
