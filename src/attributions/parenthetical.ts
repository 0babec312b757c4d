// A report set between commas inside the sentence it reports: "The plan, the minister told
// reporters on Monday, would cost £5bn." What was said is the sentence around it, in two
// parts, the subject before the first comma and the predicate after the second, as PolNeAR
// marks it ("The solution … was simple"). The tagger reads most of these (37 of the 39 on
// train whose predicate opens on an auxiliary); after "told" and its addressee it took the
// subject alone, and the rules take the predicate alone.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { lowerBound } from '../text/search.ts';
import { partEnd } from '../text/spans.ts';
import { isQuoteMark } from './quotes.ts';
import { hasVerb, withContent } from './draft.ts';

/** Words between the cue and the closing comma: an addressee or a time, no verb ("told reporters on Monday"). */
const MAX_AFTER_CUE = 8;
/** Words of the subject before the opening comma. */
const MAX_SUBJECT = 12;

export function parentheticalReports(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const cues = attributions.map((a) => a.cue.spans[0]![0]);
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1 || a.cue.spans.length !== 1) return a;
    // (the source first, "the minister told reporters", or the cue, "according to the paper")
    const according = a.kind === 'according-to' && a.cue.spans[0]![0] < a.source.spans[0]![0];
    const src = lowerBound(tokens, according ? a.cue.spans[0]![0] : a.source.spans[0]![0]);
    const cueLast = lowerBound(tokens, according ? partEnd(a.source) : partEnd(a.cue)) - 1;
    const range = ranges[tokens[src]?.sentence ?? -1];
    if (!range || src - 1 <= range[0] || tokens[src - 1]!.text !== ',' || cueLast < src) return a;
    // the subject: from the sentence start to the opening comma, a noun phrase (no verb, no quotation;
    // a verb only in its relative clause: "Keepers who raised safety concerns, he told me, were …")
    const subject: [number, number] = [range[0], src - 2];
    if (subject[1] - subject[0] + 1 > MAX_SUBJECT) return a;
    let relative = false;
    for (let k = subject[0]; k <= subject[1]; k++) {
      const t = tokens[k]!;
      if (k > subject[0] && /^(?:who|which|that)$/u.test(t.lower) && /^(?:NOUN|PROPN)$/u.test(tokens[k - 1]!.pos)) relative = true;
      if (((t.pos === 'VERB' || t.pos === 'AUX') && !relative) || t.text === ',' || isQuoteMark(t.text)) return a;
    }
    if (!/^(DET|NOUN|PROPN|ADJ|NUM)$/u.test(tokens[subject[0]]!.pos)) return a;
    // the closing comma, after the addressee or time
    let comma = cueLast + 1;
    while (comma <= range[1] && tokens[comma]!.text !== ',' && comma - cueLast <= MAX_AFTER_CUE) {
      const t = tokens[comma]!;
      if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.text) || t.lower === 'that') return a;
      comma++;
    }
    if (tokens[comma]?.text !== ',') return a;
    // the predicate opens on its verb ("would cost", "had committed", "was simple")
    const from = comma + 1;
    if (!/^(AUX|VERB)$/u.test(tokens[from]?.pos ?? '')) return a;
    let to = range[1];
    while (to > from && tokens[to]!.pos === 'PUNCT' && !isQuoteMark(tokens[to]!.text)) to--;
    if (to <= from) return a;
    const [ps, pe] = [tokens[from]!.start, tokens[to]!.end];
    // the predicate ends where the reading's did (before "…, the latter a reference to …"), else at the sentence end
    const last = a.content.spans[a.content.spans.length - 1]!;
    const end = last[0] >= ps && last[1] <= pe ? last[1] : pe;
    const spans: Array<[number, number]> = [
      [tokens[subject[0]]!.start, tokens[subject[1]]!.end],
      [ps, end],
    ];
    // the reading's content lies within the two parts, and no other cue does
    const inParts = (s: number, e: number) => [spans[0]!, [ps, pe]].some(([x, y]) => x! <= s && e <= y!);
    if (!a.content.spans.every(([s, e]) => inParts(s, e))) return a;
    if (cues.some((c) => c !== a.cue.spans[0]![0] && inParts(c, c + 1))) return a;
    return withContent(doc, a, spans);
  });
}

/**
 * "At that time, the statement said, Grozny, Mozdok and Vladikavkaz were being attacked …": after
 * a report set between commas, the tagger may stop the clause it reports at its first comma (a
 * list's). While the content has no verb at all, its part after the report runs on to the
 * sentence's end when the rest of it holds the clause's verb, no quotation and no other cue.
 */
export function parentheticalClausesWhole(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const cues = attributions.map((a) => a.cue.spans[0]![0]);
  return attributions.map((a) => {
    const spans = a.content.spans;
    if (!a.source || a.cue.spans.length !== 1 || spans.length < 2 || spans[0]![1] > a.source.spans[0]![0]) return a;
    const [ls, le] = spans[spans.length - 1]!;
    const from = lowerBound(tokens, ls);
    const stop = lowerBound(tokens, le);
    const range = ranges[tokens[from]?.sentence ?? -1];
    if (!range || ls < partEnd(a.cue) || tokens[from - 1]?.text !== ',' || tokens[stop]?.text !== ',' || stop >= range[1]) return a;
    // the clause still lacks its verb: a content with a verb ends where the reading ended it ("Turnout
    // was high, officials said, at 68 percent, though …", "…, the latter a reference to …")
    if (spans.some(([s, e]) => hasVerb(tokens, lowerBound(tokens, s), lowerBound(tokens, e) - 1))) return a;
    let to = range[1];
    while (to > stop && tokens[to]!.pos === 'PUNCT' && !isQuoteMark(tokens[to]!.text)) to--;
    if (!hasVerb(tokens, stop + 1, to) || tokens.slice(stop + 1, to + 1).some((t) => isQuoteMark(t.text))) return a;
    const end = tokens[to]!.end;
    if (cues.some((c) => c > le && c < end)) return a;
    return withContent(doc, a, [...spans.slice(0, -1), [ls, end]]);
  });
}
