import { crc32 } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * True when `bytes` is a whole PNG of the given size: signature, an IHDR first with that width
 * and height, every chunk's length and CRC intact, and IEND last. A truncated or bit-flipped
 * cache file fails this and is rendered again instead of being published.
 */
export function isCompletePng(bytes: Uint8Array, width: number, height: number): boolean {
  if (bytes.length < 8 + 25 + 12 || SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ihdr = pngDimensions(bytes);
  if (!ihdr || ihdr.width !== width || ihdr.height !== height) return false;
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length) return false;
    const typeAndData = bytes.subarray(offset + 4, offset + 8 + length);
    if (crc32(typeAndData) !== view.getUint32(offset + 8 + length)) return false;
    if (chunkType(bytes, offset) === 'IEND') return end === bytes.length;
    offset = end;
  }
  return false;
}

/** Width and height from the IHDR chunk, or null when the header is not a PNG's. */
export function pngDimensions(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || chunkType(bytes, 8) !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint32(8) !== 13) return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function chunkType(bytes: Uint8Array, offset: number): string {
  return String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
}
