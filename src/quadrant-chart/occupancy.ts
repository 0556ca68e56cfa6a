import type { Box } from "./geometry";

/**
 * A coarse grid over an area that records which cells something covers, so that the search for a free spot
 * rejects most spots in constant time (a summed-area table) before the exact checks. Conservative: a cell
 * touched at all counts as covered, so a spot it calls clear is clear.
 */
export class OccupancyGrid {
  private readonly cols: number;
  private readonly rows: number;
  private readonly covered: Uint8Array;
  private sums: Int32Array | undefined;

  constructor(
    private readonly area: Box,
    private readonly cell: number,
  ) {
    this.cols = Math.max(1, Math.ceil(area.width / cell));
    this.rows = Math.max(1, Math.ceil(area.height / cell));
    this.covered = new Uint8Array(this.cols * this.rows);
  }

  private range(box: Box): [number, number, number, number] {
    const { x, y } = this.area;
    const c0 = Math.max(0, Math.floor((box.x - x) / this.cell));
    const r0 = Math.max(0, Math.floor((box.y - y) / this.cell));
    const c1 = Math.min(this.cols - 1, Math.ceil((box.x + box.width - x) / this.cell) - 1);
    const r1 = Math.min(this.rows - 1, Math.ceil((box.y + box.height - y) / this.cell) - 1);
    return [c0, r0, c1, r1];
  }

  /** Marks every cell the box touches as covered. */
  cover(box: Box): void {
    const [c0, r0, c1, r1] = this.range(box);
    for (let r = r0; r <= r1; r++) for (let c = c0; c <= c1; c++) this.covered[r * this.cols + c] = 1;
    this.sums = undefined;
  }

  /** True when no cell the box touches is covered. */
  isClear(box: Box): boolean {
    const sums = (this.sums ??= this.summedArea());
    const [c0, r0, c1, r1] = this.range(box);
    if (c1 < c0 || r1 < r0) return true;
    const w = this.cols + 1;
    return sums[(r1 + 1) * w + c1 + 1]! - sums[r0 * w + c1 + 1]! - sums[(r1 + 1) * w + c0]! + sums[r0 * w + c0]! === 0;
  }

  private summedArea(): Int32Array {
    const w = this.cols + 1;
    const sums = new Int32Array(w * (this.rows + 1));
    for (let r = 0; r < this.rows; r++) {
      let row = 0;
      for (let c = 0; c < this.cols; c++) {
        row += this.covered[r * this.cols + c]!;
        sums[(r + 1) * w + c + 1] = sums[r * w + c + 1]! + row;
      }
    }
    return sums;
  }
}
