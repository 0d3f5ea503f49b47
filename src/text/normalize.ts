// Text normalised for comparison only (never for display): case, quotes, and the spelling
// variants outlets differ by (US/U.S., programmes/programs, centre/center, co-operation).

/** Exported for the test that checks the one-scan gate below changes nothing. */
export const VARIANTS: [RegExp, string][] = [
  [/\bu\.s\.(?=\W|$)/g, 'us'],
  [/\bu\.k\.(?=\W|$)/g, 'uk'],
  [/\bu\.n\.(?=\W|$)/g, 'un'],
  [/\bunited nations\b/g, 'un'],
  [/\bco-?operat/g, 'cooperat'],
  [/\bco-?ordinat/g, 'coordinat'],
  [/\bprogramme(s?)\b/g, 'program$1'],
  [/\bcentre(s?)\b/g, 'center$1'],
  [/\bdefence\b/g, 'defense'],
  [/\bpress conference\b/g, 'news conference'],
  [/\b(organ|recogn|real|author|critic|apolog|mobil|stabil|util|priorit|emphas|character|legal|normal|modern|civil|neutral|maxim|minim|subsid)is(e|es|ed|ing|ation)\b/g, '$1iz$2'],
  [/\bmanoeuvr/g, 'maneuver'],
  [/\b(colo|favo|hono|labo|neighbo|behavio|harbo|rumo|humo|armo|vigo|endeavo)ur/g, '$1r'],
  [/\b2 ?½/g, 'two-and-a-half'],
  [/\btwo and a half\b/g, 'two-and-a-half'],
  [/\b(anal|paral|catal)ys(e|es|ed|ing)\b/g, '$1yz$2'],
  [/\b(travel|cancel|model|label|fuel|signal|level)l(ed|ing|er|ers)\b/g, '$1$2'],
  [/\b(theat|met|fib|cent|lit)re(s?)\b/g, '$1er$2'],
  [/\blicence\b/g, 'license'],
  [/\boffence(s?)\b/g, 'offense$1'],
  [/\bpretence\b/g, 'pretense'],
  [/\b(catalog|dialog|analog)ue(s?)\b/g, '$1$2'],
  [/\bgrey\b/g, 'gray'],
  [/\bjudgement/g, 'judgment'],
  [/\bwhilst\b/g, 'while'],
  [/\bamidst\b/g, 'amid'],
  [/\btowards\b/g, 'toward'],
  [/\bper cent\b/g, 'percent'],
  [/\bu\.s\.a\.(?=\W|$)/g, 'usa'],
  [/\be\.u\.(?=\W|$)/g, 'eu'],
  [/\b(mr|mrs|ms|dr|st)\.(?=\s)/g, '$1'],
];

// Any one of the variants, in one scan: most sentences have none, and where no variant matches
// the text no replacement happens, so none can match after another either.
const ANY_VARIANT = new RegExp(VARIANTS.map(([re]) => `(?:${re.source})`).join('|'));

export function normaliseForComparison(text: string): string {
  let out = text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...');
  if (!ANY_VARIANT.test(out)) return out;
  for (const [re, replacement] of VARIANTS) out = out.replace(re, replacement);
  return out;
}

const STOPWORDS = new Set(
  "a an the and or but of to in on at for with by from as is are was were be been being it its it's this that these those he she they we i you his her their our my your him them us not no so if then than which who whom what when where while also has have had do does did will would can could should may might must said says say told about into over after before up out more most such there here all any some".split(
    ' ',
  ),
);

/** Content words, normalised: what comparison and ranking count. */
export function contentTokens(text: string): string[] {
  return (normaliseForComparison(text).match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []).filter(
    (t) => !STOPWORDS.has(t) && t.length > 1,
  );
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word.toLowerCase());
}

/**
 * A light suffix-stripper for comparison only: enough that "denied"/"denies"/"deny",
 * "preparing"/"preparations" and "weapons"/"weapon" meet, without a dictionary.
 */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.includes('-')) return w.split('-').map(stem).join('-');
  if (w.endsWith("'s")) w = w.slice(0, -2);
  if (w.endsWith('ies') || w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ws)$/.test(w) && w.length > 4) w = w.slice(0, -1);
  if (/ations?$/.test(w) && w.length > 7) w = w.replace(/ations?$/, '');
  else if (/ments?$/.test(w) && w.length > 7) w = w.replace(/ments?$/, '');
  else if (w.endsWith('ing') && w.length > 4) w = restoreShort(undouble(w.slice(0, -3)));
  else if (w.endsWith('ed') && w.length > 3) w = restoreShort(undouble(w.slice(0, -2)));
  if (w.endsWith('y') && w.length > 3) w = `${w.slice(0, -1)}i`;
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  return w;
}

// "used" → "us" → "use": a stem of two letters lost its final e.
function restoreShort(w: string): string {
  return w.length <= 2 ? `${w}e` : w;
}

function undouble(w: string): string {
  return /([^aeiouls])\1$/.test(w) ? w.slice(0, -1) : w;
}

/** Content words, normalised and stemmed: what near-duplicate detection and grouping compare. */
export function comparisonTerms(text: string): string[] {
  return contentTokens(text).map(stem);
}
