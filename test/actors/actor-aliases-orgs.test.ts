// Alias merging and organisation rules added for real text (issue 14): one row per rule,
// invented names throughout.

import { describe, expect, it } from 'vitest';
import { type ActorRow, expectActorRow } from './actor-rows.ts';
import { longNameBefore } from '../../src/stages/actors/actor-index.ts';

const ROWS: ActorRow[] = [
  // Accents.
  ['a name with and without accents is one actor', ['Ferries reach Valdaña at noon. Buses to Valdana are slow.'], { name: 'Valdaña', alias: 'Valdana' }],
  ['a Danish å and its aa spelling are one actor', ['We cycled to Tåsvig in May. Buses run to Taasvig daily.'], { name: 'Taasvig', alias: 'Tåsvig' }],
  // Head references.
  ['"the House" is the House of …, not the White House', ['Orla Venn joined the House of Representatives. The White House said nothing, and the House voted.'], { name: 'House of Representatives', alias: 'House' }],
  ['"the House" is no alias of the White House', ['Orla Venn joined the House of Representatives. The White House said nothing, and the House voted.'], { name: 'White House', notAlias: 'House' }],
  // Place-qualified forms.
  ['a place before an organisation’s name is one of its forms', ['Orla Venn sat in Congress for years. The U.S. Congress then adjourned.'], { name: 'Congress', alias: 'U.S. Congress' }],
  ['an organisation "of" a place is one of its forms', ['The Senate met in May. Orla Venn spoke to the Senate of the United States.'], { name: 'Senate', alias: 'Senate of the United States' }],
  ['an organisation "of" an international body is one of its forms', ['She addressed the UN General Assembly in May. The General Assembly of the United Nations then voted.'], { name: 'UN General Assembly', alias: 'General Assembly of the United Nations' }],
  ['a qualifying place does not run past the sentence’s end', ['The Senate met in May. Orla Venn spoke to the Senate of the United States. Then Varn voted.'], { name: 'Senate', alias: 'Senate of the United States' }],
  ['two places qualifying one name add neither', ['The Senate met. The Ohio Senate and the U.S. Senate disagreed.'], { name: 'Senate', notAlias: 'Ohio Senate' }],
  // Abbreviations after long names.
  ['an abbreviation after a long name the mentions split is that name’s alias', ['Thanks go to the United Nations Interim Water Mission in Qarnis (UNMQ) for its help. UNMQ stayed.'], { name: 'United Nations Interim Water Mission in Qarnis', alias: 'UNMQ' }],
  ['a bracketed abbreviation that spells no name before it adds nothing', ['The Varn Rowing Club met on the pier (ABC). ABC paid.'], { name: 'ABC', notAlias: 'Varn Rowing Club' }],
  // Surnames alone.
  ['a surname alone is an alias of the one person with it', ['Wikinews interviews Dorrit Quell.\n\nQuell explained how the images were made.'], { name: 'Dorrit Quell', alias: 'Quell' }],
  ['a surname only inside a longer name is no alias', ['Dorrit Quell founded the Quell Foundation in Varn.'], { name: 'Dorrit Quell', notAlias: 'Quell' }],
  ['a title of address before a name another rule found is kept as a form', ['Ilse Varnhold, the mayor, spoke. Sister Ilse Varnhold left.'], { name: 'Ilse Varnhold', alias: 'Sister Ilse Varnhold' }],
  ['initials and the head are a form of the name', ['Walk across the Orla Venn Bridge at dusk. The OV Bridge is busy at noon.'], { name: 'Orla Venn Bridge', alias: 'OV Bridge' }],
  ['the plural of an island group’s word is its alias', ['Ferries reach the Varnack Islands weekly. Life on the Varnacks is quiet.'], { name: 'Varnack Islands', alias: 'Varnacks' }],
  // US state codes, street abbreviations, New York.
  ['a state’s postal code after a town is the state’s alias', ['Orla Venn lives in Varnbrook, NJ, and works across New Jersey.'], { name: 'New Jersey', alias: 'NJ' }],
  ['a postal code of a state the text does not name adds nothing', ['Orla Venn lives in Varnbrook, NJ.'], { absent: 'New Jersey' }],
  ['an abbreviated street is the street’s alias', ['Shops line Orvell Street; parking on Orvell St. is scarce.'], { name: 'Orvell Street', alias: 'Orvell St.' }],
  ['"New York" beside "New York City" is the city', ['Orla Venn moved to New York City in May. New York was loud.'], { name: 'New York City', alias: 'New York' }],
  ['"New York" is not the city where the text names the state', ['Orla Venn left New York City for upstate New York.'], { name: 'New York City', notAlias: 'New York' }],
  ['an airport’s code is its alias', ['Tarn Regional Airport (IATA: TRN) lies north of Varn. Flights from TRN are cheap.'], { name: 'Tarn Regional Airport', alias: 'TRN' }],
  ['a code label is no actor', ['Tarn Regional Airport (IATA: TRN) lies north of Varn.'], { absent: 'IATA' }],
  ['an abbreviation defined for words in lower case is a term, no actor', ['Linguists assess the source text (ST) first. The ST is long.'], { absent: 'ST' }],
  ['a month shouted in capitals is no actor', ['MARCH 3, 2021 PRESS RELEASE\n\nOrla Venn spoke in Varn.'], { absent: 'MARCH' }],
  ['a slash between two bodies is no picture credit', ['Varn follows OSCE/Office for Democratic Institutions and Human Rights advice.'], { name: 'OSCE', kind: 'organization' }],
  ['an agency beside a slash is still a credit', ['The harbour at dawn. Photo: Reuters/Getty Images'], { absent: 'Reuters' }],
  // Organisations.
  ['a body’s head word alone after "the" is an organisation', ['Orla Venn said the Government would review the plan.'], { name: 'Government', kind: 'organization' }],
  ['a body’s head word opening a sentence with "The" is an organisation', ['The Cabinet met on Monday in Varn.'], { name: 'Cabinet', kind: 'organization' }],
  ['a head word without "the" is no organisation', ['Orla Venn studied Government in Varn.'], { absent: 'Government' }],
  ['"the Army and the Navy" are two organisations', ['Later the Army and the Navy sent ships to Varn.'], { name: 'Navy', kind: 'organization' }],
  ['a common word before "and" keeps the name whole', ['Orla Venn chairs the Ways and Means Committee.'], { name: 'Ways and Means Committee', kind: 'organization' }],
  ['an office "of" an organisation names the organisation', ['Helga Brandt, President of the International Brotherhood of Jugglers, spoke.'], { name: 'International Brotherhood of Jugglers', kind: 'organization' }],
  ['a membership "of" an organisation names the organisation', ['Helga Brandt was a Fellow of the Royal Society of Tarnia.'], { name: 'Royal Society of Tarnia', kind: 'organization' }],
  ['an office "of" a place is no organisation', ['Helga Brandt, Governor of the Tarnia Province, spoke.'], { absent: 'Tarnia Province' }],
  ['a centre named without "for" is a building', ['The Orvell Community Center opened in May.'], { name: 'Orvell Community Center', kind: 'place' }],
  ['a centre "for" something is a body', ['The Varn Center for Coastal Studies met in May.'], { name: 'Varn Center for Coastal Studies', kind: 'organization' }],
  ['a research centre is a body', ['The Kessing Research Center published a poll.'], { name: 'Kessing Research Center', kind: 'organization' }],
  ['"Air" and a name is an airline', ['Flights on Air Tarnia leave daily for Vellomar.'], { name: 'Air Tarnia', kind: 'organization' }],
  ['"Air" and a country is an airline, not the country', ['She flew Air Canada to Varn.'], { name: 'Air Canada', kind: 'organization' }],
  ['a one-word airline is an organisation', ['Passengers can fly JetBlue or WestJet from Varn.'], { name: 'WestJet', kind: 'organization' }],
  ['an office after an organisation’s name is no part of it', ['She thanked Orla Venn, Office of Coastal Policy Acting Director.'], { name: 'Office of Coastal Policy', kind: 'organization' }],
  ['a foreign head before "de" makes an organisation', ['Ilse Varn studied at the Conservatoire de Tarnac.'], { name: 'Conservatoire de Tarnac', kind: 'organization' }],
  ['a team whose city only the gazetteer knows is a team', ['He was traded to the St. Louis Cardinals in May.'], { name: 'St. Louis Cardinals', kind: 'organization' }],
  ['a minor-league level may open a team’s name', ['He joined the Triple-A Indianapolis Indians in June.'], { name: 'Triple-A Indianapolis Indians', kind: 'organization' }],
  ['a demonym before a plural is no team', ['Israelis and Palestinians met in Varn.'], { absent: 'Israelis and Palestinians' }],
];

describe('alias and organisation rules', () => {
  it.each(ROWS)('%s', (_rule, texts, want) => {
    expectActorRow(texts, want);
  });
});

describe('longNameBefore', () => {
  it.each([
    ['the work of the Ossel Interim Water Mission in Qarnis', 'OMQ', 'Ossel Interim Water Mission in Qarnis'],
    ['praise for the Korvan People’s Front', 'KPF', 'Korvan People’s Front'],
    ['they met the Varn Rowing Club', 'ABC', undefined],
    ['a talk with Tarn and', 'TA', undefined],
  ])('%s (%s)', (before, abbr, want) => {
    expect(longNameBefore(before, abbr)).toBe(want);
  });
});
