// A wire story's dateline is where it was filed, not what was said: "MOSCOW
// (Reuters) — Russia's air defence systems were repelling drones …, the Kremlin
// said." PolNeAR's gold never starts a content on one (train: 9 contents open
// right after a dateline, none on it), but a content that runs back to its
// paragraph's start takes it along. Only the article's first lines are looked
// at: a dateline opens the story's first paragraph, after its title and byline.
import { analysisText, type Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { part } from '../text/spans.ts';

/**
 * "WASHINGTON — ", "BEDFORD, N.H. (AP) — ", "MEXICO CITY - ", "WASHINGTON -- ": a place in
 * capitals (a state or country after a comma may be in lower case), an agency in
 * brackets, then a dash with a space after it.
 */
const DATELINE = /^\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+)*(?:, \p{Lu}[\p{L}.'’ -]{0,24}?)?(?: \([^()\n]{1,40}\))? ?(?:—|–|―|--|-) +/u;
/** Lines read for a dateline: title, byline, date and the first paragraph fit. */
const LINES = 6;

/** The dateline opening one of the article's first lines: [start, end of the dash and its space], or null. */
export function datelineOf(text: string): [number, number] | null {
  let at = 0;
  for (let n = 0; n < LINES && at < text.length; ) {
    const eol = text.indexOf('\n', at);
    const end = eol < 0 ? text.length : eol;
    if (end > at) {
      const m = DATELINE.exec(text.slice(at, Math.min(end, at + 120)));
      if (m) return [at, at + m[0].length];
      n++;
    }
    at = end + 1;
  }
  return null;
}

/** Contents that start on the dateline start after it. */
export function withoutDateline(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const dateline = datelineOf(analysisText(doc));
  if (!dateline) return [...attributions];
  const [start, end] = dateline;
  return attributions.map((a) => {
    const spans = a.content.spans;
    if (spans[0]![0] !== start || spans[0]![1] <= end) return a;
    return { ...a, content: part(doc.text, [[end, spans[0]![1]], ...spans.slice(1)]) };
  });
}
