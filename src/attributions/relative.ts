// "…, which an FBI investigation said was “extremely careless”": a report set inside a relative
// clause. PolNeAR marks the noun phrase between the relative pronoun and the verb as the source,
// the verb as the cue, and the pronoun with the clause after the verb as the content ("which …
// was “extremely careless”"). Neither reading finds the pronoun: the tagger starts the content
// after the verb, or reads nothing, as the clause has no "that" and no quotation to go by.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import type { Token } from '../nlp/wink.ts';
import { part } from '../text/spans.ts';
import { contentEnd, hasVerb, isDash, readingOf } from './draft.ts';
import { newsSpeakerLike } from './phrases.ts';
import { regionAt, type QuoteRegion } from './quotes.ts';
import { inCueOrder, IntervalSet, intervalsOf } from '../tagger/hybrid.ts';

/** Verbs that report the clause they leave ("which he said was", "which critics argue will"). */
const REPORTS = new Set(['say', 'believe', 'argue', 'claim', 'think', 'insist', 'contend', 'allege']);
/** Marks before a relative clause set off from its noun (a spaced hyphen is read by isDash where it matters: the clause's end). */
const SETS_OFF = /^(?:[,;—–]|--)$/u;
/** Longest speaker between the pronoun and the verb (tokens): "an internal FDIC investigation". */
const MAX_SPEAKER = 6;

export function relativeReports(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const { tokens, text, quotes: regions, prose } = readingOf(doc, quotes);
  let held: IntervalSet | undefined;
  const byCue = new Map<number, number>();
  attributions.forEach((a, k) => byCue.set(a.cue.spans[a.cue.spans.length - 1]![1], k));
  const out = [...attributions];
  const added: Attribution[] = [];
  for (const { first, last } of prose) {
    for (let i = first + 1; i < last - 2; i++) {
      // "…, which he said was …"; "a finish that he said defied expectations" (a noun's "that", whose clause lacks its subject);
      // not inside a quotation, where it is the speaker's own aside ("Russia and China, which I think is …")
      const which = tokens[i]!.lower === 'which' && SETS_OFF.test(tokens[i - 1]!.text);
      const that = tokens[i]!.lower === 'that' && /^(?:NOUN|PROPN)$/u.test(tokens[i - 1]!.pos);
      if ((!which && !that) || regionAt(regions, tokens[i]!.start)) continue;
      const reading = relativeReport(text, tokens, i, first, last, that);
      if (!reading) continue;
      const { source, cue, content } = reading;
      const cueEnd = tokens[cue[1]]!.end;
      const k = byCue.get(cueEnd);
      const a: Attribution = {
        id: '',
        kind: 'indirect',
        cue: part(doc.text, [[tokens[cue[0]]!.start, cueEnd]]),
        source: part(doc.text, [[tokens[source[0]]!.start, tokens[source[1]]!.end]]),
        content: part(doc.text, content),
      };
      if (k !== undefined) {
        // a reading of the same verb whose content starts after it gains the pronoun and the speaker;
        // one whose content holds the pronoun took the clause's noun for what was said
        const b = out[k]!;
        const pronoun = tokens[i]!.start;
        if (b.content.spans[0]![0] >= cueEnd || b.content.spans.some(([s, e]) => s <= pronoun && pronoun < e)) out[k] = { ...a, id: b.id, kind: b.kind };
        continue;
      }
      held ??= new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source])));
      if (![a.cue, a.source].some((p) => held!.overlaps(p)) && !held.overlaps(a.content)) added.push(a);
    }
  }
  return added.length === 0 ? out : inCueOrder([...out, ...added]);
}

/**
 * The report in the relative clause opened by "which" or a noun's "that" at token i (`subjectGap`:
 * the clause must lack its subject): a speaker (a noun phrase that speaks), maybe an auxiliary or
 * an adverb, a reporting verb, then the clause's predicate with no "that".
 * Token ranges for the source and the cue, character spans for the content.
 */
function relativeReport(text: string, tokens: readonly Token[], i: number, first: number, last: number, subjectGap: boolean): { source: [number, number]; cue: [number, number]; content: Array<[number, number]> } | null {
  let k = i + 1;
  while (k <= last && k - i <= MAX_SPEAKER && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM|ADV)$/u.test(tokens[k]!.pos)) k++;
  // an adverb after the speaker goes with the verb ("which it previously had said was")
  let sourceEnd = k - 1;
  while (sourceEnd > i + 1 && tokens[sourceEnd]!.pos === 'ADV') sourceEnd--;
  if (sourceEnd <= i || !newsSpeakerLike(tokens, [i + 1, sourceEnd])) return null;
  // "which it had said was", "which he has repeatedly said"
  const cueStart = sourceEnd + 1;
  while (k <= last && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV')) k++;
  const verb = tokens[k];
  if (!verb || verb.pos !== 'VERB' || !REPORTS.has(verb.lemma.toLowerCase())) return null;
  if (k + 1 > last || tokens[k + 1]!.pos === 'PUNCT' || tokens[k + 1]!.lower === 'that') return null;
  const predicate = predicateAfter(tokens, k + 1, last);
  // (a noun's "that" opens only a clause that lacks its subject: "the plan that he said would fail")
  if (!predicate || (subjectGap && predicate.from !== predicate.verb)) return null;
  // a clause set off inside the sentence's subject ("The report, which …, names …") or by dashes closes at the next mark
  const setOff = isDash(text, tokens[i - 1]!) || (tokens[i - 1]!.text === ',' && !hasVerb(tokens, first, i - 1));
  const end = clauseEnd(text, tokens, setOff, predicate.verb, last);
  const start = tokens[predicate.from]!.start;
  const ce = contentEnd(text, start, tokens[end]!.end, true);
  if (ce <= start) return null;
  return { source: [i + 1, sourceEnd], cue: [cueStart, k], content: [[tokens[i]!.start, tokens[i]!.end], [start, ce]] };
}

/** Words of a noun phrase, and of a phrase's object. */
const NOMINAL = /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/u;

/**
 * Where the relative clause's predicate starts after the reporting verb at `from - 1`: its verb
 * right there ("which he said was …"), or after a circumstance of the report ("which the court
 * said in its ruling was …", "which it said last week was …"; `from` is then the verb), or after
 * the clause's own subject ("which he said he had opposed": `from` is the subject). Null when no
 * verb follows ("which he said nothing about", "which she believes in").
 */
function predicateAfter(tokens: readonly Token[], from: number, last: number): { from: number; verb: number } | null {
  const isVerb = (j: number) => j <= last && /^(?:AUX|VERB)$/u.test(tokens[j]!.pos);
  if (isVerb(from)) return { from, verb: from };
  let j = from;
  const circumstance = tokens[j]!.pos === 'ADP' || /^(?:last|this|next|earlier|later|yesterday|today)$/u.test(tokens[j]!.lower);
  if (tokens[j]!.pos === 'ADP') j++;
  const np = j;
  while (j <= last && j - np < 5 && (NOMINAL.test(tokens[j]!.pos) || tokens[j]!.pos === 'ADV') && !isVerb(j)) j++;
  if (j === np || !isVerb(j)) return null;
  return circumstance ? { from: j, verb: j } : { from, verb: j };
}

/**
 * The relative clause's last token: before the comma or dash that closes a clause set off inside
 * the sentence's subject or by dashes ("The report, which the Guardian said it had seen, names …",
 * "— which his spokesman said was a joke —"); before a semicolon; before a comma or dash after which a
 * clause goes on ("…, which traders said reflected optimism, while bonds fell", "…, which the
 * Guardian said it had seen, names three ministers"; not "…, with a couple of stray applicants");
 * before the sentence's own auxiliary resuming after a noun ("The attack that officials said
 * killed 20 people was the deadliest"); else the sentence's last.
 */
function clauseEnd(text: string, tokens: readonly Token[], setOff: boolean, verb: number, last: number): number {
  for (let j = verb + 1; j <= last; j++) {
    const t = tokens[j]!;
    const next = tokens[j + 1];
    if (t.text === ';' || (setOff && (isDash(text, t) || t.text === ','))) return j - 1;
    if ((t.text === ',' || isDash(text, t)) && next && j < last && (/^(?:CCONJ|SCONJ)$/u.test(next.pos) || (/^(?:AUX|VERB)$/u.test(next.pos) && !/ing$/u.test(next.lower)))) return j - 1;
    if (t.pos === 'AUX' && /^(?:NOUN|PROPN|NUM)$/u.test(tokens[j - 1]!.pos)) return j - 1;
  }
  return last;
}
