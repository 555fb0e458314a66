import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { fitText } from './fit-text.js';
import { loadCardFonts, type LoadedFont } from './fonts.js';
import { graphemes } from './graphemes.js';
import { layoutTitle, type Measure } from './layout-title.js';
import { encodePng, isOpaque } from './png-encode.js';
import { loadTemplate } from './template.js';
import { createTextShaper, type TextShaper } from './text-shaper.js';
import { CARD_HEIGHT, CARD_WIDTH, type OgCardProps, type RenderTask, type TitleLayout } from './types.js';

interface ThreadAssets {
  fonts: LoadedFont[];
  /** One shaper per weight, measuring exactly what satori will draw. */
  shapers: Record<400 | 700, TextShaper>;
}

let assets: Promise<ThreadAssets> | undefined;

/** Fonts and shapers, loaded once per thread: re-reading the fonts would cost ~80 ms a card. */
function threadAssets(): Promise<ThreadAssets> {
  assets ??= loadCardFonts().then(async (fonts) => {
    const shaper = async (weight: 400 | 700) => {
      const font = fonts.find((f) => f.weight === weight);
      if (!font) throw new Error(`no card font of weight ${weight}`);
      return createTextShaper(font.data);
    };
    const [regular, bold] = await Promise.all([shaper(400), shaper(700)]);
    return { fonts, shapers: { 400: regular, 700: bold } };
  });
  return assets;
}

/** Widths as satori will draw them: emoji shown as images are 1em wide. */
function measureWith(shaper: TextShaper, emoji: Readonly<Record<string, string>>): Measure {
  if (Object.keys(emoji).length === 0) return (text) => shaper.advance(text);
  return (text) => {
    let width = 0;
    let run = '';
    for (const g of graphemes(text)) {
      if (emoji[g]) {
        width += shaper.advance(run) + 1;
        run = '';
      } else run += g;
    }
    return width + shaper.advance(run);
  };
}

/** Lays the title out with the template's frame, as the template will receive it. */
async function layoutCardTitle(task: RenderTask): Promise<TitleLayout> {
  const [{ shapers }, template] = await Promise.all([threadAssets(), loadTemplate(task.templateFile, task.templateVersion)]);
  return layoutTitle(task.phrases, measureWith(shapers[700], task.emoji), template.titleFrame);
}

/** The satori + resvg adapter: one card → SVG → PNG bytes. Runs in a worker or, for a few cards, the main thread. */
export async function renderCard(task: RenderTask): Promise<Uint8Array> {
  const [{ fonts, shapers }, template, title] = await Promise.all([threadAssets(), loadTemplate(task.templateFile, task.templateVersion), layoutCardTitle(task)]);
  const fit: OgCardProps['fit'] = (text, { fontSize, fontWeight = 400, maxWidth }) =>
    fitText(text, maxWidth / fontSize, measureWith(shapers[fontWeight], task.emoji));
  const element = template.render({ text: task.text, title, theme: task.theme, fit });
  // satori's types name React's node type; a preact VNode has the same { type, props } shape.
  const svg = await satori(element as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
    graphemeImages: task.emoji,
  });
  const image = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render();
  const pixels = image.pixels;
  // resvg's pixels are premultiplied; only an opaque card can skip un-premultiplying.
  if (isOpaque(pixels)) return encodePng(pixels, image.width, image.height);
  const png = image.asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
