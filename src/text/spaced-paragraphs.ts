// An article on one line. Scrapers and feeds that drop line breaks often leave
// a paragraph's end as a run of spaces ("…Phoenix.  The Latest …"), while the
// sentences inside a paragraph keep one space. The stages read paragraphs (a
// heading, a speaker's turn, a round-up line "“…” ― Name", a quotation that
// runs on into the next paragraph), so such a text is read through a copy with
// those runs' first two spaces made line breaks: the same length, offset for
// offset. A text typed with two spaces after every sentence is not read so: it
// has no single-spaced sentence ends to tell its paragraphs from its sentences.

export interface SpacedParagraphReading {
  /** The text as the stages read it: `text` itself, or a same-length copy with paragraph runs made "\n\n". */
  text: string;
  /** Runs of spaces read as paragraph breaks (0 when the text is not read so). */
  breaks: number;
}

/** A run of two or more spaces before what may open a paragraph: a capital, a digit, a quotation mark or a bracket. */
const RUN = / {2,}(?=["“‘'(\[]?[\p{Lu}\p{N}]|["“‘])/gu;
/** A sentence's end, with its closing marks: where a paragraph may end. */
const SENTENCE_END = /[.!?…:;]["”’')\]]*$/u;
/** A sentence end followed by one space and a capital (or a quotation opening on one). */
const SINGLE_SPACED_END = /[.!?]["”’)]? (?=["“]?\p{Lu})/gu;
/** A heading has no final stop; it is a paragraph of at most this many words with no sentence end in it. */
const MAX_HEADING_WORDS = 14;
const INNER_SENTENCE_END = /[.!?]["”’)]?\s/u;
/** Paragraph runs must be at least this many, and single-spaced sentence ends at least this share of them. */
const MIN_BREAKS = 3;
const MIN_SINGLE_SHARE = 0.25;
const OPENING_QUOTE = /^["“‘]/u;

/** Whether a double quotation is open at the end of `para` (curly marks nest to one level; straight ones toggle). */
function quotationOpen(para: string): boolean {
  let open = false;
  for (let i = 0; i < para.length; i++) {
    const c = para[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}

/** A headline or a subheading: short, with no sentence's end (a stray double space inside a sentence follows more words). */
function isHeading(para: string): boolean {
  return !INNER_SENTENCE_END.test(para) && para.trim().split(/\s+/u).length <= MAX_HEADING_WORDS;
}

export function readSpacedParagraphs(text: string): SpacedParagraphReading {
  const unchanged = { text, breaks: 0 };
  if (/[\n\r\u2028\u2029]/u.test(text)) return unchanged;
  const breaks: number[] = [];
  let paraStart = 0;
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m !== null; m = RUN.exec(text)) {
    const before = text.slice(paraStart, m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1);
    if (!SENTENCE_END.test(before) && !isHeading(before) && !OPENING_QUOTE.test(after)) continue;
    // inside a quotation, a run is a new paragraph only where the quotation goes on with its mark
    if (quotationOpen(before) && !OPENING_QUOTE.test(after)) continue;
    breaks.push(m.index);
    paraStart = m.index + m[0].length;
  }
  if (breaks.length < MIN_BREAKS) return unchanged;
  const singles = text.match(SINGLE_SPACED_END)?.length ?? 0;
  if (singles < MIN_SINGLE_SHARE * breaks.length) return unchanged;
  const out: string[] = [];
  let last = 0;
  for (const b of breaks) {
    out.push(text.slice(last, b), '\n\n');
    last = b + 2;
  }
  out.push(text.slice(last));
  return { text: out.join(''), breaks: breaks.length };
}
