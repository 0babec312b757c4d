// The tag set of the attribution tagger: BIO over the three roles of PolNeAR.
// PolNeAR is univocal (a token belongs to at most one attribution, in one
// role), so an article's attributions are a tag sequence.

export const LABELS = ['O', 'B-SRC', 'I-SRC', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON'] as const;
export type Label = (typeof LABELS)[number];
export const NUM_LABELS = LABELS.length;

export type Role = 'source' | 'cue' | 'content';
export const ROLE_OF: ReadonlyArray<Role | null> = [null, 'source', 'source', 'cue', 'cue', 'content', 'content'];

export const O = 0;
export const B: Record<Role, number> = { source: 1, cue: 3, content: 5 };
export const I: Record<Role, number> = { source: 2, cue: 4, content: 6 };

export function isInside(label: number): boolean {
  return label === 2 || label === 4 || label === 6;
}

/** Whether label `b` may follow label `a` (I-X only after B-X or I-X). */
export function allowed(a: number, b: number): boolean {
  if (!isInside(b)) return true;
  return a === b || a === b - 1;
}

export function labelIndex(name: Label): number {
  return LABELS.indexOf(name);
}
