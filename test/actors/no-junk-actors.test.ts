// No junk class in any briefing's actors: wire-service slugs and editor marks, platform ids and
// mention syntax, abbreviations of titles and units, roman numerals, code names with digits,
// photo credits and bylines. Checked on every corpus in the repository and the seed corpus, and on
// an invented article that carries one of each.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../adapters/files/load-paths.ts';
import { analyse } from '../../src/analyse/analyse-article.ts';
import type { Actor } from '../../src/briefing.ts';
import { collectActors } from '../../src/stages/actors/actors.ts';
import { actorsOf, article } from '../quotes/helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = join(ROOT, '..', 'shared', 'corpus', 'blinken-seoul');

// Written independently of the filter under test: each pattern is one junk class of the issue.
const JUNK: [string, RegExp][] = [
  ['wire slug or editor mark', /^(?:LD|ADDS|ATTN|TRIMS|UPDATE(?: \d+)?|REFILE|CORRECTED|RPT)$/],
  ['platform id or mention syntax', /^<[@#!]|^[UC]0[A-Z0-9]{3,}$/],
  ['title or unit abbreviation', /^(?:GMT|UTC|VIP|POTUS|MP|QC|CEO|km|BCE?|AD)$/],
  ['roman numeral', /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/],
  ['code name or product with digits', /^(?!US-)(?:[A-Z]{2,}-\d+|[A-Z]{2,}\d+[A-Z]*)$/],
  ['technical abbreviation', /^(?:HTML|XML|CD|DVD|IT|ICT|IQ|ATM|USD|EUR)$/],
  ['photo credit', /^(?:Getty(?: Images)?|Pool|Shutterstock|Alamy|AP Photo)$/],
];
// A person named by initials alone ("H. R."); "U.S." and "D.C." are places.
const INITIALS_ONLY = /^(?:\p{Lu}\.\s*){2,}$/u;

function junkIn(actors: Actor[]): string[] {
  return actors.flatMap((a) => [
    ...[a.name, ...a.aliases].flatMap((n) => JUNK.filter(([, re]) => re.test(n.trim())).map(([what]) => `${n} (${what})`)),
    ...(a.kind === 'person' && INITIALS_ONLY.test(a.name) ? [`${a.name} (initials alone)`] : []),
  ]);
}

/** Every story folder and single-story file of the repository's corpora. */
function stories(): string[] {
  const out: string[] = [];
  for (const group of ['eval', 'holdout']) {
    const dir = join(ROOT, 'corpus', group);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (statSync(join(dir, name)).isDirectory()) out.push(join(dir, name));
  }
  for (const group of ['demo', 'stories']) {
    const dir = join(ROOT, 'corpus', group);
    if (existsSync(dir)) for (const name of readdirSync(dir)) if (name.endsWith('.md')) out.push(join(dir, name));
  }
  if (existsSync(join(SEED, 'expected.json'))) out.push(SEED);
  return out;
}

describe('no junk actors', () => {
  it.each(stories().map((s) => [s.slice(s.indexOf('corpus')), s]))('%s', (_name, path) => {
    const { articles } = loadPaths([path]);
    expect(junkIn(collectActors(analyse(articles)))).toEqual([]);
  });

  it('an invented wire story with every junk class names none of them as an actor', () => {
    const text = [
      'UPDATE 2-Brevian ferry talks collapse (ADDS minister quote, TRIMS background)',
      'ATTN editors: LD story follows at 0900 GMT.',
      'Transport Minister Ilka Sorrel told the VIP lounge on Deck III that the STS-135 style rollout of the IE9 app and its HTML pages was delayed.',
      'Posted by <@U0LEAK1> in <#C0LEAK> as a CD and DVD for POTUS, the MP and a QC.',
      'H. R. Varn and S. F. Dole were not reached. Photo: Getty Images',
      '(Reporting by Tam Oskar; Editing by Lisa Brun)',
    ].join('\n\n');
    const actors = actorsOf(article('w', text, 'Wire Desk'));
    const names = actors.flatMap((a) => [a.name, ...a.aliases]);
    expect(junkIn(actors)).toEqual([]);
    for (const n of ['ADDS', 'TRIMS', 'ATTN', 'LD', 'U0LEAK1', 'C0LEAK', 'STS-135', 'IE9', 'Tam Oskar', 'Lisa Brun']) expect(names).not.toContain(n);
    expect(actors.find((a) => a.name === 'Ilka Sorrel')?.kind).toBe('person');
  });
});
