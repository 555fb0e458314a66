import type { SiteIndex } from '../collect/site-index.js';
import { error, type Diagnostic } from '../report/diagnostic.js';
import { outputPathFor } from '../util/url.js';

/**
 * Errors for posts whose URL is also a page the build generates (`permalink: /archives/`,
 * `/feed.xml`, a date archive): without this, two files would race for one path. Names the
 * post and points at its `permalink` line.
 */
export function findPathCollisions(index: SiteIndex, generatedSitePaths: readonly string[]): Diagnostic[] {
  const generated = new Map<string, string>();
  for (const p of generatedSitePaths) generated.set(outputPathFor(p), p);
  const diagnostics: Diagnostic[] = [];
  for (const post of index.posts) {
    const clash = generated.get(outputPathFor(post.path));
    if (clash === undefined) continue;
    const s = post.source;
    diagnostics.push(
      error(s.file, { line: s.keyLines.permalink ?? 1, column: 1 }, 'duplicate-url', `Post URL ${post.path} is also a page the site generates (${clash})`, 'Give the post another "permalink" (or rename the file); generated pages such as archives, tags and feeds keep their URLs.'),
    );
  }
  return diagnostics;
}
