// How many articles carry each key: rare keys (a person, "glacier") tell stories apart,
// common ones ("police") barely do.

const PRIOR_ARTICLES = 20;

export interface DocumentFrequency {
  add(keys: Iterable<string>): void;
  idf(key: string): number;
  readonly articles: number;
}

export function createDocumentFrequency(): DocumentFrequency {
  const counts = new Map<string, number>();
  let articles = 0;
  return {
    add(keys) {
      articles++;
      for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
    },
    idf(key) {
      // A prior of PRIOR_ARTICLES unseen articles keeps the first few articles from making
      // every shared word look common (with three articles, a word in two is still rare).
      return Math.log((articles + PRIOR_ARTICLES) / ((counts.get(key) ?? 0) + 1));
    },
    get articles() {
      return articles;
    },
  };
}
