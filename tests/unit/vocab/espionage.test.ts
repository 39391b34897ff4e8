import { describe, expect, it } from 'vitest';
import { CORE, CUSTOMS_SEIZURE, FILMING_MILITARY_SITE, WEB_FICTION, ZH_FILMING_MILITARY_SITE } from '../../../src/vocab/espionage.ts';

describe('espionage vocabulary', () => {
  it.each(['求收藏', '求推荐', '求月票', '加入书签', '上一章', '下一章', '章节目录', '本章完', '本章未完'])('knows the web-fiction furniture "%s"', (word) => {
    expect(WEB_FICTION.test(`看完${word}，接着再看更方便。`)).toBe(true);
  });

  it('knows web-fiction furniture in traditional characters', () => {
    expect(WEB_FICTION.test('看後求收藏(書庫)，接著再看更方便。')).toBe(true);
    expect(WEB_FICTION.test('加入書籤')).toBe(true);
    expect(WEB_FICTION.test('章節目錄')).toBe(true);
  });

  it.each([
    'naval base',
    'naval bases',
    'military base',
    'military bases',
    'air base',
    'air bases',
    'military port',
    'military facility',
    'military facilities',
    'military installation',
    'military installations',
    'aircraft carrier',
    'aircraft carriers',
    'warship',
    'warships',
  ])('knows filming a %s', (site) => {
    expect(FILMING_MILITARY_SITE.test(`The two are accused of illegally filming the ${site} with a drone.`)).toBe(true);
    expect(FILMING_MILITARY_SITE.test(`They took photos of the ${site} from a hill.`)).toBe(true);
  });

  it.each([
    '检方称她非法充当外国代理人',
    '被控担任中国代理人',
    '被控擔任中國政府代理人',
    '她被指是北京代理人',
    '他被指是中共代理人',
    '她在任內暗中替中國推進議程',
    '他暗中替中共收集資料',
    '他暗中替北京遊說',
    '她暗中為中國工作',
    '他暗中为中共服务',
    '他暗中为境外机构工作',
  ])('knows an undeclared agent of a state: %s', (text) => {
    expect(CORE.test(text)).toBe(true);
  });

  it.each([
    ['协助外国情报部门收集资料', '部门'],
    ['多次向境外情报机构提供资料', '机构'],
    ['已遭大陆情报单位吸收', '单位'],
    ['向外国情报官员出售资料', '官员'],
    ['加入境外情报组织', '组织'],
    ['協助外國情報部門', '部門'],
  ])('knows an intelligence body in Chinese: %s', (text) => {
    expect(CORE.test(text)).toBe(true);
  });

  it('does not take intelligence alone, in Chinese, for the beat', () => {
    expect(CORE.test('这家公司提供市场情报和行业分析。')).toBe(false);
  });

  it.each([
    'The woman was charged with one count of reckless foreign interference.',
    'She was accused of gathering information on behalf of a foreign principal.',
  ])('knows the offences of acting covertly for a foreign state: %s', (text) => {
    expect(CORE.test(text)).toBe(true);
  });

  it.each([
    'He was sentenced for acting as an unregistered agent of the government of a foreign state.',
    'Two men admitted they had agreed to act as unregistered agents of a foreign government.',
    'She is accused of acting as an undeclared agent of Beijing.',
  ])('knows the offence of an agent who did not register: %s', (text) => {
    expect(CORE.test(text)).toBe(true);
  });

  it('knows a state silencing its critics abroad', () => {
    expect(CORE.test("Experts say the case shows the reach of Beijing's campaign of transnational repression.")).toBe(true);
  });

  it('does not take a registered agent of business for one of a state', () => {
    expect(CORE.test('The firm acted as the registered agent of several shipping companies.')).toBe(false);
  });

  it('does not take an agent of business for one of a state', () => {
    expect(CORE.test('公司在中国的代理人负责销售')).toBe(false);
  });

  it('does not take a site mentioned sentences after the filming', () => {
    expect(FILMING_MILITARY_SITE.test('They filmed a wedding. Later they drove past a naval base.')).toBe(false);
  });
});

describe('espionage vocabulary: the Taiwanese offence of building a spy network', () => {
  it('reads the charge in both scripts', async () => {
    const { CORE } = await import('../../../src/vocab/espionage.ts');
    expect(CORE.test('高等法院依國安法發展組織未遂罪判處某退役軍官有期徒刑1年。')).toBe(true);
    expect(CORE.test('地院依国安法发展组织罪判处陈姓男子3年徒刑。')).toBe(true);
  });

  it('leaves the development organisation of economics alone', async () => {
    const { CORE } = await import('../../../src/vocab/espionage.ts');
    expect(CORE.test('经济合作与发展组织发布了年度经济展望报告。')).toBe(false);
  });
});

describe('espionage vocabulary: an undeclared agent of a state', () => {
  it.each([
    'Prosecutors arrested a former state aide, accusing her of acting on behalf of Beijing in exchange for gifts.',
    'He was charged with acting as an agent of the Chinese government without notifying the attorney general.',
    'The indictment says she was an agent of a foreign government.',
  ])('reads "%s"', async (line) => {
    const { CORE } = await import('../../../src/vocab/espionage.ts');
    expect(CORE.test(line)).toBe(true);
  });

  it('leaves a negotiator speaking for a government alone', async () => {
    const { CORE } = await import('../../../src/vocab/espionage.ts');
    expect(CORE.test('The vice-premier signed the trade deal on behalf of Beijing on Friday.')).toBe(false);
  });

  it.each([
    '他为中共搜集军事机密',
    '涉犯《國家機密保護法》',
    '警方依据反外国干涉法逮捕一名中国公民',
    '在唐人街运作中国「秘密警察局」',
    '纽约的海外警察站被关闭',
    '两人因非法經營海外警局而被捕',
    '在唐人街設立海外華人派出所分部',
  ])('knows the Chinese espionage words in "%s"', (text) => expect(CORE.test(text)).toBe(true));

  it.each([
    'charges of conspiring to act as an agent of the government of a foreign state',
    'they agreed to act as agents of a foreign state',
    "operating a 'secret police station' in Manhattan",
    'two secret police stations were found',
    'an overseas police station in the city',
    'three overseas police stations',
  ])('knows the English espionage words in "%s"', (text) => expect(CORE.test(text)).toBe(true));

  it.each(['拍摄', '偷拍', '航拍', '拍照', '摄录'])('knows filming a military site told with "%s"', (verb) => {
    expect(ZH_FILMING_MILITARY_SITE.test(`三人涉嫌利用无人机${verb}停靠港口的美国航空母舰。`)).toBe(true);
  });
  it.each(['航空母舰', '航母', '军港', '军事基地', '海军基地', '空军基地', '军事设施', '军事管理区', '军舰'])(
    'knows the military site "%s" in Chinese',
    (site) => {
      expect(ZH_FILMING_MILITARY_SITE.test(`他多次用手机拍摄附近的${site}。`)).toBe(true);
    },
  );
  it('knows filming a military site in traditional characters, and not a site named in another clause', () => {
    expect(ZH_FILMING_MILITARY_SITE.test('3名中國留學生涉嫌利用無人機,拍攝停靠釜山港的美國海軍核動力航空母艦。')).toBe(true);
    expect(ZH_FILMING_MILITARY_SITE.test('他拍摄了风景。随后参观军港。')).toBe(false);
  });
  it('knows the site told first as the place of the filming ("在…空军基地附近…拍摄"), not a site in another clause', () => {
    expect(ZH_FILMING_MILITARY_SITE.test('两人涉嫌在海军基地附近利用相机擅自拍摄起降的军机。')).toBe(true);
    expect(ZH_FILMING_MILITARY_SITE.test('兩人涉嫌在空軍基地附近擅自拍攝戰機。')).toBe(true);
    expect(ZH_FILMING_MILITARY_SITE.test('他在军事基地服役多年，退伍后开了一家照相馆，为客人拍照。')).toBe(false);
  });

  it.each([
    ['Customs officials seized 25 tonnes of suspected antimony ingots from an outbound container.', true],
    ['The ingots were intercepted by customs at the land port.', true],
    ['Customs confiscated the parcels.', true],
    ['海关在出境货柜中查获锑锭。', true],
    ['海關查扣一批鎵。', true],
    ['Customs will seize shipments that break the export controls.', false],
  ])('reads a seizure by customs in "%s": %s', (text, want) => expect(CUSTOMS_SEIZURE.test(text)).toBe(want));
});
