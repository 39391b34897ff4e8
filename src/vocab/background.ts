/**
 * What a report says around a case rather than about it: the policy the case
 * broke (export controls, who needs a licence), what the material is used
 * for, the history and the politics between the states involved, figures of
 * other cases, the authority's general warnings, and how the authority
 * published its statement. A sentence of these shapes that names nobody of
 * the case is the article's context: its dates, places and organisations are
 * not facts of the case (src/extract/cases/background.ts).
 */

import { inBothScripts } from './han-variants.ts';
import { NUMBER_WORDS } from './numbers.ts';
import { alternation } from './regex.ts';

/** The nouns of a policy on what may leave a country. */
const CONTROLS = alternation([
  'export controls',
  'export control',
  'export restrictions',
  'export restriction list',
  'export rules',
  'export ban',
  'export bans',
  'export curbs',
  'export licences',
  'export licenses',
  'controls',
  'restrictions',
  'list of controlled',
]);

/**
 * A state making, tightening or applying a rule: "In August 2023, the Ministry of Commerce imposed new
 * export restrictions on these metals", "In 2023, China introduced new export rules requiring permission",
 * "China added several rare earths and related magnets to its export restriction list in early April 2025",
 * "China put the rare metal on its list of controlled substances for export in August last year",
 * "These controls were introduced to safeguard national security", "the MSS has taken significant steps to
 * tighten controls over its strategic minerals".
 */
const POLICY_ACTS_EN = [
  `\\b(?:imposed|imposes|imposing|introduced|introduces|announced|tightened|tighten|tightening|expanded|extended|lifted|eased|unveiled|issued|enacted) (?:[\\w-]+ ){0,3}?${CONTROLS}\\b`,
  `\\b${CONTROLS} (?:were|was|have been|has been) (?:[\\w-]+ )?(?:introduced|imposed|announced|tightened|expanded)\\b`,
  `\\b(?:added|put|placed|included) [^.;]{0,80}?\\b(?:to|on|in) (?:its|the|a) (?:[\\w-]+ ){0,2}?(?:list|catalogue)\\b`,
  // "anyone wanting to export gallium or germanium now requires special permission from the government"
  '\\b(?:now )?(?:requires?|requiring|needs?) (?:special |prior |a |an )?(?:permission|licen[cs]es?|approval)\\b',
  // "Those who violate these rules could face serious consequences", "Due to these regulations, ..."
  '\\b(?:those|anyone|companies|exporters) who (?:violate|breach|break)s?\\b',
  '^(?:due to|under) (?:these|the new) (?:regulations|rules|controls|restrictions)\\b',
  // "following the implementation of new visa regulations"
  '\\b(?:implementation|introduction) of (?:new |the )?(?:[\\w-]+ )?(?:laws?|regulations|rules)\\b',
  // A law changed: "The verdict comes after amendments to the Counter-Espionage Law were implemented during the
  // Standing Committee meeting", "Beijing implemented a revised anti-espionage law last month"
  '\\b(?:amendments? to|revisions? (?:to|of)|revised|amended) (?:its |the |a )?(?:[\\w-]+ ){0,2}?(?:law|act|legislation)\\b',
  // "The Chinese government has determined that gallium and germanium are vital resources"
  '\\b(?:determined|decided|declared) that [^.;]{0,60}?\\b(?:are|is) (?:an? )?(?:vital|strategic|critical|key) (?:resources?|materials?|minerals?|metals?)\\b',
  '^(?:[^\\s,;]+[\\s,]+){0,4}?(?:are|is) (?:an? )?(?:vital|strategic|critical|key) (?:resources?|materials?|minerals?|metals?)\\b',
];

/**
 * The authority's stance rather than what it found: "The MSS emphasized its commitment to safeguarding these
 * critical resources", "the MSS has made it clear that it will take decisive action", "The agency has stated
 * that it will continue to work hard to shut down thefts", "The Ministry of State Security is determined to
 * clamp down on foreign espionage activities", "The recent smuggling incident has prompted the MSS to
 * strengthen its efforts to safeguard its strategic materials".
 */
const STANCE_EN = [
  '\\b(?:emphasi[sz]ed|emphasi[sz]es|reiterated|reaffirmed|stressed) (?:its|their) (?:commitment|determination|resolve)\\b',
  '\\b(?:has|have) made it clear that (?:it|they) will\\b',
  '\\b(?:stated|said|vowed|pledged) that (?:it|they) will continue\\b',
  '\\b(?:is|are) determined to (?:clamp down|crack down|fight|combat|safeguard|protect)\\b',
  '\\bprompted (?:the )?(?:[\\w-]+ ){0,3}?to (?:strengthen|step up|intensify|redouble) (?:its|their) efforts\\b',
];

/**
 * What the material is and what it is for: "It is widely used in devices like semiconductors", "it plays a
 * crucial role in modern technology", "gallium is a key component in advanced military systems", "the U.S.
 * Navy employs gallium in its AN/SPY-6 radar system", "These materials are essential for producing...",
 * "a chemical metal used in batteries, chips and flame retardants". Only as what a sentence (or a clause
 * between dashes) says of its subject, not a phrase anywhere in a sentence about the case.
 */
const USES_EN = [
  '^(?:[^\\s,;]+[\\s,]+){0,8}?(?:is|are|was|were) (?:also |widely |commonly |mainly |mostly |often )?used (?:in|on|for|to|by)\\b',
  '^(?:[^\\s,;]+[\\s,]+){0,8}?(?:also )?(?:plays?|played) an? (?:crucial|key|vital|critical|important|central) role\\b',
  '^(?:[^\\s,;]+[\\s,]+){0,8}?(?:is|are) (?:also )?(?:a |an )?(?:key|crucial|vital|critical|essential) (?:component|ingredient|input)s?\\b',
  '^(?:[^\\s,;]+[\\s,]+){0,8}?(?:is|are) (?:also )?(?:essential|crucial|critical|vital|indispensable) (?:for|to|in)\\b',
  '^(?:[^\\s,;]+[\\s,]+){0,8}?(?:also )?(?:employs?|uses) [\\w-]+ (?:in|for) (?:its|their)\\b',
  '^(?:[^\\s,;]+[\\s,]+){0,8}?(?:also )?(?:rel(?:y|ies)|depends?) on [\\w-]+ (?:for|to)\\b',
  '^(?:[^\\s,;]+[\\s,]+){0,10}?(?:highlights?|underscores?|shows?) (?:how (?:significant|important|crucial)|the (?:importance|critical nature|risks?))\\b',
  // "Gallium is not just a regular metal"
  '^(?:[^\\s,;]+[\\s,]+){0,3}?(?:is|are) not (?:just )?(?:an? )?(?:regular|ordinary|common) (?:metal|mineral|material|element)s?\\b',
  '^(?:an? |the )?(?:[\\w-]+ ){0,3}?(?:metal|mineral|element|material)s? (?:used|that is used|which is used) (?:in|for)\\b',
];

/**
 * The states and their history, and the reactions a case stirs: "The two sides split in 1949 after a civil
 * war and have been spying on each other since", "Beijing has stepped up espionage warnings in recent years
 * as relations with the United States and other Western nations have worsened", "amid its intensifying
 * power rivalry with the United States", "The case has fuelled concern in Germany that Europe has become a
 * major target", "U.S. officials have for years expressed concern about the espionage threat", "China
 * claims self-ruled Taiwan as its territory".
 */
const RELATIONS_EN = [
  '\\bsplit in \\d{4}\\b',
  '\\bcivil war\\b',
  '\\bspying on each other\\b',
  '\\brelations? (?:with|between)\\b[^.;]{0,100}?\\b(?:worsened|soured|deteriorated|strained|tense|tensions?)\\b',
  '\\brelations\\b[^.;]{0,60}?\\bhas since soured\\b',
  '\\b(?:amid|amidst) (?:[\\w-]+ ){0,3}?(?:tensions?|rivalry|competition|trade war|friction)\\b',
  '\\b(?:has|have) (?:fuelled|fueled|raised|heightened|sparked|stoked) (?:[\\w-]+ )?(?:concerns?|fears?|worries)\\b',
  '\\b(?:have|has) for years (?:expressed|voiced|warned)\\b',
  '\\bclaims? (?:[\\w-]+ ){0,2}?Taiwan as (?:its|part of its) (?:own )?territory\\b',
  // "The National Security Department, established under the Beijing-imposed national security law in 2020, ..."
  '^(?:the )?(?:[A-Z][\\w-]+\\s){0,4}[A-Z][\\w-]+,? (?:established|founded|set up|created) (?:under|in)\\b',
];

/**
 * Figures and earlier cases: "In 2024 alone, 64 people were prosecuted for spying", "Since February 2021,
 * over 140,000 individuals from Hong Kong have relocated to the UK", "The ministry has previously accused
 * America's Central Intelligence Agency of being behind a handful of espionage cases", "It is the first
 * time China's top spy agency has named MI6 in a case".
 */
const FIGURES_EN = [
  '\\bin \\d{4} alone\\b',
  '\\b(?:over|more than|nearly|almost|about|some) [\\d,]{3,} (?:people|persons|individuals|residents|cases)\\b',
  '\\b(?:has|have) previously (?:accused|named|blamed|exposed|disclosed)\\b',
  '\\bis the first time\\b',
  // "The accusation follows several high-profile cases of alleged espionage in Europe, including in Germany",
  // "This incident comes amidst a long history of mutual espionage allegations between China and Western powers"
  '^(?:[^\\s,;]+[\\s,]+){0,12}?(?:follows|comes (?:after|amid|amidst|as))\\b[^.;]{0,60}?\\b(?:cases|allegations|accusations|arrests|incidents|prosecutions|convictions)\\b',
  // "Seventeen Japanese have been detained on suspicion of espionage since 2015": a tally of many cases
  `^(?:at least |more than |over |some |nearly )?(?:\\d+|${alternation(NUMBER_WORDS as readonly string[])}) (?:[\\w-]+ ){0,3}?(?:have|has) been (?:detained|arrested|charged|prosecuted|convicted|jailed|sentenced)\\b[^.;]{0,80}?\\bsince\\b`,
];

/**
 * The authority's general warnings to the public: "In May this year, the country's top spy agency warned
 * that Chinese citizens should be on alert for friendly foreign faces", "reminding people to be wary".
 */
const WARNINGS_EN = [
  '\\b(?:warned|urged|reminded|called on|cautioned) (?:that )?(?:all |ordinary |Chinese |the )?(?:citizens|the public|public|people|residents|netizens|students)\\b',
];

/**
 * Reactions to the case and comment on it, by governments and public figures: "China's embassy in Britain
 * denounced them as a fabrication", "Hong Kong's Chief Executive, John Lee, has condemned the British
 * government's decision to charge three men", "made representations to the UK", "the convenor of the
 * Executive Council addressed the situation during a radio program", "The case casts a spotlight on the
 * trade offices". Their places and organisations are those of who reacts, not of the case.
 */
const REACTIONS_EN = [
  '\\b(?:condemned|denounced|slammed|decried) (?:the|them|it|this|these|those|such)\\b',
  '\\breacting to (?:the|these|this|those)\\b',
  '\\bmade (?:solemn |stern |strong )?representations\\b',
  '\\baddressed the (?:situation|case|matter|issue|charges)\\b',
  '\\b(?:casts?|puts?|shines?|throws?) (?:a |the )?(?:spotlight|light) on\\b',
];

/**
 * The same shapes in Chinese: "为保证镓的战略储备需要，2023年7月3日，我国商务部、海关总署发布公告，将镓列为出口管制物项，
 * 并于当年8月1日正式实施" (policy), "稀有金属镓因在芯片、光纤、新能源电池等行业中的重要作用被称为'半导体工业新粮食'"
 * and "锑化铟是红外制导导弹、夜视仪的关键材料" (what it is for), "2025年4月15日是第十个全民国家安全教育日" (a day of
 * observance, the occasion of the publication).
 */
const ZH = [
  '出口管制',
  '管制物项',
  '管制清单',
  '联合公告',
  '列为[^，。；]{0,10}物项',
  '重要作用',
  '被称为',
  '关键材料',
  '不是普通',
  '战略储备',
  '广泛(?:应用|用于)',
  '国家安全教育日',
  '两岸分治',
];

/** A sentence (or a clause between dashes or semicolons) of the article's context, if it names nobody of the case. */
export const CONTEXT_SHAPE = inBothScripts(
  new RegExp([...POLICY_ACTS_EN, ...STANCE_EN, ...USES_EN, ...RELATIONS_EN, ...FIGURES_EN, ...WARNINGS_EN, ...REACTIONS_EN, ...ZH].join('|'), 'i'),
);

/**
 * How the authority published what it said: the medium of the statement, not a channel of the case.
 * "In a statement posted on its social media account on Friday, the Ministry of State Security cited...",
 * "the ministry said in a post on its official WeChat account", "中国国安部4日在微信公众号发文称",
 * "国安部官方微信公众号重磅推出...". These words are left out when the case's topics are read.
 */
export const PUBLICATION_MEDIUM = inBothScripts(
  new RegExp(
    [
      `\\b(?:(?:in|through|via) an? (?:statement|post|article|notice|video|message) )?(?:posted|published|released|shared|put out|issued) (?:on|via|through) (?:its|their|the (?:ministry|agency)['’]s) (?:official )?(?:social media|WeChat|Weibo|online|website|public)(?: public)?(?: (?:account|accounts|platform|platforms|page|pages|channel|channels|site))?\\b`,
      `\\b(?:in|on|via|through) an? (?:post|statement|article|video) (?:on|via) (?:its|their) (?:official )?(?:social media|WeChat|Weibo)(?: public)? (?:account|platform|page|channel)s?\\b`,
      `\\b(?:on|via|through) (?:its|their) (?:official )?(?:social media|WeChat|Weibo)(?: public)? (?:account|platform|page|channel)s?\\b`,
      '(?:通过|在|于)?(?:其)?(?:官方)?(?:微信公众号|微信公众平台|微博|官方网站|官方账号|官网)(?:上)?(?:发文|发布|刊文|刊发|推出)?',
    ].join('|'),
    'gi',
  ),
);

/**
 * Where the outlet that told the story is based: "Earlier this month the South China Morning Post, an
 * English-language newspaper based in Hong Kong, reported that...". The outlet's city is no place of the case.
 */
export const OUTLET_BASED_IN = new RegExp(
  `\\b(?:an? |the )?(?:[\\w-]+ ){0,2}?${alternation(['newspaper', 'news outlet', 'news site', 'news agency', 'outlet', 'broadcaster', 'daily', 'tabloid', 'magazine', 'media group'])} (?:based|headquartered|published) in (?:[A-Z][\\w-]*)(?: [A-Z][\\w-]*){0,2}`,
  'g',
);

/**
 * What a law says, after its name: "the Arms Export Control Act, which prohibits exporting military equipment
 * without a license from the State Department", "the Criminal Code Act 1995, which carries a maximum penalty of
 * 15 years". The body that licenses or the penalty is the law's, not the case's; up to the sentence's end.
 */
export const LAW_DESCRIPTION =
  /(?<=\b(?:Act|Law|Code|Ordinance|Statute|law)\b[^,.;]{0,20}),\s*which (?:prohibits|bans|forbids|outlaws|makes it (?:a crime|illegal|an offen[cs]e)|criminali[sz]es|requires|regulates|governs|carries)\b(?:[^.]|\.(?=\S|\s+[a-z“"]))*/g;

/**
 * How a sentence opens that goes on with the context before it, with an example or more of the same:
 * "This incident comes amidst a long history of mutual espionage allegations. Recently, both sides have
 * started to disclose details of individual cases. For instance, last month, police reported that..." (another
 * case, with its own places), and what someone who commented on the case went on to say.
 */
export const CONTEXT_GOES_ON = inBothScripts(
  new RegExp(
    [
      '^(?:(?:for (?:instance|example)|in (?:one|another) such case|similarly|likewise|recently|in recent (?:years|months))\\b|例如|比如)',
      // What the one who commented went on to say: "Regina Lee, a council convenor, addressed the situation on
      // the radio. She stated that they would now be monitoring activities in the UK."
      '^(?:he|she|they) (?:also |further |then )?(?:said|says|stated|added|noted|mentioned|argued|believes?|emphasi[sz]ed|stressed|explained|warned|told)\\b',
    ].join('|'),
    'i',
  ),
);

/** Words that point at the case's own actor: someone the case tells of, without a name. */
export const ACTOR_REFERENCE = inBothScripts(
  new RegExp(
    `\\b(?:he|she|him|his|her|hers|this (?:person|individual|man|woman)|the (?:man|woman|person|individual|suspects?|defendants?|accused|courier|couple|pair|trio|foreign national|chinese national))\\b|${alternation(['该男子', '该女子', '嫌疑人', '嫌犯', '被告'])}`,
    'i',
  ),
);

/**
 * A report's dateline: where and when it was filed, not where or when the case happened. "19th May 2024 –
 * (Hong Kong) Hong Kong Economic and Trade Office (HKETO) manager...", "14-5-2024 (HONG KONG) Hong Kong's
 * Chief Executive...", "Taipei (AFP): Eight Taiwanese military servicemen were sentenced".
 */
export const DATELINE = new RegExp(
  [
    '^\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \\d{4}\\s*[–—-]\\s*\\([^)]{2,30}\\)\\s*',
    '^\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}\\s*[–—-]?\\s*\\([^)]{2,30}\\)\\s*',
    '^[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2}\\s*\\((?:AFP|AP|Reuters|Xinhua|CNA|Kyodo|Yonhap|dpa|ANI|PTI|IANS|UPI)\\)\\s*[:–—-]\\s*',
    // "MANILA, Philippines — Five more suspected spies were arrested", "SAN DIEGO (AP) — A sailor was convicted"
    '^[A-Z]{2,}(?:[ .-][A-Z]{2,}){0,2}(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+){0,2})?(?:\\s*\\([A-Za-z]{2,12}\\))?\\s*(?:--|[–—])\\s*',
  ].join('|'),
);

/**
 * Words just before a date that make it the date of a rule, not of the case: "bypassing stringent export
 * controls implemented since 2023", "the restrictions in force from August 2023".
 */
export const DATE_OF_RULE_BEFORE = new RegExp(
  [
    // "since the counter-espionage law was introduced in 2014", "export control policies put into place back in late 2024"
    '\\b(?:controls|restrictions|rules|regulations?|laws?|legislation|polic(?:y|ies)|bans?|curbs)\\s+(?:[\\w-]+\\s+){0,2}?(?:implemented|imposed|introduced|launched|enacted|adopted|passed|amended|revised|issued|put into (?:place|force|effect)|took effect|came into (?:force|effect)|in force|in place|in effect)\\s+(?:back\\s+)?(?:since|in|from|on)\\s+(?:(?:late|early|mid)-?\\s*)?$',
    // "Antimony has been subject to export controls since September 2024"
    '\\b(?:subject to|under)\\s+(?:[\\w-]+\\s+){0,2}?(?:controls|restrictions|rules|regulations|bans?|curbs)\\s+(?:since|from)\\s+$',
  ].join('|'),
  'i',
);

/**
 * The year in a law's name, not a date of the case: "the most serious crime under the Economic Espionage Act of
 * 1996", "charged under the National Security Act 2023", "涉嫌触犯《2023年国家安全法》" (inside a title's brackets).
 */
export const LAW_NAME_BEFORE = /\b(?:Act|Law|Code|Ordinance|Statute)\s+(?:of\s+)?$|《[^》]*$/;

/**
 * Words after a date that make it the day a law took effect, or the date of an earlier case the report measures
 * this one against: "《香港国安法》在2020年7月生效", "该法自2015年起施行", "本案是2015年侦办「某某共谍案」以来，再次侦破…".
 */
export const DATE_OF_RULE_AFTER = inBothScripts(/^[^，,。；;]{0,4}?(?:生效|施行|正式实施)|^[^，,。；;]{0,24}?案[」』”"]?以来/);

/**
 * Words around a date that make it the day a statement was published: "根据国家安全部2025年11月12日披露的后续信息"
 * (the words after the date), "The charges, announced on May 13, include..." (the words before it).
 */
export const DISCLOSED_AFTER_DATE = inBothScripts(/^[^，,。；;]{0,4}?(?:披露|通报|公布|发布|发文|宣布)/);
export const DISCLOSED_BEFORE_DATE = /\b(?:announced|disclosed|revealed|published|released|unveiled|made public)\s+(?:on\s+|in\s+)?$/i;

/**
 * A clause of someone's life and career rather than of the case, whose date is background: "was admitted to a
 * top university in 2006", "failed the college entrance examination in 2006", "documents created during the
 * lawmaker's parliamentary term from 2019 to 2025", "自1993年起担任电视公司驻金门记者", "在1990年7月间于空军联队服役时".
 * Only where the clause says nothing of espionage ("employed by Chinese intelligence services since 2002" is the case).
 */
const BIOGRAPHY_EN = [
  '\\bwas admitted to\\b',
  '\\bentrance exam(?:ination)?s?\\b',
  '\\bgraduated (?:from|in)\\b',
  '\\bwas born\\b',
  '\\bserved (?:in|with) the (?:army|navy|air force|military)\\b',
  '\\b(?:parliamentary|legislative) terms?\\b',
  // "the pair moved from China to Wisconsin in 2016", "he became a naturalized citizen in 2019"
  '\\bgrew up\\b',
  '(?<!\\b(?:was|were|been|being) )\\bmoved (?:from [^,;]{1,40}? )?to\\b',
  '\\b(?:immigrated|emigrated)\\b',
  '\\bnaturali[sz]ed\\b',
  '\\bbecame an? (?:[\\w.]+ ){0,2}?citizen\\b',
  // What someone founded, joined or worked at: "founded a friendship association between the two cities in 1985",
  // "in 2016, he joined the army reserves", "has worked for the lawmaker since 2019"
  '\\b(?:co-?)?(?:founded|established) (?:a|an|the|his|her|their)\\b',
  '\\bjoined (?:a|an|the|his|her)\\b',
  '\\b(?:has |had |have )?(?:worked|been working) (?:for|as|at|with) (?:a|an|the|his|her)\\b',
];
// "自1989年起参与…的工作", "从2019年以来一直在为这名议员工作", "曾于2015年10月以基金会主席身份前往…考察", "1985年创办…协会".
const BIOGRAPHY_ZH = ['担任', '服役', '退休', '考入', '毕业', '出生', '任期', '考察', '创办'];
const BIOGRAPHY_ZH_WORK = '(?:参与|一直在)[^，。；,;]{0,20}工作';

/**
 * A sentence of a place's history rather than of the case, whose date is background: "Hong Kong, a former British
 * colony that returned to Chinese control in 1997", "From 1901 to 1992, Subic Bay was home to the largest U.S.
 * naval base outside of America". Only where the clause of the date says nothing of espionage.
 */
const HISTORY_EN = [
  '\\ba former (?:[\\w-]+ ){0,2}?(?:colony|territory|protectorate)\\b',
  '\\breturned to (?:[\\w-]+ )?(?:control|rule|sovereignty)\\b',
  '\\bwas (?:once )?home to\\b',
  '\\b(?:handover|colonial (?:rule|era|times))\\b',
];
const HISTORY_ZH = ['回归', '殖民'];

export const HISTORY = inBothScripts(new RegExp([...HISTORY_EN, alternation(HISTORY_ZH)].join('|'), 'i'));

export const BIOGRAPHY = inBothScripts(new RegExp([...BIOGRAPHY_EN, alternation(BIOGRAPHY_ZH), BIOGRAPHY_ZH_WORK].join('|'), 'i'));
