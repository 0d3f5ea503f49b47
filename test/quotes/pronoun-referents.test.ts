// Who "he" and "she" continue, from the pronoun errors seen on real political news (issue 13): one
// row each, invented names. Same row shape as real-news-speakers.test.ts.

import { describe, expect, it } from 'vitest';
import { findQuote, quotesOf, speakerLabel } from './helpers.ts';

type Row = [rule: string, text: string, quote: string, speaker: string];

const LONG_SCENE = [
  'Harlow video shows the last minutes.',
  'The wife of Brand Tolley recorded the encounter on her phone. Officers had stopped the truck. Marcus Eddery, an officer, drew a gun. Brand Tolley stayed in the cab. Officers shouted at him.',
  'Nessa Tolley can be heard pleading with the officers. Her voice rises. The camera shakes.',
  '“Do not shoot him,” she says. “He has no weapon.”',
  'She then urges her husband to leave the truck. The camera points at the ground. Shots ring out. Officers run. A siren starts. The street fills. Neighbours come out.',
  '“Did you shoot him?” she yells while running down the street.',
].join('\n\n');

const ROWS: Row[] = [
  [
    'a first name borne by men and women gives no gender; "his" after the name does',
    'Sen. Lindsey Marlowe (R-Vt.) criticised his rival Bram Ostley on Thursday.\n\nMarlowe said, “We lose elections because of this rhetoric.”\n\nHe continued, “We need to repair the damage done by it.”',
    'We need to repair',
    'Lindsey Marlowe',
  ],
  [
    'a sentence ends at a full stop inside a closing mark, so the name after it opens the next one',
    'Ostley called the party’s ruling “arbitrary.” Josh Pellam, a party operative, warned on Saturday that the move against Ostley could hurt the party.\n\n“The stakes are higher than one fight,” he wrote in a post.',
    'The stakes are higher',
    'Josh Pellam',
  ],
  ['a chain of pronouns keeps its referent past ten sentences', LONG_SCENE, 'Did you shoot him', 'Nessa Tolley'],
  [
    'a name in a fronted "While …" clause is not the subject; a participle ("writing songs") reports no speech',
    'Turnout is down in the county.\n\nWhile Orrin Vale had a choir of singers writing songs about him, that has not happened for Dole, which worries Hal Brecken, head of the county caucus.\n\n“No one is writing songs for her,” he said.',
    'No one is writing songs',
    'Hal Brecken',
  ],
  [
    'a pronoun after an introductory word opens the main clause of ", saying …"',
    'The Hartwell Times endorsed Ann Dole on Sunday.\n\nMeanwhile, it attacked Vale, saying he “has offended voters with his insults and bombast.”',
    'has offended voters',
    'Hartwell Times',
  ],
  [
    '"characterized X as “…”" reports speech',
    'Ivo Marsh, a pundit, praised Dole.\n\nHowever, he characterized Sen. Ann Vale as “a little desperate there, jumping in all the time.”',
    'a little desperate there',
    'Ivo Marsh',
  ],
  [
    'curly marks inside a straight quote are part of it, and the colon lead-in still names the speaker',
    'Ann Dole spoke on the radio.\n\nDole continued:\n\n"The numbers are partisan, but I will read you the question: “Do you think the senator is fit to serve as governor?” Forty-three said yes."',
    'The numbers are partisan',
    'Ann Dole',
  ],
  [
    'a verb joined by "but" shares the subject opening the sentence',
    'Ann Dole spoke on Wednesday.\n\nShe was defending the charity against attacks from Ivo Vale, but admitted “there were one or two instances of this” in the past.',
    'there were one or two instances',
    'Ann Dole',
  ],
  [
    'a verb joined by "and" shares the subject opening the sentence',
    'Ann Dole held a rally in Tulsa.\n\nShe greeted 2,000 supporters at a rally late Saturday night and told them that together they would “build ladders of opportunity for every family in the state.”',
    'build ladders of opportunity',
    'Ann Dole',
  ],
  [
    'a sentence opened by a pronoun, with no speech verb, leads in to its quote',
    'Ann Dole spoke after the count.\n\n“I have earned nine million votes in this race,” Dole said.\n\nShe then addressed the supporters again: “Here is what I regret about the protesters.”',
    'Here is what I regret',
    'Ann Dole',
  ],
  [
    'a sentence opened by a one-letter misspelling of a named source stands for that source',
    'Ann Dole leads the county polls.\n\n“The campaign is in panic mode. Full panic mode,” said Nessa Wimes, a county official.\n\nWines believes that the Dole campaign took voters for granted and now has to scramble to win them back for her.\n\n“They have a big problem because they thought the old slogans would do it,” she said.',
    'They have a big problem',
    'Nessa Wimes',
  ],
  [
    'a name after "with" opening the sentence does not take the subject’s place',
    'Retired Gen. Tom Hask is speaking out before the vote.\n\nIn an interview on Radio Varn with David Belmont, Hask made it clear he had doubts about the army under President Robert Marr at the time.\n\n“It was hard to work for Marr,” he told the host.',
    'It was hard to work',
    'Tom Hask',
  ],
];

describe('pronoun referents from real news', () => {
  it.each(ROWS)('%s', (_rule, text, start, speaker) => {
    const { quotes } = quotesOf(text);
    const q = findQuote(quotes, start);
    expect(q, `no key quote starting "${start}"; key: ${JSON.stringify(quotes.map((x) => x.text))}`).toBeDefined();
    expect(speakerLabel(q!)).toBe(speaker);
  });
});
