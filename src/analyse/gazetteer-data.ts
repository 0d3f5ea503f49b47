// Names that compromise's tagger misses or mis-tags in news text: countries with their demonyms
// and capitals (a capital used for its government counts for the country), and international
// organisations. Extensible by configuration (see `extendGazetteer`).

import type { ActorKind } from '../briefing.ts';

export interface GazetteerEntry {
  name: string;
  kind: ActorKind;
  aliases?: string[];
  /** Adjectives for the place's people ("North Korean"): they count for the place. */
  demonyms?: string[];
  /** The capital, used in news for the government ("Beijing said"). */
  capital?: string;
}

// [name, demonyms, capital, other aliases]
const COUNTRIES: [string, string[], string?, string[]?][] = [
  ['United States', ['American'], 'Washington', ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'the United States']],
  ['United Kingdom', ['British'], 'London', ['UK', 'U.K.', 'Britain', 'Great Britain']],
  ['South Korea', ['South Korean'], 'Seoul', ['Republic of Korea', 'ROK']],
  ['North Korea', ['North Korean'], 'Pyongyang', ['DPRK', 'the North']],
  ['Russia', ['Russian'], 'Moscow', ['Russian Federation', 'the Kremlin', 'Kremlin']],
  ['China', ['Chinese'], 'Beijing', ["People's Republic of China", 'PRC']],
  ['Japan', ['Japanese'], 'Tokyo'],
  ['Taiwan', ['Taiwanese'], 'Taipei'],
  ['India', ['Indian'], 'New Delhi'],
  ['Pakistan', ['Pakistani'], 'Islamabad'],
  ['Afghanistan', ['Afghan'], 'Kabul'],
  ['Iran', ['Iranian'], 'Tehran'],
  ['Iraq', ['Iraqi'], 'Baghdad'],
  ['Syria', ['Syrian'], 'Damascus'],
  ['Israel', ['Israeli'], 'Jerusalem'],
  ['Gaza', [], undefined, ['Gaza Strip']],
  ['West Bank', [], undefined],
  ['Palestine', ['Palestinian'], 'Ramallah', ['Palestinian territories']],
  ['Lebanon', ['Lebanese'], 'Beirut'],
  ['Jordan', ['Jordanian'], 'Amman'],
  ['Egypt', ['Egyptian'], 'Cairo'],
  ['Saudi Arabia', ['Saudi'], 'Riyadh'],
  ['Qatar', ['Qatari'], 'Doha'],
  ['United Arab Emirates', ['Emirati'], 'Abu Dhabi', ['UAE']],
  ['Yemen', ['Yemeni'], 'Sanaa'],
  ['Turkey', ['Turkish'], 'Ankara', ['Türkiye']],
  ['Ukraine', ['Ukrainian'], 'Kyiv', ['Kiev']],
  ['Belarus', ['Belarusian'], 'Minsk'],
  ['Poland', ['Polish'], 'Warsaw'],
  ['Germany', ['German'], 'Berlin'],
  ['France', ['French'], 'Paris'],
  ['Italy', ['Italian'], 'Rome'],
  ['Spain', ['Spanish'], 'Madrid'],
  ['Portugal', ['Portuguese'], 'Lisbon'],
  ['Netherlands', ['Dutch'], 'Amsterdam', ['the Netherlands', 'Holland']],
  ['Belgium', ['Belgian'], 'Brussels'],
  ['Switzerland', ['Swiss'], 'Bern'],
  ['Austria', ['Austrian'], 'Vienna'],
  ['Sweden', ['Swedish'], 'Stockholm'],
  ['Norway', ['Norwegian'], 'Oslo'],
  ['Finland', ['Finnish'], 'Helsinki'],
  ['Denmark', ['Danish'], 'Copenhagen'],
  ['Ireland', ['Irish'], 'Dublin'],
  ['Greece', ['Greek'], 'Athens'],
  ['Hungary', ['Hungarian'], 'Budapest'],
  ['Romania', ['Romanian'], 'Bucharest'],
  ['Serbia', ['Serbian'], 'Belgrade'],
  ['Georgia', ['Georgian'], 'Tbilisi'],
  ['Armenia', ['Armenian'], 'Yerevan'],
  ['Azerbaijan', ['Azerbaijani'], 'Baku'],
  ['Kazakhstan', ['Kazakh'], 'Astana'],
  ['Canada', ['Canadian'], 'Ottawa'],
  ['Mexico', ['Mexican'], 'Mexico City'],
  ['Brazil', ['Brazilian'], 'Brasilia', ['Brasília']],
  ['Argentina', ['Argentine', 'Argentinian'], 'Buenos Aires'],
  ['Chile', ['Chilean'], 'Santiago'],
  ['Colombia', ['Colombian'], 'Bogota', ['Bogotá']],
  ['Venezuela', ['Venezuelan'], 'Caracas'],
  ['Cuba', ['Cuban'], 'Havana'],
  ['Australia', ['Australian'], 'Canberra'],
  ['New Zealand', [], 'Wellington'],
  ['Indonesia', ['Indonesian'], 'Jakarta'],
  ['Philippines', ['Filipino', 'Philippine'], 'Manila', ['the Philippines']],
  ['Vietnam', ['Vietnamese'], 'Hanoi'],
  ['Thailand', ['Thai'], 'Bangkok'],
  ['Malaysia', ['Malaysian'], 'Kuala Lumpur'],
  ['Singapore', ['Singaporean']],
  ['Myanmar', [], 'Naypyitaw', ['Burma']],
  ['Bangladesh', ['Bangladeshi'], 'Dhaka'],
  ['Sri Lanka', ['Sri Lankan'], 'Colombo'],
  ['Nepal', ['Nepalese', 'Nepali'], 'Kathmandu'],
  ['Mongolia', ['Mongolian'], 'Ulaanbaatar'],
  ['Nigeria', ['Nigerian'], 'Abuja'],
  ['South Africa', ['South African'], 'Pretoria'],
  ['Kenya', ['Kenyan'], 'Nairobi'],
  ['Ethiopia', ['Ethiopian'], 'Addis Ababa'],
  ['Sudan', ['Sudanese'], 'Khartoum'],
  ['Libya', ['Libyan'], 'Tripoli'],
  ['Algeria', ['Algerian'], 'Algiers'],
  ['Morocco', ['Moroccan'], 'Rabat'],
  ['Tunisia', ['Tunisian'], 'Tunis'],
];

const PLACES: GazetteerEntry[] = [
  { name: 'Middle East', kind: 'place' },
  { name: 'Indo-Pacific', kind: 'place', aliases: ['Indo-Pacific region'] },
  { name: 'Asia', kind: 'place', aliases: ['Asian'] },
  { name: 'East Asia', kind: 'place' },
  { name: 'Europe', kind: 'place', aliases: ['European'] },
  { name: 'Africa', kind: 'place', aliases: ['African'] },
  { name: 'Korean Peninsula', kind: 'place', aliases: ['Korean peninsula'] },
];

const ORGANISATIONS: GazetteerEntry[] = [
  { name: 'UN Security Council', kind: 'organization', aliases: ['United Nations Security Council', 'U.N. Security Council', 'Security Council'] },
  { name: 'United Nations', kind: 'organization', aliases: ['UN', 'U.N.'] },
  { name: 'UN General Assembly', kind: 'organization', aliases: ['United Nations General Assembly', 'General Assembly'] },
  { name: 'G7', kind: 'organization', aliases: ['Group of Seven', 'G-7'] },
  { name: 'G20', kind: 'organization', aliases: ['Group of 20', 'G-20'] },
  { name: 'NATO', kind: 'organization', aliases: ['North Atlantic Treaty Organization'] },
  { name: 'European Union', kind: 'organization', aliases: ['EU', 'E.U.'] },
  { name: 'European Commission', kind: 'organization' },
  { name: 'ASEAN', kind: 'organization', aliases: ['Association of Southeast Asian Nations'] },
  { name: 'African Union', kind: 'organization' },
  { name: 'World Health Organization', kind: 'organization', aliases: ['WHO'] },
  { name: 'World Bank', kind: 'organization' },
  { name: 'International Monetary Fund', kind: 'organization', aliases: ['IMF'] },
  { name: 'World Trade Organization', kind: 'organization', aliases: ['WTO'] },
  { name: 'International Atomic Energy Agency', kind: 'organization', aliases: ['IAEA'] },
  { name: 'International Criminal Court', kind: 'organization', aliases: ['ICC'] },
  { name: 'OPEC', kind: 'organization' },
  { name: 'Red Cross', kind: 'organization', aliases: ['International Committee of the Red Cross', 'ICRC'] },
  { name: 'Hamas', kind: 'organization' },
  { name: 'Hezbollah', kind: 'organization' },
  { name: 'Taliban', kind: 'organization', aliases: ['the Taliban'] },
  { name: 'Islamic State', kind: 'organization', aliases: ['ISIS', 'ISIL'] },
  { name: 'Houthis', kind: 'organization', aliases: ['Houthi'] },
  { name: 'Pentagon', kind: 'organization', aliases: ['the Pentagon'] },
  { name: 'White House', kind: 'organization', aliases: ['the White House'] },
  { name: 'State Department', kind: 'organization', aliases: ['the State Department'] },
  { name: 'Congress', kind: 'organization' },
  { name: 'Center for a New American Security', kind: 'organization', aliases: ['Centre for a New American Security', 'CNAS'] },
];

function countryEntries(): GazetteerEntry[] {
  return COUNTRIES.map(([name, demonyms, capital, aliases]) => ({
    name,
    kind: 'place' as const,
    demonyms,
    ...(capital ? { capital } : {}),
    ...(aliases ? { aliases } : {}),
  }));
}

export const DEFAULT_GAZETTEER: GazetteerEntry[] = [...countryEntries(), ...PLACES, ...ORGANISATIONS];
