import { describe, expect, it } from 'vitest';
import { zhCredit } from '../../../../src/extract/metadata/zh-credits.ts';

describe('a Chinese credit line', () => {
  it('reads the reporter after the reporter word and a bar', () => expect(zhCredit('界面新闻记者 | 周晓岚', true)).toBe('周晓岚'));
  it('reads no reporter from a bar with nothing after it', () => expect(zhCredit('界面新闻记者 |', true)).toBeNull());
});
