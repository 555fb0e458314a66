/**
 * Serialises structured data for an inline `<script type="application/ld+json">`: `<`, `>`,
 * `&` and the JavaScript line terminators are escaped, so no title can close the script,
 * and `JSON.parse` gives back exactly the original strings.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
