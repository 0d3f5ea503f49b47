// An article as the core sees it: already read from wherever it came from, text cleaned or raw.

export interface Article {
  id: string;
  outlet: string;
  title: string;
  url?: string;
  /** ISO date or date-time, as the source gave it. */
  publishedAt?: string;
  /** Where the story was filed from, taken from the dateline. */
  place?: string;
  text: string;
  /** True when no metadata named the outlet and the file name stands in for it. */
  outletFromFileName?: boolean;
}
