// Training the attribution tagger: the shared averaged perceptron (./chain.ts)
// over the attribution features and labels. Deterministic: a seeded PRNG
// orders the sequences of each epoch.
import { mulberry32, type Sequence, type TrainOptions } from './chain.ts';
import { ATTRIBUTION_CHAIN, type TaggerModel } from './model.ts';

export { mulberry32, type Sequence, type TrainOptions };

export function train(sequences: readonly Sequence[], opts: TrainOptions): TaggerModel {
  return ATTRIBUTION_CHAIN.train(sequences, opts);
}
