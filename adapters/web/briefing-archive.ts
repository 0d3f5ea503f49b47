// The briefings the bot has built, as they were, for /briefings/<id>: each with the cleaned texts
// of its articles (the offsets point into them), so a page shows the same words months later.
// Kept in memory (tests, ':memory:' databases) or as one JSON file per briefing in a folder
// beside the database, with a small index file, the oldest dropped past a maximum.

import { existsSync, mkdirSync } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Briefing } from '../../src/briefing.ts';

export interface ArchivedBriefing {
  id: string;
  storyId?: string;
  recordedAt: string;
  briefing: Briefing;
  /** Cleaned texts of its articles by article id: those the bot could read when it recorded it. */
  texts: Record<string, string>;
}

/** What the archive's index keeps of each briefing (no texts). */
export interface ArchiveEntry {
  id: string;
  storyId?: string;
  recordedAt: string;
  title: string;
  generatedAt: string;
  sources: number;
}

export interface BriefingArchive {
  /** Keeps the briefing; saving an id already kept does nothing. */
  save(record: ArchivedBriefing): Promise<void>;
  get(id: string): Promise<ArchivedBriefing | undefined>;
  /** Newest first; only the story's when `storyId` is given. */
  list(options: { storyId?: string; limit: number }): Promise<ArchiveEntry[]>;
}

export function entryOf(record: ArchivedBriefing): ArchiveEntry {
  const { id, storyId, recordedAt, briefing } = record;
  return { id, ...(storyId ? { storyId } : {}), recordedAt, title: briefing.title, generatedAt: briefing.generatedAt, sources: briefing.sources.length };
}

function newestFirst(entries: Iterable<ArchiveEntry>, options: { storyId?: string; limit: number }): ArchiveEntry[] {
  const wanted = [...entries].filter((e) => options.storyId === undefined || e.storyId === options.storyId);
  return wanted.reverse().slice(0, Math.max(0, options.limit));
}

export function createMemoryBriefingArchive(options: { maxEntries?: number } = {}): BriefingArchive {
  const max = options.maxEntries ?? 200;
  const records = new Map<string, ArchivedBriefing>();
  return {
    async save(record) {
      if (records.has(record.id)) return;
      records.set(record.id, record);
      while (records.size > max) records.delete(records.keys().next().value!);
    },
    async get(id) {
      return records.get(id);
    },
    async list(options) {
      return newestFirst([...records.values()].map(entryOf), options);
    },
  };
}

const INDEX_FILE = 'index.jsonl';

/** One `<id>.json` per briefing and `index.jsonl` (one ArchiveEntry a line, oldest first). */
export function createFileBriefingArchive(dir: string, options: { maxEntries?: number } = {}): BriefingArchive {
  const max = options.maxEntries ?? 1000;
  let index: Map<string, ArchiveEntry> | undefined;
  // Saves run one after another, so the index file is never written by two at once.
  let queue: Promise<void> = Promise.resolve();

  async function loadIndex(): Promise<Map<string, ArchiveEntry>> {
    if (index) return index;
    const loaded = new Map<string, ArchiveEntry>();
    const text = await readFile(join(dir, INDEX_FILE), 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return '';
      throw error;
    });
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const entry = JSON.parse(line) as ArchiveEntry;
        if (typeof entry.id === 'string' && /^[A-Za-z0-9_-]+$/.test(entry.id)) loaded.set(entry.id, entry);
      } catch {
        // A line cut short by a crash: the briefing's own file is still there, only unlisted.
      }
    }
    index ??= loaded;
    return index;
  }

  async function writeIndex(entries: Map<string, ArchiveEntry>): Promise<void> {
    const temp = join(dir, `${INDEX_FILE}.${process.pid}.tmp`);
    await writeFile(temp, [...entries.values()].map((e) => `${JSON.stringify(e)}\n`).join(''));
    await rename(temp, join(dir, INDEX_FILE));
  }

  const fileOf = (id: string) => join(dir, `${id}.json`);

  return {
    save(record) {
      const run = queue.then(async () => {
        const entries = await loadIndex();
        if (entries.has(record.id)) return;
        if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
        await writeFile(fileOf(record.id), JSON.stringify(record));
        entries.set(record.id, entryOf(record));
        const dropped: string[] = [];
        while (entries.size > max) {
          const oldest = entries.keys().next().value!;
          entries.delete(oldest);
          dropped.push(oldest);
        }
        await writeIndex(entries);
        await Promise.all(dropped.map((id) => rm(fileOf(id), { force: true })));
      });
      queue = run.catch(() => {});
      return run;
    },
    async get(id) {
      if (!/^[A-Za-z0-9_-]+$/.test(id)) return undefined;
      const entries = await loadIndex();
      if (!entries.has(id)) return undefined;
      try {
        return JSON.parse(await readFile(fileOf(id), 'utf8')) as ArchivedBriefing;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    async list(options) {
      return newestFirst((await loadIndex()).values(), options);
    },
  };
}
