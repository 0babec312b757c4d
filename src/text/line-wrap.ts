// Hard-wrapped text. Plain-text wire copy, e-mail and PDF extracts break every
// paragraph into lines of 60 to 80 columns; the stages expect one paragraph per
// line (a new line that opens with a capital starts a new paragraph, a quote
// left open ends with its line). A wrapped article is read through a copy
// with its soft line breaks made spaces: the same length, offset for offset.

/** The longest line a hard-wrapped text may have: wrappers work at 60 to 80 columns, a few at more. */
const MAX_WRAP_WIDTH = 160;

/** A line that opens a list item or a table row: never the rest of the line before it. */
const LIST_ITEM = /^(?:[-*•·–—|>]\s|\d{1,2}[.)]\s)/u;

interface Line {
  start: number;
  /** End of the line's text, before trailing spaces and the line break. */
  end: number;
  /** Offset just past the line break (the next line's start). */
  next: number;
}

/** The lines of `text`, or null as soon as one is longer than a wrapped text's can be (most texts: one paragraph per line). */
function linesOf(text: string): Line[] | null {
  const out: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i < text.length && c !== 10 && c !== 13) {
      if (i - start > MAX_WRAP_WIDTH + 8) return null; // trailing spaces aside
      continue;
    }
    let end = i;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    let s = start;
    while (s < end && /\s/u.test(text[s]!)) s++;
    const next = c === 13 && text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
    out.push({ start: s, end, next });
    start = next;
    i = next - 1;
  }
  return out;
}

function firstWordLength(text: string, line: Line): number {
  let i = line.start;
  while (i < line.end && !/\s/u.test(text[i]!)) i++;
  return i - line.start;
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
 * paragraph's or a heading's end) or before a blank line stays.
 */
export function readLines(text: string): LineReading {
  const plain: LineReading = { text, softBreaks: 0, width: null };
  const lines = linesOf(text);
  if (!lines || lines.length < 4) return plain;
  let width = 0;
  for (const l of lines) width = Math.max(width, l.end - l.start);
  if (width > MAX_WRAP_WIDTH) return plain;
  const soft: number[] = [];
  let breaks = 0;
  for (let k = 0; k + 1 < lines.length; k++) {
    const a = lines[k]!;
    const b = lines[k + 1]!;
    if (a.end === a.start || b.end === b.start) continue; // a blank line: a paragraph break
    breaks++;
    if (LIST_ITEM.test(text.slice(b.start, b.start + 4))) continue;
    if (a.end - a.start + 1 + firstWordLength(text, b) > width) soft.push(k);
  }
  if (soft.length < 3 || soft.length * 2 < breaks) return plain;
  const chars = text.split('');
  for (const k of soft) for (let i = lines[k]!.end; i < lines[k + 1]!.start; i++) chars[i] = ' ';
  return { text: chars.join(''), softBreaks: soft.length, width };
}
