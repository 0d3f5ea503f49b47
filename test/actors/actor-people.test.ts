// People found on real text (biographies, speeches, interviews as much as news): one row per
// rule, invented text throughout. Rows marked as guards pass without their rule: they keep it from
// reaching too far.

import { describe, it } from 'vitest';
import { type ActorRow, expectActorRow } from './actor-rows.ts';

const PEOPLE_ROWS: ActorRow[] = [
  // Given names that are also common words.
  ['a given name that is a common word opens a name before an unknown surname', ['She toured with Frank Dellavoce in 1962.'], { name: 'Frank Dellavoce', kind: 'person' }],
  ['"Jean" opens a name', ['The part went to Jean Morvillard instead.'], { name: 'Jean Morvillard', kind: 'person' }],
  ['"Will" opens a name inside a sentence', ['The club signed Will Tarrowby in May.'], { name: 'Will Tarrowby', kind: 'person' }],
  ['a given name that is a common word keeps it at a sentence start', ['Holly Venkman directed the film.'], { name: 'Holly Venkman', kind: 'person' }],
  ['a given name that is a common word before a common word makes no person', ['Critics praised the Will Power series.'], { absent: 'Will Power' }],
  ['"Will" opening a question makes no person', ['Will Varnland sign the treaty?'], { absent: 'Will Varnland' }],
  ['"Earl of" is a title, not a given name', ['She married the Earl of Brannock in 1702.'], { absent: 'Earl of Brannock' }],
  // Names listed with "and".
  ['a list of plain names joined by "and" stays one person each (guard)', ['He thanked Anna Veltri and Bob Marhold and Lisa Crane for their help.'], { name: 'Bob Marhold', kind: 'person' }],
  ['the last of a list before a title is a person', ['He thanked Anna Veltri and Lisa Crane and Chairman Orlov.'], { name: 'Lisa Crane', kind: 'person' }],
  // A noun of kin or occupation right before a name.
  ['a kin noun before a single unknown name makes a person', ['His second daughter Mirvelle, born in 1931, became a potter.'], { name: 'Mirvelle', kind: 'person' }],
  ['"the brother" before a name makes a person', ['He chose the brother Orsantios as abbot.'], { name: 'Orsantios', kind: 'person' }],
  ['an occupation between commas before a name makes a person', ['She sent the score to her publisher, Haldrock, who printed it.'], { name: 'Haldrock', kind: 'person' }],
  ['a plural kin noun before a list names each', ['He had two brothers, Quillon and Vertrand II.'], { name: 'Quillon', kind: 'person' }],
  // What a title's name may not hold.
  ['a field of study after a title’s "of" phrase is no person', ['She became Professor of East Nordic Studies at Varn.'], { absent: 'Nordic Studies' }],
  ['a work named after a titled character is no person', ['He starred in the series Inspector Brackley Mysteries last year.'], { absent: 'Brackley Mysteries' }],
  ['a creek after a title is no person', ['Towns such as Vellmont and Queen Creek grew fast.'], { absent: 'Creek' }],
  // Titles of cities, churches and the police.
  ['"Reverend" is a title before a surname', ['We thank Speaker Olin, Reverend Moomby, and our guests.'], { name: 'Moomby', kind: 'person' }],
  ['"Councilman" is a title before a name', ['Councilman Brody Fenn voted against the plan.'], { name: 'Brody Fenn', kind: 'person' }],
  ['a title in the plural heads no name', ['They join six Democratic Senators in the chamber.'], { absent: 'Democratic Senators' }],
  // Initials and works.
  ['two initials open a name', ['Fans lined up to see T.J. Varnell sign books.'], { name: 'T.J. Varnell', kind: 'person' }],
  ['a place’s initials open no person’s name', ['The D.C. Circuit ruled against the city.'], { absent: 'D.C. Circuit' }],
  ['an event "of" a place is no person', ['He was wounded at the Siege of Orlavik in 1779.'], { absent: 'Siege of Orlavik' }],
  ['a story named after a person is no person', ['She starred in The Immortal Varnstory and The Brannock Story.'], { absent: 'Brannock Story' }],
  ['a trio named after a person is no person', ['He wrote his Dumvar Trio in 1891.'], { absent: 'Dumvar Trio' }],
  // A letter's signature.
  ['a name alone after a closing line is the writer', ['Dear Ma,\n\nThe roof is fixed and the hens are laying.\n\nLove and warm wishes,\n\nOrlena'], { name: 'Orlena', kind: 'person' }],
  ['a given name that is a common word signs a letter too', ['The talks went on until two.\n\nBest wishes,\n\nBill'], { name: 'Bill', kind: 'person' }],
  ['a common word after a closing line is no signature', ['The talks went on until two.\n\nThanks,\n\nEverybody'], { absent: 'Everybody' }],
  // The parties of a case.
  ['the parties of a case "v." are people', ['In Tarkin v. Oberholt the court set a test.'], { name: 'Oberholt', kind: 'person' }],
  ['the first party of a case "versus" is a person', ['We hear Maskell versus Nebraska first.'], { name: 'Maskell', kind: 'person' }],
  ['a state as a party of a case stays a place', ['We hear Maskell versus Nebraska first.'], { name: 'Nebraska', kind: 'place' }],
  // Parts of a text or a law.
  ['a chapter and its number is no person', ['Critics said Chapter 11 filings rose in May.'], { absent: 'Chapter' }],
  ['an article of a treaty is no place', ['The allies act according to Article 5 of the treaty.'], { absent: 'Article' }],
  // A town before its region.
  ['a surname-like town before its state is a place', ['He grew up in Jackson, Mississippi and moved north.'], { name: 'Jackson', kind: 'place' }],
  ['a name before a state and a title stays a person', ['The letter was signed by Kessler, Texas governor Ada Voss and others. Kessler said no.'], { name: 'Kessler', kind: 'person' }],
  // Peoples.
  ['the people of a city in the plural is no person', ['After the flood, many San Varnicans moved inland.'], { absent: 'San Varnicans' }],
  // The French elided particle.
  ['a surname with "d\'" is part of the name', ["Dumas names Pescheux d'Orvanville, who was one of them."], { name: "Pescheux d'Orvanville", kind: 'person' }],
];

describe('people on real text', () => {
  it.each(PEOPLE_ROWS)('%s', (_rule, texts, want) => {
    expectActorRow(texts, want);
  });
});
