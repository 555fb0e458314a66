import type { SiteIndex } from '../collect/site-index.js';
import { generateCards, type CardJob, type CardResult } from '../og/index.js';
import { DEFAULT_CARD_PATH } from '../pages/meta.js';
import type { SiteContext } from '../pages/types.js';
import { japaneseDate } from '../util/timezone.js';

/**
 * Plans one card per post whose image the build draws (at the post's `image` path when that
 * file is missing, else under `/og/`), plus the site-wide card of list pages, and draws them.
 */
export async function buildCards(site: SiteContext, index: SiteIndex, options: { workers?: number; progress?: boolean }): Promise<CardResult> {
  const { config } = site;
  const jobs: CardJob[] = [
    { file: '', outputPath: DEFAULT_CARD_PATH.slice(1), title: config.title, category: null, dateLabel: null, author: config.description || null, siteName: config.title },
  ];
  for (const post of index.posts) {
    if (!post.image.generated) continue;
    jobs.push({
      file: post.source.file,
      outputPath: post.image.path.replace(/^\/+/, ''),
      title: post.source.title,
      category: post.categories[0]?.name ?? null,
      dateLabel: japaneseDate(post.source.date, config.timezone),
      author: post.source.author,
      siteName: config.title,
    });
  }
  return generateCards(jobs, {
    config,
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.progress === undefined ? {} : { progress: options.progress }),
  });
}
