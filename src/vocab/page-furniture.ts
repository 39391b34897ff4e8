/**
 * Words of a page's own furniture that are not about the story: the label of its breadcrumb trail and the
 * notices it prints about the reader's browser.
 */

/** "当前位置: 首页 > 快讯 > 正文", "You are here: Home > News": the label before a breadcrumb trail. */
export const BREADCRUMB_LABELS = ['当前位置', '當前位置', '您的位置', '你的位置', '您现在的位置', '位置', 'you are here'] as const;

/**
 * "抱歉,我們並不支援你正使用的瀏覽器。", "Your browser is not supported", "Please update your browser":
 * a page telling the reader their browser is too old.
 */
export const BROWSER_NOTICES = [
  '並不支援你正使用的瀏覽器',
  '不支援你正使用的瀏覽器',
  '不支援您正使用的瀏覽器',
  '不支持您正在使用的浏览器',
  '不支持你正在使用的浏览器',
  '請更新至最新的瀏覽器',
  '请更新至最新的浏览器',
  'your browser is not supported',
  'your browser is out of date',
  'this browser is no longer supported',
  'please update your browser',
  'please upgrade your browser',
] as const;
