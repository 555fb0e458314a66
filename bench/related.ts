/**
 * Times `findRelated` on 10,000 synthetic Japanese posts of 3–8 KB each and prints the time
 * and the peak resident memory. Run: `npx tsx bench/related.ts [posts]`.
 */
import { findRelated } from '../src/collect/related.js';
import { generateCorpus } from '../tests/fixtures/related/corpus.js';

const count = Number(process.argv[2] ?? 10_000);
const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

let started = performance.now();
const posts = generateCorpus({ seed: 42, posts: count, bytes: [3_000, 8_000] });
const textBytes = posts.reduce((sum, post) => sum + Buffer.byteLength(post.text), 0);
console.log(`generated ${count} posts, ${mb(textBytes)} of text, in ${(performance.now() - started).toFixed(0)} ms`);
const rssBefore = process.memoryUsage().rss;

started = performance.now();
const related = findRelated(posts);
const elapsed = performance.now() - started;

const found = related.reduce((sum, list) => sum + list.length, 0);
const sameTopic = related.reduce((sum, list, i) => sum + list.filter((j) => posts[j]!.topic === posts[i]!.topic).length, 0);
console.log(`findRelated: ${elapsed.toFixed(0)} ms, ${found} links, ${((100 * sameTopic) / found).toFixed(1)}% same topic`);
// maxRSS is in KiB and covers the whole process, corpus included: the number the 1 GB budget is about.
console.log(`RSS before findRelated: ${mb(rssBefore)}; peak RSS: ${mb(process.resourceUsage().maxRSS * 1024)}`);
