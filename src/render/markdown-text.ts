// Article text inside a Markdown briefing: shown as text, never as a way to run or hide a link.
// Articles (and the pages and feeds they come from) are untrusted; a sentence that carries
// `[click](javascript:…)`, an autolink `<javascript:…>` or a raw `<a href=…>` tag would be a live
// link in every Markdown viewer that renders the summary.

/** Schemes a link may use; anything else (javascript:, data:, vbscript:, file:) is dropped. */
const SAFE_TARGET = /^https?:\/\/[^\s<>()]+$/i;

/** The address as a link target, or undefined when it must not be one. */
export function safeLinkTarget(url: string): string | undefined {
  const trimmed = url.trim();
  return SAFE_TARGET.test(trimmed) ? trimmed : undefined;
}

// `[label](target "title")` and `![alt](target)`: the target up to the closing parenthesis,
// allowing one level of parentheses inside it (`javascript:alert(1)`).
const INLINE_LINK = /!?\[([^\]\n]*)\]\(\s*<?((?:[^()\s<>]|\([^()\s]*\))*)>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/g;

/**
 * Text for one line of the Markdown briefing: a link whose target is not http(s) keeps only its
 * label; a reference definition is broken up; `<` that would open an HTML tag or an autolink is written as `&lt;`. Everything else is
 * left as the article wrote it.
 */
export function inlineText(text: string): string {
  return text
    .replace(INLINE_LINK, (whole, label: string, target: string) => (safeLinkTarget(target) ? whole : label))
    .replace(/<(?=[a-z!/?])/gi, '&lt;')
    // `[1]: javascript:…` would define a reference that `[x][1]` elsewhere turns into a link.
    .replace(/\]:/g, '\\]:');
}
