// A learned arbiter of content boundaries. The BIO tagger decides each token
// from a window; where a content starts and ends is often a decision about the
// whole span ("that …" up to the end of the clause, a direct quote up to its
// closing mark, "criticized X" without the adjunct "during a rally …"). For
// each tagged attribution, every word token near the tagger's content start
// (and, separately, near its end) is a candidate boundary; a linear model over
// hashed features of the candidate — its words and their neighbours, the
// sentence and quote structure, the cue's lemma, and where the tagger put the
// boundary — picks one. Trained as a ranker (averaged perceptron: the gold
// boundary against the best-scoring other candidate) on PolNeAR train, with
// the tagger labels of each training document coming from a first pass that
// did not see it (jackknife), so it learns how far to trust the tagger.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Token } from '../nlp/wink.ts';
import { f1, f2, f3, hashString, sentenceBounds } from './features.ts';
import { clustersOf, NOT_LOOKED_UP, type TokenClusters } from './clusters.ts';
import { ROLE_OF } from './labels.ts';
import { WORD, type Draft, type Run } from './decode.ts';
import type { QuoteRegion } from '../attributions/quotes.ts';
import { regionAt } from '../attributions/quotes.ts';
import { hyphenated } from '../attributions/phrases.ts';
import { lowerBound, partitionPoint } from '../text/search.ts';

export const RANKER_FORMAT = 'content-ranker';
export const RANKER_VERSION = 2;

/** A linear model over hashed features, stored as quantised weights (the ranker; the draft filter has the same shape). */
export interface RankerModel {
  bits: number;
  /** 2^bits weights of start candidates, then 2^bits of end candidates. */
  weights: Float32Array;
  meta: Record<string, unknown>;
}

const CLAUSE = new Set(['but', 'which', 'who', 'whom', 'whose', 'and', 'as', 'after', 'before', 'because', 'while', 'when', 'although', 'though', 'where', 'including', 'since', 'until', 'so', 'during', 'in', 'on', 'at', 'for', 'to', 'with', 'of', 'by', 'from', 'about', 'that', 'if', 'whether', 'saying', 'adding', 'according']);
const QUOTES = new Set(['“', '”', '"']);

/** Per-document context the features read. */
export interface RankerDoc {
  tokens: readonly Token[];
  labels: ArrayLike<number>;
  unitOf: ArrayLike<number>;
  quotes: readonly QuoteRegion[];
  /** isWord[i]: the token holds a letter or digit (what the scorer counts). */
  isWord: Uint8Array;
  /** Word tokens before token i. */
  wordsBefore: Int32Array;
  /** Per token, the first and last token of its sentence. */
  sentFirst: Int32Array;
  sentLast: Int32Array;
  /** Verbs and auxiliaries before token i. */
  verbsBefore: Int32Array;
  /** Per token, filled on first use (`ready`): hashes of its text (lower-cased; proper nouns and numbers by class) and POS, and its word clusters (./clusters.ts) unless known already. */
  textH: Int32Array;
  posH: Int32Array;
  coarse: Int32Array;
  fine: Int32Array;
  ready: Uint8Array;
  /** The rule-based extractor's attributions as token ranges (a second opinion on where a content starts and ends). */
  rules: readonly RuleSpan[];
  /** Indexes of `rules` by their cue's first token, and the most tokens a rule's cue spans: ruleFor finds a cue's rule without reading them all. */
  rulesByCue: Int32Array;
  longestRuleCue: number;
}

/** A rule-based attribution as token indexes: its cue's first and last token, its content's first and last word token. */
export interface RuleSpan {
  cueFirst: number;
  cueLast: number;
  first: number;
  last: number;
}

/**
 * The first and last word token (a letter or digit: what the scorer counts)
 * overlapping the characters [start, end), or null: where a gold span, which
 * may cut a token, begins and ends in tokens. Tokens are sorted and
 * disjoint, so only the one before the first starting at `start` can reach in.
 */
export function wordRange(tokens: readonly Token[], start: number, end: number): [number, number] | null {
  let first = -1;
  let last = -1;
  for (let k = Math.max(0, lowerBound(tokens, start) - 1); k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (t.end <= start || !WORD.test(t.text)) continue;
    if (first < 0) first = t.i;
    last = t.i;
  }
  return first < 0 ? null : [first, last];
}

/** The rules' attributions (./attributions/index.ts), as drafts (decode.ts draftOf), to token ranges for rankerDoc. */
export function ruleSpans(drafts: ReadonlyArray<Draft | null>): RuleSpan[] {
  const out: RuleSpan[] = [];
  for (const d of drafts) if (d) out.push({ cueFirst: d.cue.first, cueLast: d.cue.last, first: d.content[0]!.first, last: d.content[d.content.length - 1]!.last });
  return out;
}

/** The rules' attribution on the same cue (its tokens overlap the draft's cue), if any. */
function ruleFor(doc: RankerDoc, cue: Run): RuleSpan | undefined {
  // the first in the rules' own order whose cue overlaps: among those starting at most
  // longestRuleCue tokens before this cue and not after its end (an article with thousands of
  // reports is not read once per report)
  const order = doc.rulesByCue;
  let found = -1;
  for (let k = partitionPoint(order.length, (m) => doc.rules[order[m]!]!.cueFirst <= cue.last) - 1; k >= 0; k--) {
    const r = doc.rules[order[k]!]!;
    if (r.cueFirst < cue.first - doc.longestRuleCue) break;
    if (cue.first <= r.cueLast && (found < 0 || order[k]! < found)) found = order[k]!;
  }
  return found < 0 ? undefined : doc.rules[found];
}

const POS_HASH = new Map<string, number>();

/** A token as a learned feature sees it: lower-cased, proper nouns and numbers by class. */
export const wordKey = (t: Token | undefined): string => (!t ? '<none>' : t.pos === 'PROPN' ? '<propn>' : t.type === 'number' ? '<num>' : t.lower);

/** Fill the atoms of token i (once). */
function atoms(doc: RankerDoc, i: number): void {
  if (doc.ready[i]) return;
  const t = doc.tokens[i]!;
  doc.textH[i] = hashString(wordKey(t));
  let ph = POS_HASH.get(t.pos);
  if (ph === undefined) POS_HASH.set(t.pos, (ph = hashString(t.pos)));
  doc.posH[i] = ph;
  if (doc.coarse[i] === NOT_LOOKED_UP) {
    const k = clustersOf(t);
    doc.coarse[i] = k[0]!;
    doc.fine[i] = k[1]!;
  }
  doc.ready[i] = 1;
}
const textOf = (doc: RankerDoc, i: number): number => (atoms(doc, i), doc.textH[i]!);
const posOf = (doc: RankerDoc, i: number): number => (atoms(doc, i), doc.posH[i]!);

export function rankerDoc(
  tokens: readonly Token[],
  labels: ArrayLike<number>,
  unitOf: ArrayLike<number>,
  quotes: readonly QuoteRegion[],
  /** ruleSpans of the rule-based extractor's attributions (the model was trained with them: pass [] only to ask without). */
  rules: readonly RuleSpan[],
  /** The clusters tagDoc looked up (taken over and completed here), so that they are not looked up twice. */
  clusters?: TokenClusters,
): RankerDoc {
  const n = tokens.length;
  const isWord = new Uint8Array(n);
  const wordsBefore = new Int32Array(n + 1);
  const bounds = sentenceBounds(tokens, 0, n);
  // copies: sentenceBounds hands out reused work arrays
  const sentFirst = bounds.start.slice(0, n);
  const sentLast = bounds.end.slice(0, n);
  const verbsBefore = new Int32Array(n + 1);
  const textH = new Int32Array(n);
  const posH = new Int32Array(n);
  const coarse = clusters?.coarse ?? new Int32Array(n).fill(NOT_LOOKED_UP);
  const fine = clusters?.fine ?? new Int32Array(n).fill(NOT_LOOKED_UP);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    isWord[i] = WORD.test(t.text) ? 1 : 0;
    verbsBefore[i + 1] = verbsBefore[i]! + (t.pos === 'VERB' || t.pos === 'AUX' ? 1 : 0);
    wordsBefore[i + 1] = wordsBefore[i]! + isWord[i]!;
  }
  const rulesByCue = Int32Array.from(rules.keys()).sort((a, b) => rules[a]!.cueFirst - rules[b]!.cueFirst || a - b);
  let longestRuleCue = 0;
  for (const r of rules) longestRuleCue = Math.max(longestRuleCue, r.cueLast - r.cueFirst);
  return { tokens, labels, unitOf, quotes, isWord, wordsBefore, sentFirst, sentLast, verbsBefore, textH, posH, coarse, fine, ready: new Uint8Array(n), rules, rulesByCue, longestRuleCue };
}


function bucket(d: number): number {
  const a = Math.abs(d);
  const b = a <= 3 ? a : a <= 6 ? 5 : a <= 10 ? 8 : a <= 20 ? 15 : 30;
  return d < 0 ? -b : b;
}

export function lenBucket(d: number): number {
  return d <= 2 ? d : d <= 5 ? 5 : d <= 10 ? 10 : d <= 20 ? 20 : d <= 40 ? 40 : 80;
}

/** The cue's lemma (its last verb, else its last word). */
function cueLemma(doc: RankerDoc, cue: Run): string {
  let lemma = '';
  for (let i = cue.first; i <= cue.last; i++) {
    const t = doc.tokens[i]!;
    if (t.pos === 'VERB' || lemma === '') lemma = t.lemma.toLowerCase();
  }
  return lemma;
}

/** Whether tokens [a, b] (at most the first 40) hold a verb or auxiliary. */
function hasVerb(doc: RankerDoc, a: number, b: number): boolean {
  const hi = Math.min(b, a + 39);
  return hi >= a && doc.verbsBefore[hi + 1]! > doc.verbsBefore[a]!;
}

/** The count of open quotation marks after token i, given the count before it. */
function quoteStep(doc: RankerDoc, i: number, open: number): number {
  const tx = doc.tokens[i]!.text;
  if (!QUOTES.has(tx)) return open;
  if (tx === '“' || (tx === '"' && regionAt(doc.quotes, doc.tokens[i]!.end))) return open + 1;
  return open > 0 ? open - 1 : 0;
}

/** Open quotation marks not yet closed within tokens [a, b] (at most 2). */
function openQuotes(doc: RankerDoc, a: number, b: number): number {
  let open = 0;
  for (let i = a; i <= b; i++) open = quoteStep(doc, i, open);
  return Math.min(open, 2);
}

const clusterAt = (doc: RankerDoc, i: number, level: number): number => (atoms(doc, i), level === 0 ? doc.coarse[i]! : doc.fine[i]!);

const inUnitOf = (doc: RankerDoc, unit: number | undefined, i: number): boolean => i >= 0 && i < doc.tokens.length && doc.unitOf[i] === unit;

// Features are hashed from integers (no strings per candidate): token atoms are hashed once per document.
const OUT = 0x51ed27; // a position outside the unit
const ROLE_CODE = (l: number | undefined): number => {
  if (l === undefined) return 5;
  const r = ROLE_OF[l];
  return r === null || r === undefined ? 0 : r === 'source' ? 1 : r === 'cue' ? 2 : 3;
};
// template id → hash seed; then the tagger's own integer hashes
const h1 = (id: number, a: number): number => f1(Math.imul(id, 0x9e3779b1), a);
const h2 = (id: number, a: number, b: number): number => f2(Math.imul(id, 0x9e3779b1), a, b);
const h3 = (id: number, a: number, b: number, c: number): number => f3(Math.imul(id, 0x9e3779b1), a, b, c);
const B01 = (x: boolean): number => (x ? 1 : 0);

/**
 * Features of content ending at word token e (tokens e+1.. follow it). `tagEnd`
 * is the tagger's last content word; `cue` the attribution's cue; `first` the
 * content's first token; `lemma` the hash of the cue's lemma; `oq` the open
 * quotation marks within [first, e]. Written into `out` from 0; returns the count.
 */
function endFeatures(doc: RankerDoc, e: number, tagEnd: number, cue: Run, first: number, lemma: number, oq: number, ruleEnd: number, out: Int32Array): number {
  const { tokens } = doc;
  const unit = doc.unitOf[e];
  const n1 = inUnitOf(doc, unit, e + 1) ? e + 1 : -1;
  const n2 = n1 >= 0 && inUnitOf(doc, unit, e + 2) ? e + 2 : -1;
  // the next word token
  let nw = e + 1;
  while (inUnitOf(doc, unit, nw) && !doc.isWord[nw]) nw++;
  if (!inUnitOf(doc, unit, nw)) nw = -1;
  const w = textOf(doc, e);
  const p = posOf(doc, e);
  const t1 = n1 >= 0 ? textOf(doc, n1) : OUT;
  const t2 = n2 >= 0 ? textOf(doc, n2) : OUT;
  const nwt = nw >= 0 ? textOf(doc, nw) : OUT;
  const pnw = nw >= 0 ? posOf(doc, nw) : OUT;
  const sentEnd = B01(doc.sentLast[e] === e || (n1 >= 0 && doc.sentLast[e] === n1) || (n1 >= 0 && !doc.isWord[n1] && nw >= 0 && tokens[nw]!.sentence !== tokens[e]!.sentence));
  const d = doc.wordsBefore[e]! - doc.wordsBefore[tagEnd]!;
  const bd = bucket(d);
  const d0 = B01(d === 0);
  const sd = tokens[e]!.sentence - tokens[tagEnd]!.sentence;
  const after = B01(first > cue.last);
  const lab = ROLE_CODE(doc.labels[e]);
  const labN = nw >= 0 ? ROLE_CODE(doc.labels[nw]) : 5;
  const len = lenBucket(doc.wordsBefore[e]! - doc.wordsBefore[first]! + 1);
  const rest = lenBucket(doc.wordsBefore[doc.sentLast[e]! + 1]! - doc.wordsBefore[e + 1]!);
  let o = 0;
  out[o++] = h1(1, 0);
  out[o++] = h1(2, bd);
  out[o++] = h1(3, d0);
  out[o++] = h1(4, Math.max(-2, Math.min(2, sd)));
  out[o++] = h2(5, bd, sentEnd);
  out[o++] = h1(6, w);
  out[o++] = h1(7, p);
  out[o++] = h1(8, t1);
  out[o++] = h1(9, t2);
  out[o++] = h2(10, t1, t2);
  out[o++] = h1(11, n1 >= 0 ? posOf(doc, n1) : OUT);
  out[o++] = h1(12, nwt);
  out[o++] = h1(13, pnw);
  out[o++] = h2(14, p, t1);
  out[o++] = h2(15, w, t1);
  out[o++] = h1(16, sentEnd);
  out[o++] = h2(17, sentEnd, after);
  out[o++] = h2(18, oq, t1);
  out[o++] = h2(19, oq, sentEnd);
  out[o++] = h2(20, lab, labN);
  out[o++] = h3(21, lab, labN, d0);
  out[o++] = h2(22, len, after);
  out[o++] = h2(23, lemma, t1);
  out[o++] = h2(24, lemma, nwt);
  out[o++] = h2(25, lemma, sentEnd);
  out[o++] = h2(26, lemma, bd);
  out[o++] = h2(27, after, t1);
  out[o++] = h2(28, B01(nw >= 0 && CLAUSE.has(tokens[nw]!.lower)), bd);
  out[o++] = h1(29, B01(nw >= 0 && nw === cue.first));
  out[o++] = h2(30, clusterAt(doc, e, 1), n1 >= 0 ? clusterAt(doc, n1, 1) : -3);
  out[o++] = h2(31, nw >= 0 ? clusterAt(doc, nw, 0) : -3, sentEnd);
  out[o++] = h2(32, B01(regionAt(doc.quotes, tokens[e]!.start) !== undefined), B01(n1 >= 0 && QUOTES.has(tokens[n1]!.text)));
  out[o++] = h2(33, rest, after);
  out[o++] = h2(34, rest, t1);
  out[o++] = h2(35, p, pnw);
  out[o++] = h3(36, ROLE_CODE(doc.labels[e - 1]), lab, labN);
  out[o++] = h2(37, B01(hasVerb(doc, first, e)), after);
  // the rules' content end on the same cue (-1: no rule attribution there)
  out[o++] = h2(38, ruleEnd < 0 ? 2 : B01(e === ruleEnd), B01(e === tagEnd));
  out[o++] = h3(39, ruleEnd < 0 ? 2 : Math.sign(e - ruleEnd) + 1, after, sentEnd);
  return o;
}

/** Features of content starting at word token s; `tagStart` the tagger's first content word; `last` the content's last token. Written into `out` from 0; returns the count. */
function startFeatures(doc: RankerDoc, s: number, tagStart: number, cue: Run, last: number, lemma: number, ruleStart: number, out: Int32Array): number {
  const { tokens } = doc;
  const unit = doc.unitOf[s];
  const p1 = inUnitOf(doc, unit, s - 1) ? s - 1 : -1;
  const p2 = p1 >= 0 && inUnitOf(doc, unit, s - 2) ? s - 2 : -1;
  let pw = s - 1;
  while (inUnitOf(doc, unit, pw) && !doc.isWord[pw]) pw--;
  if (!inUnitOf(doc, unit, pw)) pw = -1;
  const w = textOf(doc, s);
  const p = posOf(doc, s);
  const t1 = p1 >= 0 ? textOf(doc, p1) : OUT;
  const t2 = p2 >= 0 ? textOf(doc, p2) : OUT;
  const pwt = pw >= 0 ? textOf(doc, pw) : OUT;
  const ppw = pw >= 0 ? posOf(doc, pw) : OUT;
  const sentStart = B01(pw < 0 || tokens[pw]!.sentence !== tokens[s]!.sentence);
  const d = doc.wordsBefore[s]! - doc.wordsBefore[tagStart]!;
  const bd = bucket(d);
  const d0 = B01(d === 0);
  const sd = tokens[s]!.sentence - tokens[tagStart]!.sentence;
  const after = B01(s > cue.last);
  const gap = after ? lenBucket(doc.wordsBefore[s]! - doc.wordsBefore[cue.last + 1]!) : -1;
  const lab = ROLE_CODE(doc.labels[s]);
  const labP = pw >= 0 ? ROLE_CODE(doc.labels[pw]) : 5;
  const len = lenBucket(doc.wordsBefore[last + 1]! - doc.wordsBefore[s]!);
  let o = 0;
  out[o++] = h1(101, 0);
  out[o++] = h1(102, bd);
  out[o++] = h1(103, d0);
  out[o++] = h1(104, Math.max(-2, Math.min(2, sd)));
  out[o++] = h2(105, bd, sentStart);
  out[o++] = h1(106, w);
  out[o++] = h1(107, p);
  out[o++] = h1(108, t1);
  out[o++] = h1(109, t2);
  out[o++] = h2(110, t2, t1);
  out[o++] = h1(111, p1 >= 0 ? posOf(doc, p1) : OUT);
  out[o++] = h1(112, pwt);
  out[o++] = h1(113, ppw);
  out[o++] = h2(114, t1, p);
  out[o++] = h2(115, t1, w);
  out[o++] = h1(116, sentStart);
  out[o++] = h2(117, sentStart, after);
  out[o++] = h2(118, labP, lab);
  out[o++] = h3(119, labP, lab, d0);
  out[o++] = h2(120, len, after);
  out[o++] = h1(121, gap);
  out[o++] = h2(122, gap, t1);
  out[o++] = h2(123, lemma, t1);
  out[o++] = h2(124, lemma, pwt);
  out[o++] = h2(125, lemma, w);
  out[o++] = h2(126, lemma, gap);
  out[o++] = h2(127, lemma, bd);
  out[o++] = h2(128, after, t1);
  out[o++] = h1(129, B01(pw >= 0 && pw === cue.last));
  out[o++] = h2(130, p1 >= 0 ? clusterAt(doc, p1, 1) : -3, clusterAt(doc, s, 1));
  out[o++] = h2(131, pw >= 0 ? clusterAt(doc, pw, 0) : -3, sentStart);
  out[o++] = h2(132, B01(regionAt(doc.quotes, tokens[s]!.start) !== undefined), B01(p1 >= 0 && QUOTES.has(tokens[p1]!.text)));
  out[o++] = h2(133, lenBucket(doc.wordsBefore[s]! - doc.wordsBefore[doc.sentFirst[s]!]!), after);
  out[o++] = h2(134, ppw, p);
  out[o++] = h3(135, pw >= 0 ? ROLE_CODE(doc.labels[pw - 1]) : 5, labP, lab);
  out[o++] = h2(136, B01(hasVerb(doc, s, last)), after);
  // the rules' content start on the same cue (-1: no rule attribution there)
  out[o++] = h2(137, ruleStart < 0 ? 2 : B01(s === ruleStart), B01(s === tagStart));
  out[o++] = h3(138, ruleStart < 0 ? 2 : Math.sign(s - ruleStart) + 1, after, sentStart);
  return o;
}

/** The score of the first n features given as raw hashes: the sum of hashed()'s weights, in the same order. */
function scoreKeys(w: Float32Array, keys: Int32Array, n: number, bits: number, half: 0 | 1): number {
  const mask = (1 << bits) - 1;
  const off = half << bits;
  let s = 0;
  for (let k = 0; k < n; k++) s += w[off + (keys[k]! & mask)]!;
  return s;
}

/** Hashed feature indexes of the first n raw hashes (into the start or end half of the weights). */
function hashed(keys: Int32Array, n: number, bits: number, half: 0 | 1): Int32Array {
  const mask = (1 << bits) - 1;
  const off = half << bits;
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) out[k] = off + (keys[k]! & mask);
  return out;
}

export interface Candidates {
  /** Candidate token indexes (word tokens). */
  at: number[];
  /** Per candidate, its feature indexes (for training) … */
  feats: Int32Array[];
  /** … or, when the candidates were made with the weights (inference), its score. */
  scores?: number[];
  /** Index into `at` of the tagger's own boundary. */
  tagger: number;
  /** Per candidate, how many of the content's runs it drops (a start in the second run drops the first). */
  drop: number[];
}

/**
 * One candidate's raw feature hashes (at most 41), reused: an array emptied
 * with `length = 0` drops its backing store, so every candidate reallocated it.
 */
const KEYS = new Int32Array(64);

/** Candidates as they are gathered: each scored (with weights, at inference) or kept as feature indexes (training). */
interface Gathering {
  at: number[];
  feats: Int32Array[];
  scores: number[];
  drop: number[];
  /** Index into `at` of the tagger's own boundary (-1 until seen). */
  tagger: number;
  bits: number;
  half: 0 | 1;
  weights: Float32Array | undefined;
}

function gathering(bits: number, half: 0 | 1, weights: Float32Array | undefined): Gathering {
  return { at: [], feats: [], scores: [], drop: [], tagger: -1, bits, half, weights };
}

/** Add token `at` as a candidate, its features being the first `nk` of KEYS; `dropped`: the content runs it drops. */
function addCandidate(g: Gathering, at: number, nk: number, dropped: number): void {
  g.at.push(at);
  if (g.weights) g.scores.push(scoreKeys(g.weights, KEYS, nk, g.bits, g.half));
  else g.feats.push(hashed(KEYS, nk, g.bits, g.half));
  g.drop.push(dropped);
}

/** The gathered candidates, or null when the tagger's own boundary is not among them. */
function candidatesOf(g: Gathering): Candidates | null {
  const { at, feats, tagger, drop, scores } = g;
  return tagger < 0 ? null : { at, feats, tagger, drop, ...(g.weights ? { scores } : {}) };
}

const MAX_SPAN = 60;
const BREAK_POS = new Set(['ADP', 'CCONJ', 'SCONJ', 'PART']);
const OPEN_POS = new Set(['ADP', 'CCONJ', 'SCONJ', 'PART', 'VERB', 'AUX']);
/** Tokens a and a + 2 are joined by a hyphen between them ("long-awaited", "state-run"): one word, which no content ends or starts inside. */
const hyphenJoins = (doc: RankerDoc, a: number): boolean => a + 2 < doc.tokens.length && hyphenated(doc.tokens, a + 2);
/** Where a content may end: near the tagger's end, or before punctuation, the unit's end, a preposition or conjunction; not inside a hyphenated word. */
function endsClause(doc: RankerDoc, e: number, tagEnd: number): boolean {
  if (hyphenJoins(doc, e)) return false;
  if (Math.abs(doc.wordsBefore[e]! - doc.wordsBefore[tagEnd]!) <= 2) return true;
  const next = doc.tokens[e + 1];
  return !next || doc.unitOf[e + 1] !== doc.unitOf[e] || !doc.isWord[e + 1] || BREAK_POS.has(next.pos);
}
/** Where a content may start: near the tagger's start, or after punctuation, the unit's start, a preposition, conjunction or verb. */
function startsClause(doc: RankerDoc, s: number, tagStart: number): boolean {
  if (s >= 2 && hyphenJoins(doc, s - 2)) return false;
  if (Math.abs(doc.wordsBefore[s]! - doc.wordsBefore[tagStart]!) <= 2) return true;
  const prev = doc.tokens[s - 1];
  return !prev || doc.unitOf[s - 1] !== doc.unitOf[s] || !doc.isWord[s - 1] || OPEN_POS.has(prev.pos) || prev.lower === 'that';
}
/** How far inside the tagger's content a boundary may move (tokens). */
const INSIDE = 40;

function firstWord(doc: RankerDoc, a: number, b: number): number {
  for (let i = a; i <= b; i++) if (doc.isWord[i]) return i;
  return -1;
}
function lastWord(doc: RankerDoc, a: number, b: number): number {
  for (let i = b; i >= a; i--) if (doc.isWord[i]) return i;
  return -1;
}

/** End candidates of a draft: word tokens from its last content run's first word to the end of the next sentence (not into the cue). */
export function endCandidates(doc: RankerDoc, d: Draft, bits: number, weights?: Float32Array): Candidates | null {
  const runs = d.content;
  const firstRun = runs[0]!;
  const lastRun = runs[runs.length - 1]!;
  const tagEnd = lastWord(doc, lastRun.first, lastRun.last);
  let lo = firstWord(doc, lastRun.first, lastRun.last);
  if (tagEnd < 0 || lo < 0) return null;
  lo = Math.max(lo, tagEnd - INSIDE);
  let hi = doc.sentLast[tagEnd]!;
  if (hi + 1 < doc.tokens.length && doc.unitOf[hi + 1] === doc.unitOf[tagEnd]) hi = doc.sentLast[hi + 1]!;
  if (lastRun.last < d.cue.first) hi = Math.min(hi, d.cue.first - 1);
  if (d.source && d.source.first > lastRun.last) hi = Math.min(hi, d.source.first - 1);
  hi = Math.min(hi, tagEnd + MAX_SPAN);
  const lemma = hashString(cueLemma(doc, d.cue));
  const ruleEnd = ruleFor(doc, d.cue)?.last ?? -1;
  const g = gathering(bits, 1, weights);
  const keys = KEYS;
  // open quotation marks within [first, e], kept as e moves right
  let open = 0;
  let seen = firstRun.first - 1;
  const advance = (e: number) => {
    while (seen < e) open = quoteStep(doc, ++seen, open);
    return Math.min(open, 2);
  };
  for (let e = lo; e <= hi; e++) {
    if (!doc.isWord[e] || doc.unitOf[e] !== doc.unitOf[tagEnd]) continue;
    if (e >= d.cue.first && e <= d.cue.last) break;
    if (e === tagEnd) g.tagger = g.at.length;
    else if (!endsClause(doc, e, tagEnd)) continue;
    addCandidate(g, e, endFeatures(doc, e, tagEnd, d.cue, firstRun.first, lemma, advance(e), ruleEnd, keys), 0);
  }
  // or the end of an earlier run, dropping the runs after it
  for (let k = runs.length - 2; k >= 0; k--) {
    const e = lastWord(doc, runs[k]!.first, runs[k]!.last);
    if (e < 0) continue;
    let nk = endFeatures(doc, e, tagEnd, d.cue, firstRun.first, lemma, openQuotes(doc, firstRun.first, e), ruleEnd, keys);
    const dropped = runs.length - 1 - k;
    const dr = Math.min(dropped, 2);
    keys[nk++] = h1(40, dr);
    keys[nk++] = h3(41, dr, B01(runs[k]!.last < d.cue.first), B01(lastRun.first > d.cue.last));
    addCandidate(g, e, nk, dropped);
  }
  return candidatesOf(g);
}

/** Start candidates: word tokens from the start of the previous sentence (not before the cue when the content follows it) to the first run's last word. */
export function startCandidates(doc: RankerDoc, d: Draft, bits: number, weights?: Float32Array): Candidates | null {
  const runs = d.content;
  const firstRun = runs[0]!;
  const lastRun = runs[runs.length - 1]!;
  const tagStart = firstWord(doc, firstRun.first, firstRun.last);
  let hi = lastWord(doc, firstRun.first, firstRun.last);
  if (tagStart < 0 || hi < 0) return null;
  hi = Math.min(hi, tagStart + INSIDE);
  let lo = doc.sentFirst[tagStart]!;
  if (lo > 0 && doc.unitOf[lo - 1] === doc.unitOf[tagStart]) lo = doc.sentFirst[lo - 1]!;
  if (firstRun.first > d.cue.last) lo = Math.max(lo, d.cue.last + 1);
  if (d.source && d.source.last < firstRun.first) lo = Math.max(lo, d.source.last + 1);
  lo = Math.max(lo, tagStart - MAX_SPAN);
  const lemma = hashString(cueLemma(doc, d.cue));
  const ruleStart = ruleFor(doc, d.cue)?.first ?? -1;
  const g = gathering(bits, 0, weights);
  const keys = KEYS;
  for (let s = hi; s >= lo; s--) {
    if (!doc.isWord[s] || doc.unitOf[s] !== doc.unitOf[tagStart]) continue;
    if (s >= d.cue.first && s <= d.cue.last) break;
    if (s === tagStart) g.tagger = g.at.length;
    else if (!startsClause(doc, s, tagStart)) continue;
    addCandidate(g, s, startFeatures(doc, s, tagStart, d.cue, lastRun.last, lemma, ruleStart, keys), 0);
  }
  // or the start of a later run, dropping the runs before it
  for (let k = 1; k < runs.length; k++) {
    const s = firstWord(doc, runs[k]!.first, runs[k]!.last);
    if (s < 0) continue;
    let nk = startFeatures(doc, s, tagStart, d.cue, lastRun.last, lemma, ruleStart, keys);
    keys[nk++] = h1(140, Math.min(k, 2));
    keys[nk++] = h3(141, Math.min(k, 2), B01(firstRun.last < d.cue.first), B01(runs[k]!.first > d.cue.last));
    addCandidate(g, s, nk, k);
  }
  return candidatesOf(g);
}

function score(w: Float32Array | Float64Array, f: Int32Array): number {
  let s = 0;
  for (let k = 0; k < f.length; k++) s += w[f[k]!]!;
  return s;
}

/** Index of the best candidate (the tagger's own on ties, then the earliest). */
export function best(w: Float32Array | Float64Array, c: Candidates): number {
  const sc = c.scores;
  if (sc) {
    let arg = c.tagger;
    for (let k = 0; k < sc.length; k++) if (sc[k]! > sc[arg]!) arg = k;
    return arg;
  }
  let arg = c.tagger;
  let top = score(w, c.feats[c.tagger]!);
  for (let k = 0; k < c.at.length; k++) {
    const s = score(w, c.feats[k]!);
    if (s > top) {
      top = s;
      arg = k;
    }
  }
  return arg;
}

/** One ranking example: candidates and the index of the gold one. */
export interface RankExample {
  c: Candidates;
  gold: number;
}

/**
 * An averaged perceptron over `count` examples, deterministic (a seeded order
 * per epoch): `update(k, w)` returns the (features, step) pairs to add for
 * example k under the current weights (none when it is right).
 */
export function averagedPerceptron(
  size: number,
  count: number,
  epochs: number,
  rand: () => number,
  update: (k: number, w: Float64Array) => ReadonlyArray<readonly [Int32Array, number]>,
): Float32Array {
  const w = new Float64Array(size);
  const u = new Float64Array(size); // Σ c·Δ, for averaging
  let c = 1;
  const order = Array.from({ length: count }, (_, k) => k);
  for (let ep = 0; ep < epochs; ep++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    for (const k of order) {
      for (const [feats, step] of update(k, w)) {
        for (const f of feats) {
          w[f] = w[f]! + step;
          u[f] = u[f]! + step * c;
        }
      }
      c++;
    }
  }
  const avg = new Float32Array(size);
  for (let i = 0; i < size; i++) avg[i] = w[i]! - u[i]! / c;
  return avg;
}

/** The ranker: the gold candidate against the best-scoring one. */
export function trainRanker(examples: readonly RankExample[], bits: number, epochs: number, rand: () => number): RankerModel {
  const weights = averagedPerceptron(2 << bits, examples.length, epochs, rand, (k, w) => {
    const ex = examples[k]!;
    const p = best(w, ex.c);
    return p === ex.gold ? [] : [[ex.c.feats[ex.gold]!, 1], [ex.c.feats[p]!, -1]];
  });
  return { bits, weights, meta: {} };
}

/** Move each draft's content start and end to the ranker's choice. */
export function refineDrafts(doc: RankerDoc, drafts: readonly Draft[], model: RankerModel): Draft[] {
  return drafts.map((d) => {
    if (d.content.length === 0) return d;
    let content = d.content.map((r) => ({ ...r }));
    const ends = endCandidates(doc, d, model.bits, model.weights);
    if (ends) {
      const k = best(model.weights, ends);
      if (k !== ends.tagger) {
        content = content.slice(0, content.length - ends.drop[k]!);
        const last = content[content.length - 1]!;
        let e = ends.at[k]!;
        // keep a closing quotation mark or punctuation that directly follows inside the run
        while (e + 1 <= last.last && !doc.isWord[e + 1]) e++;
        last.last = e;
      }
    }
    const starts = startCandidates(doc, { ...d, content }, model.bits, model.weights);
    if (starts) {
      const k = best(model.weights, starts);
      if (k !== starts.tagger) {
        content = content.slice(starts.drop[k]!);
        const first = content[0]!;
        let s = starts.at[k]!;
        // an opening quotation mark right before the word goes with it
        if (s - 1 >= 0 && doc.tokens[s - 1]!.text === '“' && doc.unitOf[s - 1] === doc.unitOf[s]) s--;
        first.first = s;
      }
    }
    return { ...d, content };
  });
}

export function saveRanker(model: RankerModel, file: string, format = RANKER_FORMAT): number {
  const header = JSON.stringify({ format, version: RANKER_VERSION, bits: model.bits, meta: model.meta });
  let max = 0;
  for (const x of model.weights) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
  const head = Buffer.from(`${header}\n${scale}\n`, 'utf8');
  const buf = gzipSync(Buffer.concat([head, Buffer.from(q.buffer)]), { level: 9 });
  writeFileSync(file, buf);
  return buf.length;
}

export function loadRanker(file: string | URL, format = RANKER_FORMAT): RankerModel {
  const raw = gunzipSync(readFileSync(file));
  const nl1 = raw.indexOf(10);
  const nl2 = raw.indexOf(10, nl1 + 1);
  const header = JSON.parse(raw.subarray(0, nl1).toString('utf8')) as { format: string; version: number; bits: number; meta: Record<string, unknown> };
  if (header.format !== format || header.version !== RANKER_VERSION) throw new Error(`${String(file)}: not a ${format} model of version ${RANKER_VERSION}`);
  const scale = Number(raw.subarray(nl1 + 1, nl2).toString('utf8'));
  const body = raw.subarray(nl2 + 1);
  const aligned = new Int16Array(body.byteLength / 2);
  new Uint8Array(aligned.buffer).set(body);
  const weights = new Float32Array(aligned.length);
  for (let i = 0; i < aligned.length; i++) weights[i] = aligned[i]! * scale;
  return { bits: header.bits, weights, meta: header.meta };
}
