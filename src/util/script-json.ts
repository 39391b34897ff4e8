/**
 * JSON to write inside a `<script>` element (JSON-LD, data a page's script reads).
 * The HTML parser ends the element at the first `</script` whatever the JSON says,
 * so every `<`, `>` and `&` is written as a JSON escape: text from a source (a title,
 * an outlet) stays data and can never close the element or open another.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
