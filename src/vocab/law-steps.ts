/**
 * The steps of the law a date in a report can mark, after the act itself: the
 * arrest, the charge, the trial, the verdict. "The man was detained in March
 * 2023" dates an arrest, "He was indicted in August 2024" a charge, "His first
 * trial in November 2024 was not open to the public" a trial, "2015年12月，…被一审
 * 法院判处有期徒刑一年六个月" and "2016年4月20日，南京市中级人民法院驳回上诉，维持原判" a verdict.
 * Chinese words are written in simplified characters; they match in both scripts.
 */
import { inBothScripts } from './han-variants.ts';
import { alternation } from './regex.ts';

/** A verdict, a sentence or a ruling on appeal. */
const VERDICT_EN = [
  '\\bsentenced\\b',
  '\\bconvicted\\b',
  '\\bjailed\\b',
  '\\bfound (?:him |her |them )?(?:not )?guilty\\b',
  '\\bverdicts?\\b',
  '\\bruled\\b',
  '\\bruling\\b',
  '\\bacquitted\\b',
  '\\bupheld\\b',
  '\\b(?:rejected|dismissed|denied) (?:his |her |their |the )?appeals?\\b',
];
const VERDICT_ZH = ['判处', '获刑', '判刑', '被判', '宣判', '判决', '驳回上诉', '维持原判', '改判', '定谳'];

/** A trial, a hearing, a plea, an appearance in court. */
const TRIAL_EN = [
  '\\btrials?\\b',
  '\\bhearings?\\b',
  '\\bmistrial\\b',
  '\\bappeared (?:in|before) (?:a |the )?(?:[\\w-]+ ){0,3}?(?:court|judge|magistrates?)\\b',
  '\\b(?:pleaded|pled) (?:not )?guilty\\b',
  '\\barraigned\\b',
];
const TRIAL_ZH = ['开庭', '审理', '受审', '出庭', '审判'];

/** A charge: "was charged with", "indicted", "检方起诉". */
const CHARGE_EN = ['\\bcharged\\b', '\\bindicted\\b', '\\bindictment\\b', '\\bprosecuted\\b'];
const CHARGE_ZH = ['起诉', '公诉'];

/** An arrest or detention. */
const ARREST_EN = ['\\barrested\\b', '\\bdetained\\b', '\\bapprehended\\b', '\\btaken into (?:criminal )?custody\\b'];
const ARREST_ZH = ['逮捕', '被捕', '拘留', '抓获', '羁押', '拘捕', '落网'];

const stepRe = (en: string[], zh: string[]) => inBothScripts(new RegExp([...en, alternation(zh)].join('|'), 'gi'));

/** Each step of the law with the words that mark it, the later step first (a verdict's clause often names the charge too). */
export const LAW_STEPS = [
  { kind: 'sentence', words: stepRe(VERDICT_EN, VERDICT_ZH) },
  { kind: 'trial', words: stepRe(TRIAL_EN, TRIAL_ZH) },
  { kind: 'charge', words: stepRe(CHARGE_EN, CHARGE_ZH) },
  { kind: 'arrest', words: stepRe(ARREST_EN, ARREST_ZH) },
] as const;
