// What changed in a story since a destination last received its briefing: new key points, new
// quotes, questions opened and questions resolved (no longer open). Pure: two Briefings in.
// Wording moves between builds ("U.S." / "US", a trimmed clause), so items are compared by their
// words, not their exact text.

import type { Briefing, OpenQuestion } from '../briefing.ts';
import type { WhatsNew } from './command.ts';

/** Share of words two texts must have in common to count as the same item. */
const SAME_ITEM = 0.8;
const SAME_QUESTION = 0.6;

function words(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 0),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared);
}

function isKnown(text: string, known: Set<string>[], threshold: number): boolean {
  const mine = words(text);
  return known.some((k) => overlap(mine, k) >= threshold);
}

function sameQuestion(a: OpenQuestion, b: OpenQuestion): boolean {
  if (a.topic.trim().toLowerCase() === b.topic.trim().toLowerCase()) return true;
  if (overlap(words(a.question), words(b.question)) >= SAME_QUESTION) return true;
  // The same evidence sentence means the same matter, however it was labelled.
  return a.evidence.some((e) => b.evidence.some((f) => e.articleId === f.articleId && e.start === f.start && e.end === f.end));
}

export function diffBriefings(previous: Briefing, current: Briefing, sinceDeliveredAt: string): WhatsNew {
  const oldPoints = previous.keyPoints.map((k) => words(k.text));
  const oldQuotes = previous.quotes.map((q) => words(q.text));
  return {
    sinceDeliveredAt,
    newKeyPoints: current.keyPoints.filter((k) => !isKnown(k.text, oldPoints, SAME_ITEM)),
    newQuotes: current.quotes.filter((q) => !isKnown(q.text, oldQuotes, SAME_ITEM)),
    openedQuestions: current.openQuestions.filter((q) => !previous.openQuestions.some((p) => sameQuestion(p, q))),
    resolvedQuestions: previous.openQuestions
      .filter((p) => !current.openQuestions.some((q) => sameQuestion(p, q)))
      .map((p) => p.question),
  };
}

/** True when anything changed; a briefing with nothing new can say so rather than repeat itself. */
export function hasNews(whatsNew: WhatsNew): boolean {
  return (
    whatsNew.newKeyPoints.length + whatsNew.newQuotes.length + whatsNew.openedQuestions.length + whatsNew.resolvedQuestions.length >
    0
  );
}
