// Learn word clusters from raw text (no labels): each word type's left and
// right neighbours among the most frequent words, log-scaled, randomly
// projected (seeded ±1) to a few dozen dimensions, then spherical k-means at
// two granularities. Words used alike ("said"/"told", "Clinton"/"Trump",
// "Tuesday"/"Monday") share a cluster, a cheap stand-in for learned word
// vectors in the attribution tagger's features. Deterministic.
// Usage: npx tsx scripts/learn-clusters.ts [--texts DIR,DIR] [--out models/word-clusters.json.gz]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { scriptArgs } from '../src/cli/args.ts';
import { prepareDoc } from '../src/tagger/data.ts';
import { mulberry32 } from '../src/tagger/chain.ts';
import { clusterKey } from '../src/tagger/clusters.ts';

const { values } = scriptArgs(import.meta.url, {
  texts: { type: 'string', default: '../shared/polnear/data/train/text' },
  out: { type: 'string', default: 'models/word-clusters.json.gz' },
  'min-count': { type: 'string', default: '3' },
  contexts: { type: 'string', default: '1500' },
  dims: { type: 'string', default: '64' },
  k: { type: 'string', default: '48,384' },
  iterations: { type: 'string', default: '15' },
  seed: { type: 'string', default: '1' },
});
const minCount = Number(values['min-count']);
const NC = Number(values.contexts);
const D = Number(values.dims);
const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);

// token streams (one per segment-free doc; sentence breaks as a boundary word)
const streams: string[][] = [];
for (const dir of values.texts.split(',')) {
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const doc = prepareDoc(readFileSync(path.join(dir, name), 'utf8'), name);
    const words: string[] = [];
    let last = -1;
    for (const t of doc.tokens!) {
      if (t.sentence !== last) words.push('<s>');
      last = t.sentence;
      words.push(clusterKey(t));
    }
    words.push('<s>');
    streams.push(words);
  }
}
const freq = new Map<string, number>();
for (const s of streams) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const ctxIndex = new Map(byFreq.slice(0, NC).map(([w], k) => [w, k]));
const vocab = byFreq.filter(([w, c]) => c >= minCount && w !== '<s>').map(([w]) => w);
const vIndex = new Map(vocab.map((w, k) => [w, k]));
console.log(`${streams.length} docs, ${freq.size} types, ${vocab.length} with ≥ ${minCount} occurrences, at ${seconds()} s`);

// context counts, sparse per word: key = side * NC + context index
const counts: Array<Map<number, number>> = vocab.map(() => new Map());
for (const s of streams) {
  for (let i = 0; i < s.length; i++) {
    const v = vIndex.get(s[i]!);
    if (v === undefined) continue;
    const m = counts[v]!;
    for (const [off, side] of [[-1, 0], [1, 1], [-2, 2], [2, 3]] as const) {
      const c = ctxIndex.get(s[i + off] ?? '<s>');
      if (c === undefined) continue;
      const key = side * NC + c;
      m.set(key, (m.get(key) ?? 0) + (side < 2 ? 1 : 0.5));
    }
  }
}
// seeded ±1 projection of each context dimension
const rand = mulberry32(Number(values.seed));
const proj = new Int8Array(4 * NC * D);
for (let i = 0; i < proj.length; i++) proj[i] = rand() < 0.5 ? -1 : 1;
const X = new Float64Array(vocab.length * D);
for (let v = 0; v < vocab.length; v++) {
  const row = v * D;
  for (const [key, c] of counts[v]!) {
    const w = Math.log1p(c);
    const p = key * D;
    for (let d = 0; d < D; d++) X[row + d] = X[row + d]! + w * proj[p + d]!;
  }
  let n = 0;
  for (let d = 0; d < D; d++) n += X[row + d]! ** 2;
  n = Math.sqrt(n) || 1;
  for (let d = 0; d < D; d++) X[row + d] = X[row + d]! / n;
}
console.log(`projected at ${seconds()} s`);

/** Spherical k-means, initialised with the K most frequent words. */
function kmeans(K: number, iterations: number): Int32Array {
  const C = new Float64Array(K * D);
  C.set(X.subarray(0, K * D));
  const assign = new Int32Array(vocab.length);
  for (let it = 0; it < iterations; it++) {
    for (let v = 0; v < vocab.length; v++) {
      let best = 0;
      let top = -Infinity;
      for (let k = 0; k < K; k++) {
        let s = 0;
        for (let d = 0; d < D; d++) s += X[v * D + d]! * C[k * D + d]!;
        if (s > top) {
          top = s;
          best = k;
        }
      }
      assign[v] = best;
    }
    C.fill(0);
    for (let v = 0; v < vocab.length; v++) for (let d = 0; d < D; d++) C[assign[v]! * D + d] = C[assign[v]! * D + d]! + X[v * D + d]!;
    for (let k = 0; k < K; k++) {
      let n = 0;
      for (let d = 0; d < D; d++) n += C[k * D + d]! ** 2;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < D; d++) C[k * D + d] = C[k * D + d]! / n;
    }
  }
  return assign;
}
const levels = values.k.split(',').map(Number);
const assigns = levels.map((K) => kmeans(K, Number(values.iterations)));
console.log(`k-means ${levels.join(', ')} at ${seconds()} s`);
const table: Record<string, number[]> = {};
vocab.forEach((w, v) => (table[w] = assigns.map((a) => a[v]!)));
// a few groups to eyeball
for (const probe of ['said', 'clinton', 'tuesday', 'however']) {
  const v = vIndex.get(probe);
  if (v === undefined) continue;
  const k = assigns[assigns.length - 1]![v]!;
  console.log(`${probe}: ${vocab.filter((_, u) => assigns[assigns.length - 1]![u] === k).slice(0, 15).join(' ')}`);
}
const body = JSON.stringify({ levels, minCount, contexts: NC, dims: D, seed: Number(values.seed), clusters: table });
writeFileSync(values.out, gzipSync(Buffer.from(body, 'utf8'), { level: 9 }));
console.log(`wrote ${values.out} (${vocab.length} words) at ${seconds()} s`);
