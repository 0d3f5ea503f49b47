// Text normalised for comparison only (never for display): case, quotes, and the spelling
// variants outlets differ by (US/U.S., programmes/programs, centre/center, co-operation).

const VARIANTS: [RegExp, string][] = [
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
];

export function normaliseForComparison(text: string): string {
  let out = text.toLowerCase().replace(/[’‘`]/g, "'").replace(/[“”]/g, '"').replace(/…/g, '...');
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
