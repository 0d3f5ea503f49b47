// Briefings by story and version. A story's version changes only when an article joins it, so a
// briefing built for a version stays right until then. Requests for a version being built wait
// for that build (50 identical `/brief` digests arriving at once cost one build per story, not 50),
// and the last `max` stories asked about keep their briefing.

export interface BriefingCache<T> {
  /** The briefing of `storyId` at `version`: cached, being built, or built now by `build`. */
  get(storyId: string, version: string, build: () => Promise<T>): Promise<T>;
  /** The cached value of that version, if there is one (nothing is built). */
  peek(storyId: string, version: string): T | undefined;
  /** Builds started (not served from the cache or shared): for tests and the benchmark. */
  readonly builds: number;
}

export function createBriefingCache<T>(max: number): BriefingCache<T> {
  const done = new Map<string, { version: string; value: T }>();
  const building = new Map<string, Promise<T>>();
  let builds = 0;
  return {
    async get(storyId, version, build) {
      const cached = done.get(storyId);
      if (cached?.version === version) {
        // Most recently used last: the oldest is the one to forget.
        done.delete(storyId);
        done.set(storyId, cached);
        return cached.value;
      }
      const key = `${storyId}\n${version}`;
      const pending = building.get(key);
      if (pending) return pending;
      builds++;
      const started = (async () => {
        try {
          const value = await build();
          done.delete(storyId);
          done.set(storyId, { version, value });
          while (done.size > max) done.delete(done.keys().next().value!);
          return value;
        } finally {
          building.delete(key);
        }
      })();
      building.set(key, started);
      return started;
    },
    peek(storyId, version) {
      const cached = done.get(storyId);
      return cached?.version === version ? cached.value : undefined;
    },
    get builds() {
      return builds;
    },
  };
}
