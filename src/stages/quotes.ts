// Key quotes with their speakers. Attribution, in order: a speech verb with a named subject in the
// same paragraph ("X said", "said X"); a pronoun ("he said") → the most recent named person of
// that gender; a paragraph that is only a quotation → the previous paragraph's speaker. Quoted
// spans of one paragraph share their speaker. Unnamed speakers are reported as such, not guessed.

import type { AnalysedArticle, Analysis, Mention } from '../analyse/types.ts';
import type { Quote, Speaker } from '../briefing.ts';
import { contentTokens } from '../text/normalize.ts';
import { overlap } from './near-duplicates.ts';
import { findQuotedSpans } from './quoted-spans.ts';

const SPEECH_VERBS =
  'said|says|told|added|wrote|warned|stated|noted|explained|argued|insisted|asserted|declared|announced|replied|responded|continued|according to|called';
const SPEECH = new RegExp(`\\b(?:${SPEECH_VERBS})\\b`);
const PRONOUN_SPEECH = new RegExp(`\\b(he|she|they)\\s+(?:also\\s+)?(?:${SPEECH_VERBS})\\b`, 'i');
const UNNAMED = new RegExp(
  `\\b((?:one|an?|some|several|two|three|other|another|senior|local)\\s+(?:[a-z]+\\s+)?(?:participant|official|protester|diplomat|source|resident|witness|analyst|observer|aide|person|member|expert)s?)\\s+(?:${SPEECH_VERBS})\\b`,
);
const KEY_QUOTE_MIN_WORDS = 5;

export interface RawQuote {
  articleId: string;
  start: number;
  end: number;
  text: string;
  speaker: Mention | null;
  unnamed?: string;
  isKey: boolean;
}

/** Blanks quoted text so that names inside a quote are never taken for its speaker. */
function outsideQuotes(paragraph: string, spans: { start: number; end: number }[]): string {
  let out = paragraph;
  for (const s of spans) out = out.slice(0, s.start) + ' '.repeat(s.end - s.start) + out.slice(s.end);
  return out;
}

function attributeInArticle(a: AnalysedArticle): RawQuote[] {
  const text = a.article.text;
  const people = a.mentions.filter((m) => m.kind === 'person');
  const orgs = a.mentions.filter((m) => m.kind === 'organization');
  const quotes: RawQuote[] = [];
  let previousSpeaker: Mention | null = null;
  let continuing = false;

  for (const p of a.paragraphs) {
    const body = text.slice(p.start, p.end);
    const spans = findQuotedSpans(body);
    const outside = outsideQuotes(body, spans);
    const inPara = (m: Mention) => m.start >= p.start && m.end <= p.end;
    const outsideMention = (m: Mention) => inPara(m) && outside.slice(m.start - p.start, m.end - p.start).trim() !== '';
    let speaker: Mention | null = null;
    let unnamed: string | undefined;

    if (spans.length > 0) {
      const verb = SPEECH.exec(outside);
      const onlyQuote = outside.replace(/[\s“”"‘’.,;:!?…—–-]/g, '') === '';
      const pronoun = PRONOUN_SPEECH.exec(outside);
      const nameless = UNNAMED.exec(outside);
      if (continuing || (onlyQuote && previousSpeaker)) {
        speaker = previousSpeaker;
      } else if (verb) {
        const verbAt = p.start + verb.index;
        const candidates = [...people, ...orgs].filter(outsideMention);
        const nearest = candidates.sort((x, y) => Math.abs(x.start - verbAt) - Math.abs(y.start - verbAt))[0];
        if (nameless && (!nearest || Math.abs(p.start + nameless.index - verbAt) < Math.abs(nearest.start - verbAt))) {
          unnamed = nameless[1];
        } else if (pronoun && (!nearest || Math.abs(p.start + pronoun.index - verbAt) <= Math.abs(nearest.start - verbAt))) {
          const gender = pronoun[1]!.toLowerCase() === 'she' ? 'female' : pronoun[1]!.toLowerCase() === 'he' ? 'male' : undefined;
          speaker = mostRecentPerson(people, p.start, gender);
        } else {
          speaker = nearest ?? null;
        }
      }
      for (const s of spans) {
        const quoteText = body.slice(s.start, s.end).replace(/[,]$/, '');
        const words = quoteText.split(/\s+/).filter(Boolean).length;
        quotes.push({
          articleId: a.article.id,
          start: p.start + s.start,
          end: p.start + s.start + quoteText.length,
          text: quoteText,
          speaker,
          ...(unnamed ? { unnamed } : {}),
          isKey: words >= KEY_QUOTE_MIN_WORDS,
        });
      }
      continuing = spans[spans.length - 1]!.open;
    } else {
      continuing = false;
    }
    // The paragraph's speaker, else its first named person, carries into the next paragraph.
    previousSpeaker = speaker ?? people.find(inPara) ?? previousSpeaker;
  }
  return quotes;
}

function mostRecentPerson(people: Mention[], before: number, gender?: 'male' | 'female'): Mention | null {
  const earlier = people.filter((m) => m.end <= before && (!gender || !m.gender || m.gender === gender));
  return earlier[earlier.length - 1] ?? null;
}

function speakerOf(mention: Mention | null, analysis: Analysis): Speaker | null {
  if (!mention) return null;
  let role = mention.role;
  if (!role) {
    for (const a of analysis.articles) {
      role = a.mentions.find((m) => m.canonical === mention.canonical && m.role)?.role;
      if (role) break;
    }
  }
  return role ? { name: mention.canonical, role } : { name: mention.canonical };
}

export interface QuoteOptions {
  /** Include quoted fragments (short phrases) instead of key quotes. */
  fragments?: boolean;
}

/** Key quotes (or, with `fragments`, the short quoted phrases), merged across outlets. */
export function attributeQuotes(analysis: Analysis, options: QuoteOptions = {}): Quote[] {
  const raw = analysis.articles.flatMap(attributeInArticle).filter((q) => q.isKey !== Boolean(options.fragments));
  const merged: { quote: Quote; tokens: Set<string>; articles: Set<string> }[] = [];
  for (const q of raw) {
    const tokens = new Set(contentTokens(q.text));
    const twin = merged.find((m) => !m.articles.has(q.articleId) && overlap(m.tokens, tokens) >= 0.75);
    if (twin) {
      twin.quote.support.push({ articleId: q.articleId, start: q.start, end: q.end });
      twin.articles.add(q.articleId);
      if (!twin.quote.speaker && q.speaker) twin.quote.speaker = speakerOf(q.speaker, analysis);
      continue;
    }
    merged.push({
      quote: {
        text: q.text,
        speaker: speakerOf(q.speaker, analysis),
        ...(q.unnamed ? { unnamedSpeaker: q.unnamed } : {}),
        support: [{ articleId: q.articleId, start: q.start, end: q.end }],
      },
      tokens,
      articles: new Set([q.articleId]),
    });
  }
  return merged.map((m) => m.quote);
}
