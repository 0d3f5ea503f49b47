// Text for Slack's mrkdwn: article text is escaped (so `<!channel>` in an article pings no one)
// and fitted to a length without cutting a word unless a marker says so.

const ELLIPSIS = '…';

/** Escapes the three characters Slack treats as control characters in message text. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes `text` and fits it within `max` characters (counted after escaping, as Slack counts).
 * A cut falls between words and ends with "…"; only a single word longer than `max` is cut
 * inside, and then it too ends with "…".
 */
export function fitEscaped(text: string, max: number): string {
  const whole = escapeMrkdwn(text.replace(/\s+/g, ' ').trim());
  if (whole.length <= max) return whole;
  if (max < 1) return '';
  const budget = max - ELLIPSIS.length;
  let kept = '';
  for (const match of whole.matchAll(/\S+/g)) {
    const end = (match.index ?? 0) + match[0].length;
    if (end > budget) break;
    kept = whole.slice(0, end);
  }
  if (kept === '') kept = cutInsideWord(whole, budget);
  // A trailing comma or colon before the marker reads badly; `;` may end an entity, so it stays.
  return kept.replace(/[\s,:]+$/, '') + ELLIPSIS;
}

/** Cuts an escaped string without splitting an entity (`&amp;`) or a surrogate pair. */
function cutInsideWord(escaped: string, budget: number): string {
  let out = '';
  for (const piece of escaped.match(/&(?:amp|lt|gt);|[\s\S]/gu) ?? []) {
    if (out.length + piece.length > budget) break;
    out += piece;
  }
  return out;
}

/** A link whose label is article text: `<url|label>`, or the escaped label when the URL is unusable. */
export function slackLink(url: string | undefined, label: string, maxLabel: number): string {
  const safeLabel = fitEscaped(label, maxLabel);
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return safeLabel;
  const safeUrl = escapeMrkdwn(url.replace(/\|/g, '%7C'));
  return `<${safeUrl}|${safeLabel}>`;
}

/**
 * A time Slack shows in each reader's own timezone (`<!date^…>`), with a UTC fallback for
 * clients that cannot; text that is not a date is escaped and shown as it is.
 */
export function slackDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return fitEscaped(iso, 40);
  const fallback = `${new Date(ms).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${Math.floor(ms / 1000)}^{date_short_pretty} {time}|${fallback}>`;
}
