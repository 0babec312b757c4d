// Stage 1: find lines/paragraphs and tell prose from headings and boilerplate.
// Headings and boilerplate become segments of their own, so no sentence ever
// glues a heading onto the prose after it, and no claim comes from them.
// The layout reading also settles how the later stages read the text
// (Doc.analysisText): a hard-wrapped article with its soft line breaks as
// spaces (src/text/line-wrap.ts), one quoting in ‘single’ marks with the two
// kinds of marks swapped (src/text/quote-style.ts), one written in Markdown
// with its syntax blanked (src/text/markdown.ts), one on a single line with
// its paragraphs parted by runs of spaces with those runs as line breaks
// (src/text/spaced-paragraphs.ts), one in HTML with its tags
// blanked and its entities as their characters (src/text/html.ts), wire
// copy with each quoting '' as one " (src/text/wire-marks.ts). A "# " line is then read
// like any other line: PolNeAR's gold finds attributions in headlines, and
// forcing Markdown headings out of prose lost them (dev content 57.6 against 58.5).
import { z } from 'zod';
import type { Message, SegmentKind } from '../schemas/index.ts';
import { defineStage } from '../pipeline/stage.ts';
import { message, type Segment } from '../pipeline/doc.ts';
import { readQuotes } from '../text/quote-style.ts';
import { HAS_BARE_LINK } from '../text/links.ts';
import { readMarkdown } from '../text/markdown.ts';
import { readHtml } from '../text/html.ts';
import { lines, readLines } from '../text/line-wrap.ts';
import { readSpacedParagraphs } from '../text/spaced-paragraphs.ts';
import { readWireMarks } from '../text/wire-marks.ts';
import { trimRange } from '../text/spans.ts';
import { mergeAtoms } from '../text/atoms.ts';
import { titleCaseRatio } from '../text/title-case.ts';

export const SegmentOptions = z
  .object({
    /** A line without final punctuation and at most this many words may be a heading. */
    maxHeadingWords: z.number().int().positive().default(14),
  })
  .strict();
export type SegmentOptions = z.infer<typeof SegmentOptions>;

// Promotions, credits and share prompts: lines that are page furniture, not reporting.
const BOILERPLATE = [
  /^(also read|read more|read also|related|see also|more from|recommended|watch|listen|advertisement|sponsored|subscribe|sign up|click here|follow us|share this|story continues)\b\s*[:|–—-]?/iu,
  // wire credits: "Reporting by …; Editing by …", "Additional reporting by …", in Reuters' brackets or not
  // (case-sensitive: "by" must be followed by a name, and /i would let \p{Lu} match any letter)
  /^\(?([Aa]dditional |[Cc]ontributing )?([Rr]eporting|[Ww]riting|[Ee]diting|[Rr]esearch|[Cc]ompiled|[Ww]ritten)( and (reporting|writing|editing|research))? by\s+\p{Lu}/u,
  /^(copyright|©|\(c\))\s|\ball rights reserved\b/iu,
  // a byline: "By LISA MASCARO and MARY CLARE JALONICK Associated Press", "By JOHN F. SMITH" (names, no sentence's end)
  /^By\s+\p{Lu}[^!?]{0,80}[^.!?:]$/u,
  // a credit closing a wire story: "Associated Press writer Kevin Freking contributed to this report."
  /\bcontributed (?:reporting )?to this (?:report|story|article)\.?$/iu,
  // a short time stamp: "Updated 10:42 a.m. ET Oct. 3, 2016", "Published: October 3, 2016"
  /^(?=.{0,80}$)(last )?(updated|published|posted|modified)\b\s*:?\s*(on |at )?(\d|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s)/iu,
  /^\(?(photo|image|picture|video|file photo|graphic)s?\s*(credit|by|courtesy)?\s*[:/]/iu,
  /\b(getty images|ap photo|reuters\/|afp via getty|shutterstock)\b.{0,40}$/iu,
  /^follow\s+\S+(\s+\S+){0,3}\s+on\s+(twitter|x|facebook|instagram)\b/iu,
  /^_{2,}\.?$/u,
];

const FINAL_PUNCT = /[.!?;:,"”’')\]…]$/u;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export function isBoilerplate(line: string): boolean {
  const t = line.trim();
  return BOILERPLATE.some((re) => re.test(t));
}

/** The first `max` + 1 words of a line: enough to tell a long line, without collecting all its words. */
function firstWords(t: string, max: number): string[] {
  const words: string[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(t); m !== null && words.length <= max; m = WORD.exec(t)) words.push(m[0]);
  return words;
}

export function isHeading(line: string, opts: SegmentOptions, nextLine: string | undefined): boolean {
  const t = line.trim();
  if (!/^[\p{Lu}\p{N}"“‘'(]/u.test(t)) return false;
  const words = firstWords(t, opts.maxHeadingWords);
  if (words.length === 0 || words.length > opts.maxHeadingWords) return false;
  // a finished sentence inside the line ("“…shame.” ― Sonya Herridge") is prose, not a title
  if (/\p{Ll}[.!?][”"’']?\s+\S/u.test(t)) return false;
  // a line with a link in it (an embedded post's text: "… pic.twitter.com/x1Y2") is no title
  if (HAS_BARE_LINK.test(t)) return false;
  // a hard-wrapped line continues in lower case on the next line: not a heading
  if (nextLine !== undefined && /^\s*\p{Ll}/u.test(nextLine)) return false;
  if (!FINAL_PUNCT.test(t)) return true;
  // "Who Shot It Down?" — a short title-case question is a heading, too
  return /[?!]$/u.test(t) && words.length <= 10 && titleCaseRatio(words) >= 0.75;
}

export function segment(text: string, opts: SegmentOptions): Segment[] {
  const ranges = lines(text)
    .map(([s, e]) => trimRange(text, s, e))
    .filter(([s, e]) => e > s);
  const segments: Segment[] = [];
  let open: Segment | undefined; // a prose paragraph hard-wrapped over several lines
  ranges.forEach(([s, e], k) => {
    const line = text.slice(s, e);
    const next = ranges[k + 1];
    const nextLine = next ? text.slice(next[0], next[1]) : undefined;
    const kind: SegmentKind = isBoilerplate(line) ? 'boilerplate' : isHeading(line, opts, nextLine) ? 'heading' : 'prose';
    const blankBefore = open !== undefined && /\n\s*\n|\r\s*\r/u.test(text.slice(open.end, s));
    // a hard-wrapped sentence goes on in lower case; a new line opening with a capital or a quote is a new paragraph
    if (kind === 'prose' && open && !blankBefore && !FINAL_PUNCT.test(text.slice(open.start, open.end)) && /^\p{Ll}/u.test(line)) {
      open.end = e; // continuation of a wrapped line
      return;
    }
    const seg: Segment = { index: segments.length, start: s, end: e, kind };
    segments.push(seg);
    open = kind === 'prose' ? seg : undefined;
  });
  return segments;
}

export const segmentStage = defineStage<SegmentOptions>({
  name: 'segment',
  requires: [],
  assigns: ['segments'],
  options: SegmentOptions,
  run(doc, options) {
    const html = readHtml(doc.text);
    const markdown = readMarkdown(html.text);
    const lines = readLines(markdown.text);
    const paragraphs = readSpacedParagraphs(lines.text);
    const wire = readWireMarks(paragraphs.text);
    const quotes = readQuotes(wire.text);
    if (quotes.text === doc.text) return { ...doc, segments: segment(doc.text, options) };
    const notes: Message[] = [];
    const note = (rule: string, reason: string) => notes.push(message(doc.text, { ruleId: `segment/${rule}`, reason, severity: 'info', stage: 'segment' }));
    if (html.text !== doc.text) note('html', `HTML: ${html.tags} tags, ${html.entities} entities; read with the tags blanked and the entities as their characters`);
    if (markdown.text !== html.text) {
      const parts = [`${markdown.links} links`, `${markdown.headings} headings`, `${markdown.emphasis} emphases`, `${markdown.blockQuotes} block-quote markers`];
      note('markdown', `Markdown: ${parts.join(', ')}; read with the syntax blanked`);
    }
    if (lines.softBreaks > 0) note('hard-wrapped', `hard-wrapped at ${lines.width} columns: ${lines.softBreaks} line breaks inside paragraphs read as spaces`);
    if (paragraphs.breaks > 0) note('spaced-paragraphs', `on one line: ${paragraphs.breaks} runs of spaces between sentences read as paragraph breaks`);
    if (wire.marks > 0) note('wire-marks', `wire copy: ${wire.marks} doubled apostrophes ('') read as double quotation marks`);
    if (quotes.style === 'single') note('quote-style', `quotes in single marks (‘…’): ${quotes.singleQuotes} single-mark quotations against ${quotes.doubleQuotes} double; read with the two kinds of marks swapped`);
    const readingAtoms = mergeAtoms(html.atoms, wire.atoms);
    const atoms = readingAtoms.length > 0 ? { readingAtoms } : {};
    const readingPairs = [...html.pairs, ...markdown.pairs].sort((a, b) => a[0] - b[0] || a[2] - b[2]);
    const pairs = readingPairs.length > 0 ? { readingPairs } : {};
    return { ...doc, analysisText: quotes.text, ...atoms, ...pairs, segments: segment(quotes.text, options), messages: [...doc.messages, ...notes] };
  },
});
