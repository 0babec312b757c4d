// A content that ends on a mark that closes nothing: a comma, semicolon or colon ("that 90,000
// homes a year are needed,"), or a quotation mark or bracket that opens what comes next ("…
// invite retaliation. “"). PolNeAR's gold ends before them: of the predicted contents of train
// ending on a comma, semicolon or colon whose gold content ends there or one mark before, 102 of
// 103 end before the mark. The content ends at its last word.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { part } from '../text/spans.ts';
import { kindOf } from './draft.ts';
import { IntervalSet, intervalsOf } from '../tagger/hybrid.ts';

/** Marks a content cannot end on, with the white space between them. */
const DANGLING_END = /(?:\s*[,;:(])+\s*$/u;
/**
 * In a content that is no quotation, a quotation mark after a space opens the next one (and a full
 * stop before it ends the sentence the content ends): "… invite retaliation. “". A quotation's own
 * content may close on a mark after a space ("… that he is doing this, "").
 */
const OPENING_MARK_END = /(?:[.]?\s+["“])+$/u;

export function contentsWithoutDanglingMarks(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const text = doc.text;
  return attributions.map((a) => {
    const spans = a.content.spans.map(([s, e]) => [s, e] as [number, number]);
    const last = spans[spans.length - 1]!;
    const body = text.slice(last[0], last[1]);
    const quoted = /^["“]/u.test(text.slice(spans[0]![0], spans[0]![0] + 1));
    const opening = quoted ? -1 : body.search(OPENING_MARK_END);
    const cut = opening >= 0 ? opening : body.search(DANGLING_END);
    if (cut <= 0) return a;
    last[1] = last[0] + cut;
    return { ...a, kind: a.kind === 'according-to' ? a.kind : kindOf(text, spans), content: part(text, spans) };
  });
}

/**
 * "Russia warned it could escalate its war in Ukraine, while a larger-than-expected build …": the
 * tagger's content sometimes breaks off for a few words and starts again, and the two runs make
 * one content in two spans. A content is in two spans where something stands between them (its
 * cue and source, "“A,” he said, “B”", or a paragraph break); between two spans of one sentence
 * with nothing of any attribution between them, PolNeAR's gold content runs on over the gap more
 * often than it ends before it (train: 69 of the 212 such predicted contents run on over it, 12
 * end before it, the rest differ at other ends or have no gold cue). The gap is closed within a
 * sentence, unless the second span is a quotation of its own (train: 59 more contents exact to
 * the character, 1 fewer).
 */
export function contentsWithoutGaps(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const text = doc.text;
  const multi = attributions.filter((a) => a.content.spans.length > 1);
  if (multi.length === 0) return [...attributions];
  const parts = new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
  return attributions.map((a) => {
    if (a.content.spans.length < 2) return a;
    const spans: Array<[number, number]> = [[a.content.spans[0]![0], a.content.spans[0]![1]]];
    for (const [s, e] of a.content.spans.slice(1)) {
      const last = spans[spans.length - 1]!;
      const gap: [number, number] = [last[1], s];
      // within one sentence, and not before a quotation of its own ("… New Jersey. “A leader must …")
      const between = text.slice(gap[0], gap[1]);
      if (/[\n.?!]/u.test(between) || /^["“']/u.test(text.slice(s, s + 1)) || parts.overlaps({ text: '', spans: [gap] })) spans.push([s, e]);
      else last[1] = e;
    }
    if (spans.length === a.content.spans.length) return a;
    return { ...a, kind: a.kind === 'according-to' ? a.kind : kindOf(text, spans), content: part(text, spans) };
  });
}
