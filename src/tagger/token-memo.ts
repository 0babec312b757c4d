// What the taggers compute once per distinct token (hashed feature atoms),
// memoised by token text, with a chain of variants per text (the same text
// with another part of speech or lemma). Bounded in two generations: new texts
// go into `young`; when it holds `half` texts it becomes `old` and the previous
// `old` is dropped; a text found in `old` moves back to `young`. So memory is
// bounded however large the corpus, and reaching the bound keeps the words the
// corpus keeps using (clearing everything would recompute them all).
// A memo changes only speed, never a value: output is the same at any bound.
import type { Token } from '../nlp/wink.ts';

export interface Chained<V> {
  next: V | undefined;
}

export class TokenMemo<V extends Chained<V>> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(
    /** Texts per generation: at most twice this many are held. */
    private readonly half: number,
    /** Whether the memoised `v` is the one for token `t` (same text already). */
    private readonly matches: (v: V, t: Token) => boolean,
    private readonly make: (t: Token) => V,
  ) {}

  get(t: Token): V {
    let head = this.young.get(t.text);
    if (head === undefined) {
      head = this.old.get(t.text);
      if (head !== undefined) {
        this.old.delete(t.text);
        this.put(t.text, head);
      }
    }
    for (let v = head; v !== undefined; v = v.next) if (this.matches(v, t)) return v;
    const v = this.make(t);
    v.next = head;
    this.put(t.text, v);
    return v;
  }

  /** Texts held (both generations). */
  get size(): number {
    return this.young.size + this.old.size;
  }

  private put(text: string, head: V): void {
    if (!this.young.has(text) && this.young.size >= this.half) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(text, head);
  }
}
