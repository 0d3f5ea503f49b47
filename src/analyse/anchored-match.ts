// The person rules' regexes are slow to run over a whole article: at every word they try a title,
// a role or a name with much backtracking, though real matches are rare. Every match of each rule
// needs a cheap literal "anchor" nearby (a title word, ", a", ", who", ", 45,"), and can start only
// a few words before it. So we find the anchors with a fast scan, and try the rule (sticky) only at
// the positions just before each. This gives exactly the matches `text.matchAll(rule)` gives, in
// the same order, provided every position where the rule can match lies in some window; each
// rule's window (anchor, characters and spaces its leading part may span) says why it does.

export interface AnchorWindows {
  /** Global regex whose matches cover the start of the part of a match the window backs from. */
  anchor: RegExp;
  /** How many spaces the leading part of a match may span before its anchor. */
  maxSpaces: number;
  /** A cheap test of an anchor's surroundings; false rules out every match around it. */
  anchorFits?: (text: string, at: number) => boolean;
  /** Only positions whose first character passes this can start a match. */
  canStart: (code: number) => boolean;
  /** Where the anchor itself is found faster than by its own scan (see `AnchorHint`). */
  anchorHint?: AnchorHint;
}

/**
 * An anchor that is costly to try at every position (a long alternation with a word pattern
 * beside it) but always ends in something cheap to find: every match of the anchor ends with a
 * match of `hint`, and every character of it before that match passes `spans`. The anchor is then
 * tried (sticky) only in the run of such characters before each hint: the same matches, in the
 * same order, as `text.matchAll(anchor)`. Hints must not overlap an anchor's characters before them.
 */
export interface AnchorHint {
  /** Global regex: where each anchor match's tail is. */
  hint: RegExp;
  /** The characters an anchor match may hold before its hint. */
  spans: (code: number) => boolean;
}

const stickyAnchors = new WeakMap<RegExp, RegExp>();

// The last text's matches of the last anchor: two person rules share the ", " anchor, one after the other.
let lastText: string | undefined;
let lastWindows: AnchorWindows | undefined;
let lastMatches: RegExpExecArray[] = [];

/** The anchor's matches, as `text.matchAll(windows.anchor)` gives them. Read-only. */
export function anchorMatches(text: string, windows: AnchorWindows): readonly RegExpExecArray[] {
  if (text === lastText && lastWindows !== undefined && windows.anchor === lastWindows.anchor && windows.anchorHint === lastWindows.anchorHint) return lastMatches;
  const out = scanAnchor(text, windows);
  lastText = text;
  lastWindows = windows;
  lastMatches = out;
  return out;
}

function scanAnchor(text: string, windows: AnchorWindows): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const anchor = windows.anchor;
  const near = windows.anchorHint;
  if (!near) {
    anchor.lastIndex = 0;
    for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
      out.push(m);
      if (m[0].length === 0) anchor.lastIndex++;
    }
    return out;
  }
  let sticky = stickyAnchors.get(anchor);
  if (!sticky) {
    sticky = new RegExp(anchor.source, `${anchor.flags.replace('g', '')}y`);
    stickyAnchors.set(anchor, sticky);
  }
  // Where the global scan would go on looking: past the last match.
  let next = 0;
  near.hint.lastIndex = 0;
  for (let h = near.hint.exec(text); h; h = near.hint.exec(text)) {
    let from = h.index;
    while (from > next && near.spans(text.charCodeAt(from - 1))) from--;
    for (let p = Math.max(from, next); p <= h.index; p++) {
      sticky.lastIndex = p;
      const m = sticky.exec(text);
      if (!m) continue;
      out.push(m);
      next = p + Math.max(m[0].length, 1);
      break;
    }
    if (h[0].length === 0) near.hint.lastIndex++;
  }
  return out;
}

const SPACE = 32;
const OTHER_CHAR = /[\p{L}\p{M}]/u;

/** Letters, marks and the punctuation inside names and titles: what a window may span. */
function isWindowChar(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === SPACE || code === 46 || code === 45 || code === 39 || code === 38;
  }
  return code === 0x2019 || OTHER_CHAR.test(String.fromCharCode(code)) || (code >= 0xd800 && code <= 0xdfff);
}

/** An ASCII letter or digit before a position rules out a match there (every rule starts with that lookbehind). */
function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/** An upper-case ASCII letter or any non-ASCII character: where a capitalised name may start. */
export const MAY_START_NAME = (code: number): boolean => (code >= 65 && code <= 90) || code >= 128;
/** An ASCII letter, a hyphen or any non-ASCII character: where a role or title may start. */
export const MAY_START_WORD = (code: number): boolean => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45 || code >= 128;

/** Sorted, distinct positions where the rule could start a match. */
export function candidateStarts(text: string, windows: AnchorWindows): number[] {
  const out: number[] = [];
  let covered = 0;
  for (const m of anchorMatches(text, windows)) {
    const at = m.index;
    if (windows.anchorFits && !windows.anchorFits(text, at)) continue;
    const end = Math.max(at, at + m[0].length - 1);
    let from = at;
    let spaces = 0;
    while (from > 0) {
      const code = text.charCodeAt(from - 1);
      if (!isWindowChar(code)) break;
      if (code === SPACE && ++spaces > windows.maxSpaces) break;
      from--;
    }
    for (let p = Math.max(from, covered); p <= end; p++) {
      const code = text.charCodeAt(p);
      if (!windows.canStart(code)) continue;
      // The second half of a surrogate pair: a unicode regex never starts there.
      if (code >= 0xdc00 && code <= 0xdfff && p > 0 && (text.charCodeAt(p - 1) & 0xfc00) === 0xd800) continue;
      if (p > 0 && isAsciiAlnum(text.charCodeAt(p - 1))) continue;
      out.push(p);
    }
    covered = Math.max(covered, end + 1);
  }
  return out;
}

export interface AnchoredRule {
  /** The rule as written: global, run over the whole text by `text.matchAll`. */
  rule: RegExp;
  /** Its sticky twin, tried at single positions. */
  sticky: RegExp;
  near: AnchorWindows;
}

export function anchoredRule(rule: RegExp, near: AnchorWindows): AnchoredRule {
  return { rule, sticky: new RegExp(rule.source, `${rule.flags.replace('g', '')}y`), near };
}

/**
 * The matches `text.matchAll(rule)` would give, trying the rule's sticky twin only at the
 * candidate starts that are not inside an earlier match.
 */
export function matchAllNear(text: string, { sticky, near }: AnchoredRule): RegExpExecArray[] {
  const starts = candidateStarts(text, near);
  const found: RegExpExecArray[] = [];
  for (const p of starts) {
    if (found.length > 0 && p < next(found)) continue;
    sticky.lastIndex = p;
    const m = sticky.exec(text);
    if (m) found.push(m);
  }
  return found;
}

/** Where the global scan would go on looking after the last match. */
function next(found: RegExpExecArray[]): number {
  const m = found[found.length - 1]!;
  return m.index + Math.max(m[0].length, 1);
}
