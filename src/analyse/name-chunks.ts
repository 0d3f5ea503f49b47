// Runs of capitalised words ("U.S. Secretary of State Antony Blinken", "Center for a New American
// Security") with offsets, found in one linear pass. Classification happens elsewhere.

import { ORG_HEADS } from './name-words.ts';

// A plural possessive inside an organisation's name: "Chemical Workers’ Federation".
const ORG_HEAD = new Set<string>(ORG_HEADS);

export interface ChunkWord {
  text: string;
  start: number;
  end: number;
}

export interface NameChunk {
  words: ChunkWord[];
  start: number;
  end: number;
  text: string;
  /** The chunk opens a sentence, where any word is capitalised. */
  sentenceInitial: boolean;
  /** Followed by a possessive ’s (or a bare ’ after s). */
  possessive: boolean;
  /** Next to a slash or after "Photo:"/"Credit:": a picture credit. */
  credit: boolean;
}

// A word: letters, digits, inner apostrophes/hyphens/ampersands and the dots of abbreviations.
export const WORD = /[\p{L}\p{M}\p{N}]+(?:[’'\-&.][\p{L}\p{M}\p{N}]+)*\.?/gu;
const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'a', 'de', 'du', 'da', 'di', 'dos', 'das', 'von', 'van', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'y']);
const ABBREVIATION = /^(?:\p{Lu}\.)+$|^(?:\p{Lu}\.?)?(?:\p{Lu}\.)+$|^(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Adm|Maj|Rev|St|Jr|Sr|Co|Corp|Inc|Ltd|No|Mt|Ft|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/u;
const CREDIT_LEAD = /(?:Photo|Photograph|Image|Credit|Picture|Illustration|Photos|Video)\s*(?:by)?\s*:?\s*$/i;

const UPPER_FIRST = /^\p{Lu}/u;
// "al-Hajj", "el-Sisi", "bin-Talal", and the French elided particle: "d'Alembert", "d’Estaing".
const ARABIC_ARTICLE = /^(?:(?:al|el|bin)-|d['’])\p{Lu}/u;

/** Upper-case first letter, or "al-", "el-", "bin-" before one; ASCII answered without a regex. */
function isCapitalised(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  // Only "al-", "el-", "bin-" and "d'" make a lower-case ASCII word capitalised.
  if (first >= 97 && first <= 122) return (first === 97 || first === 101 || first === 98 || first === 100) && ARABIC_ARTICLE.test(word);
  return UPPER_FIRST.test(word) || ARABIC_ARTICLE.test(word);
}

export interface Token extends ChunkWord {
  capital: boolean;
  connector: boolean;
}

// The same words as `text.matchAll(WORD)`, found with `test` (no match array per word): a word
// starts at the first letter, mark or digit the global scan reaches, and the sticky twin of WORD
// gives its end.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/gu;
const WORD_AT = new RegExp(WORD.source, 'uy');

/**
 * The words a name chunk can be made of: capitalised words and connectors. The others are left
 * out (a chunk never spans one: the gap to the next kept word then holds more than one space) and
 * are not cut out of the text unless they might be either.
 */
export function tokens(text: string): Token[] {
  const out: Token[] = [];
  let at = 0;
  for (;;) {
    WORD_CHAR.lastIndex = at;
    if (!WORD_CHAR.test(text)) break;
    let start = WORD_CHAR.lastIndex - 1;
    if (start > 0 && (text.charCodeAt(start) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 1) & 0xfc00) === 0xd800) start--;
    WORD_AT.lastIndex = start;
    WORD_AT.test(text);
    at = WORD_AT.lastIndex;
    if (!mayBeKept(text, start, at)) continue;
    const token = wordToken(text.slice(start, at), start);
    if (token.capital || token.connector) out.push(token);
  }
  return out;
}

/** A word as WORD finds it, at `start`, as a token. */
export function wordToken(found: string, start: number): Token {
  // A trailing dot belongs to the word only for abbreviations and initials ("U.S.", "Gen.", "J.").
  const word = found.endsWith('.') && !ABBREVIATION.test(found) ? found.slice(0, -1) : found;
  return { text: word, start, end: start + word.length, capital: isCapitalised(word), connector: CONNECTORS.has(word) };
}

/**
 * Whether the word at [start, end) may be capitalised or a connector, from its first character
 * and length: a digit opens neither; a lower-case ASCII letter only a connector (three letters at
 * most, four with a dot) or "al-", "el-", "bin-", "d'".
 */
function mayBeKept(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first >= 48 && first <= 57) return false;
  if (first >= 97 && first <= 122) return end - start <= 4 || first === 97 || first === 101 || first === 98 || first === 100;
  return true;
}

/** A single space (or no-break space) between two positions. */
function oneSpaceBetween(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 0xa0;
}

/** A closing square bracket among the `span` characters before `start`. */
function bracketWithin(text: string, start: number, span: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - span; i--) if (text.charCodeAt(i) === 93) return true;
  return false;
}

function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  // A footnote mark after the full stop ("… testament. [22] Mathematician …") is skipped.
  const note = bracketWithin(text, start, 8) ? /\[\d{1,3}\]\s*$/.exec(text.slice(Math.max(0, start - 8), start)) : null;
  if (note) i = start - note[0].length - 1;
  while (i >= 0 && /[\s“"‘'([«—–-]/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (i < 0) return true;
  const ch = text[i]!;
  if (/[.!?…:]/.test(ch)) return !/\b(?:\p{Lu}\.)+$|\b(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|St|Lt|Col|No)\.$/u.test(text.slice(Math.max(0, i - 6), i + 1));
  if (/[”’]/.test(ch)) return /[.!?]/.test(text[i - 1] ?? '');
  return false;
}

/** Next to a slash ("Pool/Getty Images") or after "Photo:", "Credit:" or "via": a picture credit. */
export function isCreditContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 3);
  const slash = /\/$/.test(before) || after.startsWith('/') || ((/\/\s+$/.test(before) || /^\s+\//.test(after)) && !inRunningText(text, start));
  return slash || CREDIT_LEAD.test(before) || (/\bvia\s+$/.test(before) && /Getty|AP|AFP|Reuters/.test(text.slice(start, end + 12)));
}

// Lower-case words a picture credit may hold: "Photo by Ana Tesk / Vellor Images", "courtesy of".
const CREDIT_WORDS = new Set(['by', 'via', 'and', 'for', 'of', 'the', 'courtesy', 'photo', 'photos', 'image', 'images', 'credit', 'file']);

/**
 * The line holds running text: a lower-case word no credit has ("From the North / Kansas - US-75
 * south from Bartlesville"). A spaced slash there separates alternatives, not a photographer and an agency.
 */
function inRunningText(text: string, at: number): boolean {
  // The sentence around the slash: a credit may follow a caption on the same line.
  const from = Math.max(text.lastIndexOf('\n', at), text.lastIndexOf('. ', at)) + 1;
  const to = text.indexOf('\n', at);
  for (const m of text.slice(from, to < 0 ? text.length : to).matchAll(/(?<![\p{L}])\p{Ll}{2,}(?![\p{L}])/gu)) if (!CREDIT_WORDS.has(m[0])) return true;
  return false;
}

export function findNameChunks(text: string): NameChunk[] {
  const toks = tokens(text);
  const chunks: NameChunk[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!toks[i]!.capital) {
      i++;
      continue;
    }
    const words: ChunkWord[] = [toks[i]!];
    let j = i + 1;
    // Extend while the next words are joined by a single space and are capitalised, or a
    // connector followed by a capitalised word ("Center for a New American Security").
    while (j < toks.length) {
      const prev = words[words.length - 1]!;
      const next = toks[j]!.start;
      // "Tollin Anglers’ Association", "Seafarers' Union of Tessaly": the possessive joins the name.
      if (next - prev.end === 2 && /^[’']$/.test(text[prev.end]!) && oneSpaceBetween(text, prev.end + 1, next) && /\p{Ll}s$/u.test(prev.text) && ORG_HEAD.has(toks[j]!.text)) {
        words[words.length - 1] = { text: `${prev.text}${text[prev.end]}`, start: prev.start, end: prev.end + 1 };
        words.push(toks[j]!);
        j++;
        continue;
      }
      // "Korean People’s Army", "People's Liberation Army": a possessive inside the name.
      const peoples = /^People[’']s$/.test(prev.text) && toks[j]!.capital;
      if (!oneSpaceBetween(text, prev.end, next) || (/[’']s$/.test(prev.text) && !peoples)) break;
      if (toks[j]!.capital) {
        words.push(toks[j]!);
        j++;
        continue;
      }
      let k = j;
      while (k < toks.length && toks[k]!.connector && oneSpaceBetween(text, toks[k - 1]!.end, toks[k]!.start)) k++;
      if (k > j && k < toks.length && toks[k]!.capital && oneSpaceBetween(text, toks[k - 1]!.end, toks[k]!.start)) {
        for (let x = j; x <= k; x++) words.push(toks[x]!);
        j = k + 1;
        continue;
      }
      break;
    }
    i = j;
    // A possessive ends the name: "Russia’s" → "Russia".
    let possessive = false;
    const last = words[words.length - 1]!;
    const poss = /^(.*?)[’']s$/u.exec(last.text);
    if (poss?.[1]) {
      words[words.length - 1] = { text: poss[1], start: last.start, end: last.start + poss[1].length };
      possessive = true;
    } else if (/^[’']/.test(text.slice(last.end, last.end + 1)) && /s$/.test(last.text) && !/^[’']\p{L}/u.test(text.slice(last.end, last.end + 2))) {
      possessive = true;
    }
    const start = words[0]!.start;
    const end = words[words.length - 1]!.end;
    const credit = isCreditContext(text, start, end);
    chunks.push({ words, start, end, text: text.slice(start, end), sentenceInitial: isSentenceInitial(text, start), possessive, credit });
  }
  return chunks;
}
