// The inverted index: key (actor or term) → ids of the stories that carry it. Finding
// candidate stories costs a lookup per key of the new article, not a pass over the archive.
// Postings are plain arrays (a Set per word of every story cost the bot most of its memory): the
// book adds a story under a key only when the story did not have the key yet.

export interface StoryIndex {
  /** Adds a story under a key it is not yet under (the caller knows: the key is new to the story). */
  add(key: string, storyId: string): void;
  /** The stories under the key, in the order they got it. */
  storiesWith(key: string): readonly string[];
  remove(key: string, storyId: string): void;
  /** Keys that start with `prefix` (a scan of the keys: for the rare word found nowhere whole). */
  keysStartingWith(prefix: string, limit: number): string[];
}

const EMPTY: readonly string[] = [];

export function createStoryIndex(): StoryIndex {
  const postings = new Map<string, string[]>();
  return {
    add(key, storyId) {
      const ids = postings.get(key);
      if (ids) ids.push(storyId);
      else postings.set(key, [storyId]);
    },
    storiesWith(key) {
      return postings.get(key) ?? EMPTY;
    },
    remove(key, storyId) {
      const ids = postings.get(key);
      if (!ids) return;
      const at = ids.indexOf(storyId);
      if (at >= 0) ids.splice(at, 1);
      if (ids.length === 0) postings.delete(key);
    },
    keysStartingWith(prefix, limit) {
      const keys: string[] = [];
      for (const key of postings.keys()) {
        if (key.length > prefix.length && key.startsWith(prefix)) keys.push(key);
        if (keys.length >= limit) break;
      }
      return keys;
    },
  };
}
