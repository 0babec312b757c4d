// A source named after its cue and then qualified by a relative clause: "“It's too
// early to tell,” said one aviation consultant, who asked not to be named." The
// tagger often marks only the relative pronoun as the source, its nearest source
// run; PolNeAR's gold takes the name with its clause ("Biden, who served as a US
// senator for 36 years"), and the reader needs the name.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { lowerBound } from '../text/search.ts';
import { part, partEnd } from '../text/spans.ts';
import { npRight, relativePronounSource } from './phrases.ts';
import { isQuoteMark } from './quotes.ts';

/** Sources that are a lone "who" or "which" after the cue widen to the name before it and its clause, to the sentence end. */
export function namedSourcesAfterCue(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const found = a.source ? relativePronounSource(doc, a.source) : null;
    if (!found) return a;
    const { rel, range } = found;
    const cueEnd = partEnd(a.cue);
    if (rel.start < cueEnd || tokens[rel.i - 1]?.text !== ',') return a;
    // the name: the noun phrase right after the cue, ending at the comma before the pronoun
    const from = lowerBound(tokens, cueEnd);
    const np = npRight(tokens, from, rel.i - 2, 12);
    if (!np || np[0] !== from || np[1] !== rel.i - 2) return a;
    let end = range[1];
    while (end > rel.i && tokens[end]!.pos === 'PUNCT') end--;
    // the clause runs to the sentence end, unless a quotation follows
    if (tokens.slice(rel.i, end + 1).some((t) => isQuoteMark(t.text))) return a;
    const widened: [number, number] = [tokens[np[0]]!.start, tokens[end]!.end];
    if (a.content.spans.some(([cs, ce]) => cs < widened[1] && widened[0] < ce)) return a;
    return { ...a, source: part(doc.text, [widened]) };
  });
}
