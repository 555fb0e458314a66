import path from 'node:path';
import type { ResolvedConfig } from '../config/types.js';
import { codeFingerprint, hashOf } from '../util/fingerprint.js';

/**
 * What every cached result of a build depends on besides its own inputs: our code, the
 * templates, the dependency versions and the config (not `now`, which changes every run; what it
 * decides, which posts are in the future, is part of the inputs).
 */
export function buildSalt(config: ResolvedConfig): string {
  const src = new URL('../', import.meta.url).pathname;
  const code = codeFingerprint([src, config.templatesDir], path.resolve(src, '../package-lock.json'));
  return hashOf(code, JSON.stringify({ ...config, now: null }));
}
