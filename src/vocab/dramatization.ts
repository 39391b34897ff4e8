/**
 * Words that say a story is a work of fiction about spies (a film, a series, a comic) rather than a report
 * of a case: the medium named near the top, and the words reviews and synopses use about it.
 */
import { inBothScripts } from './han-variants.ts';
import { alternation } from './regex.ts';

// "the film 《惊蛰无声》 opened on the 17th", "该剧讲述…": a screen or print medium in Chinese. Not 影片, which
// in Taiwan and Hong Kong is any video ("172段影片" of a naval base).
export const ZH_MEDIA = ['电影', '电视剧', '网剧', '短剧', '动画片', '漫画', '微电影', '谍战剧', '谍战片', '院线', '上映'];

/** The medium, looked for in the title and the first two paragraphs. */
export const DRAMA_MEDIUM = inBothScripts(
  new RegExp(
    `\\b(?:comics?|cartoons?|manga|animations?|animated (?:film|series|short)|micro-?dramas?|short dramas?|drama series|TV (?:series|drama|show)|television (?:series|drama)|films?|movies?|web series|graphic novels?|webtoons?|dramati[sz]ations?|re-?enactments?|docudramas?)\\b|${alternation(ZH_MEDIA)}`,
    'i',
  ),
);

// "剧情", "主演", "观众": how a review or synopsis speaks of a film and its audience. Not 角色 ("played a key
// role") nor 片中 (also "in the video").
const ZH_FICTION = ['剧中', '剧情', '主演', '饰演', '导演', '观众', '观影', '票房', '春节档'];

/** Words of a synopsis or review; two different ones anywhere in the text confirm the medium. */
export const FICTION = inBothScripts(
  new RegExp(
    `\\b(?:depict\\w*|install?ments?|episodes?|storyline|plot|set in|pseudo|fictional|fictitious|protagonists?|characters?|titled|seriali[sz]ed|season)\\b|${alternation(ZH_FICTION)}`,
    'gi',
  ),
);

// "易烊千玺饰演的严迪", "王劲松主演": an actor in a role. (Not 扮演, which is also "plays a key role".)
const ZH_CAST = ['饰演', '主演', '出演'];

/**
 * A cast: an actor playing a character ("Simu Liu stars as Alexander Hale", "the spymaster, played by ...").
 * Only fiction has one, so a page that names its cast reviews or promotes a work, however real its spies sound.
 */
export const CAST = inBothScripts(new RegExp(`\\b(?:stars? as|starring|co-?stars?|played by|portrayed by)\\b|${alternation(ZH_CAST)}`, 'i'));
