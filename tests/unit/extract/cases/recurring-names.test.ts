/**
 * Names read from how a report keeps using them, with no introducing phrase: a name in characters standing as
 * one twice, a Western name whose surname then stands alone or that an age follows; and the words, places,
 * bodies and offices that only look like names so.
 */
import { describe, expect, it } from 'vitest';
import { findPeople } from '../../../../src/extract/cases/entities.ts';
import { recurringHanNames } from '../../../../src/extract/cases/recurring-names.ts';
import type { Paragraph } from '../../../../src/model/schema.ts';
import { ZH_BEFORE_NAME_PARTICLES, ZH_PERSON_NOUNS } from '../../../../src/vocab/roles.ts';

const paragraphs = (...texts: string[]): Paragraph[] => texts.map((text, i) => ({ id: `p${i + 1}`, text }));
const people = (...texts: string[]) => findPeople(paragraphs(...texts)).map((p) => p.name);
// The names in characters the recurrence alone reads (findPeople reads some of them by their introductions too).
const recurring = (...texts: string[]) => [...recurringHanNames(paragraphs(...texts))];

describe('a name in characters the report keeps using', () => {
  it('is read where it stands as a name twice, in either script', () => {
    expect(people('同村的何立松则捞到过一个圆柱形装置。', '后来，何立松则直接将可疑物送往渔政部门。')).toContain('何立松');
    expect(people('同村的何立松則撈到過一個圓柱形裝置。', '後來，何立松則直接將可疑物送往漁政部門。')).toContain('何立松');
  });

  it('is a two-character name when the third character is a particle ("张建平所在的研究院")', () => {
    expect(people('2005年，张建平所在的研究院进行了改制。', '离开研究院后，张建平在一家公司任职。')).toContain('张建平');
    expect(recurring('2005年，张平所在的研究院进行了改制。', '那时，张平所在的部门很小。')).toEqual(['张平']);
  });

  it('is not read from one use alone', () => {
    expect(people('同村的何立松则捞到过一个圆柱形装置。', '渔民们的警觉性令人敬佩。')).not.toContain('何立松');
  });

  it.each(ZH_PERSON_NOUNS.map((noun) => [noun]))('is read after %s, a noun for a person', (noun) => {
    expect(recurring(`去年${noun}何立松在码头发现一个装置。`, '后来，何立松把它交给了警方。')).toEqual(['何立松']);
  });

  it.each([...ZH_BEFORE_NAME_PARTICLES].map((particle) => [particle]))('is read after the particle %s', (particle) => {
    expect(recurring(`警方${particle}何立松在码头发现的装置进行了鉴定。`, '后来，何立松把它交给了警方。')).toEqual(['何立松']);
  });

  it('is not a number and a measure ("166余吨")', () => {
    expect(recurring('海关查获166余吨，', '另有30余吨，在仓库中被发现。')).toEqual([]);
  });

  it('is not a body or a place, which a name is never followed by ("陸委會")', () => {
    expect(recurring('陸委會表示，將持續關注此案。', '對此，陸委會未再回應。')).toEqual([]);
  });

  it('is not someone named to say who the person of the case is to them ("蔣緯國的前祕書")', () => {
    expect(recurring('已故上將蔣緯國的前祕書涉案。', '報導指出，蔣緯國曾任要職。')).toEqual([]);
  });

  it('is not a word after a metal ("金属鱼")', () => {
    expect(recurring('渔民捞到一条“金属鱼”，', '经鉴定，金属鱼能实时传输信息。')).toEqual([]);
  });

  it('is not a weekday, which reads as 周 and a numeral ("，周二遭起訴")', () => {
    expect(recurring('媒體報道，周二（18日）男子丁立遭起訴。', '檢方指出，周二遭起訴並移審。')).toEqual([]);
    // ...while a name starting so is still one.
    expect(recurring('被告周一鸣在法庭上认罪。', '，周一鸣被判刑三年。')).toEqual(['周一鸣']);
  });

  it('is not the title of a book or a paper in its marks ("《史记》")', () => {
    expect(recurring('在《史记》中，用间的记载最多。', '本文以《史记》的记载为例。')).toEqual([]);
  });

  it('is not read from a passage the page prints twice ("近日,曾任職於..." as a lead and again below it)', () => {
    const lead = '近日,曾任職於前市長辦公室的助理因涉嫌洩密被捕。';
    expect(recurring(lead, '檢方表示，此案仍在偵辦。', lead)).toEqual([]);
    // ...while a name used twice in different words is one.
    expect(recurring('近日,曾任明於辦公室被捕。', '檢方指出,曾任明於去年出境。')).toEqual(['曾任明']);
  });

  it('is not a term in quotation marks ("高薪兼职")', () => {
    expect(recurring('境外间谍常用“高薪兼职”拉拢大学生。', '警惕落入“高薪兼职”陷阱。')).toEqual([]);
  });
});

describe('where a name the report introduces ends, from what it repeats', () => {
  it('is the name the report keeps using, not it and the verb after it ("黄立出卖机密")', () => {
    expect(people('科研人员黄立出卖核心机密，被判处死刑。', '黄立是某研究所的技术人员，', '后来，黄立因此被捕。')).toEqual(['黄立']);
  });
});

describe('a Western name the report keeps using', () => {
  it('is read when its surname then stands alone', () => {
    expect(people('The drawings reached a contact through Harold Finch in 2021.', 'Finch later moved abroad.')).toContain('Harold Finch');
  });

  it('is read with an age after it', () => {
    expect(people('The drawings reached a contact through Harold Finch (52) in 2021.')).toContain('Harold Finch');
  });

  it('is not read from one use alone', () => {
    expect(people('The drawings reached a contact through Harold Finch in 2021.')).not.toContain('Harold Finch');
  });

  it('is read as a given name and an initial used twice ("Jian G.", as courts let reports name the accused)', () => {
    expect(people('The court ruled that Karl W. engaged in spying for years.', 'It found that Karl W. passed on documents.')).toContain('Karl W.');
    expect(people('The court ruled that Karl W engaged in spying.', 'It found that Karl W passed on documents.')).toContain('Karl W');
    // ...not once, nor a middle initial before a surname ("Paul A. Eisen" twice is Paul A. Eisen's byline).
    expect(people('The court ruled that Karl W. engaged in spying for years.')).not.toContain('Karl W.');
    expect(people('By Paul A. Eisen, who wrote on cars.', 'Paul A. Eisen also covers trade.')).not.toContain('Paul A.');
  });

  it('is not a body, a place or a nationality with another word', () => {
    expect(people('The case reached the Eastern District court in 2021.', 'The District said little.')).toEqual([]);
    expect(people('Members of the European Parliament met in 2021.', 'Parliament said little.')).toEqual([]);
  });

  it('is not a region named by its side of a state ("Northern California")', () => {
    expect(people('Northern California man sentenced in 2021.', 'He lived in California for years.')).toEqual([]);
  });

  it('is not a connective before a surname ("Because Chen had access")', () => {
    expect(people('Because Chen had access to the plant, he was asked for drawings.', 'Chen later moved abroad.')).not.toContain('Because Chen');
  });

  it('is not a word the report writes in lower case elsewhere ("Lately Chen")', () => {
    expect(people('Lately Chen had access to the plant.', 'Chen had lately moved abroad.')).not.toContain('Lately Chen');
  });

  it.each(['President', 'Premier', 'Minister', 'leader', 'Chief Executive,', 'Secretary'])('is not someone named after the office "%s"', (office) => {
    expect(people(`An aide to ${office} Harold Finch was charged in 2021.`, 'Finch said he knew nothing of it.')).not.toContain('Harold Finch');
  });
});

describe('a title before an adverb that is also a surname', () => {
  it('reads no name from 间谍常以 (spies often use)', () => {
    expect(people('境外间谍常以招聘为名接近学生。')).toEqual([]);
  });
});

describe('a name the report keeps using, among the people it introduces', () => {
  it('comes after them: the one introduced is the main actor', () => {
    const found = findPeople(paragraphs('The drawings reached Harold Finch in 2021. Prosecutors said Maria Lopez passed the drawings.', 'Finch said nothing.'));
    expect(found.map((p) => [p.name, p.role])).toEqual([
      ['Maria Lopez', 'suspect'],
      ['Harold Finch', 'other'],
    ]);
  });

  it('is not of a case when the report introduces the person outside its paragraphs', () => {
    const article = paragraphs('Prosecutors said Harold Finch passed the drawings.', 'In another case, a clerk met Harold Finch in Leeds. Finch paid her.');
    expect(findPeople([article[1]!], article).map((p) => p.name)).not.toContain('Harold Finch');
    expect(findPeople([article[1]!]).map((p) => p.name)).toContain('Harold Finch');
  });
});
