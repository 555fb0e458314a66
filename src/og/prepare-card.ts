import { warning, type Diagnostic } from '../report/diagnostic.js';
import { cachedCardPath } from './cache.js';
import { cardKey } from './fingerprint.js';
import { codePointNames, normalizeSpace } from './graphemes.js';
import { inspectGlyphs } from './inspect-glyphs.js';
import { splitPhrases } from './phrases.js';
import type { SharedInputs } from './shared-inputs.js';
import type { CardJob, CardText, RenderTask } from './types.js';

/** A job made ready to render: what to draw, its cache key and file, and glyph warnings. */
export interface PreparedCard {
  job: CardJob;
  /** The render task but for its phrases, which only cards that must be drawn need (`toRenderTask`). */
  draft: Omit<RenderTask, 'phrases'>;
  key: string;
  usesEmoji: boolean;
  diagnostics: Diagnostic[];
}

/** Normalises a card's text, finds its emoji and missing glyphs, and keys it for the cache. */
export function prepareCard(job: CardJob, shared: SharedInputs): PreparedCard {
  const text: CardText = {
    title: normalizeSpace(job.title),
    category: optional(job.category),
    dateLabel: optional(job.dateLabel),
    author: optional(job.author),
    siteName: normalizeSpace(job.siteName),
  };
  const shown = [text.title, text.category, text.dateLabel, text.author, text.siteName].filter((s): s is string => s !== null);
  const glyphs = inspectGlyphs(shown, shared.glyphs);
  // The emoji images are fixed by the graphemes and the Twemoji version (in the fingerprint).
  const key = cardKey(shared.fingerprint, { text, emoji: Object.keys(glyphs.emoji) });
  const cacheFile = cachedCardPath(shared.cacheDir, key);
  const draft = {
    templateFile: shared.templateFile,
    templateVersion: shared.templateVersion,
    text,
    theme: shared.theme,
    emoji: glyphs.emoji,
    cacheFile,
  };
  const diagnostics: Diagnostic[] = [];
  if (glyphs.missing.length > 0) {
    const list = glyphs.missing.map((g) => `"${g}" (${codePointNames(g)})`).join(', ');
    diagnostics.push(
      warning(
        job.file || job.outputPath,
        undefined,
        'og-missing-glyph',
        `The OG card font has no glyph for ${list}; the card shows an empty box there.`,
        'Use a more common character or variant in the title, category or author, or accept the box on the card.',
      ),
    );
  }
  return { job, draft, key, usesEmoji: Object.keys(glyphs.emoji).length > 0, diagnostics };
}

/** The full render task of a card that must be drawn: BudouX runs only for those. */
export function toRenderTask(card: PreparedCard): RenderTask {
  return { ...card.draft, phrases: splitPhrases(card.draft.text.title) };
}

function optional(value: string | null): string | null {
  const clean = value === null ? '' : normalizeSpace(value);
  return clean || null;
}
