/**
 * Words that are never evidence of a name or of one particular story, in
 * small groups by kind, and the four lists the reading rules use, each built
 * from the groups. A word belongs to one group; a list says which groups it
 * takes and why.
 */
import { CALENDAR_WORDS } from './calendar.ts';
import { NUMBER_WORDS as COUNT_WORDS } from './numbers.ts';
import { lowerSet } from './regex.ts';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** "The ministry said...", "In March...", "After the trial...". */
export const ARTICLES_AND_PREPOSITIONS = words(`
  the a an of and or in on at to for with without by from about after before over under into through during between among
  against upon since despite due`);

/** Pronouns and demonstratives: "He was...", "Their handler...". Left out of heading words: "He" is also a surname. */
export const PRONOUNS = words(`this that these those it its he she his her they their them we our you your i`);

/** Sentence openers and connectives: "However, ...", "Meanwhile, ...", "Subsequently ...", "Because Chen had access to...". */
export const CONNECTIVES = words(`
  following according recently currently subsequently meanwhile therefore moreover furthermore additionally although while
  when where which what as if then soon later only not most another other some many several both each all any however but
  yet so also still even just such instead once here there than being were have been would could should last next first
  second third finally eventually because unless until whether though`);

/** Number words at the start of a sentence: "Two men were...", "Seventeen Japanese have been detained since 2015". */
export const NUMBER_WORDS: readonly string[] = COUNT_WORDS;

/** Places, agencies and bodies every story on this beat names. */
export const BEAT_PLACES = words(`china chinese beijing hong kong macao macau taiwan us u.s usa uk eu america american americans
  united states british western foreign global international national mainland`);
export const BEAT_BODIES = words(`state security ministry department bureau agency office police army navy customs court
  government intelligence mss cia fbi pla party communist`);

/** Who speaks for the law in a report: "Prosecutors said...", "Investigators found...". Never part of a name ("Jian G. Prosecutors"). */
export const LAW_SPEAKERS = words(`prosecutors investigators authorities`);

/** Reporting verbs and nouns: "said", "according to", "the report". */
export const REPORTING_WORDS = words(`said says according reported report reports information officials`);

/** Courtesy titles and offices before a name: "Mr Wang", "Director Li". */
export const TITLES = words(`mr ms mrs dr professor prof president premier minister secretary general director`);

/** Who speaks for an office: "spokesperson Lin Mei-hua said", "High Court spokesperson...". */
export const SPEAKER_TITLES = words(`spokesperson spokesman spokeswoman`);

/**
 * Offices whose holders judge, prosecute or govern rather than stand accused, as a title before their name:
 * "Judge Jane Hale", "Assistant Commissioner Mark Reid", "Ambassador Kenji Sato" (the law and those who
 * answer for it to a court)... Never a word of a name; before one, the name is an official's (roles.ts).
 */
export const LAW_OFFICE_TITLES = words(`judge justice magistrate prosecutor attorney commissioner sheriff superintendent inspector
  detective director-general ambassador`);
/** ...and offices of government: "Chancellor Olaf Scholz", "Gov. Kathy Hochul". */
export const GOVERNMENT_OFFICE_TITLES = words(`chancellor governor gov rep sen senator congressman congresswoman mayor
  lawmaker legislator chairman chairwoman chair councillor councilor convenor king queen prince`);
export const OFFICE_TITLES = [...LAW_OFFICE_TITLES, ...GOVERNMENT_OFFICE_TITLES];
/**
 * Words of the titles of those who head a government, a body or a state, never a word of a name: "Chief Executive John
 * Lee", "National Security Council chief Joseph Wu", "under chief Xi Jinping". Not an office of the case before a name
 * (OFFICE_TITLES): a head named so is named to place the story or someone in it, not as one who acts in the case.
 */
export const HEAD_WORDS = words(`chief executive`);

/** The strategic materials the stories are about: "Gallium is...". */
export const MATERIAL_WORDS = words(`gallium germanium antimony graphite lithium tungsten dysprosium terbium rare earth earths`);

/** Words of the page around the story: "Photo", "Related", "Read more". */
export const PAGE_WORDS = words(`photo photos file comment comments related case cases read more share advertisement sponsored
  content internet online investigation`);

/** Outlet name words: "Global Times", "China Daily", "Reuters". */
export const OUTLET_WORDS = words(`times daily news post press xinhua cctv cgtn reuters bloomberg`);

/** Site sections and topics a heading or menu line is made of: "World", "Opinion", "Critical Minerals". */
export const SECTION_WORDS = words(`new latest articles home world business opinion politics society video live sports tech
  technology science culture search menu login subscribe newsletter top stories story also popular trending editor editors
  agency service local region asia europe americas protecting importance strategic resources uncovers serious smuggling
  military law critical minerals metals mining markets energy economy finance policy defence defense analysis features
  investigations spy spies espionage most`);

/**
 * Capitalised words that open sentences or name things, never a person on
 * their own: a candidate name made of one of these is dropped.
 */
export const NOT_PERSON_WORDS = lowerSet(
  ARTICLES_AND_PREPOSITIONS,
  PRONOUNS,
  CONNECTIVES,
  NUMBER_WORDS,
  BEAT_PLACES,
  BEAT_BODIES,
  TITLES,
  SPEAKER_TITLES,
  OFFICE_TITLES,
  HEAD_WORDS,
  LAW_SPEAKERS,
  MATERIAL_WORDS,
  PAGE_WORDS,
  OUTLET_WORDS,
  CALENDAR_WORDS,
);

/**
 * Words that do not occur in a personal name: a short line made only of
 * name-shaped words is a byline unless it holds one of these ("World News").
 */
export const NOT_NAME_WORDS = lowerSet(ARTICLES_AND_PREPOSITIONS, BEAT_PLACES, BEAT_BODIES, PAGE_WORDS, OUTLET_WORDS, SECTION_WORDS, REPORTING_WORDS);

/**
 * Capitalised words any two stories on this beat share: not evidence that two
 * paragraphs tell the same story.
 */
export const SHARED_STORY_WORDS = lowerSet(ARTICLES_AND_PREPOSITIONS, PRONOUNS, CONNECTIVES, BEAT_PLACES, BEAT_BODIES, REPORTING_WORDS, TITLES, CALENDAR_WORDS);

/** Words too common to tell two reports of different cases apart when linking. */
export const LINK_STOP_WORDS = lowerSet(ARTICLES_AND_PREPOSITIONS, PRONOUNS, CONNECTIVES, BEAT_PLACES, BEAT_BODIES, REPORTING_WORDS, PAGE_WORDS);

/** Auxiliary and modal verbs ("were", "have", "would"... are connectives above): "He was charged", "She has denied". */
export const AUXILIARIES = words(`is are was be am has had having do does did will can may might must shall`);

/** The rest of the grammar words prose cannot do without: "who", "nor", "him" ("because", "unless"... are connectives). */
export const GRAMMAR_WORDS = words(`who whom whose him us me my mine hers theirs itself himself herself themselves no nor too very
  how why up out off down`);

/**
 * English function words: their share of a line's words tells prose (four in ten or more: "He was arrested at the
 * airport on his way to...") from a list of names, a ticker or a headline ("Stocks Dow 34,120 Nasdaq Oil $71").
 */
export const FUNCTION_WORDS = lowerSet(ARTICLES_AND_PREPOSITIONS, PRONOUNS, CONNECTIVES, AUXILIARIES, GRAMMAR_WORDS, words('said says'));

/**
 * Chinese function characters and punctuation, both scripts: particles, copulas, prepositions, pronouns and the
 * commas and full stops of a sentence ("他在2023年被捕,并于去年被判刑。"). Prose has them in every clause; a headline,
 * a caption or a list of titles has few ("南方航空一航班疑似出现擦机尾事故").
 */
export const ZH_FUNCTION_CHARS = '的了是在和与與也都就被将將对對为為从從而及这這那其之以于於并並但等把向又已还還所因此该該着著个個们們，。、；：！？,;';
