import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/pages/json-ld.js';
import { parsePage } from '../helpers/html.js';

const nasty = ['</script><script>alert(1)</script>', '「AI」と"引用符" & 記号\u2028と\u2029', '<!-- コメント -->', 'a\\b'];

describe('serializeJsonLd', () => {
  it.each(nasty)('round-trips %s exactly through JSON.parse', (title) => {
    expect(JSON.parse(serializeJsonLd({ headline: title }))).toEqual({ headline: title });
  });

  it('writes no <, >, & or raw line separators that could end the script or break old parsers', () => {
    const out = serializeJsonLd({ list: nasty });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('cannot close the script element it is inlined in', () => {
    const html = `<!doctype html><html><head><script type="application/ld+json">${serializeJsonLd({ headline: nasty[0] })}</script></head><body></body></html>`;
    const doc = parsePage(html);
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(doc.querySelector('script')!.textContent!).headline).toBe(nasty[0]);
  });
});
