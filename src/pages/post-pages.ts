import { h } from 'preact';
import { postLayouts } from '../../templates/index.js';
import type { SiteIndex } from '../collect/site-index.js';
import { error, type Diagnostic } from '../report/diagnostic.js';
import { postMeta } from './meta.js';
import type { PageJob } from './page-job.js';
import { renderHtml } from './render-html.js';
import type { SiteContext } from './types.js';

/** One page per post, with the layout its front matter names. */
export function planPostPages(
  site: SiteContext,
  index: SiteIndex,
  imageSize: (sitePath: string) => { width: number; height: number } | undefined,
  diagnostics: Diagnostic[],
): PageJob[] {
  const now = site.config.now.getTime();
  return index.posts.map((post, i) => {
    const layoutName = post.source.layout;
    let Layout = postLayouts[layoutName as keyof typeof postLayouts];
    if (!Layout) {
      diagnostics.push(
        error(post.source.file, { line: post.source.keyLines.layout ?? 1, column: 1 }, 'unknown-layout', `Layout "${layoutName}" does not exist`, `Use one of: ${Object.keys(postLayouts).join(', ')}, or add it to templates/index.ts.`),
      );
      Layout = postLayouts.post;
    }
    const older = post.older === null ? null : (index.posts[post.older] ?? null);
    const newer = post.newer === null ? null : (index.posts[post.newer] ?? null);
    const related = post.related.map((r) => index.posts[r]).filter((p) => p !== undefined);
    const deps = [i, ...(post.older === null ? [] : [post.older]), ...(post.newer === null ? [] : [post.newer]), ...post.related];
    const Component = Layout;
    return {
      path: post.path,
      posts: deps,
      render: () =>
        renderHtml(
          h(Component, {
            site,
            meta: postMeta(site, post, imageSize(post.image.path)),
            post,
            older,
            newer,
            related,
            unpublished: { draft: post.source.draft, future: post.source.date.getTime() > now },
          }),
        ),
    };
  });
}
