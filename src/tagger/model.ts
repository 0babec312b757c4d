// The attribution tagger's model: the shared linear-chain perceptron
// (./chain.ts) over the attribution features and BIO roles, and its model file.
import { LinearChain, type ChainModel } from './chain.ts';
import { NUM_FEATURES } from './features.ts';
import { allowed, NUM_LABELS } from './labels.ts';

export const FEATURE_VERSION = 3;

export type TaggerModel = ChainModel;

export const ATTRIBUTION_CHAIN = new LinearChain({
  format: 'attribution-tagger',
  featureVersion: FEATURE_VERSION,
  labels: NUM_LABELS,
  features: NUM_FEATURES,
  allowed,
});

export const emptyModel = (bits: number): TaggerModel => ATTRIBUTION_CHAIN.empty(bits);

/** Emission scores n × NUM_LABELS of a feature matrix. */
export const emissions = (weights: Float32Array | Float64Array, feats: Int32Array, n: number): Float32Array =>
  ATTRIBUTION_CHAIN.emissions(weights, feats, n);

/** Best label sequence (first-order Viterbi; I-X only after B-X/I-X). */
export const viterbi = (em: Float32Array, transitions: Float32Array, n: number): Uint8Array => ATTRIBUTION_CHAIN.viterbi(em, transitions, n);

export const tagFeatures = (model: TaggerModel, feats: Int32Array, n: number): Uint8Array => ATTRIBUTION_CHAIN.tag(model, feats, n);

/** Serialise: weights quantised to Int16 (scale = max |w| / 32767), transitions as Float32. */
export const encodeModel = (model: TaggerModel): Buffer => ATTRIBUTION_CHAIN.encode(model);
export const decodeModel = (buf: Buffer): TaggerModel => ATTRIBUTION_CHAIN.decode(buf);
export const saveModel = (model: TaggerModel, file: string): number => ATTRIBUTION_CHAIN.save(model, file);
export const loadModel = (file: string | URL): TaggerModel => ATTRIBUTION_CHAIN.load(file);
