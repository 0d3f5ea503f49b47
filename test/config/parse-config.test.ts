import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../adapters/config/load-config.ts';
import { parseConfig } from '../../src/config/parse-config.ts';
import { isBriefError } from '../../src/errors.ts';

const EXAMPLE = new URL('../../briefbot.example.yaml', import.meta.url);

function errorOf(yaml: string): string {
  try {
    parseConfig(yaml, 'briefbot.yaml');
  } catch (error) {
    if (isBriefError(error) && error.code === 'BAD_CONFIG') return error.message;
    throw error;
  }
  throw new Error('expected the configuration to be refused');
}

describe('parseConfig: the example file', () => {
  it('is valid and says what the comments say', () => {
    const config = parseConfig(readFileSync(EXAMPLE, 'utf8'), 'briefbot.example.yaml');
    expect(config.timezone).toBe('Europe/London');
    expect(config.sources).toEqual([{ kind: 'folder', name: 'Story corpus', path: './corpus/stories', intervalMs: 60_000 }]);
    expect(config.subscriptions).toEqual([
      { platform: 'console', channel: 'terminal', schedule: { kind: 'daily', hour: 8, minute: 0 }, scheduleText: 'daily 08:00', timezone: 'Europe/London' },
    ]);
    expect(config.fetch).toMatchObject({ allowFeeds: [], allowLinks: [], timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 });
    expect(config.stories.windowMs).toBe(3 * 86_400_000);
    expect(config.gazetteer.map((g) => g.name)).toContain('Halden Mutual');
  });
});

describe('parseConfig: defaults', () => {
  it('an empty file is the embedded defaults', () => {
    expect(parseConfig('', 'briefbot.yaml')).toMatchObject({
      timezone: 'UTC',
      database: './data/briefbot.db',
      sources: [],
      subscriptions: [],
      fetch: { allowFeeds: [], allowLinks: [], timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 },
      gazetteer: [],
    });
  });

  it('fills a source from pollInterval and its URL, and a subscription from the top timezone', () => {
    const config = parseConfig(
      `timezone: Asia/Seoul
pollInterval: 20m
sources:
  - url: https://news.example.com/rss
  - url: https://wire.example.com/atom
    interval: 5m
    outlet: Example Wire
    fullText: false
subscriptions:
  - { platform: slack, channel: C123, schedule: "0 7 * * 1-5", topic: north korea }
fetch:
  allow: [127.0.0.1, 10.0.0.0/8, '*.corp.example', 'fd00::/8']
  allowFeeds: ['intranet.example:8080']
  allowLinks: ['[fd00::1]:8443']
  maxSize: 512KB
  timeout: 1m30s
`,
      'briefbot.yaml',
    );
    expect(config.sources).toEqual([
      { kind: 'feed', name: 'news.example.com', url: 'https://news.example.com/rss', intervalMs: 20 * 60_000, fetchFullText: true },
      { kind: 'feed', name: 'wire.example.com', url: 'https://wire.example.com/atom', outlet: 'Example Wire', intervalMs: 5 * 60_000, fetchFullText: false },
    ]);
    expect(config.subscriptions[0]).toMatchObject({ timezone: 'Asia/Seoul', topic: 'north korea', schedule: { kind: 'cron', expression: '0 7 * * 1-5' } });
    // The older `allow` is read as feeds' list, beside allowFeeds; pasted links get only allowLinks.
    expect(config.fetch.allowFeeds.map((p) => p.text)).toEqual(['intranet.example:8080', '127.0.0.1', '10.0.0.0/8', '*.corp.example', 'fd00::/8']);
    expect(config.fetch.allowLinks.map((p) => [p.text, p.ports])).toEqual([['[fd00::1]:8443', [8443]]]);
    expect(config.fetch).toMatchObject({ maxBytes: 512 * 1024, timeoutMs: 90_000 });
  });
});

describe('parseConfig: each mistake names its key and what was expected', () => {
  it.each([
    ['a number for a duration', 'sources:\n  - url: https://a.example/feed\n  - url: https://b.example/feed\n    interval: 15\n', 'briefbot.yaml: sources[1].interval: expected a duration like 15m'],
    ['a feed polled too often', 'sources:\n  - url: https://a.example/feed\n    interval: 10s\n', 'sources[0].interval: expected a duration of at least 1m for a feed'],
    ['a misspelt time zone', 'timezone: Europe/Lodnon\n', 'timezone: expected an IANA time zone like Europe/London or America/New_York (did you mean Europe/London?)'],
    ['a misspelt key', 'sources:\n  - url: https://a.example/feed\n    intervall: 5m\n', 'sources[0].intervall: unknown key (did you mean interval?); expected one of name, outlet, url, folder, interval, fullText'],
    ['an unknown top-level key', 'colour: blue\n', 'colour: unknown key; expected one of timezone, database'],
    ['a secret in the file', 'slack:\n  botToken: xoxb-123\n', 'slack: secrets (tokens, signing secrets) do not belong in briefbot.yaml; set them as environment variables'],
    ['a source with both url and folder', 'sources:\n  - url: https://a.example/feed\n    folder: ./x\n', 'sources[0]: expected exactly one of url (a feed) or folder (a local folder)'],
    ['a source with neither', 'sources:\n  - name: Nothing\n', 'sources[0]: expected exactly one of url'],
    ['a feed that is not http(s)', 'sources:\n  - url: ftp://a.example/feed\n', 'sources[0].url: expected an http:// or https:// URL'],
    ['sources given as a mapping', 'sources:\n  url: https://a.example/feed\n', 'sources: expected a list, got a mapping'],
    ['an unknown platform', 'subscriptions:\n  - { platform: teams, channel: x, schedule: daily 08:00 }\n', 'subscriptions[0].platform: expected one of slack, discord, console, got "teams"'],
    ['a bad time', 'subscriptions:\n  - { platform: slack, channel: x, schedule: daily 25:00 }\n', 'subscriptions[0].schedule: expected a schedule like "daily 08:00"'],
    ['a schedule too frequent', 'subscriptions:\n  - { platform: slack, channel: x, schedule: "*/5 * * * *" }\n', 'at most one briefing every 15 minutes'],
    ['a missing channel', 'subscriptions:\n  - { platform: slack, schedule: daily 08:00 }\n', 'subscriptions[0].channel: required: expected a string'],
    ['a bad allowlist entry', 'fetch:\n  allow: [10.0.0.0/33]\n', 'fetch.allow[0]: expected a host name, an IP address or a CIDR range like 10.0.0.0/8'],
    ['a port out of range', 'fetch:\n  allowLinks: [intranet.example:70000]\n', 'fetch.allowLinks[0]: expected a host name, an IP address or a CIDR range like 10.0.0.0/8, with an optional port'],
    ['a bad size', 'fetch:\n  maxSize: lots\n', 'fetch.maxSize: expected a size like 5MB or 512KB'],
    ['too many redirects', 'fetch:\n  maxRedirects: 20\n', 'fetch.maxRedirects: expected at most 10'],
    ['an unknown gazetteer kind', 'gazetteer:\n  - { name: Foo, kind: thing }\n', 'gazetteer[0].kind: expected one of person, organization, place, got "thing"'],
    ['broken YAML', 'sources: [\n', 'briefbot.yaml: line '],
    ['a repeated key', 'timezone: UTC\ntimezone: UTC\n', 'briefbot.yaml: line 2, column 1: Map keys must be unique'],
  ])('%s', (_name, yaml, says) => {
    expect(errorOf(yaml)).toContain(says);
  });

  it('lists every mistake, one per line', () => {
    const lines = errorOf('timezone: 42\nfetch:\n  maxSize: lots\n  timeout: soon\n').split('\n');
    expect(lines.sort()).toEqual([
      'briefbot.yaml: fetch.maxSize: expected a size like 5MB or 512KB',
      'briefbot.yaml: fetch.timeout: expected a duration like 15m',
      'briefbot.yaml: timezone: expected an IANA time zone like Europe/London or America/New_York',
    ]);
  });
});

describe('loadConfig', () => {
  it('resolves folders and the database against the file’s folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-config-'));
    try {
      writeFileSync(join(dir, 'briefbot.yaml'), 'database: ./data/bot.db\nsources:\n  - folder: ./inbox\n');
      const { config, path } = loadConfig(join(dir, 'briefbot.yaml'));
      expect(path).toBe(join(dir, 'briefbot.yaml'));
      expect(config.database).toBe(join(dir, 'data/bot.db'));
      expect(config.sources[0]).toMatchObject({ kind: 'folder', path: join(dir, 'inbox') });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('names a file that was asked for and is missing', () => {
    expect(() => loadConfig('/nonexistent/briefbot.yaml')).toThrow(/\/nonexistent\/briefbot\.yaml: no such file/);
  });

  it('uses the defaults when there is no briefbot.yaml and none was asked for', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-config-'));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(loadConfig(undefined, {})).toMatchObject({ config: { sources: [], timezone: 'UTC' } });
      expect(loadConfig(undefined, {}).path).toBeUndefined();
    } finally {
      process.chdir(cwd);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
