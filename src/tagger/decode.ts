// From a tag sequence to attributions. Runs of SRC/CUE/CON tags (within one
// segment) are grouped; every content run goes to its nearest cue (token gap,
// with a heavy cost per sentence between them, so "“A,” he said. “B,” she said"
// gives B to "she said"), several content runs of one cue make a discontinuous
// content ("“A,” he said, “B”"), and each cue takes its nearest source run.
import type { Attribution, AttributionKind } from '../schemas/index.ts';
import type { Token } from '../nlp/wink.ts';
import { part } from '../text/spans.ts';
import { itemsWithin } from '../text/search.ts';
import { kindOf as contentKind } from '../attributions/draft.ts';
import { isInside, ROLE_OF, type Role } from './labels.ts';

const CONJUNCTIONS = new Set(['and', 'but', 'or']);

export interface Run {
  role: Role;
  /** Token indexes (into the tokens given to `runsOf`), inclusive. */
  first: number;
  last: number;
  unit: number;
}

export interface DecodeOptions {
  /** Cost of one sentence boundary between a content/source run and a cue, in tokens. */
  sentenceCost: number;
  /** Runs farther than this (in cost) from every cue stay unattached. */
  maxContentCost: number;
  maxSourceCost: number;
}

// sentenceCost tuned on dev: 15–20 beat 25–30 (linked 60.2–60.3 vs 60.0), 60 loses content badly
export const DEFAULT_DECODE: DecodeOptions = { sentenceCost: 20, maxContentCost: 45, maxSourceCost: 20 };

/** Maximal runs of one role; a B tag, a role change or a unit change starts a new run. */
export function runsOf(labels: ArrayLike<number>, unitOf: ArrayLike<number>): Run[] {
  const runs: Run[] = [];
  let cur: Run | undefined;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const role = ROLE_OF[l] ?? null;
    if (role === null) {
      cur = undefined;
      continue;
    }
    if (cur && cur.role === role && isInside(l) && cur.unit === unitOf[i] && cur.last === i - 1) {
      cur.last = i;
      continue;
    }
    cur = { role, first: i, last: i, unit: unitOf[i]! };
    runs.push(cur);
  }
  return runs;
}

export interface Draft {
  cue: Run;
  source: Run | null;
  content: Run[];
}

/**
 * A source run the tagger carried over a sentence's end between two cues ("said | lead author Dr.
 * Maria Chen. Other experts | cautioned …") is two sources, the first sentence's after its cue and
 * the second's before its own: no speaker's name crosses a full stop. Only between two cues, and
 * at the last full stop, as wink also ends sentences at a title's abbreviation inside a name ("NSA
 * Director Adm. | Michael Rogers", "Christian Rev. | Derek Penwell"), which such a run rightly crosses.
 */
function sourcesWithinSentences(tokens: readonly Token[], runs: readonly Run[]): readonly Run[] {
  const crosses = (r: Run) => r.role === 'source' && tokens[r.first]!.sentence !== tokens[r.last]!.sentence;
  if (!runs.some(crosses)) return runs;
  const cueEnds = new Set(runs.filter((r) => r.role === 'cue').map((r) => r.last));
  const cueStarts = new Set(runs.filter((r) => r.role === 'cue').map((r) => r.first));
  return runs.flatMap((r) => {
    if (!crosses(r) || !cueEnds.has(r.first - 1) || !cueStarts.has(r.last + 1)) return [r];
    // (at the last stop before the second cue only: "said army spokesman Adm. | John Okafor. | Other officers cautioned")
    let at = r.last;
    while (at > r.first && !(tokens[at]!.sentence !== tokens[at - 1]!.sentence && /^[.!?]+$/u.test(tokens[at - 1]!.text))) at--;
    if (at <= r.first) return [r];
    // (without the full stop that ends the first sentence)
    let last = at - 1;
    while (last > r.first && /^[.!?]+$/u.test(tokens[last]!.text)) last--;
    return [{ ...r, last }, { ...r, first: at }];
  });
}

/** Attach content and source runs to cues. */
export function attach(tokens: readonly Token[], labels: ArrayLike<number>, allRuns: readonly Run[], opts: DecodeOptions = DEFAULT_DECODE): Draft[] {
  const runs = sourcesWithinSentences(tokens, allRuns);
  const cues = runs.filter((r) => r.role === 'cue');
  const drafts: Draft[] = cues.map((cue) => ({ cue, source: null, content: [] }));
  if (cues.length === 0) return [];
  // gap: word tokens strictly between two runs, not counting source tokens — from prefix counts, in O(1)
  const counted = new Int32Array(labels.length + 1);
  for (let i = 0; i < labels.length; i++) {
    const skip = ROLE_OF[labels[i]!] === 'source' || tokens[i]!.pos === 'PUNCT';
    counted[i + 1] = counted[i]! + (skip ? 0 : 1);
  }
  const limit = Math.max(opts.maxContentCost, opts.maxSourceCost);
  const gap = (a: Run, b: Run): number => {
    const [lo, hi] = a.last < b.first ? [a.last + 1, b.first - 1] : [b.last + 1, a.first - 1];
    return hi < lo ? 0 : counted[hi + 1]! - counted[lo]!;
  };
  const sentenceDistance = (r: Run, c: Run): number => {
    const s0 = tokens[r.first]!.sentence;
    const s1 = tokens[r.last]!.sentence;
    const cs0 = tokens[c.first]!.sentence;
    const cs1 = tokens[c.last]!.sentence;
    if (s1 < cs0) return cs0 - s1;
    if (cs1 < s0) return s0 - cs1;
    return 0;
  };
  // a content's own cue seldom follows it past a conjunction: in "said on Sunday that Russia had tried
  // …, and demanded that Moscow …" the first content is the "said"'s, however near "demanded" stands
  // (a conjunction within four tokens before the cue costs as much as a sentence between them)
  const joined = (r: Run, c: Run): boolean => {
    for (let i = r.last + 1; i < c.first; i++) if (CONJUNCTIONS.has(tokens[i]!.lower)) return true;
    return false;
  };
  const cost = (r: Run, c: Run, preferAfter: boolean): number => {
    const after = r.first > c.last;
    const conj = preferAfter && !after && c.first - r.last <= 4 && joined(r, c) ? opts.sentenceCost : 0;
    return gap(r, c) + opts.sentenceCost * sentenceDistance(r, c) + (after === preferAfter ? 0 : 0.5) + conj;
  };
  /**
   * Indexes (into `list`, runs in text order) of the runs within `limit` counted tokens of `r`:
   * nothing farther can cost less than the largest allowed cost, so a paragraph (or a
   * sentence) of thousands of tokens stays linear.
   */
  const within = (r: Run, list: readonly Run[]): [number, number] => {
    const floor = counted[r.first]! - limit;
    let a = 0;
    let b = list.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (counted[list[m]!.last + 1]! < floor) a = m + 1;
      else b = m;
    }
    const lo = a;
    const ceil = counted[r.last + 1]! + limit;
    b = list.length;
    while (a < b) {
      const m = (a + b) >> 1;
      if (counted[list[m]!.first]! <= ceil) a = m + 1;
      else b = m;
    }
    return [lo, a];
  };
  const byUnit = new Map<number, Run[]>();
  const indexOf = new Map<Run, number>();
  cues.forEach((c, k) => {
    const list = byUnit.get(c.unit) ?? [];
    list.push(c);
    byUnit.set(c.unit, list);
    indexOf.set(c, k);
  });
  for (const r of runs) {
    if (r.role === 'cue') continue;
    const list = byUnit.get(r.unit);
    if (!list) continue;
    const [lo, hi] = within(r, list);
    let best = -1;
    let bestCost = Infinity;
    for (let k = lo; k < hi; k++) {
      const c = cost(r, list[k]!, r.role === 'content');
      if (c < bestCost) {
        bestCost = c;
        best = indexOf.get(list[k]!)!;
      }
    }
    if (best < 0) continue;
    if (r.role === 'content' && bestCost <= opts.maxContentCost) drafts[best]!.content.push(r);
  }
  // sources: each cue takes its nearest source run (a source may serve several cues); a run
  // across a sentence's end is one run per sentence, a source never crossing one ("… according
  // to the Africa CDC. | Health experts warn …")
  const sources = runs.filter((r) => r.role === 'source').flatMap((r) => bySentence(tokens, r));
  for (const d of drafts) {
    let bestCost = Infinity;
    const [lo, hi] = within(d.cue, sources);
    for (let k = lo; k < hi; k++) {
      const s = sources[k]!;
      if (s.unit !== d.cue.unit) continue;
      const c = cost(s, d.cue, false);
      if (c < bestCost) {
        bestCost = c;
        d.source = s;
      }
    }
    if (bestCost > opts.maxSourceCost) d.source = null;
  }
  return drafts.filter((d) => d.content.length > 0);
}

/**
 * The parts of a run in each sentence it touches that hold a word, each without the mark that ends
 * its sentence. A sentence that ends on no mark of its own, or on a full stop after an initial
 * or a word of at most four letters ("Adm. | Michael Rogers", "A.F.L.-C. | I.O.": wink's boundary
 * inside an abbreviation), does not part the run.
 */
function bySentence(tokens: readonly Token[], r: Run): Run[] {
  if (tokens[r.first]!.sentence === tokens[r.last]!.sentence) return [r];
  const parts: Run[] = [];
  let from = r.first;
  const close = (to: number) => {
    if (tokens.slice(from, to + 1).some((t) => WORD.test(t.text))) parts.push({ ...r, first: from, last: to });
  };
  for (let i = r.first; i < r.last; i++) {
    // (nor a full stop after an initial or a short abbreviation: "A.F.L.-C/PROPN ./PUNCT I.O.", "Director Adm/PROPN ./PUNCT Michael Rogers")
    if (tokens[i + 1]!.sentence === tokens[i]!.sentence || !SENTENCE_MARK.test(tokens[i]!.text) || /^\p{Lu}\p{Ll}{0,3}$/u.test(tokens[i - 1]?.text ?? '')) continue;
    close(i - 1);
    from = i + 1;
  }
  close(r.last);
  return parts;
}
/** A token that ends a sentence on its own: a full stop, question or exclamation mark, or a closing quotation mark after one. */
const SENTENCE_MARK = /^(?:[.?!]+|["”’'])$/u;

/** The kind of an attribution: 'according-to' by its cue, else as the rules read it (draft.ts). */
export function kindOf(text: string, cueText: string, content: Array<[number, number]>): AttributionKind {
  return /^according\b/iu.test(cueText) ? 'according-to' : contentKind(text, content);
}

const range = (tokens: readonly Token[], r: Run): [number, number] => [tokens[r.first]!.start, tokens[r.last]!.end];

/** Marks that may open a quotation (straight ones too: "'" where a lone quotation in single marks was left unread). */
const OPENING_MARK = /^["“‘']$/u;

/**
 * A content's run with a single opening mark glued to its first word, after a space, that the run
 * left out: a lone quotation in single marks, which the quotation reading leaves unread. (Not a
 * double mark: the repairs after decide where a quotation in double marks opens its content.)
 */
function openingMarkBefore(tokens: readonly Token[], r: Run): Run {
  const mark = tokens[r.first - 1];
  const space = tokens[r.first - 2];
  return mark && space && /^['‘]$/u.test(mark.text) && mark.end === tokens[r.first]!.start && space.end < mark.start ? { ...r, first: r.first - 1 } : r;
}

/**
 * A cue's run less a quotation's opening mark at its end, which the tagger may take in after a
 * colon ("said: | 'The PM is …'"): a mark after a space, glued to the word after it, opens the
 * content. (PolNeAR's gold cues end on a mark only where a title closes: "said on “Meet the Press.”")
 */
function cueRun(tokens: readonly Token[], r: Run): Run {
  let last = r.last;
  while (last > r.first && OPENING_MARK.test(tokens[last]!.text) && tokens[last + 1]?.start === tokens[last]!.end && tokens[last - 1]!.end < tokens[last]!.start) last--;
  return last === r.last ? r : { ...r, last };
}

/** Drafts to schema attributions, ids in text order of the cue; spans from `text`, kinds read in `reading` (its quote-style copy). */
export function toAttributions(text: string, tokens: readonly Token[], drafts: readonly Draft[], reading: string = text): Attribution[] {
  const sorted = [...drafts].sort((a, b) => a.cue.first - b.cue.first);
  return sorted.map((d, k) => {
    const run = cueRun(tokens, d.cue);
    const cue = part(text, [range(tokens, run)]);
    // (the mark left out of the cue opens the content right after it, as does one the tagger left out:
    // "told reporters | 'We will win …'")
    const content = d.content.map((r) => range(tokens, r.first === d.cue.last + 1 && run.last < d.cue.last ? { ...r, first: run.last + 1 } : openingMarkBefore(tokens, r)));
    return {
      id: `a${k + 1}`,
      kind: kindOf(reading, cue.text, content),
      cue,
      source: d.source ? part(text, [range(tokens, d.source)]) : null,
      content: part(text, content),
    };
  });
}

/**
 * The draft an attribution would have come from (the inverse of
 * toAttributions), so a rule attribution can be scored like a tagged one: each
 * part becomes the run of the tokens inside it; the source and content keep
 * their word tokens only. Null when the cue or the content holds no token.
 */
export function draftOf(tokens: readonly Token[], a: Attribution): Draft | null {
  const runOf = (spans: ReadonlyArray<readonly [number, number]>, role: Role, wordsOnly: boolean): Run[] =>
    spans.flatMap(([s, e]) => {
      const inside = itemsWithin(tokens, s, e).filter((t) => !wordsOnly || WORD.test(t.text));
      return inside.length ? [{ role, first: inside[0]!.i, last: inside[inside.length - 1]!.i, unit: 0 }] : [];
    });
  const cue = runOf([[a.cue.spans[0]![0], a.cue.spans[a.cue.spans.length - 1]![1]]], 'cue', false)[0];
  const content = runOf(a.content.spans, 'content', true);
  if (!cue || content.length === 0) return null;
  const source = a.source ? (runOf([[a.source.spans[0]![0], a.source.spans[a.source.spans.length - 1]![1]]], 'source', true)[0] ?? null) : null;
  return { cue, source, content };
}

/** A word token holds a letter or digit (punctuation and symbols do not count towards a span's ends). */
export const WORD = /[\p{L}\p{N}]/u;

/** Tags of a document's tokens to attributions. */
export function decodeTags(
  text: string,
  tokens: readonly Token[],
  labels: ArrayLike<number>,
  unitOf: ArrayLike<number>,
  opts: DecodeOptions = DEFAULT_DECODE,
): Attribution[] {
  const runs = runsOf(labels, unitOf);
  return toAttributions(text, tokens, attach(tokens, labels, runs, opts));
}
