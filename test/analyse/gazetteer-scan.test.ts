// The gazetteer looks up only words whose first character opens one of its names; a word is still
// a whole run of letters and digits, so a name inside a longer word is never found.

import { describe, expect, it } from 'vitest';
import { createGazetteer } from '../../src/analyse/gazetteer.ts';

const found = (text: string, extra = [] as Parameters<typeof createGazetteer>[0]) =>
  createGazetteer(extra)
    .find(text)
    .map((h) => `${h.start}:${h.text}`);

describe('gazetteer scan by opening characters', () => {
  it('finds names at word starts only, after ASCII, non-ASCII and astral letters alike', () => {
    expect(found('Japan, eJapan, éJapan, 𝐀Japan, 7Japan and -Japan.')).toEqual(['0:Japan', '44:Japan']);
  });

  it('finds configured names that open with a digit, a lower-case letter or a non-ASCII capital', () => {
    const extra = [
      { name: '3M', kind: 'organization' as const },
      { name: 'ogre Valley', kind: 'place' as const },
      { name: 'Ōsaki Works', kind: 'organization' as const },
    ];
    expect(found('Staff of 3M and 13M met in ogre Valley, not dogre Valley, at Ōsaki Works.', extra)).toEqual(['9:3M', '27:ogre Valley', '61:Ōsaki Works']);
  });

  it('tells apart names whose first words share their first two letters and length', () => {
    const extra = [
      { name: 'Varno Land', kind: 'place' as const },
      { name: 'Vatra Land', kind: 'place' as const },
      { name: 'Varnos', kind: 'place' as const },
      { name: `${'Q'.repeat(70)} Isle`, kind: 'place' as const },
    ];
    const long = 'Q'.repeat(70);
    expect(found(`Vatra Land, Varno Land, Varnos, Varno Lands and ${long} Isle but not ${long}Q Isle.`, extra)).toEqual(['0:Vatra Land', '12:Varno Land', '24:Varnos', `48:${long} Isle`]);
  });

  it('still takes the longest name and skips a name right after a dot', () => {
    expect(found('North Korea and the U.S. met; x.Korea and U.S.Korea.')).toEqual(['0:North Korea', '20:U.S.']);
  });
});
