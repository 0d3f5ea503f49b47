// Briefings for the Slack tests (one ordinary, one far over every Block Kit limit) and a small
// scripted CommandHandler: the contract the adapter serves, not the code under test.

import type { Briefing } from '../../src/briefing.ts';
import type { CommandContext, CommandHandler, CommandReply } from '../../src/commands/command.ts';
import { BriefError } from '../../src/errors.ts';

export const HOSTILE_TEXT = 'Officials said <!channel> & <@U123> should read this <https://evil.example|now>.';

export function sampleBriefing(): Briefing {
  const support = [{ articleId: 'a1', start: 0, end: 10 }];
  return {
    title: 'Blinken visits Seoul',
    generatedAt: '2024-01-01T08:00:00Z',
    sources: [
      { id: 'a1', outlet: 'Wire & Co', title: 'Blinken in Seoul', url: 'https://example.com/a?x=1&y=2', publishedAt: '2023-11-09T10:00:00Z' },
      { id: 'a2', outlet: 'The Globe', title: 'Talks in Seoul' },
    ],
    keyPoints: [{ text: HOSTILE_TEXT, support }],
    quotes: [{ text: 'It is a two-way street <!here>', speaker: { name: 'Antony Blinken', role: 'U.S. Secretary of State' }, support }],
    actors: [{ name: 'Antony Blinken', kind: 'person', role: 'U.S. Secretary of State', aliases: ['Blinken'], mentions: 3, articleIds: ['a1'] }],
    openQuestions: [
      { topic: 'Spy satellite', question: 'Will there be a third launch?', evidence: [{ articleId: 'a2', start: 0, end: 5, text: 'It is believed to be preparing <!everyone>' }], singleSource: true },
    ],
    differences: [{ articleId: 'a2', onlyHere: [{ text: 'The G7 issued a statement.', start: 0, end: 10 }] }],
  };
}

/** A briefing many times over every limit: long title, huge items, one enormous word. */
export function hugeBriefing(): Briefing {
  // Every word ends in "zz", so a word cut short is easy to spot (see CUT_WORD).
  const long = (n: number, word = 'zz') => Array.from({ length: n }, (_, i) => `${word}${i}zz`).join(' ');
  const support = (i: number) => [{ articleId: `a${i % 80}`, start: 0, end: 5 }];
  return {
    title: `A headline far too long for a Slack header ${long(60)}`,
    generatedAt: '2024-01-01T08:00:00Z',
    sources: Array.from({ length: 80 }, (_, i) => ({ id: `a${i}`, outlet: `Outlet ${i} <!channel>`, title: long(80, 'title'), url: `https://example.com/${i}?a=1&b=2` })),
    keyPoints: Array.from({ length: 40 }, (_, i) => ({ text: `${HOSTILE_TEXT} ${long(900)}`, support: support(i) })),
    quotes: [
      { text: 'x'.repeat(7000), speaker: { name: 'Someone With A Very Long Name', role: long(100, 'role') }, support: support(1) },
      ...Array.from({ length: 100 }, (_, i) => ({ text: long(200), speaker: null, unnamedSpeaker: 'one participant', support: support(i) })),
    ],
    actors: Array.from({ length: 300 }, (_, i) => ({ name: `Actor ${i}`, kind: (['person', 'organization', 'place'] as const)[i % 3]!, role: long(5, 'role'), aliases: [], mentions: 1, articleIds: ['a1'] })),
    openQuestions: Array.from({ length: 60 }, (_, i) => ({
      topic: long(50, 'topic'),
      question: `${long(400)}?`,
      evidence: [{ articleId: `a${i}`, start: 0, end: 5, text: long(800) }],
    })),
    differences: Array.from({ length: 30 }, (_, i) => ({ articleId: `a${i}`, onlyHere: [{ text: long(700), start: 0, end: 5 }] })),
    disagreements: [{ about: 'the date', versions: [{ articleId: 'a1', start: 0, end: 1, text: long(900) }] }],
    notes: Array.from({ length: 25 }, (_, i) => `Note ${i}: ${long(100)}`),
  };
}

/** A word of hugeBriefing() cut short without the "…" marker. */
export const CUT_WORD = /(?:zz|title|role|topic)\d+(?!\d|zz|z?…)/;

export const HELP_TEXT = 'Commands:\n/brief <topic> — a briefing\n/brief help — this text';

export interface ScriptedCommands extends CommandHandler {
  readonly seen: { text: string; context: CommandContext }[];
}

/** An answer longer than one message: 120 lines of about 150 characters. */
export const LONG_LIST = Array.from({ length: 120 }, (_, i) => `• subscription ${i}: ${'daily 08:00 Europe/Paris '.repeat(5)}`).join('\n');

/** `help` and `long` answer ephemerally, `boom` throws, `bad` throws a coded error, `nothing` names what exists, anything else briefs. */
export function scriptedCommands(briefing: Briefing = sampleBriefing()): ScriptedCommands {
  const seen: { text: string; context: CommandContext }[] = [];
  return {
    seen,
    async handle(text, context): Promise<CommandReply> {
      seen.push({ text, context });
      if (text === 'help') return { kind: 'message', text: HELP_TEXT, ephemeral: true };
      if (text === 'boom') throw new Error('database exploded at /var/secret/path');
      if (text === 'bad') throw new BriefError('NO_ARTICLES', 'No articles were found for that story.');
      if (text === 'long') return { kind: 'message', ephemeral: true, text: LONG_LIST };
      if (text === 'nothing') return { kind: 'message', ephemeral: true, isError: true, text: 'No story matches "nothing". Stories I know: Blinken visits Seoul' };
      return { kind: 'briefing', briefing };
    },
  };
}
