/**
 * Hanyu Pinyin without tones, for the two places Chinese text must meet Latin text:
 * readable page addresses and matching a name across languages (曾某某 and "Zeng").
 * pinyin-pro carries its own dictionary (no network, same output every run) and reads
 * polyphonic characters by context, which a per-character table cannot.
 */
import { createRequire } from 'node:module';

const HAN = /\p{Script=Han}/u;

type PinyinPro = typeof import('pinyin-pro');
type ToJyutping = typeof import('to-jyutping');
/**
 * Loaded on first use: its dictionary takes about half a second to load, which every
 * ingest process and extraction worker paid at start-up, though most slug no Chinese.
 */
let loaded: PinyinPro | undefined;

/** Toneless syllables of `text` (ü written v); Latin letters and digits pass through as they are. */
function syllables(text: string, surname: boolean): string {
  loaded ??= createRequire(import.meta.url)('pinyin-pro') as PinyinPro;
  return loaded
    .pinyin(text, { toneType: 'none', type: 'array', mode: surname ? 'surname' : 'normal', nonZh: 'consecutive', v: true })
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');
}

/** True when the text contains at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** 稀土走私 -> "xi tu zou si"; Latin letters and digits pass through as they are. */
export function romanise(text: string): string {
  return syllables(text, false);
}

/**
 * A personal name read with surname readings first: 曾 is "Zeng" as a surname, not "ceng".
 * Returns lower-case syllables, e.g. 曾某某 -> "zeng mou mou".
 */
export function romaniseName(name: string): string {
  return syllables(name, true);
}

let cantonese: ToJyutping | undefined;

/**
 * The Cantonese readings of each character of `text`, toneless Jyutping ("sing", "seng"...), for names Hong Kong
 * spells by their Cantonese sound ("Shing-wan" for 成運). Loaded on first use, as pinyin is: few names need it.
 */
export function cantoneseReadings(text: string): string[][] {
  cantonese ??= createRequire(import.meta.url)('to-jyutping') as ToJyutping;
  return cantonese
    .getJyutpingCandidates(text)
    .filter(([ch]) => hasHan(ch))
    .map(([, readings]) => [...new Set(readings.map((r) => r.replace(/[1-6]$/, '')))]);
}
