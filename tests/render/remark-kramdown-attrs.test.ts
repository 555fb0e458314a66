import { describe, expect, it } from 'vitest';
import { parseAttributeList } from '../../src/render/remark-kramdown-attrs.js';

describe('parseAttributeList', () => {
  it('gathers classes, the id and key=value pairs', () => {
    expect(parseAttributeList('.cta .big #buy data-x="1" title=\'申込\' rel=nofollow')).toEqual({
      className: ['cta', 'big'],
      id: 'buy',
      'data-x': '1',
      title: '申込',
      rel: 'nofollow',
    });
  });

  it('leaves out event handler attributes', () => {
    expect(parseAttributeList('.a onclick="x()" ONLOAD=y')).toEqual({ className: ['a'] });
  });

  it('gives nothing for an empty list', () => {
    expect(parseAttributeList('')).toEqual({});
  });
});
