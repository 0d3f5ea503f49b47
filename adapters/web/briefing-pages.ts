// The pages the web adapter serves, built from briefings the bot itself made: a briefing is
// recorded (with its articles' texts) when the bot delivers it or when its story's page is
// asked for; /briefings/<id> shows a recorded one as it was, /stories/<id> the story's latest.

import type { Briefing } from '../../src/briefing.ts';
import type { NewsDesk } from '../../src/commands/news-desk.ts';
import { diffBriefings } from '../../src/commands/whats-new.ts';
import { isBriefError } from '../../src/errors.ts';
import { contentHash } from '../../src/ingest/article-id.ts';
import { isPlainId } from '../../src/render/html-escape.ts';
import { renderBriefingPage, renderIndexPage } from '../../src/render/html-page.ts';
import type { ArchivedBriefing, BriefingArchive } from './briefing-archive.ts';

export interface BriefingPagesOptions {
  archive: BriefingArchive;
  /** Builds (or returns the cached) latest briefing of a story the bot knows. */
  newsDesk: Pick<NewsDesk, 'briefStory'>;
  /** The cleaned text of an article, when the bot still has it. */
  articleText(articleId: string): Promise<string | undefined>;
  /** Where readers reach the pages (`web.publicUrl`); links in chat are made only with it. */
  publicUrl?: string;
  now?: () => Date;
}

export interface BriefingPages {
  /** Keeps the briefing as it is now and returns its record (the same record for the same briefing). */
  record(briefing: Briefing, storyId?: string): Promise<ArchivedBriefing>;
  /** The public address of a recorded briefing's page, when `publicUrl` is configured. */
  publicUrlOf(id: string): string | undefined;
  briefingPage(id: string): Promise<string | undefined>;
  storyPage(storyId: string): Promise<string | undefined>;
  indexPage(): Promise<string>;
}

/** Stories asked about by id that the desk does not know (404, not 500). */
const NOT_FOUND_CODES = new Set(['UNKNOWN_STORY', 'NO_ARTICLES']);

/** The same briefing of the same story always gets the same id. */
export function briefingIdOf(briefing: Briefing, storyId?: string): string {
  return `b${contentHash(JSON.stringify({ storyId: storyId ?? null, briefing })).slice(0, 20)}`;
}

export function createBriefingPages(options: BriefingPagesOptions): BriefingPages {
  const { archive } = options;
  const now = options.now ?? (() => new Date());
  const base = options.publicUrl ? (options.publicUrl.endsWith('/') ? options.publicUrl : `${options.publicUrl}/`) : undefined;

  async function textsOf(briefing: Briefing): Promise<Record<string, string>> {
    const texts: Record<string, string> = {};
    await Promise.all(
      briefing.sources.map(async (s) => {
        const text = await options.articleText(s.id);
        if (text !== undefined) texts[s.id] = text;
      }),
    );
    return texts;
  }

  async function record(briefing: Briefing, storyId?: string): Promise<ArchivedBriefing> {
    const id = briefingIdOf(briefing, storyId);
    const known = await archive.get(id);
    if (known) return known;
    const entry: ArchivedBriefing = {
      id,
      ...(storyId && isPlainId(storyId) ? { storyId } : {}),
      recordedAt: now().toISOString(),
      briefing,
      texts: await textsOf(briefing),
    };
    await archive.save(entry);
    return entry;
  }

  /** The story's briefing recorded before this one, if any. */
  async function previousOf(entry: ArchivedBriefing): Promise<ArchivedBriefing | undefined> {
    if (!entry.storyId) return undefined;
    const entries = await archive.list({ storyId: entry.storyId, limit: 50 });
    const at = entries.findIndex((e) => e.id === entry.id);
    const before = at === -1 ? entries.find((e) => e.recordedAt < entry.recordedAt) : entries[at + 1];
    return before ? archive.get(before.id) : undefined;
  }

  async function render(entry: ArchivedBriefing): Promise<string> {
    const previous = await previousOf(entry);
    return renderBriefingPage({
      briefing: entry.briefing,
      briefingId: entry.id,
      ...(entry.storyId ? { storyId: entry.storyId } : {}),
      texts: new Map(Object.entries(entry.texts)),
      ...(previous
        ? { whatsNew: diffBriefings(previous.briefing, entry.briefing, previous.briefing.generatedAt), previousId: previous.id }
        : {}),
      renderedAt: now().toISOString(),
    });
  }

  return {
    record,
    publicUrlOf(id) {
      return base && isPlainId(id) ? new URL(`briefings/${id}`, base).href : undefined;
    },
    async briefingPage(id) {
      if (!isPlainId(id)) return undefined;
      const entry = await archive.get(id);
      return entry ? render(entry) : undefined;
    },
    async storyPage(storyId) {
      if (!isPlainId(storyId)) return undefined;
      let entry: ArchivedBriefing | undefined;
      try {
        entry = await record(await options.newsDesk.briefStory(storyId), storyId);
      } catch (error) {
        // A story the desk no longer has (or cannot build now) still shows its last briefing.
        const [latest] = await archive.list({ storyId, limit: 1 });
        if (latest) entry = await archive.get(latest.id);
        else if (isBriefError(error) && NOT_FOUND_CODES.has(error.code)) return undefined;
        else throw error;
      }
      return entry ? render(entry) : undefined;
    },
    async indexPage() {
      return renderIndexPage(await archive.list({ limit: 100 }), now().toISOString());
    },
  };
}
