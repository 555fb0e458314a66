import type { Diagnostic } from '../report/diagnostic.js';

/** Where the browser side of live reload lives; outside any base path, never part of the site. */
export const DEV_PREFIX = '/__dev/';
export const EVENTS_PATH = '/__dev/events';
export const CLIENT_PATH = '/__dev/client.js';
export const OVERLAY_CSS_PATH = '/__dev/overlay.css';

/** What the error overlay shows: plain text only; the browser sets it as text, never as HTML. */
export interface OverlayData {
  title: string;
  errors: Array<{ place: string; message: string; note: string | null }>;
  /** "…and 3 more errors", or null. */
  more: string | null;
}

const SHOWN = 20;

/** The overlay's content for the errors of a failed build (each `file:line:column`, message, hint). */
export function overlayData(diagnostics: readonly Diagnostic[]): OverlayData {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const rest = errors.length - SHOWN;
  return {
    title: 'Build failed: the last good version of the site is shown. Fix the file and save; this page reloads by itself.',
    errors: errors.slice(0, SHOWN).map((d) => ({
      place: d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file,
      message: `${d.message} [${d.ruleId}]`,
      note: d.note ?? null,
    })),
    more: rest > 0 ? `…and ${rest} more ${rest === 1 ? 'error' : 'errors'} (see the terminal).` : null,
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The overlay as HTML, every text escaped; the client script builds the same from events. */
function overlayHtml(data: OverlayData): string {
  const items = data.errors
    .map((e) => `<li><p class="__dev-place">${escapeHtml(e.place)}</p><p class="__dev-message">${escapeHtml(e.message)}</p>${e.note ? `<p class="__dev-note">${escapeHtml(e.note)}</p>` : ''}</li>`)
    .join('');
  return `<div id="__dev-overlay" role="alert"><div class="__dev-box"><button type="button" class="__dev-close" aria-label="Close">×</button><p class="__dev-title">${escapeHtml(data.title)}</p><ol class="__dev-list">${items}</ol>${data.more ? `<p class="__dev-more">${escapeHtml(data.more)}</p>` : ''}</div></div>`;
}

/**
 * What the dev server adds before `</body>` of every page it serves (never to the build output):
 * the client script, which knows the build it was served from, and the overlay when the last
 * build failed. No inline script or style, so a strict Content-Security-Policy still allows it.
 */
export function liveReloadSnippet(state: { session: string; build: number; overlay: OverlayData | null }): string {
  const overlay = state.overlay ? overlayHtml(state.overlay) : '';
  return `${overlay}<link rel="stylesheet" href="${OVERLAY_CSS_PATH}"><script src="${CLIENT_PATH}" data-session="${escapeHtml(state.session)}" data-build="${state.build}"></script>`;
}

/** Inserts `snippet` before the last `</body>` (or at the end when there is none). */
export function injectSnippet(html: Uint8Array, snippet: string): Buffer {
  const buf = Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  let at = buf.lastIndexOf('</body>');
  if (at === -1) at = buf.lastIndexOf('</BODY>');
  if (at === -1) at = buf.length;
  return Buffer.concat([buf.subarray(0, at), Buffer.from(snippet), buf.subarray(at)]);
}

/** A page for when no build has succeeded yet ("Building…", or the overlay); it reloads once one has. */
export function placeholderPage(title: string, snippet: string): Buffer {
  return Buffer.from(`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><p>${escapeHtml(title)}</p>${snippet}</body></html>\n`);
}

/**
 * The browser side: listens on the event stream; reloads when its own page, a stylesheet or
 * another asset changed, or when the build it was served from is not the server's (a restart);
 * shows the overlay on a failed build, and reloads when the next build succeeds.
 */
export const CLIENT_SCRIPT = `(() => {
  const me = document.currentScript;
  const session = me.dataset.session;
  let build = Number(me.dataset.build);
  const decode = (p) => p.split('/').map((s) => { try { return decodeURIComponent(s); } catch { return s; } }).join('/').replace(/\\/index\\.html$/, '/');
  const here = decode(location.pathname);
  let overlay = document.getElementById('__dev-overlay');
  const add = (parent, tag, cls, text) => {
    const el = document.createElement(tag);
    if (cls) el.className = cls;
    if (text) el.textContent = text;
    parent.append(el);
    return el;
  };
  const closable = () => overlay && overlay.querySelector('.__dev-close')?.addEventListener('click', () => overlay.remove());
  const show = (d) => {
    overlay?.remove();
    overlay = document.createElement('div');
    overlay.id = '__dev-overlay';
    overlay.setAttribute('role', 'alert');
    const box = add(overlay, 'div', '__dev-box');
    add(box, 'button', '__dev-close', '×').setAttribute('aria-label', 'Close');
    add(box, 'p', '__dev-title', d.title);
    const list = add(box, 'ol', '__dev-list');
    for (const e of d.errors) {
      const item = add(list, 'li');
      add(item, 'p', '__dev-place', e.place);
      add(item, 'p', '__dev-message', e.message);
      if (e.note) add(item, 'p', '__dev-note', e.note);
    }
    if (d.more) add(box, 'p', '__dev-more', d.more);
    document.body.append(overlay);
    closable();
  };
  closable();
  const events = new EventSource('${EVENTS_PATH}');
  events.addEventListener('hello', (e) => {
    const d = JSON.parse(e.data);
    if (d.session !== session || d.build !== build) location.reload();
  });
  events.addEventListener('reload', (e) => {
    const d = JSON.parse(e.data);
    if (overlay || d.assets || d.paths.some((p) => decode(p) === here)) location.reload();
    else build = d.build;
  });
  events.addEventListener('build-error', (e) => show(JSON.parse(e.data)));
})();
`;

/** Styles of the overlay, all under its id so they never touch the page. */
export const OVERLAY_CSS = `#__dev-overlay{position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(15,23,42,.88);color:#f8fafc;font:14px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;padding:5vh 4vw}
#__dev-overlay .__dev-box{position:relative;max-width:960px;margin:0 auto;background:#1e1e2e;border-top:6px solid #ef4444;border-radius:6px;padding:24px 28px;box-shadow:0 10px 40px rgba(0,0,0,.5)}
#__dev-overlay .__dev-title{margin:0 0 16px;color:#fca5a5;font-weight:bold}
#__dev-overlay .__dev-list{margin:0;padding-left:1.5em}
#__dev-overlay li{margin:0 0 16px}
#__dev-overlay p{margin:0;white-space:pre-wrap;word-break:break-word}
#__dev-overlay .__dev-place{color:#93c5fd}
#__dev-overlay .__dev-note{color:#cbd5e1}
#__dev-overlay .__dev-note::before{content:"hint: ";color:#fbbf24}
#__dev-overlay .__dev-close{position:absolute;top:8px;right:12px;background:none;border:0;color:#f8fafc;font-size:24px;cursor:pointer}
`;
