import { describe, expect, it } from 'vitest';
import { createBriefingCache } from '../../adapters/news-desk/briefing-cache.ts';

/** A build that finishes only when told, so requests pile up while it runs. */
function slowBuild<T>(value: T) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let calls = 0;
  return {
    build: async () => {
      calls++;
      await gate;
      return value;
    },
    release: () => release(),
    calls: () => calls,
  };
}

describe('briefings by story and version', () => {
  it('50 requests for a version being built share one build', async () => {
    const cache = createBriefingCache<string>(10);
    const slow = slowBuild('the Orvane harbour briefing');
    const requests = Array.from({ length: 50 }, () => cache.get('orvane', '3:a3', slow.build));
    slow.release();
    const answers = await Promise.all(requests);
    expect(slow.calls()).toBe(1);
    expect(cache.builds).toBe(1);
    expect(new Set(answers)).toEqual(new Set(['the Orvane harbour briefing']));
  });

  it.each([
    { asked: ['1:a1', '1:a1'], builds: 1, why: 'the same version again is served from the cache' },
    { asked: ['1:a1', '2:a2'], builds: 2, why: 'a new article makes a new version' },
    { asked: ['1:a1', '2:a2', '2:a2'], builds: 2, why: 'the new version is cached in turn' },
    { asked: ['1:a1', '2:a2', '1:a1'], builds: 3, why: 'only the latest version of a story is kept' },
  ])('$why', async ({ asked, builds }) => {
    const cache = createBriefingCache<string>(10);
    for (const version of asked) await cache.get('telmark', version, async () => `briefing ${version}`);
    expect(cache.builds).toBe(builds);
    expect(cache.peek('telmark', asked[asked.length - 1]!)).toBe(`briefing ${asked[asked.length - 1]}`);
  });

  it('forgets the story asked about least recently when full', async () => {
    const cache = createBriefingCache<string>(2);
    await cache.get('a', '1', async () => 'A');
    await cache.get('b', '1', async () => 'B');
    await cache.get('a', '1', async () => 'A again'); // a is now the most recent
    await cache.get('c', '1', async () => 'C');
    expect(cache.peek('a', '1')).toBe('A');
    expect(cache.peek('b', '1')).toBeUndefined();
    expect(cache.peek('c', '1')).toBe('C');
  });

  it('a failed build is not cached: the next request builds again', async () => {
    const cache = createBriefingCache<string>(2);
    await expect(cache.get('a', '1', async () => Promise.reject(new Error('store gone')))).rejects.toThrow('store gone');
    expect(await cache.get('a', '1', async () => 'A')).toBe('A');
    expect(cache.builds).toBe(2);
  });
});
