import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const BODY = 'The harbour authority closed the port on Monday after a storm damaged two cranes.\n\nOfficials said repairs would take a week.';

const PAGE = `<!doctype html><html><head>
<title>Storm closes port | The Gull Gazette</title>
<meta property="og:site_name" content="The Gull Gazette">
<meta property="og:title" content="Storm closes port">
<meta property="article:published_time" content="2026-03-02T08:00:00Z">
<meta property="og:url" content="https://gull-gazette.example/storm">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> Skip to main content</nav>
<article><h1>Storm closes port</h1>
<p>The harbour authority closed the port on Monday after a storm damaged two cranes at the container terminal, officials said in a statement that was released late in the evening.</p>
<p>“We expect to reopen within a week, once both cranes have been inspected and repaired,” said harbour master Ana Ruiz, speaking to reporters at the gate.</p>
<p>Shipping companies said they would divert vessels to the northern terminal in the meantime, adding that delays of two days were likely for most cargo.</p>
</article><footer>© The Gull Gazette. Subscribe now</footer></body></html>`;

describe('parsing one document', () => {
  it('plain text: the file name stands in for a missing outlet, and says so', () => {
    const a = parseDocument({ fileName: 'port-story.txt', content: BODY });
    expect(a).toMatchObject({ id: 'port-story', outlet: 'port-story', outletFromFileName: true });
    expect(a.text).toBe(BODY);
    expect(a.title).toBe('The harbour authority closed the port on Monday after a storm damaged two cranes.');
  });

  it('Markdown front matter gives outlet, title, url and date', () => {
    const md = `---\noutlet: The Gull Gazette\ntitle: Storm closes port\nurl: https://gull-gazette.example/storm\npublished: 2026-03-02\n---\n# Storm closes port\n\n${BODY}`;
    const a = parseDocument({ fileName: 'storm.md', content: md });
    expect(a).toMatchObject({ outlet: 'The Gull Gazette', title: 'Storm closes port', url: 'https://gull-gazette.example/storm', publishedAt: '2026-03-02' });
    expect(a.outletFromFileName).toBeUndefined();
    expect(a.text.startsWith('Storm closes port\n\nThe harbour authority')).toBe(true);
  });

  it('bad front matter is a clear error naming the file and field', () => {
    expect(() => parseDocument({ fileName: 'x.md', content: '---\nurl: not a url\n---\nText here.' })).toThrow(/x\.md: front matter field 'url'/);
  });

  it('HTML: the article through Readability, metadata from meta tags, furniture gone', () => {
    const a = parseDocument({ fileName: 'storm.html', content: PAGE });
    expect(a).toMatchObject({ outlet: 'The Gull Gazette', title: 'Storm closes port', publishedAt: '2026-03-02T08:00:00Z', url: 'https://gull-gazette.example/storm' });
    expect(a.text).toContain('“We expect to reopen within a week');
    expect(a.text).not.toMatch(/Skip to main content|Subscribe now|Home/);
    expect(a.text.split('\n\n').length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['empty.txt', '   \n\n  ', /empty/],
    ['numbers.txt', '12 34 56 -- 78', /no sentences/],
    ['page.html', '<html><body><nav>Home</nav></body></html>', /no article found/],
    ['french.txt', "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui suscite une vive opposition des syndicats dans tout le pays depuis plusieurs semaines déjà.", /does not look like English/],
  ])('%s is refused with a clear reason', (fileName, content, reason) => {
    expect(() => parseDocument({ fileName, content })).toThrow(reason);
  });
});

describe('loading paths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-load-'));
  const folder = join(dir, 'story');
  mkdirSync(folder);
  writeFileSync(join(folder, 'a.txt'), BODY);
  writeFileSync(join(folder, 'b.txt'), `SEOUL (Reuters) - ${BODY}`);
  writeFileSync(join(folder, 'notes.json'), '{}');
  writeFileSync(
    join(folder, 'sources.json'),
    JSON.stringify({ 'a.txt': { outlet: 'Outlet A', published: '2026-03-02' }, 'b.txt': { outlet: 'Outlet B', title: 'B title', url: 'https://b.example/x' } }),
  );
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x47, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));

  it('a folder with sources.json: outlet, date, title and url per file; the dateline becomes the place', () => {
    const { articles, problems } = loadPaths([folder]);
    expect(problems).toEqual([]);
    expect(articles.map((a) => [a.id, a.outlet, a.publishedAt, a.title, a.place])).toEqual([
      ['a', 'Outlet A', '2026-03-02', 'The harbour authority closed the port on Monday after a storm damaged two cranes.', undefined],
      ['b', 'Outlet B', undefined, 'B title', 'Seoul'],
    ]);
    expect(articles[1]!.url).toBe('https://b.example/x');
  });

  it('bad files each give one line naming the file; good files still load', () => {
    const { articles, problems } = loadPaths([join(dir, 'missing.txt'), join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'latin1.txt'), join(folder, 'a.txt')]);
    expect(articles.map((a) => a.id)).toEqual(['a']);
    expect(problems).toEqual([
      { path: join(dir, 'missing.txt'), reason: 'no such file or folder' },
      { path: join(dir, 'empty.txt'), reason: 'the file is empty' },
      { path: join(dir, 'binary.txt'), reason: 'binary file, not text' },
      { path: join(dir, 'latin1.txt'), reason: 'not valid UTF-8 text' },
    ]);
  });
});
