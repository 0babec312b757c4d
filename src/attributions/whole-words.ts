// Every span starts and ends where a word does, and a content holds both marks of a quotation
// it holds one of.
//
// The tagger labels tokens, and wink splits a hyphenated compound into three ("duty", "-",
// "time"): a content can then stop at the hyphen, "that current duty-", half a word no reader
// can use; the rules' source scan stopped inside "The state-run Global Times" and "The
// Kremlin-backed newspaper". A span edge inside a compound moves out to the compound's edge.
// Wire copy's doubled apostrophe ('' for ") is two tokens as well, and an edge between them
// moves out of the mark (out of the whole run where a nested quotation's ' stands beside it).
//
// A tagged content can also start just after a quotation's opening mark and end with its
// closing one ('said only: "The investigation continues."' read as 'The investigation
// continues."'). PolNeAR's gold takes both marks: of the 25 such contents predicted on train
// it has 8 with both marks and none as predicted; on dev 3 of 3 with both.
import { analysisText, type Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { part, trimRange } from '../text/spans.ts';
import { partsOverlap } from '../tagger/hybrid.ts';
import { datelineDash } from './phrases.ts';
import { isWordChar, straightMarkOpens } from '../text/quote-style.ts';
import { kindOf } from './draft.ts';
import { quoteRegions, regionAt, regionEndingAt, regionStartingAt, type QuoteRegion } from './quotes.ts';
const QUOTE_MARKS = /^["“”'‘’]+$/u;

/**
 * A word after a hyphen that shows the hyphen stands for a dash ("by Congress-is a likely
 * flashpoint", "I didn't suggest a database-a reporter did"): no compound ends on it.
 */
const AFTER_DASH = /^(?:is|are|was|were|a|an|the|he|she|it|they|we)(?![\p{L}\p{N}])/u;

/** The word of letters and digits that ends at `end` / starts at `start`. */
const wordBefore = (text: string, end: number): string => /[\p{L}\p{N}]+$/u.exec(text.slice(Math.max(0, end - 40), end))?.[0] ?? '';
const wordAfter = (text: string, start: number): string => /^[\p{L}\p{N}]+/u.exec(text.slice(start, start + 40))?.[0] ?? '';

/**
 * Whether offset `at` falls inside a hyphenated compound: between a word character and a hyphen
 * that joins two words, not one that stands for a dash ("Congress-is a flashpoint",
 * "BEIJING-China's foreign ministry").
 */
function cutsCompound(text: string, at: number): boolean {
  const hyphen = text[at] === '-' ? at : text[at - 1] === '-' ? at - 1 : -1;
  if (hyphen <= 0 || !isWordChar(text[hyphen - 1]) || !isWordChar(text[hyphen + 1])) return false;
  return !AFTER_DASH.test(text.slice(hyphen + 1, hyphen + 6)) && !datelineDash(wordBefore(text, hyphen), wordAfter(text, hyphen + 1));
}

/** Where the compound around `at` starts (a word character or a joining hyphen on each step). */
function compoundStart(text: string, at: number): number {
  let k = at;
  while (k > 0 && (isWordChar(text[k - 1]) || (text[k - 1] === '-' && isWordChar(text[k - 2])))) k--;
  return k;
}

function compoundEnd(text: string, at: number): number {
  let k = at;
  while (k < text.length && (isWordChar(text[k]) || (text[k] === '-' && isWordChar(text[k + 1])))) k++;
  return k;
}

/**
 * The run of apostrophes around offset `at` when `at` falls inside one of two or more: wire copy's
 * doubled quotation mark ('' for "), which wink reads as two tokens ("had been ''misconstrued.'"
 * held half a mark), or '' with a nested quotation's ' ("'China bad, Muslims bad.'''").
 */
function apostropheRun(text: string, at: number): [number, number] | null {
  if (text[at - 1] !== "'" || text[at] !== "'") return null;
  let s = at - 1;
  while (s > 0 && text[s - 1] === "'") s--;
  let e = at + 1;
  while (e < text.length && text[e] === "'") e++;
  return [s, e];
}

/** A run of marks opens a quotation where one can (quote-style.ts), else it closes one (", '' said Mr. Gunnels" closes after a space). */
const opens = (text: string, run: readonly [number, number]): boolean => straightMarkOpens(text, run[0], run[1] - run[0]);

/** An edge inside a run of marks moves before it when it opens, after it when it closes: a span holds a mark whole or not at all. */
function outOfMarks(text: string, at: number): number {
  const run = apostropheRun(text, at);
  return run ? (opens(text, run) ? run[0] : run[1]) : at;
}

/** A start on a closing run ("…at it,'' Mr. Trump said" read from the mark) moves past it. */
function startPastClosing(text: string, s: number): number {
  const run = apostropheRun(text, s + 1);
  return run && run[0] === s && !opens(text, run) ? run[1] : outOfMarks(text, s);
}

/** An end on an opening run ("said Mr. Trump ''") moves before it. */
function endBeforeOpening(text: string, e: number): number {
  const run = apostropheRun(text, e - 1);
  return run && run[1] === e && opens(text, run) ? run[0] : outOfMarks(text, e);
}

const wholeStart = (text: string, s: number): number => (cutsCompound(text, s) ? compoundStart(text, s) : startPastClosing(text, s));
const wholeEnd = (text: string, e: number): number => (cutsCompound(text, e) ? compoundEnd(text, e) : endBeforeOpening(text, e));

/** The part with no edge inside a compound or a run of marks, or the same object when none is. */
function wholeCompounds<P extends Attribution['cue']>(text: string, p: P): P {
  if (!p.spans.some(([s, e]) => wholeStart(text, s) !== s || wholeEnd(text, e) !== e)) return p;
  const spans = p.spans.map(([s, e]): [number, number] => {
    // (past a closing mark, or before an opening one, no span starts or ends on a space; a span
    // that was a half mark alone stays as it was)
    const [s2, e2] = trimRange(text, wholeStart(text, s), wholeEnd(text, e));
    return s2 < e2 ? [s2, e2] : [s, e];
  });
  // (part() merges two spans the widening made touch)
  return part(text, spans) as P;
}

/**
 * No span edge of any part cuts a hyphenated compound (it widens to the compound) or a run of
 * apostrophes that marks a quotation (it moves out of the run, and off any space beside it). Not
 * where that would run one part into another ("A self-described …", tagged source "A self-" and
 * cue "described"): which part the compound belongs to is then no clearer than before. A content
 * whose edges moved has its kind read again ("…bad.'" → "…bad.'''" is direct).
 */
export function wholeWords(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const text = doc.text;
  return attributions.map((a) => {
    const cue = wholeCompounds(text, a.cue);
    const source = a.source && wholeCompounds(text, a.source);
    const content = wholeCompounds(text, a.content);
    if (cue === a.cue && source === a.source && content === a.content) return a;
    if (partsOverlap(cue, source) || partsOverlap(cue, content) || partsOverlap(source, content)) return a;
    const kind = content === a.content || a.kind === 'according-to' ? a.kind : kindOf(analysisText(doc), content.spans.map(([s, e]) => [s, e] as [number, number]));
    return { ...a, kind, cue, source, content };
  });
}

/** A lone capital and its stop ("X.", the unit of "1.5C."), at a span's end. */
const INITIAL_STOP = /(?<![\p{L}.])\p{Lu}\.$/u;
const LINE_END = /^[ \t]*(?:\r?\n|$)/u;

/**
 * "…, the Army said in a post on X." closing its paragraph: wink reads "X." as one token (an
 * initial), so a cue, source or content ending there took the paragraph's full stop. A part that
 * ends on a lone capital (or a unit after a number: "1.5C.") and its stop before the line’s end
 * ends before the stop.
 */
function withoutParagraphStop<P extends { text: string; spans: ReadonlyArray<readonly [number, number]> }>(text: string, p: P): P {
  const spans = p.spans.map(([s, e]) => [s, e] as [number, number]);
  const last = spans[spans.length - 1]!;
  if (last[1] - last[0] < 3 || !INITIAL_STOP.test(text.slice(last[1] - 3, last[1])) || !LINE_END.test(text.slice(last[1], last[1] + 3))) return p;
  last[1] -= 1;
  return part(text, spans) as P;
}

/** No part ends on the full stop of its paragraph after an initial-like capital ("on X."), but what is quoted. */
export function withoutParagraphStops(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const text = doc.text;
  return attributions.map((a) => {
    const cue = withoutParagraphStop(text, a.cue);
    const source = a.source && withoutParagraphStop(text, a.source);
    // (a post's text, quoted whole, keeps its stop: "… my worst Miss U.")
    const content = a.kind === 'direct' ? a.content : withoutParagraphStop(text, a.content);
    return cue === a.cue && source === a.source && content === a.content ? a : { ...a, cue, source, content };
  });
}

/** A content ending on a single mark that opens an inner quotation: `…, '`. */
const INNER_MARK_END = /\s['‘]$/u;

/** A full stop (or a question's or exclamation's) that ends its paragraph. */
const PARAGRAPH_STOP = /^[.?!]+(?=[ \t]*\r?\n)/u;

/** Contents holding one mark of a quotation take the other. */
export function wholeQuotations(doc: Doc, attributions: readonly Attribution[], known?: readonly QuoteRegion[]): Attribution[] {
  const text = doc.text;
  let regions = known;
  return attributions.map((a) => {
    const spans = a.content.spans.map(([x, y]) => [x, y] as [number, number]);
    const last = spans[spans.length - 1]!;
    let changed = false;
    // the quotation the content starts in or ends with
    const reading = analysisText(doc);
    regions ??= quoteRegions(reading);
    // (the reading's edges: a wire mark read as " pads it with a space, src/text/wire-marks.ts)
    const [start, end] = trimRange(reading, spans[0]![0], last[1]);
    const closing = regionEndingAt(regions, end);
    const opening = regionStartingAt(regions, start);
    if (closing && closing.start < start && start - closing.start <= 2 && QUOTE_MARKS.test(text.slice(closing.start, start))) {
      spans[0]![0] = closing.start;
      changed = true;
    } else if (opening && opening.closed && opening.end > end && opening.end - end <= 2 && QUOTE_MARKS.test(text.slice(end, opening.end))) {
      last[1] = opening.end;
      changed = true;
    } else if (opening && opening.closed && opening.end > end && spans.length === 1 && INNER_MARK_END.test(reading.slice(start, end))) {
      // a quotation cut at an inner quotation's opening mark ('"We told the players, '|Enjoy it,' "') runs to its close
      last[1] = opening.end;
      changed = true;
    } else {
      // a quotation the content opens inside and ends one mark short of (`calling the draft "a betrayal of the Paris Agreement|".`)
      const inner = end > start ? regionAt(regions, end - 1) : undefined;
      if (inner && inner.closed && inner.start > start && inner.end > end && inner.end - end <= 2 && QUOTE_MARKS.test(text.slice(end, inner.end))) {
        last[1] = inner.end;
        changed = true;
      }
    }
    // a quotation news runs over paragraphs, left open at a paragraph's end, keeps that paragraph's
    // full stop ("“The water came so fast. We had no warning.\n“Nobody …”"; PolNeAR's gold takes it
    // in 4 of the 5 train contents that end there)
    for (const span of spans) {
      const open = regionStartingAt(regions, trimRange(reading, span[0], span[1])[0]);
      const stop = open ? PARAGRAPH_STOP.exec(reading.slice(span[1], span[1] + 8))?.[0].length ?? 0 : 0;
      if (stop > 0 && span[1] + stop <= open!.end) {
        span[1] += stop;
        changed = true;
      }
    }
    // (a wire mark's second apostrophe is taken with it when the record widens its spans over the reading's atoms)
    return changed ? { ...a, content: part(text, spans) } : a;
  });
}
