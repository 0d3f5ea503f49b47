// The inverted index: key (actor or term) → ids of the stories that carry it. Finding
// candidate stories costs a lookup per key of the new article, not a pass over the archive.

export interface StoryIndex {
  add(key: string, storyId: string): void;
  storiesWith(key: string): ReadonlySet<string>;
  remove(key: string, storyId: string): void;
}

const EMPTY: ReadonlySet<string> = new Set();

export function createStoryIndex(): StoryIndex {
  const postings = new Map<string, Set<string>>();
  return {
    add(key, storyId) {
      const ids = postings.get(key);
      if (ids) ids.add(storyId);
      else postings.set(key, new Set([storyId]));
    },
    storiesWith(key) {
      return postings.get(key) ?? EMPTY;
    },
    remove(key, storyId) {
      const ids = postings.get(key);
      ids?.delete(storyId);
      if (ids?.size === 0) postings.delete(key);
    },
  };
}
