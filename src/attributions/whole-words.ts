// A content ends where a word ends. The tagger labels tokens, and wink splits a hyphenated
// compound into three ("duty", "-", "time"): a content can then stop at the hyphen, "that
// current duty-", half a word no reader can use. Such an end runs on to the end of the compound.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { part } from '../text/spans.ts';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Contents whose last span ends on a hyphen inside a word end at the end of that word. */
export function wholeWordContents(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const text = doc.text;
  return attributions.map((a) => {
    const spans = a.content.spans;
    const [s, e] = spans[spans.length - 1]!;
    if (e <= s || e >= text.length || text[e - 1] !== '-' || !LETTER_OR_DIGIT.test(text[e]!) || !LETTER_OR_DIGIT.test(text[e - 2] ?? '')) return a;
    let end = e;
    while (end < text.length && (LETTER_OR_DIGIT.test(text[end]!) || (text[end] === '-' && LETTER_OR_DIGIT.test(text[end + 1] ?? '')))) end++;
    return { ...a, content: part(text, [...spans.slice(0, -1).map(([x, y]) => [x, y] as [number, number]), [s, end]]) };
  });
}
