/**
 * Each entry of the furniture word lists, in a line written for the test: a comment box, a note of where the
 * copy came from, a caption's label, an icon's glyph name, a credit only a picture carries.
 */
import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../../src/extract/clean/boilerplate.ts';
import { CJK_PICTURE_ONLY_CREDITS } from '../../../../src/vocab/image-credits.ts';
import { CAPTION_LABELS, COMMENT_BOX_NOTICES, COPY_SOURCE_NOTES } from '../../../../src/vocab/page-furniture.ts';

describe('furniture lists', () => {
  it.each(COMMENT_BOX_NOTICES.map((w) => [w]))('a comment box saying "%s"', (w) => {
    expect(lineKind(/\p{Script=Han}/u.test(w) ? `${w}，歡迎分享你的看法!` : `${w[0]!.toUpperCase()}${w.slice(1)} below`)?.reason).toBe('comments');
  });
  it.each(COPY_SOURCE_NOTES.map((w) => [w]))('a note of where the copy came from, "%s"', (w) => {
    expect(lineKind(`(${w[0]!.toUpperCase()}${w.slice(1)} agencies.)`)?.reason).toBe('source-note');
    expect(lineKind(`${w[0]!.toUpperCase()}${w.slice(1)} PTI`)?.reason).toBe('source-note');
  });
  it.each(CAPTION_LABELS.map((w) => [w]))('a caption labelled "%s"', (w) => {
    expect(lineKind(`${w[0]!.toUpperCase()}${w.slice(1)}: Head coach Ann Lee at training.`)?.reason).toBe('caption');
  });
  it('an icon glyph printed as its name, and not a word of prose', () => {
    expect(lineKind('volume_up')?.reason).toBe('navigation');
    expect(lineKind('bookmark_border')?.reason).toBe('navigation');
    expect(lineKind('volume')).toBeNull();
  });
  it.each(CJK_PICTURE_ONLY_CREDITS.map((w) => [w]))('a long caption closed by a picture credit with "%s"', (w) => {
    const long = '前陸軍退役中將被對岸吸收充當間諜，危害國家安全，高等法院依法判處有期徒刑七年六月；檢方立即提起上訴，主張應判十年以上重刑。';
    expect(lineKind(`${long}（${w === '攝' || w === '摄' ? `記者王小明${w}` : w}）`)?.reason).toBe('caption');
  });
  it('keeps a long paragraph that ends by crediting its agency', () => {
    const long = '前陸軍退役中將被對岸吸收充當間諜，危害國家安全，高等法院依法判處有期徒刑七年六月；檢方立即提起上訴，主張應判十年以上重刑。';
    expect(lineKind(`${long}（中央社）`)).toBeNull();
  });
});
