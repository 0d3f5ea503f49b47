// Pasted links on a bot without sources: the page is parsed and its article analysed in a worker
// started at the first link, and the briefing is the one this thread would have built.

import { afterAll, describe, expect, it } from 'vitest';
import { briefLinks, inProcessLinkWork } from '../../adapters/news-desk/brief-urls.ts';
import { createLinkWorkers } from '../../adapters/news-desk/link-workers.ts';
import type { SafeFetch } from '../../adapters/net/safe-fetch.ts';
import { createGazetteer } from '../../src/analyse/gazetteer.ts';

const PARAGRAPHS = [
  'The harbour authority of Quillmere closed the north quay on Monday after divers found cracks in two of its pillars.',
  '“We will not reopen it until every pillar has been checked,” said Ilse Varro, a spokeswoman for the authority.',
  'Ferry operators said the closure would move three sailings a day to the south quay, where berths are shorter.',
  'Engineers from Tarrow Marine are expected to report by Friday, the authority said.',
];
const PAGE = `<!doctype html><html><head><title>North quay closed</title><meta property="og:site_name" content="Harbour Post"></head><body><article><h1>North quay closed</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
const fetch: SafeFetch = async (url) => ({ url, status: 200, headers: {}, contentType: 'text/html', text: PAGE });

describe('link workers', () => {
  const gazetteer = createGazetteer();
  const workers = createLinkWorkers({ entries: [], gazetteer });
  afterAll(() => workers.close());

  it('start no worker until a link comes, then brief it as this thread would', async () => {
    expect(workers.started).toBe(false);
    const options = { gazetteer, generatedAt: '2026-12-03T10:00:00.000Z' };
    const inWorker = await briefLinks(['https://harbour.example/quay'], fetch, options, workers);
    expect(workers.started).toBe(true);
    const here = await briefLinks(['https://harbour.example/quay'], fetch, options, inProcessLinkWork(options));
    expect(inWorker.sources).toEqual([expect.objectContaining({ outlet: 'Harbour Post' })]);
    expect(inWorker.quotes.map((q) => [q.text, q.speaker?.name])).toEqual([
      ['We will not reopen it until every pillar has been checked', 'Ilse Varro'],
    ]);
    expect(inWorker).toEqual(here);
  });

  it('a page nested too deep is refused by the worker with its reason; the next link is briefed', async () => {
    const deep = `<!doctype html><html><body>${'<div>'.repeat(10_000)}<p>Quay.</p>${'</div>'.repeat(10_000)}</body></html>`;
    const deepFetch: SafeFetch = async (url) => ({ url, status: 200, headers: {}, contentType: 'text/html', text: deep });
    await expect(briefLinks(['https://deep.example/'], deepFetch, {}, workers)).rejects.toMatchObject({ code: 'PAGE_TOO_COMPLEX' });
    const again = await briefLinks(['https://harbour.example/quay'], fetch, {}, workers);
    expect(again.keyPoints.length).toBeGreaterThan(0);
  });
});
