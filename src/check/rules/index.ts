import type { Rule } from '../types.js';
import { citationMarker } from './citation-marker.js';
import { deadInternalLink } from './dead-internal-link.js';
import { descriptionLength } from './description-length.js';
import { emptyLink } from './empty-link.js';
import { fileDateMismatch } from './file-date-mismatch.js';
import { fullwidthAscii } from './fullwidth-ascii.js';
import { generationMarker } from './generation-marker.js';
import { imageAlt } from './image-alt.js';
import { literalEmphasis } from './literal-emphasis.js';
import { missingImage } from './missing-image.js';
import { readingTime } from './reading-time.js';
import { repeatedBlock } from './repeated-block.js';
import { repeatedSentence } from './repeated-sentence.js';
import { setextHeading } from './setext-heading.js';
import { tabTable } from './tab-table.js';
import { titleInBody } from './title-in-body.js';
import { titleLength } from './title-length.js';
import { unfinishedSentence } from './unfinished-sentence.js';

/**
 * Every content-check rule, in report order: generation leftovers, Markdown accidents, links,
 * front matter. Adding a rule is adding its module and one line here.
 */
export const rules: readonly Rule[] = [
  // Generation leftovers
  generationMarker,
  repeatedBlock,
  repeatedSentence,
  unfinishedSentence,
  titleInBody,
  // Markdown accidents
  setextHeading,
  tabTable,
  literalEmphasis,
  // Links and images
  deadInternalLink,
  emptyLink,
  citationMarker,
  missingImage,
  imageAlt,
  // Front matter
  descriptionLength,
  readingTime,
  titleLength,
  fileDateMismatch,
  fullwidthAscii,
];
