// Gendered first names that compromise's word list lacks or leaves ungendered, weighted towards
// people in political news. Used only when a name's first word is one of them.

import type { Gender } from './types.ts';

const MALE =
  'narendra rishi fumio shinzo yoshihide shigeru hakeem ehud naftali yair yahya ebrahim mahathir joko prabowo lula jair chuck jack mark nick rob bob drew pat wade grant lance luca ilya alexei andrey tayyip bashar hosni abiy yoav bezalel itamar gadi shehbaz imran nawaz asif bilawal manmohan adrien alois avi charlie francois leif mads matti nico niko nikos rene sumit pierce buck foster mack ollie stew kir keir olusegun bola goodluck muhammadu uhuru william jaishankar subrahmanyam yevgeny dmytro oleksandr andriy petro vitali vitaliy valerii kyrylo rustem denys mykhailo ruslan oleg igor sergey anatoly nikolai nikolay viktor vladislav yury yuri pavel ramzan aleksandr kassym-jomart shavkat emomali ilham nikol recep hakan mevlut ahmet bulent kemal abdullah salman mohammad javad ebrahim masoud hossein mojtaba nouri haider nechirvan masrour kais abdelmadjid aziz mohammed moqtada'.split(' ');
const FEMALE =
  'giorgia kaja annalena ngozi sanna mette condoleezza karine alexandria ilhan rashida pramila tulsi marine ségolène segolene sahra yulia svetlana zuzana kristalina hasina benazir priyanka mamata nirmala andi andra gaby grace peg sue ursula kamala nancy jacinda theresa liz nikki marjorie elise kristi gretchen kathy hillary madeleine samantha linda claudia dilma cristina michelle yoko sanae ing-wen bi-khim olena iryna yulia lyudmila maria valentina tatiana'.split(' ');

const GENDER = new Map<string, Gender>();
for (const n of MALE) GENDER.set(n, 'male');
for (const n of FEMALE) GENDER.set(n, 'female');

export function extraFirstNameGender(word: string): Gender | undefined {
  return GENDER.get(word.toLowerCase());
}

// Given names the dictionary knows only as common words ("frank", "will", "holly", "ruby"):
// before a surname they open a person's name ("Frank Sinatra", "Jean Gabin", "Will Rogers").
// Months and "May" are left out ("June 2020", "May Day"), and "Art" ("Art Deco") and "Earl" (a title).
const COMMON_WORD_GIVEN_NAMES = new Set(
  'Frank Jean Will Woody Holly Eve Brook Rose Hope Faith Joy Dawn Daisy Lily Violet Ruby Pearl Jade Crystal Guy Ray Gene Dean Rich Sandy Randy Penny Hazel Olive Robin Jay Max Rusty Iris Ivy Hunter Miles Norm Sky Wolf Cliff Gale Lance Bud Bill Sonny Patience Prudence Mercy Misty Sunny Candy Ginger Heath Glen'.split(' '),
);

/** A given name that is also a common word ("Frank", "Jean", "Will"); it vouches for a name only before a surname. */
export function isCommonWordGivenName(word: string): boolean {
  return COMMON_WORD_GIVEN_NAMES.has(word);
}
