// The position indexes that keep an article of thousands of reports linear (session 36): each
// answers as reading every range would.
import { describe, expect, it } from 'vitest';
import { ExtentIndex, RangeUnion } from '../../src/text/search.ts';

/** A small seeded generator (xorshift), so that every run reads the same ranges. */
function ranges(seed: number, n: number, maxLen: number): Array<[number, number]> {
  let x = seed;
  const next = (m: number) => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) % m;
  };
  return Array.from({ length: n }, () => {
    const s = next(200);
    return [s, s + next(maxLen + 1)] as [number, number];
  });
}

const overlap = ([s1, e1]: readonly [number, number], [s2, e2]: readonly [number, number]) => s1 < e2 && s2 < e1;

describe('RangeUnion', () => {
  it.each([
    // touching ranges stay apart; an empty range overlaps only what holds it strictly
    { added: [[0, 5], [5, 8]], query: [4, 6], overlaps: true },
    { added: [[0, 5], [5, 8]], query: [5, 5], overlaps: false },
    { added: [[0, 5], [3, 8]], query: [5, 5], overlaps: true },
    { added: [[0, 5]], query: [5, 9], overlaps: false },
    { added: [[10, 20], [0, 5], [30, 40]], query: [6, 9], overlaps: false },
    { added: [[10, 20], [0, 5], [30, 40], [4, 31]], query: [24, 25], overlaps: true },
    { added: [[7, 7]], query: [6, 8], overlaps: true },
  ])('$added overlaps $query: $overlaps', ({ added, query, overlaps }) => {
    const u = new RangeUnion();
    for (const [s, e] of added) u.add(s!, e!);
    expect(u.overlaps(query[0]!, query[1]!)).toBe(overlaps);
  });

  it.each([1, 2, 3, 4, 5])('answers as reading every range added (seed %i)', (seed) => {
    const u = new RangeUnion();
    const added: Array<[number, number]> = [];
    const all = ranges(seed, 400, 12);
    for (const [k, r] of all.entries()) {
      // ask, then add every other one
      const q = ranges(seed * 1000 + k, 1, 6)[0]!;
      expect(u.overlaps(q[0], q[1]), `${JSON.stringify(q)} after ${added.length}`).toBe(added.some((a) => overlap(a, q)));
      if (k % 2 === 0) {
        u.add(r[0], r[1]);
        added.push(r);
      }
    }
  });
});

describe('ExtentIndex', () => {
  it.each([1, 2, 3])('finds, in their given order, the items whose extent overlaps a range (seed %i)', (seed) => {
    const items = ranges(seed, 300, 30).map(([s, e], k) => ({ k, s, e }));
    // an item without an extent is never found
    const index = new ExtentIndex(items, (x) => (x.k % 7 === 0 ? null : [x.s, x.e]));
    for (const [from, to] of ranges(seed + 99, 200, 20)) {
      const expected = items.filter((x) => x.k % 7 !== 0 && overlap([x.s, x.e], [from, to]));
      expect(index.overlapping(from, to)).toEqual(expected);
    }
  });

  it('reads an empty range as partsOverlap does (inside an extent, not at its edge); finds nothing in an empty index', () => {
    const index = new ExtentIndex([[3, 9]], (x) => x as [number, number]);
    expect(index.overlapping(5, 5)).toEqual([[3, 9]]);
    expect(index.overlapping(9, 9)).toEqual([]);
    expect(index.overlapping(3, 3)).toEqual([]);
    expect(new ExtentIndex([] as number[], () => [0, 1]).overlapping(0, 10)).toEqual([]);
  });
});
