// The port through which commands reach the stories the bot knows. The core defines it; the
// story store (adapters) or a fixed set of articles (the demo, tests) implement it.

import type { Briefing } from '../briefing.ts';
import type { DigestStory } from '../digest.ts';

export interface StoryMatch {
  /** The story that matches well, if one does. */
  story?: DigestStory;
  /** The closest stories, best first, when none matches well (or as alternatives). */
  candidates: DigestStory[];
}

export interface NewsDesk {
  topStories(limit: number): Promise<DigestStory[]>;
  findStory(words: string): Promise<StoryMatch>;
  briefStory(storyId: string): Promise<Briefing>;
  /** Briefs pasted links (fetching is the adapter's job). Absent where links are not supported. */
  briefUrls?(urls: string[]): Promise<Briefing>;
  /** One line per source (feed) with its health, for `/brief status`. */
  sourceStatus?(): Promise<string[]>;
  /** The stories served now and their articles (restored ones included), for `/brief status`. */
  counts?(): Promise<{ stories: number; articles: number }>;
  /**
   * Sources not read yet since the start (their first poll is under way or still to come), of
   * all sources. Meanwhile the desk serves what the store holds, and the answers say so.
   */
  reading?(): SourcesReading;
}

export interface SourcesReading {
  reading: number;
  total: number;
}

/** "still reading 3 of 5 sources", or undefined when every source has been read once. */
export function stillReadingText(desk: Pick<NewsDesk, 'reading'>): string | undefined {
  const progress = desk.reading?.();
  if (!progress || progress.reading === 0) return undefined;
  return `still reading ${progress.reading} of ${progress.total} source${progress.total === 1 ? '' : 's'}`;
}
