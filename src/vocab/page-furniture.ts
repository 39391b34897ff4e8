/**
 * Words of a page's own furniture that are not about the story: the label of its breadcrumb trail and the
 * notices it prints about the reader's browser.
 */

/** "当前位置: 首页 > 快讯 > 正文", "You are here: Home > News": the label before a breadcrumb trail. */
/**
 * Labels of the citation block a reposting site prints under the story, which states its title:
 * "標題:美華裔男子承認擔任中國代理人 地址:https://… 鄭重聲明:本文版權歸原作者所有".
 */
export const TITLE_LABELS = ['標題', '标题'] as const;

/**
 * Chinese prompts before a link to another page, as a line inside the text: "详情查看:商务部 海关总署公告2025年第18号
 * 公布对部分中重稀土相关物项实施出口管制的决定 (mofcom.gov.cn)" (see the details at...), "阅读原文：…".
 */
export const ZH_LINK_PROMPTS = ['详情查看', '詳情查看', '查看详情', '查看詳情', '详见', '詳見', '阅读原文', '閱讀原文', '原文链接', '原文連結'] as const;

/**
 * Words that open a link's text in brackets inside a paragraph, telling the reader to click: "(点击这里看原文)",
 * "(click here for the full statement)". A story's own words never ask to be clicked.
 */
export const CLICK_PROMPTS = ['点击', '點擊', '点此', '點此', '按此', 'click here', 'click to', 'tap here'] as const;

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
  // "IE 11 is not supported. For an optimal experience visit our site on another browser."
  'ie 11 is not supported',
  'internet explorer is not supported',
  'visit our site on another browser',
  'switch to a supported browser',
] as const;

/**
 * "Please enable JavaScript", "JavaScript needs to be enabled in your browser to use this site.": the notice a
 * page shows a reader (and a scraper) whose browser runs no scripts. Matched on lines that name JavaScript.
 */
export const JAVASCRIPT_NOTICES = [
  'enable javascript',
  'javascript needs to be enabled',
  'javascript must be enabled',
  'javascript is disabled',
  'javascript is required',
  'javascript is not enabled',
  'requires javascript',
  'turn on javascript',
  'javascript to be enabled',
] as const;

/**
 * A comment box under the story: "登入留言有機會獲得旺幣哦!", "NO MESSAGE 無任何留言,趕緊搶頭香!" (be the first
 * to comment), "Leave a comment", "Be the first to comment".
 */
export const COMMENT_BOX_NOTICES = [
  '登入留言',
  '無任何留言',
  '无任何留言',
  '搶頭香',
  '抢头香',
  '發表留言',
  '发表评论',
  'be the first to comment',
  'leave a comment',
  'no comments yet',
] as const;

/**
 * How a page credits where its copy came from, on a line of its own at the end: "(With inputs from agencies.)",
 * "With inputs from PTI", the sign-off of Indian outlets running wire copy.
 */
export const COPY_SOURCE_NOTES = ['with inputs from'] as const;

/**
 * A blog's thanks to the reader who sent the story in, in brackets on a line of its own at the end: "(Thanks, Dana!)",
 * "(h/t Dana)", "(via Dana)".
 */
export const TIP_THANKS = ['thanks', 'thank you', 'h/t', 'hat tip', 'via'] as const;

/**
 * A rewrite pointing the reader to the story it was rewritten from, as its last line: "For more details, you can check
 * the BBC source.", "For more information, read the original article."
 */
export const SOURCE_POINTER_OPENINGS = ['for more details', 'for more information', 'for further details', 'for the full story', 'for full details'] as const;
export const SOURCE_POINTER_TARGETS = ['source', 'original article', 'original story', 'original report', 'full article', 'full story', 'full report'] as const;

/**
 * A page that makes the reader wait before it shows the story, or sends them on: "Wait 5 sec.", "Redirecting in 5
 * seconds", "请稍候5秒".
 */
export const WAIT_NOTICES = ['wait', 'please wait', 'redirecting in', 'you will be redirected in', '请稍候', '請稍候', '请等待', '請等待'] as const;

/**
 * Headings of a box of other stories on the same subject an aggregator adds after the story: "Similar News:You can
 * also read news stories similar to this one...".
 */
export const SIMILAR_STORY_HEADINGS = ['similar news', 'similar stories', 'similar articles', 'similar posts', '类似新闻', '類似新聞'] as const;

/** Labels of a caption on a line of its own: "Main photo: Head coach …", "Top image: …", "Photo credit: …". */
export const CAPTION_LABELS = ['main photo', 'main image', 'top photo', 'top image', 'featured image', 'photo credit', 'image credit'] as const;
