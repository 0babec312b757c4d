// Work arrays reused from call to call. Allocating a typed array costs about
// half a microsecond, and the taggers' feature functions need a dozen per
// segment, so fresh ones cost more than the features over short segments.

/**
 * Typed arrays by slot, grown (never shrunk) as needed. An array handed out
 * may be longer than asked for and holds what the previous call left: write
 * every entry before reading it, or fill it. Valid until the next `get` of the
 * same slot, so nothing handed out may be returned to a caller.
 */
export class Scratch<A extends Int32Array | Uint8Array> {
  private readonly arrays: A[] = [];
  constructor(private readonly make: (size: number) => A) {}

  get(slot: number, size: number): A {
    const a = this.arrays[slot];
    if (a !== undefined && a.length >= size) return a;
    const grown = this.make(Math.max(size, 2 * (a?.length ?? 32)));
    this.arrays[slot] = grown;
    return grown;
  }
}

export const int32Scratch = (): Scratch<Int32Array> => new Scratch((size) => new Int32Array(size));
export const uint8Scratch = (): Scratch<Uint8Array> => new Scratch((size) => new Uint8Array(size));
