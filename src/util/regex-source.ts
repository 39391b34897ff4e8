/**
 * The characters of a regular expression's source that are syntax: outside
 * character classes, not escaped. Each comes with its offset and how many
 * groups are open around it. Pure; used by the readers that ask what a
 * pattern can match without running it (which words it requires, whether it
 * is anchored).
 */
export interface SyntaxChar {
  char: string;
  index: number;
  depth: number;
}

export function* syntaxChars(pattern: string): Generator<SyntaxChar> {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i]!;
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else {
      if (char === ')') depth--;
      yield { char, index: i, depth };
      if (char === '(') depth++;
    }
  }
}
