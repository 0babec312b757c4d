// A learned filter over tagged attributions. The tagger proposes cue runs with
// their nearest source and contents; many are not attributions ("bans on",
// a cue verb used plainly) and some good ones lack a tagged source. Instead of
// fixed thresholds (the cue verb's train probability, a required source), a
// linear model over the draft — its cue words and their lexicon probability,
// the source's head and position, the content's shape, the words around the
// cue — scores it; drafts at or above a threshold are kept. Trained (averaged
// perceptron) on the drafts of PolNeAR train tagged by a first pass that did
// not see them (jackknife): a draft is good when its cue overlaps a gold cue
// and its source agrees with that gold attribution's.
import type { Token } from '../nlp/wink.ts';
import { VERB_CUE_P } from '../attributions/cues.ts';
import { hashString } from './features.ts';
import type { Draft, Run } from './decode.ts';
import { averagedPerceptron, lenBucket, wordKey as word, type RankerModel } from './content-ranker.ts';

export const FILTER_FORMAT = 'attribution-filter';

/** Stored and loaded like the ranker (saveRanker / loadRanker with FILTER_FORMAT). */
export type FilterModel = RankerModel;

const pBucket = (p: number | undefined): number => (p === undefined ? -1 : p < 0.05 ? 0 : p < 0.1 ? 1 : p < 0.2 ? 2 : p < 0.4 ? 3 : p < 0.7 ? 4 : 5);

/** Hashed features of one draft. */
export function draftFeatures(tokens: readonly Token[], d: Draft, bits: number): Int32Array {
  const cue = d.cue;
  let lemma = '';
  let best = -1;
  let text = '';
  for (let i = cue.first; i <= cue.last; i++) {
    const t = tokens[i]!;
    text += (text ? ' ' : '') + t.lower;
    if (t.pos === 'VERB') {
      const p = VERB_CUE_P.get(t.lemma.toLowerCase()) ?? 0;
      if (p >= best) {
        best = p;
        lemma = t.lemma.toLowerCase();
      }
    }
  }
  if (lemma === '') lemma = tokens[cue.last]!.lemma.toLowerCase();
  const special = /^(according|:|―|—|-)/u.test(text);
  const cp = special ? 6 : pBucket(best < 0 ? undefined : best);
  const src: Run | null = d.source;
  const srcSide = !src ? 'none' : src.last < cue.first ? 'before' : 'after';
  const srcHead = src ? word(tokens[src.last]) : '<none>';
  const srcPos = src ? `${tokens[src.first]!.pos}|${tokens[src.last]!.pos}` : '<none>';
  const srcGap = src ? lenBucket(src.last < cue.first ? cue.first - src.last - 1 : src.first - cue.last - 1) : -1;
  // verbs between a source and its cue: "It seemed that … the aircraft disappeared … reports stated" puts
  // another clause's subject before the cue
  let verbs = 0;
  if (src) {
    const [a, b] = src.last < cue.first ? [src.last + 1, cue.first - 1] : [cue.last + 1, src.first - 1];
    for (let i = a; i <= b; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') verbs++;
  }
  const first = d.content[0]!;
  const last = d.content[d.content.length - 1]!;
  const conSide = last.last < cue.first ? 'before' : first.first > cue.last ? 'after' : 'around';
  const conLen = lenBucket(last.last - first.first + 1);
  const con0 = word(tokens[first.first]);
  const conGap = lenBucket(conSide === 'before' ? cue.first - last.last - 1 : conSide === 'after' ? first.first - cue.last - 1 : 0);
  const quoted = /[“"]/u.test(tokens[first.first]!.text) || (first.first > 0 && /[“"]/u.test(tokens[first.first - 1]!.text));
  const prev = word(tokens[cue.first - 1]);
  const next = word(tokens[cue.last + 1]);
  const sameSentence = tokens[first.first]!.sentence === tokens[cue.first]!.sentence;
  const keys = [
    'bias',
    `lemma=${lemma}`,
    `text=${text}`,
    `cp=${cp}`,
    `cuelen=${Math.min(cue.last - cue.first + 1, 4)}`,
    `cuepos=${tokens[cue.first]!.pos}|${tokens[cue.last]!.pos}`,
    `src=${srcSide}`,
    `src|cp=${srcSide}|${cp}`,
    `srchead=${srcHead}`,
    `srcpos=${srcPos}`,
    `srcgap=${srcGap}|${srcSide}`,
    `lemma|src=${lemma}|${srcSide}`,
    `con=${conSide}`,
    `con|cp=${conSide}|${cp}`,
    `lemma|con=${lemma}|${conSide}`,
    `conlen=${conLen}|${conSide}`,
    `con0=${con0}`,
    `lemma|con0=${lemma}|${con0}`,
    `congap=${conGap}|${conSide}`,
    `quoted=${quoted}|${conSide}`,
    `runs=${Math.min(d.content.length, 3)}`,
    `prev=${prev}`,
    `next=${next}`,
    `lemma|next=${lemma}|${next}`,
    `prevpos=${tokens[cue.first - 1]?.pos ?? '<none>'}`,
    `same=${sameSentence}|${conSide}`,
    `cp|quoted|src=${cp}|${quoted}|${srcSide}`,
    `srcverbs=${Math.min(verbs, 2)}|${srcSide}|${srcGap}`,
  ];
  const mask = (1 << bits) - 1;
  const out = new Int32Array(keys.length);
  for (let k = 0; k < keys.length; k++) out[k] = hashString(keys[k]!) & mask;
  return out;
}

export function filterScore(model: FilterModel, f: Int32Array): number {
  let s = 0;
  for (let k = 0; k < f.length; k++) s += model.weights[f[k]!]!;
  return s;
}

/** Averaged binary perceptron (see averagedPerceptron). */
export function trainFilter(examples: ReadonlyArray<{ f: Int32Array; y: boolean }>, bits: number, epochs: number, rand: () => number): FilterModel {
  const weights = averagedPerceptron(1 << bits, examples.length, epochs, rand, (k, w) => {
    const ex = examples[k]!;
    let s = 0;
    for (const f of ex.f) s += w[f]!;
    const y = ex.y ? 1 : -1;
    return y * s <= 0 ? [[ex.f, y]] : [];
  });
  return { bits, weights, meta: {} };
}
