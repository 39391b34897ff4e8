/**
 * English for a material a Chinese report names, so a reader of the English
 * site can tell what was taken: "中國軍事秘密" reads "military secrets",
 * "軍中機敏資料" "sensitive military information". The gloss is of the words
 * the phrase ends in (its head noun and the words before it that the glossary
 * knows), read back from the end: what comes before them (whose it is, "我國家",
 * "外交部的") is left in the Chinese. A gloss of the head noun alone says
 * nothing the topic does not, so a gloss has two words at least.
 */
import { TRADITIONAL } from '../../vocab/han-variants.ts';
import { type MaterialGloss, ZH_MATERIAL_GLOSSES } from '../../vocab/materials.ts';

const SIMPLIFIED: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(TRADITIONAL).map(([s, t]) => [t, s]));
const GLOSSES = new Map(ZH_MATERIAL_GLOSSES.map((g) => [g.zh, g]));
const LONGEST = Math.max(...ZH_MATERIAL_GLOSSES.map((g) => g.zh.length));

function simplified(text: string): string {
  return [...text].map((c) => SIMPLIFIED[c] ?? c).join('');
}

const CONJUNCTIONS: Readonly<Record<string, string>> = { 及: 'and', 和: 'and', 与: 'and', 或: 'or' };

/**
 * Whether a glossary word that is only a modifier ends at `end` of the text: "軍事" of "軍事及政治情報" is; "機密" of
 * "軍事機密或公務資訊" is a noun of its own ("military secrets or official information"), and ends a phrase.
 */
function modifierEndingAt(text: string, end: number): boolean {
  for (let n = Math.min(LONGEST, end); n > 0; n--) {
    const word = GLOSSES.get(text.slice(end - n, end));
    if (word) return word.head === undefined;
  }
  return false;
}

/** The glossary's words the text ends in, in reading order: the longest word that ends at each point, back from the end. */
function wordsAtEnd(text: string): MaterialGloss[] {
  const out: MaterialGloss[] = [];
  let end = text.length;
  while (end > 0) {
    let found: MaterialGloss | undefined;
    for (let n = Math.min(LONGEST, end); n > 0 && !found; n--) found = GLOSSES.get(text.slice(end - n, end));
    // "軍事及政治情報": two words joined before the noun are both what it is about ("military and political").
    const joined = !found && out.length > 0 && out[0]!.head === undefined ? CONJUNCTIONS[text[end - 1]!] : undefined;
    if (joined && end > 1 && modifierEndingAt(text, end - 1)) found = { zh: text[end - 1]!, modifier: joined, quality: out[0]!.quality };
    if (!found) break;
    out.unshift(found);
    end -= found.zh.length;
  }
  return out;
}

/** The English of a Chinese material phrase's last words ("開會紀錄" -> "meeting records"), or null. */
export function glossMaterial(phrase: string): string | null {
  const words = wordsAtEnd(simplified(phrase.trim()));
  const head = words.at(-1)?.head;
  if (!head || words.length < 2) return null;
  const before = words.slice(0, -1).map((w) => ({ english: w.modifier ?? w.head!, quality: !!w.quality }));
  // English puts a thing's grade before what it is about: "sensitive military information".
  const ordered = [...before.filter((w) => w.quality), ...before.filter((w) => !w.quality)];
  return [...ordered.map((w) => w.english), head].join(' ');
}

/** A Chinese material with its English after it ("軍事機密 (military secrets)"); other phrases as they are. */
export function withGloss(phrase: string): string {
  const gloss = /\p{Script=Han}/u.test(phrase) ? glossMaterial(phrase) : null;
  return gloss ? `${phrase} (${gloss})` : phrase;
}
