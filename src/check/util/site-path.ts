import type { ResolvedConfig } from '../../config/types.js';

/**
 * The site path a link target points to, decoded, without query, fragment or base path
 * (`/2025/12/03/日本語/`), or null when the target is not a page of this site: another origin,
 * `mailto:`, a fragment only, or a relative path.
 */
export function toSitePath(url: string, config: ResolvedConfig): string | null {
  let target = url.trim();
  if (target.startsWith(`${config.url}/`)) target = target.slice(config.url.length);
  if (!target.startsWith('/') || target.startsWith('//')) return null;
  target = target.replace(/[?#].*$/s, '');
  try {
    target = decodeURI(target);
  } catch {
    // A stray `%` is not an escape; keep the path as written.
  }
  target = target.normalize('NFC');
  if (config.basePath !== '/' && target.startsWith(config.basePath)) target = `/${target.slice(config.basePath.length)}`;
  return target;
}
