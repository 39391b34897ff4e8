/**
 * Chinese is written in simplified characters on the mainland and in
 * traditional ones in Hong Kong, Macao and Taiwan: 间谍 and 間諜 are one word.
 * The Chinese vocabulary of the readers (and of the taxonomy) is written once,
 * in simplified characters; `bothScripts` turns an expression into one that
 * matches either script, so the text is matched as written and evidence
 * quotes it as written.
 *
 * The table holds the characters this vocabulary uses (and common surnames),
 * not a general converter. Characters whose traditional form differs only in
 * some words (于/於, 余/餘, 沈/瀋, 范/範, 台/臺) are left out: as surnames they
 * are written the same in both scripts.
 */

/** Simplified character -> its traditional form, where they differ. */
export const TRADITIONAL: Readonly<Record<string, string>> = Object.fromEntries(
  (
    '专專 业業 严嚴 个個 举舉 乔喬 产產 众眾 会會 伪偽 体體 侦偵 债債 关關 军軍 农農 冯馮 况況 刘劉 剥剝 务務 华華 单單 卖賣 县縣 ' +
    '发發 号號 叶葉 吕呂 吴吳 员員 国國 图圖 场場 处處 复復 夹夾 夺奪 学學 审審 对對 导導 将將 带帶 广廣 庄莊 应應 张張 强強 ' +
    '当當 录錄 总總 恋戀 惩懲 战戰 报報 担擔 捣搗 据據 携攜 摄攝 数數 断斷 无無 时時 术術 机機 权權 杨楊 构構 标標 检檢 欧歐 ' +
    '毁毀 汇匯 汤湯 泄洩 测測 涛濤 温溫 点點 热熱 环環 现現 电電 瞒瞞 矿礦 种種 称稱 窃竊 签簽 类類 经經 绍紹 终終 绘繪 络絡 ' +
    '编編 网網 罗羅 罚罰 职職 肖蕭 舰艦 苏蘇 荐薦 获獲 蒋蔣 虚虛 见見 视視 记記 论論 设設 评評 诉訴 请請 读讀 调調 谍諜 谎謊 ' +
    '谢謝 谭譚 贝貝 财財 责責 质質 贩販 贷貸 贺賀 贾賈 资資 赌賭 赖賴 赵趙 转轉 软軟 辑輯 过過 运運 递遞 邓鄧 邮郵 邹鄒 郑鄭 ' +
    '鉴鑑 钇釔 钐釤 钕釹 钟鍾 钨鎢 钱錢 钼鉬 铋鉍 铟銦 铽鋱 锂鋰 锑銻 锗鍺 键鍵 镓鎵 镝鏑 门門 闫閆 间間 闻聞 阅閱 阎閻 队隊 ' +
    '陆陸 陈陳 随隨 韦韋 韩韓 页頁 顶頂 项項 顾顧 题題 额額 马馬 鲁魯 黄黃 龙龍 龚龔 孙孫 区區 没沒 布佈 卢盧 许許 刚剛 ' +
    '贸貿 购購 买買 诱誘 拟擬 涉涉 证證 讯訊 侨僑 岗崗 线線 车車 货貨 运運 输輸 邻鄰 卫衛 疗療 药藥 导導 弹彈 渔漁 库庫 为為 昵暱 猎獵 头頭 称稱 叫叫 ' +
    // Steps of the law: 駁回上訴 (an appeal rejected), 定讞 (a final verdict).
    '驳駁 谳讞 ' +
    // Things stolen or found: 機密檔案, 竊密裝置, 聲納浮標, 間諜魚, 視頻, 開會紀錄, 傳遞, 圖紙, 內部文件.
    '档檔 装裝 备備 鱼魚 频頻 纳納 呐吶 开開 议議 传傳 纸紙 内內 ' +
    // Titles, speech verbs and surnames of the name readers (被告, 指揮官, 執行長, 樓, 鎮...).
    '从從 长長 飞飛 挥揮 师師 书書 执執 负負 认認 吁籲 说說 阳陽 齐齊 庞龐 颜顏 聂聶 兰蘭 宁寧 纪紀 毕畢 骆駱 蓝藍 鲍鮑 饶饒 缪繆 简簡 麦麥 娄婁 楼樓 窦竇 费費 闵閔 邬鄔 栾欒 荣榮 巩鞏 邝鄺 镇鎮 译譯 儿兒 亲親 属屬 妇婦 与與 节節 声聲 羁羈 组組 织織 ' +
    // Titles before a name: a party worker (黨工), an adviser (諮議).
    '党黨 咨諮 ' +
    // Two-character surnames (諸葛, 尉遲, 軒轅, 獨孤).
    '诸諸 迟遲 轩軒 辕轅 独獨 ' +
    // Verbs of a court and of the security organs (判決, 通緝, 採取, 進行), and a court's level (中級人民法院).
    '决決 缉緝 采採 进進 级級 ' +
    // Places, and the places a court or prosecutors office sits in (嘉義, 雲林, 台東, 板橋, 台灣, 桃園, 花蓮, 紐約, 倫敦, 陝西).
    '义義 云雲 东東 桥橋 湾灣 园園 莲蓮 纽紐 约約 伦倫 陕陝 ' +
    // The people just told, looked back at (兩人均, 這兩名嫌疑人, 該二人).
    '两兩 这這 该該 ' +
    // Someone named with another (同夥, "accomplice").
    '伙夥 ' +
    // Films and series told of in reviews (電視劇, 動畫片, 漫畫, 觀眾, 飾演).
    '剧劇 动動 画畫 观觀 饰飾 ' +
    // A life and a law's effect, which are a case's background (參與, 創辦, 以來, 正式實施).
    '参參 创創 办辦 来來 实實'
  )
    .split(/\s+/)
    .filter((pair) => pair.length === 2 && pair[0] !== pair[1])
    .map((pair) => [pair[0]!, pair[1]!]),
);

/**
 * A regular-expression source that matches `source`'s Chinese characters in
 * either script: 间谍 becomes [间間][谍諜], and [王张] becomes [王张張].
 */
export function bothScripts(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    const t = TRADITIONAL[c];
    if (!t) out += c;
    else out += inClass ? c + t : `[${c}${t}]`;
  }
  return out;
}

/** `re` matching in either script, with the same flags. */
export function inBothScripts(re: RegExp): RegExp {
  return new RegExp(bothScripts(re.source), re.flags);
}

const SIMPLIFIED: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(TRADITIONAL).map(([s, t]) => [t, s]));

/** `text` with the table's traditional characters in their simplified form: 國家秘密 reads 国家秘密. */
export function toSimplified(text: string): string {
  let out = '';
  for (const c of text) out += SIMPLIFIED[c] ?? c;
  return out;
}

/** `text` with the characters of the table in their traditional form: for words the rules write themselves (a title). */
export function toTraditional(text: string): string {
  let out = '';
  for (const c of text) out += TRADITIONAL[c] ?? c;
  return out;
}

/** Whether `text` is written in traditional characters: more characters only traditional script uses than only simplified. */
export function writesTraditional(text: string): boolean {
  // SIMPLIFIED is keyed by traditional forms, TRADITIONAL by simplified ones.
  let traditional = 0;
  let simplified = 0;
  for (const c of text) {
    if (c in SIMPLIFIED) traditional++;
    else if (c in TRADITIONAL) simplified++;
  }
  return traditional > simplified;
}
