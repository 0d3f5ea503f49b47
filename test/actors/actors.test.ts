// Actor and alias cases, one row each, with invented text: who is an actor, under which canonical
// name and kind, with which role and aliases, merged across articles; and what never is.

import { describe, expect, it } from 'vitest';
import type { Actor, ActorKind } from '../../src/briefing.ts';
import { actorsOf, article } from '../quotes/helpers.ts';

interface Want {
  name: string;
  kind?: ActorKind;
  role?: string;
  alias?: string;
  articles?: number;
}
type Row = [rule: string, texts: string[], want: Want | { absent: string }];

const ROWS: Row[] = [
  ['title before the name gives the role', ['U.S. Secretary of State Antony Blinken arrived on Thursday.'], { name: 'Antony Blinken', kind: 'person', role: 'U.S. Secretary of State' }],
  ['a national qualifier stays in the role', ['South Korean Foreign Minister Park Jin met him.'], { name: 'Park Jin', role: 'South Korean Foreign Minister' }],
  ['surname alone is an alias', ['Prime Minister Hana Novak spoke. Novak later left.'], { name: 'Hana Novak', alias: 'Novak' }],
  ['honorific and surname is an alias', ['Finance Minister Clara Jensen spoke. Ms Jensen later left.'], { name: 'Clara Jensen', alias: 'Ms Jensen' }],
  ['honorific with full name', ['Ms Ngozi Eze chaired the meeting.'], { name: 'Ngozi Eze', kind: 'person', alias: 'Ms Ngozi Eze' }],
  ['appositive role with its organisation', ['Duyeon Kim, an analyst with the Center for a New American Security, said so.'], { name: 'Duyeon Kim', role: 'analyst, Center for a New American Security' }],
  ['appositive role before the name', ['South Korea’s foreign minister, Park Jin, said so.'], { name: 'Park Jin', role: 'South Korea’s foreign minister' }],
  ['a surname in one article joins the full name in another', ['President Daniel Cruz visited Lima.', 'Mr Cruz left on Friday.'], { name: 'Daniel Cruz', alias: 'Mr Cruz', articles: 2 }],
  ['nicknames merge', ['President Joe Biden spoke.', 'President Joseph R. Biden spoke again.'], { name: 'Joe Biden', alias: 'Joseph R. Biden', articles: 2 }],
  ['a surname-first name keeps its surname', ['Foreign Minister Park Jin spoke. Park said no.'], { name: 'Park Jin', alias: 'Park' }],
  ['a person is found by a speech verb alone', ['“We are ready,” Tomas Berg said.'], { name: 'Tomas Berg', kind: 'person' }],
  ['a surname typed as a place before the full name joins the person', ['Lind calls Tarrow’s idea for a border wall stupid.\n\nCount former President Oskar Lind among Dana Tarrow’s detractors.\n\nSince launching his bid, Tarrow has taken a firm stance.'], { name: 'Dana Tarrow', kind: 'person', alias: 'Tarrow' }],
  ['a first name plus a place name is a person', ['Representative Jim Jordan spoke. Jim Jordan left.'], { name: 'Jim Jordan', kind: 'person' }],
  ['U.S. / US / United States are one country', ['The U.S. and the US and the United States.'], { name: 'United States', kind: 'place', alias: 'US' }],
  ['a capital counts for its country', ['Washington said no. Beijing said yes.'], { name: 'China', kind: 'place', alias: 'Beijing' }],
  ['a demonym counts for its country', ['Russian troops moved.'], { name: 'Russia', kind: 'place', alias: 'Russian' }],
  ['UN and United Nations are one', ['The UN met.', 'The United Nations met.'], { name: 'United Nations', kind: 'organization', articles: 2 }],
  ['UN Security Council variants', ['The United Nations Security Council met.', 'The UN Security Council met.'], { name: 'UN Security Council', articles: 2 }],
  ['Centre and Center are one', ['The Centre for Strategic Studies said so.', 'The Center for Strategic Studies said so.'], { name: 'Centre for Strategic Studies', kind: 'organization', articles: 2 }],
  ['an acronym joins its organisation', ['The Korean Central News Agency reported it.', 'KCNA reported it again.'], { name: 'Korean Central News Agency', alias: 'KCNA', articles: 2 }],
  ['an organisation by its head word', ['The Ministry of Foreign Affairs issued a note.'], { name: 'Ministry of Foreign Affairs', kind: 'organization' }],
  ['a place inside an organisation’s name is not a place', ['The University of Oslo issued a note.'], { absent: 'Norway' }],
  ['a place the dictionary knows', ['Talks were held in Geneva.'], { name: 'Geneva', kind: 'place' }],
  ['a sea is a place', ['Ships crossed the Black Sea.'], { name: 'Black Sea', kind: 'place' }],
  ['Getty Images is never an actor', ['Blinken speaks in Seoul on Nov. 9.Pool/Getty Images'], { absent: 'Getty Images' }],
  ['Pool is never an actor', ['Blinken speaks in Seoul.Pool/Getty Images'], { absent: 'Pool' }],
  ['a photo credit agency is no actor', ['The minister arrives. Photo: Reuters'], { absent: 'Reuters' }],
  ['the outlet’s own name is no actor in its own article', ['Interact with The Globe'], { absent: 'The Globe' }],
  ['honorifics alone are not actors', ['Mr and Ms were printed on the cards.'], { absent: 'Mr' }],
  ['sentence-initial common words are not actors', ['Still, the plan failed. Follow related topics. However, nobody knew.'], { absent: 'Still' }],
  ['days and months are not actors', ['On Thursday in November the talks began.'], { absent: 'Thursday' }],
  ['a title alone is not an actor', ['The Foreign Minister was absent.'], { absent: 'Foreign Minister' }],
  ['a war is not an actor', ['The Korean War ended in 1953.'], { absent: 'Korean War' }],
  ['bylines are not actors', ['Talks went on. (Reporting by Lena Varro; Editing by Ada Brenn)'], { absent: 'Lena Varro' }],
  ['plural nouns before "said" are not people', ['Analysts said the plan was weak.'], { absent: 'Analysts' }],
  ['organisations split at "and"', ['The Bank of Japan and the Foreign Ministry agreed.'], { name: 'Bank of Japan', kind: 'organization' }],
  ['a gazetteer organisation keeps its name', ['Hamas fighters and the G7 leaders.'], { name: 'G7', kind: 'organization' }],
  ['Kremlin counts for Russia', ['The Kremlin said no.'], { name: 'Russia', alias: 'Kremlin' }],
  ['a one-word name after a title, even a dictionary word', ['President Trump spoke. Trump later left.'], { name: 'Trump', kind: 'person', role: 'President' }],
  ['a demonym after a title is no person', ['An official Korean statement followed.'], { absent: 'Korean' }],
  ['a two-word name unknown to the dictionary is a person', ['Narendra Modi met the delegation.'], { name: 'Narendra Modi', kind: 'person' }],
  // Invented countries, towns and bodies the gazetteer cannot know.
  ['a country known only by its possessive', ['Ostravia’s transport minister, Piet Halm, resigned on Monday.'], { name: 'Ostravia', kind: 'place' }],
  ['a possessive before a lower-case ministry is a country', ['Ostravia’s health ministry closed the clinics.'], { name: 'Ostravia', kind: 'place' }],
  ['a country known only by its demonym', ['Ostravian Foreign Minister Lena Kask spoke first.'], { name: 'Ostravia', kind: 'place', alias: 'Ostravian' }],
  ['a demonym and the bare country name are one place', ['Talks were hosted by Merovia. Merovian diplomats said little.'], { name: 'Merovia', kind: 'place', alias: 'Merovian' }],
  ['a river named head word first', ['Boats left the River Melk at dawn.'], { name: 'River Melk', kind: 'place' }],
  ['a dam is a place', ['Water poured over the Harnfold Dam on Sunday.'], { name: 'Harnfold Dam', kind: 'place' }],
  ['Port and a name is a place', ['Ships returned to Port Halden.'], { name: 'Port Halden', kind: 'place' }],
  ['a town after "in" is a place', ['The talks were held in Brelling on Monday.'], { name: 'Brelling', kind: 'place' }],
  ['a dateline town is a place', ['KESTRELL, June 3 (Wire) — Talks ended without a deal.'], { name: 'Kestrell', kind: 'place' }],
  ['a town named by "the town of" is a place, and so is its bare name', ['The border town of Ulvik closed its gates. Ulvik has 3,000 people.'], { name: 'Ulvik', kind: 'place' }],
  ['a federation after a plural possessive', ['The Dock Workers’ Federation called a strike.'], { name: 'Dock Workers’ Federation', kind: 'organization' }],
  ['an association after a place and a plural possessive', ['The Mirrow Rowers’ Association cancelled its race.'], { name: 'Mirrow Rowers’ Association', kind: 'organization' }],
  ['a place and a plural noun is no person', ['The Mirrow Rowers’ Association cancelled its race.'], { absent: 'Mirrow Rowers' }],
  ['a union of a country keeps its whole name', ['The Dockers’ Union of Ostravia called a strike.'], { name: 'Dockers’ Union of Ostravia', kind: 'organization' }],
  ['a commission is an organisation', ['The Lorne Basin Commission met on Monday.'], { name: 'Lorne Basin Commission', kind: 'organization' }],
  ['a lower-case party after a possessive name is an organisation', ['The Rural Farmers’ party may vote with the opposition.'], { name: 'Rural Farmers’ party', kind: 'organization' }],
  ['a company by its industry head word', ['Greywater Shipping denied the claim.'], { name: 'Greywater Shipping', kind: 'organization' }],
  ['a company whose last word is a -works', ['Marrow Freightworks won the contract.'], { name: 'Marrow Freightworks', kind: 'organization' }],
  ['a country’s lower-case ministry is an organisation', ['Ostravia’s foreign ministry issued a note.'], { name: 'Ostravia’s foreign ministry', kind: 'organization' }],
  // Names that are not actors.
  ['a hyphenated title gives no person', ['Talks were led by the secretary-general of the Lorne Basin Commission, Ada Holt.'], { absent: 'Basin' }],
  ['a month is no part of an organisation', ['In March the Coastal Water Authority raised prices.'], { name: 'Coastal Water Authority', kind: 'organization' }],
  ['a month glued to an organisation is no actor', ['In March the Coastal Water Authority raised prices.'], { absent: 'March the Coastal Water Authority' }],
  ['a party member’s label is no person', ['Edwin Morl, a Dunvale Unionist, spoke against it.'], { absent: 'Dunvale Unionist' }],
  // Roles.
  ['a role with "an engineer with"', ['Ada Brekke, an engineer with the Norland Marine Institute, said so.'], { name: 'Ada Brekke', role: 'engineer, Norland Marine Institute' }],
  ['a role ending in -ist, before a relative clause', ['“It will recover,” said Pia Rendel, a marine ecologist at the University of Harnstad who has studied the bay.'], { name: 'Pia Rendel', role: 'marine ecologist, University of Harnstad' }],
  ['a role after a relative clause', ['Tor Eklund, who is married to the minister’s sister, has been a non-executive director of Brask Rail since 2019.'], { name: 'Tor Eklund', role: 'non-executive director, Brask Rail' }],
  ['a company before a lower-case title gives the role', ['Marrow Freightworks chief executive Ysolde Danvers denied it.'], { name: 'Ysolde Danvers', kind: 'person', role: 'chief executive, Marrow Freightworks' }],
  ['a surname that is also a place is the person after the full name', ['Deputy Speaker Ragna Bolton rejected the call. “No,” Bolton said.'], { name: 'Ragna Bolton', alias: 'Bolton' }],
];

function find(actors: Actor[], name: string): Actor | undefined {
  return actors.find((a) => a.name === name);
}

describe('actors', () => {
  it.each(ROWS)('%s', (_rule, texts, want) => {
    const own = texts.map((t, i) => article(`a${i}`, t, i === 0 && t.includes('The Globe') ? 'The Globe and Mail' : `Outlet ${i}`));
    const actors = actorsOf(...own);
    if ('absent' in want) {
      const names = actors.flatMap((a) => [a.name, ...a.aliases]);
      expect(names, JSON.stringify(actors.map((a) => a.name))).not.toContain(want.absent);
      return;
    }
    const a = find(actors, want.name);
    expect(a, `actors: ${JSON.stringify(actors.map((x) => `${x.kind}:${x.name}`))}`).toBeDefined();
    if (want.kind) expect(a!.kind).toBe(want.kind);
    if (want.role) expect(a!.role).toBe(want.role);
    if (want.alias) expect(a!.aliases).toContain(want.alias);
    if (want.articles) expect(a!.articleIds).toHaveLength(want.articles);
  });
});
