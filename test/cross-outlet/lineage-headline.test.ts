// Issue 15, items 1, 4 and 5 on invented articles: shared wire copy counts as one independent report
// (in the JSON and in the "N of M sources" credits), the briefing's headline is a label from the
// outlets' titles, and key points prefer what outlets agree on, never furniture or a greeting.

import { describe, expect, it } from 'vitest';
import { summaryBaseName } from '../../adapters/files/write-summary.ts';
import type { Article } from '../../src/article.ts';
import { buildBriefing } from '../../src/build-briefing.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { bestTitle, labelOf, storyHeadline } from '../../src/stages/headline/headline.ts';
import { isFurnitureSentence } from '../../src/stages/key-points/furniture.ts';
import { keyPointScores, selectKeyPoints } from '../../src/stages/key-points/key-points.ts';
import { independentReports } from '../../src/stages/lineage/lineage.ts';
import { indexSentences } from '../../src/stages/near-duplicates.ts';
import { analysisOf, article } from './helpers.ts';

const at = '2000-01-01T00:00:00Z';
const titled = (id: string, outlet: string, title: string, paragraphs: string[]): Article => ({ ...article(id, outlet, paragraphs), title });

// One agency story printed by two outlets (a word changed here and there), and a third outlet's own report.
const wire = [
  'Engineers closed the Varn bridge over the river Osk on Monday after inspectors found cracks in two of its steel supports.',
  'The regional transport office said the bridge would stay shut for at least three weeks while the supports were repaired.',
  'About 40,000 vehicles cross the bridge on a normal weekday, according to the office.',
  'Commuters were told to use the ferry at Lisk or the motorway bridge twelve kilometres downstream.',
  'Transport commissioner Edda Morrow said the cracks had been found during a routine inspection.',
  'The bridge was built in 1968 and last renovated in 2004.',
];
const plainsPost = titled('plains', 'Plains Post', 'Varn bridge closed after cracks found in supports', wire);
const harbourTimes = titled('harbour', 'Harbour Times', 'Cracks close Varn bridge for three weeks', [
  ...wire.slice(0, 2),
  'About 40,000 vehicles cross the bridge on a normal weekday, the office said.',
  ...wire.slice(3),
]);
const oskCourier = titled('osk', 'Osk Courier', 'Varn bridge shut as cracks found', [
  'Traffic backed up for hours in Varn on Monday after the city’s main bridge was closed over cracked supports.',
  'Shop owners on the east bank said customers had stayed away all afternoon.',
  'Commissioner Edda Morrow said repairs would take at least three weeks.',
  'The ferry at Lisk added four extra crossings for the evening rush.',
]);

describe('wire-copy lineage: outlets printing one text are one independent report', () => {
  it('two outlets, one text → one independent report, and the JSON names the lineage', () => {
    const briefing = buildBriefing([plainsPost, harbourTimes], { generatedAt: at });
    expect(briefing.lineage).toEqual([{ articleIds: ['plains', 'harbour'], sharedSentences: 6 }]);
    expect(briefing.independentReports).toBe(1);
    const md = renderMarkdown(briefing);
    expect(md).toContain('2 outlets, 1 independent report (shared wire text)');
    expect(md).toContain('1 of 1 sources');
    expect(md).not.toContain('2 of 2 sources');
  });

  it('three outlets, two of them on the wire → two independent reports; credits count reports', () => {
    const briefing = buildBriefing([plainsPost, harbourTimes, oskCourier], { generatedAt: at });
    expect(briefing.lineage?.map((g) => g.articleIds)).toEqual([['plains', 'harbour']]);
    expect(briefing.independentReports).toBe(2);
    const md = renderMarkdown(briefing);
    expect(md).toContain('3 outlets, 2 independent reports (shared wire text)');
    for (const k of briefing.keyPoints) {
      const ids = new Set(k.support.map((s) => s.articleId));
      const reports = independentReports([...ids], briefing.lineage);
      expect(reports).toBeLessThanOrEqual(2);
      expect(md).toContain(`${k.text} _(`);
    }
    expect(md).not.toMatch(/\b3 of 3 sources\b/);
  });

  it.each([
    ['one shared quotation is not wire copy', ['Engineers closed the Varn bridge over the river Osk on Monday after inspectors found cracks in two of its steel supports.', 'Drivers queued at the ferry.', 'A café owner said trade was down.']],
    ['the same facts in other words are not wire copy', ['Inspectors found cracked steel supports and the Varn bridge was closed on Monday.', 'Repairs will keep it shut for three weeks or more, the transport office said.', 'Some 40,000 vehicles use it each weekday.']],
  ])('%s', (_name, paragraphs) => {
    const other = titled('other', 'Other Daily', 'Bridge closed', paragraphs);
    const briefing = buildBriefing([plainsPost, other], { generatedAt: at });
    expect(briefing.lineage).toBeUndefined();
    expect(briefing.independentReports).toBeUndefined();
  });
});

describe('the briefing headline: a label from the outlets’ titles', () => {
  it('takes the title sharing most words with the others, not a cut sentence', () => {
    const briefing = buildBriefing([plainsPost, harbourTimes, oskCourier], { generatedAt: at });
    expect(['Varn bridge closed after cracks found in supports', 'Varn bridge shut as cracks found']).toContain(briefing.title);
    expect(briefing.title).not.toMatch(/…$/);
  });

  it.each([
    ['most shared words win', ['Mayor Ilse Brandt resigns', 'Brandt resigns as mayor of Tolle after audit', 'Tolle audit finds missing funds'], 'Brandt resigns as mayor of Tolle after audit'],
    ['a tie goes to the shorter', ['Storm hits Kell coast', 'Storm hits Kell coast again today'], 'Storm hits Kell coast'],
  ])('%s', (_name, titles, best) => {
    expect(bestTitle(titles)).toBe(best);
  });

  it.each([
    ['an outlet’s name after a dash is dropped', 'Varn bridge closed - Plains Post', 'Plains Post', 'Varn bridge closed'],
    ['a final full stop is dropped', 'Varn bridge closed.', '', 'Varn bridge closed'],
    ['an abbreviation keeps its stop', 'Talks resume in the U.S.', '', 'Talks resume in the U.S.'],
    ['a stand-in cut from the first sentence is no title', 'Engineers closed the Varn bridge over the river Osk on Monday after …', '', null],
    ['a sentence-long title is no label', `${'word '.repeat(24)}end`, '', null],
  ])('%s', (_name, title, outlet, label) => {
    expect(labelOf(title, outlet)).toBe(label);
  });

  it('without real titles, names the story’s main actors instead of cutting the lede', () => {
    const untitled = [plainsPost, oskCourier].map((a) => ({ ...a, title: `${a.text.split('\n')[0]!.slice(0, 60)} …` }));
    const briefing = buildBriefing(untitled, { generatedAt: at });
    expect(briefing.title).not.toMatch(/…/);
    expect(briefing.title).toMatch(/Edda Morrow|Varn/);
    expect(storyHeadline(analysisOf(...untitled))).not.toMatch(/…/);
  });

  it('file names from it are cut at a word', () => {
    const briefing = buildBriefing([plainsPost], { generatedAt: at, title: 'Regional transport commissioner announces emergency reconstruction programme for bridges' });
    const name = summaryBaseName(briefing);
    const slug = name.replace(/-\d{4}-\d{2}-\d{2}$/, '');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect('regional-transport-commissioner-announces-emergency-reconstruction-programme-for-bridges'.startsWith(`${slug}-`)).toBe(true);
  });
});

describe('key points: agreement first, never furniture or a greeting', () => {
  const north = titled('n', 'North Ledger', 'Kell port reopens', [
    'Good morning, everyone.',
    'The port of Kell reopened on Friday after divers cleared the sunken barge from the harbour mouth.',
    'Harbour master Oren Vass said the first cargo ships had already docked.',
    'Sign up for our newsletter for daily shipping updates.',
  ]);
  const south = titled('s', 'South Gazette', 'Kell harbour open again', [
    'Thank you, Mr. Vass.',
    'Divers cleared the sunken barge from the harbour mouth, and the port of Kell reopened on Friday.',
    'A fishermen’s cooperative complained that it had not been told of the closure in advance, and its chair, Mila Brook, demanded compensation.',
    'Sign up for our newsletter for daily shipping updates.',
  ]);
  const west = titled('w', 'West Wire', 'Barge cleared from Kell harbour', [
    'The port of Kell reopened on Friday once divers had cleared a sunken barge from the harbour mouth.',
    'Harbour master Oren Vass said cargo ships had docked within the hour.',
  ]);
  const analysis = analysisOf(north, south, west);
  const index = indexSentences(analysis);
  const points = selectKeyPoints(analysis, { index });
  const texts = points.map((p) => p.text);

  it('ranks what the outlets agree on above what one carries', () => {
    const scores = keyPointScores(index, analysis);
    const score = (re: RegExp) => Math.max(...index.refs.map((r, i) => (re.test(r.sentence.text) ? (scores[i] ?? -9) : -9)));
    expect(score(/reopened on Friday/)).toBeGreaterThan(score(/cooperative complained/));
    expect(texts[0]).toMatch(/reopened on Friday/);
  });

  it('never makes a point of a greeting or of page furniture, however many outlets print it', () => {
    expect(texts.some((t) => /good morning|thank you|newsletter/i.test(t))).toBe(false);
  });

  it('uses a headline only when no body sentence says the same', () => {
    expect(texts).not.toContain('Kell port reopens');
  });

  it.each([
    ['Thank you, Mr. Secretary.', true],
    ['Good afternoon, everyone.', true],
    ['Kirsten Ahl: Thanks for having me.', true],
    ['Sign up for our newsletter for daily shipping updates.', true],
    ['Keep up with the race with our candidate tracker.]', true],
    ['Click here to read the full report.', true],
    ['Follow us on Twitter for live updates.', true],
    ['Thank you for the question; the sanctions stay in place until the talks resume in March.', false],
    ['The minister thanked the rescue crews and said the port would reopen on Friday.', false],
    ['The port of Kell reopened on Friday.', false],
  ])('%s → furniture or greeting: %s', (text, expected) => {
    expect(isFurnitureSentence(text)).toBe(expected);
  });
});
