// Tagging a pipeline Doc: one sequence per segment (a paragraph, heading or
// boilerplate line), features, Viterbi, then the labels of every doc token.
import { analysisText, type Doc } from '../pipeline/doc.ts';
import type { Token } from '../nlp/wink.ts';
import { quoteRegions, type QuoteRegion } from '../attributions/quotes.ts';
import { featuresOfRange, NUM_FEATURES } from './features.ts';
import { NOT_LOOKED_UP, type TokenClusters } from './clusters.ts';
import { tagFeatures, type TaggerModel } from './model.ts';
import { STACK_FEATURES, STACKED_CHAIN, stackFeatures } from './stack.ts';

export interface Unit {
  /** Doc token range [first, last], inclusive. */
  first: number;
  last: number;
  kind: string;
}

/** Segments as token ranges (via the sentences' segment index). */
export function unitsOf(doc: Doc): { units: Unit[]; unitOf: Int32Array } {
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const unitOf = new Int32Array(tokens.length).fill(-1);
  const units: Unit[] = [];
  let lastSeg = -1;
  sentences.forEach((s, k) => {
    const [a, b] = ranges[k]!;
    if (b < a) return;
    if (s.segment !== lastSeg || units.length === 0) {
      units.push({ first: a, last: b, kind: s.kind });
      lastSeg = s.segment;
    } else units[units.length - 1]!.last = b;
    for (let i = a; i <= b; i++) unitOf[i] = units.length - 1;
  });
  return { units, unitOf };
}

export function unitFeatures(tokens: readonly Token[], u: Unit, quotes: readonly QuoteRegion[], bits: number): Int32Array {
  return featuresOfRange(tokens, u.first, u.last + 1, quotes, u.kind, bits);
}

let scratch = new Int32Array(0);
let stackScratch = new Int32Array(0);
/** Tokens whose first-pass features are kept at once (a larger unit is a window of its own). */
const WINDOW = 16_384;

/**
 * Labels of every doc token (0 = O for tokens outside any unit): the first
 * pass, then, with `stacked`, the second pass over the first one's labels;
 * and the word clusters its features looked up (NOT_LOOKED_UP outside units),
 * which the content ranker reuses rather than looking them up again.
 * Each pass runs over a window of units before the next starts, so that one
 * weight table at a time is read (the two do not fit in cache together).
 */
export function tagDoc(
  doc: Doc,
  model: TaggerModel,
  quotes: readonly QuoteRegion[] = quoteRegions(analysisText(doc)),
  stacked?: TaggerModel,
): { labels: Uint8Array; unitOf: Int32Array; clusters: TokenClusters } {
  const tokens = doc.tokens ?? [];
  const { units, unitOf } = unitsOf(doc);
  const labels = new Uint8Array(tokens.length);
  const clusters = { coarse: new Int32Array(tokens.length).fill(NOT_LOOKED_UP), fine: new Int32Array(tokens.length).fill(NOT_LOOKED_UP) };
  const first = new Uint8Array(tokens.length);
  for (let a = 0; a < units.length; ) {
    // units [a, b) of the window; their first-pass features at each unit's offset from the window's first token
    const base = units[a]!.first;
    let b = a + 1;
    while (b < units.length && units[b]!.last + 1 - base <= WINDOW) b++;
    const size = (units[b - 1]!.last + 1 - base) * NUM_FEATURES;
    if (scratch.length < size) scratch = new Int32Array(Math.max(size, 2 * scratch.length));
    const feats = (u: Unit) => scratch.subarray((u.first - base) * NUM_FEATURES, (u.last + 1 - base) * NUM_FEATURES);
    for (let k = a; k < b; k++) {
      const u = units[k]!;
      first.set(tagFeatures(model, featuresOfRange(tokens, u.first, u.last + 1, quotes, u.kind, model.bits, feats(u), clusters), u.last - u.first + 1), u.first);
    }
    for (let k = a; k < b; k++) {
      const u = units[k]!;
      const n = u.last - u.first + 1;
      if (!stacked) {
        labels.set(first.subarray(u.first, u.last + 1), u.first);
        continue;
      }
      if (stackScratch.length < n * STACK_FEATURES) stackScratch = new Int32Array(Math.max(n * STACK_FEATURES, 2 * stackScratch.length));
      const second = stackFeatures(tokens, u.first, n, feats(u), first.subarray(u.first, u.last + 1), stacked.bits, stackScratch);
      labels.set(STACKED_CHAIN.tag(stacked, second, n), u.first);
    }
    a = b;
  }
  return { labels, unitOf, clusters };
}
