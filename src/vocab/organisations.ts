/**
 * Organisations as news names them: "the MSS", "国家安全部", "Ministry of
 * Commerce"; the head words of an organisation's name ("... Bureau",
 * "... Institute"), and words that may stand before one without being part of it.
 */
import { inBothScripts } from './han-variants.ts';

/** Canonical names of organisations news refers to by several names. */
export const ORG_ALIASES: Array<[string, RegExp]> = (
  [
    // "Ministry of National Security" is a common mistranslation of 国家安全部 in Chinese media captions.
    ['Ministry of State Security', /\bMinistry of (?:State|National) Security\b|\bMSS\b|国家安全部|国安部/],
    ['Ministry of Commerce', /\bMinistry of Commerce\b|\bMOFCOM\b|商务部/],
    ['Ministry of Public Security', /\bMinistry of Public Security\b|公安部/],
    ['General Administration of Customs', /\bGeneral Administration of Customs\b|\bGACC\b|海关总署/],
    ['Central Intelligence Agency', /\bCentral Intelligence Agency\b|\bCIA\b/],
    ['Federal Bureau of Investigation', /\bFederal Bureau of Investigation\b|\bFBI\b/],
    ["People's Liberation Army", /\bPeople['’]s Liberation Army\b|\bPLA\b/],
    ['Secret Intelligence Service (MI6)', /\bSecret Intelligence Service\b|\bMI6\b/],
  ] satisfies Array<[string, RegExp]>
).map(([name, re]) => [name, inBothScripts(re)]);

export const ORG_HEADS =
  'Ministry|Department|Bureau|Administration|Commission|Agency|Office|Institutes?|University|Academy|Corporation|Company|Group|Court|Procuratorate|Customs|Navy|Army|Police|Council|Committee|Service|Telecom|Bank|Association|Federation';

// Words that may precede an organisation's name without being part of it.
export const LEAD_WORDS = new Set(
  'The A An This That However But And Recently Currently Meanwhile Subsequently Then Later Also Both Its Their His Her Our'.split(' '),
);
