// The stacked second pass. The first pass labels each token from its
// neighbourhood alone; the second sees those labels, so it can decide a token
// from what the first pass made of the whole sentence and its neighbours:
// "this sentence already has a cue and a source", "the previous sentence ended
// inside a content", "most of this sentence is content". Its features are the
// first pass's, plus STACK_FEATURES templates over the first-pass labels.
import type { Token } from '../nlp/wink.ts';
import { distBucket, f1, f2, f3, NUM_FEATURES, sentenceBounds } from './features.ts';
import { allowed, NUM_LABELS, ROLE_OF } from './labels.ts';
import { LinearChain } from './chain.ts';
import { FEATURE_VERSION } from './model.ts';

/** First-pass feature slots (0-based) the second pass keeps: bias, the token's own atoms, quote state, ±1 words and POS, cue distances, clause breaks. */
const BASE_SLOTS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 40, 41, 52, 53, 54, 55, 56];
const STACK_TEMPLATES = 15;
export const STACK_FEATURES = BASE_SLOTS.length + STACK_TEMPLATES;

const SEED: Int32Array = (() => {
  const t = new Int32Array(STACK_TEMPLATES + 1);
  for (let i = 0; i <= STACK_TEMPLATES; i++) t[i] = Math.imul(100 + i, 0x9e3779b1);
  return t;
})();

/** 0 none, 1 source, 2 cue, 3 content. */
const ROLE_CODE: Uint8Array = Uint8Array.from(ROLE_OF, (r) => (r === null ? 0 : r === 'source' ? 1 : r === 'cue' ? 2 : 3));
/** The label code outside the unit. */
const EDGE = 7;

/**
 * Second-pass features of tokens[from, from + n): per token, the BASE_SLOTS of
 * its first-pass row in `base` (n × NUM_FEATURES, hashed with the same bits),
 * then the templates over `first`, the first-pass labels of those tokens.
 */
export function stackFeatures(tokens: readonly Token[], from: number, n: number, base: Int32Array, first: ArrayLike<number>, bits: number): Int32Array {
  const NS = STACK_FEATURES;
  const NF = NUM_FEATURES;
  const shift = 32 - bits;
  const out = new Int32Array(n * NS);
  const lab = (i: number) => (i < 0 || i >= n ? EDGE : first[i]!);
  const role = (i: number) => (i < 0 || i >= n ? 4 : ROLE_CODE[first[i]!]!);
  // sentence bounds and summaries (within the unit)
  const { start: sentStart, end: sentEnd } = sentenceBounds(tokens, from, n);
  // per sentence start: bit set of roles present, and content share bucket
  const present = new Uint8Array(n);
  const share = new Uint8Array(n);
  for (let a = 0; a < n; a = sentEnd[a]! + 1) {
    const b = sentEnd[a]!;
    let bits3 = 0;
    let con = 0;
    for (let i = a; i <= b; i++) {
      const r = role(i);
      if (r > 0) bits3 |= 1 << (r - 1);
      if (r === 3) con++;
    }
    present[a] = bits3;
    const frac = con / (b - a + 1);
    share[a] = frac === 0 ? 0 : frac < 0.25 ? 1 : frac < 0.5 ? 2 : frac < 0.75 ? 3 : 4;
  }
  // nearest first-pass cue left and right
  const leftCue = new Int32Array(n);
  const rightCue = new Int32Array(n);
  let last = -1;
  for (let i = 0; i < n; i++) {
    leftCue[i] = last;
    if (role(i) === 2) last = i;
  }
  let next = -1;
  for (let i = n - 1; i >= 0; i--) {
    rightCue[i] = next;
    if (role(i) === 2) next = i;
  }
  const anyCue = last >= 0 ? 1 : 0;
  for (let i = 0; i < n; i++) {
    let o = i * NS;
    for (const k of BASE_SLOTS) out[o++] = base[i * NF + k]!;
    const y = lab(i);
    const r = role(i);
    const a = sentStart[i]!;
    const b = sentEnd[i]!;
    const l = leftCue[i]!;
    const rc = rightCue[i]!;
    const lSame = l >= 0 && l >= a ? 1 : 0;
    const rSame = rc >= 0 && rc <= b ? 1 : 0;
    out[o++] = f1(SEED[1]!, y) >>> shift;
    out[o++] = f1(SEED[2]!, lab(i - 1)) >>> shift;
    out[o++] = f1(SEED[3]!, lab(i + 1)) >>> shift;
    out[o++] = f2(SEED[4]!, lab(i - 1), y) >>> shift;
    out[o++] = f2(SEED[5]!, y, lab(i + 1)) >>> shift;
    out[o++] = f1(SEED[6]!, lab(i - 2)) >>> shift;
    out[o++] = f1(SEED[7]!, lab(i + 2)) >>> shift;
    out[o++] = f2(SEED[8]!, present[a]!, r) >>> shift;
    out[o++] = f3(SEED[9]!, l >= 0 ? distBucket(i - l) : 15, lSame, r) >>> shift;
    out[o++] = f3(SEED[10]!, rc >= 0 ? distBucket(rc - i) : 15, rSame, r) >>> shift;
    out[o++] = f2(SEED[11]!, share[a]!, r) >>> shift;
    out[o++] = f3(SEED[12]!, role(a - 1), i === a ? 1 : 0, r) >>> shift;
    out[o++] = f3(SEED[13]!, role(b + 1), i === b ? 1 : 0, r) >>> shift;
    out[o++] = f2(SEED[14]!, anyCue, r) >>> shift;
    out[o++] = f3(SEED[15]!, role(a), role(b), r) >>> shift;
  }
  return out;
}

/** The second pass's perceptron: the attribution labels over the stacked features. */
export const STACKED_CHAIN = new LinearChain({
  format: 'attribution-tagger-stacked',
  featureVersion: FEATURE_VERSION,
  labels: NUM_LABELS,
  features: STACK_FEATURES,
  allowed,
});
