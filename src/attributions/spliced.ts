// "Kazakhstan investigators has released the final report …, | the report states that the crew did
// everything possible to save the plane.": a report joined to the clause before it by a comma alone
// (a comma splice, common in the run-on copy the project's own articles are written in). The tagger
// read the whole run as the first report's content and neither reading found the second. A noun
// phrase that speaks, right after the comma, then a verb that reports a clause (in any tense, or in
// "-s" where wink tagged it a noun, as closing.ts's presentTenseCue reads it) and its "that" with a
// subject after it, is a report of its own: its content runs to the sentence's end, and the content
// before ends at the comma.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { part } from '../text/spans.ts';
import { contentEnd, contentEndAtWhich, readingOf, withContent } from './draft.ts';
import { newsSpeakerLike, npRight } from './phrases.ts';
import { regionAt, type QuoteRegion } from './quotes.ts';
import { reportsClause } from './cues.ts';
import { presentTenseCue } from './closing.ts';
import { inCueOrder, IntervalSet, intervalsOf } from '../tagger/hybrid.ts';

/** Longest speaker between the comma and the verb (tokens): "the Kazakh transport ministry". */
const MAX_SPEAKER = 6;

export function splicedReports(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const { tokens, text, quotes: regions, prose } = readingOf(doc, quotes);
  const held = new IntervalSet(intervalsOf(attributions.flatMap((a) => [a.cue, a.source])));
  const added: Attribution[] = [];
  const commas: number[] = [];
  for (const { first, last } of prose) {
    for (let i = first + 2; i < last - 3; i++) {
      if (tokens[i]!.text !== ',' || regionAt(regions, tokens[i]!.start)) continue;
      let np = npRight(tokens, i + 1, Math.min(last, i + MAX_SPEAKER), MAX_SPEAKER);
      // (wink may tag the verb in "-s" a plural noun and take it into the phrase: "the report | states that")
      const nounVerb = !!np && np[1] > np[0] && tokens[np[1] + 1]?.lower === 'that' && tokens[np[1]]!.pos === 'NOUN' && !!presentTenseCue(tokens[np[1]]!.text);
      if (np && nounVerb) np = [np[0], np[1] - 1];
      // (a determiner's or a name's phrase, the verb right after it in the present or the past, then "that"
      // and the clause's own subject: not "reports that showed spending")
      if (!np || !/^(?:DET|PROPN)$/u.test(tokens[i + 1]!.pos) || !newsSpeakerLike(tokens, np)) continue;
      const verb = tokens[np[1] + 1];
      const that = tokens[np[1] + 2];
      const subject = tokens[np[1] + 3];
      if (!verb || !that || that.lower !== 'that' || /ing$/u.test(verb.lower) || !subject || /^(?:VERB|AUX|ADV|PUNCT)$/u.test(subject.pos)) continue;
      if (!nounVerb && (verb.pos !== 'VERB' || !reportsClause(verb.lemma.toLowerCase()))) continue;
      const end = contentEndAtWhich(text, that.start, tokens[last]!.end, false, tokens);
      if (end <= that.end) continue;
      const a: Attribution = {
        id: '',
        kind: 'indirect',
        cue: part(doc.text, [[verb.start, verb.end]]),
        source: part(doc.text, [[tokens[np[0]]!.start, tokens[np[1]]!.end]]),
        content: part(doc.text, [[that.start, end]]),
      };
      if ([a.cue, a.source].some((p) => held.overlaps(p!))) continue;
      added.push(withContent(doc, a, [[that.start, end]]));
      commas.push(tokens[i]!.start);
    }
  }
  if (added.length === 0) return [...attributions];
  // a content that ran over the comma ends before it
  const cut = attributions.map((a) => {
    const at = commas.find((c) => a.content.spans.some(([s, e]) => s < c && c < e) && a.cue.spans[0]![1] <= c);
    if (at === undefined) return a;
    const spans = a.content.spans.filter(([s]) => s < at).map(([s, e]) => [s, e > at ? contentEnd(text, s, at) : e] as [number, number]);
    return spans.length > 0 && spans.every(([s, e]) => e > s) ? withContent(doc, a, spans) : a;
  });
  return inCueOrder([...cut, ...added]);
}
