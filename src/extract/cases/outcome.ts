/**
 * What became of a case, as the report states it. A case has one headline
 * outcome: the furthest step the text reports (a sentence outranks the arrest
 * that preceded it). The outcome keeps the source's own words, so a prison
 * term reads as written ("sentenced to 2 years and 3 months in prison and
 * deprived of political rights for 1 year"). Chinese reports state the same
 * steps in their own words (判处, 逮捕, 查获...).
 */
import type { Outcome, Paragraph } from '../../model/schema.ts';
import { inBothScripts } from '../../vocab/han-variants.ts';
import { COUNT_PATTERN, numberWordValue } from '../../vocab/numbers.ts';
import { clauseAround, sentences } from './sentences.ts';

type Kind = Outcome['kind'];

interface Rule {
  kind: Kind;
  rank: number;
  re: RegExp;
}

// Ranked by how far along the case is: the highest rank found wins.
// (A term of years and 徒刑 is a prison term handed down, as "prison term" is: "一審8年2月徒刑", "重判17年徒刑"; not the
// term prosecutors ask for, "求處8年徒刑".)
const RULES: Rule[] = (
  [
    {
      kind: 'sentenced',
      rank: 7,
      re: /\bsentenced\b|\b(?:jailed|imprisoned)\b|\bprison (?:term|sentence)\b|\blife imprisonment\b|\bdeath (?:sentence|penalty)\b|\bconvicted\b|判处|获刑|被判|有期徒刑|无期徒刑|死刑|(?<!求[处處刑][^。，,；]{0,8})\d+年(?:\d+个?月)?徒刑/i,
    },
    {
      kind: 'administrative-penalty',
      rank: 6,
      re: /\badministrative (?:penalt\w*|punishments?|detention|sanctions?)\b|\bfined\b|\bwarned and educated\b|行政拘留|行政处罚|罚款|警告教育|批评教育/i,
    },
    {
      kind: 'arrested',
      rank: 5,
      re: /\b(?:arrested|detained|apprehended)\b|\barrest (?:him|her|them|the)\b|\btaken into (?:criminal )?custody\b|\bcriminal coercive measures\b|逮捕|拘捕|被捕|被抓|刑事拘留|抓获|刑事强制措施/i,
    },
    {
      kind: 'intercepted',
      rank: 4,
      re: /\b(?:stopped|caught|halted|intercepted) at (?:the |an )?(?:airport|border|port|customs|checkpoint)\b|\bintercepted\b|\bseized\b|\bconfiscated\b|查获|截获|扣押|查扣|没收/i,
    },
    {
      kind: 'reported-by-target',
      rank: 3,
      re: /\breported (?:it|this|the (?:matter|situation|incident|contact|approach))?\s*to (?:the )?(?:local )?(?:national security|state security|police|authorities)\b|\b(?:called|dialled|dialed) (?:the )?(?:hotline|12339)\b|(?:向|致电)(?:当地)?(?:国家安全机关|国安机关)(?:报告|举报|反映)/i,
    },
    {
      kind: 'channel-cut-off',
      rank: 3,
      re: /\bcut off (?:the )?(?:smuggling|channels?|routes?)\b|\bdismantl\w* (?:the )?(?:network|ring|channels?|smuggling)\b|\b(?:shut|closed) down\b|\bbroken up\b|\bbroke up\b|\b(?:channels?|routes?|smuggling) (?:have|has|had|were|was) (?:since )?been (?:cut off|shut|closed|blocked)\b|切断|截断|阻断|捣毁|打掉/i,
    },
    // "dealt with according to the law": something followed, the report does not say what.
    {
      kind: 'unknown',
      rank: 2,
      re: /\b(?:dealt with|punished|handled) (?:according to|in accordance with) (?:the )?law\b|\bhanded (?:over )?to (?:the )?prosecutors?\b|依法(?:处理|处置|惩处)|移送(?:检察机关|审查起诉|起诉)/i,
    },
    {
      kind: 'uncovered',
      rank: 1,
      re: /\buncovered\b|\bdiscovered (?:that )?\S+(?: \S+)? (?:was|were|had)\b|\bexposed (?:the|his|her|their)\b|\bcracked (?:the )?case\b|破获|侦破/i,
    },
  ] satisfies Rule[]
).map((rule) => ({ ...rule, re: inBothScripts(rule.re) }));

// "could face legal action", "will be punished": what may happen is not what happened.
const MODAL = inBothScripts(/\b(?:could|may|might|would|will|shall|can)\b|\bif\b|\bthose who\b|可能|将会|可(?![疑靠见是])|请|应当|务必/i);
// "NINGBO, May 14 (Xinhua) - A court has sentenced", "arrested in May 2024": the month, not the modal word, so it
// is taken out before MODAL looks. The modal stays: "the court may sentence him", "May the court...?".
const MONTH_MAY =
  /\bMay(?=\.?\s+\d)|(?<=\b(?:[Oo]n|[Ii]n|[Ss]ince|[Uu]ntil|[Ff]rom|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|[Oo]f)[\s-]+)May\b/g;
// "如发现可疑情况，可向国家安全机关举报": a Chinese condition stands in the clause before.
const ZH_CONDITION = inBothScripts(/如发现|如果|若是|一旦|凡是/);

/** Whether the words at `index` of a sentence say what happened, not what may or should ("could face charges"). */
export function statedAsDone(sentence: string, index: number, length: number): boolean {
  const clause = clauseAround(sentence, index, length);
  const before = clause.slice(0, Math.max(0, clause.indexOf(sentence.slice(index, index + length))));
  return !MODAL.test(before.replace(MONTH_MAY, '')) && !ZH_CONDITION.test(sentence.slice(0, index));
}

export interface OutcomeFound extends Outcome {
  rank: number;
}

/** Every outcome statement in the paragraphs, in text order. */
export function findOutcomes(paragraphs: Paragraph[], article: string): OutcomeFound[] {
  const out: OutcomeFound[] = [];
  for (const p of paragraphs) {
    for (const s of sentences(p.text)) {
      for (const rule of RULES) {
        const m = rule.re.exec(s.text);
        if (!m) continue;
        if (!statedAsDone(s.text, m.index, m[0].length)) continue;
        const clause = clauseAround(s.text, m.index, m[0].length);
        const text =
          rule.kind === 'sentenced'
            ? s.text
                .slice(m.index)
                .replace(/[.!?。！？]+["'”’]?$/, '')
                .trim()
            : clause;
        out.push({ kind: rule.kind, rank: rule.rank, text, source: { article, paragraph: p.id } });
      }
    }
  }
  return out;
}

/** The headline outcome: the furthest step the report states; the first such statement on a tie. */
export function findOutcome(paragraphs: Paragraph[], article: string): Outcome | null {
  let best: OutcomeFound | null = null;
  for (const o of findOutcomes(paragraphs, article)) if (!best || o.rank > best.rank) best = o;
  if (!best) return null;
  const { rank: _rank, ...outcome } = best;
  return outcome;
}

function number(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (numberWordValue(word) ?? NaN);
}

export interface PrisonTerm {
  /** Total months of the fixed term; null for life or death sentences. */
  months: number | null;
  /** The term as written, e.g. "2 years and 3 months". */
  text: string;
  life: boolean;
  death: boolean;
  /** Years of deprivation of political rights, if stated (null for life). */
  politicalRightsYears: number | null;
  politicalRightsLife: boolean;
}

const NUM = COUNT_PATTERN;
const TERM_RE = new RegExp(`\\b${NUM}[ -](years?|months?)(?:[ -]old)?(?:,? and ${NUM} (months?))?`, 'i');

/** The prison term and deprivation of political rights stated in `text`, or null. */
export function parsePrisonTerm(text: string): PrisonTerm | null {
  const at = text.search(/\bsentenced\b|\bjailed\b|\bimprisonment\b|\bprison\b/i);
  if (at < 0) return null;
  const tail = text.slice(at);
  const life = /\blife imprisonment\b|\bfor life\b|\blife sentence\b/i.test(tail.split(/\b(?:deprived|stripped)\b/i)[0]!);
  const death = /\bdeath\b/i.test(tail.split(/\b(?:deprived|stripped)\b/i)[0]!);
  const rights = new RegExp(`(?:deprived|stripped) (?:him |her |them )?of (?:his |her |their )?political rights (?:for )?(?:life|${NUM}[ -]years?)`, 'i').exec(
    tail,
  );
  const rightsLife = /(?:deprived|stripped) (?:him |her |them )?of (?:his |her |their )?political rights for life/i.test(tail);
  const termPart = tail.split(/\b(?:deprived|stripped)\b/i)[0]!;
  const m = TERM_RE.exec(termPart);
  if (!m && !life && !death) return null;
  let months: number | null = null;
  let termText = life ? 'life imprisonment' : death ? 'death' : '';
  if (m && !/old$/.test(m[0])) {
    const first = number(m[1]!);
    months = /year/i.test(m[2]!) ? first * 12 : first;
    if (m[3]) months += number(m[3]);
    termText = m[0];
  }
  return {
    months: life || death ? null : months,
    text: termText,
    life,
    death,
    politicalRightsYears: rights && rights[1] ? number(rights[1]) : null,
    politicalRightsLife: rightsLife,
  };
}

/** A short label of the outcome for titles: "arrested", "sentenced to 2 years and 3 months". */
export function outcomeLabel(outcome: Outcome | null): string | null {
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'sentenced': {
      const term = outcome.text ? parsePrisonTerm(outcome.text) : null;
      return term?.text ? `sentenced to ${term.text}` : 'sentenced';
    }
    case 'arrested':
      return 'arrested';
    case 'administrative-penalty':
      return 'administrative penalty';
    case 'intercepted':
      return 'intercepted';
    case 'channel-cut-off':
      return 'channel cut off';
    default:
      return null;
  }
}
