// The Briefing: the one neutral structure between the core and every renderer, adapter and store.
// Its JSON is a contract (see README): keep these field names.

import type { Article } from './article.ts';

/** A span of an article's cleaned text: `text.slice(start, end)` is verbatim. */
export interface Support {
  articleId: string;
  start: number;
  end: number;
}

/** A source as the briefing lists it: the article's metadata, without its text. */
export type SourceRef = Pick<Article, 'id' | 'outlet' | 'title' | 'url' | 'publishedAt' | 'place'>;

export interface KeyPoint {
  text: string;
  support: Support[];
}

export interface Speaker {
  name: string;
  role?: string;
}

export interface Quote {
  text: string;
  /** null when the articles give no speaker, or only an unnamed one. */
  speaker: Speaker | null;
  /** How an unnamed speaker is described ("one participant"), when the text says. */
  unnamedSpeaker?: string;
  /** A quoted phrase of four words or more inside the reporter's paraphrase, not a whole utterance. */
  partial?: boolean;
  support: Support[];
}

export type ActorKind = 'person' | 'organization' | 'place';

export interface Actor {
  name: string;
  kind: ActorKind;
  role?: string;
  aliases: string[];
  mentions: number;
  articleIds: string[];
}

export interface Evidence extends Support {
  text: string;
}

/** Why a matter is open: a hedged or unconfirmed claim, a denial or dispute, a pending event, a condition. */
export type OpenQuestionKind = 'hedged' | 'denied' | 'pending' | 'conditional';

export interface OpenQuestion {
  topic: string;
  question: string;
  evidence: Evidence[];
  /** True when only one outlet reports the matter. */
  singleSource?: boolean;
  /** What makes it open, as the evidence's wording shows (optional; added with issue 4). */
  kinds?: OpenQuestionKind[];
}

export interface OnlyHere {
  text: string;
  start: number;
  end: number;
  /** The short label of the group this sentence belongs to ("the G7 statement"); optional. */
  label?: string;
}

export interface Difference {
  articleId: string;
  onlyHere: OnlyHere[];
  /** What only this outlet reports, briefly, most salient first ("the G7 ministers; Hamas"); optional. */
  labels?: string[];
}

/** A checkable detail (number, date, duration) on which outlets disagree. */
export interface Disagreement {
  about: string;
  versions: Evidence[];
}

/** Articles printing the same text (shared wire copy): together they are one independent report. */
export interface LineageGroup {
  articleIds: string[];
  /** Sentences the closest pair of them print alike. */
  sharedSentences: number;
}

export interface Briefing {
  title: string;
  generatedAt: string;
  sources: SourceRef[];
  keyPoints: KeyPoint[];
  quotes: Quote[];
  /** Short quoted phrases ("two-way street"), not key quotes; kept with their speaker. */
  fragments?: Quote[];
  actors: Actor[];
  openQuestions: OpenQuestion[];
  differences: Difference[];
  disagreements?: Disagreement[];
  /** Groups of articles sharing a text lineage (wire copy); absent when every article is its own report. */
  lineage?: LineageGroup[];
  /** How many independent reports the sources are (each lineage counts once); with `lineage`. */
  independentReports?: number;
  /** Lines a reader should know about the input (an outlet taken from a file name, a file skipped). */
  notes?: string[];
  /**
   * Present when a large story was briefed from its most representative articles (the latest of
   * each outlet, outlets taking turns) to stay inside the time budget: how many were briefed, of
   * how many in the story. The others are counted, not read.
   */
  subset?: BriefedSubset;
}

export interface BriefedSubset {
  briefed: number;
  total: number;
}
