import { describe, expect, it } from 'vitest';
import { isMarkerText } from '../../../src/check/util/markers.js';

describe('isMarkerText', () => {
  it.each(['---END---', '--- END ---', '---END', '=== BEGIN ===', '[END]', '  [end]  ', '【終わり】', '<<EOF>>', '### END', '***END***', '——END——'])(
    'takes "%s" for a marker',
    (line) => expect(isMarkerText(line)).toBe(true),
  );

  it.each(['---', '***', '# 終わりに', '## BEGIN 以前の話', 'END', 'この記事は END で終わる', '[1]', '---END--- の行は消してください。'])(
    'does not take "%s" for a marker',
    (line) => expect(isMarkerText(line)).toBe(false),
  );
});
