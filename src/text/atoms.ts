// Atoms: ranges of an article's text that a reading replaced by one character
// (an HTML entity: "&rdquo;" read as "”" and spaces). A span the stages found
// over that character must take in the whole range, or the record would slice
// half an entity ("&rd"). Output spans are widened over the atoms they cut, and
// over the other mark of a Markdown link or emphasis, or HTML inline element, they
// hold one mark of (where no word stands between).
import type { Part, Span } from '../schemas/index.ts';
import { part, span } from './spans.ts';
import { partitionPoint } from './search.ts';

export type Atoms = ReadonlyArray<readonly [number, number]>;

/** A letter or a digit: a word the span would take in beyond its edge. */
const WORD = /[\p{L}\p{N}]/u;

/** A link's, an emphasis's or an inline element's opening and closing marks: [open start, open end, close start, close end]. */
export type MarkPair = readonly [number, number, number, number];

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

/**
 * [start, end) widened so that it cuts no atom and, where it holds one mark of a link, an
 * emphasis or an inline element and only marks, spaces or punctuation stand between its edge
 * and the other mark, takes that one in ("that the [plan failed" → "that the [plan
 * failed](https://…)"). A mark beyond words stays out: the span already ends inside the
 * marked words ("[said in a report that the plan](…)" read as a cue and a content does not
 * take the cue into the content, nor an emphasis over two sentences the next one).
 * `pairs` sorted by where they open.
 */
export function spanWidener(text: string, atoms: Atoms, pairs: readonly MarkPair[]): ((start: number, end: number) => [number, number]) | null {
  if (atoms.length === 0 && pairs.length === 0) return null;
  const byOpen = pairs;
  const byClose = [...pairs].sort((a, b) => a[2] - b[2] || a[0] - b[0]);
  // the first pair whose mark at index `at` starts at or after pos
  const first = (list: readonly MarkPair[], at: 0 | 2, pos: number) => partitionPoint(list.length, (m) => list[m]![at] < pos);
  return (start, end) => {
    let [s, e] = widen(atoms, start, end);
    for (let changed = pairs.length > 0; changed; ) {
      changed = false;
      // an opening mark inside, its closing mark not: take the closing one in (and the reverse)
      for (let k = first(byOpen, 0, s); k < byOpen.length && byOpen[k]![0] < e; k++) {
        const p = byOpen[k]!;
        if (p[1] <= e && p[3] > e && !WORD.test(text.slice(e, p[2]))) [e, changed] = [p[3], true];
      }
      for (let k = first(byClose, 2, s); k < byClose.length && byClose[k]![2] < e; k++) {
        const p = byClose[k]!;
        if (p[3] <= e && p[0] < s && !WORD.test(text.slice(p[1], s))) [s, changed] = [p[0], true];
      }
      if (changed) [s, e] = widen(atoms, s, e);
    }
    return [s, e];
  };
}

export function widenSpan<S extends Span>(text: string, w: (start: number, end: number) => [number, number], s: S): S {
  const [start, end] = w(s.start, s.end);
  return start === s.start && end === s.end ? s : { ...s, ...span(text, start, end) };
}

export function widenPart(text: string, w: (start: number, end: number) => [number, number], p: Part): Part {
  const ranges = p.spans.map(([s, e]) => w(s, e));
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
