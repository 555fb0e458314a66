import { crc32, deflateSync } from 'node:zlib';

/** zlib level for card PNGs: 6 makes files ~35 % smaller than resvg's own encoder, in less time. */
const LEVEL = 6;
const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/** True when every pixel of an RGBA buffer is fully opaque (then premultiplied and straight alpha agree). */
export function isOpaque(rgba: Uint8Array): boolean {
  const words = new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.byteLength >>> 2);
  // Alpha is the high byte of each little-endian word.
  for (let i = 0; i < words.length; i++) if ((words[i] ?? 0) < 0xff000000) return false;
  return true;
}

/**
 * Encodes 8-bit RGBA pixels as a PNG: filter type 0 on every row, one zlib IDAT.
 * resvg's encoder spends ~13 ms a card on adaptive filtering; this takes ~9 ms and the files are
 * smaller, since the cards are mostly flat colour. Pixels must be straight alpha (see `isOpaque`).
 */
export function encodePng(rgba: Uint8Array, width: number, height: number): Uint8Array {
  const stride = width * 4;
  const raw = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, standard filters, no interlace
  return concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: LEVEL })), chunk('IEND', new Uint8Array(0))]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
