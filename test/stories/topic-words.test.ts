// `/brief <words>` as a first-time user types it: a singular where the articles say the plural,
// the start of a name (Discord autocomplete), filler words, and words the stories do not have.
// The same rules hold on the story desk (a story book) and on the defaults' one-story desk.

import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article.ts';
import { createStaticNewsDesk } from '../../src/news-desk/static-news-desk.ts';
import { createStoryBook } from '../../src/stories/story-book.ts';

const FERRIES: Article[] = [
  {
    id: 'ferries-a',
    outlet: 'Bay Herald',
    title: 'Quillmere ferries halted after engine fires',
    publishedAt: '2031-04-02',
    text:
      'All passenger ferries out of Quillmere were halted on Monday after two engine fires in a week. ' +
      'The harbour master told a news conference that every vessel would be inspected. ' +
      'Operators said the ferries could sail again within ten days if the inspections found nothing.',
  },
  {
    id: 'ferries-b',
    outlet: 'Coast Daily',
    title: 'Engine fires ground the Quillmere ferry fleet',
    publishedAt: '2031-04-02',
    text:
      'The ferry fleet of Quillmere stayed in port on Monday after engine fires on two vessels. ' +
      'Inspectors began examining the engines of every ferry in the fleet. ' +
      'Islanders said they had no other way to reach the mainland hospital.',
  },
];

const ORCHARD: Article = {
  id: 'orchard-a',
  outlet: 'Valley Post',
  title: 'Late frost ruins apricot orchards in the Dravel valley',
  publishedAt: '2031-04-02',
  text:
    'A late frost destroyed most of the apricot blossom in the Dravel valley overnight. ' +
    'Growers said the harvest would be the smallest in twenty years. ' +
    'The regional council promised emergency grants to orchards that lost more than half their crop.',
};

const book = createStoryBook({ now: () => new Date('2031-04-03T00:00:00Z') });
for (const a of [...FERRIES, ORCHARD]) book.add(a);
const storyOf = (id: string | undefined) => (id ? book.story(id)!.articleIds[0]!.split('-')[0] : undefined);

describe('topic words on the story desk', () => {
  it.each([
    ['ferry', 'ferries'],
    ['ferries', 'ferries'],
    ['Quillmere', 'ferries'],
    ['quill', 'ferries'],
    ['quillm', 'ferries'],
    ['engine fire', 'ferries'],
    ['apricot', 'orchard'],
    ['apri', 'orchard'],
    ['frost orchard', 'orchard'],
    ['the latest on the frost please', 'orchard'],
  ])('%s → the %s story', (words, expected) => {
    expect(storyOf(book.find(words).story?.id)).toBe(expected);
  });

  it.each([
    // "news" is filler, and no article says "korea": the news conference must not count.
    ['korea news', []],
    ['zebra', []],
    // Too short to stand for longer words.
    ['qu', []],
    // One word of two is there: offered, not chosen.
    ['ferry strike korea', ['ferries']],
    ['korea ferries', ['ferries']],
  ])('%s → no story (candidates %j)', (words, candidates) => {
    const match = book.find(words);
    expect(match.story).toBeUndefined();
    expect(match.candidates.map((c) => storyOf(c.id))).toEqual(candidates);
  });
});

describe("topic words on the defaults' one-story desk", () => {
  const desk = createStaticNewsDesk(FERRIES, { generatedAt: '2031-04-03T00:00:00.000Z' });

  it.each(['ferry', 'ferries', 'quill', 'Quillmere', 'fire', 'inspections'])('%s → the story', async (words) => {
    expect((await desk.findStory(words)).story?.label).toMatch(/ferr/i);
  });

  it.each([
    ['korea news', 0],
    ['hello', 0],
    ['korea ferries', 1],
  ])('%s → no story, %i candidate(s)', async (words, candidates) => {
    const match = await desk.findStory(words);
    expect(match.story).toBeUndefined();
    expect(match.candidates).toHaveLength(candidates);
  });
});

describe('the same words asked again', () => {
  it('find the same story until an article joins a story or a story is pruned', () => {
    const local = createStoryBook({ now: () => new Date('2031-04-03T00:00:00Z') });
    local.add(ORCHARD);
    // "ferry" is found nowhere yet; the next answer must not be kept from before the ferries came.
    expect(local.find('Quillmere ferry').story).toBeUndefined();
    const first = local.find('apricot');
    first.candidates.push(first.candidates[0]!); // a caller changing its answer changes no other's
    expect(local.find('apricot').candidates).toHaveLength(first.candidates.length - 1);
    for (const a of FERRIES) local.add(a);
    expect(local.find('Quillmere ferry').story?.articleIds).toEqual(['ferries-a', 'ferries-b']);
    const orchard = local.find('apricot').story!;
    expect(orchard.articleIds).toEqual(['orchard-a']);
    // A later orchard article joins: the answer counts it.
    local.add({ ...ORCHARD, id: 'orchard-b', outlet: 'Dravel Echo' });
    expect(local.find('apricot').story?.articleIds).toEqual(['orchard-a', 'orchard-b']);
    // Pruned stories are no longer found.
    expect(local.prune(new Date('2031-05-01T00:00:00Z'))).toBe(2);
    expect(local.find('apricot').story).toBeUndefined();
  });
});
