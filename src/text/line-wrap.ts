// Hard-wrapped text. Plain-text wire copy, e-mail and PDF extracts break every
// paragraph into lines of 60 to 80 columns; the stages expect one paragraph per
// line (a new line that opens with a capital starts a new paragraph, a quote
// left open ends with its line). A wrapped article is read through a copy
// with its soft line breaks made spaces: the same length, offset for offset.
import { trimRange } from './spans.ts';

/** The longest line a hard-wrapped text may have: wrappers work at 60 to 80 columns, a few at more. */
const MAX_WRAP_WIDTH = 160;

/** A line that opens a list item or a table row: never the rest of the line before it. */
const LIST_ITEM = /^(?:[-*•·–—|>]\s|\d{1,2}[.)]\s)/u;

/** Lines as [start, end) ranges without their line terminators (CRLF, CR, LF). */
export function lines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push([start, i]);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  out.push([start, text.length]);
  return out;
}

function firstWordLength(text: string, [start, end]: readonly [number, number]): number {
  let i = start;
  while (i < end && !/\s/u.test(text[i]!)) i++;
  return i - start;
}

/** Columns of the whitespace in [start, end), a tab taking 8 (as wrappers count it). */
function columns(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) n += text[i] === '\t' ? 8 : 1;
  return n;
}

export interface LineReading {
  /** The text as the stages read it: `text` itself, or a same-length copy with the soft line breaks made spaces. */
  text: string;
  /** Line breaks read as spaces (0 when the text is not hard-wrapped). */
  softBreaks: number;
  /** The widest line, when the text is hard-wrapped. */
  width: number | null;
}

/**
 * Whether `text` is hard-wrapped, and its reading. It is when no line is
 * longer than MAX_WRAP_WIDTH and most breaks between two non-blank lines fall
 * where a greedy wrapper breaks: the next line's first word would not have
 * fitted on the line. Those breaks are soft; a break after a short line (a
 * paragraph's or a heading's end), before a blank line or before a line
 * indented deeper than its own stays.
 */
export function readLines(text: string): LineReading {
  const plain: LineReading = { text, softBreaks: 0, width: null };
  const raw = lines(text);
  if (raw.length < 4) return plain;
  let width = 0;
  // most texts have one paragraph per line: done at the first line too long to be wrapped (trailing spaces aside)
  for (const [s, e] of raw) if (e - s > MAX_WRAP_WIDTH + 8) return plain;
  const trimmed = raw.map(([s, e]) => trimRange(text, s, e));
  for (const [s, e] of trimmed) width = Math.max(width, e - s);
  if (width > MAX_WRAP_WIDTH) return plain;
  const soft: number[] = [];
  let breaks = 0;
  for (let k = 0; k + 1 < trimmed.length; k++) {
    const [as, ae] = trimmed[k]!;
    const b = trimmed[k + 1]!;
    if (ae === as || b[1] === b[0]) continue; // a blank line: a paragraph break
    breaks++;
    if (LIST_ITEM.test(text.slice(b[0], b[0] + 4))) continue;
    // first-line indentation: a line indented deeper than the one before opens a paragraph …
    const indent = as - raw[k]![0];
    const nextIndent = b[0] - raw[k + 1]![0];
    if (nextIndent > indent) continue;
    // … and a paragraph's first line, indented deeper than the next, was that much shorter to the wrapper (a tab taking up to 8 columns)
    const lead = indent > nextIndent ? columns(text, raw[k]![0], as) : 0;
    if (lead + ae - as + 1 + firstWordLength(text, b) > width) soft.push(k);
  }
  if (soft.length < 3 || soft.length * 2 < breaks) return plain;
  const chars = text.split('');
  for (const k of soft) for (let i = trimmed[k]![1]; i < trimmed[k + 1]![0]; i++) chars[i] = ' ';
  return { text: chars.join(''), softBreaks: soft.length, width };
}
