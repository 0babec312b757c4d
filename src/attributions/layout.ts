// What the layout puts before a content is no part of what was said.
//
// A wire story's dateline is where it was filed: "MOSCOW
// (Reuters) — Russia's air defence systems were repelling drones …, the Kremlin
// said." PolNeAR's gold never starts a content on one (train: 9 contents open
// right after a dateline, none on it), but a content that runs back to its
// paragraph's start takes it along; a source that opens the story's first
// sentence can take it along too ("SAN FRANCISCO — Northstar warned …", a
// probe; on dev "BRUSSELS - European leaders"). Only the article's first lines are looked
// at: a dateline opens the story's first paragraph, after its title and byline.
//
// A list marker ("- ", "• ") opening a line: "- 38 people were killed, according to
// Kazakh authorities." PolNeAR has no contents on list lines, so this one is a
// judgement, not a measurement: the marker is layout.
import { analysisText, type Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { part } from '../text/spans.ts';

/**
 * "WASHINGTON — ", "BEDFORD, N.H. (AP) — ", "MEXICO CITY - ", "WASHINGTON -- ",
 * "BAKU/MOSCOW, Dec 26 (Reuters) - ": a place in capitals (or two, with a slash; a state,
 * country or date after a comma may be in lower case), an agency in brackets, then a dash
 * with a space after it.
 */
const DATELINE = /^\p{Lu}[\p{Lu}.'’/-]+(?: \p{Lu}[\p{Lu}.'’/-]+)*(?:, \p{Lu}[\p{L}\p{N}.'’ -]{0,24}?)?(?: \([^()\n]{1,40}\))? ?(?:—|–|―|--|-) +/u;
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

/** A list marker and its spaces at `at`, when `at` opens a line: their end, else `at`. */
function afterListMarker(text: string, at: number): number {
  if (at > 0 && text[at - 1] !== '\n') return at;
  const m = LIST_MARKER.exec(text.slice(at, at + 8));
  return m ? at + m[0].length : at;
}
const LIST_MARKER = /^[-•*▪·‣◦]\s+/u;

/** Contents that start on the dateline or on a line's list marker start after it; so do sources on the dateline ("SAN FRANCISCO — Northstar Semiconductor warned …"). */
export function withoutLayout(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const reading = analysisText(doc);
  const dateline = datelineOf(reading);
  return attributions.map((a) => {
    let out = a;
    const spans = a.content.spans;
    const [s, e] = spans[0]!;
    let from = afterListMarker(reading, s);
    if (dateline && s === dateline[0]) from = dateline[1];
    if (from !== s && from < e) out = { ...out, content: part(doc.text, [[from, e], ...spans.slice(1)]) };
    const source = a.source?.spans;
    if (dateline && source && source[0]![0] === dateline[0] && dateline[1] < source[0]![1]) {
      out = { ...out, source: part(doc.text, [[dateline[1], source[0]![1]], ...source.slice(1)]) };
    }
    return out;
  });
}
