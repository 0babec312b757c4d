// A content that ends on a mark that closes nothing: a comma, semicolon or colon ("that 90,000
// homes a year are needed,"), or a quotation mark or bracket that opens what comes next ("…
// invite retaliation. “"). PolNeAR's gold ends before them: of the predicted contents of train
// ending on a comma, semicolon or colon whose gold content ends there or one mark before, 102 of
// 103 end before the mark. The content ends at its last word.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { part } from '../text/spans.ts';
import { kindOf } from './draft.ts';

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
