// Reads the pixels of the PNG files the CLI writes (8-bit RGBA, not interlaced, as resvg writes them), so that
// tests can measure what a reader would see: the size, and whether anything is drawn.
import { inflateSync } from "node:zlib";

/** A decoded image: `width × height` pixels, 4 bytes each (red, green, blue, alpha). */
export interface Pixels {
  width: number;
  height: number;
  rgba: Uint8Array;
}

const paeth = (left: number, up: number, upLeft: number) => {
  const estimate = left + up - upLeft;
  const [toLeft, toUp, toUpLeft] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  return toLeft <= toUp && toLeft <= toUpLeft ? left : toUp <= toUpLeft ? up : upLeft;
};

/** Decodes an 8-bit RGBA PNG; throws on any other kind, which resvg does not write. */
export function decodePng(file: Uint8Array): Pixels {
  const data = Buffer.from(file);
  if (data.toString("latin1", 1, 4) !== "PNG") throw new Error("not a PNG file");
  let width = 0;
  let height = 0;
  const compressed: Buffer[] = [];
  for (let offset = 8; offset < data.length; ) {
    const length = data.readUInt32BE(offset);
    const type = data.toString("latin1", offset + 4, offset + 8);
    const body = data.subarray(offset + 8, offset + 8 + length);
    if (type === "IHDR") {
      [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
      if (body[8] !== 8 || body[9] !== 6 || body[12] !== 0) throw new Error("expected 8-bit RGBA, not interlaced");
    } else if (type === "IDAT") compressed.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * 4;
  const rgba = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const left = x >= 4 ? rgba[y * stride + x - 4]! : 0;
      const up = y > 0 ? rgba[(y - 1) * stride + x]! : 0;
      const upLeft = x >= 4 && y > 0 ? rgba[(y - 1) * stride + x - 4]! : 0;
      const predicted = [0, left, up, (left + up) >> 1, paeth(left, up, upLeft)][filter];
      if (predicted === undefined) throw new Error(`unknown PNG filter ${filter}`);
      rgba[y * stride + x] = (line[x]! + predicted) & 0xff;
    }
  }
  return { width, height, rgba };
}

/** The variance of the pixels' brightness over a region (0 for a blank image; text on a background is in the hundreds). */
export function brightnessVariance({ width, rgba }: Pixels, region = { top: 0, bottom: rgba.length / 4 / width }): number {
  let [count, sum, squares] = [0, 0, 0];
  for (let y = Math.floor(region.top); y < Math.floor(region.bottom); y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      // Transparent pixels count as white, the page a PNG is usually placed on.
      const alpha = rgba[i + 3]! / 255;
      const brightness = (0.2126 * rgba[i]! + 0.7152 * rgba[i + 1]! + 0.0722 * rgba[i + 2]!) * alpha + 255 * (1 - alpha);
      count++;
      sum += brightness;
      squares += brightness * brightness;
    }
  }
  return count === 0 ? 0 : squares / count - (sum / count) ** 2;
}
