// "The House is expected to pass a bipartisan bill", "Sanders, who is widely expected to win":
// a passive report whose reporters go unnamed. PolNeAR marks it in 70 of the 82 "be expected to"
// on train (all but two without a source): the cue is the verb group ("is widely expected"), the
// content the subject and the infinitive clause ("[The House] … [to pass a bipartisan bill]").
// The tagger reads about a third of them; this reads the rest, where no reading holds the words.
// ("It was said to be an accident" stays unread: "said to" is rare in news, 4 times on train, and
// a report with neither speaker nor "expected" tells a reader little.)
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import type { Token } from '../nlp/wink.ts';
import { part } from '../text/spans.ts';
import { contentEnd, hasVerb, isDash, readingOf } from './draft.ts';
import { regionAt, type QuoteRegion } from './quotes.ts';
import { clauseEnd } from './relative.ts';
import { inCueOrder, IntervalSet, intervalsOf, partsOverlap } from '../tagger/hybrid.ts';

/** Forms of "be" one of which the verb group must hold (a passive, not "has expected to"). */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const RELATIVE = new Set(['who', 'which', 'that']);
/** Relative pronouns an object's clause opens with before its subject ("which the Senate is expected to vote on"; not "that", more often "said that the Fed is expected"). */
const OBJECT_RELATIVE = new Set(['which', 'whom']);
/** Words that open a clause before its subject, whatever wink tags them ("as members of …", "where Sanders is", "than someone in his position could be"). */
const CLAUSE_OPENERS = new Set(['as', 'than', 'where', 'when', 'whereas', 'because', 'if', 'unless', 'once', 'while', 'though', 'although']);
/** Pronouns that are a whole subject ("the same night she is widely expected to"). */
const PERSONAL = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they']);

export function passiveInfinitiveReports(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const { tokens, text, quotes: regions, prose } = readingOf(doc, quotes);
  let held: IntervalSet | undefined;
  const out = [...attributions];
  const added: Attribution[] = [];
  for (const { first, last } of prose) {
    for (let i = first + 1; i < last - 1; i++) {
      if (tokens[i]!.lower !== 'expected' || tokens[i + 1]!.lower !== 'to' || regionAt(regions, tokens[i]!.start)) continue;
      // "to pass", "to quickly fan out", a verb wink tags as something else ("to back/ADV the nominee"); not a place ("to China")
      const verb = i + 2;
      if (verb > last || /^(?:DET|PRON|NUM|PUNCT|ADP|CCONJ|NOUN|PROPN|ADJ)$/u.test(tokens[verb]!.pos)) continue;
      const cueStart = verbGroupStart(tokens, i, first);
      if (cueStart < 0) continue;
      const subject = subjectOf(text, tokens, cueStart, first);
      // a relative clause set off inside the sentence's subject ("The first Fed move, which is expected to come on Dec. 16, presents") ends at the mark that closes it
      const rel = subject && RELATIVE.has(tokens[subject[0]]!.lower) ? subject[0] : -1;
      const setOff = rel > first && (isDash(text, tokens[rel - 1]!) || (tokens[rel - 1]!.text === ',' && !hasVerb(tokens, first, rel - 1)));
      const end = participleCut(text, tokens, verb, clauseEnd(text, tokens, setOff, verb, last));
      const start = tokens[i + 1]!.start;
      const ce = contentEnd(text, start, tokens[end]!.end, true);
      if (ce < tokens[verb]!.end) continue;
      const content: Array<[number, number]> = subject ? [[tokens[subject[0]]!.start, tokens[subject[1]]!.end], [start, ce]] : [[start, ce]];
      const a: Attribution = { id: '', kind: 'indirect', cue: part(doc.text, [[tokens[cueStart]!.start, tokens[i]!.end]]), source: null, content: part(doc.text, content) };
      // the tagger's reading of the same verb group gains the subject, and its cue ends on the participle ("is expected to debate" → "is expected")
      const k = out.findIndex((x) => partsOverlap(x.cue, a.cue));
      if (k >= 0) {
        const b = out[k]!;
        const cueRunsOn = b.cue.spans.some(([, e]) => e > tokens[i]!.end);
        if (!b.source && b.content.spans[0]![0] >= tokens[i]!.end && (subject || cueRunsOn)) out[k] = { ...a, id: b.id, kind: b.kind };
        continue;
      }
      held ??= new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source])));
      // the content would take in another reading's words, or the verb group is inside what another reports
      if (!held.overlaps(a.cue) && !held.overlaps(a.content) && !attributions.some((x) => partsOverlap(x.content, a.cue))) added.push(a);
    }
  }
  return added.length === 0 ? out : inCueOrder([...out, ...added]);
}

/** The first auxiliary of the verb group ending on the participle at `i` ("might be", "is widely", "had been"), or -1 without a form of "be". */
function verbGroupStart(tokens: readonly Token[], i: number, first: number): number {
  let k = i - 1;
  let start = -1;
  let be = false;
  while (k >= first && /^(?:AUX|ADV|PART)$/u.test(tokens[k]!.pos)) {
    if (tokens[k]!.pos === 'AUX') {
      start = k;
      be ||= BE.has(tokens[k]!.lower);
    }
    k--;
  }
  return be ? start : -1;
}

/**
 * What the report is about: the words from where the clause opens to the verb group — after the
 * sentence's start, an opening phrase's comma, a conjunction ("and the final shuttering of the
 * factory is", "while the topic is") — with a relative pronoun that opens it ("delegates who are
 * expected to", "which the Senate is expected to vote on") and an aside that closes it ("The
 * central bank, which has held rates near zero since 2008, is expected"). None right after "and"
 * or "but", whose subject is the sentence's ("He is scheduled to speak but is not expected to").
 */
function subjectOf(text: string, tokens: readonly Token[], cueStart: number, first: number): [number, number] | null {
  const before = tokens[cueStart - 1];
  if (cueStart <= first || !before || before.pos === 'CCONJ') return null;
  if (RELATIVE.has(before.lower) || PERSONAL.has(before.lower)) return [cueStart - 1, cueStart - 1];
  const end = cueStart - 1;
  let k = end;
  if (before.text === ',') {
    // the aside's opening mark, and the phrase before it
    k = cueStart - 2;
    while (k > first && tokens[k]!.text !== ',' && !isDash(text, tokens[k]!)) k--;
    if (k <= first) return null;
    k--;
  }
  const opens = (t: Token, left: Token | undefined): boolean =>
    /^[,;:(—–]$|^--$/u.test(t.text) || isDash(text, t) || t.pos === 'CCONJ' || t.pos === 'SCONJ' || CLAUSE_OPENERS.has(t.lower) || t.pos === 'AUX' || (t.pos === 'VERB' && left?.pos !== 'DET' && left?.pos !== 'ADJ');
  while (k > first && !opens(tokens[k - 1]!, tokens[k - 2]) && !RELATIVE.has(tokens[k - 1]!.lower) && tokens[k - 1]!.lower !== 'whom') k--;
  if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PRON|ADV)$/u.test(tokens[k]!.pos)) return null;
  if (k > first && OBJECT_RELATIVE.has(tokens[k - 1]!.lower)) k--;
  return [k, end];
}

/** The clause's last token before a comma or dash that opens a participle phrase, "which" or "with" ("…, potentially teeing up", "…, giving employees time", "…, with potentially sharp consequences"). */
function participleCut(text: string, tokens: readonly Token[], verb: number, end: number): number {
  for (let j = verb + 1; j < end; j++) {
    if (tokens[j]!.text !== ',' && !isDash(text, tokens[j]!)) continue;
    let n = j + 1;
    if (tokens[n]!.pos === 'ADV') n++;
    if (n <= end && ((tokens[n]!.pos === 'VERB' && /ing$/u.test(tokens[n]!.lower)) || tokens[n]!.lower === 'which' || tokens[n]!.lower === 'with')) return j - 1;
  }
  return end;
}
