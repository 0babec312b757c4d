// Tagging a pipeline Doc: one sequence per segment (a paragraph, heading or
// boilerplate line), features, Viterbi, then the labels of every doc token.
import type { Doc } from '../pipeline/doc.ts';
import type { Token } from '../nlp/wink.ts';
import { quoteRegions, type QuoteRegion } from '../attributions/quotes.ts';
import { extractFeatures } from './features.ts';
import { tagFeatures, type TaggerModel } from './model.ts';

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
  return extractFeatures({ text, tokens: tokens.slice(u.first, u.last + 1), quotes, kind: u.kind }, bits);
}

/** Labels of every doc token (0 = O for tokens outside any unit). */
export function tagDoc(doc: Doc, model: TaggerModel, quotes: readonly QuoteRegion[] = quoteRegions(doc.text)): { labels: Uint8Array; unitOf: Int32Array } {
  const tokens = doc.tokens ?? [];
  const { units, unitOf } = unitsOf(doc);
  const labels = new Uint8Array(tokens.length);
  for (const u of units) {
    const n = u.last - u.first + 1;
    const feats = unitFeatures(doc.text, tokens, u, quotes, model.bits);
    labels.set(tagFeatures(model, feats, n), u.first);
  }
  return { labels, unitOf };
}
