// Span helpers: every annotation is built here, so `text.slice(start, end)` holds by construction.
import type { Part, Span } from '../schemas/index.ts';

export function span(text: string, start: number, end: number): Span {
  if (start < 0 || end > text.length || start > end) {
    throw new RangeError(`span [${start}, ${end}) outside text of length ${text.length}`);
  }
  return { start, end, text: text.slice(start, end) };
}

/** Shrink [start, end) past leading/trailing white space. */
export function trimRange(text: string, start: number, end: number): [number, number] {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return [start, end];
}

/** A Part from one or more ranges; ranges are sorted, empty ones dropped, touching ones merged. */
export function part(text: string, ranges: Array<[number, number]>): Part {
  if (ranges.length === 1) {
    // the common case, without the sorting and merging below (a fresh pair, as they make)
    const [s, e] = ranges[0]!;
    if (e > s) return { text: span(text, s, e).text, spans: [[s, e]] };
  }
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  if (merged.length === 0) throw new RangeError('a Part needs at least one non-empty range');
  for (const [s, e] of merged) span(text, s, e); // bounds check
  return { text: merged.map(([s, e]) => text.slice(s, e)).join(' '), spans: merged };
}

export function partStart(p: Part): number {
  return p.spans[0]![0];
}
export function partEnd(p: Part): number {
  return p.spans[p.spans.length - 1]![1];
}

/** 1-based line and column of an offset (CRLF, CR and LF each end a line). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const limit = Math.min(offset, text.length);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: limit - lineStart + 1 };
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

export function within(inner: { start: number; end: number }, outer: { start: number; end: number }): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
