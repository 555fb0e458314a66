import { describe, expect, it } from 'vitest';
import { fitText } from '../../src/og/fit-text.js';

const monospace = (text: string) => Array.from(text).length;

describe('fitText', () => {
  it('keeps a text that fits', () => {
    expect(fitText('生成AI', 10, monospace)).toBe('生成AI');
  });

  it('cuts a text that does not fit and ends it with an ellipsis within the width', () => {
    const cut = fitText('とても長いサイト名のAIニュースメディア', 10, monospace);
    expect(cut).toBe('とても長いサイト名…');
    expect(monospace(cut)).toBeLessThanOrEqual(10);
  });

  it('never cuts inside an emoji sequence', () => {
    expect(fitText('AI👨‍💻👨‍💻👨‍💻', 4.5, (t) => [...new Intl.Segmenter().segment(t)].length)).toBe('AI👨‍💻…');
  });
});
