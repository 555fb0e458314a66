import type { ResolvedConfig } from '../config/types.js';

/**
 * Body HTML made fit for feed readers: no `<wbr>` break markers, and root-relative links and
 * images made absolute (readers show feed items outside the site).
 */
export function feedContent(html: string, config: Pick<ResolvedConfig, 'url'>): string {
  return html.replace(/<wbr>/g, '').replace(/\b(href|src)="\/(?!\/)/g, `$1="${config.url}/`);
}
