// Words in a sentence, as runs of letters and digits: what `text.match(/[\p{L}\p{N}]+/gu).length`
// counts, without building the array of words (key points count every sentence of the story, twice).

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** How many maximal runs of letters and numbers (any script) the text holds. */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      // A character outside the basic plane is one code point, as the unicode regex reads it.
      word = WORD_CHAR.test(text.slice(i, i + 2));
      i++;
    } else word = WORD_CHAR.test(text.charAt(i));
    if (word && !inWord) count++;
    inWord = word;
  }
  return count;
}
