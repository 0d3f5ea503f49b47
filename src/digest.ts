// A digest of the top stories: what `/brief` with no topic answers, one short block per story.

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
