// An article on one line. Scrapers and feeds that drop line breaks often leave
// a paragraph's end as a run of spaces ("…Phoenix.  The Latest …"), while the
// sentences inside a paragraph keep one space. The stages read paragraphs (a
// heading, a speaker's turn, a round-up line "“…” ― Name", a quotation that
// runs on into the next paragraph), so such a text is read through a copy with
// those runs' first two spaces made line breaks: the same length, offset for
// offset. A text typed with two spaces after every sentence is not read so: it
// has no single-spaced sentence ends to tell its paragraphs from its sentences.
import { SameLengthCopy } from './same-length-copy.ts';
import { titleCaseRatio } from './title-case.ts';

export interface SpacedParagraphReading {
  /** The text as the stages read it: `text` itself, or a same-length copy with paragraph runs made "\n\n". */
  text: string;
  /** Runs of spaces read as paragraph breaks (0 when the text is not read so). */
  breaks: number;
}

/** A run of two or more spaces (or tabs, or no-break spaces) before what may open a paragraph: a capital, a digit, a quotation mark or a bracket. */
const RUN = /[ \t\u00a0]{2,}(?=(?:["“‘(\[]|'')?[\p{Lu}\p{N}]|["“‘]|'')/gu;
/** A sentence's end, with its closing marks: where a paragraph may end. */
const SENTENCE_END = /[.!?…:;]["”’')\]]*$/u;
/** A sentence end followed by one space and a capital (or a quotation opening on one). */
const SINGLE_SPACED_END = /[.!?]["”’)]? (?=["“]?\p{Lu})/gu;
/**
 * A full stop that ends an abbreviation, not a sentence: a title ("Mr.", "Sen."), an initial or a
 * dotted abbreviation ("J.", "U.S."), "Jr.", "Inc.", "No.". Tested on the text before the stop.
 */
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{L}|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Adm|St|Jr|Sr|Inc|Co|Corp|Ltd|No|Nos|vs|Rev|Hon|Mt|Ft)$/u;
/** The share of its content words a heading inside the text capitalises. */
const TITLE_CASE_SHARE = 0.75;
/** A heading has no final stop; it is a paragraph of at most this many words with no sentence end in it. */
const MAX_HEADING_WORDS = 14;
/** Longer than this, a paragraph's opening is no heading (so a long paragraph is never split into words per run). */
const MAX_HEADING_CHARS = 300;
/** What the tests of a paragraph's end read of it: its last characters, so that a long paragraph costs the same at each run. */
const TAIL_CHARS = 64;
const INNER_SENTENCE_END = /[.!?]["”’)]?\s/u;
/** Paragraph runs must be at least this many, and single-spaced sentence ends at least this share of them. */
const MIN_BREAKS = 3;
const MIN_SINGLE_SHARE = 0.25;
const OPENING_QUOTE = /^(?:["“‘]|'')/u;

/** Whether the text ends a sentence: a final mark that is no abbreviation's full stop. */
function endsSentence(text: string): boolean {
  if (!SENTENCE_END.test(text)) return false;
  const m = /\.["”’')\]]*$/u.exec(text);
  return !m || !ABBREVIATION.test(text.slice(0, m.index));
}

/** Sentence ends followed by one space, not counting abbreviations ("Mr. Lynch"). */
function singleSpacedEnds(text: string): number {
  let n = 0;
  for (const m of text.matchAll(SINGLE_SPACED_END)) if (m[0][0] !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index))) n++;
  return n;
}

/** Whether a double quotation is open after text[from, to), given whether it was at `from` (curly marks nest to one level; straight ones and '' toggle). */
function quotationOpenAfter(text: string, from: number, to: number, open: boolean): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
    else if (c === "'" && text[i + 1] === "'" && i + 1 < to) {
      open = !open;
      i++;
    }
  }
  return open;
}

/**
 * A headline or a subheading: at most MAX_HEADING_WORDS words with no sentence's end, in title
 * case unless it opens the text ("Rail strike called"). A stray double space early in a
 * sentence ("The transport secretary  Grant Shapps said") follows words in lower case.
 */
function isHeading(para: string, first: boolean): boolean {
  if (para.length > MAX_HEADING_CHARS) return false;
  const words = para.trim().split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_HEADING_WORDS || INNER_SENTENCE_END.test(para)) return false;
  return first || titleCaseRatio(words) >= TITLE_CASE_SHARE;
}

/**
 * Whether a run before a quotation mark parts two paragraphs although the text before it ends no
 * sentence: a round-up line's credit ("“…” ― Sonya Herridge  “…”") ends on a name, a quotation
 * inside a sentence ("called the walkout  “a disgrace”") on a word in lower case.
 */
function endsOnName(text: string): boolean {
  return /\p{Lu}[\p{L}'’.-]*$/u.test(text);
}

export function readSpacedParagraphs(text: string): SpacedParagraphReading {
  const unchanged = { text, breaks: 0 };
  if (/[\n\r\u2028\u2029]/u.test(text)) return unchanged;
  const breaks: number[] = [];
  let paraStart = 0;
  // the quotation state, read once up to `scanned` (a paragraph opens with none open)
  let scanned = 0;
  let open = false;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    open = quotationOpenAfter(text, scanned, m.index, open);
    scanned = m.index;
    const quoteNext = OPENING_QUOTE.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2));
    // inside a quotation, a run is a new paragraph only where the quotation goes on with its mark
    if (open && !quoteNext) continue;
    const tail = text.slice(Math.max(paraStart, m.index - TAIL_CHARS), m.index);
    const ends = endsSentence(tail) || isHeading(text.slice(paraStart, Math.min(m.index, paraStart + MAX_HEADING_CHARS + 1)), breaks.length === 0);
    if (!ends && !(quoteNext && !open && endsOnName(tail))) continue;
    breaks.push(m.index);
    paraStart = m.index + m[0].length;
    scanned = paraStart;
    open = false;
  }
  if (breaks.length < MIN_BREAKS) return unchanged;
  if (singleSpacedEnds(text) < MIN_SINGLE_SHARE * breaks.length) return unchanged;
  const copy = new SameLengthCopy(text);
  for (const b of breaks) {
    copy.put(b, '\n');
    copy.put(b + 1, '\n');
  }
  return { text: copy.toString(), breaks: breaks.length };
}
