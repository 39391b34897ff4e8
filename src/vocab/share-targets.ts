/**
 * Where a page's share buttons send the story: "Share on Facebook", "icon-whatsapp",
 * "Copy link". A line made of these alone is the button row.
 */
export const SHARE_TARGETS = [
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'linkedin',
  'weibo',
  'wechat',
  'telegram',
  'reddit',
  'line',
  'email',
  'e-mail',
  'print',
  'copy link',
  'messenger',
  'pinterest',
] as const;
