// Averaged structured perceptron over Viterbi-decoded sequences. Deterministic:
// a seeded PRNG (mulberry32) orders the sequences of each epoch.
import { emissions, viterbi, type TaggerModel } from './model.ts';
import { NUM_FEATURES } from './features.ts';
import { NUM_LABELS } from './labels.ts';

export interface Sequence {
  /** n × features feature buckets (TrainOptions.features, default NUM_FEATURES). */
  feats: Int32Array;
  n: number;
  gold: Uint8Array;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  /** Feature slots per token (default NUM_FEATURES). */
  features?: number;
  seed?: number;
  /** Called after each epoch with the averaged model so far. */
  onEpoch?: (epoch: number, model: TaggerModel, stats: { errors: number; tokens: number; ms: number }) => void;
}

export function train(sequences: readonly Sequence[], opts: TrainOptions): TaggerModel {
  const L = NUM_LABELS;
  const NF = opts.features ?? NUM_FEATURES;
  const size = (1 << opts.bits) * L;
  const tsize = (L + 1) * L;
  const W = new Float64Array(size);
  const U = new Float64Array(size); // Σ c·Δ, for lazy averaging: avg = W − U / c
  const T = new Float64Array(tsize);
  const TU = new Float64Array(tsize);
  let c = 1;
  const rand = mulberry32(opts.seed ?? 1);
  const order = sequences.map((_, k) => k);
  let last: TaggerModel | undefined;

  const average = (): TaggerModel => {
    const weights = new Float32Array(size);
    for (let i = 0; i < size; i++) weights[i] = W[i]! - U[i]! / c;
    const transitions = new Float32Array(tsize);
    for (let i = 0; i < tsize; i++) transitions[i] = T[i]! - TU[i]! / c;
    return { bits: opts.bits, features: NF, weights, transitions, meta: {} };
  };

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const t0 = performance.now();
    // Fisher–Yates with the seeded PRNG
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let errors = 0;
    let tokens = 0;
    const tf = new Float32Array(T); // transitions as used for decoding
    for (const k of order) {
      const seq = sequences[k]!;
      const { feats, n, gold } = seq;
      tokens += n;
      for (let i = 0; i < tsize; i++) tf[i] = T[i]!;
      const pred = viterbi(emissions(W, feats, n, NF), tf, n);
      let wrong = false;
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        const pg = i === 0 ? L : gold[i - 1]!;
        const pp = i === 0 ? L : pred[i - 1]!;
        if (g !== p) {
          errors++;
          wrong = true;
          const fb = i * NF;
          for (let f = 0; f < NF; f++) {
            const row = feats[fb + f]! * L;
            W[row + g]! += 1;
            U[row + g]! += c;
            W[row + p]! -= 1;
            U[row + p]! -= c;
          }
        }
        if (g !== p || pg !== pp) {
          T[pg * L + g]! += 1;
          TU[pg * L + g]! += c;
          T[pp * L + p]! -= 1;
          TU[pp * L + p]! -= c;
        }
      }
      void wrong;
      c++;
    }
    if (opts.onEpoch || epoch === opts.epochs) {
      last = average();
      opts.onEpoch?.(epoch, last, { errors, tokens, ms: performance.now() - t0 });
    }
  }
  return last ?? average();
}
