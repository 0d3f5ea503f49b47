// Finds, inside one unit, the speech verb that introduces a quoted span and the words that name
// its subject: "“…,” Blinken told a news conference", "“…,” said Duyeon Kim, an analyst",
// "the ministry said: “…”", "what one participant called “…”", "according to officials".

import { isSpeechVerb, SPEECH_VERBS } from '../../analyse/speech-verbs.ts';
import type { Token, Unit } from './tokens.ts';

export interface Cue {
  /** Token index of the verb (for "according to", of "according"). */
  verb: number;
  /** Token index range of the subject's words. */
  from: number;
  to: number;
}

// Words between a subject and its verb: "Blinken also said", "she has repeatedly warned".
const SKIPPABLE = new Set(['also', 'later', 'then', 'previously', 'has', 'had', 'have', 'was', 'is', 'were', 'are', 'would', 'will', 'again', 'further', 'once', 'repeatedly', 'recently', 'quickly', 'simply', 'flatly', 'separately', 'earlier', 'bluntly', 'angrily', 'publicly', 'privately', 'reportedly', 'once', 'often', 'frequently', 'subsequently', 'finally', 'initially', 'just', 'already', 'openly', 'firmly', 'strongly', 'clearly', 'directly', 'even', 'herself', 'himself', 'themselves', 'itself', 'not', 'never', 'did', 'does', 'do', 'may', 'might', 'could', 'should', 'can', 'must', 'now', 'still']);
// Words that end a subject when scanning left from the verb.
const LEFT_STOPS = new Set(['that', 'which', 'who', 'whom', 'what', 'and', 'but', 'while', 'as', 'when', 'because', 'if', 'where', 'although', 'though', 'after', 'before', 'since', 'so', 'or', 'than', 'whether', 'until', 'unless', 'whereas', 'whose', 'how', 'why', 'once', 'during', 'against', 'like', 'into', 'over', 'under', 'about']);
// Verbs that can take their subject after them ("said Blinken", "according to officials").
const INVERTIBLE = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'continued', 'explained', 'argued', 'insisted', 'warned', 'noted', 'replied', 'recalled', 'declared', 'observed', 'stated', 'answered', 'countered', 'responded', 'conceded', 'admitted', 'acknowledged', 'remarked', 'tweeted', 'commented', 'concluded', 'cautioned', 'according', 'reads', 'read']);
// Participles end a subject after the verb: "according to a commission bulletin published on …".
const RIGHT_STOPS = new Set(['published', 'issued', 'released', 'seen', 'obtained', 'dated', 'posted', 'circulated', 'distributed', 'sent', 'signed', 'filed', 'leaked', 'in', 'on', 'at', 'during', 'after', 'before', 'to', 'that', 'while', 'when', 'as', 'because', 'via', 'from', 'last', 'this', 'earlier', 'later', 'recently', 'yesterday', 'today', 'told', 'not', 'whether', 'if', 'about', 'by', 'him', 'her', 'them', 'me', 'us', 'it', 'then', 'again', 'also', 'quietly', 'simply', 'firmly']);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);

// "Ann Dole forcefully told": an adverb between subject and verb; not the nouns in -ly.
const LY_NOUNS = /^(?:family|ally|assembly|rally|daily|weekly|monthly|quarterly|bully|supply|reply|belly|lily|anomaly|monopoly|italy|july|only)$/;
const isAdverb = (word: string) => /^\p{Ll}{3,}ly$/u.test(word) && !LY_NOUNS.test(word);

function isVerbAt(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.kind !== 'word') return false;
  const lower = t.text.toLowerCase();
  if (lower === 'according') return tokens[i + 1]?.text.toLowerCase() === 'to';
  // No speech verb at all: the checks below could only say no as well (most words of a unit).
  if (!SPEECH_VERBS.has(lower)) return false;
  // After a determiner it is a noun: "the report", "his remarks", "a call".
  const prev = tokens[i - 1];
  if (prev?.kind === 'word' && /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|whose|every|each|no|any|some)$/i.test(prev.text)) return false;
  // After a quantifier or a preposition too: "for many state workers", "of state".
  if (prev?.kind === 'word' && /^(?:many|several|few|both|all|other|another|of|for|in|on|at|by|from|with|into)$/i.test(prev.text)) return false;
  // A capitalised word inside a name or a title is no verb: "the United States", "the Old Post Office".
  if (t.mention || (/^\p{Lu}/u.test(t.text) && prev?.kind === 'word' && !prev.mention && /^\p{Lu}/u.test(prev.text))) return false;
  // "state" is a noun ("her mental state is") unless a subject pronoun, a modal or "to" comes before it.
  if (/^state$/i.test(t.text) && !/^(?:i|we|you|they|to|will|would|should|must|may|might|can|could|did|do|not)$/i.test(prev?.text ?? '')) return false;
  const rest = tokens
    .slice(i + 1, i + 3)
    .map((x) => ` ${x.text}`)
    .join('');
  return isSpeechVerb(t.text, rest);
}

/** Verb indexes in a unit, in order. */
export function verbsIn(tokens: Token[], unit: Unit): number[] {
  const out: number[] = [];
  for (let i = unit.from; i < unit.to; i++) if (isVerbAt(tokens, i)) out.push(i);
  return out;
}

/** The subject of the verb at `v`: left of it, or right of it in an inversion. */
export function subjectOf(tokens: Token[], unit: Unit, v: number): Cue | null {
  const verb = tokens[v]!.text.toLowerCase();
  if (verb === 'according') return rightSubject(tokens, unit, v, v + 2);
  // ", saying …" / ", adding …": the participle's subject is the main clause's.
  if (/ing$/.test(verb) && tokens[v - 1]?.text === ',') return mainClauseSubject(tokens, unit, v);
  const left = leftSubject(tokens, unit, v);
  if (left) return left;
  // Inversion only right after a quote or at the start: "“…,” said X", not "said the figures “…”".
  let k = v - 1;
  while (k >= unit.from && tokens[k]!.kind === 'punct' && /^[,—–-]$/.test(tokens[k]!.text)) k--;
  const afterQuote = k < unit.from || tokens[k]!.kind === 'quote';
  if (INVERTIBLE.has(verb) && afterQuote) return rightSubject(tokens, unit, v, v + 1);
  return null;
}

/** The first person (or, failing that, organisation) named or pronoun used before `v` in the unit. */
function mainClauseSubject(tokens: Token[], unit: Unit, v: number): Cue | null {
  let fallback: Cue | null = null;
  for (let i = unit.from; i < v; i++) {
    const t = tokens[i]!;
    if (t.kind === 'quote') continue;
    // "He attacked X, saying …", "Meanwhile, it attacked X, saying …": a pronoun opening the
    // main clause, after at most an introductory word and its comma.
    const opens = i === unit.from || (i === unit.from + 2 && tokens[unit.from]!.kind === 'word' && tokens[unit.from + 1]!.text === ',');
    if (t.kind === 'word' && PRONOUNS.has(t.text.toLowerCase()) && opens) return { verb: v, from: i, to: i + 1 };
    if (!t.mention || t.possessive) continue;
    let end = i + 1;
    while (end < v && tokens[end]!.mention === t.mention) end++;
    if (tokens[end - 1]!.possessive) {
      i = end - 1;
      continue;
    }
    if (t.mention.kind === 'person') return { verb: v, from: i, to: end };
    fallback ??= { verb: v, from: i, to: end };
    i = end - 1;
  }
  return fallback;
}

/** The subject opening the unit: a pronoun, or a person named after at most title words ("Sen. Ann Dole"). */
function openingSubject(tokens: Token[], unit: Unit, v: number): Cue | null {
  let i = unit.from;
  if (tokens[i]?.kind === 'word' && /^(?:And|But|Then|Later|Meanwhile|Still)$/.test(tokens[i]!.text)) i += tokens[i + 1]?.text === ',' ? 2 : 1;
  const t = tokens[i];
  if (!t || i >= v || t.kind !== 'word') return null;
  if (PRONOUNS.has(t.text.toLowerCase())) return { verb: v, from: i, to: i + 1 };
  let k = i;
  while (k < v && k - i < 5 && tokens[k]!.kind === 'word' && !tokens[k]!.mention && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  const named = tokens[k];
  // "House Republican Tam Orrick used to …": a name the analysis did not know; the subject's
  // reading (classifySubject) decides whether the capitalised words name someone.
  // "The Republican nominee also outlined … and vowed": a description of its determiner, its
  // capitalised words and one noun (whom it describes is resolved later, or it stays unnamed).
  if (/^(?:The|This|That)$/.test(t.text)) {
    const noun = tokens[k];
    if (k > i && k + 1 < v && noun?.kind === 'word' && !noun.mention && /^\p{Ll}{3,}$/u.test(noun.text) && !SKIPPABLE.has(noun.text) && !isAdverb(noun.text) && !/(?:ed|ing)$/.test(noun.text)) return { verb: v, from: i, to: k + 1 };
    return null;
  }
  if (named?.kind === 'word' && !named.mention && k - i >= 2 && !/^(?:A|An|These|Those|His|Her|Its|Their|Our|One)$/.test(t.text)) return { verb: v, from: i, to: k };
  if (named?.mention?.kind !== 'person') return null;
  let end = k + 1;
  while (end < v && tokens[end]!.mention === named.mention) end++;
  return tokens[end - 1]!.possessive ? null : { verb: v, from: k, to: end };
}

/** A person named at the very start of the unit, followed by a comma: the subject of a long sentence. */
function unitSubject(tokens: Token[], unit: Unit, v: number): Cue | null {
  // "“…,” Ann Dole, the attorney general, said": after a quote that opens the unit, too.
  let from = unit.from;
  if (tokens[from]?.kind === 'quote') from++;
  if (from > unit.from && tokens[from]?.text === ',') from++;
  const first = tokens[from];
  if (first?.mention?.kind !== 'person') return null;
  let end = from + 1;
  while (end < v && tokens[end]!.mention === first.mention) end++;
  return tokens[end]?.text === ',' && !tokens[end - 1]!.possessive ? { verb: v, from, to: end } : null;
}

function leftSubject(tokens: Token[], unit: Unit, v: number): Cue | null {
  let i = v - 1;
  while (i >= unit.from && tokens[i]!.kind === 'word' && !tokens[i]!.mention && (SKIPPABLE.has(tokens[i]!.text.toLowerCase()) || isAdverb(tokens[i]!.text)) && !PRONOUNS.has(tokens[i]!.text.toLowerCase())) i--;
  // "She was defending the group, but admitted “…”": a second verb joined by "and"/"but" shares
  // the subject that opens the sentence.
  if (i > unit.from && tokens[i]!.kind === 'word' && /^(?:and|but)$/i.test(tokens[i]!.text)) return openingSubject(tokens, unit, v);
  // "Blinken, who is on his third trip, said" / "Its director, Paul Johnson, said": past the clause.
  if (i >= unit.from && tokens[i]!.text === ',') {
    const named = namedBeforeClause(tokens, unit, i);
    // "Ann Dole, the attorney general of Oklahoma, one of the states suing, said": a place or an
    // organisation inside the appositives is not the subject when a person opens the sentence.
    const opener = unitSubject(tokens, unit, v);
    if (named && !(opener && tokens[named.from]!.mention?.kind !== 'person')) return { verb: v, ...named };
    // "Blinken, speaking in Seoul after talks with his counterpart, said": the sentence's subject.
    if (opener) return opener;
    const opening = clauseOpening(tokens, unit, i);
    if (opening === null) return null;
    const before = scanLeft(tokens, unit, opening - 1);
    return before ? { verb: v, ...before } : null;
  }
  const region = scanLeft(tokens, unit, i);
  return region ? { verb: v, ...region } : null;
}

/** Subject words ending at token `i`, scanning left to a quote, punctuation or a clause word. */
function scanLeft(tokens: Token[], unit: Unit, i: number): { from: number; to: number } | null {
  const to = i + 1;
  let from = to;
  while (i >= unit.from) {
    const t = tokens[i]!;
    if (t.kind === 'quote') break;
    if (t.kind === 'punct') {
      if (t.text === ',' && from < to) {
        // "Duyeon Kim, an analyst with the Center…, said": skip back over the appositive.
        const named = appositiveOwner(tokens, unit, i, from, to);
        if (named !== null) {
          from = named;
          break;
        }
      }
      if (t.text === '’' || t.text === "'" || t.text === '-') {
        i--;
        continue;
      }
      break;
    }
    if (!t.mention && LEFT_STOPS.has(t.text.toLowerCase())) break;
    // Another speech verb ends the subject: "the ministry said it had asked" → "it".
    if (!t.mention && isVerbAt(tokens, i)) break;
    from = i;
    i--;
    if (to - from > 12) return null;
  }
  return from < to ? { from, to } : null;
}

/** The comma opening the parenthetical clause that the comma at `close` ends, if within reach. */
function clauseOpening(tokens: Token[], unit: Unit, close: number): number | null {
  for (let j = close - 1; j >= unit.from && close - j <= 16; j--) {
    const t = tokens[j]!;
    if (t.kind === 'quote' || (t.kind === 'punct' && /^[.;:!?]$/.test(t.text))) return null;
    if (t.kind === 'punct' && t.text === ',') return j;
  }
  return null;
}

/** A named mention ending right before the comma that opens the clause ending at `comma`. */
function namedBeforeClause(tokens: Token[], unit: Unit, comma: number): { from: number; to: number } | null {
  for (let j = comma - 1; j >= unit.from && comma - j <= 16; j--) {
    const t = tokens[j]!;
    if (t.kind === 'quote') return null;
    if (t.kind !== 'punct' || t.text !== ',') continue;
    // "Its director, Paul Johnson, said": the clause is itself the name.
    // "…, Gov. Ann Dole (R-Ohio), said": title words may stand before the name (the tag is not a token).
    let title = j + 1;
    while (title < comma - 1 && title - j <= 3 && tokens[title]!.kind === 'word' && !tokens[title]!.mention && /^\p{Lu}/u.test(tokens[title]!.text)) title++;
    const inside = tokens[title];
    if (inside?.mention?.kind === 'person' && tokens.slice(title, comma).every((x) => x.mention === inside.mention)) return { from: title, to: comma };
    const before = tokens[j - 1];
    if (!before?.mention || before.kind !== 'word') return null;
    let from = j - 1;
    while (from - 1 >= unit.from && tokens[from - 1]!.mention === before.mention) from--;
    return { from, to: j };
  }
  return null;
}

/**
 * At a comma left of the subject words [from, to): when those words are an appositive ("an
 * analyst with X", "45") and a named mention ends right before the comma, the subject starts there.
 */
function appositiveOwner(tokens: Token[], unit: Unit, comma: number, from: number, to: number): number | null {
  const first = tokens[from]!;
  const appositive = /^(?:a|an|the|his|her|its|their|\d+|who|chief|head|former|senior)$/i.test(first.text) || (tokens[from]!.mention?.kind === 'person' && tokens[to - 1]!.mention === tokens[from]!.mention);
  if (!appositive) return null;
  // The closing comma of the appositive is right before the verb ("…Security, said").
  const prev = tokens[comma - 1];
  if (!prev?.mention || comma - 1 < unit.from) {
    // "the head of the IAEA, Rafael Grossi, said": the named part is the subject itself.
    return first.mention?.kind === 'person' ? from : null;
  }
  if (first.mention?.kind === 'person' && prev.mention.kind !== 'person') return from;
  let j = comma - 1;
  while (j - 1 >= unit.from && tokens[j - 1]!.mention === prev.mention) j--;
  return j;
}

function rightSubject(tokens: Token[], unit: Unit, v: number, from: number): Cue | null {
  let to = from;
  while (to < unit.to) {
    const t = tokens[to]!;
    if (t.kind !== 'word') {
      // "said 9/11 widow Ann Dole": a slash between numbers is part of the words.
      const slash = t.text === '/' && /^\d/.test(tokens[to - 1]?.text ?? '') && /^\d/.test(tokens[to + 1]?.text ?? '');
      if (t.kind === 'punct' && (t.text === '’' || t.text === "'" || t.text === '-' || slash)) {
        to++;
        continue;
      }
      break;
    }
    if (!t.mention && RIGHT_STOPS.has(t.text.toLowerCase())) break;
    if (!t.mention && /^(?:who|which|whose|and)$/i.test(t.text)) break;
    to++;
    if (to - from > 10) break;
  }
  if (to <= from) return null;
  // "said one of the protesters, Maria Gomez, 34": the name that follows is the speaker.
  const comma = tokens[to];
  const name = tokens[to + 1];
  if (comma?.text === ',' && name?.mention?.kind === 'person' && !tokens.slice(from, to).some((t) => t.mention?.kind === 'person')) {
    let end = to + 1;
    while (end < unit.to && tokens[end]!.mention === name.mention) end++;
    return { verb: v, from: to + 1, to: end };
  }
  return { verb: v, from, to };
}

/**
 * The cue for the quote token at `q`, searched within its unit: a verb right after the quote
 * ("“…,” X said", "“…,” said X"), else the nearest verb before it ("X said: “…”", "what X called
 * “…”"), else any verb of the unit.
 */
export function cueForQuote(tokens: Token[], unit: Unit, q: number): Cue | null {
  const verbs = verbsIn(tokens, unit);
  if (verbs.length === 0) return null;
  // Right after the quote, the subject must start at once: "“…,” X said" or "“…,” said X" —
  // not "“…” and Jones said", which is Jones's own sentence.
  // 'Chile branded Peru an "outlaw nation." Brazil insisted …': a quote closed by a full stop
  // ends its sentence; the verb after it starts the next one.
  const closed = /[^.]\.$/.test(tokens[q]!.text) && tokens[q + 1]?.kind === 'word';
  const after = closed ? undefined : verbs.find((v) => v > q && v - q <= 14 && noBarrier(tokens, q + 1, v));
  if (after !== undefined) {
    const cue = subjectOf(tokens, unit, after);
    const adjacent = q + 1 < tokens.length && tokens[q + 1]!.text === ',' ? q + 2 : q + 1;
    if (cue && (cue.from <= adjacent || after <= adjacent)) return cue;
  }
  const before = [...verbs].reverse().find((v) => v < q);
  if (before !== undefined) {
    const cue = subjectOf(tokens, unit, before);
    if (cue) return cue;
  }
  for (const v of verbs) {
    const cue = subjectOf(tokens, unit, v);
    if (cue) return cue;
  }
  return null;
}

/** No other quote or clause-ending punctuation between two tokens. */
function noBarrier(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'quote') return false;
    if (t.kind === 'punct' && /^[.;:!?]$/.test(t.text)) return false;
  }
  return true;
}
