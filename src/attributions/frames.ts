// Reporting frames set inside the content: "Lenox was a juggernaut, Mr. Clarke
// said, until it went bankrupt in 1999." The content is both sides of the
// frame ", S said,", but taggers and rules alike see a cue followed by its
// content and stop there. When an attribution's content starts right after
// such a frame, the clause before the frame is joined to it as a first span.
// What counts as "the clause before" was measured on PolNeAR train (gold
// contents that run on both sides of their cue), see the README.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import type { Token } from '../nlp/wink.ts';
import { indexContaining, itemsWithin } from '../text/search.ts';
import { part, partEnd, partStart } from '../text/spans.ts';
import { kindOf } from '../tagger/decode.ts';

/** The frame closes with a comma right before the content. */
const CLOSING_COMMA = /^\s*,\s*$/u;
/** …and opens with one right after the clause before it. */
const OPENING_COMMA = /,\s*$/u;
/**
 * A quotation that opens with a capital letter starts a sentence of its own:
 * what stands before the frame ("Asked about the bomb, Clinton said, “I think…")
 * sets the scene and is not quoted. One opening in lower case continues it.
 */
const NEW_QUOTED_SENTENCE = /^\s*(?:["“'‘`]{1,2})\s*\p{Lu}/u;
/** Where the clause before the frame begins: after the last of these in its sentence. */
const CLAUSE_BREAK = /(?:[,;:(—–―]|\s--?\s)\s*/gu;
const CONJUNCTION = new Set(['and', 'but', 'or', 'yet']);

interface Interval {
  start: number;
  end: number;
}

function occupied(attributions: readonly Attribution[], except: Attribution): Interval[] {
  const out: Interval[] = [];
  for (const a of attributions) {
    if (a === except) continue;
    for (const p of [a.cue, a.source, a.content]) if (p) for (const [start, end] of p.spans) out.push({ start, end });
  }
  return out;
}

const words = (tokens: readonly Token[], start: number, end: number): Token[] =>
  itemsWithin(tokens, start, end).filter((t) => /[\p{L}\p{N}]/u.test(t.text));

/** The clause a frame interrupts, as [start, end) before its opening comma, or null. */
function clauseBefore(reading: string, tokens: readonly Token[], sentenceStart: number, comma: number): [number, number] | null {
  let start = sentenceStart;
  const head = reading.slice(sentenceStart, comma);
  for (const m of head.matchAll(CLAUSE_BREAK)) start = sentenceStart + m.index + m[0].length;
  const inside = words(tokens, start, comma);
  // "but the air pollution had become so bad, Mr. Obama noted, that …": the conjunction joins, it is not said
  if (inside.length > 0 && CONJUNCTION.has(inside[0]!.lower)) inside.shift();
  // "… to help his clients and, he argued, to help stabilize Ukraine": only the second conjunct is framed
  if (inside.length === 0 || CONJUNCTION.has(inside[inside.length - 1]!.lower)) return null;
  // an opening quotation mark right before the first word stays with it
  let s = inside[0]!.start;
  while (s > start && /["“'‘`]/u.test(reading[s - 1]!)) s--;
  return [s, inside[inside.length - 1]!.end];
}

export function joinFramedContent(doc: Doc, reading: string, tokens: readonly Token[], attributions: readonly Attribution[]): Attribution[] {
  const sentences = doc.sentences ?? [];
  return attributions.map((a) => {
    if (!a.source || !a.content) return a;
    const frameStart = Math.min(partStart(a.source), partStart(a.cue));
    const frameEnd = Math.max(partEnd(a.source), partEnd(a.cue));
    const contentStart = partStart(a.content);
    if (contentStart < frameEnd || !CLOSING_COMMA.test(reading.slice(frameEnd, contentStart))) return a;
    const sentence = sentences[indexContaining(sentences, frameStart)];
    if (!sentence || sentence.kind !== 'prose' || contentStart >= sentence.end) return a;
    const opening = OPENING_COMMA.exec(reading.slice(sentence.start, frameStart));
    if (!opening) return a;
    if (NEW_QUOTED_SENTENCE.test(reading.slice(contentStart, contentStart + 8))) return a;
    const clause = clauseBefore(reading, tokens, sentence.start, sentence.start + opening.index);
    if (!clause) return a;
    const [s, e] = clause;
    if (occupied(attributions, a).some((o) => o.start < e && s < o.end)) return a;
    const spans: Array<[number, number]> = [[s, e], ...a.content.spans];
    return { ...a, kind: kindOf(reading, a.cue.text, spans), content: part(doc.text, spans) };
  });
}
