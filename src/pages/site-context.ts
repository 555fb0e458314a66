import type { ResolvedConfig } from '../config/types.js';
import { absoluteUrl, href } from '../util/url.js';
import type { SiteContext } from './types.js';

/** The helpers every template gets, bound to this config. */
export function makeSiteContext(config: ResolvedConfig): SiteContext {
  return {
    config,
    href: (sitePath) => href(config, sitePath),
    abs: (sitePath) => absoluteUrl(config, sitePath),
  };
}
