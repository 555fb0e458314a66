import { keyPosition } from '../../load/key-position.js';
import { bodyImages } from '../util/images.js';
import { toSitePath } from '../util/site-path.js';
import type { Finding, Rule } from '../types.js';

/** Images (in the body or the front matter `image`) whose site path has no file in the assets folder. */
export const missingImage: Rule = {
  id: 'missing-image',
  description: 'An image (in the body or the front matter `image`) whose site path has no file among the assets (a front matter image the build draws as the OG card counts as existing).',
  defaultLevel: 'error',
  check(ctx) {
    const findings: Finding[] = [];
    const candidates = bodyImages(ctx).map((i) => ({ src: i.src, position: i.position, where: 'Image' }));
    // A missing front matter image is where the build draws the post's card, so only body images can be missing.
    if (ctx.post.image && !ctx.site.knownPaths.has(toSitePath(ctx.post.image, ctx.site.config) ?? '')) candidates.unshift({ src: ctx.post.image, position: keyPosition(ctx.source, 'image', ctx.post.bodyLine), where: 'Front matter image' });
    for (const { src, position, where } of candidates) {
      const path = toSitePath(src, ctx.site.config);
      if (path === null || ctx.site.assetExists(path)) continue;
      findings.push({
        position,
        message: `${where} "${src}" does not exist among the site's assets`,
        note: 'Add the file under the assets folder at that path, or fix the path (it is relative to the site root).',
      });
    }
    return findings;
  },
};
