// The analysis is for English; anything else is refused with a clear reason rather than briefed badly.

import { BriefError } from '../errors.ts';

// Headlines and short items use fewer articles than prose ("Minister says ferries to resume
// after checks"), so prepositions, pronouns and the commonest verbs count too.
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the of and to a in is that for on with as was by it he she said at from are have has be this which his her their they an not or but were will ' +
    'says after over into amid about against than up out off down under before since during without who what when why how its new more would could ' +
    'can should may must been being had do does did no all any also just only our we you your i us them him my there here then so if while us'
  ).split(' '),
);

// Function words of other languages written in Latin letters (none of them an English word or a
// common name part): French, German, Spanish, Italian, Portuguese, Dutch, the Scandinavian
// languages, Polish, Turkish, Indonesian.
const OTHER_FUNCTION_WORDS = new Set(
  (
    'le les des du une et est dans pour pas qui sur au aux avec ont sont été cette leur ' +
    'der das und ist nicht ein eine mit sich dem von zu auf für wird wurde sind auch nach bei ' +
    'el los las y que del por con una para es como más pero sus fue ha ' +
    'il di che della sono nel alla gli anche ' +
    'não uma com os ao pelo pela foi também ' +
    'het een van zijn dat niet voor ook wordt werd ' +
    'och att det som är på för af ikke og er til ' +
    'się nie że jest ' +
    've bir bu için ile olarak ' +
    'yang dan dengan untuk ini itu dari'
  ).split(' '),
);

function lettersOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

function share(words: string[], set: ReadonlySet<string>): number {
  return words.length === 0 ? 0 : words.filter((w) => set.has(w)).length / words.length;
}

export function englishScore(text: string): number {
  return share(lettersOf(text), ENGLISH_FUNCTION_WORDS);
}

/**
 * Refuses text that is plainly another language. Few English function words alone do not
 * decide it: headlines and name-heavy items have few ("Top Republicans condemn Manning
 * decision"); another language shows its own function words, or another script.
 */
export function checkEnglish(text: string, name: string): void {
  const words = lettersOf(text);
  if (words.length === 0) throw new BriefError('NO_SENTENCES', `${name}: no sentences (no words in the text)`);
  // Short texts say too little to judge; English news prose runs at 0.3–0.5 function words.
  if (words.length < 20) return;
  const english = share(words, ENGLISH_FUNCTION_WORDS);
  if (english >= 0.12) return;
  const latin = words.filter((w) => /^[\p{Script=Latin}]+$/u.test(w)).length / words.length;
  const other = share(words, OTHER_FUNCTION_WORDS);
  if (latin < 0.5 || (other >= 0.05 && other > english)) {
    throw new BriefError('NOT_ENGLISH', `${name}: the text does not look like English (only English is analysed)`);
  }
}
