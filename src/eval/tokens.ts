// Word tokens and spans reduced to them: the unit every evaluation metric counts in.
//
// A token is a maximal run of letters/digits (\p{L}\p{N}). Punctuation is not a
// token, except when a span holds nothing else (a ":" cue): then the span's
// non-space extent is its one token. Working on tokens rather than characters
// makes scores blind to off-by-one boundaries, spaces and trailing punctuation.

/** [start, end) character offsets. */
export type Range = [number, number];

export interface Token {
  start: number;
  end: number;
}

/**
 * A span reduced to its first and last token. Its token set is every word token
 * from the first to the last, inclusive: for a discontinuous span the words in
 * the gaps count too, so that the token set agrees with the [first, last]
 * reduction used for exact match (one span, not several fragments).
 */
export interface TokenSpan {
  /** Start of the first token and end of the last one (character offsets). */
  start: number;
  end: number;
  /** Index range [lo, hi] into the article's word tokens; -1 for a punctuation-only span. */
  lo: number;
  hi: number;
  /** Number of tokens in the set. */
  size: number;
  punct: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function wordTokens(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) tokens.push({ start: m.index, end: m.index + m[0].length });
  return tokens;
}

/** The word tokens of one article text, with the span reductions and set arithmetic on them. */
export class TokenIndex {
  readonly tokens: Token[];

  constructor(readonly text: string) {
    this.tokens = wordTokens(text);
  }

  /** Index of the first token ending after `offset`. */
  private firstEndingAfter(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid]!.end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /**
   * Reduce fragments to a TokenSpan. A word token counts when it overlaps a
   * fragment at all, so a span that cuts a word still gets the whole word.
   * Null when the fragments hold only white space.
   */
  reduce(ranges: readonly Range[]): TokenSpan | null {
    let lo = Infinity;
    let hi = -Infinity;
    for (const [s, e] of ranges) {
      if (e <= s) continue;
      const first = this.firstEndingAfter(s);
      const tok = this.tokens[first];
      if (!tok || tok.start >= e) continue; // no word token in this fragment
      let last = first;
      while (last + 1 < this.tokens.length && this.tokens[last + 1]!.start < e) last++;
      lo = Math.min(lo, first);
      hi = Math.max(hi, last);
    }
    if (lo <= hi) {
      return { start: this.tokens[lo]!.start, end: this.tokens[hi]!.end, lo, hi, size: hi - lo + 1, punct: false };
    }
    // Punctuation only: the non-space extent across all fragments is one token.
    let start = Infinity;
    let end = -Infinity;
    for (const [s, e] of ranges) {
      for (let i = Math.max(0, s); i < Math.min(e, this.text.length); i++) {
        if (/\S/u.test(this.text[i]!)) {
          start = Math.min(start, i);
          end = Math.max(end, i + 1);
        }
      }
    }
    if (start >= end) return null;
    return { start, end, lo: -1, hi: -1, size: 1, punct: true };
  }
}

/** Identity of a reduced span: same first and same last token. */
export function spanKey(s: TokenSpan): string {
  return `${s.start}:${s.end}`;
}

/** Number of tokens two reduced spans of the same article have in common. */
export function sharedTokens(a: TokenSpan, b: TokenSpan): number {
  if (a.punct || b.punct) return a.punct && b.punct && a.start === b.start && a.end === b.end ? 1 : 0;
  return Math.max(0, Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo) + 1);
}

export function overlap(a: TokenSpan | null, b: TokenSpan | null): boolean {
  return a !== null && b !== null && sharedTokens(a, b) > 0;
}

/** Token-set Jaccard; 0 when either side is missing. */
export function jaccard(a: TokenSpan | null, b: TokenSpan | null): number {
  if (!a || !b) return 0;
  const shared = sharedTokens(a, b);
  return shared / (a.size + b.size - shared);
}
