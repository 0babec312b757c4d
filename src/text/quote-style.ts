// Quotation-mark style. American news quotes with “double” marks and nests
// ‘single’ ones inside; British, Irish, Indian and many Asian and African
// outlets do the reverse. Every quote-aware part of the pipeline (quote
// pairing, the taggers' quote-state features, direct/mixed kinds) reads the
// American convention it was trained on, so an article quoting with single
// marks is read through a copy of its text with the two kinds swapped. Each
// mark is one UTF-16 unit either way: the copy is the same length, offset for
// offset, and records keep the article's own text.

/** The two quotation-mark conventions. */
export type QuoteStyle = 'double' | 'single';

const OPEN_SINGLE = '‘';
const CLOSE_SINGLE = '’';
const OPEN_DOUBLE = '“';
const CLOSE_DOUBLE = '”';

/** A letter or digit (not a space, mark or punctuation). */
export const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);

/** Characters after which a mark opens a quotation: start, space, bracket, dash, slash or the other kind of mark. */
const BEFORE_OPENING = /[\s([{—–\-/“"]/u;
/** Apostrophes that stand where an opening mark could: ’90s, ’em, ’til, ’cause, rock ’n’ roll, ’tis. */
const ELISION = /^(?:\d\ds?\b|(?:em|til|cause|n|tis|twas|bout|round)(?![\p{L}]))/iu;

/** A single mark (curly ‘ or straight ') at `i` that opens a quotation. */
function opensSingle(text: string, i: number): boolean {
  const c = text[i];
  if (c !== OPEN_SINGLE && c !== "'") return false;
  const prev = text[i - 1];
  if (prev !== undefined && !BEFORE_OPENING.test(prev)) return false;
  // '' is a straight double quote in wire copy; a doubled mark is not a single one
  if (c === "'" && (text[i + 1] === "'" || prev === "'")) return false;
  const next = text[i + 1];
  if (isSpace(next)) return false;
  return !ELISION.test(text.slice(i + 1, i + 7));
}

/** A single mark at `j` that can close a quotation opened with `open`: after a non-space, before a non-letter. */
function closesSingle(text: string, j: number, open: string): boolean {
  const c = text[j];
  if (c !== (open === "'" ? "'" : CLOSE_SINGLE)) return false;
  return !isSpace(text[j - 1]) && !isWordChar(text[j + 1]) && text[j + 1] !== "'" && text[j - 1] !== "'";
}

/** A closing candidate that reads as well as a plural possessive ("the voters’ choice"): passed over if a later one closes. */
function possessiveLike(text: string, j: number): boolean {
  return /[sSzZ]/u.test(text[j - 1]!) && text[j + 1] === ' ' && isWordChar(text[j + 2]);
}

/**
 * Whether a straight mark of `width` characters at `i` (" or wire copy's '') stands where a
 * quotation opens: at the start or after a space, bracket, dash or mark, and before a non-space.
 */
export function straightMarkOpens(text: string, i: number, width: number): boolean {
  const prev = text[i - 1];
  return (prev === undefined || BEFORE_OPENING.test(prev)) && !isSpace(text[i + width]);
}

/** Opening double marks: curly “, and straight " or '' (wire copy) where a quotation can open. */
function countDoubleOpenings(text: string): number {
  let n = 0;
  for (let i = text.indexOf(OPEN_DOUBLE); i >= 0; i = text.indexOf(OPEN_DOUBLE, i + 1)) n++;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1)) if (straightMarkOpens(text, i, 1)) n++;
  for (let i = text.indexOf("''"); i >= 0; i = text.indexOf("''", i + 2)) if (straightMarkOpens(text, i, 2)) n++;
  return n;
}

/** Ascending offsets, read by a cursor that only moves forward (every query starts at or after the last). */
class Ascending {
  private k = 0;
  readonly at: number[] = [];
  /** The first offset at or after `from`, or -1. */
  from(from: number): number {
    while (this.k < this.at.length && this.at[this.k]! < from) this.k++;
    return this.k < this.at.length ? this.at[this.k]! : -1;
  }
}

/**
 * The pairs of single marks that quote: [open, close] offsets (close −1 when
 * the quote runs on to the paragraph's end). One pass gathers the openings,
 * closings and line breaks; pairing then moves forward through them, so a
 * long text costs linear time.
 */
function singlePairs(text: string): Array<[number, number]> {
  const openings: number[] = [];
  const breaks = new Ascending();
  // closings by the kind of mark (curly ’ or straight '): plain ones, and those that read as well as a plural possessive
  const closings = { curly: { plain: new Ascending(), possessive: new Ascending() }, straight: { plain: new Ascending(), possessive: new Ascending() } };
  for (let j = 0; j < text.length; j++) {
    const c = text[j];
    if (c === '\n') breaks.at.push(j);
    else if (c === OPEN_SINGLE || c === "'") {
      if (opensSingle(text, j)) openings.push(j);
    }
    if ((c === CLOSE_SINGLE || c === "'") && closesSingle(text, j, c === "'" ? "'" : OPEN_SINGLE)) {
      closings[c === "'" ? 'straight' : 'curly'][possessiveLike(text, j) ? 'possessive' : 'plain'].at.push(j);
    }
  }
  const pairs: Array<[number, number]> = [];
  let i = 0;
  for (const at of openings) {
    if (at < i) continue;
    const nl = breaks.from(at);
    const paragraphEnd = nl < 0 ? text.length : nl;
    const { plain, possessive } = closings[text[at] === "'" ? 'straight' : 'curly'];
    const within = (j: number) => (j >= 0 && j < paragraphEnd ? j : -1);
    let close = within(plain.from(at + 2));
    if (close < 0) close = within(possessive.from(at + 2));
    pairs.push([at, close]);
    i = close < 0 ? paragraphEnd : close + 1;
  }
  return pairs;
}

export interface QuoteReading {
  style: QuoteStyle;
  /** The text as the quote-aware stages read it: `text` itself, or (single style) a same-length copy with the two kinds of marks swapped. */
  text: string;
  /** Single-mark quotations found (counted whatever the style). */
  singleQuotes: number;
  /** Opening double marks found. */
  doubleQuotes: number;
}

/**
 * The article's quotation style, and the text the quote-aware stages read.
 * Single style needs at least two single-mark quotations and twice as many as
 * double-mark openings: an American article's nested ‘…’ never tips it, nor do
 * a British headline's marks over a body quoted in double marks. (One quotation
 * alone is left as it is: it is as often a headline's or a title's.)
 */
export function readQuotes(text: string): QuoteReading {
  const doubleQuotes = countDoubleOpenings(text);
  // cheap exit: no single mark that could open a quotation
  if (text.indexOf(OPEN_SINGLE) < 0 && !/(?:^|[\s(“"])'[^\s']/u.test(text)) return { style: 'double', text, singleQuotes: 0, doubleQuotes };
  const pairs = singlePairs(text);
  const singleQuotes = pairs.length;
  if (singleQuotes < 2 || singleQuotes < 2 * doubleQuotes) return { style: 'double', text, singleQuotes, doubleQuotes };
  const chars = text.split('');
  // the nested double marks become single ones (curly only: a straight " stays what it is)
  for (let k = 0; k < chars.length; k++) {
    if (chars[k] === OPEN_DOUBLE) chars[k] = OPEN_SINGLE;
    else if (chars[k] === CLOSE_DOUBLE) chars[k] = CLOSE_SINGLE;
  }
  for (const [open, close] of pairs) {
    chars[open] = OPEN_DOUBLE;
    if (close >= 0) chars[close] = CLOSE_DOUBLE;
  }
  return { style: 'single', text: chars.join(''), singleQuotes, doubleQuotes };
}
