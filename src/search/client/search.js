// The search page's script: reads ?q=&category=&tag=, asks the Pagefind index that
// src/search/ built, and draws the results. Plain JavaScript, served as it is (no build step).
//
// The query is normalised and split into words by ./text.js, the module that split the indexed
// pages, so `ＡＩ` finds `AI` and `生成AI` finds the pages where 生成 and AI stand side by side.
import { findPosts } from './find.js';
import { normalizeText, planQuery, readableExcerpt } from './text.js';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

const root = document.querySelector('[data-search]');
if (root instanceof HTMLElement) start(root);

/** @param {HTMLElement} root */
function start(root) {
  const form = /** @type {HTMLFormElement} */ (root.querySelector('form'));
  const input = /** @type {HTMLInputElement} */ (form.elements.namedItem('q'));
  const category = /** @type {HTMLSelectElement} */ (form.elements.namedItem('category'));
  const tag = /** @type {HTMLSelectElement} */ (form.elements.namedItem('tag'));
  const status = /** @type {HTMLElement} */ (root.querySelector('[data-search-status]'));
  const list = /** @type {HTMLElement} */ (root.querySelector('[data-search-results]'));
  const more = /** @type {HTMLButtonElement} */ (root.querySelector('[data-search-more]'));

  /** @type {Promise<any> | null} */
  let engine = null;
  // Every search gets a number; a slower, older one never draws over a newer one.
  let generation = 0;
  /** @type {any[]} */
  let pending = [];
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;

  const loadEngine = () => {
    engine ??= import(root.dataset.bundle + 'pagefind.js').then(async (pagefind) => {
      await pagefind.options({ baseUrl: root.dataset.base, excerptLength: 40, excerptEllipsis: '…' });
      await pagefind.init();
      return pagefind;
    });
    return engine;
  };

  const readUrl = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    category.value = params.get('category') ?? '';
    tag.value = params.get('tag') ?? '';
    // A value the page does not offer (an old link) falls back to "all".
    if (category.selectedIndex < 0) category.value = '';
    if (tag.selectedIndex < 0) tag.value = '';
  };

  const writeUrl = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    if (category.value) params.set('category', category.value);
    if (tag.value) params.set('tag', tag.value);
    const query = params.toString();
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
  };

  const run = async () => {
    const mine = ++generation;
    const query = planQuery(input.value).terms.join(' ');
    /** @type {Record<string, string>} */
    const filters = {};
    if (category.value) filters.category = category.value;
    if (tag.value) filters.tag = tag.value;
    const filtered = Object.keys(filters).length > 0;
    list.replaceChildren();
    more.hidden = true;
    pending = [];
    if (!query && !filtered) {
      // Typed text with no word in it (only punctuation) finds nothing, and says so.
      const typed = input.value.trim();
      status.textContent = typed ? describe(typed, filters, 0) : '';
      root.dataset.state = typed ? 'done' : 'idle';
      return;
    }
    status.textContent = '検索しています…';
    root.dataset.state = 'loading';
    let results;
    try {
      results = await findPosts(await loadEngine(), input.value, filters);
    } catch (e) {
      if (mine === generation) {
        status.textContent = '検索を読み込めませんでした。ページを再読み込みしてください。';
        root.dataset.state = 'error';
      }
      console.error(e);
      return;
    }
    if (mine !== generation) return;
    status.textContent = describe(normalizeText(input.value).replace(/\s+/gu, ' ').trim(), filters, results.length);
    pending = results;
    await showMore(mine);
  };

  /** Draws the next page of results; `data-state="done"` on the root says they are all drawn. @param {number} mine */
  const showMore = async (mine) => {
    root.dataset.state = 'loading';
    const batch = pending.splice(0, PAGE_SIZE);
    const data = await Promise.all(batch.map((r) => r.data()));
    if (mine !== generation) return;
    list.append(...data.map(resultItem));
    more.hidden = pending.length === 0;
    root.dataset.state = 'done';
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      writeUrl();
      void run();
    }, DEBOUNCE_MS);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    writeUrl();
    void run();
  });
  input.addEventListener('input', schedule);
  category.addEventListener('change', schedule);
  tag.addEventListener('change', schedule);
  more.addEventListener('click', () => void showMore(generation));
  // Start loading the index while the reader types.
  input.addEventListener('focus', () => void loadEngine().catch(() => {}), { once: true });

  readUrl();
  void run();
}

/**
 * The status line: how many posts matched, or that none did.
 * @param {string} query @param {Record<string, string>} filters @param {number} count
 */
function describe(query, filters, count) {
  const parts = [];
  if (query) parts.push(`「${query}」`);
  if (filters.category) parts.push(`カテゴリー「${filters.category}」`);
  if (filters.tag) parts.push(`タグ「${filters.tag}」`);
  const what = parts.join('・');
  return count === 0 ? `${what}に一致する記事は見つかりませんでした。` : `${what}に一致する記事: ${count}件`;
}

/**
 * One result: linked title, date and category, excerpt with the matched words marked.
 * @param {{ url: string, excerpt: string, meta: Record<string, string>, filters: Record<string, string[]> }} data
 */
function resultItem(data) {
  const item = document.createElement('li');
  item.className = 'search-result';

  const title = document.createElement('h2');
  title.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  title.append(link);

  const meta = document.createElement('p');
  meta.className = 'post-meta';
  meta.textContent = [data.meta.date, ...(data.filters.category ?? [])].filter(Boolean).join(' · ');

  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.append(...markedText(data.excerpt));

  item.append(title, meta, excerpt);
  return item;
}

/**
 * Pagefind's excerpt is escaped text with `<mark>` around matches; this rebuilds it as text
 * nodes and `<mark>` elements, so nothing in it is ever parsed as HTML.
 * @param {string} excerpt
 */
function markedText(excerpt) {
  /** @type {(Node | string)[]} */
  const out = [];
  const parts = readableExcerpt(excerpt).split(/<mark>|<\/mark>/);
  parts.forEach((part, i) => {
    const text = unescapeHtml(part);
    if (!text) return;
    if (i % 2 === 1) {
      const mark = document.createElement('mark');
      mark.textContent = text;
      out.push(mark);
    } else {
      out.push(text);
    }
  });
  return out;
}

/** Undoes Pagefind's escaping of excerpts, which is `<` and `>` only. @param {string} text */
function unescapeHtml(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}
