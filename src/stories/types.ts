// Stories: articles from any number of outlets about one event, grouped as they arrive.

export interface Story {
  /** Stable: given when the story starts and kept while articles join it, across days. */
  id: string;
  /** The headline of the article that best represents the story. */
  label: string;
  articleIds: string[];
  /** Distinct outlets, in the order they first covered the story. */
  outlets: string[];
  /** The most prominent named actors (canonical names), most prominent first. */
  keyActors: string[];
  /** ISO times of the first and latest article (published, else received). */
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface StoryMatchResult {
  story?: Story;
  candidates: Story[];
}
