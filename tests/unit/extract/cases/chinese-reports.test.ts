/**
 * Reports written in Chinese: a case read from them as from English ones
 * (people as Chinese reports name them, the outcome, materials, who disclosed
 * it), sentences split at 。, names found inside running text.
 */
import { describe, expect, it } from 'vitest';
import { findCases } from '../../../../src/extract/cases/cases.ts';
import { containsName, findPersonIntros } from '../../../../src/extract/cases/entities.ts';
import { findOutcome } from '../../../../src/extract/cases/outcome.ts';
import { clauseAround, sentences } from '../../../../src/extract/cases/sentences.ts';
import { bothScripts } from '../../../../src/vocab/han-variants.ts';
import { articleDraft, taxonomy } from '../../../helpers/drafts.ts';

const article = (title: string, ...texts: string[]) => articleDraft('zh1', 'zh', title, ...texts);

const TITLE = '国家安全部披露一起境外间谍利用高薪兼职拉拢大学生案件';
const REPORT = article(
  TITLE,
  '国家安全部14日通过微信公众号披露一起境外间谍情报机关利用网络兼职拉拢在校大学生的案件。',
  '据介绍，2024年3月，某高校学生李某在社交平台浏览兼职信息时，结识一名自称杂志社摄影编辑的网友。对方称可提供拍摄港口风光的兼职工作。',
  '起初，对方只要求李某拍摄海边风景。随后，对方要求李某前往某军港附近，拍摄停靠舰船的型号和数量。',
  '2024年10月，李某在军港附近拍摄时被查获。经查，与李某联系的编辑系境外间谍情报机关人员。',
  '近日，法院以为境外非法提供国家秘密罪判处李某有期徒刑四年，剥夺政治权利一年。',
  '国家安全部提醒，广大公众如发现可疑情况，可通过12339举报电话进行举报。',
);

describe('a case reported in Chinese', () => {
  const cases = findCases(REPORT, taxonomy);
  it('is one case, titled by the report’s headline, about the person it names', () => {
    expect(cases).toHaveLength(1);
    expect(cases[0]!.title).toBe(TITLE);
    expect(cases[0]!.people.map((p) => p.name)).toEqual(['李某']);
    expect(cases[0]!.paragraphs).toEqual(expect.arrayContaining(['p1', 'p2', 'p3', 'p4', 'p5']));
  });
  it('titled by its own reading when the line read as the headline is page furniture, which linking still compares', () => {
    const [c] = findCases(article('↺ 返回 电子报 正體版', ...REPORT.paragraphs.map((p) => p.text)), taxonomy);
    expect(c!.title).toBe('李某被判四年');
    expect(c!.headline).toBe('↺ 返回 电子报 正體版');
    expect(cases[0]!.headline).toBeUndefined();
  });
  it('with its outcome, what it was about and who disclosed it', () => {
    const c = cases[0]!;
    expect(c.outcome).toMatchObject({ kind: 'sentenced', text: '判处李某有期徒刑四年，剥夺政治权利一年', source: { paragraph: 'p5' } });
    expect(c.topics.map((t) => t.topic)).toEqual(
      expect.arrayContaining(['state-secrets', 'recruitment-part-time-job', 'photographing-sensitive-sites', 'military', 'sentenced']),
    );
    expect(c.assertedBy).toBe('Ministry of State Security');
    expect(c.events.map((e) => [e.date, e.precision])).toEqual([
      ['2024-03', 'month'],
      ['2024-10', 'month'],
    ]);
    expect(c.summary.startsWith('国家安全部14日')).toBe(true);
    expect(c.summary).not.toMatch(/。 /);
  });
  it('takes no warning to the public for an outcome', () => {
    expect(findOutcome([{ id: 'p1', text: '广大公众如发现可疑情况，可向国家安全机关举报。' }], 'zh1')).toBeNull();
  });
});

describe('a case reported in traditional characters (Hong Kong, Taiwan)', () => {
  const cases = findCases(
    article(
      '國安部披露公務員網戀墮「美人計」 洩露內部文件囚七年',
      '國家安全部今日（10日）通過微信公眾號披露一宗案件，一名在某地方政府部門任職的公務員方某，在交友軟件上結識自稱「Lily」的女子，其後被誘騙向對方提供內部文件。',
      '交往數月後，「Lily」以「公司要投資內地項目」為由，請方某提供單位內部的會議紀要和規劃文件。方某明知文件屬內部資料，仍用手機偷拍後發送給對方。',
      '國家安全機關調查發現，「Lily」實為境外間諜情報機關人員。法院以為境外非法提供國家秘密罪判處方某有期徒刑七年，剝奪政治權利二年。',
    ),
    taxonomy,
  );
  it('is read with the same vocabulary as simplified characters, quoted as written', () => {
    expect(cases).toHaveLength(1);
    const c = cases[0]!;
    expect(c.people.map((p) => p.name)).toEqual(['方某', 'Lily']);
    expect(c.outcome).toMatchObject({ kind: 'sentenced', text: '判處方某有期徒刑七年，剝奪政治權利二年' });
    expect(c.assertedBy).toBe('Ministry of State Security');
    expect(c.topics.find((t) => t.topic === 'state-secrets')?.evidence).toBe('國家秘密');
    expect(c.topics.map((t) => t.topic)).toEqual(expect.arrayContaining(['dating-social-apps', 'sentenced']));
  });
});

describe('Chinese names and sentences', () => {
  it.each([
    ['某高校学生李某在社交平台结识一名网友。', ['李某']],
    ['经查，王某某多次向境外提供资料。', ['王某某']],
    ['小李（化名）是某研究所的技术人员。', ['小李']],
    ['于某日在某地某单位，对方某些要求被拒绝。', []],
    ['他担任某公司经理。', []],
    ['公務員方某在交友軟件上結識自稱「Lily」的女子。', ['方某', 'Lily']],
    ['一名自称“猎头顾问”的“Kevin”主动与其联系，对方某些要求被拒绝。', ['Kevin']],
    ['贾某在某社交软件上结识一名自称“海外华人金融分析师”的女子“林薇”。', ['贾某', '林薇']],
    ['某高校学生小陈在网络游戏中结识一名玩家。一小时后，老师来了。', ['小陈']],
    ['任某系某贸易公司销售经理，此前担任某公司经理。', ['任某']],
    ['黃男隨後以「介紹兼職」為由，吸收鄭姓士官與蘇姓中士。據查，「阿杰」實為中共情報人員。', ['黃男', '鄭姓士官', '蘇姓中士', '阿杰']],
  ])('%s -> %j', (text, names) => {
    expect(findPersonIntros(text).map((i) => i.name)).toEqual(names);
  });
  it('finds a name in Han characters inside running text', () => {
    expect(containsName('与李某联系的编辑', '李某')).toBe(true);
    expect(containsName('with Li Wei', 'Li')).toBe(true);
    expect(containsName('Lin said', 'Li')).toBe(false);
  });
  it('ends sentences at 。！？ and clauses at ，；', () => {
    expect(sentences('他被查获。经查，对方系间谍！“是吗？”他问。').map((s) => s.text)).toEqual(['他被查获。', '经查，对方系间谍！', '“是吗？”', '他问。']);
    const text = '近日，法院判处李某有期徒刑四年；剥夺政治权利一年。';
    expect(clauseAround(text, text.indexOf('判处'), 2)).toBe('法院判处李某有期徒刑四年');
  });
});

describe('one person named by surname in the ways Chinese reports do', () => {
  it('is one case, however it is written', () => {
    const cases = findCases(
      article(
        '退役士官吸收現役軍人翻拍機密文件 收泰達幣報酬 高院判10年',
        '退役陸軍上士黃姓男子因積欠賭債，經由網路借貸管道結識中共情報人員，並吸收現役士官翻拍機密文件，高院依違反國家安全法判處有期徒刑10年。',
        '據查，「阿杰」實為中共情報人員。黃男隨後以介紹兼職為由，吸收鄭姓士官與蘇姓中士翻拍機密文件。',
        '國安單位2023年底察覺異常金流，報請檢察署指揮調查局偵辦。',
        '合議庭認為，黃男為謀私利，主動為境外敵對勢力發展組織，情節重大。',
      ),
      taxonomy,
    );
    expect(cases).toHaveLength(1);
    expect(cases[0]!.people.map((p) => p.name)).toEqual(expect.arrayContaining(['黃姓男子', '阿杰']));
  });
});

describe('bothScripts', () => {
  it('lets an expression in simplified characters match traditional ones too', () => {
    expect(bothScripts('间谍')).toBe('[间間][谍諜]');
    expect(bothScripts('[王张]某')).toBe('[王张張]某');
    expect(bothScripts('\\[国\\]')).toBe('\\[[国國]\\]');
    expect(new RegExp(bothScripts('国家秘密|判处')).exec('法院判處方某')?.[0]).toBe('判處');
    expect(bothScripts('\\bspy\\b')).toBe('\\bspy\\b');
  });
});
