// Datelines open wire copy: "SEOUL - ", "SEOUL (Reuters) -", "WASHINGTON, Nov 9 (AP) —", and a place
// with its country after a comma: "PORT ELLIS, Norland (Wirepress) —".
// The place becomes the article's `place`; the dateline leaves the text. Forms seen on real copy
// too: no space after the dash ("SEOUL (Reuters) -U.S. …"), a horizontal bar ("WASHINGTON ― "),
// a month with its dot ("LOS ANGELES, Sept. 28 (UPI) — "), and a dateline opening the second
// paragraph when the first is the headline.

const DATELINE =
  /^([A-Z][A-Z .'’-]{1,40}?)(?:,\s*[A-Z][\p{Ll}'’-]+(?:\s+[A-Z][\p{Ll}'’-]+){0,2}(?=\s*[,(–—-]))?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\((?:[A-Z][\w .]{0,30})\))?\s*[-–—―]+(?:\s+(?=\S)|(?=[\p{Lu}“"]))/u;

const NOT_PLACES = new Set(['BREAKING', 'UPDATE', 'UPDATED', 'EXCLUSIVE', 'ANALYSIS', 'OPINION', 'WATCH', 'LIVE', 'EDITORIAL']);

export interface DatelineResult {
  place?: string;
  text: string;
}

/** A headline: one short paragraph before the body. */
const HEADLINE_MAX = 200;

export function extractDateline(text: string): DatelineResult {
  const opening = atStart(text);
  if (opening.place) return opening;
  const brk = text.indexOf('\n\n');
  if (brk <= 0 || brk > HEADLINE_MAX) return { text };
  const bodyStart = brk + 2;
  const body = atStart(text.slice(bodyStart));
  return body.place ? { place: body.place, text: text.slice(0, bodyStart) + body.text } : { text };
}

function atStart(text: string): DatelineResult {
  const match = DATELINE.exec(text);
  if (!match) return { text };
  const raw = match[1]!.trim();
  // Two capital letters or more, all upper case: avoid taking a sentence-initial acronym ("US -").
  // "U.S.-led": three letters at least.
  if (raw.length < 3 || raw !== raw.toUpperCase() || NOT_PLACES.has(raw) || (raw.match(/[A-Z]/g) ?? []).length < 3) return { text };
  const place = raw
    .toLowerCase()
    .split(/([ '’-])/)
    .map((part) => (part.length > 0 ? part[0]!.toUpperCase() + part.slice(1) : part))
    .join('');
  return { place, text: text.slice(match[0].length) };
}
