// Openings of a sentence that are not part of its point: a wire dateline at the top of an article
// ("RICHMOND, Va. (AP) — ", "Washington (CNN) - ", "WASHINGTON — "), and a label some outlets put
// before a paragraph ("Why it matters: ", "The big picture: ").
// A key point drops them; what is left is still the article's own text at its own offsets.

import { wordCount } from './word-count.ts';

/** A news agency's credit in parentheses: "(AP)", "(Reuters)", "(CNN Business)", "(Fox News)". */
const AGENCY = String.raw`\((?:AP|AFP|UPI|Reuters|Bloomberg|CNN(?: [A-Z][a-z]+)?|[A-Z][\w.&]*(?: [A-Z][\w.&]*)? (?:News|Press|Wire|Service))\)`;
/** A place as a dateline names it: "Washington", "NEW YORK/LONDON", "Monsey, N.Y.", "Sankt Iliar, Valmora". */
const PLACE = String.raw`[A-Z][\w.'’-]*(?:[ /][A-Z][\w.'’-]*){0,3}(?:, [A-Z][\w.]*\.?(?: ?[A-Z][\w.]*\.?)?)?`;
/** A place in capitals ("PORT ELLIS", "WASHINGTON, D.C."): with a dash, a dateline even without an agency. */
const CAPITAL_PLACE = String.raw`[A-Z][A-Z.'’-]+(?:[ /][A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]*\.?(?: ?[A-Z][A-Za-z.]*\.?)?)?`;
/** A dash after a dateline: an em or en dash, or hyphens after a space ("COVID-19" and "US-China" are words). */
const DASH = String.raw`(?:\s*[—–]|\s+-{1,2}|\s*--)\s*`;

const DATELINE = new RegExp(String.raw`^(?:(?:${PLACE}\s*)?${AGENCY}(?:${DASH}|\s*)|${CAPITAL_PLACE}${DASH})(?=[“"‘']?[\p{Lu}\p{N}])`, 'u');

/**
 * A label ending in a colon: a capitalised word and up to three lower-case ones ("Why it matters:",
 * "Details:", "The big picture:"), before a plain sentence. A speaker's tag ("ANNA REYES:", "The
 * minister said:") is no label: it says whose words follow, so it stays.
 */
const LABEL = /^[A-Z][a-z'’]*(?: [a-z'’]+){0,3}:\s+(?=[\p{Lu}\p{N}])/u;
const SAYING = /\b(?:said|says|told|tells|added|adds|wrote|writes|tweeted|asked|asks|explained|declared|stated)\b/;

/** What is left after a label must still be a sentence: this many words at least. */
const MIN_REST_WORDS = 6;

export interface LeadInContext {
  /** The sentence's place among its article's body sentences (0 = the first after the headline). */
  bodyIndex: number;
  /** The sentence is the article's headline: a headline's "Topic: claim" is its own wording. */
  headline: boolean;
}

/** How many characters open `text` before its point starts (0 when nothing is to be dropped). */
export function leadInLength(text: string, context: LeadInContext): number {
  if (context.headline) return 0;
  // A dateline opens the article; the splitter may cut "MONSEY, N.Y." off as a sentence of its own.
  const dateline = context.bodyIndex <= 1 ? DATELINE.exec(text) : null;
  let cut = dateline ? dateline[0].length : 0;
  const label = LABEL.exec(text.slice(cut));
  if (label && !SAYING.test(label[0]) && wordCount(text.slice(cut + label[0].length)) >= MIN_REST_WORDS) cut += label[0].length;
  return wordCount(text.slice(cut)) >= MIN_REST_WORDS ? cut : 0;
}

