import { describe, expect, it } from 'vitest';
import { glossMaterial, withGloss } from '../../../../src/extract/cases/material-gloss.ts';

describe('English for a material a Chinese report names', () => {
  it.each([
    // One line per word of the glossary, in either script.
    ['单位涉密文件', 'classified documents'],
    ['人事檔案', 'personnel files'],
    ['軍中機敏資料', 'sensitive military information'],
    ['技术材料', 'technical materials'],
    ['军事情报', 'military intelligence'],
    ['陸委會重要情資', 'important intelligence'],
    ['欧盟的敏感信息', 'sensitive information'],
    ['國防資訊', 'defence information'],
    ['空軍重要機密', 'important air force secrets'],
    ['中國軍事秘密', 'military secrets'],
    ['國家秘密', 'state secrets'],
    ['開會紀錄', 'meeting records'],
    ['会议记录', 'meeting records'],
    ['军港照片', 'naval port photos'],
    ['基地相片', 'base photos'],
    ['海军视频', 'navy videos'],
    ['投降影片', 'surrender videos'],
    ['陆军影像', 'army images'],
    ['水文数据', 'hydrological data'],
    ['技術圖紙', 'technical drawings'],
    ['航天设备', 'aerospace equipment'],
    ['地理数据', 'geographic data'],
    ['核心专利', 'core patents'],
    ['关键资料', 'key information'],
    ['内部文件', 'internal documents'],
    ['軍機文件', 'classified military documents'],
    ['科研机密', 'research secrets'],
    ['机密档案', 'classified files'],
    ['秘密文件', 'secret documents'],
    ['情报资料', 'intelligence information'],
    ['照片档案', 'photo files'],
    ['视频文件', 'video documents'],
    ['影像资料', 'image information'],
    ['数据文件', 'data documents'],
    ['设备数据', 'equipment data'],
    ['专利文件', 'patent documents'],
    ['文件档案', 'document files'],
    ['档案资料', 'file information'],
    ['情资档案', 'intelligence files'],
    ['技术装置', 'technical device'],
  ])('%s reads %s', (phrase, english) => expect(glossMaterial(phrase)).toBe(english));

  it('glosses only the last words it knows, and nothing for a bare noun or words it does not know', () => {
    expect(glossMaterial('外交部和陸委會等開會紀錄')).toBe('meeting records');
    expect(glossMaterial('立法院的機密文件')).toBe('classified documents');
    expect(glossMaterial('部隊演訓資料')).toBeNull();
    expect(glossMaterial('一个可疑设备')).toBeNull();
    expect(glossMaterial('军事基地')).toBeNull();
  });

  it('writes the English after the Chinese, and leaves English as it is', () => {
    expect(withGloss('我國軍事機密')).toBe('我國軍事機密 (military secrets)');
    expect(withGloss('部隊演訓資料')).toBe('部隊演訓資料');
    expect(withGloss('military secrets')).toBe('military secrets');
  });
});

describe('glosses of the common words of materials', () => {
  it.each([
    ['商业秘密', 'trade secrets'],
    ['核心技术', 'core technology'],
    ['军事设施图片', 'military facility pictures'],
    ['军港地图', 'naval port maps'],
    ['绝密文件', 'top secret documents'],
    ['个人信息', 'personal information'],
    ['政治情报', 'political intelligence'],
    ['外交文件', 'diplomatic documents'],
    ['公务资讯', 'official information'],
    ['雷达数据', 'radar data'],
    ['芯片样品', 'chip samples'],
  ])('%s reads %s', (phrase, english) => expect(glossMaterial(phrase)).toBe(english));
});

describe('glosses of words joined before the noun', () => {
  it('reads two modifiers joined by 及, 和, 与 or 或 as both of what the thing is about', () => {
    expect(glossMaterial('臺灣軍事及政治情報')).toBe('military and political intelligence');
    expect(glossMaterial('外交或军事文件')).toBe('diplomatic or military documents');
  });

  it('stops at a joined word that is a noun of its own', () => {
    expect(glossMaterial('軍事機密或公務資訊')).toBe('official information');
  });
});
