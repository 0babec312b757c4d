// Binary searches over items sorted by `start`, so that looking up what lies
// inside a span costs log n, not n: a 1 MB article has tens of thousands of them.

/** Index of the first item whose start is >= pos. */
export function lowerBound(items: ReadonlyArray<{ start: number }>, pos: number): number {
  let a = 0;
  let b = items.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (items[m]!.start < pos) a = m + 1;
    else b = m;
  }
  return a;
}

/**
 * The first index k of [0, n) for which `before(k)` is false, where `before` holds for a
 * prefix: a binary search over anything sorted (a list of numbers, items by another key).
 */
export function partitionPoint(n: number, before: (k: number) => boolean): number {
  let a = 0;
  let b = n;
  while (a < b) {
    const m = (a + b) >> 1;
    if (before(m)) a = m + 1;
    else b = m;
  }
  return a;
}

/** Items (sorted by start) lying wholly inside [start, end). */
export function itemsWithin<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let k = lowerBound(items, start); k < items.length && items[k]!.start < end; k++) if (items[k]!.end <= end) out.push(items[k]!);
  return out;
}

/** The item (sorted, non-overlapping) containing pos, or -1. */
export function indexContaining(items: ReadonlyArray<{ start: number; end: number }>, pos: number): number {
  const k = lowerBound(items, pos + 1) - 1;
  return k >= 0 && pos < items[k]!.end ? k : -1;
}

/**
 * The union of character ranges, kept as sorted ranges that do not overlap (touching ones stay
 * apart), so that whether a range overlaps any range added costs log n: "does this speaker line
 * overlap an attribution already found" over thousands of them.
 */
export class RangeUnion {
  private readonly ranges: Array<{ start: number; end: number }> = [];

  /** Whether [start, end) overlaps a range added (start < its end and its start < end). */
  overlaps(start: number, end: number): boolean {
    // ranges are disjoint and sorted, so their ends rise with their starts: the last range starting before `end` reaches furthest
    const k = lowerBound(this.ranges, end) - 1;
    return k >= 0 && start < this.ranges[k]!.end;
  }

  add(start: number, end: number): void {
    // merge with every range it overlaps (those from the first that ends after `start` to the last that starts before `end`)
    let k = lowerBound(this.ranges, end) - 1;
    let s = start;
    let e = end;
    let count = 0;
    while (k >= 0 && this.ranges[k]!.end > start) {
      s = Math.min(s, this.ranges[k]!.start);
      e = Math.max(e, this.ranges[k]!.end);
      k--;
      count++;
    }
    this.ranges.splice(k + 1, count, { start: s, end: e });
  }
}

/**
 * Items by an extent of each (a cue's, a content's), to find those whose extent overlaps a range
 * in log n plus what lies near it, not by reading every item per query: an article with
 * thousands of reports asks this thousands of times.
 */
export class ExtentIndex<T> {
  private readonly byStart: Array<{ start: number; end: number; k: number }> = [];
  private longest = 0;

  constructor(private readonly items: readonly T[], extentOf: (item: T) => readonly [number, number] | null) {
    items.forEach((item, k) => {
      const extent = extentOf(item);
      if (!extent) return;
      this.byStart.push({ start: extent[0], end: extent[1], k });
      this.longest = Math.max(this.longest, extent[1] - extent[0]);
    });
    this.byStart.sort((a, b) => a.start - b.start || a.k - b.k);
  }

  /** The items whose extent [start, end) overlaps [from, to) (start < to and from < end), in their given order. */
  overlapping(from: number, to: number): T[] {
    const found: number[] = [];
    for (let i = lowerBound(this.byStart, to) - 1; i >= 0 && this.byStart[i]!.start + this.longest > from; i--) {
      if (from < this.byStart[i]!.end) found.push(this.byStart[i]!.k);
    }
    return found.sort((a, b) => a - b).map((k) => this.items[k]!);
  }
}
