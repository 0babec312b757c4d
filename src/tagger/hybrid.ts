// Merging rule and tagger attributions. PolNeAR is univocal, so two
// attributions claiming the same tokens cannot both be right: the primary
// set stands whole, and an attribution of the secondary set is added only when
// its cue touches no primary attribution (cue, source or content) and no
// primary cue lies inside its content or source.
import type { Attribution, Part } from '../schemas/index.ts';
import { lowerBound } from '../text/search.ts';

interface Interval {
  start: number;
  end: number;
}

/** Sorted, merged intervals with a log-time overlap test. */
class IntervalSet {
  private readonly items: Interval[] = [];

  constructor(intervals: Interval[]) {
    for (const i of intervals.sort((a, b) => a.start - b.start)) {
      const last = this.items[this.items.length - 1];
      if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
      else this.items.push({ ...i });
    }
  }

  overlaps(p: Part | null | undefined): boolean {
    if (!p) return false;
    return p.spans.some(([s, e]) => {
      const k = lowerBound(this.items, e) - 1; // last interval starting before e
      return k >= 0 && this.items[k]!.end > s;
    });
  }
}

const intervalsOf = (parts: ReadonlyArray<Part | null | undefined>): Interval[] =>
  parts.flatMap((p) => (p ? p.spans.map(([start, end]) => ({ start, end })) : []));

export function combine(primary: readonly Attribution[], secondary: readonly Attribution[]): Attribution[] {
  const anyPart = new IntervalSet(intervalsOf(primary.flatMap((t) => [t.cue, t.content, t.source])));
  const cues = new IntervalSet(intervalsOf(primary.map((t) => t.cue)));
  const out: Attribution[] = [...primary];
  for (const r of secondary) {
    const clash = anyPart.overlaps(r.cue) || cues.overlaps(r.content) || cues.overlaps(r.source);
    if (!clash) out.push(r);
  }
  out.sort((a, b) => a.cue.spans[0]![0] - b.cue.spans[0]![0] || a.cue.spans[0]![1] - b.cue.spans[0]![1]);
  return out.map((a, k) => ({ ...a, id: `a${k + 1}` }));
}

/**
 * Tagger first, but where a rule attribution stands on the same cue and its
 * content is a clause the rules delimit well ("that …", a whole quotation),
 * that content replaces the tagger's, which often stops short of the sentence end.
 */
export function mergeOnCues(tagged: readonly Attribution[], rules: readonly Attribution[]): Attribution[] {
  const ruleCues = rules.map((r) => ({ start: r.cue.spans[0]![0], end: r.cue.spans[r.cue.spans.length - 1]![1], r }));
  const improved = tagged.map((t) => {
    const [s, e] = [t.cue.spans[0]![0], t.cue.spans[t.cue.spans.length - 1]![1]];
    const twin = ruleCues.find((x) => x.start < e && s < x.end)?.r;
    if (!twin) return t;
    const clause = /^that\b/u.test(twin.content.text) || twin.kind === 'direct';
    return clause ? { ...t, content: twin.content, kind: twin.kind, source: t.source ?? twin.source } : t;
  });
  return combine(improved, rules);
}
