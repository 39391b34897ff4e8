/**
 * The forms in which news reports name the people of a case, each with example sentences written in the
 * shape of real reports (English, simplified and traditional Chinese), and lines that name nobody of a
 * case (organisations, places, outlets, months, a leader mentioned as background). Each line lists every
 * name a reader would take from it as someone of the case: the reading must give exactly those.
 */

export interface NameFormLine {
  text: string;
  names: string[];
}

export const NAME_FORMS: Record<string, NameFormLine[]> = {
  'Western full names (particles, middle initials, hyphens)': [
    { text: 'Federal prosecutors charged John M. Rogers, a former Army intelligence analyst, with conspiring to sell secrets.', names: ['John M. Rogers'] },
    { text: 'Ludwig van der Berg, 58, of Rotterdam, was arrested at Schiphol airport on Tuesday.', names: ['Ludwig van der Berg'] },
    { text: 'The court sentenced Jean-Pierre Dubois to four years in prison for passing naval plans.', names: ['Jean-Pierre Dubois'] },
    { text: 'Maria de la Cruz, a contractor at the naval base, admitted taking photographs of the docks.', names: ['Maria de la Cruz'] },
    { text: 'Kevin Patrick Mallory, a former CIA officer, was convicted of spying for China.', names: ['Kevin Patrick Mallory'] },
    { text: 'A former State Department employee, Candace M. Claiborne, pleaded guilty to lying to investigators.', names: ['Candace M. Claiborne'] },
    { text: "Prosecutors said Peter O'Neill passed the documents to a handler in Hong Kong.", names: ["Peter O'Neill"] },
    { text: 'Police arrested Daniel McAllister and Sarah Whitfield after a search of their home in Leeds.', names: ['Daniel McAllister', 'Sarah Whitfield'] },
  ],
  'Given name and a surname initial ("Thomas R.")': [
    { text: 'The suspect, identified only as Thomas R. under German privacy rules, was arrested in Munich.', names: ['Thomas R.'] },
    { text: 'Prosecutors accuse Klaus S. of passing information about drone deliveries to Chinese intelligence.', names: ['Klaus S.'] },
    { text: 'Dieter W., 39, is accused of scouting military sites for a foreign service.', names: ['Dieter W.'] },
    { text: 'German police arrested Jian G. in Dresden on Monday.', names: ['Jian G.'] },
    { text: 'The three, named as Herwig F., Ina F. and Thomas R., ran a consultancy in Düsseldorf.', names: ['Herwig F.', 'Ina F.', 'Thomas R.'] },
    { text: 'Yaqi X., a Chinese national who worked for a logistics firm, was also charged.', names: ['Yaqi X.'] },
    { text: 'The federal prosecutor said Tobias B. had photographed a naval base in Kiel.', names: ['Tobias B.'] },
    { text: 'According to the indictment, Maximilian K. transmitted the files in 2022.', names: ['Maximilian K.'] },
  ],
  'Taiwanese names with a hyphenated given name': [
    { text: 'Hsu Chih-chiang, a retired army colonel, was indicted for recruiting active officers.', names: ['Hsu Chih-chiang'] },
    { text: 'Prosecutors indicted Chen Yu-lin and three other military officers on Friday.', names: ['Chen Yu-lin'] },
    { text: 'Retired Lieutenant General Kao An-kuo was sentenced to seven years and eight months.', names: ['Kao An-kuo'] },
    { text: 'The Taipei District Court sentenced Lin Wei-ting, a former presidential office aide, to 10 years.', names: ['Lin Wei-ting'] },
    { text: 'Former Air Force Major Hsieh Chih-chung was found guilty of spying for Beijing.', names: ['Hsieh Chih-chung'] },
    { text: 'Chiang Ching-hsiang, 45, of Taichung, was detained after investigators searched his office.', names: ['Chiang Ching-hsiang'] },
    { text: 'Tsai Ming-yen, a sergeant at an air base in Hualien, allegedly photographed aircraft.', names: ['Tsai Ming-yen'] },
    { text: 'Investigators said Huang Chu-jung recruited the officers through a temple association.', names: ['Huang Chu-jung'] },
  ],
  'Chinese full names in characters (both scripts, compound surnames)': [
    { text: '据通报，欧阳明辉是某军工企业的技术人员，长期接触涉密资料。', names: ['欧阳明辉'] },
    { text: '法院以间谍罪判处司马俊杰有期徒刑十年。', names: ['司马俊杰'] },
    { text: '諸葛文彬涉嫌向境外組織提供軍事機密。', names: ['諸葛文彬'] },
    { text: '国家安全机关依法对黄志强采取刑事强制措施。', names: ['黄志强'] },
    { text: '被告人張雅婷在庭上承認犯罪事實。', names: ['張雅婷'] },
    { text: '上官婉清，女，1988年出生，原系某研究所职员。', names: ['上官婉清'] },
    { text: '檢方指出，退役少將許國雄與林志豪共謀發展組織。', names: ['許國雄', '林志豪'] },
    { text: '经查，周宏因涉嫌间谍罪被依法逮捕。', names: ['周宏'] },
  ],
  'Foreign names transliterated into Chinese with a middle dot': [
    { text: '美国司法部起诉了约翰·史密斯，指控他向外国情报人员出售机密。', names: ['约翰·史密斯'] },
    { text: '涉案的英國男子克里斯托弗·貝里被控違反《官方機密法》。', names: ['克里斯托弗·貝里'] },
    { text: '前中情局官员凯文·马洛里被判处20年监禁。', names: ['凯文·马洛里'] },
    { text: '據報導，亞歷山大•馬因涉嫌為中國從事間諜活動被捕。', names: ['亞歷山大•馬'] },
    { text: '美國海軍水兵傑西‧巴蒂斯塔被控出售艦艇資料。', names: ['傑西‧巴蒂斯塔'] },
    { text: '德国联邦检察院逮捕了托马斯・R，他涉嫌为外国情报机构工作。', names: ['托马斯・R'] },
    { text: '警方拘留了一名名叫安娜·伊万诺娃的女子。', names: ['安娜·伊万诺娃'] },
    { text: '法院判处马克·施密特有期徒刑三年。', names: ['马克·施密特'] },
  ],
  'Lists of defendants in pinyin': [
    { text: 'The three defendants, Wang Jun, Li Ming and Zhao Lei, were sentenced to prison terms.', names: ['Wang Jun', 'Li Ming', 'Zhao Lei'] },
    { text: 'The court convicted Zhang Wei, Liu Yang and Chen Hao of illegally exporting gallium.', names: ['Zhang Wei', 'Liu Yang', 'Chen Hao'] },
    { text: 'Those charged include Sun Lei, Zhou Qiang and Wu Gang, all employees of a trading company.', names: ['Sun Lei', 'Zhou Qiang', 'Wu Gang'] },
    { text: 'Prosecutors named the suspects as Huang Bo, Xu Tao and Ma Lin.', names: ['Huang Bo', 'Xu Tao', 'Ma Lin'] },
    { text: 'Li Hua, Zhao Peng and Gao Feng were each sentenced to three years.', names: ['Li Hua', 'Zhao Peng', 'Gao Feng'] },
    { text: 'Among those detained were Guo Qiang and Deng Yong, two drivers for a logistics firm.', names: ['Guo Qiang', 'Deng Yong'] },
    { text: 'The defendants Yang Xiaoming and Zhu Jianguo admitted smuggling antimony through Guangxi.', names: ['Yang Xiaoming', 'Zhu Jianguo'] },
  ],
  'Surname with a one-syllable given name': [
    { text: 'Li Ming, a technician at a research institute, was detained in March.', names: ['Li Ming'] },
    { text: 'Police arrested Wang Bo after he tried to ship germanium to Singapore.', names: ['Wang Bo'] },
    { text: 'Xu Lei was sentenced to ten years in prison for selling military secrets.', names: ['Xu Lei'] },
    { text: 'Ma Jun is accused of smuggling gallium through a courier company.', names: ['Ma Jun'] },
    { text: 'The ministry said Zhou Tao had sold classified documents to a foreign agent.', names: ['Zhou Tao'] },
    { text: 'Chen Gang, 45, from Shenzhen, was caught carrying the metal across the border.', names: ['Chen Gang'] },
    { text: 'Gao Yan, who worked at a defense contractor, admitted the charges.', names: ['Gao Yan'] },
    { text: 'Customs officers stopped Liu Jie at the Luohu crossing with 20 kilograms of antimony.', names: ['Liu Jie'] },
  ],
  '某 forms and surname forms': [
    { text: '经查，某高校学生李某在境外间谍的诱导下拍摄军港照片。', names: ['李某'] },
    { text: '犯罪嫌疑人王某某已被依法刑事拘留。', names: ['王某某'] },
    { text: '被告陳某於庭上坦承犯行。', names: ['陳某'] },
    { text: '刘某某等3人因走私镓被判刑。', names: ['刘某某'] },
    { text: '一名黃姓男子涉嫌為中共刺探情報。', names: ['黃姓男子'] },
    { text: '欧阳某在担任某研究所技术员期间泄露机密。', names: ['欧阳某'] },
  ],
  'Names after roles': [
    { text: 'Former aide Linda Sun was charged with acting as an agent of the Chinese government.', names: ['Linda Sun'] },
    { text: 'A sailor named Jinchao Wei was convicted of selling ship manuals.', names: ['Jinchao Wei'] },
    { text: 'Navy sailor Wenheng Zhao pleaded guilty to accepting bribes.', names: ['Wenheng Zhao'] },
    { text: 'U.S. Army soldier Joseph Schmidt was arrested at the airport in San Francisco.', names: ['Joseph Schmidt'] },
    { text: 'The handler, a businessman named Chen Jun, paid him in cash.', names: ['Chen Jun'] },
    { text: '被告鄭志明在庭審中否認指控。', names: ['鄭志明'] },
    { text: '犯罪嫌疑人孙立军交代了全部犯罪事实。', names: ['孙立军'] },
    { text: 'Businessman Tang Yong was detained when he tried to leave the country.', names: ['Tang Yong'] },
  ],
  'No one of a case (organisations, places, outlets, months, background)': [
    { text: 'The Ministry of State Security said the case was serious.', names: [] },
    { text: 'Beijing Daily reported the case on Friday.', names: [] },
    { text: 'Xi Jinping said in 2014 that national security was the top priority.', names: [] },
    { text: 'Chinese President Xi Jinping met the delegation in Beijing.', names: [] },
    { text: 'In May, Hong Kong Customs seized 300 kilograms of antimony at the border.', names: [] },
    { text: 'The Song Dynasty porcelain was not part of the shipment.', names: [] },
    { text: 'The Taipei District Court will hear the appeal in June.', names: [] },
    { text: 'Fujian Province announced new export controls on gallium.', names: [] },
    { text: 'The South China Morning Post said the smuggling ring was based in Guangdong.', names: [] },
    { text: 'Long Beach police detained the container for inspection.', names: [] },
    { text: '据北京日报报道，国家安全部公布了这起案件。', names: [] },
    { text: '习近平总书记指出，要坚持总体国家安全观。', names: [] },
    { text: '中国航天科技集团发布声明称，相关人员已被调查。', names: [] },
    { text: '江苏省国家安全厅近日破获一起间谍案。', names: [] },
    { text: '他在机场马上被捕，随后被移交司法机关。', names: [] },
    { text: '黄金和白银的出口没有受到影响。', names: [] },
    { text: '高新区管委会表示，企业已经配合调查。', names: [] },
    { text: '台灣高等法院駁回上訴。', names: [] },
  ],
};
