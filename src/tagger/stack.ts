// The stacked second pass. The first pass labels each token from its
// neighbourhood alone; the second sees those labels, so it can decide a token
// from what the first pass made of the whole sentence and its neighbours:
// "this sentence already has a cue and a source", "the previous sentence ended
// inside a content", "most of this sentence is content". Its features are the
// first pass's, plus STACK_FEATURES templates over the first-pass labels.
import type { Token } from '../nlp/wink.ts';
import { distBucket, f1, f2, f3, NUM_FEATURES, sentenceBounds, table } from './features.ts';
import { allowed, NUM_LABELS, ROLE_OF } from './labels.ts';
import { LinearChain } from './chain.ts';
import { int32Scratch, uint8Scratch } from './scratch.ts';
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

/** Sizes of the templates' argument ranges: label codes 0..EDGE, role codes 0..4 (4 outside the unit), distance buckets 0..15, present-role bit sets 0..7, share buckets 0..4. */
const LAB = EDGE + 1;
const ROLE = 5;
const DIST = 16;
/**
 * Every template takes a few small integers, so its unshifted hashes are
 * tabulated once (index: the arguments in mixed radix, first argument most
 * significant) instead of hashed per token; the same hashes as f1/f2/f3.
 */
const TAB: Int32Array[] = [
  new Int32Array(0),
  table(LAB, (y) => f1(SEED[1]!, y)),
  table(LAB, (x) => f1(SEED[2]!, x)),
  table(LAB, (x) => f1(SEED[3]!, x)),
  table(LAB * LAB, (x) => f2(SEED[4]!, Math.floor(x / LAB), x % LAB)),
  table(LAB * LAB, (x) => f2(SEED[5]!, Math.floor(x / LAB), x % LAB)),
  table(LAB, (x) => f1(SEED[6]!, x)),
  table(LAB, (x) => f1(SEED[7]!, x)),
  table(8 * ROLE, (x) => f2(SEED[8]!, Math.floor(x / ROLE), x % ROLE)),
  table(DIST * 2 * ROLE, (x) => f3(SEED[9]!, Math.floor(x / (2 * ROLE)), Math.floor(x / ROLE) % 2, x % ROLE)),
  table(DIST * 2 * ROLE, (x) => f3(SEED[10]!, Math.floor(x / (2 * ROLE)), Math.floor(x / ROLE) % 2, x % ROLE)),
  table(5 * ROLE, (x) => f2(SEED[11]!, Math.floor(x / ROLE), x % ROLE)),
  table(ROLE * 2 * ROLE, (x) => f3(SEED[12]!, Math.floor(x / (2 * ROLE)), Math.floor(x / ROLE) % 2, x % ROLE)),
  table(ROLE * 2 * ROLE, (x) => f3(SEED[13]!, Math.floor(x / (2 * ROLE)), Math.floor(x / ROLE) % 2, x % ROLE)),
  table(2 * ROLE, (x) => f2(SEED[14]!, Math.floor(x / ROLE), x % ROLE)),
  table(ROLE * ROLE * ROLE, (x) => f3(SEED[15]!, Math.floor(x / (ROLE * ROLE)), Math.floor(x / ROLE) % ROLE, x % ROLE)),
];

const I32 = int32Scratch();
const U8 = uint8Scratch();

/**
 * Second-pass features of tokens[from, from + n): per token, the BASE_SLOTS of
 * its first-pass row in `base` (n × NUM_FEATURES, hashed with the same bits),
 * then the templates over `first`, the first-pass labels of those tokens.
 * With `into` (at least n × STACK_FEATURES long) they are written there.
 */
export function stackFeatures(
  tokens: readonly Token[],
  from: number,
  n: number,
  base: Int32Array,
  first: ArrayLike<number>,
  bits: number,
  into?: Int32Array,
): Int32Array {
  const NS = STACK_FEATURES;
  const NF = NUM_FEATURES;
  const shift = 32 - bits;
  const out = into && into.length >= n * NS ? into : new Int32Array(n * NS);
  const lab = (i: number) => (i < 0 || i >= n ? EDGE : first[i]!);
  const role = (i: number) => (i < 0 || i >= n ? 4 : ROLE_CODE[first[i]!]!);
  // sentence bounds and summaries (within the unit)
  const { start: sentStart, end: sentEnd } = sentenceBounds(tokens, from, n);
  // per sentence start: bit set of roles present, and content share bucket
  // reused work arrays (see ./scratch.ts), written at every sentence start before being read there
  const present = U8.get(0, n);
  const share = U8.get(1, n);
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
  const leftCue = I32.get(0, n);
  const rightCue = I32.get(1, n);
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
    // the templates, tabulated (see TAB): the index is the arguments' mixed radix
    const pl = lab(i - 1);
    const nl = lab(i + 1);
    out[o++] = TAB[1]![y]! >>> shift;
    out[o++] = TAB[2]![pl]! >>> shift;
    out[o++] = TAB[3]![nl]! >>> shift;
    out[o++] = TAB[4]![pl * LAB + y]! >>> shift;
    out[o++] = TAB[5]![y * LAB + nl]! >>> shift;
    out[o++] = TAB[6]![lab(i - 2)]! >>> shift;
    out[o++] = TAB[7]![lab(i + 2)]! >>> shift;
    out[o++] = TAB[8]![present[a]! * ROLE + r]! >>> shift;
    out[o++] = TAB[9]![((l >= 0 ? distBucket(i - l) : 15) * 2 + lSame) * ROLE + r]! >>> shift;
    out[o++] = TAB[10]![((rc >= 0 ? distBucket(rc - i) : 15) * 2 + rSame) * ROLE + r]! >>> shift;
    out[o++] = TAB[11]![share[a]! * ROLE + r]! >>> shift;
    out[o++] = TAB[12]![(role(a - 1) * 2 + (i === a ? 1 : 0)) * ROLE + r]! >>> shift;
    out[o++] = TAB[13]![(role(b + 1) * 2 + (i === b ? 1 : 0)) * ROLE + r]! >>> shift;
    out[o++] = TAB[14]![anyCue * ROLE + r]! >>> shift;
    out[o++] = TAB[15]![(role(a) * ROLE + role(b)) * ROLE + r]! >>> shift;
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
