// Train the attribution tagger on PolNeAR train, printing dev scores per epoch.
//   npx tsx scripts/train-tagger.ts [--epochs N] [--bits B] [--out models/attribution-tagger.bin.gz]
//     [--stacked-out models/attribution-tagger-stacked.bin.gz] [--folds K] [--train DIR] [--dev DIR] [--seed S]
// The first pass is trained on all of train. The stacked second pass is trained
// on first-pass labels that the first pass did not see in training (K-fold
// jackknife over train documents), so it learns how the first pass errs on new text.
import path from 'node:path';
import { scriptArgs } from '../src/cli/args.ts';
import { scoreArticle, summarize, type PredAttribution } from '../src/eval/score.ts';
import type { GoldTagStats } from '../src/tagger/data.ts';
import { saveModel, tagFeatures, type TaggerModel } from '../src/tagger/model.ts';
import { heldOutFirstPass, prepareGold, sequences, train, type Prepared } from '../src/tagger/train.ts';
import { decodeTags } from '../src/tagger/decode.ts';
import { AttributionsOptions, extractAttributions } from '../src/attributions/index.ts';
import { combine } from '../src/tagger/hybrid.ts';
import { STACKED_CHAIN, stackFeatures } from '../src/tagger/stack.ts';
import type { Attribution } from '../src/schemas/index.ts';

const { values } = scriptArgs(import.meta.url, {
  epochs: { type: 'string', default: '10' },
  bits: { type: 'string', default: '18' },
  seed: { type: 'string', default: '1' },
  out: { type: 'string', default: 'models/attribution-tagger.bin.gz' },
  'stacked-out': { type: 'string', default: 'models/attribution-tagger-stacked.bin.gz' },
  folds: { type: 'string', default: '5' },
  train: { type: 'string', default: '../shared/polnear/data/train' },
  dev: { type: 'string', default: '../shared/polnear/data/dev' },
  'no-dev': { type: 'boolean', default: false },
});
const epochs = Number(values.epochs);
const bits = Number(values.bits);

const toPred = (a: Attribution): PredAttribution => ({ id: a.id, kind: a.kind, cue: a.cue.spans, source: a.source ? a.source.spans : null, content: a.content.spans });

/** Labels of every unit of a doc: the first pass, then the second when given. */
function tagUnits(d: Prepared, first: TaggerModel, second?: TaggerModel): Uint8Array[] {
  return d.units.map((u, k) => {
    const n = u.last - u.first + 1;
    const y = tagFeatures(first, d.feats[k]!, n);
    return second ? STACKED_CHAIN.tag(second, stackFeatures(d.doc.tokens!, u.first, n, d.feats[k]!, y, second.bits), n) : y;
  });
}

function evaluate(docs: readonly Prepared[], model: TaggerModel, hybrid: boolean, second?: TaggerModel) {
  const scores = docs.map((d) => {
    const labels = new Uint8Array(d.doc.tokens!.length);
    tagUnits(d, model, second).forEach((y, k) => labels.set(y, d.units[k]!.first));
    let attrs = decodeTags(d.doc.text, d.doc.tokens!, labels, d.unitOf);
    if (hybrid) attrs = combine(extractAttributions(d.doc, AttributionsOptions.parse({})), attrs);
    return scoreArticle({ id: d.gold.id, text: d.gold.text, gold: d.gold.attributions, pred: attrs.map(toPred) });
  });
  const s = summarize(scores);
  const f = (x: number | null) => (100 * (x ?? 0)).toFixed(1);
  const r = (k: 'source' | 'cue' | 'content') => `${f(s.roles[k].f1)} (P ${f(s.roles[k].precision)} R ${f(s.roles[k].recall)})`;
  return `source ${r('source')}  cue ${r('cue')}  content ${r('content')}  linked ${f(s.linked.f1)} (P ${f(s.linked.precision)} R ${f(s.linked.recall)})`;
}

const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);
const trainStats: GoldTagStats = { tokens: 0, conflicts: 0 };
const trainDocs = await prepareGold(values.train, bits, trainStats);
const devDocs = values['no-dev'] ? [] : await prepareGold(values.dev, bits);
const seqs = sequences(trainDocs);
console.log(
  `prepared ${trainDocs.length} train docs (${trainStats.tokens} tokens, ${trainStats.conflicts} conflicting gold tokens, ${seqs.length} sequences), ${devDocs.length} dev docs in ${seconds()} s`,
);
const seed = Number(values.seed);
const meta = { epochs, bits, seed, trainDocs: trainDocs.length, trainedOn: path.basename(path.resolve(values.train)) };

const model = train(seqs, {
  bits,
  epochs,
  seed,
  onEpoch(epoch, m, st) {
    const line = `epoch ${epoch}: ${st.errors} train token errors / ${st.tokens}, ${(st.ms / 1000).toFixed(1)} s`;
    console.log(devDocs.length ? `${line} | dev ${evaluate(devDocs, m, false)}` : line);
  },
});
model.meta = meta;
const size = saveModel(model, values.out);
console.log(`wrote ${values.out} (${(size / 1e6).toFixed(2)} MB) at ${seconds()} s`);

// jackknife: first-pass labels of each train doc from a model trained without its fold
const folds = Number(values.folds);
const heldOut = heldOutFirstPass(trainDocs, folds, { bits, epochs, seed }, (f, trained, tagged) =>
  console.log(`fold ${f + 1}/${folds}: first pass trained on ${trained} docs, tagged ${tagged} at ${seconds()} s`),
);
const stackedSeqs = sequences(trainDocs, (d, k) => {
  const u = d.units[k]!;
  return stackFeatures(d.doc.tokens!, u.first, u.last - u.first + 1, d.feats[k]!, heldOut.get(d)![k]!, bits);
});
const stacked = STACKED_CHAIN.train(stackedSeqs, {
  bits,
  epochs,
  seed,
  onEpoch(epoch, m, st) {
    const line = `stacked epoch ${epoch}: ${st.errors} train token errors / ${st.tokens}, ${(st.ms / 1000).toFixed(1)} s`;
    console.log(devDocs.length ? `${line} | dev ${evaluate(devDocs, model, false, m)}` : line);
  },
});
stacked.meta = { ...meta, folds, stacked: true };
const size2 = STACKED_CHAIN.save(stacked, values['stacked-out']);
if (devDocs.length) console.log(`final hybrid (rules first) | dev ${evaluate(devDocs, model, true, stacked)}`);
console.log(`wrote ${values['stacked-out']} (${(size2 / 1e6).toFixed(2)} MB) in ${seconds()} s total`);
