/**
 * Known news outlets as data: the canonical name the dataset uses, the other
 * ways pages write it, and the hosts that serve it. Contributors extend this
 * list; the metadata stage only ever returns a canonical `name` from here,
 * or a name a page states about itself (sign-off, masthead, own-app promo).
 */
export interface Outlet {
  name: string;
  aliases: string[];
  hosts: string[];
}

export const OUTLETS: Outlet[] = [
  { name: 'South China Morning Post', aliases: ['SCMP', 'South China Morning Post', '南华早报', '南華早報'], hosts: ['scmp.com'] },
  { name: 'Global Times', aliases: ['Global Times', 'GT', '環球時報', '环球时报', '环球网', '環球網'], hosts: ['globaltimes.cn', 'huanqiu.com'] },
  { name: 'China Daily', aliases: ['China Daily', 'chinadaily.com.cn', '中国日报', '中國日報'], hosts: ['chinadaily.com.cn'] },
  { name: 'Xinhua', aliases: ['Xinhua', 'Xinhua News Agency', 'Xinhuanet', '新华社', '新華社', '新华网'], hosts: ['xinhuanet.com', 'news.cn'] },
  { name: 'CGTN', aliases: ['CGTN', 'China Global Television Network'], hosts: ['cgtn.com'] },
  {
    name: 'People’s Daily',
    aliases: ['People’s Daily', "People's Daily", 'People’s Daily Online', '人民日报', '人民日報', '人民网'],
    hosts: ['people.com.cn', 'peopledaily.com.cn'],
  },
  { name: 'CCTV', aliases: ['CCTV', 'China Central Television', '央视', '央視'], hosts: ['cctv.com'] },
  { name: 'China News Service', aliases: ['China News Service', 'ChinaNews', '中新社', '中国新闻网'], hosts: ['chinanews.com.cn', 'ecns.cn'] },
  { name: 'The Paper', aliases: ['The Paper', 'ThePaper', '澎湃新闻', '澎湃新聞'], hosts: ['thepaper.cn'] },
  { name: 'Sixth Tone', aliases: ['Sixth Tone'], hosts: ['sixthtone.com'] },
  { name: 'Caixin', aliases: ['Caixin', 'Caixin Global', '财新', '財新'], hosts: ['caixinglobal.com', 'caixin.com'] },
  { name: 'DotDotNews', aliases: ['DotDotNews', 'dotdotnews', '點新聞', '点新闻'], hosts: ['dotdotnews.com'] },
  { name: 'Hong Kong Free Press', aliases: ['Hong Kong Free Press', 'HKFP'], hosts: ['hongkongfp.com'] },
  { name: 'The Standard', aliases: ['The Standard'], hosts: ['thestandard.com.hk'] },
  { name: 'RTHK', aliases: ['RTHK', 'Radio Television Hong Kong'], hosts: ['rthk.hk'] },
  { name: 'Ta Kung Pao', aliases: ['Ta Kung Pao', '大公报', '大公報'], hosts: ['takungpao.com'] },
  { name: 'Wen Wei Po', aliases: ['Wen Wei Po', '文汇报', '文匯報'], hosts: ['wenweipo.com'] },
  { name: 'Radio Free Asia', aliases: ['Radio Free Asia', 'RFA'], hosts: ['rfa.org'] },
  { name: 'Voice of America', aliases: ['Voice of America', 'VOA'], hosts: ['voanews.com'] },
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters'], hosts: ['reuters.com'] },
  { name: 'Associated Press', aliases: ['Associated Press', 'AP'], hosts: ['apnews.com'] },
  { name: 'Agence France-Presse', aliases: ['Agence France-Presse', 'AFP'], hosts: ['afp.com'] },
  { name: 'BBC', aliases: ['BBC', 'BBC News'], hosts: ['bbc.com', 'bbc.co.uk'] },
  { name: 'CNN', aliases: ['CNN', 'Cable News Network'], hosts: ['cnn.com'] },
  { name: 'Bloomberg', aliases: ['Bloomberg', 'Bloomberg News'], hosts: ['bloomberg.com'] },
  { name: 'Financial Times', aliases: ['Financial Times', 'FT'], hosts: ['ft.com'] },
  { name: 'The Guardian', aliases: ['The Guardian', 'Guardian'], hosts: ['theguardian.com'] },
  { name: 'The New York Times', aliases: ['The New York Times', 'New York Times', 'NYT'], hosts: ['nytimes.com'] },
  { name: 'The Washington Post', aliases: ['The Washington Post', 'Washington Post'], hosts: ['washingtonpost.com'] },
  { name: 'The Wall Street Journal', aliases: ['The Wall Street Journal', 'Wall Street Journal', 'WSJ'], hosts: ['wsj.com'] },
  { name: 'Nikkei Asia', aliases: ['Nikkei Asia', 'Nikkei'], hosts: ['asia.nikkei.com', 'nikkei.com'] },
  { name: 'The Diplomat', aliases: ['The Diplomat'], hosts: ['thediplomat.com'] },
  { name: 'Al Jazeera', aliases: ['Al Jazeera'], hosts: ['aljazeera.com'] },
  { name: 'Deutsche Welle', aliases: ['Deutsche Welle', 'DW'], hosts: ['dw.com'] },
  { name: 'NHK World', aliases: ['NHK World', 'NHK'], hosts: ['nhk.or.jp'] },
  { name: 'Yonhap', aliases: ['Yonhap', 'Yonhap News Agency'], hosts: ['yna.co.kr'] },
  { name: 'Kyodo News', aliases: ['Kyodo News', 'Kyodo'], hosts: ['kyodonews.net'] },
  { name: 'Taipei Times', aliases: ['Taipei Times'], hosts: ['taipeitimes.com'] },
  { name: 'Focus Taiwan', aliases: ['Focus Taiwan', 'Central News Agency', '中央社', '中央通訊社'], hosts: ['focustaiwan.tw', 'cna.com.tw'] },
  // Singapore's CNA signs its pages "CNA"; Taiwan's Central News Agency is Focus Taiwan above.
  { name: 'CNA', aliases: ['CNA', 'Channel NewsAsia', 'CNA Insider'], hosts: ['channelnewsasia.com'] },
  { name: 'The Straits Times', aliases: ['The Straits Times', 'Straits Times'], hosts: ['straitstimes.com'] },
  { name: 'Newsweek', aliases: ['Newsweek'], hosts: ['newsweek.com'] },
  { name: 'Politico', aliases: ['Politico'], hosts: ['politico.com', 'politico.eu'] },
  { name: 'Axios', aliases: ['Axios'], hosts: ['axios.com'] },
  { name: 'Daily8', aliases: ['Daily8'], hosts: ['daily8.ai'] },
  { name: 'Sing Tao Daily', aliases: ['Sing Tao Daily', 'Sing Tao', '星島日報', '星岛日报', '星島頭條', '星島'], hosts: ['stheadline.com', 'singtao.com'] },
  { name: 'Ming Pao', aliases: ['Ming Pao', '明報', '明报'], hosts: ['mingpao.com'] },
  { name: 'Oriental Daily News', aliases: ['Oriental Daily News', 'Oriental Daily', '東方日報', '东方日报'], hosts: ['orientaldaily.on.cc', 'on.cc'] },
  { name: 'HK01', aliases: ['HK01', '香港01'], hosts: ['hk01.com'] },
  { name: 'Liberty Times', aliases: ['Liberty Times', '自由時報', '自由时报'], hosts: ['ltn.com.tw'] },
  { name: 'United Daily News', aliases: ['United Daily News', 'UDN', '聯合報', '联合报', '聯合新聞網', '联合新闻网'], hosts: ['udn.com'] },
  { name: 'Lianhe Zaobao', aliases: ['Lianhe Zaobao', 'Zaobao', '联合早报', '聯合早報'], hosts: ['zaobao.com', 'zaobao.com.sg'] },
  { name: 'Guangming Daily', aliases: ['Guangming Daily', '光明日报', '光明日報', '光明网'], hosts: ['gmw.cn'] },
  { name: 'Legal Daily', aliases: ['Legal Daily', '法治日报', '法治日報', '法制日报'], hosts: ['legaldaily.com.cn'] },
  { name: 'China Youth Daily', aliases: ['China Youth Daily', '中国青年报', '中國青年報', '中青网'], hosts: ['cyol.com'] },
  { name: 'The Beijing News', aliases: ['The Beijing News', 'Beijing News', '新京报', '新京報'], hosts: ['bjnews.com.cn'] },
  { name: 'Guancha', aliases: ['Guancha', 'Observer Network', '观察者网', '觀察者網'], hosts: ['guancha.cn'] },
  { name: 'Reference News', aliases: ['Reference News', '参考消息', '參考消息'], hosts: ['cankaoxiaoxi.com'] },
  { name: 'The Hindu', aliases: ['The Hindu'], hosts: ['thehindu.com'] },
  { name: 'Hindustan Times', aliases: ['Hindustan Times'], hosts: ['hindustantimes.com'] },
  { name: 'The Times of India', aliases: ['The Times of India', 'Times of India'], hosts: ['timesofindia.indiatimes.com'] },
  { name: 'Press Trust of India', aliases: ['Press Trust of India', 'PTI'], hosts: ['ptinews.com'] },
  { name: 'Korea JoongAng Daily', aliases: ['Korea JoongAng Daily', 'JoongAng Daily'], hosts: ['koreajoongangdaily.joins.com'] },
  { name: 'The Korea Herald', aliases: ['The Korea Herald', 'Korea Herald'], hosts: ['koreaherald.com'] },
  { name: 'The Korea Times', aliases: ['The Korea Times', 'Korea Times'], hosts: ['koreatimes.co.kr'] },
  { name: 'TASS', aliases: ['TASS', 'TASS Russian News Agency'], hosts: ['tass.com'] },
  { name: 'RT', aliases: ['RT', 'Russia Today'], hosts: ['rt.com'] },
  { name: 'VnExpress International', aliases: ['VnExpress International', 'VnExpress'], hosts: ['e.vnexpress.net', 'vnexpress.net'] },
  { name: 'The Epoch Times', aliases: ['The Epoch Times', 'Epoch Times'], hosts: ['theepochtimes.com'] },
  { name: 'The Japan Times', aliases: ['The Japan Times', 'Japan Times'], hosts: ['japantimes.co.jp'] },
  { name: 'Jiji Press', aliases: ['Jiji Press', 'JIJI'], hosts: ['jiji.com'] },
  { name: 'The Asahi Shimbun', aliases: ['The Asahi Shimbun', 'Asahi Shimbun'], hosts: ['asahi.com'] },
  { name: 'The Mainichi', aliases: ['The Mainichi', 'Mainichi Shimbun'], hosts: ['mainichi.jp'] },
  { name: 'U.S. Department of Justice', aliases: ['U.S. Department of Justice', 'US Department of Justice', 'Department of Justice'], hosts: ['justice.gov'] },
  { name: 'The Telegraph', aliases: ['The Telegraph', 'The Daily Telegraph', 'Telegraph'], hosts: ['telegraph.co.uk'] },
  { name: 'The Independent', aliases: ['The Independent'], hosts: ['independent.co.uk'] },
  { name: 'The Economist', aliases: ['The Economist'], hosts: ['economist.com'] },
  { name: 'Euronews', aliases: ['Euronews'], hosts: ['euronews.com'] },
  { name: 'France 24', aliases: ['France 24', 'FRANCE 24'], hosts: ['france24.com'] },
  { name: 'Le Monde', aliases: ['Le Monde'], hosts: ['lemonde.fr'] },
  { name: 'NBC News', aliases: ['NBC News'], hosts: ['nbcnews.com'] },
  { name: 'Fox News', aliases: ['Fox News'], hosts: ['foxnews.com'] },
  { name: 'ABC News (Australia)', aliases: ['ABC News (Australia)', 'Australian Broadcasting Corporation'], hosts: ['abc.net.au'] },
  { name: 'Philippine Daily Inquirer', aliases: ['Philippine Daily Inquirer', 'INQUIRER.net', 'Inquirer'], hosts: ['inquirer.net'] },
  { name: 'Bangkok Post', aliases: ['Bangkok Post'], hosts: ['bangkokpost.com'] },
  { name: 'The Jakarta Post', aliases: ['The Jakarta Post', 'Jakarta Post'], hosts: ['thejakartapost.com'] },
  { name: 'Macau Daily Times', aliases: ['Macau Daily Times', '澳門每日時報'], hosts: ['macaudailytimes.com.mo'] },
  { name: 'Beijing Daily', aliases: ['Beijing Daily', '北京日报', '北京日報', '北京日报客户端'], hosts: ['bjd.com.cn'] },
  { name: 'Mining.com', aliases: ['Mining.com', 'MINING.COM'], hosts: ['mining.com'] },
  { name: 'Medium', aliases: ['Medium'], hosts: ['medium.com'] },
  { name: 'Asia Times', aliases: ['Asia Times'], hosts: ['asiatimes.com'] },
  { name: 'LinkedIn', aliases: ['LinkedIn'], hosts: ['linkedin.com'] },
  { name: 'China National Radio', aliases: ['China National Radio', 'CNR', '央广网', '中央人民广播电台'], hosts: ['cnr.cn'] },
];

function norm(s: string): string {
  return s.normalize('NFKC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

const BY_ALIAS = new Map<string, Outlet>();
for (const o of OUTLETS) for (const a of [o.name, ...o.aliases]) BY_ALIAS.set(norm(a), o);

/** The outlet a whole string names ("Global Times", "SCMP"), or null. */
export function outletByName(text: string): Outlet | null {
  return BY_ALIAS.get(norm(text.replace(/^[\s•·|–—-]+|[\s•·|–—-]+$/g, ''))) ?? null;
}

/** The outlet a URL's host belongs to (subdomains included), or null. */
export function outletByUrl(url: string): Outlet | null {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
  return OUTLETS.find((o) => o.hosts.some((h) => host === h || host.endsWith(`.${h}`))) ?? null;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Short aliases ("AP", "FT", "GT") are too ambiguous to find inside prose.
const PROSE_ALIASES = OUTLETS.flatMap((o) => o.aliases.filter((a) => a.length >= 4 || /[^\x00-\x7f]/.test(a)).map((a) => ({ a, o }))).sort(
  (x, y) => y.a.length - x.a.length,
);

/**
 * Outlets named inside running text, longest alias first, in order of
 * appearance. Latin aliases must stand as whole words.
 */
let compiled: Array<{ a: string; o: Outlet; re: RegExp }> | null = null;
/** Any alias at all: most paragraphs name no outlet, and one scan says so (exact: the alternatives are the regexps below). */
let anyAlias: RegExp | null = null;

// Compiled once per process: this runs for every article (profiled: 1.3 s per 1,000 articles when compiled per call).
function proseRegExps() {
  compiled ??= PROSE_ALIASES.map(({ a, o }) => ({
    a,
    o,
    re: /[^\x00-\x7f]/.test(a) ? new RegExp(escapeRe(a), 'g') : new RegExp(`(?<![\\w])${escapeRe(a).replace(/'/g, "['’]")}(?![\\w])`, 'g'),
  }));
  anyAlias ??= new RegExp(compiled.map(({ re }) => `(?:${re.source})`).join('|'));
  return compiled;
}

export function outletsIn(text: string): Array<{ outlet: Outlet; index: number; alias: string }> {
  const found: Array<{ outlet: Outlet; index: number; alias: string }> = [];
  const taken: Array<[number, number]> = [];
  const all = proseRegExps();
  if (!anyAlias!.test(text)) return found;
  for (const { o, re } of all) {
    for (const m of text.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      found.push({ outlet: o, index: start, alias: m[0] });
    }
  }
  return found.sort((x, y) => x.index - y.index);
}
