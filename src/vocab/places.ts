/**
 * The places stories on this beat name: provinces, cities, ports and
 * countries ("smuggled out through Shenzhen", "a naval base in Qingdao").
 */

export const PLACE_LIST = [
  'United States',
  'Hong Kong',
  'Macao',
  'Macau',
  'Taiwan',
  'Myanmar',
  'Japan',
  'South Korea',
  'North Korea',
  'Korea',
  'Russia',
  'India',
  'Vietnam',
  'Philippines',
  'Australia',
  'United Kingdom',
  'Britain',
  'Germany',
  'France',
  'Canada',
  'Singapore',
  'Malaysia',
  'Thailand',
  'Laos',
  'Cambodia',
  'Pakistan',
  'Iran',
  'Israel',
  'Ukraine',
  'Hawaii',
  'Indonesia',
  'Mongolia',
  'Kazakhstan',
  'Netherlands',
  'Belgium',
  'Italy',
  'Spain',
  'Poland',
  'Sweden',
  'Norway',
  'Turkey',
  'Dubai',
  'Europe',
  'Africa',
  'Liaoning',
  'Guangdong',
  'Fujian',
  'Zhejiang',
  'Jiangsu',
  'Shandong',
  'Hainan',
  'Yunnan',
  'Guangxi',
  'Xinjiang',
  'Tibet',
  'Inner Mongolia',
  'Sichuan',
  'Hubei',
  'Hunan',
  'Henan',
  'Hebei',
  'Shanxi',
  'Shaanxi',
  'Gansu',
  'Qinghai',
  'Ningxia',
  'Guizhou',
  'Jiangxi',
  'Anhui',
  'Heilongjiang',
  'Jilin',
  'Chongqing',
  'Tianjin',
  'Shanghai',
  'Beijing',
  'Shenzhen',
  'Guangzhou',
  'Shenyang',
  'Xiamen',
  'Qingdao',
  'Dalian',
  'Wuhan',
  'Chengdu',
  'Nanjing',
  'Hangzhou',
  'Ganzhou',
  'Baotou',
  "Xi'an",
  'Kunming',
  'Harbin',
  'Zhuhai',
  'Sanya',
  'Ningbo',
  'Suzhou',
  'Urumqi',
  'Lhasa',
  'Fuzhou',
  'Changsha',
  'Zhengzhou',
  'Jinan',
  'Hefei',
  'Nanning',
  // Cities whose names are not pinyin (Mongolian, Uyghur, Tibetan), which the reading of unknown places
  // as pinyin syllables misses: border ports such as Erenhot and Horgos are where smuggled goods leave.
  'Hohhot',
  'Kashgar',
  'Karamay',
  'Golmud',
  'Ordos',
  'Erenhot',
  'Horgos',
  'Hulunbuir',
  'Shigatse',
  'Korla',
  'South China Sea',
  'Taiwan Strait',
];

/**
 * The side of a country or a state a region is named by, never a word of a person's name: "Northern California man
 * charged", "Southern Xinjiang", "Western Australia".
 */
export const REGION_ADJECTIVES = ['Northern', 'Southern', 'Eastern', 'Western', 'Northeastern', 'Northwestern', 'Southeastern', 'Southwestern'] as const;

/**
 * Nouns that say the name after them is a place: "the southeastern port city of Busan", "the town of Witney",
 * "the province of Quebec", "the island of Hainan".
 */
export const PLACE_KIND_NOUNS = ['city', 'town', 'village', 'port', 'county', 'province', 'prefecture', 'island', 'region'] as const;

/**
 * Places as Chinese credits name them after the reporter, run on without a
 * break: "记者吴旻洲台湾台北报导", "記者林宛蓉／台北即時報導".
 */
export const ZH_CREDIT_PLACES = [
  '台湾',
  '臺灣',
  '台北',
  '臺北',
  '新北',
  '桃园',
  '桃園',
  '新竹',
  '台中',
  '臺中',
  '台南',
  '臺南',
  '高雄',
  '屏东',
  '屏東',
  '花莲',
  '花蓮',
  '金门',
  '金門',
  '香港',
  '澳门',
  '澳門',
  '北京',
  '上海',
  '深圳',
  '广州',
  '廣州',
  '华盛顿',
  '華盛頓',
  '纽约',
  '紐約',
  '东京',
  '東京',
  '伦敦',
  '倫敦',
  '柏林',
  '巴黎',
] as const;

/**
 * Capitals that stories name for their governments: "spying for Beijing", "on Beijing's orders", "something
 * Beijing has denied", "agreements between Washington and Beijing". Such a name is a place of the case only
 * where the text puts something there ("detained in Beijing", "flew to Beijing").
 */
export const SEATS_OF_GOVERNMENT = ['Beijing', 'Washington', 'Moscow', 'Taipei', 'Tokyo', 'Seoul', 'Pyongyang', 'London', 'Berlin', 'New Delhi'];

/** The words before a place where something happens there: "in", "at", "flew to". */
export const LOCATIVE_BEFORE = ['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'around', 'via', 'through', 'visited', 'visiting', 'based in', 'across'];

/**
 * What follows a place that names an agency, an office or a law rather than where something happened:
 * "aiding the Hong Kong intelligence service", "Hong Kong's Chief Executive, John Lee, has condemned",
 * "allegations against the Hong Kong government", "Huang previously worked for a New Taipei City councillor",
 * "he is a retired Hong Kong police officer", "one of the accused who works for Hong Kong's trade outpost in London".
 * (A capitalised organisation's name after the place, "the Taipei District Prosecutors Office", "Britain's
 * National Security Act", is read from the organisation heads.)
 */
export const AGENCY_NOUNS_AFTER_PLACE = [
  'intelligence service',
  'intelligence services',
  'intelligence agency',
  'intelligence agencies',
  'government',
  'authorities',
  'embassy',
  'consulate',
  'chief executive',
  'councillor',
  'councilor',
  'lawmaker',
  'legislator',
  'mayor',
  'police officer',
  'outpost',
  'office',
  'offices',
  'mission',
] as const;

/** Words between such a place and its agency: "Hong Kong's trade outpost in London", "the city's former mayor". */
export const AGENCY_MODIFIERS = ['former', 'then', 'current', 'trade', 'economic', 'diplomatic', 'representative'] as const;

/** The names of laws a place may stand before: "Britain's National Security Act", "the Hong Kong Basic Law". */
export const LAW_HEADS = ['Act', 'Law', 'Ordinance'] as const;

/**
 * What precedes a place that is someone's office or a promised move, not where the case happened: "is
 * currently deputy mayor of Chiayi City", "a lawmaker for Taichung", "assistance for Zeng and his family to
 * move to the United States", "shortly before he was about to return to Japan", "the family moved to Wisconsin
 * in 2016" (where someone lives, not where the case happened).
 */
export const OFFICE_OR_MOVE_BEFORE_PLACE = [
  'mayor of',
  'governor of',
  'magistrate of',
  'councillor of',
  'councillor for',
  'lawmaker for',
  'legislator for',
  'move to',
  'moving to',
  'emigrate to',
  'emigrating to',
  'relocate to',
  'relocating to',
  'return to',
  'returning to',
  'moved to',
  'emigrated to',
  'immigrated to',
  'relocated to',
  'settle in',
  'settling in',
] as const;

/**
 * Words that place a thing, not an event: "blueprints for a radar system located in Okinawa, Japan" says where
 * the radar is, not where the case happened (the sailor sent the blueprints from California).
 */
// "the company also has a branch in Ludgate Hill in London": where a company keeps an office, not where the case happened.
export const THING_LOCATED = [
  'located in',
  'located at',
  'situated in',
  'situated at',
  'housed in',
  'a branch in',
  'an office in',
  'offices in',
  'branches in',
];

/**
 * What a place's name joined by a hyphen makes a kind of thing, not where the case happened: "rewards,
 * including Nanjing-style salted ducks" is a dish, not a place of the case.
 */
export const STYLE_AFTER_PLACE = ['style'];

/**
 * China's provinces, regions and municipalities by their short names, in simplified characters (matched in both scripts):
 * a report of the security organs places what it does not name in one ("浙江某海岛", a certain island in Zhejiang; "江苏某
 * 研究所"), and the province's last character may be a surname's (江, 苏, 林).
 */
export const ZH_PROVINCES = [
  '河北',
  '山西',
  '辽宁',
  '吉林',
  '黑龙江',
  '江苏',
  '浙江',
  '安徽',
  '福建',
  '江西',
  '山东',
  '河南',
  '湖北',
  '湖南',
  '广东',
  '海南',
  '四川',
  '贵州',
  '云南',
  '陕西',
  '甘肃',
  '青海',
  '台湾',
  '内蒙古',
  '广西',
  '西藏',
  '宁夏',
  '新疆',
  '北京',
  '天津',
  '上海',
  '重庆',
] as const;

/** Of ZH_PROVINCES, the municipalities: each is one city, as a place of a case is ("Shanghai"), not a province. */
export const ZH_MUNICIPALITIES = ['北京', '天津', '上海', '重庆'] as const;

/**
 * Places as Chinese reports name them in the text of a case: "在深圳海关被查获", "經澳門轉往中國", "在釜山被捕".
 * Written in simplified characters (matched in both scripts); China itself is left out, as in PLACE_LIST.
 */
export const ZH_PLACE_LIST = [
  '台湾',
  '台北',
  '新北',
  '桃园',
  '新竹',
  '台中',
  '台南',
  '高雄',
  '屏东',
  '花莲',
  '金门',
  '香港',
  '澳门',
  '北京',
  '上海',
  '深圳',
  '广州',
  '天津',
  '重庆',
  '南京',
  '杭州',
  '成都',
  '武汉',
  '厦门',
  '青岛',
  '大连',
  '福州',
  '珠海',
  '宁波',
  '苏州',
  '华盛顿',
  '纽约',
  '东京',
  '伦敦',
  '柏林',
  '巴黎',
  '首尔',
  '釜山',
  '堪培拉',
  '墨尔本',
  '悉尼',
] as const;

/**
 * Places in characters whose English name is not their pinyin: 纽约 is "New York", 高雄 "Kaohsiung", 釜山 "Busan".
 * Linking compares the places of an English and a Chinese report of one case by these; a place not listed is
 * compared by its pinyin (苏州 "Suzhou", 深圳 "Shenzhen"). Written in simplified characters.
 */
export const ZH_PLACE_ENGLISH: Readonly<Record<string, string>> = {
  // Provinces and regions whose English name is not their pinyin (陕西 is "Shaanxi", its neighbour 山西 "Shanxi").
  陕西: 'Shaanxi',
  内蒙古: 'Inner Mongolia',
  西藏: 'Tibet',
  台北: 'Taipei',
  新北: 'New Taipei',
  新竹: 'Hsinchu',
  台中: 'Taichung',
  高雄: 'Kaohsiung',
  屏东: 'Pingtung',
  花莲: 'Hualien',
  金门: 'Kinmen',
  基隆: 'Keelung',
  马祖: 'Matsu',
  香港: 'Hong Kong',
  澳门: 'Macau',
  华盛顿: 'Washington',
  纽约: 'New York',
  洛杉矶: 'Los Angeles',
  旧金山: 'San Francisco',
  东京: 'Tokyo',
  伦敦: 'London',
  柏林: 'Berlin',
  巴黎: 'Paris',
  首尔: 'Seoul',
  釜山: 'Busan',
  堪培拉: 'Canberra',
  墨尔本: 'Melbourne',
  悉尼: 'Sydney',
  德累斯顿: 'Dresden',
  莱比锡: 'Leipzig',
  布鲁塞尔: 'Brussels',
  杜塞尔多夫: 'Düsseldorf',
  巴拉望: 'Palawan',
  美国: 'United States',
  英国: 'United Kingdom',
  德国: 'Germany',
  日本: 'Japan',
  韩国: 'South Korea',
  菲律宾: 'Philippines',
  越南: 'Vietnam',
  泰国: 'Thailand',
  澳大利亚: 'Australia',
  加拿大: 'Canada',
  俄罗斯: 'Russia',
  中国: 'China',
  大陆: 'China',
};
