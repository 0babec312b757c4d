// Features of the attribution tagger, hashed into a fixed table.
//
// Each token gets a fixed number of feature slots (NUM_FEATURES), every one a
// bucket index in [0, 2^bits). Per token, a few atoms are hashed once (word,
// lemma, POS, shape, suffix, cue-lexicon bucket, quotation state); templates
// combine atoms of a ±3 window with integer mixing, so no strings are built
// per feature. Long-range context comes from the nearest cue-like word to the
// left and right (its lemma and distance), which tells a content token from a
// plain one and a source from any noun.
import { readFileSync } from 'node:fs';
import type { Token } from '../nlp/wink.ts';
import { regionAt, type QuoteRegion } from '../attributions/quotes.ts';
import { int32Scratch, uint8Scratch } from './scratch.ts';
import { clustersOf, type TokenClusters } from './clusters.ts';
import { TokenMemo } from './token-memo.ts';

// ---------------------------------------------------------------- hashing

// The hashes below are int32, not uint32: every consumer reads them through
// `>>> shift`, `& mask`, XOR mixing or an Int32Array, which see the same bits
// either way, and an int32 stays a small integer where a uint32 above 2^31
// would be boxed in a heap number whenever it crosses a call.

/** FNV-1a over UTF-16 units (as int32). */
export function hashString(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h;
}

export function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x5bd1e995);
  return h ^ (h >>> 15);
}

export function fmix(h: number): number {
  h = Math.imul(h + 0x9e3779b9, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

// ---------------------------------------------------------------- cue lexicon

interface CueEntry {
  lemma: string;
  pos: string;
  p: number;
}
const cueFile = new URL('../attributions/cues.json', import.meta.url);
const CUE_P: ReadonlyMap<string, number> = new Map(
  (JSON.parse(readFileSync(cueFile, 'utf8')) as { lexicon: CueEntry[] }).lexicon.map((e) => [`${e.lemma}|${e.pos}`, e.p]),
);

/** 0: not in the lexicon; 1..5: rising train probability of being a cue. */
export function cueBucket(lemma: string, pos: string): number {
  const p = CUE_P.get(`${lemma}|${pos}`);
  if (p === undefined) return 0;
  if (p < 0.05) return 1;
  if (p < 0.15) return 2;
  if (p < 0.4) return 3;
  if (p < 0.7) return 4;
  return 5;
}

// ---------------------------------------------------------------- atoms

/** Seed of template `tid` (1..60 = NUM_FEATURES, declared below): Math.imul(tid, 0x9e3779b1). */
const T: Int32Array = (() => {
  const t = new Int32Array(60 + 1);
  for (let i = 0; i <= 60; i++) t[i] = Math.imul(i, 0x9e3779b1);
  return t;
})();

export function f1(seed: number, x: number): number {
  return fmix(mix(seed, x));
}
export function f2(seed: number, x: number, y: number): number {
  return fmix(mix(mix(seed, x), y));
}
export function f3(seed: number, x: number, y: number, z: number): number {
  return fmix(mix(mix(mix(seed, x), y), z));
}

/** Word shape, runs collapsed, at most 6 symbols: "Xx", "X.X.", "d", "Xx-X". */
export function shapeOf(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length && out.length < 6; i++) {
    const c = s[i]!;
    let k: string;
    if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (/\p{Ll}/u.test(c)) k = 'x';
    else if (/\p{Lu}/u.test(c)) k = 'X';
    else k = c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** Words that open a new clause after a comma: where an indirect content usually stops. */
const CLAUSE_WORDS = new Set(['but', 'which', 'who', 'whom', 'whose', 'and', 'as', 'after', 'before', 'because', 'while', 'when', 'although', 'though', 'where', 'including', 'since', 'until', 'even', 'so']);
const BREAK_MARKS = new Set([';', '—', '–', '―', '(', '--']);

const SPECIAL_WORDS = new Set(['that', 'according', 'to', 'said', 'says', ':', ',', '.', '“', '”', '"', 'he', 'she', 'they', 'it', 'who', 'which', 'as', 'if', 'whether', 'but', 'and']);

/**
 * What depends on a token alone (not on its neighbours or position): its
 * atoms and the finished hashes of the templates over one atom of one token,
 * computed once per distinct (text, lower, lemma, pos, type) and memoised,
 * since a few thousand words make up most of any text.
 */
interface WordAtoms {
  readonly text: string;
  readonly lower: string;
  readonly lemmaText: string;
  readonly posText: string;
  readonly type: string;
  readonly word: number;
  readonly lemma: number;
  readonly pos: number;
  /** Cue-lexicon bucket 0..5. */
  readonly cue: number;
  /** Cue-like: lexicon probability ≥ 0.15 with a cue POS, or "according". */
  readonly cueLike: boolean;
  /** Hash of the lower-cased word when it is one of SPECIAL_WORDS, else 7. */
  readonly special: number;
  /** Word clusters (coarse, fine; -1 unknown), from ./clusters.ts. */
  readonly c1: number;
  readonly c2: number;
  /** Unshifted template hashes, by the slots S_* below. */
  readonly f: Int32Array;
  /** Another entry with the same text (a different lemma, POS or type). */
  next: WordAtoms | undefined;
}

// slots of WordAtoms.f: the token's own single-atom templates 2..9, template 11
// for each quote state 0..3, and the templates that read it as a neighbour
const S_OWN = 0; // templates 2..9 → slots 0..7
const S_QPOS = 8; // template 11, quote 0..3 → slots 8..11
const S_P1W = 12, S_N1W = 13, S_P2W = 14, S_N2W = 15; // templates 12..15
const S_P1P = 16, S_N1P = 17, S_P2P = 18, S_N2P = 19; // templates 16..19
const S_P1C = 20, S_N1C = 21, S_P2C = 22, S_N2C = 23; // templates 25..28
const S_P3P = 24, S_N3P = 25; // templates 33, 34
const S_P1S = 26, S_N1S = 27; // templates 35, 36
const SLOTS = 28;

function slotsOf(word: number, lemma: number, pos: number, shape: number, suf: number, pre: number, cue: number): Int32Array {
  const f = new Int32Array(SLOTS);
  f[S_OWN] = f1(T[2]!, word);
  f[S_OWN + 1] = f1(T[3]!, lemma);
  f[S_OWN + 2] = f1(T[4]!, pos);
  f[S_OWN + 3] = f1(T[5]!, shape);
  f[S_OWN + 4] = f1(T[6]!, suf);
  f[S_OWN + 5] = f1(T[7]!, pre);
  f[S_OWN + 6] = f1(T[8]!, cue);
  f[S_OWN + 7] = f2(T[9]!, cue, pos);
  for (let q = 0; q < 4; q++) f[S_QPOS + q] = f2(T[11]!, q, pos);
  f[S_P1W] = f1(T[12]!, word);
  f[S_N1W] = f1(T[13]!, word);
  f[S_P2W] = f1(T[14]!, word);
  f[S_N2W] = f1(T[15]!, word);
  f[S_P1P] = f1(T[16]!, pos);
  f[S_N1P] = f1(T[17]!, pos);
  f[S_P2P] = f1(T[18]!, pos);
  f[S_N2P] = f1(T[19]!, pos);
  f[S_P1C] = f1(T[25]!, cue);
  f[S_N1C] = f1(T[26]!, cue);
  f[S_P2C] = f1(T[27]!, cue);
  f[S_N2C] = f1(T[28]!, cue);
  f[S_P3P] = f1(T[33]!, pos);
  f[S_N3P] = f1(T[34]!, pos);
  f[S_P1S] = f1(T[35]!, shape);
  f[S_N1S] = f1(T[36]!, shape);
  return f;
}

function wordAtomsOf(t: Token): WordAtoms {
  const lower = t.lower;
  const lemmaLower = t.lemma.toLowerCase();
  const cue = cueBucket(lemmaLower, t.pos);
  const [c1, c2] = clustersOf(t);
  const shapeText = shapeOf(t.text);
  const word = t.type === 'number' ? hashString(`#${shapeText}`) : hashString(lower);
  const lemma = hashString(lemmaLower);
  const pos = hashString(t.pos);
  const shape = hashString(shapeText);
  const suf = hashString(lower.length > 3 ? lower.slice(-3) : lower);
  const pre = hashString(lower.length > 3 ? lower.slice(0, 3) : lower);
  return {
    text: t.text,
    lower,
    lemmaText: t.lemma,
    posText: t.pos,
    type: t.type,
    word,
    lemma,
    pos,
    cue,
    cueLike: cue >= 3 || lower === 'according',
    special: SPECIAL_WORDS.has(lower) ? hashString(lower) : 7,
    c1: c1!,
    c2: c2!,
    f: slotsOf(word, lemma, pos, shape, suf, pre, cue),
    next: undefined,
  };
}

/**
 * Texts per generation of the WordAtoms memo: the words that make up most of
 * any text, and small enough that the live heap stops growing once it is full
 * (with 100,000, the former bound, it was still growing 90 s into a 50 MB
 * bench run; see src/batch/heap.ts).
 */
const WORD_MEMO_HALF = 8_192;
/** WordAtoms by token (bounded; see TokenMemo). */
const WORD_MEMO = new TokenMemo<WordAtoms>(
  WORD_MEMO_HALF,
  (e, t) => e.lower === t.lower && e.lemmaText === t.lemma && e.posText === t.pos && e.type === t.type,
  wordAtomsOf,
);
const wordAtoms = (t: Token): WordAtoms => WORD_MEMO.get(t);

/** Work arrays of sentenceBounds (slots 0, 1) and featuresOfRange (the others). */
const I32 = int32Scratch();
const U8 = uint8Scratch();

/**
 * Bounds of the sentence of each of tokens[from, from + n), as indexes into
 * that range: the first and the last token of the same sentence within it.
 * The arrays are reused: valid until the next call.
 */
export function sentenceBounds(tokens: readonly Token[], from: number, n: number): { start: Int32Array; end: Int32Array } {
  const start = I32.get(0, n);
  const end = I32.get(1, n);
  for (let i = 0; i < n; i++) start[i] = i > 0 && tokens[from + i - 1]!.sentence === tokens[from + i]!.sentence ? start[i - 1]! : i;
  for (let i = n - 1; i >= 0; i--) end[i] = i < n - 1 && tokens[from + i + 1]!.sentence === tokens[from + i]!.sentence ? end[i + 1]! : i;
  return { start, end };
}

export function distBucket(d: number): number {
  if (d <= 3) return d;
  if (d <= 5) return 4;
  if (d <= 8) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  if (d <= 35) return 8;
  return 9;
}

// templates over small domains, tabulated (unshifted hashes)
export const table = (size: number, fn: (x: number) => number): Int32Array => {
  const t = new Int32Array(size);
  for (let x = 0; x < size; x++) t[x] = fn(x);
  return t;
};
const BIAS = f1(T[1]!, 0);
const QUOTE1 = table(4, (q) => f1(T[10]!, q));
const PREV_QUOTE = table(4, (q) => f1(T[31]!, q));
const NEXT_QUOTE = table(4, (q) => f1(T[32]!, q));
const FROM_START = table(10, (d) => f1(T[37]!, d));
const TO_END = table(10, (d) => f1(T[38]!, d));
/** (distance bucket 0..15) << 1 | same sentence */
const LEFT_CUE = table(32, (x) => f2(T[41]!, x >> 1, x & 1));
const RIGHT_CUE = table(32, (x) => f2(T[42]!, x >> 1, x & 1));
/** lSame << 3 | rSame << 2 | quote */
const SAME_QUOTE = table(16, (x) => f3(T[48]!, x >> 3, (x >> 2) & 1, x & 3));
/** (left cue bucket × 6 + right cue bucket) × 4 + (lSame << 1 | rSame) */
const CUES_AROUND = table(6 * 6 * 4, (x) => f3(T[52]!, Math.floor(x / 24), Math.floor(x / 4) % 6, x & 3));
/** Slots of the positions outside the segment (atoms 1, cue 0). */
const BOUNDARY_SLOTS = slotsOf(1, 1, 1, 1, 1, 1, 0);

// ---------------------------------------------------------------- templates

export const NUM_FEATURES = 60;
const NF = NUM_FEATURES;

export interface FeatureInput {
  text: string;
  /** The tokens of one segment, in order. */
  tokens: readonly Token[];
  quotes: readonly QuoteRegion[];
  /** Segment kind (prose/heading/boilerplate). */
  kind: string;
}

/**
 * Feature buckets of every token of a segment: n × NUM_FEATURES indexes into a
 * table of 2^bits rows.
 */
export function extractFeatures(input: FeatureInput, bits: number): Int32Array {
  return featuresOfRange(input.tokens, 0, input.tokens.length, input.quotes, input.kind, bits);
}

/** Window padding: atoms of positions -3..n+2 live at index i + PAD. */
const PAD = 3;

/**
 * extractFeatures of tokens[from, to) (the same buckets as extractFeatures on
 * tokens.slice(from, to)), without copying the tokens. With `into` (at least
 * (to - from) × NUM_FEATURES long) the buckets are written there and it is returned.
 * With `clusters` (indexed by token), the tokens' cluster ids are recorded there.
 */
export function featuresOfRange(
  tokens: readonly Token[],
  from: number,
  to: number,
  quotes: readonly QuoteRegion[],
  kind: string,
  bits: number,
  into?: Int32Array,
  clusters?: TokenClusters,
): Int32Array {
  const n = to - from;
  const shift = 32 - bits;
  // every one of the n × NF entries is written below, so a reused buffer needs no clearing
  const out = into && into.length >= n * NF ? into : new Int32Array(n * NF);
  // per position (padded by PAD boundary positions on each side): atoms and the token's template slots
  const m = n + 2 * PAD;
  // reused work arrays (see ./scratch.ts): the filled ones set their padding
  const F = I32.get(2, m * SLOTS);
  const W = I32.get(3, m).fill(1, 0, m);
  const LE = I32.get(4, m).fill(1, 0, m);
  const P = I32.get(5, m).fill(1, 0, m);
  const C = I32.get(6, m).fill(0, 0, m);
  const Q = I32.get(7, m).fill(0, 0, m);
  // word clusters (coarse, fine); -2 outside the segment
  const K1 = I32.get(12, m).fill(-2, 0, m);
  const K2 = I32.get(13, m).fill(-2, 0, m);
  for (let j = 0; j < PAD; j++) {
    F.set(BOUNDARY_SLOTS, j * SLOTS);
    F.set(BOUNDARY_SLOTS, (n + PAD + j) * SLOTS);
  }
  const SP = I32.get(8, n + 1).fill(7, 0, n + 1);
  const sent = I32.get(9, n);
  const cueLike = U8.get(0, n).fill(0, 0, n);
  // nearest cue-like token left/right within the segment
  const leftCue = I32.get(10, n);
  const rightCue = I32.get(11, n);
  // clause breaks since the last cue-like token (at most 2), and whether a "that" came since
  const isBreak = U8.get(1, n).fill(0, 0, n);
  const breaks = U8.get(2, n);
  const thatSince = U8.get(3, n);
  let brk = 0;
  let that = 0;
  let last = -1;
  for (let i = 0; i < n; i++) {
    const t = tokens[from + i]!;
    if (BREAK_MARKS.has(t.text) || (CLAUSE_WORDS.has(t.lower) && i > 0 && tokens[from + i - 1]!.text === ',')) {
      isBreak[i] = 1;
      brk = Math.min(2, brk + 1);
    }
    if (t.lower === 'that') that = 1;
    breaks[i] = brk;
    thatSince[i] = that;
    const a = wordAtoms(t);
    const j = i + PAD;
    W[j] = a.word;
    LE[j] = a.lemma;
    P[j] = a.pos;
    C[j] = a.cue;
    F.set(a.f, j * SLOTS);
    K1[j] = a.c1;
    K2[j] = a.c2;
    if (clusters) {
      clusters.coarse[from + i] = a.c1;
      clusters.fine[from + i] = a.c2;
    }
    SP[i] = a.special;
    sent[i] = t.sentence;
    let quote = 0;
    const tx = t.text;
    if (tx === '“' || tx === '"' || tx === '”') {
      quote = regionAt(quotes, t.end) ? 2 : 3; // opening: what follows is quoted
    } else if (regionAt(quotes, t.start)) quote = 1;
    Q[j] = quote;
    leftCue[i] = last;
    if (a.cueLike) {
      cueLike[i] = 1;
      last = i;
      brk = 0;
      that = 0;
    }
  }
  // clause breaks between each token and the next cue-like token
  const breaksAhead = U8.get(4, n);
  brk = 0;
  for (let i = n - 1; i >= 0; i--) {
    breaksAhead[i] = brk;
    if (cueLike[i]) brk = 0;
    if (isBreak[i]) brk = Math.min(2, brk + 1);
  }
  let next = -1;
  for (let i = n - 1; i >= 0; i--) {
    rightCue[i] = next;
    if (cueLike[i]) next = i;
  }
  // sentence bounds
  const { start: sentStart, end: sentEnd } = sentenceBounds(tokens, from, n);
  const kindH = hashString(kind);
  const kind0 = f2(T[40]!, kindH, 1) >>> shift;
  const kind1 = f2(T[40]!, kindH, 0) >>> shift;

  for (let i = 0; i < n; i++) {
    const j = i + PAD;
    const s = j * SLOTS;
    const sp1 = s - SLOTS, sp2 = s - 2 * SLOTS, sp3 = s - 3 * SLOTS;
    const sn1 = s + SLOTS, sn2 = s + 2 * SLOTS, sn3 = s + 3 * SLOTS;
    const w = W[j]!, p = P[j]!, c = C[j]!, q = Q[j]!;
    const pw = W[j - 1]!, pp = P[j - 1]!;
    const nw = W[j + 1]!, np = P[j + 1]!;
    let o = i * NF;
    out[o++] = BIAS >>> shift; // 1
    for (let k = 0; k < 8; k++) out[o++] = F[s + S_OWN + k]! >>> shift; // 2..9
    out[o++] = QUOTE1[q]! >>> shift; // 10
    out[o++] = F[s + S_QPOS + q]! >>> shift; // 11
    out[o++] = F[sp1 + S_P1W]! >>> shift; // 12
    out[o++] = F[sn1 + S_N1W]! >>> shift;
    out[o++] = F[sp2 + S_P2W]! >>> shift;
    out[o++] = F[sn2 + S_N2W]! >>> shift;
    out[o++] = F[sp1 + S_P1P]! >>> shift; // 16
    out[o++] = F[sn1 + S_N1P]! >>> shift;
    out[o++] = F[sp2 + S_P2P]! >>> shift;
    out[o++] = F[sn2 + S_N2P]! >>> shift;
    out[o++] = f2(T[20]!, pp, p) >>> shift;
    out[o++] = f2(T[21]!, p, np) >>> shift;
    out[o++] = f3(T[22]!, pp, p, np) >>> shift;
    out[o++] = f2(T[23]!, pw, w) >>> shift;
    out[o++] = f2(T[24]!, w, nw) >>> shift;
    out[o++] = F[sp1 + S_P1C]! >>> shift; // 25
    out[o++] = F[sn1 + S_N1C]! >>> shift;
    out[o++] = F[sp2 + S_P2C]! >>> shift;
    out[o++] = F[sn2 + S_N2C]! >>> shift;
    out[o++] = f2(T[29]!, LE[j - 1]!, c) >>> shift;
    out[o++] = f2(T[30]!, c, nw) >>> shift;
    out[o++] = PREV_QUOTE[Q[j - 1]!]! >>> shift; // 31
    out[o++] = NEXT_QUOTE[Q[j + 1]!]! >>> shift;
    out[o++] = F[sp3 + S_P3P]! >>> shift; // 33
    out[o++] = F[sn3 + S_N3P]! >>> shift;
    out[o++] = F[sp1 + S_P1S]! >>> shift; // 35
    out[o++] = F[sn1 + S_N1S]! >>> shift;
    // position in the sentence and segment
    const fromStart = distBucket(i - sentStart[i]!);
    out[o++] = FROM_START[fromStart]! >>> shift; // 37
    out[o++] = TO_END[distBucket(sentEnd[i]! - i)]! >>> shift;
    out[o++] = f2(T[39]!, fromStart, p) >>> shift;
    out[o++] = i === 0 ? kind0 : kind1; // 40
    // nearest cue-like words
    const l = leftCue[i]!;
    const r = rightCue[i]!;
    const lSame = l >= 0 && sent[l] === sent[i] ? 1 : 0;
    const rSame = r >= 0 && sent[r] === sent[i] ? 1 : 0;
    const lD = l >= 0 ? distBucket(i - l) : 15;
    const rD = r >= 0 ? distBucket(r - i) : 15;
    out[o++] = LEFT_CUE[(lD << 1) | lSame]! >>> shift; // 41
    out[o++] = RIGHT_CUE[(rD << 1) | rSame]! >>> shift;
    out[o++] = f3(T[43]!, lD, lSame, p) >>> shift;
    out[o++] = f3(T[44]!, rD, rSame, p) >>> shift;
    out[o++] = f2(T[45]!, l >= 0 ? LE[l + PAD]! : 3, lSame) >>> shift;
    out[o++] = f2(T[46]!, r >= 0 ? LE[r + PAD]! : 3, rSame) >>> shift;
    out[o++] = f3(T[47]!, l >= 0 ? SP[l + 1]! : 7, lSame, lD > 3 ? 4 : lD) >>> shift;
    out[o++] = SAME_QUOTE[(lSame << 3) | (rSame << 2) | q]! >>> shift; // 48
    out[o++] = f3(T[49]!, rD, rSame, r >= 1 ? SP[r - 1]! : 7) >>> shift;
    out[o++] = f2(T[50]!, W[j - 2]!, pw) >>> shift;
    out[o++] = f2(T[51]!, nw, W[j + 2]!) >>> shift;
    out[o++] = CUES_AROUND[((l >= 0 ? C[l + PAD]! : 0) * 6 + (r >= 0 ? C[r + PAD]! : 0)) * 4 + ((lSame << 1) | rSame)]! >>> shift; // 52
    out[o++] = f3(T[53]!, breaks[i]!, lSame, p) >>> shift;
    out[o++] = f3(T[54]!, thatSince[i]!, lD > 3 ? 4 : lD, lSame) >>> shift;
    out[o++] = f3(T[55]!, breaksAhead[i]!, rSame, p) >>> shift;
    // word clusters: the token's (coarse, fine), its neighbours' (fine), and coarse bigram
    out[o++] = f1(T[56]!, K1[j]!) >>> shift; // 56
    out[o++] = f1(T[57]!, K2[j]!) >>> shift;
    out[o++] = f1(T[58]!, K2[j - 1]!) >>> shift;
    out[o++] = f1(T[59]!, K2[j + 1]!) >>> shift;
    out[o++] = f2(T[60]!, K1[j - 1]!, K1[j]!) >>> shift; // 60
  }
  return out;
}
