/** @jsxRuntime automatic */
/** @jsxImportSource preact */
// The pragmas keep this file rendering with preact even when it is loaded from outside the project's tsconfig.
import type { OgCardProps, TitleFrame } from '../src/og/types.js';

/**
 * The Open Graph card, 1200×630, drawn by satori (flexbox only: an element with more than one
 * child needs `display: flex`). Colours and logo come from `og` in site.config.ts.
 *
 * The title arrives laid out: `title.lines` are broken at BudouX phrases, shrunk and clamped
 * to fit `titleFrame`; change `titleFrame` together with the box that holds the title.
 * Short texts are cut to a width with `fit()`, which measures with the card font.
 *
 * Speed: borders, `overflow: hidden` and `opacity` make satori emit masks and clip paths that
 * cost resvg ~10 ms a card, so rules are plain filled boxes and muted text uses `color-mix()`.
 */
export const titleFrame = {
  width: 1040,
  height: 354,
  maxLines: 4,
  sizes: [88, 76, 68, 60, 54, 48],
  lineHeight: 1.36,
} satisfies TitleFrame;

const OPENING_BRACKETS = /^[「『【（〔［｛〈《“‘]/u;

/** The card: category on top, the title as the hero, date, author and site name at the bottom. */
export default function OgCard({ text, title, theme, fit }: OgCardProps) {
  const muted = `color-mix(in srgb, ${theme.foreground} 72%, ${theme.background})`;
  const logoWidth = theme.logo ? 54 : 0;
  return (
    <div
      style={{
        width: 1200,
        height: 630,
        display: 'flex',
        flexDirection: 'column',
        backgroundColor: theme.background,
        color: theme.foreground,
        fontFamily: 'Noto Sans JP',
      }}
    >
      <div style={{ height: 12, backgroundColor: theme.accent }} />
      <div style={{ display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '40px 80px 48px' }}>
        <div style={{ height: 52, display: 'flex', alignItems: 'center' }}>
          {text.category ? (
            // An outlined pill drawn as two filled rounded boxes (a border would cost a mask).
            <div style={{ display: 'flex', padding: 2, borderRadius: 26, backgroundColor: theme.accent }}>
              <div style={{ display: 'flex', padding: '2px 20px', borderRadius: 24, backgroundColor: theme.background, color: theme.accent, fontSize: 26, fontWeight: 700, whiteSpace: 'nowrap' }}>
                {fit(text.category, { fontSize: 26, fontWeight: 700, maxWidth: 990 })}
              </div>
            </div>
          ) : null}
        </div>
        <div
          style={{
            width: titleFrame.width,
            height: titleFrame.height,
            marginTop: 24,
            display: 'flex',
            flexDirection: 'column',
            justifyContent: 'center',
            fontSize: title.fontSize,
            lineHeight: `${title.lineHeight}px`,
            fontWeight: 700,
          }}
        >
          {title.lines.map((phrases) => {
            const line = phrases.join('');
            // An opening bracket has half an em of blank on its left; hang it so lines stay flush.
            const hang = OPENING_BRACKETS.test(line) ? -0.5 * title.fontSize : 0;
            return <div style={{ display: 'flex', whiteSpace: 'nowrap', marginLeft: hang }}>{line}</div>;
          })}
        </div>
        <div style={{ marginTop: 'auto', height: 2, backgroundColor: theme.accent }} />
        <div style={{ height: 54, display: 'flex', alignItems: 'flex-end', justifyContent: 'space-between', fontSize: 26 }}>
          <div style={{ display: 'flex', alignItems: 'center', color: muted, whiteSpace: 'nowrap' }}>
            {text.dateLabel ? <div style={{ display: 'flex' }}>{fit(text.dateLabel, { fontSize: 26, maxWidth: 240 })}</div> : null}
            {text.dateLabel && text.author ? <div style={{ width: 2, height: 24, margin: '0 18px', backgroundColor: muted }} /> : null}
            {text.author ? <div style={{ display: 'flex' }}>{fit(text.author, { fontSize: 26, maxWidth: text.dateLabel ? 300 : 560 })}</div> : null}
          </div>
          <div style={{ display: 'flex', alignItems: 'center', whiteSpace: 'nowrap' }}>
            {theme.logo ? <img src={theme.logo} height={40} style={{ flexShrink: 0, marginRight: 14 }} /> : null}
            <div style={{ display: 'flex', fontSize: 28, fontWeight: 700 }}>{fit(text.siteName, { fontSize: 28, fontWeight: 700, maxWidth: 440 - logoWidth })}</div>
          </div>
        </div>
      </div>
    </div>
  );
}
