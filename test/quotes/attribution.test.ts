// One row per attribution rule and its tricky variants, with invented text. Each row: the rule,
// the article (paragraphs split by blank lines), the quote's opening words, the speaker a reader
// should see ("unnamed: …" for an unnamed one, "none" when the text gives none), and whether it is
// a key quote or a fragment.

import { describe, expect, it } from 'vitest';
import { findQuote, quotesOf, speakerLabel } from './helpers.ts';

type Row = [rule: string, text: string, quote: string, speaker: string, kind: 'key' | 'partial' | 'fragment'];

const ROWS: Row[] = [
  ['named subject after the quote', '“We will not back down,” Maria Lopez said.', 'We will not back down', 'Maria Lopez', 'key'],
  ['"said X" inversion with a title', '“The talks were productive,” said Prime Minister Hana Novak.', 'The talks were productive', 'Hana Novak', 'key'],
  ['inversion followed by an appositive', '“Nobody expected this,” said Tomas Berg, a historian at the University of Oslo.', 'Nobody expected this', 'Tomas Berg', 'key'],
  ['attribution before the quote, colon', 'Governor Ellen Marsh told reporters: “The bridge will reopen next month.”', 'The bridge will reopen', 'Ellen Marsh', 'key'],
  ['attribution before the quote, comma', 'Senator Luis Ortega said, “We have the votes.”', 'We have the votes', 'Luis Ortega', 'key'],
  ['told with an object', '“It is a dark day,” Amara Diallo told the BBC.', 'It is a dark day', 'Amara Diallo', 'key'],
  ['wrote', '“The plan is reckless,” Jonas Weber wrote on social media.', 'The plan is reckless', 'Jonas Weber', 'key'],
  ['warned, title before name', '“There will be consequences,” Defence Minister Piotr Zielinski warned.', 'There will be consequences', 'Piotr Zielinski', 'key'],
  ['according to', '“The decision was final,” according to Kofi Mensah, the party chairman.', 'The decision was final', 'Kofi Mensah', 'key'],
  ['surname alone resolves to the full name', 'Finance Minister Clara Jensen presented the budget on Monday.\n\n“This budget protects families,” Jensen added.', 'This budget protects', 'Clara Jensen', 'key'],
  ['honorific and surname', 'Rajiv Menon, an economist at the central bank, was cautious.\n\n“Inflation is not beaten yet,” Mr Menon said.', 'Inflation is not beaten', 'Rajiv Menon', 'key'],
  ['"he said" → the previous paragraph’s man', 'Interior Minister Omar Haddad visited the border town on Friday.\n\n“We are sending more police,” he said.', 'We are sending more police', 'Omar Haddad', 'key'],
  ['"she said" skips a man named later', 'Opposition leader Sofia Reyes met President Daniel Cruz on Monday.\n\n“The meeting was a waste of time,” she said.', 'The meeting was a waste', 'Sofia Reyes', 'key'],
  ['"he said" skips a woman named later', 'President Daniel Cruz met opposition leader Sofia Reyes on Monday.\n\n“The meeting was useful,” he said.', 'The meeting was useful', 'Daniel Cruz', 'key'],
  ['gender from an honorific beats a nearer unknown name', 'Ms Ngozi Eze chaired the session on Tuesday. Tunde Bakare also attended.\n\n“We made real progress,” she said.', 'We made real progress', 'Ngozi Eze', 'key'],
  ['pronoun right after the speaker’s reported speech', 'Blinken visited Seoul. Mayor Ines Duarte said the city was ready.\n\n“We have prepared for months,” she said.', 'We have prepared', 'Ines Duarte', 'key'],
  ['a quotation-only paragraph continues the speaker', '“We are ready,” said Ahmed Saleh, the mayor.\n\n“The city has food for a month.”', 'The city has food', 'Ahmed Saleh', 'key'],
  ['a quotation-only paragraph after reported speech', 'Health Minister Yara Haddad said hospitals were full.\n\n“We need more beds, and we need them now.”', 'We need more beds', 'Yara Haddad', 'key'],
  ['a quote running over paragraphs (open mark)', '“The first phase is complete,” said engineer Lena Fischer. “The second phase starts in May.\n\n“After that, we will test everything.”', 'After that, we will test', 'Lena Fischer', 'key'],
  ['the first piece of a quote running over paragraphs', '“The first phase is complete,” said engineer Lena Fischer. “The second phase starts in May.\n\n“After that, we will test everything.”', 'The second phase starts', 'Lena Fischer', 'key'],
  ['broken around the attribution, second part', 'Maria Lopez leads the union.\n\n“The talks failed,” Lopez said. “We will try again next week.”', 'We will try again', 'Maria Lopez', 'key'],
  ['attribution between two spans of one sentence', 'Sofia Reyes spoke after the vote.\n\n“We tried,” she said, “but they refused to listen to us.”', 'but they refused', 'Sofia Reyes', 'key'],
  ['nested single quotes stay inside', '“He told me ‘never again’ and I believed him,” said Ana Costa.', 'He told me ‘never again’ and I believed him', 'Ana Costa', 'key'],
  ['straight double quotes', '"We need a ceasefire now," said Karim Nasser.', 'We need a ceasefire now', 'Karim Nasser', 'key'],
  ['straight quotes with a pronoun', 'Karim Nasser runs the clinic.\n\n"It was chaos for three days," he said.', 'It was chaos', 'Karim Nasser', 'key'],
  ['single quotes used as the outer marks', '‘We will rebuild every home,’ said Mayor Ines Duarte.', 'We will rebuild every home', 'Ines Duarte', 'key'],
  ['an organisation speaks: "the ministry said"', 'The Foreign Ministry summoned the ambassador.\n\n“The claims are baseless,” the ministry said in a statement.', 'The claims are baseless', 'Foreign Ministry', 'key'],
  ['a named organisation speaks', '“We condemn the attack in the strongest terms,” Hamas said.', 'We condemn the attack', 'Hamas', 'key'],
  ['a newspaper writes', 'The Northern Herald ran an editorial on Sunday.\n\n“The government has failed its people,” the newspaper wrote.', 'The government has failed', 'Northern Herald', 'key'],
  ['a capital speaks for its government', '“We will respond firmly to any provocation,” Beijing said.', 'We will respond firmly', 'China', 'key'],
  ['unnamed: one participant', '“It was frightening to see,” one participant said.', 'It was frightening', 'unnamed: one participant', 'key'],
  ['unnamed: officials', '“The border remains closed to all traffic,” officials said.', 'The border remains closed', 'unnamed: officials', 'key'],
  ['unnamed: a spokesman for an organisation', '“No decision has been taken,” a spokesman for the ministry said.', 'No decision has been taken', 'unnamed: a spokesman for the ministry', 'key'],
  ['unnamed after the verb, relative clause cut', '“The deal is dead,” said a senior official who asked not to be named.', 'The deal is dead', 'unnamed: a senior official', 'key'],
  ['a person named in the quote is not its speaker', '“I spoke to Chancellor Karl Weber this morning,” said Foreign Minister Anna Lind.', 'I spoke to Chancellor', 'Anna Lind', 'key'],
  ['a name inside the quote is no antecedent for "she"', 'Rita Moreau, the European commissioner, arrived late.\n\n“President Cruz asked me to come,” she said.', 'President Cruz asked', 'Rita Moreau', 'key'],
  ['a short standalone reply is a key quote', 'Foreign Minister Park Jin met reporters.\n\n“Absolutely not,” Park said.', 'Absolutely not', 'Park Jin', 'key'],
  ['speaker with "also"', 'Foreign Minister Anna Lind spoke in Oslo.\n\n“We stand with Ukraine,” Lind also said.', 'We stand with Ukraine', 'Anna Lind', 'key'],
  ['"she told reporters"', 'Sofia Reyes left the hall early.\n\n“It will not happen again,” she told reporters.', 'It will not happen again', 'Sofia Reyes', 'key'],
  ['embedded clause after "insisted that"', 'Luis Ortega insisted that “the vote was fair and transparent”.', 'the vote was fair', 'Luis Ortega', 'key'],
  ['embedded clause after "said the country would"', 'Hana Novak said the country would “never accept a deal that rewards aggression”.', 'never accept a deal', 'Hana Novak', 'key'],
  ['a later quote of the paragraph gives the speaker', '“We are ready.” “We have waited long enough,” said Karim Nasser.', 'We are ready', 'Karim Nasser', 'key'],
  ['a question asked', '“Why now, after all these years?” asked Tomas Berg.', 'Why now', 'Tomas Berg', 'key'],
  ['scare quotes are a fragment without speaker', 'The report was dismissed as “fake news” on Tuesday.', 'fake news', 'none', 'fragment'],
  ['a fragment keeps its speaker', 'President Daniel Cruz spoke on Monday. Cruz called the plan a “reckless gamble” that would fail.', 'reckless gamble', 'Daniel Cruz', 'fragment'],
  ['a fragment with "which he called"', 'Defence Minister Piotr Zielinski said the alliance was growing, which he called a “new chapter” for the region.', 'new chapter', 'Piotr Zielinski', 'fragment'],
  ['a fragment named by an unnamed speaker', 'Protesters gathered outside, rejecting what one marcher called “the occupation budget”.', 'the occupation budget', 'unnamed: one marcher', 'fragment'],
  ['quote before a dash and a description', '“Enough is enough,” the crowd chanted outside parliament.', 'Enough is enough', 'unnamed: the crowd', 'key'],
  ['"the minister said" resolves by role', 'Defence Minister Piotr Zielinski toured the base. Officers showed him new tanks.\n\n“These machines will change everything,” the minister said.', 'These machines will change', 'Piotr Zielinski', 'key'],
  ['"the analyst said" resolves by an appositive role', '“Sanctions alone will not work,” said Mei Lin, an analyst at the Asia Policy Institute. The minister disagreed.\n\n“They need time,” the analyst said.', 'They need time', 'Mei Lin', 'key'],
  ['"said" after a possessive is still the named person', 'Maria Lopez’s union voted on Friday.\n\n“This vote shows our strength,” Lopez said.', 'This vote shows', 'Maria Lopez', 'key'],
  ['guillemets', '«We will not sign this agreement,» said Pierre Lambert.', 'We will not sign', 'Pierre Lambert', 'key'],
  ['a quote opening a paragraph that continues after reported speech', 'Karim Nasser said the clinic had run out of insulin. “We asked for help weeks ago,” he added.', 'We asked for help', 'Karim Nasser', 'key'],
  ['a dateline-free multi-sentence quote', '“We were surprised. Nobody told us. We found out from the news,” said Ana Costa.', 'We were surprised. Nobody told us', 'Ana Costa', 'key'],
  ['a participle takes the main clause’s subject', 'Prime Minister Hana Novak rejected the plan on Sunday, saying “we will fight until the very last day of this war.”', 'we will fight until', 'Hana Novak', 'key'],
  // A prepositional phrase completing the reporter's clause is a fragment; it keeps its sentence's speaker.
  ['a participle’s prepositional complement is a fragment with the main clause’s subject', 'Prime Minister Hana Novak rejected the plan on Sunday, saying the country would fight “until the very last day of this war.”', 'until the very last day', 'Hana Novak', 'partial'],
  ['a name set off by commas after a role', 'Its director, Paul Marsh, said the figures were wrong. “Somebody will have to pay for this,” Mr Marsh said.', 'Somebody will have to pay', 'Paul Marsh', 'key'],
  ['a relative clause between subject and verb', 'One backbencher, who asked not to be named, said: “Nobody has explained how any of this works.”', 'Nobody has explained', 'unnamed: One backbencher', 'key'],
  ['an organisation as modifier does not speak', '“We do not comment on speculation,” a Treasury spokeswoman said.', 'We do not comment', 'unnamed: a Treasury spokeswoman', 'key'],
  ['"the diplomat" continues an unnamed diplomat', 'A senior EU diplomat said the deal was hard to reach.\n\n“We were close to failure several times,” the diplomat said.', 'We were close to failure', 'unnamed: A senior EU diplomat', 'key'],
  ['a country’s military speaks for the country', '“We struck the launch sites overnight,” the Israeli military said in a statement.', 'We struck the launch sites', 'Israel', 'key'],
  ['a named person after an unnamed description', '“We have nothing left,” said one of the protesters, Maria Gomez, 34.', 'We have nothing left', 'Maria Gomez', 'key'],
  ['a reply after "Asked whether"', 'Asked whether the talks could still fail, President Emmanuel Moreau replied: “The decision is taken.”', 'The decision is taken', 'Emmanuel Moreau', 'key'],
  ['"he wrote on social media" after another man is named', 'Volodymyr Petrenko thanked the leaders of Poland and Germany.\n\n“History is made by those who do not give up,” he wrote on social media.', 'History is made', 'Volodymyr Petrenko', 'key'],
  ['a man named as an object is not "he"', 'Foreign Minister Anna Lind spoke after Defence Minister Piotr Zielinski.\n\nAsked about Prime Minister Tomas Berg, she said: “We disagree on many things.”', 'We disagree', 'Anna Lind', 'key'],
  ['"he said" after an object in the same sentence', 'Interior Minister Omar Haddad arrived on Monday.\n\nAfter meeting President Daniel Cruz, he said: “The border will stay open.”', 'The border will stay open', 'Omar Haddad', 'key'],
  ['a long parenthetical between subject and verb', 'Ines Duarte, speaking in Lima after talks with her counterpart, a day after visiting Quito, said: “The alliance is stronger than ever.”', 'The alliance is stronger', 'Ines Duarte', 'key'],
  // Speaker named only in the sentence or paragraph after a quotation that stands alone.
  ['speaker named in the next sentence: "That was the verdict of"', 'The hearing ended late.\n\n“Nobody walks out of this hall a winner.” That was the verdict of Sigrun Alvestad, the chair of the tribunal, as she closed the session.', 'Nobody walks out', 'Sigrun Alvestad', 'key'],
  ['speaker named in the next sentence: "X made the remark"', 'The vote was close.\n\n“We will read the bill and then we will vote. Nobody tells us what to do.” Harbour Party leader Jonas Fjeldberg made the remark to reporters on Monday.', 'We will read the bill', 'Jonas Fjeldberg', 'key'],
  ['speaker named in the paragraph after a quotation-only paragraph', 'Inspectors said the shaft was sound. “The supports are holding,” one inspector said.\n\n“This is the worst collapse I have seen in thirty years of work underground.”\n\nThat assessment came from Edda Lindqvist, a mining engineer at the Kestrel Institute.', 'This is the worst collapse', 'Edda Lindqvist', 'key'],
  // A company before a lower-case title is the person's employer, not the speaker.
  ['a company name before a lower-case title and a name', 'Marrow Freightworks chief executive Ysolde Danvers denied the claim. “Our bid was the lowest and the best,” she told reporters.', 'Our bid was the lowest', 'Ysolde Danvers', 'key'],
  // Descriptions that name an organisation by its head word.
  ['"according to a commission bulletin" is the commission named before', 'The Lorne Basin Commission met on Monday.\n\n“Water levels fell by half in April,” according to a commission bulletin published on Tuesday.', 'Water levels fell', 'Lorne Basin Commission', 'key'],
  ['"the ministry" after a country’s lower-case ministry', 'In a note sent on Friday, Ostravia’s foreign ministry went further. “Ostravia has kept every promise it made,” the ministry said.', 'Ostravia has kept', 'Ostravia’s foreign ministry', 'key'],
  // A surname that is also a place name.
  ['a surname that is also a place name, after the full name', 'Deputy Speaker Ragna Bolton rejected the call.\n\n“The figures do not add up,” Bolton said in a statement.', 'The figures do not add up', 'Ragna Bolton', 'key'],
  // Single outer quotation marks over two paragraphs, with double ones nested.
  ['single outer marks over two paragraphs, first part', 'Hedda Moen, the union’s safety officer, said the crews had complained in writing.\n\n‘We reported the crack in March and again in May. We were told it was “cosmetic” and that it would be fixed at the next refit.\n\n‘That refit never happened. Nobody here is surprised by what followed.’', 'We reported the crack', 'Hedda Moen', 'key'],
  ['single outer marks over two paragraphs, continuation', 'Hedda Moen, the union’s safety officer, said the crews had complained in writing.\n\n‘We reported the crack in March and again in May. We were told it was “cosmetic” and that it would be fixed at the next refit.\n\n‘That refit never happened. Nobody here is surprised by what followed.’', 'That refit never happened', 'Hedda Moen', 'key'],
  // Quoted complements inside reported speech are not whole utterances: with four words or more
  // and a speaker they are reported as partial quotes, shorter ones stay fragments.
  ['a quoted prepositional phrase after reported speech is a fragment', 'Helge Brun runs the reservoir. “We have nothing to hide,” he said, adding that the filling would go on “at a pace the farmers can bear.”', 'at a pace the farmers', 'Helge Brun', 'partial'],
  ['a quoted participle phrase after "had" is a fragment', 'A spokesman for Dunmore Rail said Mr Pask had “stepped aside from every board vote on the tender” and that the firm had won fairly.', 'stepped aside from every', 'unnamed: A spokesman for Dunmore Rail', 'partial'],
  ['a quoted adverbial clause is a fragment', 'The Coast Ministry denied any delay. A spokeswoman for the ministry said the warning went out “as soon as the size of the fire was known”.', 'as soon as the size', 'unnamed: A spokeswoman for the ministry', 'partial'],
  ['a quoted noun phrase after "was" is a fragment', 'Dr Oskar Lind said the harvest was “the worst I have seen in forty years”.', 'the worst I have seen', 'Oskar Lind', 'partial'],
  // An unnamed description is a clean noun phrase.
  ['the subject of "said it had asked" is no "X said it"', 'Ostravia’s Foreign Ministry said it had asked the company for “clear and honest answers” about the fire.', 'clear and honest answers', 'Foreign Ministry', 'partial'],
  ['a quoted phrase of three words stays a fragment', 'Mayor Tilda Brandt said the deal was “a fair bargain” for the town.', 'a fair bargain', 'Tilda Brandt', 'fragment'],
  ['a hyphenated compound counts as one word: three words stay a fragment', 'A marcher shouted against “the Ostravia-Tarvonia pact” near the gate.', 'the Ostravia-Tarvonia pact', 'unnamed: A marcher', 'fragment'],
  ['a title-case name of a show stays a fragment, even with a subject', 'Senator Ilse Marr appeared on “Good Morning Lorne Valley” on Sunday.', 'Good Morning Lorne Valley', 'Ilse Marr', 'fragment'],
  ['a name after a dash and before a colon labels the quotation', 'Pollsters agree - Wenna Tolliver: “Turnout decides the late polls.”', 'Turnout decides the late polls', 'Wenna Tolliver', 'key'],
  ['"said of X:" makes X the one spoken about, not the speaker', 'Mayor Tilda Brandt said of Governor Pell Okafor: “He has never once visited the valley.”', 'He has never once', 'Tilda Brandt', 'key'],
  ['a sentence with no speech verb: its subject speaks the quoted phrase', 'Mayor Tilda Brandt thanked the council for “its courage in a very hard winter.”', 'its courage in a very', 'Tilda Brandt', 'partial'],
  ['a paragraph ending "X stated:" introduces the next paragraph’s quotation', 'Dr. Orla Venn stated:\n\n"The ministry has ignored the valley for a decade. It must answer for the floods.', 'The ministry has ignored', 'Orla Venn', 'key'],
  ['"Here is X in 2012:" introduces the quotation', 'Here is Governor Pell Okafor in 2012: “Our new direction must rest on the harbour and its workers.”', 'Our new direction', 'Pell Okafor', 'key'],
  // Genders guessed from pronouns are weak: a headline's name is not the dateline's "he", "him" is
  // never the subject of its clause, and a guessed gender that clashes leaves the name a candidate.
  ['a gender guessed across a paragraph or from "him" does not bar "she"', 'Dole talks to anchor Brisa Kettleby about the vote.\n\nLIMA (AP) — Months after he mocked her, Ed Dole met Kettleby on Monday. Kettleby confronted him about the vote.\n\n“You don’t want to be the story,” she said.', 'You don’t want to be', 'Brisa Kettleby', 'key'],
  ['a clashing guessed gender still beats no speaker', 'Brisa Kettleby arrived at the hall. He was late, an aide noted.\n\n“We will win the valley,” she said.', 'We will win the valley', 'Brisa Kettleby', 'key'],
  ['a gender the first name states still bars the pronoun', 'Ed Dole arrived at the hall.\n\n“We will win the valley,” she said.', 'We will win the valley', 'none', 'key'],
  ['a name modifying a role and another name is not "he"', '“This was the moment,” Governor Ed Pell said in his victory speech.\n\nPell adviser Tomas Berg, the top pollster, picked up the thread at the time. “Voters are tired of waiting,” he said.', 'Voters are tired', 'Tomas Berg', 'key'],
  ['…but "Pell and Berg" are two people', '“This was the moment,” Governor Ed Pell said in his victory speech.\n\nPell and Tomas Berg met at the time. Pell was tired. “Voters are tired of waiting,” he said.', 'Voters are tired', 'Ed Pell', 'key'],
  ['"points out" reports speech', 'Dara Voss runs the survey.\n\n“Voters reject the old parties,” Voss points out.', 'Voters reject', 'Dara Voss', 'key'],
  ['"shot back" reports speech', 'Tomas Berg was asked about the fence.\n\n“Go back to your studio,” Berg shot back.', 'Go back to your studio', 'Tomas Berg', 'key'],
  ['"went on" reports speech', 'Tomas Berg met the press.\n\n“You know, it happens, right?” Berg went on.', 'You know, it happens', 'Tomas Berg', 'key'],
  ['"answered" and "barked" report speech', 'Ilse Marr and Ed Pell debated.\n\n“Not a single one,” Marr answered. “Sit down,” Pell barked.', 'Sit down', 'Ed Pell', 'key'],
  ['"went on for hours" reports nothing', 'Ilse Marr spoke first.\n\n“The vote is fair.” The debate went on for hours.', 'The vote is fair', 'none', 'key'],
  // Words that look like speech verbs but are not: a noun after a quantifier or preposition, a
  // capitalised word inside a name, "state" as a noun; and a pronoun with a contraction.
  ['"state" after a quantifier is a noun', 'Senator Ilse Marr would not comment on an order that the governor signed “to protect privacy and equality” for many state workers.', 'to protect privacy', 'Ilse Marr', 'partial'],
  ['"mental state" is no speech verb', 'Governor Ed Pell said Dole’s mental state is “spiraling out of control.”', 'spiraling out of control', 'Ed Pell', 'partial'],
  ['a capitalised word inside a name is no verb', 'Tomas Berg went on to praise the show and note that he had just bought the Old Post Office building — “which is a phenomenal area.”', 'which is a phenomenal', 'Tomas Berg', 'key'],
  ['"He’s" is a pronoun, not a name', 'Ed Pell tells his supporters to vote early.\n\nHe’s claiming that fraud is “a big, big problem in this country” but “nobody has the guts to talk about it.”', 'nobody has the guts', 'Ed Pell', 'key'],
  ['"said 9/11 widow Ann Dole"', 'The veto angered the families.\n\n“The rationales do not hold weight,” said 9/11 widow Ann Dole.', 'The rationales do not', 'Ann Dole', 'key'],
  ['a name a speech verb credited is a source for a later "he"', 'Governor Ed Pell spoke at the hall on Monday.\n\nThe numbers were clear, quipped pollster Tomas Berg, who ran the survey for Pell.\n\n“Voters have made up their minds,” he said.', 'Voters have made up', 'Tomas Berg', 'key'],
  ['a title after "commentary," is no one’s words', 'Ilse Marr’s commentary, "Pell, tell your own story of the valley," is very thoughtful, Ed Pell said.', 'Pell, tell your own', 'none', 'fragment'],
  ['a quoted "Follow … on Twitter" line is no quote', '"Follow Ilse Marr on Twitter @ilsemarr."', 'Follow Ilse Marr', 'none', 'fragment'],
  ['a long scare quote no one is credited with stays a fragment', 'The plan, billed as “the deal of the century for farmers”, was shelved in May.', 'the deal of the century', 'none', 'fragment'],
  ['noun phrase quotes are partial quotes even when long-ish', 'The army said it had hit “dozens of terror targets” overnight.', 'dozens of terror targets', 'unnamed: The army', 'partial'],
];

describe('quote attribution', () => {
  it.each(ROWS)('%s', (_rule, text, start, speaker, kind) => {
    const { quotes, fragments } = quotesOf(text);
    // Key and partial quotes are both reported in quotes[]; partial ones say so.
    const list = kind === 'fragment' ? fragments : quotes;
    const other = kind === 'fragment' ? quotes : fragments;
    const q = findQuote(list, start);
    if (kind !== 'fragment') expect(q?.partial === true, `partial flag of "${start}"`).toBe(kind === 'partial');
    expect(q, `no ${kind} starting "${start}"; key: ${JSON.stringify(quotes.map((x) => x.text))} fragments: ${JSON.stringify(fragments.map((x) => x.text))}`).toBeDefined();
    expect(findQuote(other, start)).toBeUndefined();
    expect(speakerLabel(q!)).toBe(speaker);
    // Provenance: the printed text is verbatim at its offsets.
    for (const s of q!.support) expect(text.slice(s.start, s.end)).toBe(q!.text);
  });
});
