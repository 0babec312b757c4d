// Reporting frames set inside the content: "Lenox was a juggernaut, Mr. Clarke
// said, until it went bankrupt in 1999." The content is both sides of the
// frame ", S said,", but taggers and rules alike see a cue followed by its
// content and stop there. When an attribution's content starts right after
// such a frame, the clause before the frame is joined to it as a first span.
// What counts as "the clause before" was measured on PolNeAR train (gold
// contents that run on both sides of their cue), see docs/accuracy-history.md
// ("Reporting frames inside the content").
import { analysisText, need, type Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import type { Token } from '../nlp/wink.ts';
import { indexContaining, itemsWithin } from '../text/search.ts';
import { part, partEnd, partStart } from '../text/spans.ts';
import { kindOf, WORD } from '../tagger/decode.ts';
import { IntervalSet, intervalsOf } from '../tagger/hybrid.ts';

/** The frame closes with a comma right before the content. */
const CLOSING_COMMA = /^\s*,\s*$/u;
/** Marks that open a quotation, single or double. */
const OPENING_MARK = /["“'‘`]/u;
/**
 * A quotation that opens with a capital letter starts a sentence of its own:
 * what stands before the frame ("Asked about the bomb, Clinton said, “I think…")
 * sets the scene and is not quoted. One opening in lower case continues it.
 */
const NEW_QUOTED_SENTENCE = /^\s*["“'‘`]{1,2}\s*\p{Lu}/u;
/** Where the clause before the frame begins: after the last of these (or a spaced hyphen or double hyphen) in its sentence. */
const CLAUSE_BREAK = new Set([',', ';', ':', '(', '—', '–', '―']);
const CONJUNCTION = new Set(['and', 'but', 'or', 'yet']);

/** The comma that opens a frame starting at `at`: the last non-space character before it, if a comma; else -1. */
function openingComma(reading: string, from: number, at: number): number {
  let i = at - 1;
  while (i >= from && /\s/u.test(reading[i]!)) i--;
  return i >= from && reading[i] === ',' ? i : -1;
}

/** Where the clause ending at `end` begins: just after the last clause break in [from, end), or `from`. Scans back, so a long sentence costs only its clause. */
function clauseStart(reading: string, from: number, end: number): number {
  for (let i = end - 1; i >= from; i--) {
    const c = reading[i]!;
    if (CLAUSE_BREAK.has(c)) return i + 1;
    // " - " and " -- " are dashes typed as hyphens; "pro-Moscow" is not a break
    if (c === '-' && /\s/u.test(reading[i + 1] ?? '') && (/\s/u.test(reading[i - 1] ?? '') || (reading[i - 1] === '-' && /\s/u.test(reading[i - 2] ?? '')))) return i + 1;
  }
  return from;
}

/** The clause a frame interrupts, as [start, end) before its opening comma, or null. */
function clauseBefore(reading: string, tokens: readonly Token[], sentenceStart: number, comma: number): [number, number] | null {
  const start = clauseStart(reading, sentenceStart, comma);
  const within = itemsWithin(tokens, start, comma);
  const inside = within.filter((t) => WORD.test(t.text));
  // "but the air pollution had become so bad, Mr. Obama noted, that …": the conjunction joins, it is not said
  if (inside.length > 0 && CONJUNCTION.has(inside[0]!.lower)) inside.shift();
  // "… to help his clients and, he argued, to help stabilize Ukraine": only the second conjunct is framed
  if (inside.length === 0 || CONJUNCTION.has(inside[inside.length - 1]!.lower)) return null;
  // an opening quotation mark right before the first word stays with it
  let s = inside[0]!.start;
  while (s > start && OPENING_MARK.test(reading[s - 1]!)) s--;
  // (and a sign or mark closing the last word stays with it: "Prices rose 3%", "called it “a disaster”")
  const last = within[within.length - 1]!;
  return [s, /^[%)\]"”’'°]$/u.test(last.text) && last.end > inside[inside.length - 1]!.end ? last.end : inside[inside.length - 1]!.end];
}

export function joinFramedContent(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = need(doc, 'tokens', 'attributions-tagger');
  const reading = analysisText(doc);
  const sentences = doc.sentences ?? [];
  // every part of every attribution; a joined clause may not overlap any (its own lie after the frame)
  let taken: IntervalSet | undefined;
  return attributions.map((a) => {
    if (!a.source || !a.content) return a;
    const frameStart = Math.min(partStart(a.source), partStart(a.cue));
    const frameEnd = Math.max(partEnd(a.source), partEnd(a.cue));
    const contentStart = partStart(a.content);
    if (contentStart < frameEnd || !CLOSING_COMMA.test(reading.slice(frameEnd, contentStart))) return a;
    const sentence = sentences[indexContaining(sentences, frameStart)];
    if (!sentence || sentence.kind !== 'prose' || contentStart >= sentence.end) return a;
    const comma = openingComma(reading, sentence.start, frameStart);
    if (comma < 0 || NEW_QUOTED_SENTENCE.test(reading.slice(contentStart, contentStart + 8))) return a;
    const clause = clauseBefore(reading, tokens, sentence.start, comma);
    if (!clause) return a;
    taken ??= new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
    if (taken.overlaps({ text: '', spans: [clause] })) return a;
    const spans: Array<[number, number]> = [clause, ...a.content.spans];
    return { ...a, kind: kindOf(reading, a.cue.text, spans), content: part(doc.text, spans) };
  });
}
