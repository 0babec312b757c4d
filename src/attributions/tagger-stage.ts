// Stage 6 (learned): attributions from a BIO token tagger (averaged perceptron
// + Viterbi, trained on PolNeAR train by scripts/train-tagger.ts), decoded into
// cue/source/content by nearest-cue attachment. `hybrid` mode also runs the
// rules of ./index.ts and merges the two (see src/tagger/hybrid.ts).
import { z } from 'zod';
import { defineStage } from '../pipeline/stage.ts';
import { need, type Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { loadModel, type TaggerModel } from '../tagger/model.ts';
import { tagDoc } from '../tagger/tag.ts';
import { decodeTags, DEFAULT_DECODE } from '../tagger/decode.ts';
import { combine } from '../tagger/hybrid.ts';
import { quoteRegions } from './quotes.ts';
import { AttributionsOptions, extractAttributions } from './index.ts';

export const DEFAULT_MODEL = new URL('../../models/attribution-tagger.bin.gz', import.meta.url);

export const AttributionTaggerOptions = z
  .object({
    /** tagger: the tagger alone; hybrid: the tagger merged with the rule-based extractor. */
    mode: z.enum(['tagger', 'hybrid']).default('hybrid'),
    /** In hybrid mode, whose attributions win a conflict: rules (more precise, kept whole) or the tagger. */
    prefer: z.enum(['rules', 'tagger']).default('rules'),
    /** Model file; default: models/attribution-tagger.bin.gz of this repo. */
    model: z.string().optional(),
    /** Cost of a sentence boundary between a content/source run and its cue (tokens). */
    sentenceCost: z.number().nonnegative().default(DEFAULT_DECODE.sentenceCost),
    maxContentCost: z.number().nonnegative().default(DEFAULT_DECODE.maxContentCost),
    maxSourceCost: z.number().nonnegative().default(DEFAULT_DECODE.maxSourceCost),
  })
  .strict();
export type AttributionTaggerOptions = z.infer<typeof AttributionTaggerOptions>;

const models = new Map<string, TaggerModel>();
export function taggerModel(file?: string): TaggerModel {
  const key = file ?? DEFAULT_MODEL.href;
  let m = models.get(key);
  if (!m) {
    m = loadModel(file ?? DEFAULT_MODEL);
    models.set(key, m);
  }
  return m;
}

export function taggerAttributions(doc: Doc, options: AttributionTaggerOptions, model: TaggerModel = taggerModel(options.model)): Attribution[] {
  const tokens = need(doc, 'tokens', 'attributions-tagger');
  need(doc, 'sentences', 'attributions-tagger');
  const quotes = quoteRegions(doc.text);
  const { labels, unitOf } = tagDoc(doc, model, quotes);
  const tagged = decodeTags(doc.text, tokens, labels, unitOf, options);
  if (options.mode === 'tagger') return tagged;
  const rules = extractAttributions(doc, AttributionsOptions.parse({}));
  return options.prefer === 'rules' ? combine(rules, tagged) : combine(tagged, rules);
}

export const attributionTaggerStage = defineStage<AttributionTaggerOptions>({
  name: 'attributions-tagger',
  requires: ['sentences', 'tokens'],
  assigns: ['attributions'],
  options: AttributionTaggerOptions,
  run(doc, options) {
    return { ...doc, attributions: taggerAttributions(doc, options) };
  },
});
