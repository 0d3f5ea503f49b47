// Test doubles at the edge of the adapter (not the library under test): a NewsDesk and a
// CommandHandler returning contract values, briefings of any size, and a pino logger that records.

import pino, { type Logger } from 'pino';
import type { Briefing, Quote } from '../../src/briefing.ts';
import type { CommandContext, CommandHandler, CommandReply } from '../../src/commands/command.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import type { DigestStory } from '../../src/digest.ts';

export const STORIES: DigestStory[] = [
  { id: 'story-blinken-seoul', label: 'Blinken visits Seoul', outlets: ['The Globe', 'Straits Times'], articleCount: 2, lead: 'Blinken met Park Jin in Seoul.' },
  { id: 'story-harbour-strike', label: 'Harbour strike in Valdora', outlets: ['Coast Daily'], articleCount: 1 },
  { id: 'story-rail-fares', label: 'Rail fares rise again', outlets: ['Metro Post', 'Coast Daily', 'The Ledger'], articleCount: 3 },
];

const words = (n: number, seed: string) => Array.from({ length: n }, (_, i) => `${seed}${i}`).join(' ');

export interface BriefingSize {
  keyPoints?: number;
  quotes?: number;
  questions?: number;
  sources?: number;
  /** Words per sentence or quote. */
  wordsEach?: number;
  title?: string;
}

export function makeBriefing(size: BriefingSize = {}): Briefing {
  const n = size.wordsEach ?? 12;
  const sources = Array.from({ length: size.sources ?? 2 }, (_, i) => ({
    id: `a${i}`,
    outlet: `Outlet ${i}`,
    title: `Report number ${i} on the talks`,
    url: `https://news.example/${i}`,
    publishedAt: '2023-11-09',
  }));
  const support = [{ articleId: 'a0', start: 0, end: 10 }];
  const quote = (i: number): Quote => ({
    text: `Quote ${i}: ${words(n, 'said')}`,
    speaker: i % 3 === 2 ? null : { name: `Speaker ${i}`, role: 'minister' },
    support,
  });
  return {
    title: size.title ?? 'Blinken and Park talk security in Seoul',
    generatedAt: '2023-11-09T08:00:00.000Z',
    sources,
    keyPoints: Array.from({ length: size.keyPoints ?? 4 }, (_, i) => ({ text: `Point ${i}: ${words(n, 'fact')}.`, support })),
    quotes: Array.from({ length: size.quotes ?? 3 }, (_, i) => quote(i)),
    actors: [
      { name: 'Antony Blinken', kind: 'person', role: 'U.S. Secretary of State', aliases: ['Blinken'], mentions: 4, articleIds: ['a0'] },
      { name: 'G7', kind: 'organization', aliases: [], mentions: 1, articleIds: ['a0'] },
      { name: 'South Korea', kind: 'place', aliases: [], mentions: 3, articleIds: ['a0', 'a1'] },
    ],
    openQuestions: Array.from({ length: size.questions ?? 2 }, (_, i) => ({
      topic: `Topic ${i}`,
      question: `Will it happen ${i}?`,
      evidence: [{ articleId: 'a0', start: 0, end: 5, text: `Evidence ${i}: ${words(n, 'maybe')}` }],
      singleSource: i === 0,
    })),
    differences: [{ articleId: 'a0', onlyHere: [{ text: 'Only the first outlet says this.', start: 0, end: 5 }] }],
  };
}

export interface RecordedCall {
  text: string;
  context: CommandContext;
}

/** Answers like the core's handler would: '' → digest, a topic → that story's briefing. */
export function recordingHandler(briefing: Briefing = makeBriefing()): CommandHandler & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  return {
    calls,
    async handle(text, context): Promise<CommandReply> {
      calls.push({ text, context });
      if (text === '') return { kind: 'digest', digest: { title: 'Top stories', generatedAt: '2023-11-09T08:00:00Z', stories: STORIES } };
      if (text === 'help') return { kind: 'message', text: 'Use `/brief now`, `/brief subscribe daily 08:00`.', ephemeral: true };
      if (text.startsWith('subscribe ')) return { kind: 'message', text: `Subscribed: ${text.slice(10)}`, ephemeral: true };
      if (text === 'nothing matches') return { kind: 'message', text: 'No story matches that. Known: Rail fares rise again', ephemeral: true, isError: true };
      return { kind: 'briefing', briefing, storyId: 'story-blinken-seoul' };
    },
  };
}

export function storyDesk(briefing: Briefing = makeBriefing()): NewsDesk & { briefed: string[] } {
  const briefed: string[] = [];
  return {
    briefed,
    async topStories(limit) {
      return STORIES.slice(0, limit);
    },
    async findStory(typed) {
      const wanted = typed.toLowerCase();
      const hits = STORIES.filter((s) => s.label.toLowerCase().includes(wanted));
      return hits[0] ? { story: hits[0], candidates: hits.slice(1) } : { candidates: STORIES };
    },
    async briefStory(storyId) {
      briefed.push(storyId);
      return briefing;
    },
  };
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export function recordingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
  return { logger, lines };
}
