// Stage 2: sentences and tokens, by wink-nlp run on each segment separately
// (wink does not split at a single newline, so a heading would otherwise be
// glued onto the next sentence).
import { z } from 'zod';
import type { Sentence } from '../schemas/index.ts';
import { defineStage } from '../pipeline/stage.ts';
import { analysisText, need } from '../pipeline/doc.ts';
import { tokenizeRange, type Token } from '../nlp/wink.ts';
import { verbsAfterPluralSubjects } from '../nlp/verb-homographs.ts';
import { VERB_CUE_P } from '../attributions/cues.ts';

export const SentencesOptions = z
  .object({
    /** Give back their verb reading to the verbs wink tags as nouns after a plural subject ("Records show/NOUN that …"; src/nlp/verb-homographs.ts). */
    verbsAfterPluralSubjects: z.boolean().default(true),
  })
  .strict();

export const sentencesStage = defineStage({
  name: 'sentences',
  requires: ['segments'],
  assigns: ['tokens', 'sentences'],
  options: SentencesOptions,
  run(doc, options) {
    const segments = need(doc, 'segments', 'sentences');
    const tokens: Token[] = [];
    const sentences: Sentence[] = [];
    const sentenceTokens: Array<[number, number]> = [];
    const reading = analysisText(doc);
    for (const seg of segments) {
      const r = tokenizeRange(reading, seg.start, seg.end, tokens.length, sentences.length);
      for (const t of r.tokens) tokens.push(t);
      for (const s of r.sentences) {
        sentences.push({
          id: `s${sentences.length + 1}`,
          start: s.start,
          end: s.end,
          text: doc.text.slice(s.start, s.end),
          segment: seg.index,
          kind: seg.kind,
        });
        sentenceTokens.push(s.tokens);
      }
    }
    if (options.verbsAfterPluralSubjects) verbsAfterPluralSubjects(tokens, VERB_CUE_P);
    return { ...doc, tokens, sentences, sentenceTokens };
  },
});
