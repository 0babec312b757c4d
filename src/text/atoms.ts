// Atoms: ranges of an article's text that a reading replaced by one character
// (an HTML entity: "&rdquo;" read as "”" and spaces). A span the stages found
// over that character must take in the whole range, or the record would slice
// half an entity ("&rd"). Output spans are widened over the atoms they cut.
import type { Part, Span } from '../schemas/index.ts';
import { part, span } from './spans.ts';

export type Atoms = ReadonlyArray<readonly [number, number]>;

/** The atom holding `offset` strictly inside it (start < offset < end), or -1; atoms sorted, disjoint. */
function cutting(atoms: Atoms, offset: number): number {
  let lo = 0;
  let hi = atoms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atoms[mid]![1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < atoms.length && atoms[lo]![0] < offset ? lo : -1;
}

/** [start, end) widened so that it cuts no atom. */
export function widen(atoms: Atoms, start: number, end: number): [number, number] {
  const a = cutting(atoms, start);
  const b = cutting(atoms, end);
  return [a < 0 ? start : atoms[a]![0], b < 0 ? end : atoms[b]![1]];
}

export function widenSpan<S extends Span>(text: string, atoms: Atoms, s: S): S {
  const [start, end] = widen(atoms, s.start, s.end);
  return start === s.start && end === s.end ? s : { ...s, ...span(text, start, end) };
}

export function widenPart(text: string, atoms: Atoms, p: Part): Part {
  const ranges = p.spans.map(([s, e]) => widen(atoms, s, e));
  return ranges.every(([s, e], k) => s === p.spans[k]![0] && e === p.spans[k]![1]) ? p : part(text, ranges);
}

/** Two readings' atoms as one sorted, disjoint list (ranges that overlap become one). */
export function mergeAtoms(a: Atoms, b: Atoms): Array<[number, number]> {
  const all = [...a, ...b].sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of all) {
    const last = out[out.length - 1];
    if (last && s < last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}
