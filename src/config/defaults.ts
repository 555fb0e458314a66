import type { OgConfig } from './types.js';

/** Every default of the site config, in one place. */
export const defaults = {
  description: '',
  basePath: '/',
  lang: 'ja',
  locale: 'ja_JP',
  timezone: 'Asia/Tokyo',
  permalink: '/:year/:month/:day/:slug/',
  postsPerPage: 10,
  author: '編集部',
  postsDir: 'posts',
  outDir: 'dist',
  templatesDir: 'templates',
  assetsDir: 'assets',
  cacheDir: '.cache',
  feedLimit: 20,
  og: {
    background: '#0f172a',
    foreground: '#f8fafc',
    accent: '#38bdf8',
    logo: null,
  } satisfies OgConfig,
} as const;
