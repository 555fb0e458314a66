import type { Paragraph, PhrasingContent } from 'mdast';
import { topLevelBlocks, type Block } from '../util/blocks.js';
import { plainText, tabCells, tail } from '../util/text.js';
import type { Finding, Rule } from '../types.js';

// How a sentence, a quote or an aside may end in Japanese or English text (colons introduce lists).
const TERMINAL = /(?:[。．.！？!?」』）)】］\]〉》〕"”’'…‥:：;；~〜♪☆★♡♥]|\p{Extended_Pictographic})$/u;
// Citation markers after the last word are not part of the sentence: ^{[1][2]}, [3], ¹², ④, [^1].
const CITATION_TAIL = /(?:\s|\^\{(?:\[[^\]]*\])+\}|\^\[[^\]]*\]|\[\d+(?:[,，]\s*\d+)*\]|[¹²³⁰⁴-⁹]+|[①-⑳]+|\[\^[^\]]+\])+$/u;
const CITATION_TEXT = /^\^?\[?\d+(?:[,，-]\s*\d+)*\]?$/;
// Stands for a link, image or inline code: a paragraph ending in one is a link line, not a sentence.
const OBJECT = '\uE000';

/** The paragraph's visible text with links as OBJECT, citation links and `<sup>…</sup>` left out. */
function visibleText(children: PhrasingContent[]): string {
  let out = '';
  let inSup = false;
  for (const c of children) {
    if (c.type === 'html') {
      if (/^<sup\b/i.test(c.value)) inSup = true;
      else if (/^<\/sup>/i.test(c.value)) inSup = false;
      continue;
    }
    if (inSup || c.type === 'footnoteReference' || c.type === 'break') continue;
    if (c.type === 'link' || c.type === 'linkReference') out += CITATION_TEXT.test(plainText(c).trim()) ? '' : OBJECT;
    else if (c.type === 'image' || c.type === 'imageReference' || c.type === 'inlineCode') out += OBJECT;
    else out += plainText(c).replace(/\n/g, '');
  }
  return out.replace(CITATION_TAIL, '');
}

/** The visible text when the paragraph reads as prose that stops mid-sentence, else null. */
export function unfinishedText(paragraph: Paragraph): string | null {
  const meaningful = paragraph.children.filter((c) => !(c.type === 'text' && !c.value.trim()) && c.type !== 'break');
  // A paragraph that is only bold or italic text is a heading in disguise, not a sentence.
  if (meaningful.every((c) => c.type === 'strong' || c.type === 'emphasis')) return null;
  const text = visibleText(paragraph.children);
  if (!text || text.endsWith(OBJECT) || TERMINAL.test(text)) return null;
  const words = text.replaceAll(OBJECT, '');
  // Short lines without any sentence punctuation are headings or captions written as paragraphs.
  const length = [...words].length;
  const prose = /[、，,]$/.test(words) || /[。！？!?]/.test(words) || (length >= 30 && /[、，]/.test(words)) || length >= 80;
  return prose ? words : null;
}

function finding(block: Block, next: Block | undefined, text: string): Finding {
  const end = block.node.position?.end ?? { line: block.endLine, column: 2 };
  const quoted = `"${tail(text)}"`;
  const position = { line: end.line, column: Math.max(1, end.column - 1) };
  if (!next) {
    return { position, message: `The post ends mid-sentence: ${quoted}`, note: 'Finish the sentence or delete the fragment; the drafting tool probably stopped here.' };
  }
  if (next.marker) {
    return {
      position,
      message: `The text stops mid-sentence right before the marker at line ${next.startLine}: ${quoted}`,
      note: 'Finish the sentence; the text after the marker may repeat or continue it.',
    };
  }
  if (next.node.type === 'heading' || next.node.type === 'thematicBreak') {
    return { position, message: `The section ends mid-sentence: ${quoted}`, note: 'Finish the sentence or delete the fragment before the next section.' };
  }
  return {
    position,
    message: `This paragraph ends mid-sentence: ${quoted}`,
    note: `Finish the sentence; if the paragraph at line ${next.startLine} continues it, delete the blank line between them.`,
  };
}

/** Prose that stops without sentence-final punctuation: at the end of the post, a section, or a paragraph. */
export const unfinishedSentence: Rule = {
  id: 'unfinished-sentence',
  description: 'A paragraph, section or post that ends mid-sentence (no 。！？」 or similar at its end).',
  defaultLevel: 'warning',
  check(ctx) {
    const blocks = topLevelBlocks(ctx);
    const findings: Finding[] = [];
    blocks.forEach((block, i) => {
      if (block.node.type !== 'paragraph' || block.marker) return;
      // Tab-separated rows are a table gone wrong (tab-table reports them), not sentences.
      if (ctx.lines.slice(block.startLine - 1, block.endLine).some((l) => tabCells(l) >= 2)) return;
      const text = unfinishedText(block.node);
      if (text) findings.push(finding(block, blocks[i + 1], text));
    });
    return findings;
  },
};
