import { bodyImages } from '../util/images.js';
import type { Rule } from '../types.js';

/** Images without alt text: screen readers and search see nothing. */
export const imageAlt: Rule = {
  id: 'image-alt',
  description: 'An image without alt text.',
  defaultLevel: 'warning',
  check(ctx) {
    return bodyImages(ctx)
      .filter((image) => !image.alt?.trim())
      .map((image) => ({
        position: image.position,
        message: `Image "${image.src}" has no alt text`,
        note: 'Describe what the image shows, e.g. ![各社の市場シェアの推移](…) or alt="…" on an <img>.',
      }));
  },
};
