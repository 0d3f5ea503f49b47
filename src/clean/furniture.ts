// Lines that web pages wrap around an article and that must never reach a briefing.
// Each pattern matches a whole line (after trimming); keep them narrow so no body sentence is lost.

const FURNITURE_LINES: RegExp[] = [
  /^skip to (main )?content$/i,
  /^skip to (navigation|footer|search)$/i,
  /^(open|view|enlarge) (this )?(photo|image|picture)( in gallery)?:?$/i,
  /^follow related authors and topics$/i,
  /^authors and topics you follow will be added\b.*$/i,
  /^interact with the globe$/i,
  /^(subscribe|sign up|register)( now)?( to| for)? .{0,80}$/i,
  /^already (a subscriber|have an account)\??.{0,40}$/i,
  /^(log|sign) in( to .{0,40})?$/i,
  /^advertisement$/i,
  /^(share|save|print|email) (this )?(article|story)$/i,
  /^listen to this article.{0,40}$/i,
  /^report an (error|editorial error)$/i,
  /^editorial code of conduct$/i,
  /^(read|see) more:?.{0,80}$/i,
  /^(related|recommended|most popular|trending)( stories| articles| content)?:?$/i,
  /^comments?( \(\d+\))?$/i,
  /^this article was (first )?published .{0,80}$/i,
  /^we have a weekly .{0,80}newsletter.{0,80}$/i,
  // Agency trailers: "(Reporting by A and B; Editing by C)".
  /^\(?(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled) by (?:[A-Z][\w.'’-]*|and|in|by|[,;]|\s)+\)?\.?$/,
];

// Photo and agency credits: "Pool/Getty Images", "Ahn Young-joon/AP", "Photo: Reuters".
const CREDIT = String.raw`(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}\/[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|(?:Photo|Picture|Image|Credit)s?: ?[A-Z][\w .'’/-]{1,50})`;
const CAPTION_WITH_CREDIT = new RegExp(String.raw`(?:[.!?)\d]|^)\s*${CREDIT}$`);
const CREDIT_ONLY = new RegExp(`^${CREDIT}$`);

/** True when the whole line is page furniture: navigation, prompts, a photo caption with its credit. */
export function isFurnitureLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  if (FURNITURE_LINES.some((re) => re.test(trimmed))) return true;
  if (CREDIT_ONLY.test(trimmed)) return true;
  // A caption glued to its credit ("…on Nov. 9.Pool/Getty Images"): the credit follows the
  // final full stop with no space, or ends a short line that has no quote in it.
  if (CAPTION_WITH_CREDIT.test(trimmed)) {
    const glued = /[.!?)\d][A-Z][^ ]*(?: [A-Z][\w.'’-]*){0,3}\/\S/.test(trimmed);
    const shortNoQuote = trimmed.length < 400 && !/[“”"]/.test(trimmed);
    return glued || shortNoQuote;
  }
  return false;
}
