import { defineConfig } from './src/config/define-config.js';

export default defineConfig({
  title: 'AIインダストリー・ウォッチ',
  description: 'AI業界のニュースと分析を、日本語で、毎日。',
  // A deploy sets these two without editing this file (the Pages workflow does: docs/deploy.md).
  url: process.env['SITE_URL'] || 'https://ai-industry-watch.example.jp',
  basePath: process.env['SITE_BASE_PATH'] || '/',
  lang: 'ja',
  timezone: 'Asia/Tokyo',
  permalink: '/:year/:month/:day/:slug/',
  postsPerPage: 10,
  author: '編集部',
  og: {
    background: '#0b1f3a',
    foreground: '#f8fafc',
    accent: '#f59e0b',
  },
});
