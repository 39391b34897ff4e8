/**
 * One key per place whatever the script it is written in: "Suzhou", 苏州 and 蘇州市 are "suzhou"; 纽约 and
 * "New York" are "new york". Linking compares the places of reports in two languages by these keys.
 */
import { memoByText } from '../../util/collections.ts';
import { hasHan, romanise } from '../../util/romanise.ts';
import { toSimplified } from '../../vocab/han-variants.ts';
import { ZH_MUNICIPALITIES, ZH_PLACE_ENGLISH, ZH_PROVINCES } from '../../vocab/places.ts';

// An administrative ending a report may add or leave out: 苏州市, 江苏省, "Jiangsu Province", "Suzhou City".
const HAN_ENDING = /(?<=\p{Script=Han}{2})[市省县区]$/u;
const LATIN_ENDING = /\s+(?:city|province|county|district|prefecture)$/;

export const placeKey: (name: string) => string = memoByText((name: string): string => {
  const n = name.trim();
  if (!hasHan(n))
    return n
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(LATIN_ENDING, '');
  const han = toSimplified(n).replace(HAN_ENDING, '');
  const english = ZH_PLACE_ENGLISH[han];
  return english ? english.toLowerCase() : romanise(han).replace(/\s+/g, '');
});

/** The keys of China's provinces and regions ("guangdong", "guangxi"), not of the municipalities that are cities ("shanghai"). */
export const provinceKeys: ReadonlySet<string> = new Set(ZH_PROVINCES.filter((p) => !(ZH_MUNICIPALITIES as readonly string[]).includes(p)).map(placeKey));
