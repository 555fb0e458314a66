import path from 'node:path';
import { resolveConfig, type ConfigOverrides } from '../../src/config/resolve-config.js';
import type { ResolvedConfig, UserConfig } from '../../src/config/types.js';

/** "Now" of every test build: posts dated later are future posts. */
export const NOW = new Date('2026-11-22T00:00:00Z');

/** Origin of every test site. */
export const SITE_URL = 'https://news.example.jp';

/** A resolved config with the test site's title and URL, "now" pinned, rooted at `root`. */
export function testConfig(user: Partial<UserConfig> = {}, overrides: ConfigOverrides = {}, root = path.resolve(import.meta.dirname, '../fixtures/site')): ResolvedConfig {
  return resolveConfig({ title: 'AIニュース', description: 'AI業界のニュースを日本語で', url: SITE_URL, ...user }, root, null, { now: NOW, ...overrides });
}
