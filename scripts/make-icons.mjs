// Draws the add-in's icon (a plan table with a tick) at every size Office asks for, as PNG files in
// assets/. Run once after changing the design: `node scripts/make-icons.mjs`. No image library needed:
// the icon is a few shapes, and PNG is zlib-compressed rows.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

export const ICON_SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];

const TEAL = [0, 105, 120];
const WHITE = [255, 255, 255];
const GREEN = [120, 220, 140];

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

function encodePng(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x + 0.5, y + 0.5);
      raw.set([r, g, b, a], y * (size * 4 + 1) + 1 + x * 4);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The icon in unit coordinates (0..1): rounded teal square, white table lines, green tick. */
function iconPixel(size) {
  const radius = 0.18;
  return (x, y) => {
    const u = x / size;
    const v = y / size;
    const cx = Math.min(Math.max(u, radius), 1 - radius);
    const cy = Math.min(Math.max(v, radius), 1 - radius);
    if (Math.hypot(u - cx, v - cy) > radius) return [0, 0, 0, 0];
    const line = Math.max(1.2 / size, 0.045);
    const tick =
      Math.min(distanceToSegment(u, v, 0.42, 0.66, 0.55, 0.8), distanceToSegment(u, v, 0.55, 0.8, 0.84, 0.42)) <
      line * 1.4;
    if (tick) return [...GREEN, 255];
    const inTable = u > 0.16 && u < 0.84 && v > 0.18 && v < 0.7;
    const rowLine = [0.2, 0.36, 0.52].some((r) => Math.abs(v - r) < line / 2);
    const columnLine = Math.abs(u - 0.38) < line / 2 && v > 0.2 && v < 0.68;
    if (inTable && (rowLine || columnLine)) return [...WHITE, 255];
    return [...TEAL, 255];
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync('assets', { recursive: true });
  for (const size of ICON_SIZES) writeFileSync(`assets/icon-${size}.png`, encodePng(size, iconPixel(size)));
  console.log(`Wrote ${ICON_SIZES.map((s) => `assets/icon-${s}.png`).join(', ')}`);
}
