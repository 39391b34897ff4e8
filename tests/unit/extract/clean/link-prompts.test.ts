import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../../src/extract/clean/boilerplate.ts';
import { ZH_LINK_PROMPTS } from '../../../../src/vocab/page-furniture.ts';

describe('a Chinese prompt before a link to another page', () => {
  it.each(ZH_LINK_PROMPTS.map((p) => [p]))('"%s: …" is a link, not the story', (prompt) => {
    expect(lineKind(`${prompt}:商务部公告2025年第9号 关于对部分物项实施出口管制的决定 (mofcom.gov.cn)`)?.reason).toBe('related');
  });
  it('the words inside a sentence of the story stay', () => {
    expect(lineKind('出口经营者应当依照有关规定申请许可，详情查看商务部网站的公告。')).toBeNull();
  });
});
