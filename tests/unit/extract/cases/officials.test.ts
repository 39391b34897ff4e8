/**
 * Officials, counsel and relations a report names in a case: by the office before the name or in apposition
 * after it, in English and in characters; listed apart from the suspects, never titling the case; named in a
 * paragraph of their own (a prosecutor's quote) and still of the case told before.
 */
import { describe, expect, it } from 'vitest';
import { findCases } from '../../../../src/extract/cases/cases.ts';
import { findPeople, findPersonIntros, titledRole } from '../../../../src/extract/cases/entities.ts';
import { sentences } from '../../../../src/extract/cases/sentences.ts';
import { articleDraft, taxonomy } from '../../../helpers/drafts.ts';

const names = (text: string) => findPersonIntros(text).map((i) => i.name);
const rolesIn = (...texts: string[]) => Object.fromEntries(findPeople(texts.map((text, i) => ({ id: `p${i + 1}`, text }))).map((p) => [p.name, p.role]));

describe('the head of a government or a body, named to place the story', () => {
  it.each([
    ['One defendant had worked as an aide to security council chief Daniel Roe when he was minister.', 'Daniel Roe'],
    ['The case comes amid a widening crackdown on espionage under chief Martin Hale.', 'Martin Hale'],
  ])('%s', (text, name) => {
    expect(names(text)).not.toContain(name);
  });
});

describe('an office before a name', () => {
  it.each([
    ['The case was heard by Judge Miriam Castell in Brooklyn.', 'Miriam Castell'],
    ['“She sold her office,” prosecutor Dana Whitlock told jurors.', 'Dana Whitlock'],
    ['Assistant U.S. Attorney Owen Pratley told the jury the sailor lied.', 'Owen Pratley'],
    ['AFP Assistant Commissioner Grant Levering said inquiries continued.', 'Grant Levering'],
    ['The agency’s director general Rhys Calder said he was proud of the work.', 'Rhys Calder'],
    ['High Court spokesperson Lin Mei-hua said all defendants knew.', 'Lin Mei-hua'],
    ['Japanese Ambassador to China Hiroshi Tanabe attended the hearing.', 'Hiroshi Tanabe'],
    ['She later worked for Gov. Helen Marsh.', 'Helen Marsh'],
    ['Attorney General Ellen Varga said the charges show how far the plot reached.', 'Ellen Varga'],
    ['Assistant Attorney General Tom Brill said the case was one of many.', 'Tom Brill'],
    ['The arrests were announced by NBI Director Ramon Castel and the army chief.', 'Ramon Castel'],
    ['“Witnesses saw them at the wharves,” FBI director Dana Whitlock said.', 'Dana Whitlock'],
  ])('%s', (text, name) => {
    const intro = findPersonIntros(text).find((i) => i.name === name);
    expect(intro).toBeDefined();
    expect(titledRole(intro!)).toBe('official');
  });

  it('reads no director of anything but an agency named by its initials', () => {
    expect(names('Film director Ang Roe said the story was true.')).toEqual([]);
    expect(names('The company’s director Jane Roe said the shipment was legal.')).toEqual([]);
  });

  it('keeps the head of an agency named by its initials in the case though quoted apart', () => {
    expect(
      rolesIn('Six Chinese nationals were arrested near Subic Bay.', '“Witnesses saw them at the wharves,” NBI director Ramon Castel said.'),
    ).toMatchObject({ 'Ramon Castel': 'official' });
  });

  it('reads a list of office holders', () => {
    expect(names('She served under Democratic Govs. Helen Marsh and Victor Amsel.')).toEqual(['Helen Marsh', 'Victor Amsel']);
  });

  it('reads an office in apposition after the name', () => {
    const [intro] = findPersonIntros('“A grave betrayal,” said Owen Pratley, the U.S. attorney for the district.');
    expect(intro?.name).toBe('Owen Pratley');
    expect(titledRole(intro!)).toBe('official');
  });

  it('keeps a title abbreviation inside its sentence', () => {
    expect(sentences('She was chief of staff to New York Gov. Helen Marsh and an aide.')).toHaveLength(1);
    expect(sentences('She served Democratic Govs. Helen Marsh and Victor Amsel.')).toHaveLength(1);
  });
});

describe('counsel and relations', () => {
  it('names counsel in apposition, never as the suspect', () => {
    expect(rolesIn('Her attorney, Jarrod K. Pellman, wrote in a filing that the case was weak.')).toEqual({ 'Jarrod K. Pellman': 'other' });
    expect(rolesIn('Sun’s lawyer, Maria Oyelaran, told jurors the charges were false.')).toEqual({ 'Maria Oyelaran': 'other' });
  });

  it('reads a partner and a wife named after the relation', () => {
    expect(names('His partner, Liu Yi-chen, received six years.')).toEqual(['Liu Yi-chen']);
    expect(names('They convinced him to coerce his wife Zhou into doing the same.')).toEqual(['Zhou']);
  });

  it('reads an abbreviated rank before a name anywhere', () => {
    expect(names('Taiwan indicted former army Maj. Gen. Kao Ting-wei and five others.')).toContain('Kao Ting-wei');
  });
});

describe('offices before a name in characters', () => {
  it.each([
    ['其中，李某是雲林縣長張美善時任立委時的助理。', '張美善'],
    ['他曾是前國民黨立委陳秀慧的助理。', '陳秀慧'],
    ['新北市議員李家典前特助遭起訴。', '李家典'],
    ['美国联邦法官高文德周一宣布审判无效。', '高文德'],
    ['她曾先后为纽约州长安德鲁·莫里斯和现任州长凯西·霍兰工作。', '安德鲁·莫里斯'],
    ['她曾先后为纽约州长安德鲁·莫里斯和现任州长凯西·霍兰工作。', '凯西·霍兰'],
    ['國安會秘書長吳明德擔任外交部長時的助理何立松涉案。', '吳明德'],
  ])('%s -> %s', (text, name) => {
    const intro = findPersonIntros(text).find((i) => i.name === name);
    expect(intro).toBeDefined();
    expect(titledRole(intro!)).toBe('official');
  });

  it('takes no office holder who only comments', () => {
    expect(names('台灣公視引述縣長張美善表示，他是義務助理。')).toEqual([]);
  });

  it('takes no former secretary-general who comments, however often the report quotes him', () => {
    const quoted = ['國安會前副秘書長楊立明說，部長應主動釐清。', '楊立明表示，目前看來罪證確鑿。', '至於此案，楊立明說，也應思考是否已經洩密。'];
    expect(rolesIn(...quoted)).toEqual({});
  });

  it('reads a transliterated name glossed with the Western one, after a title or punctuation', () => {
    const found = findPersonIntros('美国布鲁克林联邦法官科尔曼(Brian Colman)周一宣布,孙丽(Lisa Sun)的案件审判无效。');
    expect(found.map((i) => [i.name, i.aliases])).toEqual([
      ['科尔曼', ['Brian Colman']],
      ['孙丽', ['Lisa Sun']],
    ]);
    expect(findPersonIntros('德國另類選擇黨是議員克勞斯(Maximilian Kraus)的助理。').map((i) => i.name)).toEqual(['克勞斯']);
    // An outlet glossed is no one.
    expect(names('据纽约邮报(New York Post)报道，陪审团无法达成一致。')).toEqual([]);
  });
});

describe('officials in a case', () => {
  const REPORT = [
    'Linda Wen and her husband, Chris Lo, were arrested last year and charged with acting as agents of China.',
    '“Linda Wen was for sale,” prosecutor Dana Whitlock told jurors in an opening statement.',
    'Wen has pleaded not guilty to charges alleging she failed to register as an agent of a foreign government.',
    'Wen’s lawyer, Jarrod K. Pellman, told jurors the charges were false.',
  ];

  it('adds the officials and counsel of paragraphs of their own to the case, apart from its suspects', () => {
    const [c] = findCases(articleDraft('a1', 'en', 'Former aide goes on trial', ...REPORT), taxonomy);
    const byName = Object.fromEntries(c!.people.map((p) => [p.name, p.role]));
    expect(byName['Dana Whitlock']).toBe('official');
    expect(byName['Jarrod K. Pellman']).toBe('other');
    expect(byName['Linda Wen']).toBe('suspect');
    expect(c!.title).toMatch(/^Linda Wen/);
  });

  it('never titles a case by its judge', () => {
    const [c] = findCases(
      articleDraft('a2', 'en', 'Sentencing', 'Judge Miriam Castell sentenced the engineer to four years in prison for spying for China.'),
      taxonomy,
    );
    expect(c?.title ?? '').not.toMatch(/Castell/);
  });
});
