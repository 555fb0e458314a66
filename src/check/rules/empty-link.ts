import { plainText } from '../util/text.js';
import type { Finding, Rule } from '../types.js';
import { nodesOf } from '../util/nodes.js';

// `[\[1\]](#)` is a citation marker: the citation-marker rule reports those, once per post.
const CITATION_TEXT = /^\^?\[?\d+(?:[,，-]\s*\d+)*\]?$/;

/** Links whose target is empty or just `#`: they go nowhere when clicked. */
export const emptyLink: Rule = {
  id: 'empty-link',
  description: 'A link whose target is empty or just `#`.',
  defaultLevel: 'warning',
  check(ctx) {
    const findings: Finding[] = [];
    for (const node of nodesOf(ctx.tree, 'link')) {
      const target = node.url.trim();
      if ((target !== '' && target !== '#') || !node.position) continue;
      const text = plainText(node).trim();
      if (CITATION_TEXT.test(text)) continue;
      findings.push({
        position: { line: node.position.start.line, column: node.position.start.column },
        message: `Link "${text}" has ${target ? 'the target "#"' : 'an empty target'} and goes nowhere`,
        note: 'Put the real address in the parentheses, or remove the brackets to keep plain text.',
      });
    }
    return findings;
  },
};
