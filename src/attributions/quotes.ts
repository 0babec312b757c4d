// Quotation marks: pairing opening and closing marks over the whole text, so
// a quote that runs over several sentences or paragraphs is one region, and
// cues inside a quotation are not taken for the writer's own attributions.
import { lowerBound } from '../text/search.ts';
import { isWordChar } from '../text/quote-style.ts';

export interface QuoteRegion {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just past the closing mark (or the paragraph end when a quote runs on unclosed). */
  end: number;
  closed: boolean;
}

const OPEN_CURLY = '“';
const CLOSE_CURLY = '”';

/** A transcript speaker label: "PENCE:", "MR. TRUMP:", "O'REILLY:". */
export const SPEAKER_TURN = /^\p{Lu}[\p{Lu}.'’ -]{1,40}:/u;

/**
 * Pair quotation marks. Curly marks pair by direction; a straight `"` opens
 * when the character before it is not a word character or closing punctuation.
 * A new paragraph that opens with a quote while a quote is open continues it
 * (news style for quotes running over paragraphs).
 */
export function quoteRegions(text: string): QuoteRegion[] {
  const regions: QuoteRegion[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    // two apostrophes stand for a straight double quote in some wire copy: ''It's anti-reform,''
    const doubled = c === "'" && text[i + 1] === "'";
    if (c !== '"' && c !== OPEN_CURLY && c !== CLOSE_CURLY && !doubled) continue;
    const width = doubled ? 2 : 1;
    const prev = text[i - 1];
    const straight = c === '"' || doubled;
    const opening =
      c === OPEN_CURLY ||
      (straight && !(isWordChar(prev) || (prev !== undefined && /[.,!?;:)\]’'—–-]/u.test(prev))) && !(open >= 0 && closesAfterInnerQuote(text, i, width)));
    if (opening) {
      if (open >= 0) {
        // an unclosed quote: if a paragraph break lies between, this continues it
        const between = text.slice(open, i);
        if (/\n/u.test(between)) {
          // …unless it opens a transcript turn ("WALLACE: …"): each turn is its own quote
          if (!SPEAKER_TURN.test(text.slice(i + width, i + width + 48))) {
            i += width - 1;
            continue;
          }
          regions.push({ start: open, end: open + between.trimEnd().length, closed: false });
        } else regions.push({ start: open, end: i, closed: false });
      }
      open = i;
    } else if (open >= 0) {
      regions.push({ start: open, end: i + width, closed: true });
      open = -1;
    }
    i += width - 1;
  }
  if (open >= 0) {
    const nl = text.indexOf('\n', open);
    regions.push({ start: open, end: nl < 0 ? text.length : nl, closed: false });
  }
  return regions;
}

/**
 * A straight mark spaced off the single quote that closes an inner quotation
 * closes the outer one: `'African American outreach,' " he told the group`
 * (a typesetting habit of US papers). Not before a word: `the players' "dream team"`.
 */
function closesAfterInnerQuote(text: string, i: number, width: number): boolean {
  const inner = text[i - 2];
  return text[i - 1] === ' ' && (inner === "'" || inner === '’') && !isWordChar(text[i + width]);
}

/** The region containing offset `pos` (strictly inside its marks), if any. */
export function regionAt(regions: readonly QuoteRegion[], pos: number): QuoteRegion | undefined {
  // regions are sorted and disjoint: binary search
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid]!;
    if (pos < r.start) hi = mid - 1;
    else if (pos >= r.end) lo = mid + 1;
    else return pos > r.start && pos < r.end - (r.closed ? 1 : 0) ? r : undefined;
  }
  return undefined;
}

export function isQuoteMark(c: string | undefined): boolean {
  return c === '"' || c === OPEN_CURLY || c === CLOSE_CURLY;
}

/** Whether a quotation mark (single-character, or a doubled apostrophe) starts at `pos`. */
export function quoteMarkAt(text: string, pos: number): boolean {
  return isQuoteMark(text[pos]) || (text[pos] === "'" && text[pos + 1] === "'");
}

/** The first region starting at or after `pos` (regions are sorted and disjoint). */
export function firstRegionFrom(regions: readonly QuoteRegion[], pos: number): QuoteRegion | undefined {
  return regions[lowerBound(regions, pos)];
}

/** The region that opens exactly at `pos`. */
export function regionStartingAt(regions: readonly QuoteRegion[], pos: number): QuoteRegion | undefined {
  const r = firstRegionFrom(regions, pos);
  return r && r.start === pos ? r : undefined;
}

/** The region that closes exactly at `end` (ends are sorted too, since regions are disjoint). */
export function regionEndingAt(regions: readonly QuoteRegion[], end: number): QuoteRegion | undefined {
  let a = 0;
  let b = regions.length;
  while (a < b) {
    const m = (a + b) >> 1;
    if (regions[m]!.end < end) a = m + 1;
    else b = m;
  }
  const r = regions[a];
  return r && r.end === end ? r : undefined;
}
