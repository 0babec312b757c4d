// "…, which an FBI investigation said was “extremely careless”": a report set inside a relative
// clause. PolNeAR marks the noun phrase between the relative pronoun and the verb as the source,
// the verb as the cue, and the pronoun with the clause after the verb as the content ("which …
// was “extremely careless”"). Neither reading finds the pronoun: the tagger starts the content
// after the verb, or reads nothing, as the clause has no "that" and no quotation to go by.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import type { Token } from '../nlp/wink.ts';
import { part } from '../text/spans.ts';
import { contentEnd, hasVerb, readingOf } from './draft.ts';
import { speakerLike } from './phrases.ts';
import { regionAt, type QuoteRegion } from './quotes.ts';
import { inCueOrder, IntervalSet, intervalsOf } from '../tagger/hybrid.ts';

/** Verbs that report the clause they leave ("which he said was", "which critics argue will"). */
const REPORTS = new Set(['say', 'believe', 'argue', 'claim', 'think', 'insist', 'contend', 'allege']);
/** Marks before a relative clause set off from its noun. */
const SETS_OFF = /^(?:[,;—–]|--)$/u;
/** Longest speaker between the pronoun and the verb (tokens): "an internal FDIC investigation". */
const MAX_SPEAKER = 6;

export function relativeReports(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const { tokens, text, quotes: regions, prose } = readingOf(doc, quotes);
  let held: IntervalSet | undefined;
  const byCue = new Map<number, number>();
  attributions.forEach((a, k) => byCue.set(a.cue.spans[a.cue.spans.length - 1]![1], k));
  const out = [...attributions];
  const added: Attribution[] = [];
  for (const { first, last } of prose) {
    for (let i = first + 1; i < last - 2; i++) {
      // (inside a quotation, the speaker's own aside: "Russia and China, which I don't think he even understands")
      // "…, which he said was …"; "a finish that he said defied expectations" (a noun's "that", whose clause lacks its subject)
      const which = tokens[i]!.lower === 'which' && SETS_OFF.test(tokens[i - 1]!.text);
      const that = tokens[i]!.lower === 'that' && /^(?:NOUN|PROPN)$/u.test(tokens[i - 1]!.pos);
      if ((!which && !that) || regionAt(regions, tokens[i]!.start)) continue;
      const reading = relativeReport(text, tokens, i, last, that);
      if (!reading) continue;
      const { source, cue, content } = reading;
      const cueEnd = tokens[cue[1]]!.end;
      const k = byCue.get(cueEnd);
      const a: Attribution = {
        id: '',
        kind: 'indirect',
        cue: part(doc.text, [[tokens[cue[0]]!.start, cueEnd]]),
        source: part(doc.text, [[tokens[source[0]]!.start, tokens[source[1]]!.end]]),
        content: part(doc.text, content),
      };
      if (k !== undefined) {
        // a reading of the same verb whose content starts after it gains the pronoun and the speaker;
        // one whose content holds the pronoun took the clause's noun for what was said
        const b = out[k]!;
        const which = tokens[i]!.start;
        if (b.content.spans[0]![0] >= cueEnd || b.content.spans.some(([s, e]) => s <= which && which < e)) out[k] = { ...a, id: b.id, kind: b.kind };
        continue;
      }
      held ??= new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source])));
      if (![a.cue, a.source].some((p) => held!.overlaps(p)) && !held.overlaps(a.content)) added.push(a);
    }
  }
  return added.length === 0 ? out : inCueOrder([...out, ...added]);
}

/**
 * The report in the relative clause opened by "which" at token i: a speaker (a noun phrase that
 * speaks), maybe an auxiliary, a reporting verb, then the clause's predicate with no "that".
 * Token ranges for the source and the cue, character spans for the content.
 */
function relativeReport(text: string, tokens: readonly Token[], i: number, last: number, subjectGap: boolean): { source: [number, number]; cue: [number, number]; content: Array<[number, number]> } | null {
  let k = i + 1;
  while (k <= last && k - i <= MAX_SPEAKER && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|ADV)$/u.test(tokens[k]!.pos)) k++;
  // an adverb after the speaker goes with the verb ("which it previously had said was")
  let sourceEnd = k - 1;
  while (sourceEnd > i + 1 && tokens[sourceEnd]!.pos === 'ADV') sourceEnd--;
  if (sourceEnd <= i || !speakerLike(tokens, [i + 1, sourceEnd])) return null;
  // "which it had said was", "which he has repeatedly said"
  const cueStart = sourceEnd + 1;
  while (k <= last && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  const verb = tokens[k];
  if (!verb || verb.pos !== 'VERB' || !REPORTS.has(verb.lemma.toLowerCase())) return null;
  const from = k + 1;
  const next = tokens[from];
  if (!next || from > last || next.pos === 'PUNCT' || next.lower === 'that' || (subjectGap && !/^(?:AUX|VERB)$/u.test(next.pos))) return null;
  // the clause ends where the sentence's own predicate resumes after a comma ("…, which he said was truthful, is …")
  let end = last;
  for (let j = from + 1; j < last; j++) {
    if (tokens[j]!.text === ',' && /^(?:AUX|VERB)$/u.test(tokens[j + 1]!.pos) && !/ing$/u.test(tokens[j + 1]!.lower)) {
      end = j - 1;
      break;
    }
  }
  if (!hasVerb(tokens, from, end)) return null;
  const ce = contentEnd(text, next.start, tokens[end]!.end, true);
  if (ce <= next.start) return null;
  return { source: [i + 1, sourceEnd], cue: [cueStart, k], content: [[tokens[i]!.start, tokens[i]!.end], [next.start, ce]] };
}
