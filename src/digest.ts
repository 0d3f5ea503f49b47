// A digest of the top stories: what `/brief` with no topic answers, one short block per story.

import type { Analysis } from './analyse/types.ts';
import { inBriefingScope } from './stages/briefing-scope.ts';
import { selectKeyPoints } from './stages/key-points/key-points.ts';
import { indexSentences } from './stages/near-duplicates.ts';

export interface DigestStory {
  /** Stable story id (stays across days). */
  id: string;
  label: string;
  outlets: string[];
  articleCount: number;
  /** The story's lead key point, verbatim from an article. */
  lead?: string;
  updatedAt?: string;
}

export interface Digest {
  title: string;
  generatedAt: string;
  stories: DigestStory[];
}

/**
 * A story's lead for the digest: its briefing's first key point, worked out as the briefing does
 * (the same sentence index, the key points first in the same scope) but without the other stages,
 * which cost ten times as much and which a digest does not show.
 */
export function digestLead(analysis: Analysis): string | undefined {
  return inBriefingScope(() => selectKeyPoints(analysis, { index: indexSentences(analysis) }))[0]?.text;
}
