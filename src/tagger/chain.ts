// A linear-chain averaged perceptron over hashed features, shared by the
// attribution tagger (src/tagger/model.ts) and the entity tagger
// (src/entities/tagger.ts): a weight table of 2^bits rows × labels, label
// transitions, first-order Viterbi restricted by an allowed-transition table,
// deterministic training, and the model file (gzip'd: a JSON header line,
// Float32 transitions, then Int16-quantised weights).
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';

/** What a tagger is: its label and feature counts, which transitions are allowed, and its file format. */
export interface ChainSpec {
  /** Model file `format` (a file of another format is refused). */
  format: string;
  featureVersion: number;
  labels: number;
  /** Feature slots per token. */
  features: number;
  /** Whether label `b` may follow label `a`; `a` = -1 at the start of a sequence. */
  allowed(a: number, b: number): boolean;
}

export interface ChainModel {
  bits: number;
  /** (2^bits) × labels emission weights. */
  weights: Float32Array;
  /** (labels + 1) × labels transitions; the last row is the start. */
  transitions: Float32Array;
  meta: Record<string, unknown>;
}

export interface Sequence {
  /** n × features feature buckets. */
  feats: Int32Array;
  n: number;
  gold: Uint8Array;
}

export interface TrainOptions {
  bits: number;
  epochs: number;
  seed?: number;
  /** Called after each epoch with the averaged model so far. */
  onEpoch?: (epoch: number, model: ChainModel, stats: { errors: number; tokens: number; ms: number }) => void;
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

const NEG = -1e30;

interface Header {
  format: string;
  featureVersion: number;
  bits: number;
  labels: number;
  features: number;
  scale: number;
  meta: Record<string, unknown>;
}

type Kernel = (weights: Float32Array | Float64Array, feats: Int32Array, n: number, e: Float32Array) => Float32Array;

/**
 * The emission loop for L labels and NF features, written out with one local
 * accumulator per label (a loop over labels inside the loop over features
 * runs about twice as slow), into `e` (n × L). Sums are in feature order, in
 * double precision.
 */
function emissionKernel(L: number, NF: number): Kernel {
  const ys = Array.from({ length: L }, (_, y) => y);
  const body = [
    'for (let i = 0; i < n; i++) {',
    `  const fb = i * ${NF};`,
    `  let ${ys.map((y) => `s${y} = 0`).join(', ')};`,
    `  for (let k = 0; k < ${NF}; k++) {`,
    `    const w = feats[fb + k] * ${L};`,
    ...ys.map((y) => `    s${y} += weights[w + ${y}];`),
    '  }',
    `  const eb = i * ${L};`,
    ...ys.map((y) => `  e[eb + ${y}] = s${y};`),
    '}',
    'return e;',
  ];
  return new Function('weights', 'feats', 'n', 'e', body.join('\n')) as Kernel;
}

type Forward = (em: Float32Array, transitions: Float32Array, n: number, score: Float64Array, back: Uint8Array) => void;

/**
 * Viterbi's forward pass for L labels under the allowed-transition table
 * (L + 1) × L, written out like the emission kernel: the allowed transitions
 * read once per call into locals, each label's predecessors compared in
 * ascending order with the same strict test (so ties resolve as in a loop over
 * all labels), no test of the table in the inner loop. Fills `score` and
 * `back` (n × L).
 */
function forwardKernel(L: number, allowed: Uint8Array): Forward {
  const ys = Array.from({ length: L }, (_, y) => y);
  const body = [
    ...ys.flatMap((p) => ys.filter((y) => allowed[p * L + y]).map((y) => `const t${p}_${y} = transitions[${p * L + y}];`)),
    ...ys.map((y) => (allowed[L * L + y] ? `score[${y}] = em[${y}] + transitions[${L * L + y}];` : `score[${y}] = ${NEG};`)),
    'for (let i = 1; i < n; i++) {',
    `  const pb = (i - 1) * ${L};`,
    `  const cb = i * ${L};`,
    ...ys.map((p) => `  const q${p} = score[pb + ${p}];`),
    '  let best, arg, s;',
    ...ys.flatMap((y) => [
      `  best = ${NEG}; arg = 0;`,
      ...ys.filter((p) => allowed[p * L + y]).map((p) => `  s = q${p} + t${p}_${y}; if (s > best) { best = s; arg = ${p}; }`),
      `  score[cb + ${y}] = best + em[cb + ${y}];`,
      `  back[cb + ${y}] = arg;`,
    ]),
    '}',
  ];
  return new Function('em', 'transitions', 'n', 'score', 'back', body.join('\n')) as Forward;
}

/** The operations of one tagger kind (its spec bound in). */
export class LinearChain {
  readonly spec: ChainSpec;
  private readonly L: number;
  private readonly NF: number;
  /** (L + 1) × L: 1 where the transition is allowed; the last row is the start. */
  private readonly ALLOWED: Uint8Array;
  private readonly kernel: Kernel;
  private readonly forward: Forward;
  /** Viterbi's score and back-pointer tables, reused (grown as needed). */
  private score = new Float64Array(0);
  private back = new Uint8Array(0);
  /** tag()'s emission scores, reused (viterbi reads only the first n × L). */
  private em = new Float32Array(0);

  constructor(spec: ChainSpec) {
    this.spec = spec;
    this.L = spec.labels;
    this.NF = spec.features;
    const L = spec.labels;
    this.ALLOWED = new Uint8Array((L + 1) * L);
    for (let p = 0; p <= L; p++) for (let y = 0; y < L; y++) this.ALLOWED[p * L + y] = spec.allowed(p === L ? -1 : p, y) ? 1 : 0;
    this.kernel = emissionKernel(L, spec.features);
    this.forward = forwardKernel(L, this.ALLOWED);
  }

  empty(bits: number): ChainModel {
    return { bits, weights: new Float32Array((1 << bits) * this.L), transitions: new Float32Array((this.L + 1) * this.L), meta: {} };
  }

  /** Emission scores n × L of a feature matrix (sums in feature order, in double precision). */
  emissions(weights: Float32Array | Float64Array, feats: Int32Array, n: number): Float32Array {
    return this.kernel(weights, feats, n, new Float32Array(n * this.L));
  }

  /** Best label sequence under the allowed transitions (first-order Viterbi). */
  viterbi(em: Float32Array, transitions: Float32Array, n: number): Uint8Array {
    const L = this.L;
    const out = new Uint8Array(n);
    if (n === 0) return out;
    // every entry read below is written first, so the reused buffers need no clearing
    if (this.score.length < n * L) {
      this.score = new Float64Array(2 * n * L);
      this.back = new Uint8Array(2 * n * L);
    }
    const score = this.score;
    const back = this.back;
    this.forward(em, transitions, n, score, back);
    let best = NEG;
    let arg = 0;
    const lb = (n - 1) * L;
    for (let y = 0; y < L; y++) {
      if (score[lb + y]! > best) {
        best = score[lb + y]!;
        arg = y;
      }
    }
    for (let i = n - 1; i >= 0; i--) {
      out[i] = arg;
      arg = back[i * L + arg]!;
    }
    return out;
  }

  tag(model: ChainModel, feats: Int32Array, n: number): Uint8Array {
    if (this.em.length < n * this.L) this.em = new Float32Array(2 * n * this.L);
    return this.viterbi(this.kernel(model.weights, feats, n, this.em), model.transitions, n);
  }

  /** Averaged structured perceptron; a seeded PRNG (mulberry32) orders the sequences of each epoch. */
  train(sequences: readonly Sequence[], opts: TrainOptions): ChainModel {
    const L = this.L;
    const NF = this.NF;
    const size = (1 << opts.bits) * L;
    const tsize = (L + 1) * L;
    const W = new Float64Array(size);
    const U = new Float64Array(size); // Σ c·Δ, for lazy averaging: avg = W − U / c
    const T = new Float64Array(tsize);
    const TU = new Float64Array(tsize);
    let c = 1;
    const rand = mulberry32(opts.seed ?? 1);
    const order = sequences.map((_, k) => k);
    let last: ChainModel | undefined;

    const average = (): ChainModel => {
      const weights = new Float32Array(size);
      for (let i = 0; i < size; i++) weights[i] = W[i]! - U[i]! / c;
      const transitions = new Float32Array(tsize);
      for (let i = 0; i < tsize; i++) transitions[i] = T[i]! - TU[i]! / c;
      return { bits: opts.bits, weights, transitions, meta: {} };
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
        const { feats, n, gold } = sequences[k]!;
        tokens += n;
        for (let i = 0; i < tsize; i++) tf[i] = T[i]!;
        const pred = this.viterbi(this.emissions(W, feats, n), tf, n);
        for (let i = 0; i < n; i++) {
          const g = gold[i]!;
          const p = pred[i]!;
          const pg = i === 0 ? L : gold[i - 1]!;
          const pp = i === 0 ? L : pred[i - 1]!;
          if (g !== p) {
            errors++;
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
        c++;
      }
      if (opts.onEpoch || epoch === opts.epochs) {
        last = average();
        opts.onEpoch?.(epoch, last, { errors, tokens, ms: performance.now() - t0 });
      }
    }
    return last ?? average();
  }

  /** Serialise: weights quantised to Int16 (scale = max |w| / 32767), transitions as Float32. */
  encode(model: ChainModel): Buffer {
    let max = 0;
    for (const w of model.weights) max = Math.max(max, Math.abs(w));
    const scale = max > 0 ? max / 32767 : 1;
    const q = new Int16Array(model.weights.length);
    for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
    const header: Header = {
      format: this.spec.format,
      featureVersion: this.spec.featureVersion,
      bits: model.bits,
      labels: this.L,
      features: this.NF,
      scale,
      meta: model.meta,
    };
    const head = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
    const trans = Buffer.from(new Float32Array(model.transitions).buffer);
    const body = Buffer.from(q.buffer, q.byteOffset, q.byteLength);
    return gzipSync(Buffer.concat([head, trans, body]), { level: 9 });
  }

  decode(buf: Buffer): ChainModel {
    const raw = gunzipSync(buf);
    const nl = raw.indexOf(10);
    const header = JSON.parse(raw.subarray(0, nl).toString('utf8')) as Header;
    if (header.format !== this.spec.format) throw new Error(`not an ${this.spec.format} model`);
    if (header.featureVersion !== this.spec.featureVersion || header.labels !== this.L || header.features !== this.NF) {
      throw new Error(`model was trained with other features (version ${header.featureVersion}, ${header.features} features); retrain it`);
    }
    let off = nl + 1;
    const tn = (this.L + 1) * this.L;
    const transitions = new Float32Array(tn);
    for (let i = 0; i < tn; i++) transitions[i] = raw.readFloatLE(off + 4 * i);
    off += 4 * tn;
    const size = (1 << header.bits) * this.L;
    const aligned = new Int16Array(size);
    new Uint8Array(aligned.buffer).set(raw.subarray(off, off + 2 * size));
    const weights = new Float32Array(size);
    for (let i = 0; i < size; i++) weights[i] = aligned[i]! * header.scale;
    return { bits: header.bits, weights, transitions, meta: header.meta };
  }

  save(model: ChainModel, file: string): number {
    const buf = this.encode(model);
    writeFileSync(file, buf);
    return buf.length;
  }

  load(file: string | URL): ChainModel {
    return this.decode(readFileSync(file));
  }
}
