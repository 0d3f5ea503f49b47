// Forms a text gives one actor that the alias list must carry (issue 14, alias merging): short
// forms of squares and streets, names in brackets, "the State", units without "Office of", honorifics
// of other languages, epithets. One row per rule, invented names throughout.

import { describe, expect, it } from 'vitest';
import { type ActorRow, expectActorRow } from './actor-rows.ts';
import { bracketedNames, namesAPlace, roadNumbers } from '../../src/stages/actors/bracketed-names.ts';
import { withoutForeignHonorific } from '../../src/stages/actors/actor-names.ts';

const ROWS: ActorRow[] = [
  // Short forms without a square's, street's or harbour's head word.
  ['a square’s name without "Square" is the square', ['Stalls fill Varnak-e Tolu Square at dusk. The mosque north of Varnak-e Tolu is older.'], { name: 'Varnak-e Tolu Square', alias: 'Varnak-e Tolu' }],
  ['a street’s first word inside a sentence is the street', ['Shops line Orvell Street in Tarnby. Streets east of Orvell are numbered.'], { name: 'Orvell Street', alias: 'Orvell' }],
  ['a street’s first word opening a sentence is no alias', ['Shops line Orvell Street in Tarnby.\n\nOrvell prices are high.'], { name: 'Orvell Street', notAlias: 'Orvell' }],
  ['a town and its harbour are one place', ['Yachts moor in Varnafu Harbour. The market of Varnafu opens at six.'], { name: 'Varnafu Harbour', alias: 'Varnafu' }],
  // Names in brackets.
  ['a name with "The" filling the brackets is an alias', ['The Ossel Arena ("The O") hosts the Tarnby Gulls.'], { name: 'Ossel Arena', alias: 'The O' }],
  ['a name the text says it is still known as is an alias', ['Varnby Field (still known as "The Kessel" after a sale) hosts baseball.'], { name: 'Varnby Field', alias: 'The Kessel' }],
  // A place's head before "of" makes a place, so the palace is a name of its own and the name read as a person joins it (as in the next row).
  ['a bracketed palace makes a place of a name read as a person', ['9 Tarvi Dolun (The Palace of Nine Wells). Built in 1647 for the court.'], { name: 'Palace of Nine Wells', kind: 'place', alias: 'Tarvi Dolun' }],
  ['a group named in the brackets joins the name', ['7 Orvu Qesal (The Green Palace). Later the Green Palace housed guards.'], { name: 'Green Palace', alias: 'Orvu Qesal' }],
  ['an outlet in brackets after a person is where she writes', ['Orla Venn (The Varnby Courier) asked the first question.'], { name: 'Orla Venn', notAlias: 'The Varnby Courier' }],
  ['a known outlet in brackets after a person is no alias', ['Orla Venn (The Guardian) asked the first question. The Guardian ran it.'], { name: 'Orla Venn', notAlias: 'The Guardian' }],
  ['a square’s short form is no organisation', ['Crowds filled Times Square. The Times reported it.'], { name: 'Times Square', notAlias: 'Times' }],
  ['an office of a title has no short form', ['She wrote to the Office of the Prime Minister. The Prime Minister replied.'], { name: 'Office of the Prime Minister', notAlias: 'Prime Minister' }],
  ['an office of a presidency has no short form', ['She joined the Office of Vice Presidency in May. The Vice Presidency was new to her.'], { name: 'Office of Vice Presidency', notAlias: 'Vice Presidency' }],
  ['a place the gazetteer knows in brackets is where, not another name', ['The Varnby Institute (The Netherlands) opened in May.'], { name: 'Varnby Institute', notAlias: 'The Netherlands' }],
  ['a language’s name for a person is that person', ['Oswin Tarr (Latin: Osvinus Tarrentius Varro; Greek: Ὀσουῖνος) was a monk. Osvinus Tarrentius Varro was born in Tarn. Oswin Tarr wrote letters.'], { name: 'Osvinus Tarrentius Varro', alias: 'Oswin Tarr' }],
  ['"also known as" late in the brackets gives an alias', ['The Varnhal Museum (Tarnish: Varnhaal, also known as Vernhal House) holds coins.'], { name: 'Varnhal Museum', alias: 'Vernhal House' }],
  ['"aka" after a name gives an alias and joins the group so named', ['Take the Orvell Valley Expressway, aka "Tarn Memorial Expressway", north. The Tarn Memorial Expressway is fast.'], { name: 'Tarn Memorial Expressway', alias: 'Orvell Valley Expressway' }],
  ['"called" after a verb is no alias', ['Orla Venn, who called Tarvik a liar, left the Varn Institute.'], { absent: 'Tarvik' }],
  ['a road’s number before its name in brackets is an alias', ['Use I-44, US 169 (Orvell Valley Expressway), and US 75 to cross Tarnby.'], { name: 'Orvell Valley Expressway', alias: 'US 169' }],
  ['a quoted name after "or" is an alias', ['Thanks to Orla Venn (then head of the Tarnish Council for Law Digests or “Tarn Law”) for the course.'], { name: 'Tarnish Council for Law Digests', alias: 'Tarn Law' }],
  ['a place’s name in apposition is an alias', ['Sydvarnske Ølav, the South Varn Archipelago, lies south of Tarnholm.'], { name: 'South Varn Archipelago', alias: 'Sydvarnske Ølav' }],
  ['a list of names is no apposition', ['She is a saint of the Varn Church, the Tarnish Orthodox Church, the Olven Church, and others.'], { name: 'Tarnish Orthodox Church', notAlias: 'the Olven Church' }],
  ['a title in apposition is no alias', ['Orla Venn, the Party Leader, spoke in Tarnby.'], { name: 'Orla Venn', notAlias: 'the Party Leader' }],
  // Accents, venues, abbreviations closing a name.
  ['a word written with other accents is the same place', ['Ferries reach Taasvik at noon. The farms of Tåsvik, Varnø and Orsø are old.'], { name: 'Taasvik', alias: 'Tåsvik' }],
  ['a known place before a venue’s name is one of its forms', ['Flights land at Sky Tarn International Airport. Phoenix Sky Tarn International Airport is busy.'], { name: 'Sky Tarn International Airport', alias: 'Phoenix Sky Tarn International Airport' }],
  ['an abbreviation closing one organisation’s name is that organisation', ['Orla Venn joined the Air Force VRTC in May. The VRTC paid her fees.'], { name: 'Air Force VRTC', alias: 'VRTC' }],
  // Pieces of longer names; one person in two languages.
  ['a name found only inside a longer name is no actor of its own', ['The gamers of Heaven Sent Gaming won. Heaven Sent Gaming is based in Tarnby.'], { absent: 'Sent Gaming' }],
  ['a name also written alone stays an actor', ['The gamers of Heaven Sent Gaming won. Heaven Sent Gaming is based in Tarnby. Sent Gaming, a rival club, lost.'], { name: 'Sent Gaming' }],
  ['a place inside an organisation’s name stays a place', ['Orla Venn taught at Varnby State University in Tarnwick for years.'], { name: 'Tarnwick', kind: 'place' }],
  ['one person’s given name in two languages is one person', ['Pierre Anselm Varnier drew the plan. Born in Tarn, Peter Anselm Varnier sailed in 1777.'], { name: 'Pierre Anselm Varnier', alias: 'Peter Anselm Varnier' }],
  // "the State", "the States".
  ['"the State" after "State of X" is X', ['Orla Venn ran in the State of Vermont. She said the State had to act.'], { name: 'Vermont', alias: 'the State' }],
  ['"the States" is the United States', ['Orla Venn left the United States in May. Life in the States was dear.'], { name: 'United States', alias: 'the States' }],
  // Organisations' forms.
  ['a university "in" a known place is one of its forms', ['Orla Venn taught at Varnby State University in Columbus for years.'], { name: 'Varnby State University', alias: 'Varnby State University in Columbus' }],
  ['a unit without "Office of" is its form', ['She wrote to the Office of Student Welfare in May. Student Welfare did not answer.'], { name: 'Office of Student Welfare', alias: 'Student Welfare' }],
  ['a one-word unit name is no alias', ['She wrote to the Department of Fisheries in May. Fisheries matter.'], { name: 'Department of Fisheries', notAlias: 'Fisheries' }],
  // People.
  ['a French honorific is dropped in a second form', ['Galven loved Mlle. du Varnel. He wrote to Mademoiselle Odile du Varnel in May.'], { name: 'Odile du Varnel', alias: 'du Varnel' }],
  ['an epithet after a titled name stays in the form', ['Orla Venn served Tsar Olaf the Great. Later Olaf the Great made her a general.'], { name: 'Olaf the Great', alias: 'Tsar Olaf the Great' }],
  ['an epithet is no surname', ['Orla Venn served Tsar Olaf the Great. Olaf the Great won. Great plans followed.'], { name: 'Olaf the Great', notAlias: 'Great' }],
  ['a surname with a title goes to the one named with that title', ['Our host, Orin Tessel, and the director, Dr. Mara Tessel, spoke. Orin Tessel thanked all. And, Dr. Tessel, you lead well.'], { name: 'Mara Tessel', alias: 'Dr. Tessel' }],
  ['across articles, a titled surname goes to the one given that title', ['Our host Orin Tessel thanked the director, Dr. Mara Tessel. Orin Tessel spoke at length.', 'Dr. Tessel said the telescope works.'], { name: 'Mara Tessel', alias: 'Dr. Tessel' }],
  // Issue 14, second round (h26l).
  ['a capitalised word before a known place and "Square" opens the square’s name', ['Buses run south to Tom Berlin Square. Its cafés make the Square busy at noon.'], { name: 'Tom Berlin Square', alias: 'Square' }],
  ['a known place opening a sentence before "Square" is the square alone', ['Visit Berlin Square at noon. It is busy.'], { name: 'Berlin Square' }],
  ['a head alone after a preposition before a noun refers back to the one name with it', ['Guests stay at Varnga Lodge near the reserve. The beach is free to Lodge guests.'], { name: 'Varnga Lodge', alias: 'Lodge' }],
  ['a head word before "and" is no head reference', ['Guests stay at Varnga Lodge near the reserve. The prize went to Lodge and his team.'], { name: 'Varnga Lodge', notAlias: 'Lodge' }],
  ['initials with "of" before the last word are a form of the name', ['Today we open the School of Open Tarnia in Varnby. Later SOO Tarnia teams met the mayor.'], { name: 'School of Open Tarnia', alias: 'SOO Tarnia' }],
  ['a name opening with "Catedral de" is "the Cathedral"', ['Visit the Catedral de San Varnel on the square. From the Zocalo, with the Cathedral in the distance, walk east.'], { name: 'Catedral de San Varnel', alias: 'Cathedral' }],
  ['two long place names one letter apart are one name', ['The Sheikh Tarvollah Mosque has a fine dome. Next, see the Sheikh Tarv Allah Mosque from the east side.'], { name: 'Sheikh Tarv Allah Mosque', alias: 'Sheikh Tarvollah Mosque' }],
  ['short names one letter apart stay two', ['Gambia and Zambia met in Varnby. Gambia won.'], { name: 'Gambia', notAlias: 'Zambia' }],
  ['a titled surname after "the brother of" is a relative, not the person named', ['Orin Tessel was born in Varnby. Tessel played Peter Marlow, the brother of Inspector Marlow in the film Inspector Marlow Tales.'], { name: 'Peter Marlow', notAlias: 'Inspector Marlow' }],
  ['a titled surname after "the son of" is the relative named earlier with that title', ['President Joe Varnley spoke in Tarnby. Hunter Varnley, the son of President Varnley, was not there.'], { name: 'Joe Varnley', alias: 'President Varnley' }],
  ['a bracket after a name given with "called" names the same thing', ['The city has a Greek Quarter called Varnfa (originally called New Varnfa) founded by the king. Varnfa is busy.'], { name: 'Greek Quarter', alias: 'New Varnfa' }],
  ['"Persian" is Iran’s demonym', ['Persian carpets fill the bazaar of Varnhan. Iran exports them.'], { name: 'Iran', alias: 'Persian' }],
  ['Persia is an older name of Iran', ['The shah moved the capital of Persia to Varnhan in 1598. Today Iran counts the town among its jewels.'], { name: 'Iran', alias: 'Persia' }],
  ['a state’s older abbreviation after a town is the state', ['Orla Venn moved from Varnby, Calif., to Ohio. California was dear.'], { name: 'California', alias: 'Calif.' }],
];

describe('alias forms', () => {
  it.each(ROWS)('%s', (_rule, texts, want) => {
    expectActorRow(texts, want);
  });
});

describe('bracketedNames', () => {
  it.each([
    [' (The Palace of Nine Wells). Built', ['The Palace of Nine Wells']],
    [' ("The O") hosts', ['The O']],
    [' (also called Varnhall) since', ['Varnhall']],
    [' (Latin: Osvinus Varro; Greek: Ὀσουῖνος)', ['Osvinus Varro', 'Ὀσουῖνος']],
    [' (Tarnia)', []],
    [' (D-Varn.)', []],
  ])('%s', (after, want) => {
    expect(bracketedNames(after).map((b) => b.name)).toEqual(want);
  });
  it('finds road numbers before a bracketed name', () => {
    expect(roadNumbers('Take US 169 (Orvell Expressway) or Hwy 51 (Tarn Expressway, the "T").')).toEqual([['US 169', 'Orvell Expressway'], ['Hwy 51', 'Tarn Expressway']]);
  });
  it('knows a place by its head', () => {
    expect([namesAPlace('The Palace of Nine Wells'), namesAPlace('The Green Palace'), namesAPlace('The Kessel')]).toEqual([true, true, false]);
  });
});

describe('withoutForeignHonorific', () => {
  it.each([
    ['Mlle. du Varnel', 'du Varnel'],
    ['Herr Brandt', 'Brandt'],
    ['Señora Ruiz Tarn', 'Ruiz Tarn'],
    ['Don Varn', undefined],
    ['Mr. Varn', undefined],
  ])('%s', (name, want) => {
    expect(withoutForeignHonorific(name)).toBe(want);
  });
});
