// Merging rule and tagger attributions. PolNeAR is univocal, so two
// attributions claiming the same tokens cannot both be right: the primary
// set stands whole, and an attribution of the secondary set is added only when
// its cue touches no primary attribution (cue, source or content) and no
// primary cue lies inside its content or source.
import type { Attribution, Part } from '../schemas/index.ts';
import { lowerBound } from '../text/search.ts';
import { partEnd } from '../text/spans.ts';
import { CLAUSE_CONJUNCTIONS, SENTENCE_START } from '../attributions/phrases.ts';

interface Interval {
  start: number;
  end: number;
}

/** Sorted, merged intervals with a log-time overlap test. */
export class IntervalSet {
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

export const intervalsOf = (parts: ReadonlyArray<Part | null | undefined>): Interval[] =>
  parts.flatMap((p) => (p ? p.spans.map(([start, end]) => ({ start, end })) : []));

/** Attributions in the order of their cues, numbered "a1", "a2", …. */
export function inCueOrder(attributions: readonly Attribution[]): Attribution[] {
  const out = [...attributions].sort((a, b) => a.cue.spans[0]![0] - b.cue.spans[0]![0] || a.cue.spans[0]![1] - b.cue.spans[0]![1]);
  return out.map((a, k) => ({ ...a, id: `a${k + 1}` }));
}

export function combine(primary: readonly Attribution[], secondary: readonly Attribution[]): Attribution[] {
  const anyPart = new IntervalSet(intervalsOf(primary.flatMap((t) => [t.cue, t.content, t.source])));
  const cues = new IntervalSet(intervalsOf(primary.map((t) => t.cue)));
  const out: Attribution[] = [...primary];
  for (const r of secondary) {
    const clash = anyPart.overlaps(r.cue) || cues.overlaps(r.content) || cues.overlaps(r.source);
    if (!clash) out.push(r);
  }
  return inCueOrder(out);
}

function extent(a: Attribution): Interval {
  let start = Infinity;
  let end = -Infinity;
  for (const p of [a.cue, a.content, a.source]) {
    if (!p) continue;
    start = Math.min(start, p.spans[0]![0]);
    end = Math.max(end, p.spans[p.spans.length - 1]![1]);
  }
  return { start, end };
}

/** Whether two parts share a character (either may be absent). */
export function partsOverlap(x: Part | null | undefined, y: Part | null | undefined): boolean {
  return !!x && !!y && x.spans.some(([s1, e1]) => y.spans.some(([s2, e2]) => s1 < e2 && s2 < e1));
}

/** One key per cue, its spans' offsets: two readings with the same key read the same cue. */
/** A part's spans as a string, to compare or key parts by where they stand. */
export const spansKey = (p: Part): string => p.spans.map(([s, e]) => `${s}:${e}`).join(' ');
export const cueKey = (a: Attribution): string => spansKey(a.cue);

function clashes(a: Attribution, b: Attribution): boolean {
  return partsOverlap(a.cue, b.cue) || partsOverlap(a.cue, b.content) || partsOverlap(a.cue, b.source) || partsOverlap(b.cue, a.content) || partsOverlap(b.cue, a.source);
}

/**
 * Both sets compete: every attribution is ranked by the strength of its cue
 * (how often its verb is a cue in train; the tagger wins ties), and kept
 * unless a stronger one it clashes with was kept. "…, a source said" beats a
 * tagged "decided" whose content swallowed it.
 */
export function byCueStrength(tagged: readonly Attribution[], rules: readonly Attribution[], strength: (a: Attribution) => number): Attribution[] {
  const all = [...tagged.map((a) => ({ a, s: strength(a), tagger: 1 })), ...rules.map((a) => ({ a, s: strength(a), tagger: 0 }))];
  // conflict graph by a sweep over extents: only attributions whose extents overlap can clash
  const order = all.map((x, k) => ({ k, ...extent(x.a) })).sort((x, y) => x.start - y.start);
  const neighbours: number[][] = all.map(() => []);
  const active: Array<{ k: number; end: number }> = [];
  for (const cur of order) {
    for (let i = active.length - 1; i >= 0; i--) if (active[i]!.end <= cur.start) active.splice(i, 1);
    for (const other of active) {
      if (clashes(all[cur.k]!.a, all[other.k]!.a)) {
        neighbours[cur.k]!.push(other.k);
        neighbours[other.k]!.push(cur.k);
      }
    }
    active.push({ k: cur.k, end: cur.end });
  }
  const rank = all.map((_, k) => k).sort((x, y) => all[y]!.s - all[x]!.s || all[y]!.tagger - all[x]!.tagger || x - y);
  const kept = new Set<number>();
  for (const k of rank) if (!neighbours[k]!.some((n) => kept.has(n))) kept.add(k);
  return inCueOrder([...kept].map((k) => all[k]!.a));
}

/** A cue of "tell": "told", "tells", "telling", "have told" (the cue of the closing reading that reads its addressee). */
export const tellsCue = (cue: string): boolean => /^(?:(?:has|have|had)\s+)?(?:tell|tells|telling|told)\b/iu.test(cue);

/**
 * "The plane was hit, she told the BBC.": an attribution on the same "told" as one of `closing`
 * (readings whose content comes before the cue), whose own content is what follows the cue,
 * took the addressee for what was said; it gives way.
 */
export function withoutAddressees(merged: readonly Attribution[], closing: readonly Attribution[]): Attribution[] {
  const told = new Set(closing.filter((c) => tellsCue(c.cue.text)).map(cueKey));
  return merged.filter((m) => !(told.has(cueKey(m)) && m.content.spans[0]![0] >= m.cue.spans[m.cue.spans.length - 1]![1]));
}

/** A preposition right before a noun phrase ("a quarter of | Americans", "A statement from | Azerbaijan’s presidential office"). */
const PREPOSITION_BEFORE = /\s(?:to|for|of|with|from|at|in|on|about|near)\s+$/iu;

/** What stands before a sentence's subject: the text's or a paragraph's start, or a sentence's end, and perhaps an adverb ("Only"). */
const SENTENCE_OPENING = new RegExp(`${SENTENCE_START}(?:\\p{L}+ly\\s+)?$`, 'u');

/** A clause of its own opening: a comma or semicolon and a conjunction ("…, but | opposition MPs …"). */
const CLAUSE_OPENING = new RegExp(`[,;]\\s+(?:${[...CLAUSE_CONJUNCTIONS].join('|')})\\s`, 'iu');

/**
 * "The RSF, in turn, blamed the army …": a kept reading with no source (the tagger's, which won
 * the tie) takes the source of the rules' reading of the same cue, where that source touches
 * neither its cue nor its content. So does a reading whose source stands in an earlier clause
 * where the rules' source is the subject of the cue's own clause: "The minister insisted the
 * reforms were fair, but opposition MPs, who met on Tuesday, said …" (the tagger, which read no
 * source in the subject with its aside, took "The minister"); and one whose source is a
 * preposition's object inside the rules' source ("Only a quarter of | Americans agree with him";
 * "A statement from | Azerbaijan’s presidential office claimed").
 */
export function withSourcesOfSameCue(text: string, merged: readonly Attribution[], rules: readonly Attribution[]): Attribution[] {
  const sources = new Map(rules.filter((r) => r.source).map((r) => [cueKey(r), r.source!]));
  if (sources.size === 0) return [...merged];
  return merged.map((m) => {
    const source = sources.get(cueKey(m));
    if (!source || partsOverlap(source, m.content) || partsOverlap(source, m.cue)) return m;
    if (!m.source) return { ...m, source };
    const [taggedStart, taggedEnd, rulesStart] = [m.source.spans[0]![0], partEnd(m.source), source.spans[0]![0]];
    const nearer = taggedEnd <= rulesStart && partEnd(source) <= m.cue.spans[0]![0];
    if (nearer && CLAUSE_OPENING.test(text.slice(taggedEnd, rulesStart))) return { ...m, source };
    // the tagger's source is a preposition's object inside the rules' source, which ends where it
    // does and opens its sentence, perhaps after an adverb ("Only a quarter of | Americans agree");
    // the tagger's is a plain noun phrase (not "Jerry Brown, who lost …, | described")
    // (the two end together, but for commas and spaces)
    const sameEnd = text.slice(taggedEnd, partEnd(source)).replace(/[\s,]/gu, '') === '';
    const inside = rulesStart < taggedStart && m.source.spans.length === 1 && !m.source.text.includes(',') && sameEnd;
    const opening = SENTENCE_OPENING.test(text.slice(Math.max(0, rulesStart - 40), rulesStart));
    const before = text.slice(rulesStart, taggedStart);
    // or the tagger's source is the apposition of the rules' noun phrase, which opens its sentence
    // ("The union representing machinists, | the IAM, said"): the rules' takes both, where the
    // apposition is set off by commas right before a finite cue (not a participle's subject: "Hours
    // later, | Trump …, telling")
    const apposed =
      rulesStart < taggedStart &&
      m.source.spans.length === 1 &&
      !/ing$/u.test(m.cue.text) &&
      !m.source.text.replace(/,\s*$/u, '').includes(',') &&
      /^,?\s*$/u.test(text.slice(taggedEnd, m.cue.spans[0]![0])) &&
      /,\s*$/u.test(text.slice(taggedStart, m.cue.spans[0]![0])) &&
      sameEnd &&
      // (one noun phrase before it, not "The Nigerian Army, in a statement by its spokesperson, | Major General …";
      // nor a lone participle or adverb opening the sentence, "Disillusioned, | Mr. Mitchell resigned")
      /^[^,]+,\s*$/u.test(before) &&
      !/^\p{L}+(?:ed|ly|ing),\s*$/u.test(before) &&
      // (nor a relative clause: "A source close to the minister, | who spoke on condition of anonymity,")
      !/^(?:who|whom|whose|which|that)\b/iu.test(m.source.text);
    return opening && ((inside && PREPOSITION_BEFORE.test(before)) || apposed) ? { ...m, source } : m;
  });
}
