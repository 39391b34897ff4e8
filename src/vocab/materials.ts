/**
 * The words of what a case is about as a thing: what was smuggled, stolen,
 * leaked, photographed or sold, as the report names it ("172 photos and 22
 * videos", "information about a Buddhist association", "人事等機密檔案").
 * Read by src/extract/cases/material-phrases.ts: a material is the object of
 * one of these acts whose head is one of these nouns. Chinese is written in
 * simplified characters (han-variants.ts matches both scripts).
 */

/**
 * Acts whose object is a thing taken or moved whatever noun names it: "smuggled 166 metric tons of antimony",
 * "stole trade secrets", "leaked the internal workings of central state agencies", "handed over the blueprints
 * of a submarine", "transferred design drawings". Read with any head noun (MATERIAL_NOUNS is not asked), the
 * noun phrase bounded as for the other acts; NOT_MATERIAL_HEADS says what such an object cannot end on.
 */
export const OBJECT_ACTS = [
  'smuggled',
  'smuggling',
  'smuggle',
  'stole',
  'steal',
  'stealing',
  'leaked',
  'leaking',
  'leak',
  'sold',
  'selling',
  'passed on',
  'passing on',
  'handed over',
  'handing over',
  'hand over',
  'transferred',
  'transferring',
  'shipped',
  'shipping',
  'exported',
  'exporting',
  'copied',
  'copying',
  'downloaded',
  'downloading',
] as const;

/**
 * Acts whose object is the material of a case: "accused of filming the US aircraft carrier", "took a total of
 * 172 photos and 22 videos", "covertly collecting information about a Buddhist association", "sending sensitive
 * but unclassified military information to his handler", "found to have videos of the interior of the naval base".
 */
export const MATERIAL_ACTS = [
  ...OBJECT_ACTS,
  'sell',
  'passed',
  'passing',
  'photographed',
  'photographing',
  'photograph',
  'filmed',
  'filming',
  'film',
  'collected',
  'collecting',
  'collect',
  'gathered',
  'gathering',
  'gather',
  'provided',
  'providing',
  'provide',
  'sent',
  'sending',
  'send',
  'transmitted',
  'transmitting',
  'transmit',
  'obtained',
  'obtaining',
  'obtain',
  'copy',
  // "collating data on military shipments", "compiled information on dissidents".
  'collated',
  'collating',
  'compiled',
  'compiling',
  'took',
  'taking',
  'take',
  'shared',
  'sharing',
  'export of',
  'retained',
  'retaining',
  'kept',
  'found to have',
  'caught with',
  // The common verbs of giving, getting and keeping a thing, in every outlet's English: "disclosed classified
  // information", "supplied technical data", "carrying secret documents", "accessed restricted files".
  'disclosed',
  'disclosing',
  'divulged',
  'divulging',
  'supplied',
  'supplying',
  'delivered',
  'delivering',
  'acquired',
  'acquiring',
  'procured',
  'procuring',
  'accessed',
  'accessing',
  'possessed',
  'possessing',
  'possession of',
  'carried',
  'carrying',
  'mailed',
  'mailing',
  'uploaded',
  'uploading',
  'emailed',
  'emailing',
  'printed',
  'printing',
  'bought',
  'buying',
  'purchased',
  'purchasing',
  'transported',
  'transporting',
  'trafficked',
  'trafficking',
  'photocopied',
  'stored',
  'gave',
  'giving',
] as const;

/**
 * Words of a thing's grade or domain that make any noun a material: "provided sensitive technology", "obtained
 * classified reports", "sold military plans". With one of these before it, the object of an act of MATERIAL_ACTS
 * is read whatever its head noun (what is classified or secret is what a case is about).
 */
export const MATERIAL_GRADES = [
  'classified',
  'secret',
  'top-secret',
  'confidential',
  'sensitive',
  'restricted',
  'proprietary',
  'internal',
  'military',
  'defence',
  'defense',
  'technical',
  'nuclear',
  'trade',
  'state',
  'controlled',
] as const;

/**
 * Acts of the authority that stops a case, whose object is its material: "customs seized 25 tonnes of antimony
 * ingots", "officers confiscated the devices". Done by who tells of the case (NOT_THE_ACTOR), and still its material.
 */
export const SEIZURE_ACTS = ['seized', 'seizing', 'confiscated', 'confiscating', 'intercepted', 'intercepting'] as const;

/**
 * What the object of an act of OBJECT_ACTS or SEIZURE_ACTS is not, by its last word: someone ("sold the
 * engineer out"), a help or a service ("leaked no details but passed on support"), a time or a place, a whole
 * ("smuggling operation", "selling business"), or a word of manner: "passed on the same day", "sold at a profit".
 */
export const NOT_MATERIAL_HEADS = [
  'support',
  'assistance',
  'help',
  'services',
  'service',
  'training',
  'access',
  'advice',
  'part',
  'role',
  'place',
  'time',
  'times',
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'way',
  'ways',
  'route',
  'routes',
  'channel',
  'channels',
  'operation',
  'operations',
  'activities',
  'activity',
  'business',
  'businesses',
  'company',
  'companies',
  'ring',
  'network',
  'networks',
  'gang',
  'scheme',
  'schemes',
  'case',
  'cases',
  'crime',
  'crimes',
  'border',
  'borders',
  'country',
  'countries',
  'abroad',
  'overseas',
  'home',
  'profit',
  'money',
  // "confiscated his illegal gains", "seized personal property": a penalty's object, not the case's thing.
  'gains',
  'proceeds',
  'funds',
  'cash',
  'income',
  'assets',
  'property',
  'belongings',
  // "intercepted the last of the parcels": which of them, not what.
  'last',
  'first',
  'rest',
  // "providing military interests to the enemy" (a law's words): a good of a state, not a thing.
  'interest',
  'interests',
  'themselves',
  'himself',
  'herself',
] as const;

/**
 * What a report asks or pays for, when it is information: "approached him for information about the USS Essex".
 * Read only before the nouns of INFORMATION_NOUNS with what they are about.
 */
export const SOUGHT_BEFORE = ['for', 'in exchange for', 'seeking', 'sought', 'requested'] as const;

/**
 * What a law says makes information a material by what it could do, in a clause after it: "collecting information
 * which could be directly or indirectly useful to an enemy", "documents or information which were calculated to be
 * useful to an enemy" (the words of the Official Secrets Act, quoted in reports of charges under it).
 */
export const USEFUL_TO = ['useful to an enemy', 'useful to the enemy'] as const;

/** Nouns of information: "information about a Buddhist association", "intelligence on naval assets". */
export const INFORMATION_NOUNS = ['information', 'intelligence'] as const;

/** Nouns that name a material only with what it is about: "intelligence on naval assets", not "Chinese intelligence" (the service). */
export const LINKED_ONLY_NOUNS = ['intelligence'] as const;

/** Nouns after a material noun that make it a description of someone: "the Chinese intelligence officer". */
export const MATERIAL_NOUN_AS_MODIFIER = [
  'officer',
  'officers',
  'official',
  'officials',
  'agency',
  'agencies',
  'service',
  'services',
  'agent',
  'agents',
  'operations',
  'operative',
  'operatives',
  'network',
  'networks',
  'unit',
  'units',
] as const;

/**
 * Nouns a material is named by (the head of its phrase): "classified data about US Navy ships", "technical
 * manuals on weapons", "videos of the interior of the naval base", "a spherical device with foreign markings".
 */
export const MATERIAL_NOUNS = [
  ...INFORMATION_NOUNS,
  'data',
  'secrets',
  'documents',
  'document',
  'files',
  'papers',
  'records',
  'materials',
  'manuals',
  'blueprints',
  'drawings',
  'designs',
  'photos',
  'photographs',
  'pictures',
  'images',
  'imagery',
  'videos',
  'video',
  'footage',
  'recordings',
  'device',
  'devices',
  'equipment',
  'samples',
  'seeds',
  // The other things a report says were taken or handed over, in any outlet's English: "stole chip technology",
  // "sent maps of the port", "passed plans of the warship", "handed over reports on troop movements",
  // "shared details of military exercises", "copied source code", "provided the coordinates of radar sites".
  'technology',
  'technologies',
  'maps',
  'plans',
  'reports',
  'specimens',
  'code',
  'software',
  'coordinates',
  'ingots',
] as const;

/** Nouns a material can be counted in without an act before it: "more than 200 classified documents", "172 photos". */
export const COUNTED_MATERIAL_NOUNS = [
  'documents',
  'files',
  'pages',
  'photos',
  'photographs',
  'pictures',
  'images',
  'videos',
  'secrets',
  'recordings',
] as const;

/** Words that join a noun to what it is of or about: "videos of", "information about", "data related to". */
export const MATERIAL_LINKS = ['of', 'about', 'on', 'concerning', 'regarding', 'related to', 'relating to', 'showing', 'containing', 'with', 'from'] as const;

/** Words that begin what is said of a material rather than what it is: "sent X to his handler", "X for money". */
export const MATERIAL_STOPS = [
  'to',
  'for',
  'in',
  'at',
  'by',
  'which',
  'that',
  'who',
  'whose',
  'when',
  // "information on where various Navy ships were": a clause, not a noun.
  'where',
  'what',
  'how',
  'whether',
  'while',
  'after',
  'before',
  'during',
  'since',
  'as',
  'through',
  'via',
  'under',
  'without',
  'between',
  'into',
  'onto',
  'over',
  'than',
  'because',
  'but',
  'some',
  'totaling',
  'totalling',
  'worth',
  // "gigabytes comprising 172 photos": what a thing is made of begins another phrase.
  'comprising',
  'including',
  // "The smuggling cases come amid tightening supply", "sold out", "leaked back": where or how, never what.
  'amid',
  'among',
  'against',
  'across',
  'despite',
  'towards',
  'toward',
  'around',
  'near',
  'out',
  'off',
  'back',
  'away',
  'up',
] as const;

/** Words before the head that are no part of a material's name: "a total of", "the", "his". */
export const MATERIAL_LEADS = [
  'a total of',
  'a number of',
  'a large number of',
  'a large quantity of',
  'large quantities of',
  'a large amount of',
  'large amounts of',
  'a large volume of',
  'a volume of',
  'a trove of',
  'a',
  'an',
  'the',
  'his',
  'her',
  'their',
  'its',
  'some',
  'such',
  'other',
  'covertly',
  'secretly',
  'illegally',
  'allegedly',
] as const;

/**
 * Chinese acts whose object follows: "索取開會紀錄、人事等機密檔案", "洩漏立法院的機密文件", "窃取国家秘密",
 * "拍摄军港照片". (What comes after 提供给/出售给 is who received it, not what.)
 */
export const ZH_MATERIAL_ACTS = [
  '走私',
  '窃取',
  '非法获取',
  '获取',
  '非法提供',
  '提供',
  '出售',
  '出卖',
  '拍摄',
  '拍下',
  '偷拍',
  '刺探',
  '收集',
  '搜集',
  // Taiwan writes 蒐 for 搜: "蒐集軍事機密", "協助蒐報我國軍事機密" (collect and report).
  '蒐集',
  '蒐报',
  '索取',
  '泄露',
  '泄漏',
  '传递',
  '交付',
  '打捞',
  // The common verbs of taking, keeping and sending a thing: "盗取核心技术", "套取内部资料", "携带涉密文件",
  // "非法持有机密文件", "复制、拷贝涉密资料", "下载内部文件", "邮寄样品".
  '盗取',
  '盗窃',
  '套取',
  '携带',
  '非法持有',
  '持有',
  '复制',
  '复印',
  '拷贝',
  '下载',
  '发送',
  '传送',
  '邮寄',
  '贩卖',
  '倒卖',
  '偷运',
  '打探',
  '录制',
] as const;

/** Chinese acts after the object, with 将/把 before it: "将我国航天领域的核心机密提供给西方组织". */
export const ZH_MATERIAL_ACTS_AFTER = ['提供', '出售', '出卖', '交给', '传递', '泄露', '发送', '邮寄', '走私'] as const;

/** Chinese nouns a material ends in: 文件, 档案, 资料, 情报, 机密, 照片, 视频, 设备... */
export const ZH_MATERIAL_NOUNS = [
  '文件',
  '档案',
  '资料',
  '材料',
  '情报',
  '情资',
  // "获取欧盟及德国的敏感信息", "竊取國防資訊".
  '信息',
  '资讯',
  '机密',
  '秘密',
  '纪录',
  '记录',
  '照片',
  '相片',
  '视频',
  '影片',
  '影像',
  '数据',
  '图纸',
  '设备',
  '装置',
  '专利',
  '浮标',
  // "盗取核心技术", "拍摄军事设施图片", "提供军港地图", "出售芯片样品", "非法获取种子", "刺探部队报告".
  '技术',
  '图片',
  '地图',
  '样品',
  '样本',
  '种子',
  '报告',
] as const;

/** Chinese measure words of counted materials: "200余份文件", "172張照片", "22段影片", "外泄7项机密" (items). */
export const ZH_MATERIAL_MEASURES = ['份', '张', '段', '件', '页', '部', '条', '项'] as const;

/**
 * Who tells of a case rather than acts in it: "the ministry provided information about the case", "police took
 * photos of the scene". An act with one of these before it in its clause takes no material.
 */
export const NOT_THE_ACTOR = [
  'police',
  'ministry',
  'authorities',
  'prosecutors',
  'investigators',
  'officials',
  'court',
  'judge',
  'spokesperson',
  'spokesman',
  'reporters',
  'journalists',
] as const;

/** What a phrase ends on when it names the story, not a thing taken: "information about the case". */
// "information on a recruitment website": where it was posted, not what it was.
export const NOT_A_MATERIAL = [
  'case',
  'cases',
  'incident',
  'investigation',
  'arrest',
  'matter',
  'charges',
  'trial',
  'scene',
  'website',
  'websites',
  'platform',
  'platforms',
  'app',
  'apps',
] as const;

/**
 * English words for the Chinese words a material is named in, so a reader of the English site can tell what a
 * Chinese report says was taken: "竊取我國家軍事秘密" -> "military secrets", "刺探、收集軍中機敏資料" -> "sensitive
 * military information", "索取開會紀錄" -> "meeting records", "拍攝投降影片" -> "surrender videos". `head` is the
 * word's English as the noun a phrase ends in, `modifier` as a word before it; `quality` marks a word that says what
 * grade or weight a thing has, which English puts before what it is about ("sensitive military", not "military
 * sensitive"). Written in simplified characters.
 */
export interface MaterialGloss {
  zh: string;
  head?: string;
  modifier?: string;
  quality?: boolean;
}

export const ZH_MATERIAL_GLOSSES: readonly MaterialGloss[] = [
  // What a thing is: the nouns of ZH_MATERIAL_NOUNS.
  { zh: '文件', head: 'documents', modifier: 'document' },
  { zh: '档案', head: 'files', modifier: 'file' },
  { zh: '资料', head: 'information' },
  { zh: '材料', head: 'materials' },
  { zh: '情报', head: 'intelligence', modifier: 'intelligence' },
  { zh: '情资', head: 'intelligence', modifier: 'intelligence' },
  { zh: '信息', head: 'information' },
  { zh: '资讯', head: 'information' },
  { zh: '机密', head: 'secrets', modifier: 'classified', quality: true },
  { zh: '秘密', head: 'secrets', modifier: 'secret', quality: true },
  { zh: '纪录', head: 'records' },
  { zh: '记录', head: 'records' },
  { zh: '照片', head: 'photos', modifier: 'photo' },
  { zh: '相片', head: 'photos', modifier: 'photo' },
  { zh: '视频', head: 'videos', modifier: 'video' },
  { zh: '影片', head: 'videos', modifier: 'video' },
  { zh: '影像', head: 'images', modifier: 'image' },
  { zh: '数据', head: 'data', modifier: 'data' },
  { zh: '图纸', head: 'drawings' },
  { zh: '设备', head: 'equipment', modifier: 'equipment' },
  { zh: '装置', head: 'device' },
  { zh: '专利', head: 'patents', modifier: 'patent' },
  { zh: '技术', head: 'technology', modifier: 'technical' },
  { zh: '图片', head: 'pictures', modifier: 'picture' },
  { zh: '地图', head: 'maps', modifier: 'map' },
  { zh: '样品', head: 'samples', modifier: 'sample' },
  { zh: '样本', head: 'samples', modifier: 'sample' },
  { zh: '种子', head: 'seeds', modifier: 'seed' },
  { zh: '报告', head: 'reports', modifier: 'report' },
  // The grade of a thing: "涉密文件" (classified documents), "機敏資料" (sensitive information).
  { zh: '涉密', modifier: 'classified', quality: true },
  { zh: '敏感', modifier: 'sensitive', quality: true },
  { zh: '机敏', modifier: 'sensitive', quality: true },
  { zh: '重要', modifier: 'important', quality: true },
  { zh: '核心', modifier: 'core', quality: true },
  { zh: '关键', modifier: 'key', quality: true },
  { zh: '内部', modifier: 'internal', quality: true },
  { zh: '绝密', modifier: 'top secret', quality: true },
  { zh: '保密', modifier: 'confidential', quality: true },
  // "軍機文件": documents that are military secrets.
  { zh: '军机', modifier: 'classified military', quality: true },
  // What it is about: "軍事機密", "空軍重要機密", "國家秘密", "人事檔案", "開會紀錄", "技術資料".
  { zh: '军事', modifier: 'military' },
  // "商业秘密" (trade secrets), "经济情报", "政治情报", "外交文件", "军事设施照片", "个人信息", "公务资讯", "政府文件".
  { zh: '商业', modifier: 'trade' },
  { zh: '经济', modifier: 'economic' },
  { zh: '政治', modifier: 'political' },
  { zh: '外交', modifier: 'diplomatic' },
  { zh: '军事设施', modifier: 'military facility' },
  { zh: '设施', modifier: 'facility' },
  { zh: '个人', modifier: 'personal' },
  { zh: '公务', modifier: 'official' },
  { zh: '政府', modifier: 'government' },
  { zh: '部队', modifier: 'troop' },
  { zh: '武器', modifier: 'weapons' },
  { zh: '装备', modifier: 'equipment' },
  { zh: '雷达', modifier: 'radar' },
  { zh: '导弹', modifier: 'missile' },
  { zh: '芯片', modifier: 'chip' },
  { zh: '军中', modifier: 'military' },
  { zh: '国家', modifier: 'state' },
  { zh: '国防', modifier: 'defence' },
  { zh: '空军', modifier: 'air force' },
  { zh: '海军', modifier: 'navy' },
  { zh: '陆军', modifier: 'army' },
  { zh: '军港', modifier: 'naval port' },
  { zh: '基地', modifier: 'base' },
  { zh: '人事', modifier: 'personnel' },
  { zh: '开会', modifier: 'meeting' },
  { zh: '会议', modifier: 'meeting' },
  { zh: '投降', modifier: 'surrender' },
  { zh: '科研', modifier: 'research' },
  { zh: '航天', modifier: 'aerospace' },
  { zh: '水文', modifier: 'hydrological' },
  { zh: '地理', modifier: 'geographic' },
];
