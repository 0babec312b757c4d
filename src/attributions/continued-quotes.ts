// A quotation that goes on after its reporting clause, in the next sentence of
// the same paragraph: "“This is a disgusting day,” said Rep. G.K. Butterfield
// (D-N.C.), head of the Congressional Black Caucus. “Donald Trump is a
// disgusting fraud. …”" The second quotation has no cue of its own; PolNeAR
// (and the reader) give it to the same speaker, as one content in two spans.
import { analysisText, need, type Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { indexContaining } from '../text/search.ts';
import { part, partEnd, partStart } from '../text/spans.ts';
import { kindOf } from '../tagger/decode.ts';
import { IntervalSet, intervalsOf } from '../tagger/hybrid.ts';
import { quoteRegions, regionStartingAt, type QuoteRegion } from './quotes.ts';

/** The end of a content that is a closed quotation: “…,” or “…”, (the comma inside or out). */
const CLOSED_QUOTE_END = /(?:["”]|'')[,.]?$/u;

export function joinContinuedQuotes(doc: Doc, attributions: readonly Attribution[], quotes: readonly QuoteRegion[] = quoteRegions(analysisText(doc))): Attribution[] {
  const sentences = need(doc, 'sentences', 'attributions-tagger');
  const reading = analysisText(doc);
  let taken: IntervalSet | undefined;
  return attributions.map((a) => {
    if (a.kind !== 'direct' && a.kind !== 'mixed') return a;
    const frameStart = Math.min(a.source ? partStart(a.source) : Infinity, partStart(a.cue));
    const frameEnd = Math.max(a.source ? partEnd(a.source) : -1, partEnd(a.cue));
    const contentEnd = partEnd(a.content);
    // only a quotation closed before its reporting clause ("“…,” said X."); a clause after the cue ends its own sentence
    if (contentEnd > frameStart || !CLOSED_QUOTE_END.test(reading.slice(Math.max(0, contentEnd - 3), contentEnd))) return a;
    const k = indexContaining(sentences, frameEnd - 1);
    const sentence = sentences[k];
    if (!sentence || sentence.kind !== 'prose') return a;
    const spans: Array<[number, number]> = [...a.content.spans];
    for (let next = k + 1; next < sentences.length; ) {
      const s = sentences[next]!;
      if (s.segment !== sentence.segment || s.kind !== 'prose') break;
      const region = regionStartingAt(quotes, s.start);
      if (!region || !region.closed) break;
      taken ??= new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
      if (taken.overlaps({ text: '', spans: [[region.start, region.end]] })) break;
      spans.push([region.start, region.end]);
      // the quotation must fill its sentences: text after it (a cue of its own, "she added") ends the run
      while (next < sentences.length && sentences[next]!.end <= region.end + 1) next++;
      const after = sentences[next];
      if (!after || after.start < region.end) break;
    }
    if (spans.length === a.content.spans.length) return a;
    return { ...a, kind: kindOf(reading, a.cue.text, spans), content: part(doc.text, spans) };
  });
}
