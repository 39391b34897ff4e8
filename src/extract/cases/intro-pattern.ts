/**
 * The shape of one rule that reads a person's introduction ("a man surnamed Ma", "被告鎮小江"):
 * shared by the rules for English names (entities.ts) and for names in characters (han-names.ts).
 */

export interface IntroPattern {
  re: RegExp;
  /** Capture group of the name, and of the descriptor if the pattern has one. */
  name: number;
  desc?: number;
  strength: 'strong' | 'weak';
  /** Where the pattern may start: anywhere, or only at the start of a sentence (after an opening phrase). */
  sentenceStart: boolean;
  /** The pattern reads Chinese names: tried only on text with Chinese characters in it. */
  han?: boolean;
  /**
   * What every sentence the pattern reads a name from holds: a cheap part of `re`, or of what must follow the
   * name. A sentence without it is not searched with `re` (most expressions here try a name at every capital
   * and fail; this fails at once). It must never be stricter than `re` and `followedBy` together.
   */
  needs?: RegExp;
  /** A check of the match the expression cannot make cheaply. */
  accept?: (m: RegExpExecArray) => boolean;
  /**
   * The name as the match gives it, when the captured text needs reading first (a name in characters
   * ends where a verb starts: "向德恩遭吸收"), with other names of the person the match gives
   * ("魏金超（Jinchao Wei，音譯）"); null when the match holds no name after all.
   */
  pick?: (m: RegExpExecArray) => PickedName | null;
  /** The match may open a list of names: "named Herwig F., Ina F. and Thomas R.", "岳志忠、周天慈、王大旺". */
  list?: boolean;
  /** What must follow the name (and the names listed after it) for the match to count: a verb of the case after a subject. */
  followedBy?: RegExp;
}

export interface PickedName {
  name: string;
  /** Offset of the name in the match. */
  at: number;
  aliases?: string[];
}

/** A further name of a list, found after the one a pattern matched. */
export interface ListedName {
  name: string;
  /** Offset of the name in the sentence. */
  at: number;
  aliases?: string[];
  /** Where the list goes on from, in the sentence. */
  end: number;
}
