const graphemes = new Intl.Segmenter('ja', { granularity: 'grapheme' });
const SENTENCE_END = /^[。．！？!?]$/;
const CLOSERS = /^[」』）)】〕”’]$/;

/**
 * Cuts plain text to an excerpt of at most about `max` characters, by grapheme (emoji and
 * combining marks stay whole), at the last sentence end (。！？) that fits; with none, at `max`
 * with an ellipsis. Text that fits is returned whole.
 */
export function makeExcerpt(text: string, max = 120): string {
  const trimmed = text.trim();
  // Segment only the head: Intl.Segmenter is quadratic on long strings in Node 20.
  const head = trimmed.length > max * 8 ? trimmed.slice(0, max * 8) : trimmed;
  const clusters = Array.from(graphemes.segment(head), (s) => s.segment);
  if (clusters.length <= max && head === trimmed) return clusters.join('');
  let cut = -1;
  for (let i = 0; i < max; i++) {
    if (SENTENCE_END.test(clusters[i] ?? '')) {
      cut = i + 1;
      // Keep a closing bracket that belongs to the sentence: 「…です。」
      while (cut < max && CLOSERS.test(clusters[cut] ?? '')) cut++;
    }
  }
  if (cut > 0) return clusters.slice(0, cut).join('');
  return clusters.slice(0, max - 1).join('').trimEnd() + '…';
}
