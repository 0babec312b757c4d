// Train the content-boundary ranker (src/tagger/content-ranker.ts) on PolNeAR train.
//   npx tsx scripts/train-content-ranker.ts [--epochs N] [--bits B] [--folds K] [--out models/content-ranker.bin.gz]
//     [--filter-out models/attribution-filter.bin.gz] [--stacked models/attribution-tagger-stacked.bin.gz]
// Also trains the draft filter (src/tagger/draft-filter.ts) on the drafts as
// the ranker leaves them, and on the rule-based extractor's attributions as drafts
// (the stage filters both). Tagger labels of each train document come from a
// first pass trained without its fold (the same jackknife as the stacked
// pass), then the shipped stacked pass over them, so the ranker and the filter
// see the tagger's errors on unseen text.
import { scriptArgs } from '../src/cli/args.ts';
import { heldOutFirstPass, mulberry32, prepareGold } from '../src/tagger/train.ts';
import { attach, draftOf, runsOf, type Draft } from '../src/tagger/decode.ts';
import { STACKED_CHAIN, stackFeatures } from '../src/tagger/stack.ts';
import { draftFeatures, FILTER_FORMAT, trainFilter } from '../src/tagger/draft-filter.ts';
import { best, endCandidates, rankerDoc, refineDrafts, ruleSpans, saveRanker, startCandidates, trainRanker, wordRange, type Candidates, type RankExample } from '../src/tagger/content-ranker.ts';
import { AttributionsOptions, extractAttributions } from '../src/attributions/index.ts';

const { values } = scriptArgs(import.meta.url, {
  epochs: { type: 'string', default: '6' },
  bits: { type: 'string', default: '18' },
  'tagger-epochs': { type: 'string', default: '10' },
  'tagger-bits': { type: 'string', default: '18' },
  seed: { type: 'string', default: '1' },
  folds: { type: 'string', default: '5' },
  stacked: { type: 'string', default: 'models/attribution-tagger-stacked.bin.gz' },
  out: { type: 'string', default: 'models/content-ranker.bin.gz' },
  train: { type: 'string', default: '../shared/polnear/data/train' },
  'filter-out': { type: 'string', default: 'models/attribution-filter.bin.gz' },
  'filter-epochs': { type: 'string', default: '10' },
});
const bits = Number(values.bits);
const tbits = Number(values['tagger-bits']);
const tepochs = Number(values['tagger-epochs']);
const seed = Number(values.seed);
const folds = Number(values.folds);
const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);

const docs = await prepareGold(values.train, tbits);
type D = (typeof docs)[number];
console.log(`prepared ${docs.length} docs at ${seconds()} s`);

const first = heldOutFirstPass(docs, folds, { bits: tbits, epochs: tepochs, seed }, (f) => console.log(`first pass, fold ${f + 1}/${folds} at ${seconds()} s`));
/** The tagger's labels of every doc token: the shipped second pass over the held-out first-pass labels. */
const second = STACKED_CHAIN.load(values.stacked);
const tagged = new Map<D, Uint8Array>();
for (const d of docs) {
  const labels = new Uint8Array(d.doc.tokens!.length);
  d.units.forEach((u, k) => {
    const n = u.last - u.first + 1;
    const feats = stackFeatures(d.doc.tokens!, u.first, n, d.feats[k]!, first.get(d)![k]!, second.bits);
    labels.set(STACKED_CHAIN.tag(second, feats, n), u.first);
  });
  tagged.set(d, labels);
}
console.log(`second pass over the held-out labels at ${seconds()} s`);

// ranking examples: tagged attributions whose cue overlaps a gold cue, against that gold content's first and last word
const examples: RankExample[] = [];
const perDoc: Array<{ tokens: D['doc']['tokens'] & {}; rdoc: ReturnType<typeof rankerDoc>; drafts: Draft[]; rules: Draft[]; gold: Array<{ cueLo: number; cueHi: number; srcLo: number; srcHi: number; conLo: number; conHi: number }> }> = [];
let drafts = 0;
let matched = 0;
// per side (0: start, 1: end): gold boundaries among the candidates, and those the tagger already has
const reachable = [0, 0];
const taggerRight = [0, 0];
/** One ranking example, when the gold boundary `at` is among the candidates. */
function example(c: Candidates | null, at: number, side: 0 | 1): void {
  const k = c ? c.at.indexOf(at) : -1;
  if (k < 0) return;
  reachable[side]!++;
  if (k === c!.tagger) taggerRight[side]!++;
  examples.push({ c: c!, gold: k });
}
for (const d of docs) {
  const tokens = d.doc.tokens!;
  const labels = tagged.get(d)!;
  const rules = extractAttributions(d.doc, AttributionsOptions.parse({})).map((a) => draftOf(tokens, a));
  const rdoc = rankerDoc(tokens, labels, d.unitOf, d.quotes, ruleSpans(rules));
  const runs = runsOf(labels, d.unitOf);
  const ds = attach(tokens, labels, runs);
  const tokenRange = (s: number, e: number): [number, number] => wordRange(tokens, s, e) ?? [-1, -1];
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
  perDoc.push({ tokens, rdoc, drafts: ds, gold, rules: rules.flatMap((r) => r ?? []) });
  for (const dr of ds) {
    drafts++;
    const g = gold.find((x) => x.cueLo <= dr.cue.last && dr.cue.first <= x.cueHi && x.conLo >= 0);
    if (!g) continue;
    matched++;
    example(endCandidates(rdoc, dr, bits), g.conHi, 1);
    example(startCandidates(rdoc, dr, bits), g.conLo, 0);
  }
}
console.log(`${drafts} drafts, ${matched} on a gold cue; starts reachable ${reachable[0]} (tagger right ${taggerRight[0]}), ends reachable ${reachable[1]} (tagger right ${taggerRight[1]}) at ${seconds()} s`);
const model = trainRanker(examples, bits, Number(values.epochs), mulberry32(seed));
model.meta = { epochs: Number(values.epochs), bits, seed, folds, examples: examples.length, trainDocs: docs.length };
// training accuracy (in-sample) for a sanity check
let right = 0;
for (const ex of examples) if (best(model.weights, ex.c) === ex.gold) right++;
console.log(`in-sample ranker accuracy ${((100 * right) / examples.length).toFixed(1)} % of ${examples.length}`);
const size = saveRanker(model, values.out);
console.log(`wrote ${values.out} (${(size / 1e6).toFixed(2)} MB) at ${seconds()} s`);

// the draft filter: drafts (contents as the ranker leaves them, and the rules' attributions) labelled by whether cue and source agree with a gold attribution
const filterExamples: Array<{ f: Int32Array; y: boolean }> = [];
for (const p of perDoc) {
  // the rule-based extractor's attributions too, as drafts: the stage filters them with the same model
  for (const dr of [...refineDrafts(p.rdoc, p.drafts, model), ...p.rules]) {
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
