// Places and organisations told by context and by a larger gazetteer (issue 14): compass regions,
// numbered streets, languages that are no country, events "of" a place, a place's features and
// bodies. One row per rule, invented text throughout.

import { describe, expect, it } from 'vitest';
import { actorsOf, article } from '../quotes/helpers.ts';
import { type ActorRow, expectActorRow } from './actor-rows.ts';

const PLACE_CONTEXT_ROWS: ActorRow[] = [
  // Compass points as regions.
  ['a compass point after "the" is a region', ['Trade with the West grew slowly that decade.'], { name: 'West', kind: 'place' }],
  ['a compass point opening a sentence after "The" is a region', ['The South stayed poor for years.'], { name: 'South', kind: 'place' }],
  ['a compass point in a longer name is no region of its own', ['She farmed in the West Varnholt hills.'], { absent: 'West' }],
  ['a compass point without "the" is no region', ['Turn West at the mill and walk on.'], { absent: 'West' }],
  ['a compass point after a sentence’s opening words is a region', ['From the Southwest take the old highway.'], { name: 'Southwest', kind: 'place' }],
  // Numbered parts of sites, and roads.
  ['a terminal with a number is a place', ['Buses leave from Terminal 4 every hour.'], { name: 'Terminal 4', kind: 'place' }],
  ['a building with a number is a place', ['The probe was assembled in Building 31.'], { name: 'Building 31', kind: 'place' }],
  ['a country’s code before a road number is no country', ['Take US-75 north for an hour.'], { absent: 'United States' }],
  ['a road with a direction is the road', ['Take I-52 West to the river, then I-52 East back.'], { name: 'I-52', kind: 'place', alias: 'I-52 West' }],
  // Numbered streets.
  ['an ordinal before a street head is a numbered street', ['The bakery sits on 51st Street near the park.'], { name: '51st Street', kind: 'place' }],
  ['a compass letter and an ordinal before an abbreviated head are one street', ['Take the bus to N 44th St and walk north.'], { name: 'N 44th St', kind: 'place' }],
  ['a stray street abbreviation is no actor', ['The shop is at 1214 Denver Ave, next to the bank.'], { absent: 'Ave' }],
  // Languages are no countries.
  ['a demonym after a verb of language is no alias of its country', ['Mira Telk lived in Japan and taught herself Japanese there.'], { name: 'Japan', notAlias: 'Japanese' }],
  ['a demonym before a noun still joins its named country', ['Mira Telk lived in Japan. Japanese trains impressed her.'], { name: 'Japan', alias: 'Japanese' }],
  ['a language alone names no country', ['The letters were written in Danish.'], { absent: 'Denmark' }],
  // Events named "of" a place.
  ['a siege "of" a place is no person', ['The Siege of Varnholt ended in May.'], { absent: 'Siege of Varnholt' }],
  ['the place a battle is "of" is a place', ['He fought at the Battle of Corvale in 1801.'], { name: 'Corvale', kind: 'place' }],
  // Features and bodies of known places.
  ['a known place before a river head is the river', ['Barges still use the Arkansas River daily.'], { name: 'Arkansas River', kind: 'place' }],
  ['a known place before a province head is the province', ['Most visitors stay in Isfahan Province for a week.'], { name: 'Isfahan Province', kind: 'place' }],
  ['a place before a river head is not the place alone', ['Barges still use the Arkansas River daily.'], { absent: 'Arkansas' }],
  ['a government "of" a place is an organisation', ['We thank the Government of Tarvonia for its help.'], { name: 'Government of Tarvonia', kind: 'organization' }],
  ['a body after a place is that place’s body', ['He served in the U.S. Army for three years.'], { name: 'U.S. Army', kind: 'organization' }],
  ['the place before its body stays a place', ['He served in the U.S. Army for three years.'], { name: 'United States', kind: 'place' }],
  // A place's head before "of"; places leading places' names.
  ['"the Gulf" before "of" opens the gulf’s name', ['Cool winds blow from the Gulf of Mexico at night.'], { name: 'Gulf of Mexico', kind: 'place' }],
  ['a municipality "of" a name is a place', ['In 1950 the Municipality of Varnoa was created.'], { name: 'Municipality of Varnoa', kind: 'place' }],
  ['a museum "of" a subject is a place', ['We spent a day in the Tarvon Museum of Art.'], { name: 'Tarvon Museum of Art', kind: 'place' }],
  ['a known place leading a venue’s name is part of it', ['Visit the Cleveland Museum of Art on Sundays.'], { name: 'Cleveland Museum of Art', kind: 'place' }],
  ['a known place leading an airport’s name is part of it', ['Most flights land at Newark Airport in the evening.'], { name: 'Newark Airport', kind: 'place' }],
  ['a known place leading an airport’s name is a place too', ['Most flights land at Newark Airport in the evening.'], { name: 'Newark', kind: 'place' }],
  ['two places joined by "and" stay two', ['The city lies between the Great Plains and the Ozark Plateau.'], { name: 'Great Plains', kind: 'place' }],
  // Titles before features' heads.
  ['a title before a street’s head is no person', ['Walk down Admiral Blvd to the river.'], { name: 'Admiral Blvd', kind: 'place' }],
  ['a title before a creek’s head is no person', ['Suburbs such as Queen Creek keep growing.'], { name: 'Queen Creek', kind: 'place' }],
  ['a title before a surname that is also a head is still a person', ['Judge Park ruled on Monday.'], { name: 'Park', kind: 'person' }],
  ['a team named after a bay is an organisation', ['He played for the Tampa Bay Rays in 2010.'], { name: 'Tampa Bay Rays', kind: 'organization' }],
  // Bodies' names in longer names and before "and".
  ['a known party ending a longer name is part of it', ['He co-founded the National Democratic Party in Varnia.'], { name: 'National Democratic Party', kind: 'organization' }],
  ['a known party after a place stays the known party', ['She joined the U.S. Senate in 2001.'], { name: 'Senate', kind: 'organization' }],
  ['a body’s name ends before "and the"', ['It is the birthplace of both the Orvel Panther Party and the Varn Riders.'], { name: 'Orvel Panther Party', kind: 'organization' }],
  ['a body’s name ends before "and" and two words', ['We thank the Tessaly Foundation and Orsk Africa teams.'], { name: 'Tessaly Foundation', kind: 'organization' }],
  ['an abbreviated "Mount" with its dot opens a mountain’s name', ['We hiked up Mt. Talvek at dawn.'], { name: 'Mt. Talvek', kind: 'place' }],
  // Washington, D.C.
  ['"D.C." alone joins "Washington, D.C."', ['She moved to Washington, D.C. in 1990. She left D.C. in 2001.'], { name: 'Washington, D.C.', alias: 'D.C.' }],
  ['"Washington, D.C." is not the country', ['She moved to Washington, D.C. in 1990.'], { absent: 'United States' }],
  // The larger gazetteer.
  ['a historical land is a place', ['Pannonia was a Roman province.'], { name: 'Pannonia', kind: 'place' }],
  ['an international agency is an organisation', ['Frontex sent boats to the coast.'], { name: 'Frontex', kind: 'organization' }],
  ['a person’s name that is also a company’s stays the person', ['Mika Honda spoke first.'], { name: 'Mika Honda', kind: 'person' }],
];

// A name the gazetteer knows as a place, read inside a longer name, must not turn into an organisation.
const NO_ORGANISATION_ROWS: [rule: string, text: string, name: string][] = [
  ['a country after a sentence’s opening word stays a place', 'When the Soviet Union collapsed, prices rose.', 'Soviet Union'],
  ['a country before a known region stays a place', 'Sochi and the US West Coast are hours apart.', 'US'],
];

describe('places and bodies told by context', () => {
  it.each(PLACE_CONTEXT_ROWS)('%s', (_rule, texts, want) => {
    expectActorRow(texts, want);
  });
  it.each(NO_ORGANISATION_ROWS)('%s', (_rule, text, name) => {
    const orgs = actorsOf(article('a0', text, 'Outlet 0')).filter((a) => a.kind === 'organization');
    expect(orgs.flatMap((a) => [a.name, ...a.aliases])).not.toContain(name);
  });
});
