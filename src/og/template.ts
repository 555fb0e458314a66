import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ResolvedConfig } from '../config/types.js';
import type { OgCardProps, TitleFrame } from './types.js';

/** File name of the card layout inside the templates folder. */
export const TEMPLATE_NAME = 'og-card.tsx';

/** What the card template module must export. */
export interface CardTemplate {
  /** Box the title is fitted into. */
  titleFrame: TitleFrame;
  /** Builds the card element (preact JSX or satori's `{ type, props }` objects). */
  render: (props: OgCardProps) => unknown;
}

/** The card layout to use: the site's `templates/og-card.tsx`, or the one that ships with the generator. */
export function findTemplate(config: ResolvedConfig): string {
  const own = path.join(config.templatesDir, TEMPLATE_NAME);
  if (existsSync(own)) return own;
  return fileURLToPath(new URL(`../../templates/${TEMPLATE_NAME}`, import.meta.url));
}

const loaded = new Map<string, Promise<CardTemplate>>();

/**
 * Imports a template module once per thread and version and checks its exports. The version
 * (a hash of the source) goes in the URL's query, so an edited template is not served from
 * the module cache of a long-lived process such as the dev server.
 */
export function loadTemplate(file: string, version: string): Promise<CardTemplate> {
  const url = `${pathToFileURL(file).href}?v=${version}`;
  let template = loaded.get(url);
  if (!template) {
    template = import(url).then((mod: Record<string, unknown>) => {
      const frame = mod['titleFrame'];
      const render = mod['default'];
      if (typeof render !== 'function' || !isFrame(frame)) {
        throw new Error(`${file}: a card template must export a default function and a \`titleFrame\` { width, height, maxLines, sizes, lineHeight }`);
      }
      return { titleFrame: frame, render: (props) => render(props) as unknown };
    });
    loaded.set(url, template);
  }
  return template;
}

function isFrame(value: unknown): value is TitleFrame {
  if (typeof value !== 'object' || value === null) return false;
  const frame = value as Partial<TitleFrame>;
  return (
    [frame.width, frame.height, frame.maxLines, frame.lineHeight].every((n) => typeof n === 'number' && n > 0) &&
    Array.isArray(frame.sizes) &&
    frame.sizes.length > 0 &&
    frame.sizes.every((n) => typeof n === 'number' && n > 0)
  );
}
