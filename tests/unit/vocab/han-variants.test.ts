/**
 * Characters the name readers use, matched in either script: 指挥官 and 指揮官 are one title, 镇 and 鎮 one surname.
 */
import { describe, expect, it } from 'vitest';
import { bothScripts, toTraditional, writesTraditional } from '../../../src/vocab/han-variants.ts';

describe('bothScripts: the characters of titles, speech verbs and surnames', () => {
  it.each(
    '从從 长長 飞飛 挥揮 师師 书書 执執 负負 认認 吁籲 说說 阳陽 齐齊 庞龐 颜顏 聂聶 兰蘭 宁寧 纪紀 毕畢 骆駱 蓝藍 鲍鮑 饶饒 缪繆 简簡 麦麥 娄婁 楼樓 窦竇 费費 闵閔 邬鄔 栾欒 荣榮 巩鞏 邝鄺 镇鎮 译譯 儿兒 亲親 属屬 妇婦 与與'
      .split(' ')
      .map((pair) => [pair[0]!, pair[1]!]),
  )('%s matches %s', (simplified, traditional) => {
    expect(new RegExp(`^${bothScripts(simplified)}$`, 'u').test(traditional)).toBe(true);
  });
});

describe('bothScripts: the characters of things stolen or found', () => {
  it.each(
    '档檔 装裝 备備 鱼魚 频頻 纳納 呐吶 开開 议議 内內 级級 义義 云雲 东東 桥橋 湾灣 园園 莲蓮 纽紐 约約 伦倫'.split(' ').map((pair) => [pair[0]!, pair[1]!]),
  )('%s matches %s', (simplified, traditional) => {
    expect(new RegExp(`^${bothScripts(simplified)}$`, 'u').test(traditional)).toBe(true);
  });
});

describe('toTraditional and writesTraditional', () => {
  it('writes the table characters in traditional form, others as they are', () => {
    expect(toTraditional('间谍案：货物被查获')).toBe('間諜案：貨物被查獲');
  });
  it('tells a traditional text from a simplified one', () => {
    expect(writesTraditional('國家安全機關破獲一起間諜案')).toBe(true);
    expect(writesTraditional('国家安全机关破获一起间谍案')).toBe(false);
    expect(writesTraditional('No Chinese here')).toBe(false);
  });
});
