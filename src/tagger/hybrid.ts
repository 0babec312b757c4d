// Merging rule and tagger attributions. PolNeAR is univocal, so two
// attributions claiming the same tokens cannot both be right: the primary
// set stands whole, and an attribution of the secondary set is added only when
// its cue touches no primary attribution (cue, source or content) and no
// primary cue lies inside it. With the rules primary, every rule hit is kept
// (they are the more precise), and the tagger adds what the rules miss.
import type { Attribution, Part } from '../schemas/index.ts';

function overlapsPart(a: Part | null | undefined, b: Part | null | undefined): boolean {
  if (!a || !b) return false;
  for (const [s1, e1] of a.spans) for (const [s2, e2] of b.spans) if (s1 < e2 && s2 < e1) return true;
  return false;
}

export function combine(primary: readonly Attribution[], secondary: readonly Attribution[]): Attribution[] {
  const out: Attribution[] = [...primary];
  for (const r of secondary) {
    const clash = primary.some(
      (t) =>
        overlapsPart(r.cue, t.cue) ||
        overlapsPart(r.cue, t.content) ||
        overlapsPart(r.cue, t.source) ||
        overlapsPart(t.cue, r.content) ||
        overlapsPart(t.cue, r.source),
    );
    if (!clash) out.push(r);
  }
  out.sort((a, b) => a.cue.spans[0]![0] - b.cue.spans[0]![0] || a.cue.spans[0]![1] - b.cue.spans[0]![1]);
  return out.map((a, k) => ({ ...a, id: `a${k + 1}` }));
}
