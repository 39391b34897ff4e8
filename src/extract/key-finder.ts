/**
 * Which of many short words a text contains, found in one pass over the text. Asking `text.includes(key)` for
 * each of 500 keys reads the text 500 times; here each position is looked at once, and only the keys that start
 * with the two code units found there are compared. The answer is the same as `includes` for every key (code
 * units, no case folding: the caller folds).
 */
export class KeyFinder {
  /** Per code unit: 1 when a key of that one code unit exists, 2 when longer keys start with it (or both, 3). */
  private readonly starts = new Uint8Array(0x10000);
  /** Keys of two code units or more, by their first code unit, then their second. */
  private readonly byStart = new Map<number, Map<number, string[]>>();
  /** The empty key, which every text contains. */
  private readonly empty: boolean;

  constructor(keys: Iterable<string>) {
    let empty = false;
    for (const key of new Set(keys)) {
      if (key.length === 0) empty = true;
      else if (key.length === 1) this.mark(key.charCodeAt(0), 1);
      else {
        const first = key.charCodeAt(0);
        this.mark(first, 2);
        let seconds = this.byStart.get(first);
        if (!seconds) this.byStart.set(first, (seconds = new Map()));
        const second = key.charCodeAt(1);
        const list = seconds.get(second);
        if (list) list.push(key);
        else seconds.set(second, [key]);
      }
    }
    this.empty = empty;
  }

  private mark(unit: number, bit: number): void {
    this.starts[unit] = this.starts[unit]! | bit;
  }

  /** Whether `text` contains any of the keys (stops at the first). */
  hasAny(text: string): boolean {
    if (this.empty) return true;
    const last = text.length - 1;
    for (let i = 0; i <= last; i++) {
      const starts = this.starts[text.charCodeAt(i)]!;
      if (starts === 0) continue;
      if (starts & 1) return true;
      if (!(starts & 2) || i === last) continue;
      const candidates = this.byStart.get(text.charCodeAt(i))!.get(text.charCodeAt(i + 1));
      if (candidates) for (const key of candidates) if (text.startsWith(key, i)) return true;
    }
    return false;
  }

  /** The keys `text` contains. */
  keysIn(text: string): Set<string> {
    const found = new Set<string>();
    if (this.empty) found.add('');
    const last = text.length - 1;
    for (let i = 0; i <= last; i++) {
      const c = text.charCodeAt(i);
      const starts = this.starts[c]!;
      if (starts === 0) continue;
      if (starts & 1) found.add(text[i]!);
      if (!(starts & 2) || i === last) continue;
      const candidates = this.byStart.get(c)!.get(text.charCodeAt(i + 1));
      if (candidates) for (const key of candidates) if (text.startsWith(key, i)) found.add(key);
    }
    return found;
  }
}
