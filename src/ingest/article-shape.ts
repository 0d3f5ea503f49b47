// Pages that hold no article: a cookie or consent notice, an error page ("page not found"), a
// section front that only lists headlines, or nothing but page furniture. Briefing them makes
// junk ("We use cookies." as a key point), so they are refused with the reason. An article may
// mention cookies or a 404; what decides is that, without such lines, no prose is left.

/** Paragraphs of a consent banner. */
const CONSENT = [
  /\b(?:we|this (?:site|website)) uses? cookies\b/i,
  /\bcookies? (?:policy|settings|preferences|notice)\b/i,
  /^(?:accept|reject|allow|refuse|decline)(?: all)?(?: cookies)?\.?$/i,
  /\bmanage (?:your )?(?:preferences|cookies|consent|privacy settings)\b/i,
  /\bwe value your privacy\b/i,
  /\bpersonali[sz]e (?:content and )?ads\b/i,
  /\b(?:consent|legitimate interest) to (?:the )?(?:use|processing)\b/i,
];

/** Paragraphs of an error page. */
const ERROR = [
  /\b(?:page|article|story|content) (?:was )?(?:not found|cannot be found|could not be found|no longer exists|(?:does not|doesn['’]t) exist)\b/i,
  /\bcan['’]?t find (?:that|this|the) page\b/i,
  /\bmay have been (?:moved|removed|renamed|deleted)\b/i,
  /^(?:error )?(?:404|410|500|503)\b(?:\s*(?:[-–—:]\s*)?(?:not found|page not found|gone|error))?\.?$/i,
  /^(?:page not found|not found|something went wrong|service unavailable)\.?$/i,
];

/** Paragraphs that are only page furniture: copyright, legal links, sign-in and newsletter prompts. */
const FURNITURE = [
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms and conditions|cookie policy|contact us|about us|accessibility|sitemap|help)\.?$/i,
  /^(?:subscribe|sign in|sign up|log in|register|newsletter|follow us)\b.{0,60}$/i,
  /^(?:home|back to (?:the )?home ?page|go back|search)\.?$/i,
];

const SENTENCE_END = /[.!?]["”’)]?$/;
/** Words in a line of prose: fewer, and it is a label or a button. */
const PROSE_WORDS = 6;

const words = (paragraph: string) => paragraph.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
const matchesAny = (patterns: RegExp[], paragraph: string) => patterns.some((re) => re.test(paragraph));

/** A line that reads as a headline: a handful of words, no full stop at the end. */
function isHeadline(paragraph: string): boolean {
  const n = words(paragraph);
  return n >= 3 && n <= 20 && !SENTENCE_END.test(paragraph.trim());
}

/** Sentences of prose in a paragraph: long enough and ending like a sentence. */
function proseSentences(paragraph: string): number {
  return paragraph
    .split(/(?<=[.!?]["”’)]?)\s+/)
    .filter((sentence) => words(sentence) >= PROSE_WORDS && SENTENCE_END.test(sentence.trim())).length;
}

/** What the whole HTML page shows, before extraction keeps (or drops) parts of it. */
export interface PageSignals {
  /** Links whose text reads as a headline: what a section front is made of. */
  headlineLinks?: number;
  /** Blocks of a consent banner, and of an error page, anywhere on the page. */
  consentBlocks?: number;
  errorBlocks?: number;
}

/** Signals from a page's links and its text blocks (paragraphs, headings, list items, buttons). */
export function pageSignals(linkTexts: Iterable<string>, blockTexts: Iterable<string>): PageSignals {
  const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
  let headlineLinks = 0;
  for (const text of linkTexts) if (isHeadline(clean(text))) headlineLinks++;
  let consentBlocks = 0;
  let errorBlocks = 0;
  for (const text of blockTexts) {
    const block = clean(text);
    if (matchesAny(CONSENT, block)) consentBlocks++;
    else if (matchesAny(ERROR, block)) errorBlocks++;
  }
  return { headlineLinks, consentBlocks, errorBlocks };
}

/**
 * Why the text is not an article, or undefined when it may be one. `text` is the cleaned
 * article text, paragraphs separated by blank lines; `page`, for an HTML page, what the whole
 * page showed (the extraction may have kept only its footer).
 */
export function whyNotAnArticle(text: string, page: PageSignals = {}): string | undefined {
  const paragraphs = text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  let consent = 0;
  let error = 0;
  const rest: string[] = [];
  for (const paragraph of paragraphs) {
    if (matchesAny(CONSENT, paragraph)) consent++;
    else if (matchesAny(ERROR, paragraph)) error++;
    else if (!matchesAny(FURNITURE, paragraph)) rest.push(paragraph);
  }
  const prose = rest.reduce((sum, p) => sum + proseSentences(p), 0);
  // An article has a few sentences of its own besides any such lines.
  if (prose >= 3) return undefined;
  if (error + (page.errorBlocks ?? 0) > 0) return 'an error page ("page not found"), not an article';
  if (consent + (page.consentBlocks ?? 0) > 0) return 'a cookie or consent notice, not an article';
  // A section front: its headlines are links (Readability may keep none of them), or lines.
  const headlines = Math.max(rest.filter(isHeadline).length, page.headlineLinks ?? 0);
  if (headlines >= 5 && (rest.length === 0 || rest.filter(isHeadline).length >= 0.7 * rest.length || page.headlineLinks === headlines)) {
    return `a list of ${headlines} headlines (an index or section page), not an article`;
  }
  if (rest.length === 0 && paragraphs.length > 0) return 'only page furniture (copyright, privacy and sign-in lines), no article text';
  return undefined;
}
