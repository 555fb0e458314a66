import { expect, it } from 'vitest';

it('exposes generateCards as the only runtime export of src/og', async () => {
  const og = await import('../../src/og/index.js');
  expect(Object.keys(og).sort()).toEqual(['generateCards']);
});
