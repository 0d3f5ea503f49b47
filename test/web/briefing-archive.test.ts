// The briefing archive behind /briefings/<id>: kept as it was, newest first, per story, across a
// restart (files), the oldest dropped past the maximum, nothing read outside its folder.

import { existsSync, mkdtempSync, readdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ArchivedBriefing, type BriefingArchive, createFileBriefingArchive, createMemoryBriefingArchive } from '../../adapters/web/briefing-archive.ts';
import { hostileBriefing, hostileTexts } from './fixtures.ts';

function record(id: string, storyId: string | undefined, minute: number): ArchivedBriefing {
  const at = `2026-03-02T09:${String(minute).padStart(2, '0')}:00.000Z`;
  return {
    id,
    ...(storyId ? { storyId } : {}),
    recordedAt: at,
    briefing: { ...hostileBriefing, title: `briefing ${id}`, generatedAt: at },
    texts: Object.fromEntries(hostileTexts),
  };
}

const kinds: [string, (options?: { maxEntries?: number }) => BriefingArchive][] = [
  ['in memory', (o) => createMemoryBriefingArchive(o)],
  ['in files', (o) => createFileBriefingArchive(join(mkdtempSync(join(tmpdir(), 'briefbot-archive-')), 'pages'), o)],
];

describe.each(kinds)('the briefing archive %s', (_kind, make) => {
  it('returns a briefing as it was saved, texts included', async () => {
    const archive = make();
    await archive.save(record('b1', 's1', 1));
    expect(await archive.get('b1')).toEqual(record('b1', 's1', 1));
    expect(await archive.get('b2')).toBeUndefined();
  });

  it('lists newest first, per story when asked', async () => {
    const archive = make();
    await archive.save(record('b1', 's1', 1));
    await archive.save(record('b2', 's2', 2));
    await archive.save(record('b3', 's1', 3));
    await archive.save(record('b4', undefined, 4));
    expect((await archive.list({ limit: 10 })).map((e) => e.id)).toEqual(['b4', 'b3', 'b2', 'b1']);
    expect((await archive.list({ storyId: 's1', limit: 10 })).map((e) => e.id)).toEqual(['b3', 'b1']);
    expect((await archive.list({ limit: 2 })).map((e) => e.title)).toEqual(['briefing b4', 'briefing b3']);
  });

  it('keeps the first save of an id', async () => {
    const archive = make();
    await archive.save(record('b1', 's1', 1));
    await archive.save({ ...record('b1', 's1', 9), texts: {} });
    expect((await archive.get('b1'))!.recordedAt).toBe('2026-03-02T09:01:00.000Z');
  });

  it('drops the oldest past its maximum', async () => {
    const archive = make({ maxEntries: 2 });
    for (const [n, id] of ['b1', 'b2', 'b3'].entries()) await archive.save(record(id, 's1', n));
    expect(await archive.get('b1')).toBeUndefined();
    expect((await archive.list({ limit: 10 })).map((e) => e.id)).toEqual(['b3', 'b2']);
  });
});

describe('the archive in files', () => {
  it('is read back by the next process, and writes nothing until the first briefing', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'briefbot-archive-')), 'pages');
    const first = createFileBriefingArchive(dir);
    expect(await first.list({ limit: 5 })).toEqual([]);
    expect(existsSync(dir)).toBe(false);
    await Promise.all([first.save(record('b1', 's1', 1)), first.save(record('b2', 's1', 2))]);
    const again = createFileBriefingArchive(dir);
    expect((await again.list({ storyId: 's1', limit: 5 })).map((e) => e.id)).toEqual(['b2', 'b1']);
    expect((await again.get('b2'))!.texts).toEqual(Object.fromEntries(hostileTexts));
    expect(readdirSync(dir).sort()).toEqual(['b1.json', 'b2.json', 'index.jsonl']);
  });

  it('skips an index line cut short by a crash', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'briefbot-archive-')), 'pages');
    await createFileBriefingArchive(dir).save(record('b1', 's1', 1));
    appendFileSync(join(dir, 'index.jsonl'), '{"id":"b2","stor');
    expect((await createFileBriefingArchive(dir).list({ limit: 5 })).map((e) => e.id)).toEqual(['b1']);
  });

  it.each(['../secret', 'b1/../../x', '', 'a b'])('reads nothing for the id %j', async (id) => {
    const base = mkdtempSync(join(tmpdir(), 'briefbot-archive-'));
    writeFileSync(join(base, 'secret.json'), '{"id":"secret"}');
    const archive = createFileBriefingArchive(join(base, 'pages'));
    await archive.save(record('b1', 's1', 1));
    expect(await archive.get(id)).toBeUndefined();
  });
});
