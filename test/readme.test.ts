// The README against the code, both ways: every path it names exists; every environment
// variable the code reads is documented and every one documented is read; the configuration
// example uses every key the schema knows and parses; the Briefing JSON table names every field
// of src/briefing.ts and no other. Comments and messages in the code point only at files that exist.

import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../adapters/files/repo-paths.ts';
import { parseConfig } from '../src/config/parse-config.ts';
import { configSchema } from '../src/config/schema.ts';
import { knownKeysAt } from '../src/config/known-keys.ts';

const README = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: repoRoot, encoding: 'utf8' })
  .split('\n')
  .filter(Boolean);
const codeFiles = tracked.filter((f) => /^(src|adapters|bin|bench)\/.*\.(ts|mjs)$/.test(f));
const code = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

/** Spans in backticks and link targets: where a README names files. */
function namedThings(markdown: string): string[] {
  const spans = [...markdown.matchAll(/`([^`\n]+)`/g)].map((m) => m[1]!);
  const links = [...markdown.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);
  return [...spans, ...links];
}

const isTimezone = (s: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: s });
    return true;
  } catch {
    return false;
  }
};

/** A repository path as the README writes one: `adapters/slack/manifest.yaml`, `corpus/demo/`. */
function looksLikePath(s: string): boolean {
  if (/\s|:\/\/|^[/#*@<]|[<>{}|=]/.test(s)) return false;
  if (/^[\d.:a-f]+\/\d+$/i.test(s)) return false; // a CIDR range
  if (/^(text|application|image)\//.test(s)) return false; // a content type
  if (isTimezone(s)) return false;
  return /^(\.{1,2}\/)?[\w.-]+\/[\w./*-]*$/.test(s) || /^[\w-]+\.(ts|mjs|md|json|yaml|yml)$/.test(s);
}

/** Files the user makes, or the bot writes, at run time. */
const MADE_AT_RUN_TIME = [/^\.?\/?data\//, /^dist\//, /^(\.\/)?briefbot\.yaml$/, /^docs\/bench-latest\.md$/, /^briefing-pages\/$/];

describe('README: every path it names exists', () => {
  const paths = [...new Set(namedThings(README).filter(looksLikePath))];

  it('finds the paths it should check', () => {
    expect(paths).toEqual(expect.arrayContaining(['adapters/slack/manifest.yaml', 'corpus/demo/', 'src/commands/handle-command.ts', 'docs/quotes-actors.md']));
  });

  it.each(paths)('%s', (path) => {
    if (MADE_AT_RUN_TIME.some((re) => re.test(path))) return;
    if (path.startsWith('../shared/') && !existsSync(join(repoRoot, '..', 'shared'))) return;
    // A package's module (`compromise/one`), not a file of ours.
    if (existsSync(join(repoRoot, 'node_modules', path.split('/')[0]!))) return;
    const bare = !path.replace(/\/$/, '').includes('/');
    if (bare) {
      // A name alone, inside a sentence that gives its folder (`sources.json`, `quotes/` under
      // src/stages/): some path of the repository has it.
      const found = tracked.some((f) => f === path || f.startsWith(path) || f.includes(`/${path}`) || f.endsWith(`/${path}`));
      expect(found, `${path} is in no folder of the repository`).toBe(true);
      return;
    }
    const clean = path.replace(/\/\*.*$/, '').replace(/^\.\//, '');
    expect(existsSync(join(repoRoot, clean)), `${path} does not exist`).toBe(true);
  });

  it('the code’s comments and messages point only at documents that exist', () => {
    const dead: string[] = [];
    for (const file of [...codeFiles, 'adapters/slack/manifest.yaml', 'briefbot.example.yaml']) {
      // `BENCH_OUT=docs/bench.md` names a file the command will write: not a reference.
      for (const m of code(file).matchAll(/(?<!=)\bdocs\/[\w-]+\.md\b/g)) {
        if (!existsSync(join(repoRoot, m[0])) && !MADE_AT_RUN_TIME.some((re) => re.test(m[0]))) dead.push(`${file}: ${m[0]}`);
      }
      for (const m of code(file).matchAll(/see README: ([\w ]+)/g)) dead.push(`${file}: README section "${m[1]}" (name the heading)`);
    }
    expect(dead).toEqual([]);
  });
});

describe('README: environment variables, both ways', () => {
  const read = new Set<string>();
  // The chaos driver is a command users run (`npm run chaos`), and the test database's variable is
  // one a contributor sets: both are documented like the bot's own.
  const commandFiles = [...codeFiles, 'test/chaos/run-outside.ts', 'test/helpers/postgres.ts'];
  for (const file of commandFiles) {
    for (const m of code(file).matchAll(/\benv(?:\.|\[['"])([A-Z][A-Z0-9_]*)/g)) read.add(m[1]!);
  }
  const documented = new Set(
    namedThings(README)
      .flatMap((s) => s.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\bPORT\b/g) ?? [])
      .concat([...README.matchAll(/^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)=/gm)].map((m) => m[1]!)),
  );

  it('the code reads the ones we expect to find', () => {
    expect([...read]).toEqual(expect.arrayContaining(['LOG_LEVEL', 'SLACK_COMMAND', 'BRIEFBOT_SUMMARIES_DIR', 'BRIEFBOT_CONFIG', 'DISCORD_TOKEN']));
  });

  it('every variable the code reads is in the README', () => {
    expect([...read].filter((v) => !documented.has(v)).sort()).toEqual([]);
  });

  it('every variable the README documents is read by the code', () => {
    expect([...documented].filter((v) => !read.has(v)).sort()).toEqual([]);
  });
});

/** Every key path the configuration schema accepts: `fetch.userAgent`, `sources[].interval`. */
function schemaKeys(path: (string | number)[] = []): string[] {
  return knownKeysAt(configSchema, path).flatMap((key) => {
    const here = [...path, key];
    const inside = [...schemaKeys(here), ...schemaKeys([...here, 0])];
    const name = here.map((p) => (typeof p === 'number' ? '[]' : `.${p}`)).join('').replace(/^\./, '').replace(/\.\[\]/g, '[]');
    return inside.length > 0 ? inside : [name];
  });
}

/** Every key path a YAML document uses. */
function yamlKeys(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => yamlKeys(v, `${prefix}[]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => {
      const name = prefix ? `${prefix}.${k}` : k;
      const inner = yamlKeys(v, name);
      return inner.length > 0 ? inner : [name];
    });
  }
  return [];
}

describe('README: configuration keys, both ways', () => {
  const blocks = [...README.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const leaves = (keys: string[]) => new Set(keys.map((k) => k.replace(/\[\]$/, '')));
  const known = leaves(schemaKeys());

  it('the schema has the keys we expect', () => {
    expect([...known]).toEqual(expect.arrayContaining(['fetch.userAgent', 'sources[].fullText', 'stories.window', 'gazetteer[].aliases']));
  });

  it('each of the README’s examples parses as a configuration', () => {
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(() => parseConfig(block, 'README.md')).not.toThrow();
  });

  it('the README’s examples together use every key the code reads', () => {
    const used = leaves(blocks.flatMap((block) => yamlKeys(parseYaml(block))));
    expect([...known].filter((k) => !used.has(k)).sort()).toEqual([]);
  });

  it('briefbot.example.yaml parses, and names every key (in use or commented out)', () => {
    const example = code('briefbot.example.yaml');
    expect(() => parseConfig(example, 'briefbot.example.yaml')).not.toThrow();
    const named = (key: string) => new RegExp(`^\\s*(?:#\\s*)?(?:- )?${key.split(/[.[\]]+/).at(-1)}:`, 'm').test(example);
    expect([...known].filter((k) => !named(k)).sort()).toEqual([]);
  });
});

describe('README: the Briefing JSON table, both ways', () => {
  const section = /## The Briefing JSON\n([\s\S]*?)\n## /.exec(README)?.[1] ?? '';
  const source = code('src/briefing.ts');
  const fields = new Set([...source.matchAll(/^\s+(\w+)\??:/gm)].map((m) => m[1]!));
  for (const m of source.matchAll(/Pick<Article, ([^>]+)>/g)) for (const f of m[1]!.matchAll(/'(\w+)'/g)) fields.add(f[1]!);
  // Keys as the table writes them: `{ a, b?, c: … }` and the first column's `name[]`.
  const documented = new Set<string>();
  for (const row of section.split('\n').filter((l) => l.startsWith('| `'))) {
    const cells = row.split(/(?<!\\)\|/).map((c) => c.trim());
    for (const m of (cells[1] ?? '').matchAll(/`(\w+)(?:\[\])?`/g)) documented.add(m[1]!);
    for (const span of (cells[2] ?? '').matchAll(/`([^`]+)`/g)) {
      for (const k of span[1]!.matchAll(/(?:^|[{,]\s*)(\w+)\??(?=\s*[,:}]|$)/g)) documented.add(k[1]!);
    }
  }

  it('reads the fields of src/briefing.ts', () => {
    expect([...fields]).toEqual(expect.arrayContaining(['fragments', 'disagreements', 'unnamedSpeaker', 'publishedAt', 'notes']));
  });

  it('every field of the Briefing is in the table', () => {
    expect([...fields].filter((f) => !documented.has(f)).sort()).toEqual([]);
  });

  it('every field in the table is in the Briefing', () => {
    expect([...documented].filter((f) => !fields.has(f)).sort()).toEqual([]);
  });
});
