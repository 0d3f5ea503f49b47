// Open questions are worded only for matters that can still reach the list, and clause parses are
// remembered across briefings: the questions must be exactly those of wording every matter with
// compromise's full pipeline. Invented stories.

import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { forgetParses, parseTerms, render, termsOf, yesNo } from '../../src/stages/open-questions/grammar.ts';
import { findOpenQuestions } from '../../src/stages/open-questions/open-questions.ts';
import { analysisOf, article } from './helpers.ts';

const ferry = [
  article('tarn', 'Tarn Gazette', [
    'The Velmora ferry operator has reportedly cancelled its winter timetable after a fuel dispute.',
    'The operator denied that it had ignored safety warnings from the harbour inspectors.',
    'Islanders on Quessa are expected to protest outside the council offices on Friday.',
    'The council is preparing to award an emergency contract to a rival operator.',
    'If the fuel shortage is confirmed, crossings may stop for a month, an official said.',
  ]),
  article('lumen', 'Lumen Post', [
    'Ferry crossings to Quessa were halted on Tuesday as the Velmora operator cancelled its timetable.',
    'The harbour inspectors are believed to have flagged faulty lifeboats in March.',
    'The operator plans to sell two of its older vessels to a shipyard in Orlenz.',
    'Fishermen on Quessa reportedly offered to carry supplies across the strait.',
    'The council could take over the route if talks fail, according to a councillor.',
  ]),
  article('brask', 'Brask Herald', [
    'The Velmora operator allegedly owes the fuel supplier more than two million crowns.',
    'Results of the inspectors’ review are due later this month.',
    'The mayor of Quessa urged the minister to fund a temporary service.',
    'The supplier will reportedly resume deliveries once the debt is paid.',
    'Some islanders are thought to be leaving for the mainland.',
  ]),
];

const orchard = [
  article('vale', 'Vale Courier', [
    'Frost has reportedly destroyed half of the Pellory apple harvest.',
    'The growers’ union denied claims that its members had hidden their losses.',
    'The regional board is expected to announce compensation next week.',
  ]),
  article('crest', 'Crest Daily', [
    'Apple growers in Pellory lost much of their crop to an April frost.',
    'The board may raise the compensation fund if the losses are confirmed, a spokeswoman said.',
    'Cider makers are believed to be importing fruit from Dunmar.',
  ]),
];

// Only weaker cues ("according to", "may have"): the list is filled up to its minimum from them.
const quarry = [
  article('echo', 'Dunmore Echo', [
    'According to residents, the Harrowfield quarry owner will close the eastern pit in the spring.',
    'According to a planning officer, the parish council will appeal the new permit.',
    'Dust from the blasting may have reached the primary school in Kettlebury.',
  ]),
  article('ledger', 'Kettlebury Ledger', [
    'According to parents, the haulage firm will reroute its lorries through Kettlebury.',
    'The quarry owner met the parish council on Tuesday.',
    'According to the owner, the quarry will hire forty more workers next year.',
  ]),
];

describe('open questions worded only where they can reach the list', () => {
  for (const [name, story] of [
    ['ferry', ferry],
    ['orchard', orchard],
    ['quarry', quarry],
  ] as const) {
    for (const limits of [{}, { max: 1, min: 1 }, { max: 2, min: 2 }, { max: 3, min: 1 }, { max: 6, min: 4 }]) {
      it(`${name} ${JSON.stringify(limits)}: the same questions as wording every matter`, () => {
        const analysis = analysisOf(...story);
        const selected = findOpenQuestions(analysis, limits);
        forgetParses();
        const every = findOpenQuestions(analysis, { ...limits, wordEveryMatter: true });
        expect(selected).toEqual(every);
        expect(every.length).toBeGreaterThan(0);
      });
    }
  }
});

describe('clause parses', () => {
  const clauses = [
    'The Velmora ferry operator has reportedly cancelled its winter timetable',
    'The harbour inspectors are believed to have flagged faulty lifeboats',
    'Islanders don’t expect the council to act before the winter storms',
    'ignoring',
    'The board may raise the compensation fund',
    '“We will not close the ferry,” the mayor said on Friday.',
    'The long-awaited bridge (the third one) was delayed again — by floods, officials said',
  ];

  it('has the terms and tags of compromise’s full pipeline', () => {
    for (const text of clauses) {
      const full = (nlp(text).terms().json() as { text: string; terms: { tags: string[] }[] }[]).map((t) => [t.text, [...(t.terms[0]?.tags ?? [])].sort()]);
      expect(parseTerms(text).map((t) => [t.text, [...t.tags].sort()])).toEqual(full);
    }
  });

  it('leaves compromise’s pipeline whole for everyone else', () => {
    parseTerms(clauses[0]!);
    expect((nlp.world() as { hooks: string[] }).hooks).toContain('chunks');
  });

  it('tags the hedge-less, shortened copy of a clause as the clause reads', () => {
    // [statement, the question asked]. The copy yesNo words ("… cancelled its winter timetable")
    // takes its tags from the clause's own parse, as the source wrote it (composeFrom parses the
    // clause for its subject first).
    const rows: [string, string | undefined][] = [
      ['The Velmora ferry operator has reportedly cancelled its winter timetable', 'Has the Velmora ferry operator cancelled its winter timetable?'],
      ['The harbour board reportedly approved the levy, according to two councillors', 'Did the harbour board approve the levy?'],
      // Parsed alone, "The quarry firm plans to widen…" read "plans" as a noun and asked nothing;
      // after "now" it is the verb it is.
      ['The quarry firm now plans to widen the access road, residents said', 'Does the quarry firm plan to widen the access road?'],
      // With an apostrophe the copy is parsed on its own (contractions split only when tagged).
      ['The pier’s owners have apparently sold it, which nobody denies', 'Have the pier’s owners sold it?'],
    ];
    for (const [statement, question] of rows) {
      forgetParses();
      termsOf(statement);
      const q = yesNo(statement, { parsed: true });
      expect(q ? render(q) : undefined).toBe(question);
    }
  });

  it('remembers a parse across briefings and forgets it on request', () => {
    forgetParses();
    const first = termsOf(clauses[1]!);
    expect(termsOf(clauses[1]!)).toBe(first);
    forgetParses();
    expect(termsOf(clauses[1]!)).not.toBe(first);
    expect(termsOf(clauses[1]!)).toEqual(first);
  });
});
