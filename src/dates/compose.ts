// From overlapping candidate atoms to the expressions of a sentence: keep the
// longest, join neighbours that form one expression ("Sunday, Sept. 11",
// "Friday at 3 p.m.", "June 16th of last year"), and take in modifiers
// ("early", "later", "the end of").
import type { Atom, CalSem } from './sem.ts';

/** Longest first, then priority; no two kept atoms overlap. Result in text order. */
export function select(atoms: Atom[]): Atom[] {
  const sorted = [...atoms].sort((a, b) => b.end - b.start - (a.end - a.start) || b.prio - a.prio || a.start - b.start);
  const taken = new Uint8Array(atoms.reduce((m, a) => Math.max(m, a.end), 0));
  const kept: Atom[] = [];
  for (const a of sorted) {
    let free = true;
    for (let i = a.start; i < a.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, a.start, a.end);
    kept.push(a);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const isCal = (a: Atom): a is Atom & { sem: CalSem } => a.sem.kind === 'cal';
const clockOnly = (c: CalSem): boolean =>
  c.clock !== undefined &&
  c.year === undefined &&
  c.month === undefined &&
  c.weekday === undefined &&
  c.unitRel === undefined &&
  c.holiday === undefined;
/** Resolves to a single day: a time can be attached. */
const dayLike = (c: CalSem): boolean =>
  c.clock === undefined &&
  (c.day !== undefined ||
    (c.weekday !== undefined && c.month === undefined) ||
    c.holiday !== undefined ||
    (c.unitRel?.unit === 'day'));
const weekdayOnly = (c: CalSem): boolean =>
  c.weekday !== undefined && c.rel === undefined && c.tod === undefined && c.unitRel === undefined && c.month === undefined;
const monthNoYear = (c: CalSem): boolean =>
  c.month !== undefined && c.year === undefined && c.yearRel === undefined && c.holiday === undefined && c.weekday === undefined;
const yearOnly = (c: CalSem): boolean =>
  (c.year !== undefined && c.month === undefined && c.season === undefined && c.quarter === undefined && c.holiday === undefined && c.weekday === undefined) ||
  (c.unitRel?.unit === 'year' && c.weekday === undefined);

/** Attach a clock time; "6 o'clock this afternoon" is 18:00. */
function withClock(c: CalSem, clock: string): CalSem {
  let [h, m] = clock.split(':').map(Number) as [number, number];
  if (h < 12 && (c.tod === 'AF' || c.tod === 'EV' || (c.tod === 'NI' && h >= 6))) h += 12;
  const out: CalSem = { ...c, clock: `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` };
  delete out.tod;
  return out;
}

function tryMerge(s: string, a: Atom, b: Atom): Atom | undefined {
  if (!isCal(a) || !isCal(b)) return undefined;
  const gap = s.slice(a.end, b.start);
  const A = a.sem;
  const B = b.sem;
  // "Sunday, Sept. 11", "Sunday’s Sept. 11 memorial"
  if (weekdayOnly(A) && B.month !== undefined && B.day !== undefined && /^(?:\s*,\s*|\s+|['’]s\s+)$/u.test(gap)) {
    return { start: a.start, end: b.end, sem: { ...B }, prio: b.prio };
  }
  // "Friday at 3 p.m.", "Sept. 11 at 9 a.m."
  if (dayLike(A) && clockOnly(B) && /^(?:\s*,?\s+(?:at|around|about|by|from|shortly\s+after|shortly\s+before|just\s+after|just\s+before)\s+|\s*,\s*|\s+)$/u.test(gap)) {
    return { start: a.start, end: b.end, sem: withClock(A, B.clock!), prio: a.prio };
  }
  // "3 p.m. Friday", "9 a.m. on Sunday", "6 o'clock this afternoon"
  if (clockOnly(A) && dayLike(B) && /^(?:\s+|\s*,\s*|\s+on\s+)$/u.test(gap)) {
    return { start: a.start, end: b.end, sem: withClock(B, A.clock!), prio: b.prio };
  }
  // "June 16th of last year", "March of next year", "December, 2024"
  if (monthNoYear(A) && yearOnly(B) && /^(?:\s+of\s+|\s*,\s*)$/u.test(gap)) {
    const sem: CalSem = { ...A };
    if (B.year !== undefined) sem.year = B.year;
    else sem.yearRel = B.unitRel!.n;
    delete sem.rel;
    return { start: a.start, end: b.end, sem, prio: a.prio };
  }
  return undefined;
}

const PREFIX =
  /(?:\b(?:[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater|[Mm]id)\s+|\b[Mm]id-|\b[Tt]he\s+(?:end|beginning|start|middle|rest|remainder|close|first\s+half|second\s+half|turn)\s+of\s+(?:the\s+)?)$/u;
const YEAR_PREFIX = /\b[Tt]he\s+year\s+$/u;

/** Join neighbours, then extend over modifiers. */
export function compose(s: string, atoms: Atom[]): Atom[] {
  const out: Atom[] = [];
  for (const a of atoms) {
    const last = out[out.length - 1];
    const merged = last ? tryMerge(s, last, a) : undefined;
    if (merged) out[out.length - 1] = merged;
    else out.push({ ...a });
  }
  const prevEnd = (k: number): number => (k > 0 ? out[k - 1]!.end : 0);
  out.forEach((a, k) => {
    if (!isCal(a) || clockOnly(a.sem)) return;
    const c = a.sem;
    const before = s.slice(prevEnd(k), a.start);
    if (c.decade === undefined && c.century === undefined) {
      const m = PREFIX.exec(before);
      // "the start of the 2016 election cycle": the year modifies a noun, the phrase is not a date
      if (m && !(yearOnly(c) && /\bthe\s+$/iu.test(m[0]) && /\bof\s+the\s+$/iu.test(m[0]))) {
        a.start -= m[0].length;
        return;
      }
    }
    if (yearOnly(c) && c.year !== undefined) {
      const m = YEAR_PREFIX.exec(before);
      if (m) a.start -= m[0].length;
    }
  });
  return out;
}
