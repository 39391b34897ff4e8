/** Small helpers for maps, shared by the pipeline and the site model. */

/** Append to the list under `key` (no copy: spreading into a new array per item is quadratic). */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * `fn` computed once per text and remembered (at most `limit` texts, then
 * forgotten all at once, so memory stays bounded on any corpus). Callers must
 * only read the result.
 */
export function memoByText<T>(fn: (text: string) => T, limit = 4096): (text: string) => T {
  const memo = new Map<string, T>();
  return (text) => {
    if (memo.has(text)) return memo.get(text)!;
    if (memo.size >= limit) memo.clear();
    const value = fn(text);
    memo.set(text, value);
    return value;
  };
}

/**
 * `fn` of two texts computed once per ordered pair and remembered (at most `limit` pairs, then forgotten all
 * at once). Nested maps rather than a joined key: no string is built per call. Callers must only read the result.
 */
export function memoByPair<T>(fn: (a: string, b: string) => T, limit = 65536): (a: string, b: string) => T {
  const memo = new Map<string, Map<string, T>>();
  let size = 0;
  return (a, b) => {
    let row = memo.get(a);
    if (row?.has(b)) return row.get(b)!;
    if (size >= limit) {
      memo.clear();
      size = 0;
      row = undefined;
    }
    if (!row) memo.set(a, (row = new Map()));
    const value = fn(a, b);
    row.set(b, value);
    size++;
    return value;
  };
}
