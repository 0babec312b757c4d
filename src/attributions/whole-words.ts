// A content ends where a word ends, and holds both marks of a quotation it holds one of.
//
// The tagger labels tokens, and wink splits a hyphenated compound into three ("duty", "-",
// "time"): a content can then stop at the hyphen, "that current duty-", half a word no reader
// can use. Such an end runs on to the end of the compound.
//
// A tagged content can also start just after a quotation's opening mark and end with its
// closing one ('said only: "The investigation continues."' read as 'The investigation
// continues."'). PolNeAR's gold takes both marks: of the 25 such contents predicted on train
// it has 8 with both marks and none as predicted; on dev 3 of 3 with both.
import { analysisText, type Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { part } from '../text/spans.ts';
import { isWordChar } from '../text/quote-style.ts';
import { quoteRegions, regionEndingAt, regionStartingAt, type QuoteRegion } from './quotes.ts';
const QUOTE_MARKS = /^["“”'‘’]+$/u;

/** Contents whose last span ends on a hyphen inside a word end at the end of that word; contents holding one mark of a quotation take the other. */
export function wholeWordContents(doc: Doc, attributions: readonly Attribution[], known?: readonly QuoteRegion[]): Attribution[] {
  const text = doc.text;
  let regions = known;
  return attributions.map((a) => {
    const spans = a.content.spans.map(([x, y]) => [x, y] as [number, number]);
    const last = spans[spans.length - 1]!;
    let changed = false;
    const [s, e] = last;
    if (e > s && text[e - 1] === '-' && isWordChar(text[e]) && isWordChar(text[e - 2])) {
      let end = e;
      while (end < text.length && (isWordChar(text[end]) || (text[end] === '-' && isWordChar(text[end + 1])))) end++;
      last[1] = end;
      changed = true;
    }
    // the quotation the content starts in or ends with
    regions ??= quoteRegions(analysisText(doc));
    const start = spans[0]![0];
    const end = last[1];
    const closing = regionEndingAt(regions, end);
    const opening = regionStartingAt(regions, start);
    if (closing && closing.start < start && start - closing.start <= 2 && QUOTE_MARKS.test(text.slice(closing.start, start))) {
      spans[0]![0] = closing.start;
      changed = true;
    } else if (opening && opening.closed && opening.end > end && opening.end - end <= 2 && QUOTE_MARKS.test(text.slice(end, opening.end))) {
      last[1] = opening.end;
      changed = true;
    }
    return changed ? { ...a, content: part(text, spans) } : a;
  });
}
