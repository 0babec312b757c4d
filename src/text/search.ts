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
