/**
 * Dated events a case's paragraphs mention ("In August 2023, the Ministry of
 * Commerce imposed new export restrictions"), each with the precision the
 * text gives and the sentence as its label. Relative dates ("on Friday",
 * "earlier this year") are left out: without an anchor they would be guesses.
 */
import type { CaseEvent, Paragraph, PartialDate } from '../../model/schema.ts';
import { inBothScripts } from '../../vocab/han-variants.ts';
import { findDates } from '../metadata/dates.ts';
import { sentences } from './sentences.ts';

const MAX_LABEL = 200;

const SENTENCE = inBothScripts(/\bsentenced\b|\bconvicted\b|判处|获刑/i);
const DISCLOSURE = inBothScripts(/\b(?:exposed|disclosed|published|announced|released|revealed|made public)\b|披露|公布|通报|发布/i);

function kindOf(sentence: string): CaseEvent['kind'] {
  if (SENTENCE.test(sentence)) return 'sentence';
  if (DISCLOSURE.test(sentence)) return 'disclosure';
  return 'event';
}

function label(sentence: string): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text.length <= MAX_LABEL) return text;
  const cut = text.slice(0, MAX_LABEL);
  // Cut at a word; Chinese has no spaces to cut at.
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`;
}

/** `published`: the article's date, against which "this year" and "去年" are read. */
export function findEvents(paragraphs: Paragraph[], article: string, published: PartialDate | null = null): CaseEvent[] {
  const year = published ? Number(published.date.slice(0, 4)) : null;
  const out: CaseEvent[] = [];
  const seen = new Set<string>();
  for (const p of paragraphs) {
    for (const s of sentences(p.text)) {
      for (const d of findDates(s.text, year)) {
        const key = `${d.date}|${s.text}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ date: d.date, precision: d.precision, label: label(s.text), kind: kindOf(s.text), source: { article, paragraph: p.id } });
      }
    }
  }
  return out;
}
