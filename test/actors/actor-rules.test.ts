// Actor rules added for real text (people, organisations and places in biographies, guides,
// interviews and speeches as much as in news): one row per rule, invented text throughout.

import { describe, it } from 'vitest';
import { type ActorRow, expectActorRow } from './actor-rows.ts';

const ACTOR_RULE_ROWS: ActorRow[] = [
  // Gazetteer: a capital is a city unless it acts for its government.
  ['a capital used as a place is the city', ['Mira Telk flew from Oslo to Paris in May.'], { name: 'Paris', kind: 'place' }],
  ['a capital used as a place is not its country', ['Mira Telk flew from Oslo to Paris in May.'], { absent: 'France' }],
  ['a capital that acts is its government', ['Tokyo has rejected the offer, and Moscow said nothing.'], { name: 'Japan', kind: 'place', alias: 'Tokyo' }],
  ['a capital’s possessive position is its government', ['Moscow’s position hardened after the vote.'], { name: 'Russia', alias: 'Moscow' }],
  // Demonyms.
  ['a demonym alone is no actor', ['The Chinese zodiac has twelve animals.'], { absent: 'China' }],
  ['a demonym before a word of state is its country', ['Chinese officials declined to comment.'], { name: 'China', kind: 'place' }],
  ['a demonym joins its country where the country is named', ['Greece is warm. Greek food is famous.'], { name: 'Greece', alias: 'Greek' }],
  // A larger gazetteer.
  ['a US state is a place', ['Her family moved to a farm in Nebraska.'], { name: 'Nebraska', kind: 'place' }],
  ['a major city is a place without a preposition', ['Glasgow remained her home for a decade.'], { name: 'Glasgow', kind: 'place' }],
  ['a city with diacritics is a place', ['Łódź grew quickly around its mills.'], { name: 'Łódź', kind: 'place' }],
  ['an international body is an organisation', ['UNESCO listed the old town as a heritage site.'], { name: 'UNESCO', kind: 'organization' }],
  // Places by their prepositions.
  ['an unknown word after "near" is a place', ['The ferry docks near Vellomar twice a day.'], { name: 'Vellomar', kind: 'place' }],
  ['an unknown word after "to" is a place', ['Buses run to Qarnis every hour.'], { name: 'Qarnis', kind: 'place' }],
  ['an unknown word after "southeast of" is a place', ['The park lies southeast of Varnholm.'], { name: 'Varnholm', kind: 'place' }],
  ['a part of a known place is a place of its own', ['We stayed in West Oakland for a week.'], { name: 'West Oakland', kind: 'place' }],
  ['a direction before a demonym makes no place', ['East European states met in May.'], { absent: 'East European' }],
  ['several unknown words after "in" are one place', ['Hotels in Grande Falaise fill up in August.'], { name: 'Grande Falaise', kind: 'place' }],
  ['a word also written in lower case is no place', ['See the note in Appendix B. The appendix lists the fees.'], { absent: 'Appendix' }],
  ['a surname after "to" is no place', ['Poems by Walt Brennick were sent to Brennick later.'], { name: 'Walt Brennick', kind: 'person', alias: 'Brennick' }],
  ['a surname after a sentence-opening word is the person', ['Ilse Varnhold painted harbours. Following Varnhold’s lead, others came.'], { name: 'Ilse Varnhold', alias: 'Varnhold' }],
  ['a known surname after "to" is no place', ['The letter went to Einstein in 1921.'], { name: 'Einstein', kind: 'person' }],
  // A known first name or surname alone.
  ['a known first name alone in running text is a person', ['The editors thanked Rebecca for the map.'], { name: 'Rebecca', kind: 'person' }],
  ['a known first name opening a sentence before a verb is a person', ['Rebecca moved to the coast in spring.'], { name: 'Rebecca', kind: 'person' }],
  ['a known first name opening a sentence before a noun is no person', ['Grant money ran out in May.'], { absent: 'Grant' }],
  // Titles before venues and people.
  ['a title before a venue’s name makes no person', ['Pilgrims crowd the Sheikh Lotfar Mosque at dawn.'], { name: 'Sheikh Lotfar Mosque', kind: 'place' }],
  ['a title before a name ending like a venue is still a person when the word is a surname', ['Judge Ada Park dismissed the case.'], { name: 'Ada Park', kind: 'person' }],
  ['one word after a title’s "of" phrase ends that phrase', ['She was Professor of Intellectual Property at Varn.'], { absent: 'Property' }],
  ['an office’s "of" phrase still names the person after it', ['Secretary of State Tarrow agreed.'], { name: 'Tarrow', kind: 'person' }],
  ['the end of a place’s name after a title is no person', ['She thanked the President of the United States, Joe Barnet.'], { absent: 'States' }],
  // Teams.
  ['a city and a plural name are a team', ['He played for the Pittsburgh Pirates in May.'], { name: 'Pittsburgh Pirates', kind: 'organization' }],
  ['a team’s name without its city is an alias', ['He played for the Pittsburgh Pirates in May. The Pirates lost.'], { name: 'Pittsburgh Pirates', alias: 'Pirates' }],
  ['a team the dictionary knows is an organisation', ['The Mets won on Sunday.'], { name: 'Mets', kind: 'organization' }],
  ['a country whose name ends in -s is no team', ['The United States won the vote.'], { name: 'United States', kind: 'place' }],
  // Works and bills named after people; "Bill" as a first name.
  ['a speech named after a person is no person', ['The Varn Floor Speech was long.'], { absent: 'Varn Floor Speech' }],
  ['a statue named after a person is no person', ['Tourists photograph the Edda Marsh Statue.'], { absent: 'Edda Marsh Statue' }],
  ['"Bill" opens a person’s name', ['Yesterday Bill Narrow spoke to the crowd.'], { name: 'Bill Narrow', kind: 'person' }],
  ['a bill is still no person', ['The Kessing Bill passed in May.'], { absent: 'Kessing Bill' }],
  // A surname two people share.
  ['a surname past the paragraph of a relative’s full name is the subject’s', ['Matthew Orsk was born in Varn. His father, Ralph Orsk, was a doctor.\n\nOrsk studied law in Varn.'], { name: 'Matthew Orsk', alias: 'Orsk' }],
  ['a surname in the paragraph of a relative’s full name is the relative’s', ['Matthew Orsk was born in Varn.\n\nHis father, Ralph Orsk, was a doctor. Orsk died young.'], { name: 'Ralph Orsk', alias: 'Orsk' }],
  // Places in organisations' names.
  ['a place leading a university’s name is part of it', ['She studied at Glasgow University for two years.'], { name: 'Glasgow University', kind: 'organization' }],
  ['a place before an organisation the gazetteer knows stays a place', ['She ran as a U.S. Republican Party candidate.'], { name: 'United States', alias: 'U.S.' }],
  ['a place inside an organisation’s name is a place too', ['She studied at Glasgow University for two years.'], { name: 'Glasgow', kind: 'place' }],
  ['a city inside an organisation’s name is not its country', ['The University of Oslo issued a note.'], { name: 'Oslo', kind: 'place', notAlias: 'Norway' }],
  // Head words.
  ['a French leading word makes a place', ['Ferries leave for Basse Orvelle at noon.'], { name: 'Basse Orvelle', kind: 'place' }],
  ['a venue is a place, not a person', ['Crowds filled the Harlow Arena on Friday.'], { name: 'Harlow Arena', kind: 'place' }],
  ['a bridge named after a person is a place', ['Walk across the Edda Marsh Bridge at dusk.'], { name: 'Edda Marsh Bridge', kind: 'place' }],
  ['a foreign leading head makes a place', ['Cafés line Plac Wolnarski.'], { name: 'Plac Wolnarski', kind: 'place' }],
  ['an orchestra is an organisation', ['The Kessing Orchestra played Brahms.'], { name: 'Kessing Orchestra', kind: 'organization' }],
  ['a paper is an organisation', ['She wrote for the Dunmore Paper for years.'], { name: 'Dunmore Paper', kind: 'organization' }],
  // Titles of works and abstract phrases are no people.
  ['a title of a work whose words the text uses in lower case is no person', ['Ilse Varnhold wrote the Harbour Concerto in 1901. The concerto was long.'], { absent: 'Harbour Concerto' }],
  ['an abstract phrase is no person', ['The plan follows the Coastal Resilience Goals closely.'], { absent: 'Coastal Resilience Goals' }],
  ['a foreign name whose words the text never uses in lower case is still a person', ['Wendelin Orsky painted the harbour.'], { name: 'Wendelin Orsky', kind: 'person' }],
  // Aliases merged.
  ['an abbreviation defined in brackets is an alias', ['The Brevian People’s Army (BPA) moved north. BPA units crossed the river.'], { name: 'Brevian People’s Army', alias: 'BPA' }],
  ['a defined abbreviation may skip small words', ['The Ossel Interim Water Mission in Qarnis (OIWM) reported.'], { name: 'Ossel Interim Water Mission', alias: 'OIWM' }],
  ['a short form without the head word joins the university', ['She studied at Vellmark University. Students from Vellmark won the prize.'], { name: 'Vellmark University', alias: 'Vellmark' }],
  ['a short form written in running text is an alias', ['She taught at Orvell University. Teaching at Orvell was hard.'], { name: 'Orvell University', alias: 'Orvell' }],
  ['a short form may drop qualifiers before the head', ['Walk through the Tarnoa National Historic Reserve. Tarnoa is quiet at dawn.'], { name: 'Tarnoa National Historic Reserve', alias: 'Tarnoa' }],
  ['an island’s short form joins the island', ['Ferries reach Varnoa Island daily. Varnoa is green.'], { name: 'Varnoa Island', alias: 'Varnoa' }],
  ['a university’s short form the gazetteer knows as a place stays the place', ['She taught at Glasgow University. Glasgow is rainy.'], { name: 'Glasgow University', notAlias: 'Glasgow' }],
  ['a short form that is part of a person’s name is no alias', ['Jack Orvell founded Orvell College. Later Orvell retired.'], { name: 'Orvell College', notAlias: 'Orvell' }],
  ['a person of an organisation is split from it', ['Dana Orvik of the Kessing Institute said it would fail.'], { name: 'Dana Orvik', kind: 'person' }],
  ['the organisation after a person’s "of" is its own actor', ['Dana Orvik of the Kessing Institute said it would fail.'], { name: 'Kessing Institute', kind: 'organization' }],
  ['a surname after a sentence that ends in a name is the person', ['Wikinews met Tamsin Orle, a member of the Gliders. Orle, a medallist, retired.'], { name: 'Tamsin Orle', alias: 'Orle' }],
  ['a person addressed by a title carries that form', ['Speaker Wenna Tarrow opened the session. Later Speaker Tarrow left.'], { name: 'Wenna Tarrow', alias: 'Speaker Tarrow' }],
  ['a title that is no form of address adds no alias', ['Analyst Wenna Tarrow said the gates opened.'], { name: 'Wenna Tarrow', notAlias: 'Analyst Wenna Tarrow' }],
  ['a head word after "the" is the one name with that head', ['The Society of Varn Painters met in May. Members said the Society would grow.'], { name: 'Society of Varn Painters', alias: 'Society' }],
  ['a head word two names share is neither’s alias', ['Guests at the Orsk Lodge and the Tilde Lodge liked the Lodge best.'], { name: 'Orsk Lodge', notAlias: 'Lodge' }],
  ['a nickname and the full given name are one person', ['Lawrence Tarrow spoke first. Later Larry Tarrow left.'], { name: 'Lawrence Tarrow', alias: 'Larry Tarrow' }],
  ['a "Republic of" form is its place’s alias', ['The Republic of Albania signed the pact. Albania is small.'], { name: 'Albania', alias: 'Republic of Albania' }],
  ['an organisation without the place before its name is the same organisation', ['The Danish Workers Party met. The Workers Party then voted.'], { name: 'Danish Workers Party', alias: 'Workers Party' }],
  ['two places before one name keep it apart', ['The Danish Workers Party and the Swedish Workers Party met. The Workers Party voted.'], { name: 'Danish Workers Party', notAlias: 'Workers Party' }],
  ['the same two names in the other order are one person', ['Higa Natsu wrote poems. Later Natsu Higa left Varn.'], { name: 'Higa Natsu', alias: 'Natsu Higa' }],
  ['a first name after a surname and a comma in a reading list is no one', ['Reading: Varnholt, Jane. The Harbour Book.'], { absent: 'Jane' }],
  ['a trade ending in -cian is no place', ['The Mathematician minister spoke.'], { absent: 'Mathematicia' }],
  ['New South Wales is not Wales', ['Sydney is in New South Wales. Cardiff is in Wales.'], { name: 'New South Wales', notAlias: 'Wales' }],
  // Junk and numbers.
  ['a numbered road is a place', ['Take the A71 north past Brennick.'], { name: 'A71', kind: 'place' }],
  ['an era abbreviation is no actor', ['The fort was built around 300 BCE.'], { absent: 'BCE' }],
  ['a currency code is no actor', ['Rooms cost 900 DKK a night.'], { absent: 'DKK' }],
  ['a word shouted in capitals is no actor', ['Book NOW for the summer season.'], { absent: 'NOW' }],
];

describe('actor rules', () => {
  it.each(ACTOR_RULE_ROWS)('%s', (_rule, texts, want) => {
    expectActorRow(texts, want);
  });
});
