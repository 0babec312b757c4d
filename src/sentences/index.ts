// Stage 2: sentences and tokens, by wink-nlp run on each segment separately
// (wink does not split at a single newline, so a heading would otherwise be
// glued onto the next sentence).
import { z } from 'zod';
import type { Sentence } from '../schemas/index.ts';
import { defineStage } from '../pipeline/stage.ts';
import { analysisText, need } from '../pipeline/doc.ts';
import { tokenizeRange, type Token } from '../nlp/wink.ts';
import { namesWinkMisreads, stateBeforeNouns, verbsAfterNamedSubjects, verbsAfterPluralSubjects, verbsBeforeClauses } from '../nlp/verb-homographs.ts';
import { joinSplitSentences, type SentenceRange } from '../nlp/sentence-joins.ts';
import { VERB_CUE_P } from '../attributions/cues.ts';

export const SentencesOptions = z
  .object({
    /** Give back their verb reading to the verbs wink tags as nouns after a plural subject ("Records show/NOUN that …"; src/nlp/verb-homographs.ts). */
    verbsAfterPluralSubjects: z.boolean().default(true),
    /** Read a reporting verb's present form wink tags as a plural noun after a name that opens its clause as the verb ("Israel disputes/NOUN the figures"; src/nlp/verb-homographs.ts). */
    verbsAfterNamedSubjects: z.boolean().default(true),
    /** Read "state" after "to" as the noun it is before "television", "media", "officials", "law" … ("speaking to state/VERB television"; src/nlp/verb-homographs.ts). */
    stateBeforeNouns: z.boolean().default(true),
    /** Read a reporting verb's past form or participle wink tags as an adjective or a noun before a "that" clause as the verb it is ("The Congress on Tuesday alleged/ADJ that …", "and warning/NOUN that …"; src/nlp/verb-homographs.ts). */
    verbsBeforeClauses: z.boolean().default(true),
    /** Read a capitalised word wink tags as an auxiliary that is no spelling of one, or a capitalised verb after a given name, as a name, and "said" it tags as an adjective with no determiner as the verb ("Governor Shaktikanta Das/AUX announced", "Tim Cook/VERB said/ADJ demand …"; src/nlp/verb-homographs.ts). */
    namesWinkMisreads: z.boolean().default(true),
    /**
     * Mend wink's sentence breaks: join the sentences it ends at an abbreviation inside a
     * party-and-state label ("Sen. Lindsey Graham (R-S. | C.) told …"; src/nlp/sentence-joins.ts),
     * and end one at the "in." and "no." it keeps whole ("weighed in. The …"; src/nlp/wink.ts).
     */
    mendSentenceBreaks: z.boolean().default(true),
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
    let ranges: Array<SentenceRange & { kind: Sentence['kind'] }> = [];
    const reading = analysisText(doc);
    for (const seg of segments) {
      const r = tokenizeRange(reading, seg.start, seg.end, tokens.length, ranges.length, options.mendSentenceBreaks);
      for (const t of r.tokens) tokens.push(t);
      for (const s of r.sentences) ranges.push({ start: s.start, end: s.end, segment: seg.index, kind: seg.kind, tokens: s.tokens });
    }
    if (options.mendSentenceBreaks) ranges = joinSplitSentences(tokens, ranges);
    // (names first: the passes after it read the words around a verb)
    if (options.namesWinkMisreads) namesWinkMisreads(tokens, VERB_CUE_P);
    if (options.verbsAfterPluralSubjects) verbsAfterPluralSubjects(tokens, VERB_CUE_P);
    if (options.verbsAfterNamedSubjects) verbsAfterNamedSubjects(tokens, VERB_CUE_P);
    if (options.stateBeforeNouns) stateBeforeNouns(tokens);
    if (options.verbsBeforeClauses) verbsBeforeClauses(tokens, VERB_CUE_P);
    const sentences: Sentence[] = ranges.map((s, n) => ({ id: `s${n + 1}`, start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), segment: s.segment, kind: s.kind }));
    return { ...doc, tokens, sentences, sentenceTokens: ranges.map((s) => s.tokens) };
  },
});
