// Train the content-boundary ranker (src/tagger/content-ranker.ts) on PolNeAR train.
//   npx tsx scripts/train-content-ranker.ts [--epochs N] [--bits B] [--folds K] [--out models/content-ranker.bin.gz]
// Tagger labels of each train document come from a first pass trained without
// its fold (the same jackknife as the stacked pass), then the shipped stacked
// pass over them, so the ranker sees the tagger's errors on unseen text.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { detectLayout, readGold } from '../src/eval/corpus.ts';
import { quoteRegions } from '../src/attributions/quotes.ts';
import { goldLabels, prepareDoc } from '../src/tagger/data.ts';
import { unitFeatures, unitsOf } from '../src/tagger/tag.ts';
import { tagFeatures } from '../src/tagger/model.ts';
import { train, mulberry32, type Sequence } from '../src/tagger/train.ts';
import { B, isInside, ROLE_OF } from '../src/tagger/labels.ts';
import { attach, runsOf } from '../src/tagger/decode.ts';
import { STACKED_CHAIN, stackFeatures } from '../src/tagger/stack.ts';
import { draftFeatures, FILTER_FORMAT, trainFilter } from '../src/tagger/draft-filter.ts';
import type { Draft } from '../src/tagger/decode.ts';
import { endCandidates, rankerDoc, refineDrafts, saveRanker, startCandidates, trainRanker, type RankExample } from '../src/tagger/content-ranker.ts';

const { values } = parseArgs({
  options: {
    epochs: { type: 'string', default: '6' },
    bits: { type: 'string', default: '18' },
    'tagger-epochs': { type: 'string', default: '10' },
    'tagger-bits': { type: 'string', default: '18' },
    seed: { type: 'string', default: '1' },
    folds: { type: 'string', default: '5' },
    stacked: { type: 'string', default: 'models/attribution-tagger-stacked.bin.gz' },
    out: { type: 'string', default: 'models/content-ranker.bin.gz' },
    train: { type: 'string', default: '../shared/polnear/data/train' },
    'stacked-mode': { type: 'string', default: 'shipped' },
    cache: { type: 'string' },
    'filter-out': { type: 'string', default: 'models/attribution-filter.bin.gz' },
    'filter-epochs': { type: 'string', default: '10' },
    'filter-label': { type: 'string', default: 'cue' },
    bags: { type: 'string', default: '1' },
  },
});
const bits = Number(values.bits);
const tbits = Number(values['tagger-bits']);
const tepochs = Number(values['tagger-epochs']);
const seed = Number(values.seed);
const folds = Number(values.folds);
const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);

const { articles } = await readGold(detectLayout(values.train));
const docs = articles.map((gold) => {
  const doc = prepareDoc(gold.text, gold.id);
  const tokens = doc.tokens!;
  const quotes = quoteRegions(doc.text);
  const { units, unitOf } = unitsOf(doc);
  const labels = goldLabels(tokens, gold.attributions);
  const feats = units.map((u) => unitFeatures(doc.text, tokens, u, quotes, tbits));
  return { gold, doc, quotes, units, unitOf, labels, feats };
});
type D = (typeof docs)[number];
console.log(`prepared ${docs.length} docs at ${seconds()} s`);

function sequences(list: readonly D[]): Sequence[] {
  const out: Sequence[] = [];
  for (const d of list) {
    d.units.forEach((u, k) => {
      const gold = d.labels.slice(u.first, u.last + 1);
      if (gold.length > 0 && isInside(gold[0]!)) gold[0] = B[ROLE_OF[gold[0]!]!];
      out.push({ feats: d.feats[k]!, n: u.last - u.first + 1, gold });
    });
  }
  return out;
}

/** Labels of every doc token from a first pass trained without the doc's fold (cached in --cache when given). */
const first = new Map<D, Uint8Array>();
const cached = values.cache && existsSync(values.cache) ? readFileSync(values.cache) : null;
if (cached) {
  let o = 0;
  for (const d of docs) {
    const n = d.doc.tokens!.length;
    first.set(d, new Uint8Array(cached.subarray(o, o + n)));
    o += n;
  }
}
for (let f = 0; f < folds && !cached; f++) {
  const m = train(sequences(docs.filter((_, k) => k % folds !== f)), { bits: tbits, epochs: tepochs, seed });
  for (const d of docs.filter((_, k) => k % folds === f)) {
    const labels = new Uint8Array(d.doc.tokens!.length);
    d.units.forEach((u, k) => labels.set(tagFeatures(m, d.feats[k]!, u.last - u.first + 1), u.first));
    first.set(d, labels);
  }
  console.log(`first pass, fold ${f + 1}/${folds} at ${seconds()} s`);
}
if (values.cache && !cached) writeFileSync(values.cache, Buffer.concat(docs.map((d) => first.get(d)!)));

/** Second-pass features of unit k of a doc over its jackknifed first-pass labels. */
const stackedFeats = (d: D, k: number, bits2: number): Int32Array => {
  const u = d.units[k]!;
  return stackFeatures(d.doc.tokens!, u.first, u.last - u.first + 1, d.feats[k]!, first.get(d)!.subarray(u.first, u.last + 1), bits2);
};
/** The final tagger labels: the second pass over the first-pass labels, itself trained without the doc's fold (or the shipped one, or none). */
const tagged = new Map<D, Uint8Array>();
for (let f = 0; f < folds; f++) {
  const fold = docs.filter((_, k) => k % folds === f);
  let second: ReturnType<typeof STACKED_CHAIN.load> | undefined;
  if (values['stacked-mode'] === 'shipped') second = STACKED_CHAIN.load(values.stacked);
  else if (values['stacked-mode'] === 'jackknife') {
    const seqs: Sequence[] = [];
    for (const d of docs.filter((_, k) => k % folds !== f)) {
      d.units.forEach((u, k) => {
        const gold = d.labels.slice(u.first, u.last + 1);
        if (gold.length > 0 && isInside(gold[0]!)) gold[0] = B[ROLE_OF[gold[0]!]!];
        seqs.push({ feats: stackedFeats(d, k, tbits), n: u.last - u.first + 1, gold });
      });
    }
    second = STACKED_CHAIN.train(seqs, { bits: tbits, epochs: tepochs, seed });
  }
  for (const d of fold) {
    if (!second) {
      tagged.set(d, first.get(d)!);
      continue;
    }
    const labels = new Uint8Array(d.doc.tokens!.length);
    d.units.forEach((u, k) => labels.set(STACKED_CHAIN.tag(second, stackedFeats(d, k, second.bits), u.last - u.first + 1), u.first));
    tagged.set(d, labels);
  }
  console.log(`second pass (${values['stacked-mode']}), fold ${f + 1}/${folds} at ${seconds()} s`);
}

// ranking examples: tagged attributions whose cue overlaps a gold cue, against that gold content's first and last word
const examples: RankExample[] = [];
const perDoc: Array<{ tokens: D['doc']['tokens'] & {}; rdoc: ReturnType<typeof rankerDoc>; drafts: Draft[]; gold: Array<{ cueLo: number; cueHi: number; srcLo: number; srcHi: number; conLo: number; conHi: number }> }> = [];
let drafts = 0;
let matched = 0;
let reachable = [0, 0];
let taggerRight = [0, 0];
const WORD = /[\p{L}\p{N}]/u;
for (const d of docs) {
  const tokens = d.doc.tokens!;
  const labels = tagged.get(d)!;
  const rdoc = rankerDoc(tokens, labels, d.unitOf, d.quotes);
  const runs = runsOf(labels, d.unitOf);
  const ds = attach(tokens, labels, runs);
  const tokenRange = (s: number, e: number): [number, number] => {
    let a = -1;
    let b = -1;
    for (const t of tokens) {
      if (t.end <= s || t.start >= e || !WORD.test(t.text)) continue;
      if (a < 0) a = t.i;
      b = t.i;
    }
    return [a, b];
  };
  const gold = d.gold.attributions.map((g) => {
    const cue = g.cue.map(([s, e]) => tokenRange(s, e)).filter(([a]) => a >= 0);
    const con = g.content?.map(([s, e]) => tokenRange(s, e)).filter(([a]) => a >= 0) ?? [];
    const src = g.source?.map(([s, e]) => tokenRange(s, e)).filter(([a]) => a >= 0) ?? [];
    return {
      srcLo: src.length ? Math.min(...src.map(([a]) => a)) : -1,
      srcHi: src.length ? Math.max(...src.map(([, b]) => b)) : -1,
      cueLo: Math.min(...cue.map(([a]) => a)),
      cueHi: Math.max(...cue.map(([, b]) => b)),
      conLo: con.length ? Math.min(...con.map(([a]) => a)) : -1,
      conHi: con.length ? Math.max(...con.map(([, b]) => b)) : -1,
    };
  });
  perDoc.push({ tokens, rdoc, drafts: ds, gold });
  for (const dr of ds) {
    drafts++;
    const g = gold.find((x) => x.cueLo <= dr.cue.last && dr.cue.first <= x.cueHi && x.conLo >= 0);
    if (!g) continue;
    matched++;
    const ends = endCandidates(rdoc, dr, bits);
    if (ends) {
      const k = ends.at.indexOf(g.conHi);
      if (k >= 0) {
        reachable[1]!++;
        if (k === ends.tagger) taggerRight[1]!++;
        examples.push({ c: ends, gold: k });
      }
    }
    const starts = startCandidates(rdoc, dr, bits);
    if (starts) {
      const k = starts.at.indexOf(g.conLo);
      if (k >= 0) {
        reachable[0]!++;
        if (k === starts.tagger) taggerRight[0]!++;
        examples.push({ c: starts, gold: k });
      }
    }
  }
}
console.log(`${drafts} drafts, ${matched} on a gold cue; starts reachable ${reachable[0]} (tagger right ${taggerRight[0]}), ends reachable ${reachable[1]} (tagger right ${taggerRight[1]}) at ${seconds()} s`);
/** Ranker weights averaged over `bags` runs, each with its own example order (seed, seed + 1, …). */
function bagged<M extends { weights: Float32Array }>(run: (rand: () => number) => M): M {
  const bags = Number(values.bags);
  const first = run(mulberry32(seed));
  for (let b = 1; b < bags; b++) {
    const m = run(mulberry32(seed + b));
    for (let i = 0; i < first.weights.length; i++) first.weights[i] = first.weights[i]! + m.weights[i]!;
  }
  for (let i = 0; i < first.weights.length; i++) first.weights[i] = first.weights[i]! / bags;
  return first;
}
const model = bagged((rand) => trainRanker(examples, bits, Number(values.epochs), rand));
model.meta = { epochs: Number(values.epochs), bits, seed, folds, examples: examples.length, trainDocs: docs.length };
// training accuracy (in-sample) for a sanity check
let right = 0;
const { best } = await import('../src/tagger/content-ranker.ts');
for (const ex of examples) if (best(model.weights, ex.c) === ex.gold) right++;
console.log(`in-sample ranker accuracy ${((100 * right) / examples.length).toFixed(1)} % of ${examples.length}`);
const size = saveRanker(model, values.out);
console.log(`wrote ${values.out} (${(size / 1e6).toFixed(2)} MB) at ${seconds()} s`);

/** Token Jaccard (over word tokens) of a draft's content extent and a gold one's, at least 0.5 ('linked'), or exact ('exact'). */
function contentAgrees(rdoc: ReturnType<typeof rankerDoc>, dr: Draft, g: { conLo: number; conHi: number }): boolean {
  if (g.conLo < 0) return false;
  const lo = dr.content[0]!.first;
  const hi = dr.content[dr.content.length - 1]!.last;
  const w = (a: number, b: number) => (b < a ? 0 : rdoc.wordsBefore[b + 1]! - rdoc.wordsBefore[a]!);
  const inter = w(Math.max(lo, g.conLo), Math.min(hi, g.conHi));
  const union = w(lo, hi) + w(g.conLo, g.conHi) - inter;
  if (values['filter-label'] === 'exact') return inter === union;
  return union > 0 && inter / union >= 0.5;
}

// the draft filter: drafts (contents as the ranker leaves them) labelled by whether cue and source agree with a gold attribution
const filterExamples: Array<{ f: Int32Array; y: boolean }> = [];
for (const p of perDoc) {
  for (const dr of refineDrafts(p.rdoc, p.drafts, model)) {
    const y = p.gold.some(
      (g) =>
        g.cueLo <= dr.cue.last &&
        dr.cue.first <= g.cueHi &&
        (dr.source ? g.srcLo >= 0 && g.srcLo <= dr.source.last && dr.source.first <= g.srcHi : g.srcLo < 0) &&
        (values['filter-label'] === 'cue' || contentAgrees(p.rdoc, dr, g)),
    );
    filterExamples.push({ f: draftFeatures(p.tokens, dr, bits), y });
  }
}
const filter = trainFilter(filterExamples, bits, Number(values['filter-epochs']), mulberry32(seed));
filter.meta = { epochs: Number(values['filter-epochs']), bits, seed, folds, examples: filterExamples.length, positive: filterExamples.filter((e) => e.y).length };
const fsize = saveRanker(filter, values['filter-out'], FILTER_FORMAT);
console.log(`filter: ${filterExamples.length} drafts (${filter.meta.positive} good); wrote ${values['filter-out']} (${(fsize / 1e6).toFixed(2)} MB) at ${seconds()} s`);
