// A paragraph as attribution sees it: the words outside quotation marks, one token per quoted
// span, and the sentence-like units they form. A unit never ends inside a quote, so "“A. B,” she
// said." is one unit, while "“A,” Blinken said. “B.”" is two.

import type { Mention } from '../../analyse/types.ts';
import { isSpeechVerb } from '../../analyse/speech-verbs.ts';
import type { QuotedSpan } from './quoted-spans.ts';

export type TokenKind = 'word' | 'punct' | 'quote';

export interface Token {
  kind: TokenKind;
  text: string;
  /** Offsets in the article text. */
  start: number;
  end: number;
  /** For quote tokens: the index of the span in the paragraph's list. */
  span?: number;
  /** The named mention this word belongs to, if any (mentions inside quotes are never used). */
  mention?: Mention;
  /** "Blinken’s": the word carries a possessive ending. */
  possessive?: boolean;
}

export interface Unit {
  /** Token index range [from, to). */
  from: number;
  to: number;
}

const ASIDE = /\((?:[DRI]|[DRI]-[^()\s]{2,14}|@\w{1,30}|[A-Z][\w.]*(?:-[\w.]+)*)\)/;
const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'.\-&][\p{L}\p{M}\p{N}]+)*\.?|[^\s\p{L}\p{M}\p{N}]/gu;
const ABBREVIATION = /^(?:(?:\p{Lu}\.)+|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Maj|Rev|St|Jr|Sr|Co|Corp|Inc|Ltd|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx)\.)$/u;

/**
 * Tokens of the paragraph at [pStart, pEnd) of `text`; `mentions` must be sorted by start.
 * Linear in the paragraph's length (mentions are walked with one moving index).
 */
export function tokenizeParagraph(text: string, pStart: number, pEnd: number, spans: QuotedSpan[], mentions: Mention[]): Token[] {
  const tokens: Token[] = [];
  let cursor = pStart;
  let mi = firstMentionFrom(mentions, pStart);
  const addWords = (from: number, to: number) => {
    // "Rep. Ann Dole (D-Ore.) said", "Ann Dole (@anndole):": a short parenthesis is an aside
    // between a name and its verb, not words of the sentence.
    const piece0 = text.slice(from, to);
    const aside = ASIDE.exec(piece0);
    ASIDE.lastIndex = 0;
    if (aside) {
      addWords(from, from + aside.index);
      addWords(from + aside.index + aside[0].length, to);
      return;
    }
    WORD.lastIndex = 0;
    const piece = piece0;
    for (const m of piece.matchAll(WORD)) {
      let word = m[0];
      const start = from + m.index;
      if (word.length > 1 && word.endsWith('.') && !ABBREVIATION.test(word)) {
        word = word.slice(0, -1);
        pushWord(word, start);
        tokens.push({ kind: 'punct', text: '.', start: start + word.length, end: start + word.length + 1 });
        continue;
      }
      if (/^[\p{L}\p{M}\p{N}]/u.test(word)) pushWord(word, start);
      else tokens.push({ kind: 'punct', text: word, start, end: start + word.length });
    }
  };
  const pushWord = (word: string, start: number) => {
    const end = start + word.length;
    while (mi < mentions.length && mentions[mi]!.end <= start) mi++;
    const m = mentions[mi];
    const token: Token = { kind: 'word', text: word, start, end };
    if (m && m.start < end && m.end > start) {
      token.mention = m;
      if (/[’']s?$/.test(word) && end > m.end) token.possessive = true;
    }
    tokens.push(token);
  };
  spans.forEach((span, index) => {
    addWords(cursor, pStart + span.markStart);
    tokens.push({ kind: 'quote', text: text.slice(pStart + span.start, pStart + span.end), start: pStart + span.markStart, end: pStart + span.markEnd, span: index });
    cursor = pStart + span.markEnd;
  });
  addWords(cursor, pEnd);
  return tokens;
}

function firstMentionFrom(mentions: Mention[], pos: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const STARTS_SENTENCE = /^[\p{Lu}\p{N}“"‘'(«]/u;

/** Sentence-like units; quote tokens are atomic, so a unit never ends inside one. */
export function splitUnits(tokens: Token[]): Unit[] {
  const units: Unit[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (!next) break;
    let ends = false;
    if (t.kind === 'punct' && /^[.!?…]$/.test(t.text)) ends = next.kind === 'quote' || STARTS_SENTENCE.test(next.text);
    // Closing punctuation inside the marks: “…efforts.” Blinken said. / “…now.” “Next…”
    else if (t.kind === 'quote' && /[.!?…]$/.test(t.text) && !t.text.endsWith(',')) ends = next.kind === 'quote' || (next.kind === 'punct' && next.text === '[') || (next.kind === 'word' && /^\p{Lu}/u.test(next.text) && !isAttributionStart(tokens, i + 1));
    if (ends) {
      units.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  if (from < tokens.length) units.push({ from, to: tokens.length });
  return units;
}

const rest = (tokens: Token[], j: number) =>
  tokens
    .slice(j + 1, j + 3)
    .map((x) => ` ${x.text}`)
    .join('');

/** "“…now.” Blinken said." — a capitalised name right before a speech verb continues the sentence. */
function isAttributionStart(tokens: Token[], i: number): boolean {
  for (let j = i; j < Math.min(tokens.length, i + 6); j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') return false;
    if (/^(?:said|says|told|added|asked|wrote|tweeted|replied|explained|continued|demanded|insisted|warned|noted|argued|declared|quipped|conceded|countered|recalled)$/.test(t.text)) return true;
    // "“…right?” Berg went on." / "Berg shot back." / "Voss points out.": a verb with its particle.
    if (/^(?:went|goes|shot|fired|points|pointed|answered|barked)$/.test(t.text) && isSpeechVerb(t.text, rest(tokens, j))) return true;
    // An unknown name ("Vitter demanded") continues it too: capitalised words before the verb.
    if (!t.mention && !/^(?:Mr|Mrs|Ms|Dr|he|she|they|also)$/i.test(t.text) && !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  }
  return false;
}
