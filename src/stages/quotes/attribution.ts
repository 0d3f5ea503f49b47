// Quotes of one article with their speakers. In order: a speech verb with its subject in the same
// sentence (named, a pronoun, or a description); another quote of the same sentence that has one;
// a paragraph that opens by continuing the previous paragraph's unclosed quote; another quote of
// the same paragraph ("“…,” Blinken said. “…”"); a paragraph that is only a quotation continues
// the previous paragraph's speaker. Fragments keep a speaker only from their own sentence.

import { isCommonWord } from '../../analyse/lexicon.ts';
import type { AnalysedArticle, Gender, Mention } from '../../analyse/types.ts';
import { isKeyQuote, standsAlone } from './kind.ts';
import { type ResolveContext, type Resolved, resolveSpeaker } from './resolve.ts';
import { classifySubject, type SpeakerRef } from './subject.ts';
import { type Cue, cueForQuote, subjectOf, verbsIn } from './cues.ts';
import { splitUnits, type Token, tokenizeParagraph, type Unit } from './tokens.ts';
import { findQuotedSpans, type QuotedSpan } from './quoted-spans.ts';
import { labelSpeaker, soundBiteBefore, transcriptLabel } from './transcript.ts';

export interface RawQuote {
  articleId: string;
  start: number;
  end: number;
  text: string;
  speaker: Mention | null;
  unnamed?: string;
  isKey: boolean;
  paragraph: number;
}

export interface AttributionEnv {
  genderOf(articleId: string, m: Mention): Gender | undefined;
  roleOf(articleId: string, m: Mention): string | undefined;
}

interface ParagraphQuotes {
  spans: QuotedSpan[];
}

/** Mentions outside every quoted span: names inside a quote never speak it. */
function outsideQuotes(mentions: Mention[], quoted: { start: number; end: number }[]): Mention[] {
  const out: Mention[] = [];
  let q = 0;
  for (const m of mentions) {
    while (q < quoted.length && quoted[q]!.end <= m.start) q++;
    const span = quoted[q];
    if (span && span.start < m.end && m.start < span.end) continue;
    out.push(m);
  }
  return out;
}

export function attributeArticle(a: AnalysedArticle, env: AttributionEnv): RawQuote[] {
  const text = a.article.text;
  const id = a.article.id;
  const mentions = [...a.mentions].sort((x, y) => x.start - y.start);
  const perParagraph: ParagraphQuotes[] = a.paragraphs.map((p) => ({ spans: findQuotedSpans(text.slice(p.start, p.end)) }));
  const quoted = a.paragraphs.flatMap((p, i) => perParagraph[i]!.spans.map((s) => ({ start: p.start + s.markStart, end: p.start + s.markEnd })));
  const visible = outsideQuotes(mentions, quoted);
  const ctx: ResolveContext = {
    text,
    persons: withMisspelt(text, a.sentences, visible.filter((m) => m.kind === 'person'), quoted),
    named: visible.filter((m) => m.kind !== 'person'),
    sentenceStarts: withQuoteEnds(text, a.sentences),
    paragraphStarts: a.paragraphs.map((p) => p.start),
    genderOf: (m) => env.genderOf(id, m),
    roleOf: (m) => env.roleOf(id, m),
    spoken: new Set(),
  };
  // A name a speech verb credits is a source; a later "he said" most often continues it.
  const credit = (ref: SpeakerRef | null) => {
    if (ref?.type === 'mention') ctx.spoken!.add(ref.mention.start);
  };

  const quotes: RawQuote[] = [];
  let last: { speaker: Resolved; paragraph: number } = { speaker: null, paragraph: -10 };
  let openSpeaker: Resolved | undefined;

  // Tokens and units of every paragraph first: a quotation-only paragraph may be attributed by
  // the next one ("That assessment came from …"). Each paragraph is tokenised once.
  const tokenized = a.paragraphs.map((p, pi) => {
    const tokens = tokenizeParagraph(text, p.start, p.end, perParagraph[pi]!.spans, mentions);
    return { tokens, units: splitUnits(tokens) };
  });

  // A transcript labels two paragraphs or more, past the headline; one "FIX IS IN: …" line is a
  // headline's kicker, not a speaker.
  const labelled = a.paragraphs.filter((p, pi) => pi > 0 && transcriptLabel(text.slice(p.start, p.end)) !== null).length;
  const transcript = labelled >= 2;

  a.paragraphs.forEach((p, pi) => {
    const spans = perParagraph[pi]!.spans;
    const { tokens, units } = tokenized[pi]!;
    for (const unit of units) for (const v of verbsIn(tokens, unit)) {
      // "Obama had a choir of artists writing songs": a bare participle's subject is the noun
      // before it, not a name further back; only "is writing" or ", writing" report speech.
      if (bareParticiple(tokens, v)) continue;
      const cue = subjectOf(tokens, unit, v);
      if (cue) credit(classifySubject(tokens, cue.from, cue.to));
    }
    const recent = pi - last.paragraph <= 2 ? last.speaker : null;
    // A transcript paragraph: "SECRETARY BLINKEN: …" is Blinken's words; "Q: …" no one's quote.
    const label = transcript && pi > 0 ? transcriptLabel(text.slice(p.start, p.end)) : null;
    if (label) {
      openSpeaker = undefined;
      if (label.questioner) {
        last = { speaker: null, paragraph: pi };
        return;
      }
      const speaker = labelSpeaker(label.label, p.start, ctx.persons);
      const start = p.start + label.textStart;
      quotes.push({ articleId: id, start, end: p.end, text: text.slice(start, p.end), speaker, isKey: true, paragraph: pi });
      if (speaker) last = { speaker: { mention: speaker }, paragraph: pi };
      return;
    }
    if (spans.length === 0) {
      // Reported speech ("Blinken said North Korea was …") names who the next paragraph quotes.
      const said = reportedSpeaker(tokens, units, ctx, recent);
      if (said) last = { speaker: said, paragraph: pi };
      openSpeaker = undefined;
      return;
    }
    const unitOf = (q: number) => units.find((u) => q >= u.from && q < u.to)!;
    const colonLead = pi > 0 ? colonParagraphSpeaker(tokenized[pi - 1]!, ctx, recent) : undefined;
    const quoteTokens = tokens.map((t, i) => (t.kind === 'quote' ? i : -1)).filter((i) => i >= 0);
    const own = new Map<number, Resolved>();
    for (const q of quoteTokens) {
      const unit = unitOf(q);
      // "Pollsters agree - Ann Dole: “…”": a name set off like a label speaks, whatever the verb.
      const label = labelBeforeColon(tokens, unit, q);
      if (label) {
        own.set(q, { mention: label });
        continue;
      }
      const cue = cueForQuote(tokens, unit, q) ?? dashCredit(tokens, q);
      if (!cue) {
        // "[Sound bite: US Secretary of State Antony Blinken]“…”": a radio script's clip label.
        const bite = soundBiteBefore(text.slice(p.start, tokens[q]!.start));
        if (bite) {
          const at = p.start + bite.offset;
          const named = ctx.persons.find((m) => m.start >= at && m.end <= at + bite.name.length) ?? labelSpeaker(bite.name, at, ctx.persons);
          if (named) own.set(q, { mention: named });
        }
        continue;
      }
      const ref = classifySubject(tokens, cue.from, cue.to);
      if (!ref) continue;
      own.set(q, resolveSpeaker(ctx, ref, tokens[cue.from]!.start, recent));
      credit(ref);
    }
    const quoteOnly = tokens.every((t) => t.kind !== 'word');
    // Each quote's speaker, and whether its own sentence gave it (fragments keep only those).
    const choose = (q: number, k: number): { speaker: Resolved; inSentence: boolean } => {
      const unit = unitOf(q);
      if (own.has(q)) return { speaker: own.get(q)!, inSentence: true };
      const mate = quoteTokens.find((o) => o !== q && own.has(o) && o >= unit.from && o < unit.to);
      if (mate !== undefined) return { speaker: own.get(mate)!, inSentence: true };
      // A quotation standing as its own sentence, its speaker named in the next one: "“…” That was
      // the verdict of X" / "“…” X made the remark" / a quotation-only paragraph, then "That
      // assessment came from X".
      if (isQuoteSentence(tokens, unit)) {
        const u = units.indexOf(unit);
        const nextUnit = units[u + 1];
        const next = nextUnit ? backReference(tokens, nextUnit) : quoteOnly ? firstUnitBackReference(tokenized[pi + 1]) : null;
        if (next) return { speaker: next, inSentence: false };
      }
      if (k === 0 && openSpeaker !== undefined && spans[0]!.markStart === 0) return { speaker: openSpeaker, inSentence: false };
      // "Pollsters agree - Ann Dole: “…”", "Cruz thanked him for “…”": no speech verb, but the
      // words before the quote name whose words they are.
      const lead = leadInSpeaker(tokens, unit, q);
      if (lead) return { speaker: { mention: lead }, inSentence: true };
      // "She then addressed the crowd: “…”", "He thanked them for “…”": the same, opened by a pronoun.
      const pronoun = leadInPronoun(tokens, unit, q);
      if (pronoun !== null) {
        const referent = resolveSpeaker(ctx, { type: 'pronoun', word: tokens[pronoun]!.text.toLowerCase() }, tokens[pronoun]!.start, recent);
        if (referent) return { speaker: referent, inSentence: true };
      }
      // "Dr. Ward stated:" closing the previous paragraph, this one opening with the quotation.
      if (k === 0 && spans[0]!.markStart === 0 && colonLead !== undefined) return { speaker: colonLead, inSentence: false };
      const earlier = [...quoteTokens.slice(0, k)].reverse().find((o) => own.has(o));
      const shared = earlier ?? quoteTokens.slice(k + 1).find((o) => own.has(o));
      if (shared !== undefined) return { speaker: own.get(shared)!, inSentence: false };
      // "Sen. Ann Dole, who lost the primary, identified exhaustion as the reason. “Young people
      // are sick of it.”": a quotation standing after a sentence whose subject is a person.
      if (isQuoteSentence(tokens, unit)) {
        const u = units.indexOf(unit);
        const subject = u > 0 ? sentenceSubject(tokens, units[u - 1]!) : null;
        if (subject) return { speaker: { mention: subject }, inSentence: false };
      }
      return { speaker: quoteOnly ? recent : null, inSentence: false };
    };
    const chosen = new Map(quoteTokens.map((q, k) => [q, choose(q, k)] as const));
    let paragraphSpeaker: Resolved = null;
    quoteTokens.forEach((q) => {
      const span = spans[tokens[q]!.span!]!;
      const unit = unitOf(q);
      const before = tokens[q - 1];
      // A title ("Dole’s commentary, “…,”") or a "Follow … on Twitter" line is nobody's words.
      const named = isTitle(tokens, q) || FOLLOW_LINE.test(tokens[q]!.text);
      const key = !named && isKeyQuote(tokens[q]!.text, standsAlone(tokens, unit, q, span.closing), before?.kind === 'word' ? before.text : undefined);
      // A fragment keeps a speaker only when its own sentence names one.
      const { speaker: found, inSentence } = chosen.get(q)!;
      const speaker = named ? null : key || inSentence ? found : null;
      if (speaker) paragraphSpeaker = speaker;
      const start = p.start + span.start;
      const end = p.start + span.end;
      quotes.push({
        articleId: id,
        start,
        end,
        text: text.slice(start, end),
        speaker: speaker && 'mention' in speaker ? speaker.mention : null,
        ...(speaker && 'unnamed' in speaker ? { unnamed: speaker.unnamed } : {}),
        isKey: key,
        paragraph: pi,
      });
    });
    const lastSpan = spans[spans.length - 1]!;
    openSpeaker = lastSpan.open ? chosen.get(quoteTokens[quoteTokens.length - 1]!)!.speaker : undefined;
    // "In a speech, Trump attacked “the hateful ideology …”": the person whose words a paragraph
    // quotes, with no speech verb, may go on in the next paragraph's quotation.
    const quotingUnit = [...units].reverse().find((u) => tokens.slice(u.from, u.to).some((t) => t.kind === 'quote'));
    const quoting = quotingUnit ? sentenceSubject(tokens, quotingUnit) : null;
    const said = paragraphSpeaker ?? reportedSpeaker(tokens, units, ctx, recent) ?? (quoting ? { mention: quoting } : null);
    if (said) last = { speaker: said, paragraph: pi };
  });
  return quotes;
}

/**
 * "… said Leslie Wimes, a party official. ¶ Wines believes …": a sentence opened by a capitalised
 * word one letter off the surname of someone already named (a typo in the copy) stands for that
 * person, so a later "she said" can continue them. Same length, same first letter, five letters
 * or more, not a common word; never inside a quote.
 */
function withMisspelt(text: string, sentences: { start: number }[], persons: Mention[], quoted: { start: number; end: number }[]): Mention[] {
  const extra: Mention[] = [];
  const starts = new Set(persons.map((m) => m.start));
  for (const { start } of sentences) {
    const word = /^\p{Lu}\p{Ll}{4,}(?=\s+\p{Ll})/u.exec(text.slice(start, start + 40))?.[0];
    if (!word || starts.has(start) || isCommonWord(word.toLowerCase()) || quoted.some((q) => q.start <= start && start < q.end)) continue;
    const original = [...persons].reverse().find((m) => m.end <= start && oneLetterOff(word, m.canonical.split(/\s+/).pop() ?? ''));
    if (original) extra.push({ ...original, text: word, start, end: start + word.length });
  }
  return extra.length === 0 ? persons : [...persons, ...extra].sort((x, y) => x.start - y.start);
}

function oneLetterOff(a: string, b: string): boolean {
  if (a.length !== b.length || a === b || a[0] !== b[0]) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return diff === 1;
}

const bareParticiple = (tokens: Token[], v: number) =>
  /ing$/i.test(tokens[v]!.text) && !/^(?:,|is|was|are|were|been|be|am|and|—|–)$/i.test(tokens[v - 1]?.text ?? '') && tokens[v - 1]?.kind !== 'quote';

// 'Dole called the vote “a farce.” Ann Pell, an aide, warned …': a closing mark after a full stop,
// then a capital, ends the sentence even where the sentence splitter ran on (the name after it
// opens a sentence of its own, the subject a later pronoun most likely continues).
const QUOTE_END = /[.!?][”"](?=\s+[“"‘]?\p{Lu})/gu;

/** Sentence starts, with a start added after each closing quote mark that ends a sentence inside one. */
function withQuoteEnds(text: string, sentences: { start: number; end: number }[]): number[] {
  const starts: number[] = [];
  for (const s of sentences) {
    starts.push(s.start);
    const body = text.slice(s.start, s.end);
    for (const m of body.matchAll(QUOTE_END)) {
      let at = m.index + m[0].length;
      while (at < body.length && /\s/.test(body[at]!)) at++;
      if (at < body.length) starts.push(s.start + at);
    }
  }
  return starts;
}

/**
 * The speaker the paragraph's last reporting sentence names, if any ("Park said China had …").
 * In each sentence the first speech verb with a subject reports; later ones are inside what is
 * reported ("X said the crews had complained").
 */
function reportedSpeaker(tokens: Token[], units: Unit[], ctx: ResolveContext, recent: Resolved): Resolved {
  let found: Resolved = null;
  for (const unit of units) {
    for (const v of verbsIn(tokens, unit)) {
      const cue = subjectOf(tokens, unit, v);
      if (!cue) continue;
      const ref = classifySubject(tokens, cue.from, cue.to);
      if (!ref) continue;
      const r = resolveSpeaker(ctx, ref, tokens[cue.from]!.start, recent);
      if (r) {
        found = r;
        break;
      }
    }
  }
  return found;
}

/**
 * "“…” ― Ann Dole" / "“…” — Ann Dole, teacher": a dash and a name after the quote, ending the
 * paragraph or the sentence, credit the quote as a signature does.
 */
function dashCredit(tokens: Token[], q: number): Cue | null {
  const dash = tokens[q + 1];
  if (dash?.kind !== 'punct' || !/^[―—–-]$/.test(dash.text)) return null;
  const from = q + 2;
  let to = from;
  while (to < tokens.length && tokens[to]!.kind === 'word' && to - from < 6) to++;
  const after = tokens[to];
  if (to === from || (after && !(after.kind === 'punct' && /^[.,;]$/.test(after.text)) && after.kind !== 'quote')) return null;
  if (after?.text === ',' && tokens[to + 1]?.kind === 'word' && /^\p{Lu}/u.test(tokens[to + 1]!.text) && !/^(?:The|A|An)$/.test(tokens[to + 1]!.text)) return null;
  const words = tokens.slice(from, to);
  if (!words.every((w) => w.mention?.kind === 'person' || /^\p{Lu}/u.test(w.text) || /^(?:de|van|von|del|da|al|bin)$/.test(w.text))) return null;
  return { verb: q + 1, from, to };
}

/** "… - Ann Dole: “…”", "Ann Dole: “…”": a person named between a dash (or the sentence start) and the colon before the quote. */
function labelBeforeColon(tokens: Token[], unit: Unit, q: number): Mention | null {
  if (tokens[q - 1]?.kind !== 'punct' || tokens[q - 1]!.text !== ':') return null;
  const named = tokens[q - 2];
  if (named?.mention?.kind !== 'person' || named.possessive) return null;
  let i = q - 2;
  while (i - 1 >= unit.from && tokens[i - 1]!.mention === named.mention) i--;
  const before = tokens[i - 1];
  return i === unit.from || (before?.kind === 'punct' && /^[-–—]$/.test(before.text)) ? named.mention : null;
}

/**
 * The speaker a paragraph ending in a colon introduces ("Dr. Ward stated:", "Frank quotes the
 * adviser Ann Dole:", "Here is Cruz in 2012:"), or undefined when it does not end in one.
 */
function colonParagraphSpeaker(prev: { tokens: Token[]; units: Unit[] }, ctx: ResolveContext, recent: Resolved): Resolved | undefined {
  const last = prev.tokens[prev.tokens.length - 1];
  const unit = prev.units[prev.units.length - 1];
  if (!unit || last?.kind !== 'punct' || last.text !== ':') return undefined;
  const said = reportedSpeaker(prev.tokens, [unit], ctx, recent);
  if (said) return said;
  const lead = leadInSpeaker(prev.tokens, unit, prev.tokens.length);
  return lead ? { mention: lead } : undefined;
}

const FOLLOW_LINE = /^Follow\s.{1,60}\s+on\s+(?:Twitter|Facebook|Instagram|X)\b/;
const TITLE_NOUNS = /^(?:commentary|column|op-ed|essay|article|book|novel|memoir|film|movie|documentary|song|album|headline|editorial|poem|series|podcast)$/;

/** A quote naming a work: right after "titled" or a work in apposition ("commentary, “…”"). */
function isTitle(tokens: Token[], q: number): boolean {
  const prev = tokens[q - 1];
  if (prev?.kind === 'word') return /^(?:titled|entitled|headlined)$/.test(prev.text);
  const noun = tokens[q - 2];
  return prev?.kind === 'punct' && prev.text === ',' && noun?.kind === 'word' && !noun.mention && TITLE_NOUNS.test(noun.text);
}

/**
 * The speaker of a quote whose sentence has no speech verb to say so, from the words before it:
 * a name right before a colon ("… - Ann Dole: “…”"); else, before a colon, the first person named
 * in the sentence ("Here is Cruz in 2012: “…”"); else the person the sentence opens with ("Cruz
 * thanked him for “…”", "Dole has taken a stance: “…”"). Null when the sentence has a speech
 * verb (its cue, found or not, decides) or no such name.
 */
export function leadInSpeaker(tokens: Token[], unit: Unit, q: number): Mention | null {
  if (verbsIn(tokens, unit).length > 0) return null;
  const from = unit.from;
  const before = tokens.slice(from, q);
  if (!before.some((t) => t.kind === 'word')) return null;
  const colon = tokens[q - 1]?.kind === 'punct' && tokens[q - 1]!.text === ':';
  if (colon) {
    const named = tokens[q - 2];
    if (named?.mention && !named.possessive && (named.mention.kind === 'person' || named.mention.kind === 'organization')) return named.mention;
    for (let i = from; i < q - 1; i++) {
      const t = tokens[i]!;
      if (t.kind === 'quote') return null;
      if (t.mention?.kind !== 'person' || t.possessive) continue;
      let end = i;
      while (end + 1 < q && tokens[end + 1]!.mention === t.mention) end++;
      if (!tokens[end]!.possessive) return t.mention;
      i = end;
    }
  }
  return sentenceSubject(tokens, { from, to: q });
}

// An opening phrase before the subject: "On Sunday,", "In an August speech,", "Later,".
const INTRO = /^(?:on|in|at|during|after|before|later|earlier|speaking|meanwhile|still|but|and|yet|also|then|asked|interviewed|appearing|writing)$/i;

/** The person a unit opens with as its subject (after an opening phrase and title words), if any. */
/** The index of "he" or "she" opening a unit with no speech verb, before the quote at `q`; else null. */
function leadInPronoun(tokens: Token[], unit: Unit, q: number): number | null {
  let i = unit.from;
  if (tokens[i]?.kind === 'word' && /^(?:And|But|Then|Later|Still)$/.test(tokens[i]!.text)) i++;
  const t = tokens[i];
  if (!t || i >= q || t.kind !== 'word' || !/^(?:he|she)$/i.test(t.text)) return null;
  return verbsIn(tokens, unit).length === 0 ? i : null;
}

function sentenceSubject(tokens: Token[], unit: Unit): Mention | null {
  let i = unit.from;
  if (tokens[i]?.kind === 'word' && INTRO.test(tokens[i]!.text)) {
    let j = i;
    while (j < unit.to && tokens[j]!.text !== ',' && tokens[j]!.kind !== 'quote' && j - i < 10) j++;
    if (tokens[j]?.text !== ',') return null;
    i = j + 1;
  }
  // Title words before the name: "Sen.", "Republican nominee".
  let k = i;
  while (k < unit.to && k - i < 4 && tokens[k]!.kind === 'word' && !tokens[k]!.mention) k++;
  const t = tokens[k];
  if (t?.mention?.kind !== 'person' || t.possessive) return null;
  let end = k;
  while (end + 1 < unit.to && tokens[end + 1]!.mention === t.mention) end++;
  if (tokens[end]!.possessive) return null;
  // A title word is capitalised or a role; anything else before the name makes it an object.
  for (let x = i; x < k; x++) if (!/^\p{Lu}/u.test(tokens[x]!.text) && !/^(?:nominee|candidate|senator|governor|president|secretary|leader|chairman|spokesman|spokeswoman|minister|mayor)$/.test(tokens[x]!.text)) return null;
  return t.mention;
}

/** A unit that is only a quotation (and punctuation): a sentence of quoted words on its own. */
function isQuoteSentence(tokens: Token[], unit: Unit): boolean {
  let quotes = 0;
  for (let i = unit.from; i < unit.to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'word') return false;
    if (t.kind === 'quote') quotes++;
  }
  return quotes > 0;
}

// Nouns that point back at quoted words: "That was the verdict of X", "X made the remark".
const REMARK_NOUNS = /^(?:remark|remarks|verdict|words|comment|comments|assessment|view|warning|message|response|reply|answer|judgment|judgement|observation|prediction|claim|description|summary|conclusion|quip|appeal|plea)$/i;
const POINTING = /^(?:that|this|these|those|the|his|her|their)$/i;

/** The person a sentence names as the author of the quoted words before it, if it does so. */
function backReference(tokens: Token[], unit: Unit): Resolved {
  let remark = false;
  for (let i = unit.from; i < unit.to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'quote') return null;
    if (t.kind === 'word' && !t.mention && REMARK_NOUNS.test(t.text) && POINTING.test(tokens[i - 1]?.text ?? '')) remark = true;
  }
  if (!remark) return null;
  for (let i = unit.from; i < unit.to; i++) {
    const t = tokens[i]!;
    if (t.mention?.kind === 'person' && !t.possessive) return { mention: t.mention };
  }
  return null;
}

function firstUnitBackReference(next: { tokens: Token[]; units: Unit[] } | undefined): Resolved {
  const unit = next?.units[0];
  return next && unit ? backReference(next.tokens, unit) : null;
}
