// Tagging a pipeline Doc: one sequence per segment (a paragraph, heading or
// boilerplate line), features, Viterbi, then the labels of every doc token.
import type { Doc } from '../pipeline/doc.ts';
import type { Token } from '../nlp/wink.ts';
import { quoteRegions, type QuoteRegion } from '../attributions/quotes.ts';
import { featuresOfRange, NUM_FEATURES } from './features.ts';
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

export function unitFeatures(text: string, tokens: readonly Token[], u: Unit, quotes: readonly QuoteRegion[], bits: number): Int32Array {
  return featuresOfRange(tokens, u.first, u.last + 1, quotes, u.kind, bits);
}

let scratch = new Int32Array(0);
let stackScratch = new Int32Array(0);

/**
 * Labels of every doc token (0 = O for tokens outside any unit): the first
 * pass, then, with `stacked`, the second pass over the first one's labels.
 */
export function tagDoc(
  doc: Doc,
  model: TaggerModel,
  quotes: readonly QuoteRegion[] = quoteRegions(doc.text),
  stacked?: TaggerModel,
): { labels: Uint8Array; unitOf: Int32Array } {
  const tokens = doc.tokens ?? [];
  const { units, unitOf } = unitsOf(doc);
  const labels = new Uint8Array(tokens.length);
  for (const u of units) {
    const n = u.last - u.first + 1;
    // one feature buffer for all units (tagFeatures reads only its first n rows)
    if (scratch.length < n * NUM_FEATURES) scratch = new Int32Array(Math.max(n * NUM_FEATURES, 2 * scratch.length));
    const feats = featuresOfRange(tokens, u.first, u.last + 1, quotes, u.kind, model.bits, scratch);
    const first = tagFeatures(model, feats, n);
    if (stacked && stackScratch.length < n * STACK_FEATURES) stackScratch = new Int32Array(Math.max(n * STACK_FEATURES, 2 * stackScratch.length));
    labels.set(stacked ? STACKED_CHAIN.tag(stacked, stackFeatures(tokens, u.first, n, feats, first, stacked.bits, stackScratch), n) : first, u.first);
  }
  return { labels, unitOf };
}
