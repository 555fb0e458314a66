import { toSitePath } from '../util/site-path.js';
import type { Finding, Rule, SiteContext } from '../types.js';
import { nodesOf } from '../util/nodes.js';

/** True when a site path is a page or file the site will have. */
export function pathExists(path: string, site: SiteContext): boolean {
  const withSlash = path.endsWith('/') ? path : `${path}/`;
  if (site.knownPaths.has(path) || site.knownPaths.has(withSlash)) return true;
  if (site.assetExists(path)) return true;
  return path.endsWith('/') && site.assetExists(`${path}index.html`);
}

const lastSegment = (path: string) => path.replace(/\/+$/, '').split('/').pop() ?? '';

// Known paths by last segment, built once per site: a blog with many dead links would otherwise
// scan every page for each of them.
const byLastSegment = new WeakMap<ReadonlySet<string>, Map<string, string>>();

/** A known path that ends with the same last segment, to suggest when a date is wrong. */
function suggestion(path: string, site: SiteContext): string | null {
  const last = lastSegment(path);
  if (!last) return null;
  let index = byLastSegment.get(site.knownPaths);
  if (!index) {
    index = new Map();
    for (const known of site.knownPaths) {
      const key = lastSegment(known);
      if (key && !index.has(key)) index.set(key, known);
    }
    byLastSegment.set(site.knownPaths, index);
  }
  return index.get(last) ?? null;
}

/** Links to pages of this site (`/2025/11/28/slug/`, `/about/`) that no post, page or asset provides. */
export const deadInternalLink: Rule = {
  id: 'dead-internal-link',
  description: 'A link to a post or page of this site that does not exist (e.g. in an "あわせて読みたい" list).',
  defaultLevel: 'error',
  check(ctx) {
    const findings: Finding[] = [];
    for (const { url, position } of nodesOf(ctx.tree, 'link', 'definition')) {
      const path = toSitePath(url, ctx.site.config);
      if (path === null || pathExists(path, ctx.site) || !position) continue;
      const near = suggestion(path, ctx.site);
      findings.push({
        position: { line: position.start.line, column: position.start.column },
        message: `Link to "${url}" leads to no post or page of this site`,
        note: near
          ? `Did you mean "${near}"? Fix the link or remove it.`
          : 'Fix the path (posts live at /YYYY/MM/DD/slug/ by their date in the site time zone) or remove the link.',
      });
    }
    return findings;
  },
};
