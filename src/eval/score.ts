// The attribution scorer: pure functions from (text, gold, predicted) to counts.
//
// Per role (source, cue, content), over the DISTINCT spans of that role in an
// article, each reduced to its first and last word token (tokens.ts):
//   exact    a predicted span is right when its first and last tokens equal a gold span's;
//   jaccard  Σ_gold best token-Jaccard against any predicted span
//            / (|gold| + |predicted spans sharing no token with any gold span|).
// Linked, over attributions: a predicted attribution matches a gold one
// (one-to-one, gold in text order of their cues, each taking the free candidate
// with the best content Jaccard, the earlier one on a tie) when the cues share a token, the contents' Jaccard is ≥ 0.5
// and the sources share a token (or both are absent).
// Everything is micro-averaged: counts are summed over articles, then divided.
// Words are read with HTML tags and Markdown syntax blanked, as the pipeline reads them.
import type { GoldAttribution } from './brat.ts';
import { readHtml } from '../text/html.ts';
import { readMarkdown } from '../text/markdown.ts';
import { jaccard, overlap, sharedTokens, spanKey, TokenIndex, type Range, type TokenSpan } from './tokens.ts';

export const ROLES = ['source', 'cue', 'content'] as const;
export type Role = (typeof ROLES)[number];

export const CONTENT_JACCARD_MIN = 0.5;
export const TOP_CUES = 20;

export interface PredAttribution {
  id: string;
  kind: string;
  source: Range[] | null;
  cue: Range[];
  content: Range[] | null;
}

export interface EvalArticle {
  id: string;
  /** The text every offset (gold and predicted) indexes. */
  text: string;
  gold: GoldAttribution[];
  pred: PredAttribution[];
}

export interface RoleCounts {
  gold: number;
  pred: number;
  /** Predicted spans whose first and last tokens equal a gold span's. */
  exact: number;
  /** Σ over gold spans of the best Jaccard against a predicted span. */
  jaccardSum: number;
  /** Predicted spans sharing no token with any gold span (they add 0 to the Jaccard, and 1 to its denominator). */
  predNoOverlap: number;
  /** Distinct predicted parts by their character ranges (the denominator of charExact). */
  charPred: number;
  /** Of those, the parts (all their spans) equal to a gold part's to the character: the offsets a reader gets, punctuation and gaps included. */
  charExact: number;
}

export interface LinkCounts {
  gold: number;
  pred: number;
  tp: number;
}

export type ErrorCause =
  | 'cue missed'
  | 'cue already used'
  | 'content too short'
  | 'content too long'
  | 'content wrong'
  | 'gold has no content'
  | 'source missing'
  | 'source not in gold'
  | 'wrong source'
  | 'spurious cue'
  | 'duplicate';

export interface AttributionText {
  id: string;
  kind?: string;
  source: string | null;
  cue: string;
  content: string | null;
}

/**
 * One error. A near miss pairs a missed gold attribution with the spurious
 * prediction on the same cue (one item standing for one FN and one FP);
 * "cue missed" and "cue already used" are gold alone, "spurious cue" and
 * "duplicate" a prediction alone.
 */
export interface ErrorItem {
  cause: ErrorCause;
  articleId: string;
  gold: AttributionText | null;
  pred: AttributionText | null;
  /** Offset of the cue the error is about, and the line of text holding it. */
  offset: number;
  line: string;
}

export interface ArticleScore {
  id: string;
  roles: Record<Role, RoleCounts>;
  linked: LinkCounts;
  /** Gold cue texts (lowercased) and whether each gold attribution was linked. */
  goldOutcomes: Array<{ cue: string; linked: boolean }>;
  predOutcomes: Array<{ cue: string; kind: string; linked: boolean }>;
  errors: ErrorItem[];
}

interface Reduced {
  source: TokenSpan | null;
  cue: TokenSpan | null;
  content: TokenSpan | null;
}

function reduceAttribution(index: TokenIndex, a: { source: Range[] | null; cue: Range[]; content: Range[] | null }): Reduced {
  return {
    source: a.source && index.reduce(a.source),
    cue: index.reduce(a.cue),
    content: a.content && index.reduce(a.content),
  };
}

/** Distinct reduced spans, in first-seen order. */
function distinct(spans: Array<TokenSpan | null>): TokenSpan[] {
  const seen = new Map<string, TokenSpan>();
  for (const s of spans) if (s && !seen.has(spanKey(s))) seen.set(spanKey(s), s);
  return [...seen.values()];
}

/** Distinct parts of one role as keys of their character ranges, sorted, touching ranges merged (as the pipeline writes them). */
function rangeKeys(parts: Array<Range[] | null>): Set<string> {
  const key = (p: Range[]) => {
    const merged: Array<[number, number]> = [];
    for (const [s, e] of [...p].sort((x, y) => x[0] - y[0] || x[1] - y[1])) {
      const last = merged[merged.length - 1];
      if (last && s <= last[1]) last[1] = Math.max(last[1], e);
      else merged.push([s, e]);
    }
    return merged.map(([s, e]) => `${s}:${e}`).join(' ');
  };
  return new Set(parts.filter((p): p is Range[] => !!p && p.length > 0).map(key));
}

export function scoreRole(gold: TokenSpan[], pred: TokenSpan[], chars = { pred: 0, exact: 0 }): RoleCounts {
  const goldKeys = new Set(gold.map(spanKey));
  let jaccardSum = 0;
  for (const g of gold) jaccardSum += Math.max(0, ...pred.map((p) => jaccard(g, p)));
  return {
    gold: gold.length,
    pred: pred.length,
    exact: pred.filter((p) => goldKeys.has(spanKey(p))).length,
    jaccardSum,
    predNoOverlap: pred.filter((p) => !gold.some((g) => overlap(g, p))).length,
    charPred: chars.pred,
    charExact: chars.exact,
  };
}

function sourcesAgree(g: TokenSpan | null, p: TokenSpan | null): boolean {
  return (g === null && p === null) || overlap(g, p);
}

function links(g: Reduced, p: Reduced): boolean {
  return overlap(g.cue, p.cue) && jaccard(g.content, p.content) >= CONTENT_JACCARD_MIN && sourcesAgree(g.source, p.source);
}

function byCueOrder<T extends { r: Reduced; i: number }>(a: T, b: T): number {
  return (a.r.cue?.start ?? Infinity) - (b.r.cue?.start ?? Infinity) || (a.r.content?.start ?? 0) - (b.r.content?.start ?? 0) || a.i - b.i;
}

/** Why a gold attribution and the prediction on the same cue do not link. */
function nearMissCause(g: Reduced, p: Reduced): ErrorCause {
  if (jaccard(g.content, p.content) < CONTENT_JACCARD_MIN) {
    if (!g.content) return 'gold has no content';
    const shared = p.content ? sharedTokens(g.content, p.content) : 0;
    if (p.content && shared === p.content.size) return 'content too short';
    if (p.content && shared === g.content.size) return 'content too long';
    return 'content wrong';
  }
  if (g.source && !p.source) return 'source missing';
  if (!g.source && p.source) return 'source not in gold';
  return 'wrong source';
}

function partText(text: string, ranges: Range[] | null): string | null {
  return ranges && ranges.map(([s, e]) => text.slice(s, e)).join(' … ');
}

function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

function cueLabel(text: string, cue: Range[]): string {
  return cue
    .map(([s, e]) => text.slice(s, e))
    .join(' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

export function scoreArticle(article: EvalArticle): ArticleScore {
  const { text } = article;
  // words as the pipeline reads them: an HTML tag or Markdown syntax (a link's "](https://…)") is
  // no word, so a span that takes in a link's closing mark ends on the same word as one that
  // stops before it (the text is the same length, offset for offset)
  const index = new TokenIndex(readMarkdown(readHtml(text).text).text);
  const gold = article.gold.map((a, i) => ({ a, i, r: reduceAttribution(index, a) })).sort(byCueOrder);
  const pred = article.pred.map((a, i) => ({ a, i, r: reduceAttribution(index, a) })).sort(byCueOrder);

  const roles = Object.fromEntries(
    ROLES.map((role) => {
      const goldRanges = rangeKeys(gold.map((g) => g.a[role]));
      const predRanges = [...rangeKeys(pred.map((p) => p.a[role]))];
      const chars = { pred: predRanges.length, exact: predRanges.filter((k) => goldRanges.has(k)).length };
      return [role, scoreRole(distinct(gold.map((g) => g.r[role])), distinct(pred.map((p) => p.r[role])), chars)];
    }),
  ) as Record<Role, RoleCounts>;

  // Greedy one-to-one linking, gold in text order, best content Jaccard first.
  const goldLink = new Map<number, number>(); // gold position → pred position
  const predTaken = new Set<number>();
  gold.forEach((g, gi) => {
    let best = -1;
    let bestJ = -1;
    pred.forEach((p, pi) => {
      if (predTaken.has(pi) || !links(g.r, p.r)) return;
      const j = jaccard(g.r.content, p.r.content);
      if (j > bestJ) [best, bestJ] = [pi, j];
    });
    if (best >= 0) {
      goldLink.set(gi, best);
      predTaken.add(best);
    }
  });

  const describe = (a: GoldAttribution | PredAttribution, kind?: string): AttributionText => ({
    id: a.id,
    ...(kind === undefined ? {} : { kind }),
    source: partText(text, a.source),
    cue: partText(text, a.cue) ?? '',
    content: partText(text, a.content),
  });
  const errorAt = (cause: ErrorCause, g: (typeof gold)[number] | null, p: (typeof pred)[number] | null): ErrorItem => {
    const offset = (g ?? p)!.a.cue[0]?.[0] ?? 0;
    return {
      cause,
      articleId: article.id,
      gold: g && describe(g.a),
      pred: p && describe(p.a, p.a.kind),
      offset,
      line: lineAt(text, offset),
    };
  };

  // Errors: first pair each missed gold with a free spurious prediction on the same cue.
  const errors: ErrorItem[] = [];
  const predPaired = new Set<number>();
  const goldAlone: number[] = [];
  gold.forEach((g, gi) => {
    if (goldLink.has(gi)) return;
    let best = -1;
    let bestJ = -1;
    pred.forEach((p, pi) => {
      if (predTaken.has(pi) || predPaired.has(pi) || !overlap(g.r.cue, p.r.cue)) return;
      const j = jaccard(g.r.content, p.r.content);
      if (j > bestJ) [best, bestJ] = [pi, j];
    });
    if (best < 0) return goldAlone.push(gi);
    predPaired.add(best);
    errors.push(errorAt(nearMissCause(g.r, pred[best]!.r), g, pred[best]!));
  });
  for (const gi of goldAlone) {
    const g = gold[gi]!;
    const cueUsed = pred.some((p) => overlap(g.r.cue, p.r.cue));
    errors.push(errorAt(cueUsed ? 'cue already used' : 'cue missed', g, null));
  }
  pred.forEach((p, pi) => {
    if (predTaken.has(pi) || predPaired.has(pi)) return;
    const onGoldCue = gold.some((g) => overlap(g.r.cue, p.r.cue));
    errors.push(errorAt(onGoldCue ? 'duplicate' : 'spurious cue', null, p));
  });
  errors.sort((a, b) => a.offset - b.offset);

  const linkedPred = new Set(goldLink.values());
  return {
    id: article.id,
    roles,
    linked: { gold: gold.length, pred: pred.length, tp: goldLink.size },
    goldOutcomes: gold.map((g, gi) => ({ cue: cueLabel(text, g.a.cue), linked: goldLink.has(gi) })),
    predOutcomes: pred.map((p, pi) => ({ cue: cueLabel(text, p.a.cue), kind: p.a.kind, linked: linkedPred.has(pi) })),
    errors,
  };
}

// ---- aggregation -----------------------------------------------------------

export interface PRF {
  /** null when the denominator is 0 (no prediction / no gold). */
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export function prf(tp: number, pred: number, gold: number): PRF {
  return { precision: ratio(tp, pred), recall: ratio(tp, gold), f1: ratio(2 * tp, pred + gold) };
}

export interface RoleSummary extends RoleCounts, PRF {
  jaccard: number | null;
}

export interface Summary {
  docs: number;
  roles: Record<Role, RoleSummary>;
  linked: LinkCounts & PRF;
  /** Per predicted kind: how many, how many linked, precision. Gold has no kind. */
  byKind: Array<{ kind: string; pred: number; linked: number; precision: number | null }>;
  /** The most frequent gold cue texts (lowercased). */
  byCue: Array<{ cue: string; gold: number; goldLinked: number; recall: number | null; pred: number; predLinked: number; precision: number | null }>;
  errorCounts: Array<{ cause: ErrorCause; count: number }>;
  errors: ErrorItem[];
}

function countBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = m.get(k);
    if (list) list.push(it);
    else m.set(k, [it]);
  }
  return m;
}

export function summarize(scores: ArticleScore[], topCues = TOP_CUES): Summary {
  const roles = Object.fromEntries(
    ROLES.map((role) => {
      const c: RoleCounts = { gold: 0, pred: 0, exact: 0, jaccardSum: 0, predNoOverlap: 0, charPred: 0, charExact: 0 };
      for (const s of scores) {
        const r = s.roles[role];
        c.gold += r.gold;
        c.pred += r.pred;
        c.exact += r.exact;
        c.jaccardSum += r.jaccardSum;
        c.predNoOverlap += r.predNoOverlap;
        c.charPred += r.charPred;
        c.charExact += r.charExact;
      }
      return [role, { ...c, ...prf(c.exact, c.pred, c.gold), jaccard: ratio(c.jaccardSum, c.gold + c.predNoOverlap) }];
    }),
  ) as Record<Role, RoleSummary>;

  const linked = { gold: 0, pred: 0, tp: 0 };
  for (const s of scores) {
    linked.gold += s.linked.gold;
    linked.pred += s.linked.pred;
    linked.tp += s.linked.tp;
  }

  const predOutcomes = scores.flatMap((s) => s.predOutcomes);
  const goldOutcomes = scores.flatMap((s) => s.goldOutcomes);
  const byKind = [...countBy(predOutcomes, (p) => p.kind)]
    .map(([kind, ps]) => {
      const n = ps.filter((p) => p.linked).length;
      return { kind, pred: ps.length, linked: n, precision: ratio(n, ps.length) };
    })
    .sort((a, b) => b.pred - a.pred || a.kind.localeCompare(b.kind));

  const predByCue = countBy(predOutcomes, (p) => p.cue);
  const byCue = [...countBy(goldOutcomes, (g) => g.cue)]
    .sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
    .slice(0, topCues)
    .map(([cue, gs]) => {
      const ps = predByCue.get(cue) ?? [];
      const goldLinked = gs.filter((g) => g.linked).length;
      const predLinked = ps.filter((p) => p.linked).length;
      return { cue, gold: gs.length, goldLinked, recall: ratio(goldLinked, gs.length), pred: ps.length, predLinked, precision: ratio(predLinked, ps.length) };
    });

  const errors = scores.flatMap((s) => s.errors);
  const errorCounts = [...countBy(errors, (e) => e.cause)]
    .map(([cause, es]) => ({ cause: cause as ErrorCause, count: es.length }))
    .sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause));

  return { docs: scores.length, roles, linked: { ...linked, ...prf(linked.tp, linked.pred, linked.gold) }, byKind, byCue, errorCounts, errors };
}
