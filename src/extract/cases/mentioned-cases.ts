/**
 * Cases a sentence mentions in passing without telling them: "it revealed two
 * antimony smuggling cases, one involving a family-run criminal network and
 * the other a group of traffickers" (an article that then tells only the
 * first still reports two), "The ministry has previously accused the CIA of
 * being behind ... cases, including one involving an arms company worker and
 * another involving a government employee" (two more), "recalling a previous
 * case in which a fisherman from a neighbouring village had also retrieved a
 * device" (one more). Each becomes a case read from its own words.
 */
import type { Paragraph } from '../../model/schema.ts';
import {
  DESCRIBED_ACTOR_STEPS,
  EARLIER_CASES,
  EARLIER_TIME,
  FIRST_ITEM,
  ITEM_LINK,
  LATER_ITEM,
  NEXT_CLAUSE,
  ONE_EARLIER_CASE,
  OTHER_INCIDENT,
  OTHER_SEIZURE,
  PRECEDENT,
  ZH_AFTER_ANOTHER,
  ZH_COUNTED_PERSON,
  ZH_LOOKS_BACK_PRONOUN,
  ZH_OTHER_INCIDENT,
  ZH_PRECEDENT,
  ZH_PRECEDENT_STEP,
} from '../../vocab/incidents.ts';
import { COUNT_PATTERN, numberWordValue } from '../../vocab/numbers.ts';
import { alternation } from '../../vocab/regex.ts';
import { sentences } from './sentences.ts';
import type { Segment } from './split.ts';

const COUNTED_CASES = new RegExp(`\\b${COUNT_PATTERN}\\s+(?:[\\w-]+\\s+){0,3}cases\\b`, 'i');

interface Mention {
  paragraph: Paragraph;
  items: string[];
  /** The sentence sets the cases apart from those the article tells ("previously", "a previous case"). */
  earlier: boolean;
  /** How many cases the sentence says there are ("two cases"), if it says. */
  count: number | null;
}

/** The items of an enumeration at the start of `text`: "involving A and the other B. ..." -> ["involving A", "B"]. */
function items(text: string): string[] {
  const out: string[] = [];
  const end = text.search(/[.;:!?。；]/);
  for (const part of (end < 0 ? text : text.slice(0, end)).split(LATER_ITEM)) {
    // An item ends at a comma: "a fisherman ... had also retrieved a device, which was later confirmed...".
    const item = part.split(/[,，]/)[0]!.trim();
    if (item.replace(ITEM_LINK, '')) out.push(item);
  }
  return out;
}

function mentionsIn(p: Paragraph): Mention[] {
  const out: Mention[] = [];
  for (const s of sentences(p.text)) {
    if (!/\bcases?\b/i.test(s.text)) continue;
    const one = ONE_EARLIER_CASE.exec(s.text);
    // A sentence that opens with it is a case marker, read by the splitter: "In a similar case, ...".
    if (one && !/^\s*(?:in\s+)?$/i.test(s.text.slice(0, one.index))) {
      const link = /\S+(?:\s+which)?\s*$/.exec(one[0])![0];
      out.push({ paragraph: p, items: items(s.text.slice(one.index + one[0].length - link.length)).slice(0, 1), earlier: true, count: null });
      continue;
    }
    const first = FIRST_ITEM.exec(s.text);
    if (!first) continue;
    const listed = items(s.text.slice(first.index + first[0].length));
    if (listed.length < 2) continue;
    const before = s.text.slice(0, first.index);
    const counted = COUNTED_CASES.exec(before);
    const count = counted ? (/^\d+$/.test(counted[1]!) ? Number(counted[1]) : (numberWordValue(counted[1]!) ?? null)) : null;
    out.push({ paragraph: p, items: listed, earlier: EARLIER_CASES.test(before), count });
  }
  return out;
}

/**
 * The cases `paragraphs` mention without telling them, given how many
 * segments tell cases: earlier cases are all new; a count of the article's
 * own ("two cases, one ... the other ...") adds what the segments lack, from
 * the last item back.
 */
export function mentionedCases(paragraphs: Paragraph[], told: number, starts: ReadonlySet<string> = new Set()): Segment[] {
  const out: Segment[] = [];
  let own = told;
  // A paragraph that says the story has precedents, and the one after it, name them.
  let precedentsLeft = 0;
  for (const p of paragraphs) {
    const others = otherIncidents(p, starts.has(p.id), p === paragraphs[0]);
    const precedent = HAN.test(p.text) ? zhPrecedentsIn(p, precedentsLeft > 0, starts.has(p.id)) : precedentsIn(p, precedentsLeft > 0, starts.has(p.id));
    precedentsLeft = precedent.opens ? 2 : precedentsLeft - 1;
    const items = [...others, ...precedent.items.filter((i) => !others.some((o) => i.includes(o) || o.includes(i)))];
    for (const item of items) out.push({ signal: 'mentioned', paragraphs: [{ id: p.id, text: item }], actors: [] });
    if (!/\bcases?\b/i.test(p.text)) continue;
    for (const m of mentionsIn(p)) {
      let picked: string[] = [];
      if (m.earlier) picked = m.items;
      else if (m.count === m.items.length && m.count > own) {
        picked = m.items.slice(own);
        own = m.count;
      }
      for (const item of picked) out.push({ signal: 'mentioned', paragraphs: [{ id: m.paragraph.id, text: item }], actors: [] });
    }
  }
  return out;
}

/**
 * Other incidents a paragraph tells in one sentence each ("Taiwan also indicted a politician ... earlier this
 * month"), in their own words from the people on. A paragraph that opens a case of its own is told already in
 * its first sentence.
 */
function otherIncidents(p: Paragraph, opensCase: boolean, isLead: boolean): string[] {
  const out: string[] = [];
  for (const s of sentences(p.text)) {
    if (opensCase && s.start === 0) continue;
    // A Chinese sentence of another incident is its own account, from its time on. (Not in the article's lead,
    // which counts the story's own people after its dateline: "【…2023年04月18日讯】4月17日，警方逮捕两名…".)
    if (!isLead && HAN.test(s.text) && ZH_OTHER_INCIDENT.test(s.text)) {
      out.push(
        s.text
          .replace(/^(?:此前|之前|早前|稍早)[，,]?\s*/, '')
          // The words before a comma that leads to the person, with no date to keep, are a time ("其中包括于上月，一名…"); a clause
          // after "；" goes on about them, not the incident.
          .replace(TIME_BEFORE_PERSON, '')
          .split(/[；;]/)[0]!
          .replace(/[。]\s*$/, '')
          .trim(),
      );
      continue;
    }
    const m = OTHER_INCIDENT.exec(s.text);
    const item = m
      ? s.text
          .slice(m.index + m[0].length)
          .replace(/[.。]\s*$/, '')
          .trim()
      : OTHER_SEIZURE.test(s.text)
        ? seizureClause(s.text)
        : '';
    if (item) out.push(item);
  }
  return out;
}

/** "Hong Kong customs previously intercepted shipments" of "In addition, ..., although no arrests were made": the seizure's own clause. */
function seizureClause(sentence: string): string {
  return sentence
    .replace(/^(?:in addition|also|meanwhile|separately),\s+/i, '')
    .split(/,\s+(?:although|though|but|while|which)\b/i)[0]!
    .replace(/[.。]\s*$/, '')
    .trim();
}

// A step the law took, in the passive, after the one it befell: "a Victorian man was charged in November 2020",
// "Chinese individuals were apprehended for filming ..." (not "he was charged", "the woman was charged": the story's own).
const PASSIVE_STEP = new RegExp(
  `^(?!\\s*(?:he|she|they|it|this|that|the|his|her|its|their)\\b)[^,;]{2,80}?\\b(?:was|were|has been|have been|had been)\\s+(?:\\w+ly\\s+)?${alternation(DESCRIBED_ACTOR_STEPS)}\\b`,
  'i',
);
const EARLIER = new RegExp(`\\b${EARLIER_TIME}\\b`, 'i');
// "..., and Jeju International Airport in December": the same act on another object at another time, its verb left out.
const GAPPED = new RegExp(`^[^,;]{1,60}\\s${EARLIER_TIME}\\b[^,;]{0,20}$`, 'i');

/**
 * The earlier incidents a paragraph names after saying the story has precedents ("It is the third time ... A
 * Victorian man was charged in November 2020, while a NSW man was charged in April 2023"), or, in the paragraph
 * after, each clause with someone the law acted on at an earlier time. `opens`: the paragraph says so.
 */
function precedentsIn(p: Paragraph, open: boolean, opensCase: boolean): { items: string[]; opens: boolean } {
  const items: string[] = [];
  let opens = false;
  for (const s of sentences(p.text)) {
    if (PRECEDENT.test(s.text)) {
      opens = true;
      continue;
    }
    if (!(open || opens) || (opensCase && s.start === 0)) continue;
    // The subject and verb of the clause before, for a clause that leaves them out.
    let head: string | null = null;
    for (const clause of s.text.replace(/[.!?]+["'”’]?$/, '').split(NEXT_CLAUSE)) {
      const step = EARLIER.test(clause) ? PASSIVE_STEP.exec(clause) : null;
      if (step) {
        items.push(clause.trim());
        head = clause.slice(0, step[0].length) + (/^\s+(?:for|while|after)\s+\w+ing\b/i.exec(clause.slice(step[0].length))?.[0] ?? '');
      } else if (head && GAPPED.test(clause)) items.push(`${head} ${clause.trim()}`);
      else head = null;
    }
  }
  return { items, opens };
}

const HAN = /\p{Script=Han}/u;
const TIME_BEFORE_PERSON = new RegExp(`^[^，,。\\d]{1,8}[，,]\\s*(?=${ZH_COUNTED_PERSON})`);
const AFTER_ANOTHER_ALL = new RegExp(ZH_AFTER_ANOTHER.source, 'g');

/**
 * The earlier incidents a Chinese paragraph names after saying the story has precedents ("这样的间谍案例不只一宗，
 * 驻港部队在1997年…发现…窃听器"), or, in the paragraphs after, each clause of a year and a step taken
 * ("2023年11月末，警方指控…商人…"). Clauses are cut at "；" and "。"; the clause with the cue counts from after it.
 */
function zhPrecedentsIn(p: Paragraph, open: boolean, opensCase: boolean): { items: string[]; opens: boolean } {
  const items: string[] = [];
  let opens = false;
  let first = true;
  // "这是…在周一抓捕三名间谍嫌疑人之后…公布的另一起中国间谍案": the case the story comes after, wherever it stands.
  for (const m of p.text.matchAll(AFTER_ANOTHER_ALL)) items.push(m[1]!.replace(/^(?:这是|這是)/, '').trim());
  for (const clause of p.text.split(/[。；;]/)) {
    const isFirst = first;
    first = false;
    const cue = ZH_PRECEDENT.exec(clause);
    if (cue) opens = true;
    if (!(open || opens) || (opensCase && isFirst)) continue;
    const told = (cue ? clause.slice(cue.index + cue[0].length).replace(/^[^，,]*[，,]/, '') : clause).trim();
    const step = ZH_PRECEDENT_STEP.exec(told);
    if (step && !ZH_LOOKS_BACK_PRONOUN.test(told.slice(0, step.index + step[0].length))) items.push(told);
  }
  return { items, opens };
}

/** The title of a case mentioned in passing, in its own words: "Case involving a government employee". */
export function mentionedCaseTitle(item: string): string {
  // A Chinese clause is its own title: "驻港部队在1997年…发现…窃听器".
  if (HAN.test(item)) return item;
  // "A Victorian man was charged in November 2020": a clause of its own says what happened.
  if (PASSIVE_STEP.test(item)) return item.replace(/^(?:a|an)\s+/i, '');
  // "Hong Kong customs previously intercepted shipments", "10 people ... were also charged for ...": a clause
  // with its own verb is its own title.
  if (OTHER_SEIZURE.test(item) || /\b(?:was|were)\s+also\s+\w+ed\b/i.test(item)) return item;
  return ITEM_LINK.test(item) ? `Case ${item}` : `Case involving ${item}`;
}
