// Small hand-written briefings and a NewsDesk over them, for command and scheduler tests.

import type { Briefing } from '../../src/briefing.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import type { DigestStory } from '../../src/digest.ts';

export function makeBriefing(parts: {
  title: string;
  keyPoints?: string[];
  quotes?: string[];
  questions?: Array<[topic: string, question: string]>;
}): Briefing {
  const support = [{ articleId: 'a1', start: 0, end: 10 }];
  return {
    title: parts.title,
    generatedAt: '2025-01-14T08:00:00.000Z',
    sources: [{ id: 'a1', outlet: 'Outlet One', title: parts.title }],
    keyPoints: (parts.keyPoints ?? []).map((text) => ({ text, support })),
    quotes: (parts.quotes ?? []).map((text) => ({ text, speaker: { name: 'Antony Blinken' }, support })),
    actors: [],
    openQuestions: (parts.questions ?? []).map(([topic, question]) => {
      // Distinct evidence per question text, as real offsets would be.
      const start = [...question].reduce((sum, c) => sum + c.charCodeAt(0), 0);
      return { topic, question, evidence: [{ articleId: 'a1', start, end: start + question.length, text: question }] };
    }),
    differences: [],
  };
}

export interface FakeDesk extends NewsDesk {
  /** Replace a story's briefing (the story moved on). */
  update(storyId: string, briefing: Briefing): void;
}

/** A NewsDesk over named stories; findStory matches a story whose label contains the words. */
export function createFakeDesk(stories: Record<string, Briefing>, extra: Partial<NewsDesk> = {}): FakeDesk {
  const briefings = new Map(Object.entries(stories));
  const digestStory = (id: string, b: Briefing): DigestStory => ({
    id,
    label: b.title,
    outlets: b.sources.map((s) => s.outlet),
    articleCount: b.sources.length,
  });
  return {
    update: (id, b) => void briefings.set(id, b),
    async topStories(limit) {
      return [...briefings].slice(0, limit).map(([id, b]) => digestStory(id, b));
    },
    async findStory(words) {
      const hit = [...briefings].find(([, b]) => b.title.toLowerCase().includes(words.toLowerCase()));
      return hit ? { story: digestStory(...hit), candidates: [] } : { candidates: [...briefings].map(([id, b]) => digestStory(id, b)) };
    },
    async briefStory(id) {
      const b = briefings.get(id);
      if (!b) throw new Error(`no story ${id}`);
      return b;
    },
    ...extra,
  };
}
