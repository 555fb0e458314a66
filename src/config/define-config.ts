import type { UserConfig } from './types.js';

/** Types the site config in `site.config.ts`; returns it unchanged. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}
