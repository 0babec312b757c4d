// Training the attribution tagger: the shared averaged perceptron (./chain.ts)
// over the attribution features and labels. Deterministic: a seeded PRNG
// orders the sequences of each epoch. Also the training data both training
// scripts share (scripts/train-tagger.ts, scripts/train-content-ranker.ts):
// prepared gold documents, their unit sequences, and held-out first-pass labels.
import { mulberry32, type Sequence, type TrainOptions } from './chain.ts';
import { ATTRIBUTION_CHAIN, tagFeatures, type TaggerModel } from './model.ts';
import { detectLayout, readGold, type GoldArticle } from '../eval/corpus.ts';
import { analysisText, type Doc } from '../pipeline/doc.ts';
import { quoteRegions, type QuoteRegion } from '../attributions/quotes.ts';
import { goldLabels, prepareDoc, type GoldTagStats } from './data.ts';
import { unitFeatures, unitsOf, type Unit } from './tag.ts';
import { B, isInside, ROLE_OF } from './labels.ts';

export { mulberry32, type Sequence, type TrainOptions };

export function train(sequences: readonly Sequence[], opts: TrainOptions): TaggerModel {
  return ATTRIBUTION_CHAIN.train(sequences, opts);
}

/** A gold article made ready for training: tokens, units, first-pass features and gold labels. */
export interface Prepared {
  gold: GoldArticle;
  doc: Doc;
  quotes: QuoteRegion[];
  units: Unit[];
  unitOf: Int32Array;
  feats: Int32Array[];
  labels: Uint8Array;
}

export async function prepareGold(dir: string, bits: number, stats?: GoldTagStats): Promise<Prepared[]> {
  const { articles } = await readGold(detectLayout(dir));
  return articles.map((gold) => {
    const doc = prepareDoc(gold.text, gold.id);
    const tokens = doc.tokens!;
    const quotes = quoteRegions(analysisText(doc));
    const { units, unitOf } = unitsOf(doc);
    const labels = goldLabels(tokens, gold.attributions, stats);
    const feats = units.map((u) => unitFeatures(tokens, u, quotes, bits));
    return { gold, doc, quotes, units, unitOf, feats, labels };
  });
}

/** Training sequences, one per unit; `feats` picks the feature matrix of unit k of a doc. */
export function sequences(docs: readonly Prepared[], feats: (d: Prepared, k: number) => Int32Array = (d, k) => d.feats[k]!): Sequence[] {
  const out: Sequence[] = [];
  for (const d of docs) {
    d.units.forEach((u, k) => {
      const gold = d.labels.slice(u.first, u.last + 1);
      if (gold.length > 0 && isInside(gold[0]!)) gold[0] = B[ROLE_OF[gold[0]!]!]; // a run cut by the unit start
      out.push({ feats: feats(d, k), n: u.last - u.first + 1, gold });
    });
  }
  return out;
}

/**
 * Jackknife: the first-pass labels of each unit of each doc, from a model
 * trained without the doc's fold (docs k % folds). What the later stages learn
 * from, so that they see how the first pass errs on text it has not seen.
 */
export function heldOutFirstPass(
  docs: readonly Prepared[],
  folds: number,
  opts: TrainOptions,
  onFold?: (fold: number, trainedOn: number, tagged: number) => void,
): Map<Prepared, Uint8Array[]> {
  const out = new Map<Prepared, Uint8Array[]>();
  for (let f = 0; f < folds; f++) {
    const fold = docs.filter((_, k) => k % folds === f);
    const rest = docs.filter((_, k) => k % folds !== f);
    const m = train(sequences(rest), opts);
    for (const d of fold) out.set(d, d.units.map((u, k) => tagFeatures(m, d.feats[k]!, u.last - u.first + 1)));
    onFold?.(f, rest.length, fold.length);
  }
  return out;
}
