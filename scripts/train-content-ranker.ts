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
    'no-stacked': { type: 'boolean', default: false },
    cache: { type: 'string' },
    'filter-out': { type: 'string', default: 'models/attribution-filter.bin.gz' },
    'filter-epochs': { type: 'string', default: '10' },
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

const stacked = STACKED_CHAIN.load(values.stacked);
const tagged = new Map<D, Uint8Array>();
const cached = values.cache && existsSync(values.cache) ? readFileSync(values.cache) : null;
if (cached) {
  let o = 0;
  for (const d of docs) {
    const n = d.doc.tokens!.length;
    tagged.set(d, new Uint8Array(cached.subarray(o, o + n)));
    o += n;
  }
}
for (let f = 0; f < folds && !cached; f++) {
  const rest = docs.filter((_, k) => k % folds !== f);
  const m = train(sequences(rest), { bits: tbits, epochs: tepochs, seed });
  for (const d of docs.filter((_, k) => k % folds === f)) {
    const labels = new Uint8Array(d.doc.tokens!.length);
    d.units.forEach((u, k) => {
      const n = u.last - u.first + 1;
      const y = tagFeatures(m, d.feats[k]!, n);
      labels.set(values['no-stacked'] ? y : STACKED_CHAIN.tag(stacked, stackFeatures(d.doc.tokens!, u.first, n, d.feats[k]!, y, stacked.bits), n), u.first);
    });
    tagged.set(d, labels);
  }
  console.log(`fold ${f + 1}/${folds} at ${seconds()} s`);
}

if (values.cache && !cached) writeFileSync(values.cache, Buffer.concat(docs.map((d) => tagged.get(d)!)));

// ranking examples: tagged attributions whose cue overlaps a gold cue, against that gold content's first and last word
const examples: RankExample[] = [];
const perDoc: Array<{ tokens: D['doc']['tokens'] & {}; rdoc: ReturnType<typeof rankerDoc>; drafts: Draft[]; gold: Array<{ cueLo: number; cueHi: number; srcLo: number; srcHi: number }> }> = [];
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
const model = trainRanker(examples, bits, Number(values.epochs), mulberry32(seed));
model.meta = { epochs: Number(values.epochs), bits, seed, folds, examples: examples.length, trainDocs: docs.length };
// training accuracy (in-sample) for a sanity check
let right = 0;
const { best } = await import('../src/tagger/content-ranker.ts');
for (const ex of examples) if (best(model.weights, ex.c) === ex.gold) right++;
console.log(`in-sample ranker accuracy ${((100 * right) / examples.length).toFixed(1)} % of ${examples.length}`);
const size = saveRanker(model, values.out);
console.log(`wrote ${values.out} (${(size / 1e6).toFixed(2)} MB) at ${seconds()} s`);

// the draft filter: drafts (contents as the ranker leaves them) labelled by whether cue and source agree with a gold attribution
const filterExamples: Array<{ f: Int32Array; y: boolean }> = [];
for (const p of perDoc) {
  for (const dr of refineDrafts(p.rdoc, p.drafts, model)) {
    const y = p.gold.some(
      (g) =>
        g.cueLo <= dr.cue.last &&
        dr.cue.first <= g.cueHi &&
        (dr.source ? g.srcLo >= 0 && g.srcLo <= dr.source.last && dr.source.first <= g.srcHi : g.srcLo < 0),
    );
    filterExamples.push({ f: draftFeatures(p.tokens, dr, bits), y });
  }
}
const filter = trainFilter(filterExamples, bits, Number(values['filter-epochs']), mulberry32(seed));
filter.meta = { epochs: Number(values['filter-epochs']), bits, seed, folds, examples: filterExamples.length, positive: filterExamples.filter((e) => e.y).length };
const fsize = saveRanker(filter, values['filter-out'], FILTER_FORMAT);
console.log(`filter: ${filterExamples.length} drafts (${filter.meta.positive} good); wrote ${values['filter-out']} (${(fsize / 1e6).toFixed(2)} MB) at ${seconds()} s`);
