// Shortening for display: at a word boundary, with a visible marker, never mid-word.

export const ELLIPSIS = '…';

export function shortenAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, Math.max(0, max - ELLIPSIS.length - 1));
  const cut = room.replace(/\s+\S*$/, '');
  return `${(cut.length > 0 ? cut : room).trimEnd()} ${ELLIPSIS}`;
}
