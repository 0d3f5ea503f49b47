// Places and people on real-text patterns (guides, biographies, speeches): one row per rule,
// invented text throughout.

import { describe, expect, it } from 'vitest';
import { type ActorRow, expectActorRow } from '../actors/actor-rows.ts';
import { createGazetteer } from '../../src/analyse/gazetteer.ts';
import { findMentions } from '../../src/analyse/mentions.ts';
import type { ActorKind } from '../../src/briefing.ts';

const ROWS: ActorRow[] = [
  // Demonyms inferred from an unknown adjective.
  ['a demonym before a noun of state infers its country', ['Pellandian diplomats left the talks early.'], { name: 'Pellandia', kind: 'place', alias: 'Pellandian' }],
  ['an adjective of style infers no country', ['The street is lined with Vossarian houses and old oaks.'], { absent: 'Vossaria' }],
  ['an adjective of a school infers no country', ['He stayed for years in a Tarquinian monastery.'], { absent: 'Tarquinia' }],
  ['a creed ending in -arian infers no country', ['She joined the Quellarian Party in 1990.'], { absent: 'Quellaria' }],
  // Prepositions of travel and place.
  ['a Latin name after "to" is no destination', ['The monks were devoted to Ambrosius for many years.'], { absent: 'Ambrosius' }],
  ['a language after "in" is no place', ['The guidebook is printed in Danish and in Sanskrit.'], { absent: 'Sanskrit' }],
  ['an adjective after "to" is no place', ['The chamber will return to Vellish control next year.'], { absent: 'Vellish' }],
  ['the place after "of" in a person’s epithet is a place, not a surname', ['Orbanus of Qelmet founded a school. Many pupils came to Qelmet. Orbanus taught there.'], { name: 'Qelmet', kind: 'place' }],
  ['an unknown word after "born at" is a place', ['The poet was born at Quellum, a village on the coast.'], { name: 'Quellum', kind: 'place' }],
  ['an unknown word after a sentence-opening "At" is a place', ['At Varnhold, where he stayed longest, two friends died.'], { name: 'Varnhold', kind: 'place' }],
  ['a company the dictionary knows after a sentence-opening "At" stays a company', ['At Toyota, labour and management work side by side.'], { name: 'Toyota', kind: 'organization' }],
  ['an unknown word after "at" inside a sentence is left alone', ['She worked at Brixo for years.'], { absent: 'Brixo' }],
  // Lists.
  ['names listed with places are places', ['The region takes in Sacramento, Fresno, Kellow, Dunmarra and Oakland.'], { name: 'Dunmarra', kind: 'place' }],
  ['a first name listed with places is a place', ['Suburbs such as Sacramento, Fresno, Tarrow and Gilbert grew fast.'], { name: 'Gilbert', kind: 'place' }],
  ['names after "the islands" are places', ['From the cliff you see the islands Vell Morne, Anna Terre and Sicily.'], { name: 'Vell Morne', kind: 'place' }],
  ['people listed with two places stay people', ['We met Anna Berg, Tomas Lind, Paris and Rome.'], { name: 'Anna Berg', kind: 'person' }],
  ['a town and its state before a surname are no list', ['Ada Varga spoke twice. At a rally in Coral Bay, Florida, Varga said it again.'], { name: 'Ada Varga', kind: 'person', alias: 'Varga' }],
  ['a speaker after "from" is no destination', ['The change in tone from Varga was plain. Varga said she would not back down.'], { name: 'Varga', kind: 'person' }],
  // Credits and gazetteer context.
  ['a demonym in a hyphenated compound is no place', ['She became the first African-American senator of her state.'], { absent: 'Africa' }],
  ['a continent’s adjective alone is no place', ['The ship carried European settlers and goods.'], { absent: 'Europe' }],
  ['a continent’s adjective joins the continent where it is named', ['Europe was at war. European leaders met in May.'], { name: 'Europe', alias: 'European' }],
  ['a spaced slash in running text is no picture credit', ['From the North / Nebraska take the turnpike south from Omaha.'], { name: 'Nebraska', kind: 'place' }],
  ['a spaced slash in a credit line still marks a credit', ['A view of the harbour. Photo by Ana Tesk / Vellor Images'], { absent: 'Vellor Images' }],
  ['"the North" alone is no country', ['From the North the road climbs to the pass.'], { absent: 'North Korea' }],
  ['"the North" beside its country’s name is that country', ['North Korea fired a missile. Talks with the North stalled.'], { name: 'North Korea', alias: 'the North' }],
  // People.
  ['a name in capitals opened by a known first name is a person', ['The oath was given, and MARIA TESKOVA took her seat in the chamber.'], { name: 'Maria Teskova', kind: 'person' }],
  ['a surname in capitals after a title is that person', ['Today MARIA TESKOVA took her seat. We welcome Senator TESKOVA to the chamber.'], { name: 'Maria Teskova', alias: 'TESKOVA' }],
  ['a surname in capitals after a title alone is a person', ['We welcome Senator VARNHOLT to the chamber today.'], { name: 'Varnholt', kind: 'person' }],
  ['a building named with a title is no person', ['We prayed at the Imam Mosque near the market.'], { absent: 'Mosque' }],
  ['a surname that is also a venue word stays a person after a title', ['Senator Hall spoke first, then Mr. Park.'], { name: 'Hall', kind: 'person' }],
  ['a headline in capitals names no one', ['MARIA TESKOVA WINS'], { absent: 'Maria Teskova' }],
  // "and" between two surnames after a sentence-opening word; a surname the text makes act.
  ['"Both A and B" opening a sentence is two people, not one', ['Quan Lifeng married Yarrow Tess in 1920. Both Quan and Yarrow were known for their humour.'], { absent: 'Quan and Yarrow' }],
  ['a surname the text makes act twice is a person', ['Born in a river town, Quorvel went abroad in 1910. Later Quorvel taught music and Quorvel wrote two books.'], { name: 'Quorvel', kind: 'person' }],
  ['a word that acts only once is left alone', ['In 1910 Quorvel went abroad with friends.'], { absent: 'Quorvel' }],
  ['a French adjective ends a book’s title, not a name', ['He wrote the Phonologie Tarvoise in 1920 and taught for years.'], { absent: 'Phonologie Tarvoise' }],
  ['a Latin adjective ends a treatise’s title, not a name', ['It resembles Orsini’s Harmonia Vellica in its plan.'], { absent: 'Harmonia Vellica' }],
  ['a place in -ica after "of" keeps the person', ['Pelagius wrote to his friend Bonitus of Vardica, and Bonitus of Vardica replied.'], { name: 'Bonitus of Vardica', kind: 'person' }],
  ['a footnote mark ends the sentence before a capitalised occupation', ['He wrote to the academy. [12] Mathematician Orlo Venning said of this letter that it was clear.'], { name: 'Orlo Venning', kind: 'person' }],
  ['"Tsar" is a title, not part of the name', ['As a soldier he joined the army under Tsar Ivor Aleksandrov, and later Tsar Aleksandrov made him a general.'], { name: 'Ivor Aleksandrov', alias: 'Tsar Aleksandrov' }],
  // Two names given as one person's.
  ['a full name "or" its short form before a bracket is one person', ['Jens Ove Harald Lindqvar or Ove Lindqvar (1860 – 1943) was a linguist. Ove Lindqvar was born in a small town.'], { name: 'Ove Lindqvar', alias: 'Jens Ove Harald Lindqvar' }],
  ['a birth name and a pseudonym are one person', ['Ada Nicole Brennow (born 1986), better known by her pseudonym Ada Marbleton, is a comedian. Ada Marbleton said so.'], { name: 'Ada Marbleton', alias: 'Ada Nicole Brennow' }],
  ['"also known as" joins two names', ['Tomas Aleksander Brekke, also known as Tom Brekke, sailed north. Tom Brekke said it was cold.'], { name: 'Tom Brekke', alias: 'Tomas Aleksander Brekke' }],
  ['two people of one family joined by "or" stay two', ['We met Tomas Berg or Ana Berg (the clerk said either).'], { name: 'Tomas Berg', notAlias: 'Ana Berg' }],
  // Regnal and generational numbers; French honorifics.
  ['a known first name and a regnal number is a person', ['In 1702 the crown passed to Ottokar, then to Gustav IV for a decade.'], { name: 'Gustav IV', kind: 'person' }],
  ['a full name and a generational number is the person, named without the number', ['I thank Wilbur Tanslow III, who chaired the panel.'], { name: 'Wilbur Tanslow', kind: 'person' }],
  ['a number after a war is no person', ['He served in World War II as a nurse.'], { absent: 'World War II' }],
  ['a pronoun after a name is no regnal number', ['Yesterday Marta I met at the station.'], { absent: 'Marta I' }],
  ['a French honorific names a person, whatever her surname ends with', ['He loved a Mademoiselle Odile Varenne du Chalet, the daughter of a baker.'], { name: 'Odile Varenne du Chalet', kind: 'person' }],
  ['a surname with its particle after an honorific joins the full name', ['He loved a Mademoiselle Corinne Vartan du Pellier, a painter. Mlle. du Pellier wrote to him often.'], { name: 'Corinne Vartan du Pellier', alias: 'Mlle. du Pellier' }],
];

describe('places and people on real-text patterns', () => {
  it.each(ROWS)('%s', (_rule, texts, want) => {
    expectActorRow(texts, want);
  });
});

// Rows checked on the mentions themselves, where the actor list would hide the difference.
const MENTION_ROWS: [rule: string, text: string, surface: string, kind: ActorKind | null][] = [
  ['a gospel named for someone is no person', 'Scholars read the Gospel of Varnus closely.', 'Gospel of Varnus', null],
  ['a creed is no person', 'His mother was a Roman Catholic all her life.', 'Roman Catholic', null],
  ['initials alone are no person', 'Varn lived in the U. K. for years.', 'U. K.', null],
  ['initials before a surname are a person', 'The letter went to H. R. Tolley in May.', 'H. R. Tolley', 'person'],
];

describe('mentions on real-text patterns', () => {
  const gazetteer = createGazetteer();
  it.each(MENTION_ROWS)('%s', (_rule, text, surface, kind) => {
    const found = findMentions(text, gazetteer).filter((m) => m.text === surface);
    expect(found.map((m) => m.kind)).toEqual(kind ? [kind] : []);
  });
});
