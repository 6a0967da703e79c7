// The figures a screenshot shows, kept inside the PNG itself as a tEXt chunk (keyword "figures", the
// figures' texts as JSON): a test then knows whether the committed screenshot still shows what the build
// shows, by its numbers, whatever the pixels of another machine's fonts.
import { crc32 } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const KEYWORD = 'figures';

interface Chunk {
  type: string;
  data: Buffer;
}

function chunksOf(png: Buffer): Chunk[] {
  if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file: its first 8 bytes are no PNG signature');
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    chunks.push({ type: png.toString('latin1', at + 4, at + 8), data: png.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

/** The PNG with the figures written into it, after its header chunk (any figures it held are replaced). */
export function withFigures(png: Buffer, figures: string[]): Buffer {
  const [header, ...rest] = chunksOf(png).filter((c) => !(c.type === 'tEXt' && keywordOf(c) === KEYWORD));
  // tEXt is Latin-1: the JSON escapes every other character (\u2212 for a minus sign)
  const json = JSON.stringify(figures).replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  const text = Buffer.concat([Buffer.from(`${KEYWORD}\0`, 'latin1'), Buffer.from(json, 'latin1')]);
  return Buffer.concat([
    SIGNATURE,
    ...[header!, { type: 'tEXt', data: text }, ...rest].map((c) => chunk(c.type, c.data)),
  ]);
}

/** The figures written into a PNG by withFigures, or null when it holds none. */
export function figuresIn(png: Buffer): string[] | null {
  const found = chunksOf(png).find((c) => c.type === 'tEXt' && keywordOf(c) === KEYWORD);
  return found ? (JSON.parse(found.data.toString('latin1', KEYWORD.length + 1)) as string[]) : null;
}

const keywordOf = (c: Chunk) => c.data.toString('latin1', 0, Math.max(0, c.data.indexOf(0)));
