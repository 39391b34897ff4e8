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
