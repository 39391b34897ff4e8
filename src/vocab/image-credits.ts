/**
 * How a Chinese caption says who supplied or took its picture, alone in
 * brackets ("（讀者提供）", "(央視截圖)", "（翻攝自臉書）", "(本報繪製)") or before
 * the agency that ran it ("(读者提供/中央社)", "（記者王小明攝／新華社）").
 */
export const CJK_PICTURE_SUPPLIERS = ['提供', '翻攝', '翻摄', '截圖', '截图', '攝', '摄', '繪製', '绘制'] as const;

/**
 * Who a Chinese caption credits for its picture: "（美聯社）", "(央視截圖)",
 * "（讀者提供）", "(中央社)", "（翻攝自臉書）". A short line ending in one of
 * these in brackets is a caption.
 */
export const CJK_IMAGE_CREDITS = [
  ...CJK_PICTURE_SUPPLIERS,
  '資料照',
  '资料照',
  '示意圖',
  '示意图',
  '中央社',
  '美聯社',
  '美联社',
  '法新社',
  '路透',
  '新華社',
  '新华社',
  '美國之音',
  '美国之音',
  'CFP',
  'VCG',
  'IC photo',
] as const;

/**
 * Credits only a picture carries, never a paragraph of prose (which may end by crediting its agency, "（中央社）"):
 * who supplied or took it, a file photo, an illustration. A line ending in one of these in brackets is a caption,
 * however long its description: "…高檢署立即提起上訴。（資料照）", "…偷拍設備。(示意圖/翻攝Pixabay)".
 */
export const CJK_PICTURE_ONLY_CREDITS = [...CJK_PICTURE_SUPPLIERS, '資料照', '资料照', '示意圖', '示意图'] as const;

/** Words by which a Chinese caption says it describes a picture: "法院示意圖", "圖為「艾塞克斯號」", "資料照". */
export const CJK_PICTURE_MARKERS = ['示意圖', '示意图', '圖為', '图为', '資料照', '资料照'] as const;

/**
 * Marks that open a picture's caption on a line of its own, pointing at the picture above it (Taiwanese sites):
 * "▲退役中將曾怒嗆記者。（圖／記者攝）", "▲專業試車手老王。" with or without a credit.
 */
export const CAPTION_MARKS = ['▲', '△', '▼'] as const;

/**
 * Words of a picture's description (its alt text), which a page may print
 * above the headline: "Navy sailor holding phone ... with Chinese ship
 * silhouette visible", "China spy Wenheng Zhao seen in US Navy photo".
 */
export const PICTURE_WORDS = ['pictured', 'visible', 'seen in', 'photo', 'photograph', 'image', 'illustration', 'depicted'] as const;

/**
 * Where a person stands in a picture, in brackets after the name in its caption: "Jaime Santiago (center)",
 * "Romeo Brawner Jr. (right)", "(second from left)", "中方船隻(右)向菲方船隻(左)射水炮".
 */
export const PICTURE_POSITIONS = [
  'left',
  'right',
  'center',
  'centre',
  'far left',
  'far right',
  'second from left',
  'second from right',
  'third from left',
  'third from right',
  '2nd left',
  '2nd right',
  'front row',
  'back row',
  'L',
  'R',
  '左',
  '右',
  '左一',
  '左二',
  '右一',
  '右二',
  '前排',
  '後排',
  '后排',
] as const;
