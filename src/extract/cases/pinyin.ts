/**
 * Pinyin, the mainland's romanisation of Chinese: whether a word is made of its syllables ("Xiaolei",
 * "Jiezhen") and how many it has ("Jinchao" has two, as 金超 has two characters).
 */

export function isPinyinSyllables(word: string): boolean {
  return /^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|uai|iao|ian|uan|van|ai|ei|ao|ou|an|en|er|in|un|vn|ia|ie|iu|ua|uo|ui|ue|ve|a|o|e|i|u|v))+$/.test(
    word.toLowerCase().replace(/[ü]/g, 'v'),
  );
}

/** Syllable count of a pinyin word, or 0 if it is not pinyin. */
export function pinyinSyllables(word: string): number {
  if (!isPinyinSyllables(word)) return 0;
  const m = word
    .toLowerCase()
    .match(
      /(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|iao|ian|uan|ai|ei|ao|ou|an|en|er|in|un|ia|ie|iu|ua|uo|ui|ue|a|o|e|i|u|v)/g,
    );
  return m ? m.length : 0;
}
