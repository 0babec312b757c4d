// The tagger's model: a hashed weight table (rows × labels), label-transition
// weights, Viterbi decoding, and the model file (gzip'd binary: a JSON header
// line, then Int16-quantised weights).
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { NUM_FEATURES } from './features.ts';
import { allowed, NUM_LABELS } from './labels.ts';

export const FEATURE_VERSION = 2;

// local copies: under tsx's CommonJS transform an imported binding is read through a getter at every use
const NF = NUM_FEATURES;
const NL = NUM_LABELS;

export interface TaggerModel {
  bits: number;
  /** Feature slots per token: NUM_FEATURES for the first pass, more for the stacked second pass. */
  features: number;
  /** (2^bits) × NUM_LABELS emission weights. */
  weights: Float32Array;
  /** (NUM_LABELS + 1) × NUM_LABELS transitions; the last row is the start. */
  transitions: Float32Array;
  meta: Record<string, unknown>;
}

export function emptyModel(bits: number, features: number = NF): TaggerModel {
  return {
    bits,
    features,
    weights: new Float32Array((1 << bits) * NUM_LABELS),
    transitions: new Float32Array((NUM_LABELS + 1) * NUM_LABELS),
    meta: {},
  };
}

const NEG = -1e30;

/** Emission scores n × L of a feature matrix with `nf` slots per token. */
export function emissions(weights: Float32Array | Float64Array, feats: Int32Array, n: number, nf: number = NF): Float32Array {
  const L = NL;
  const NF = nf;
  const e = new Float32Array(n * L);
  for (let i = 0; i < n; i++) {
    const fb = i * NF;
    const eb = i * L;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0;
    for (let k = 0; k < NF; k++) {
      const w = feats[fb + k]! * L;
      s0 += weights[w]!;
      s1 += weights[w + 1]!;
      s2 += weights[w + 2]!;
      s3 += weights[w + 3]!;
      s4 += weights[w + 4]!;
      s5 += weights[w + 5]!;
      s6 += weights[w + 6]!;
    }
    e[eb] = s0;
    e[eb + 1] = s1;
    e[eb + 2] = s2;
    e[eb + 3] = s3;
    e[eb + 4] = s4;
    e[eb + 5] = s5;
    e[eb + 6] = s6;
  }
  return e;
}

const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((NUM_LABELS + 1) * NUM_LABELS);
  for (let p = 0; p <= NUM_LABELS; p++) {
    for (let y = 0; y < NUM_LABELS; y++) a[p * NUM_LABELS + y] = (p === NUM_LABELS ? allowed(0, y) : allowed(p, y)) ? 1 : 0;
  }
  return a;
})();

/** Best label sequence (first-order Viterbi; I-X only after B-X/I-X). */
export function viterbi(em: Float32Array, transitions: Float32Array, n: number): Uint8Array {
  const L = NL;
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  const startRow = L * L;
  for (let y = 0; y < L; y++) score[y] = ALLOWED[startRow + y] ? em[y]! + transitions[startRow + y]! : NEG;
  for (let i = 1; i < n; i++) {
    const pb = (i - 1) * L;
    const cb = i * L;
    for (let y = 0; y < L; y++) {
      let best = NEG;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!ALLOWED[p * L + y]) continue;
        const s = score[pb + p]! + transitions[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[cb + y] = best + em[cb + y]!;
      back[cb + y] = arg;
    }
  }
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

export function tagFeatures(model: TaggerModel, feats: Int32Array, n: number): Uint8Array {
  return viterbi(emissions(model.weights, feats, n, model.features), model.transitions, n);
}

// ---------------------------------------------------------------- model file

interface Header {
  format: 'attribution-tagger';
  featureVersion: number;
  bits: number;
  labels: number;
  features: number;
  scale: number;
  meta: Record<string, unknown>;
}

/** Serialise: weights quantised to Int16 (scale = max |w| / 32767), transitions as Float32. */
export function encodeModel(model: TaggerModel): Buffer {
  let max = 0;
  for (const w of model.weights) max = Math.max(max, Math.abs(w));
  const scale = max > 0 ? max / 32767 : 1;
  const q = new Int16Array(model.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(model.weights[i]! / scale);
  const header: Header = {
    format: 'attribution-tagger',
    featureVersion: FEATURE_VERSION,
    bits: model.bits,
    labels: NUM_LABELS,
    features: model.features,
    scale,
    meta: model.meta,
  };
  const head = Buffer.from(`${JSON.stringify(header)}\n`, 'utf8');
  const trans = Buffer.from(new Float32Array(model.transitions).buffer);
  const body = Buffer.from(q.buffer, q.byteOffset, q.byteLength);
  return gzipSync(Buffer.concat([head, trans, body]), { level: 9 });
}

export function decodeModel(buf: Buffer, features: number = NF): TaggerModel {
  const raw = gunzipSync(buf);
  const nl = raw.indexOf(10);
  const header = JSON.parse(raw.subarray(0, nl).toString('utf8')) as Header;
  if (header.format !== 'attribution-tagger') throw new Error('not an attribution-tagger model');
  if (header.featureVersion !== FEATURE_VERSION || header.labels !== NUM_LABELS || header.features !== features) {
    throw new Error(`model was trained with other features (version ${header.featureVersion}, ${header.features} features); retrain it`);
  }
  let off = nl + 1;
  const tn = (NUM_LABELS + 1) * NUM_LABELS;
  const transitions = new Float32Array(tn);
  for (let i = 0; i < tn; i++) transitions[i] = raw.readFloatLE(off + 4 * i);
  off += 4 * tn;
  const size = (1 << header.bits) * NUM_LABELS;
  const aligned = new Int16Array(size);
  new Uint8Array(aligned.buffer).set(raw.subarray(off, off + 2 * size));
  const weights = new Float32Array(size);
  for (let i = 0; i < size; i++) weights[i] = aligned[i]! * header.scale;
  return { bits: header.bits, features: header.features, weights, transitions, meta: header.meta };
}

export function saveModel(model: TaggerModel, file: string): number {
  const buf = encodeModel(model);
  writeFileSync(file, buf);
  return buf.length;
}

export function loadModel(file: string | URL, features: number = NF): TaggerModel {
  return decodeModel(readFileSync(file), features);
}
