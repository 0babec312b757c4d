// The "according to" readings: accordingTo (the source a noun phrase after the cue), which the
// rule-based extractor and the closing reports use; lenientAccordingTo (the source running to
// the next comma), which only the closing reports use; and apposition, the description after
// "According to NAME," that is the source's.
import { analysisText, type Doc } from '../pipeline/doc.ts';
import type { Token } from '../nlp/wink.ts';
import { trimRange } from '../text/spans.ts';
import { CLAUSE_CONJUNCTIONS, npRight, PARTICIPLES_NOT_IN_ED, speakerLike } from './phrases.ts';
import { isQuoteMark, regionAt, type QuoteRegion } from './quotes.ts';
import { INVERSION_VERBS } from './cues.ts';
import { contentEnd, contentEndAtWhich, hasVerb, isClosingQuote, isDash, MIN_CONTENT, SOURCE_OPENER, tokenRange, type Draft } from './draft.ts';

/** How the source after "according to" is read when wink has tagged its words otherwise. */
export interface AccordingToReading {
  /** The source's first word is a noun wink tagged as a verb ("according to court documents"). */
  firstWordTaggedVerb?: boolean;
  /** A capitalised word wink tagged otherwise is part of a name ("according to The Associated Press"). */
  capitalisedAsName?: boolean;
}

/**
 * "According to X, content." (the cue opening the sentence) and "content, according to X." —
 * the source a noun phrase after the cue. Where a comma stands before the cue, only the closing
 * shape is read; "content according to X, more content." (no comma before) also takes the
 * clause after the source.
 */
export function accordingTo(doc: Doc, tokens: readonly Token[], i: number, first: number, last: number, sentence: { start: number; end: number }, reading: AccordingToReading = {}, width = 2): Draft | null {
  const text = analysisText(doc);
  const skip = reading.firstWordTaggedVerb ?? false;
  const np = npRight(tokens, i + width + (skip ? 1 : 0), last, 12, reading.capitalisedAsName ?? false);
  let src: [number, number] | null = np && skip ? [i + width, np[1]] : np;
  if (!src) return null;
  // "According to the indictment, unsealed on Thursday in federal court, CONTENT.": the participle's phrase is the source's
  const participleEnd = i === first && tokens[src[1] + 1]?.text === ',' ? participlePhraseBeforeClause(tokens, src[1] + 2, last) : -1;
  if (participleEnd > 0) src = [src[0], participleEnd];
  const cue: [number, number] = tokenRange(tokens, i, i + width - 1);
  const source: [number, number] = tokenRange(tokens, src[0], src[1]);
  const afterSource = tokens[src[1] + 1];
  let content: Array<[number, number]>;
  if (i === first || (tokens[i - 1]?.text === ',' && i - 1 > first && !(afterSource && afterSource.text !== ','))) {
    // "According to X, content." (a cue after a comma with a comma after its source is not read)
    if (i !== first) return null;
    if (!afterSource || afterSource.text !== ',') return null;
    const cs = afterSource.end;
    content = [[...trimRange(text, cs, contentEndAtWhich(text, cs, sentence.end, false, tokens))] as [number, number]];
  } else {
    // "content, according to X." or "content according to X, more content."
    const before = contentEnd(text, sentence.start, tokens[i]!.start);
    content = [[sentence.start, before]];
    if (afterSource && afterSource.text === ',' && src[1] + 2 <= last) {
      content.push([afterSource.end, contentEnd(text, afterSource.end, sentence.end)]);
    }
  }
  content = content.map(([a, b]) => trimRange(text, a, b)).filter(([a, b]) => b > a) as Array<[number, number]>;
  if (content.length === 0) return null;
  return { kind: 'according-to', cue: [cue], source: [source], content };
}

/** The last token of [from, end] that is no punctuation, but a quotation mark or a bracket closing one opened inside ("the India Meteorological Department (IMD)"). */
function withoutTrailingPunctuation(tokens: readonly Token[], from: number, end: number): number {
  let k = end;
  while (k > from && tokens[k]!.pos === 'PUNCT' && !isQuoteMark(tokens[k]!.text) && !(tokens[k]!.text === ')' && closesInside(tokens, from, k))) k--;
  return k;
}

/** Whether the ")" at token `k` closes a "(" opened at or after token `from`. */
function closesInside(tokens: readonly Token[], from: number, k: number): boolean {
  let depth = 0;
  for (let j = k; j >= from; j--) {
    if (tokens[j]!.text === ')') depth++;
    else if (tokens[j]!.text === '(' && --depth === 0) return true;
  }
  return false;
}

/** Longest source the lenient reading takes (tokens). */
const MAX_SOURCE = 25;

/**
 * "according to" wherever the stricter reading (accordingTo) finds no source: a long source
 * ("early results of exit polls conducted for the Associated Press by Edison Research"), one
 * whose apposition or relative clause closes the sentence ("…, according to the SITE
 * Intelligence Group, which monitors extremist statements."), or a cue set inside the
 * sentence after an adverbial ("Now, according to the poll, some are swinging."). The source
 * runs to the next comma outside a quotation; the content is the clause the cue leaves, and the
 * adverbial before it is part of it, as PolNeAR marks it, but not a conjunction opening the
 * sentence ("But, according to …").
 */
export function lenientAccordingTo(text: string, tokens: readonly Token[], quotes: readonly QuoteRegion[], i: number, first: number, last: number, width = 2): Draft | null {
  // the source's first token, after the cue's words ("according to", "as per"; "per" alone is one)
  const s0 = i + width;
  const opener = tokens[s0];
  // "according to" takes a noun phrase: a word wink tags a verb right after it is a noun ("according to police,")
  // or a phrase closed by a name before its comma ("according to research firm Gartner,": "research" a verb, "firm" an adverb)
  const namedBeforeComma = (): boolean => {
    for (let k = s0 + 1; k <= Math.min(last, s0 + 5); k++) if (tokens[k]!.text === ',') return tokens[k - 1]!.pos === 'PROPN' && k - 1 > s0;
    return false;
  };
  // or a plural's or a gerund's before a preposition ("according to reports in Germany", "people in
  // attendance", "polling by the A.F.L.-C.I.O."; not "according to plan for …")
  // or a plural before its participle ("according to reports emerging in the news media", "documents obtained by")
  const next = tokens[s0 + 1];
  const participle = next?.pos === 'VERB' && /(?:ing|ed|en)$/u.test(next.lower);
  // ("people", "police": plurals without their -s, "according to people briefed on the plans")
  const plural = !!opener && /s$|^(?:people|police|staff|media)$/u.test(opener.lower);
  const asNoun = opener?.pos === 'VERB' && (next?.text === '-' || /^[,.;:]$/u.test(next?.text ?? '') || next?.pos === 'NOUN' || (next?.pos === 'ADP' && (plural || /ing$/u.test(opener.lower))) || (participle && plural) || namedBeforeComma());
  // a demonstrative wink tags a conjunction ("according to that study")
  const demonstrative = /^(?:that|this)$/u.test(opener?.lower ?? '') && /^(NOUN|ADJ|PROPN)$/u.test(next?.pos ?? '');
  // an adverb of time before a participle or an adjective ("according to recently hacked … documents", "newly released figures")
  const dated = opener?.pos === 'ADV' && /ly$/u.test(opener.lower) && (participle || next?.pos === 'ADJ');
  if (!opener || s0 > last || !(SOURCE_OPENER.test(opener.pos) || /^\p{Lu}/u.test(opener.text) || isQuoteMark(opener.text) || asNoun || demonstrative || dated)) return null;
  // the source: up to the next comma, colon or dash (" - " too) outside a quotation, or the sentence end
  const ends = (t: Token) => !regionAt(quotes, t.start) && (/^[,:;]$/u.test(t.text) || isDash(text, t));
  let stop = s0;
  while (stop <= last && stop - s0 <= MAX_SOURCE && !ends(tokens[stop]!)) stop++;
  let sourceEnd = stop - 1;
  sourceEnd = withoutTrailingPunctuation(tokens, s0, sourceEnd);
  if (sourceEnd - s0 > MAX_SOURCE - 1 || tokens.slice(s0, sourceEnd + 1).some((t) => t.pos === 'AUX')) return null;
  // "according to plan", "according to previously agreed terms": what is followed, not who speaks
  // ("according to her plan" names a document that says something)
  if (FOLLOWED.has(tokens[sourceEnd]!.lower) && !tokens.slice(s0, sourceEnd).some((t) => t.pos === 'DET' || t.pos === 'PRON')) return null;
  // "But according to X, …", "But, according to X, …": a conjunction opening the sentence is no part of the content
  let from = first;
  if (from < i && tokens[from]!.pos === 'CCONJ') from++;
  if (from === i - 1 && tokens[from]!.text === ',') from = i;
  const commaBefore = i > from ? tokens[i - 1]! : null;
  // "“…,” according to X": the comma inside the closing quotation mark, which the content keeps
  // (two apostrophes make one mark in some papers: "me,'' according to")
  let q = i - 1;
  if (commaBefore && isClosingQuote(text, commaBefore)) q -= commaBefore.text === "'" && tokens[i - 2]?.text === "'" ? 2 : 1;
  // (not where a verb before the quotation reports it: "He said the deal was “dead in the water,” according to …" is his)
  const quoteComma = q < i - 1 && q > from && tokens[q]!.text === ',' && !tokens.slice(from, q).some((t) => t.pos === 'VERB' && INVERSION_VERBS.has(t.lemma.toLowerCase()));
  if (commaBefore && commaBefore.text !== ',' && !quoteComma) return null;
  const beforeEnd = commaBefore ? (quoteComma ? commaBefore.end : commaBefore.start) : -1;
  // what the sentence has before the cue: a clause (with a verb) or an adverbial
  const prefixClause = hasVerb(tokens, from, i - 1);
  const restStart = stop <= last && tokens[stop]!.text === ',' ? stop + 1 : -1;
  const rest = restStart > 0 ? tokens.slice(restStart, last + 1) : [];
  const restIsClause = restStart > 0 && hasVerb(tokens, restStart, last);
  const content: Array<[number, number]> = [];
  if (commaBefore && prefixClause) {
    // "CONTENT, according to X." / "…, according to X, an apposition." / "…, according to X, which …"
    // (a participle after the source is the clause's subject's: "…, according to the Labor Department, taking a step …";
    // "including" goes on with the source where what it includes speaks: "three polls, including one from Monmouth University")
    const includes = rest.length > 0 && rest[0]!.lower === 'including' && includedSpeaks(tokens, restStart + 1, last);
    const subjects = rest.length > 0 && rest[0]!.pos === 'VERB' && /ing$/u.test(rest[0]!.lower) && !includes;
    // a clause joined after the source's comma ("Nobody was injured, according to the fire brigade, |
    // but dozens of residents had to be evacuated"): the source ends at its comma, and the joined
    // clause is the writer's ("…, and the cause of the fire is not yet known"; PolNeAR's gold takes
    // it 2 times of 4, after "and" and "although")
    const joined = restIsClause && rest.length > 1 && (CLAUSE_CONJUNCTIONS.has(rest[0]!.lower) || rest[0]!.lower === 'yet');
    if (rest.length > 0 && !subjects && !joined && !(/^(who|which)$/u.test(rest[0]!.lower) || includes || (!restIsClause && SOURCE_OPENER.test(rest[0]!.pos)))) return null;
    // the source ends at a colon, a semicolon or a dash: something else goes on
    if (stop <= last && tokens[stop]!.text !== ',') return null;
    if (rest.length > 0 && !subjects && !joined) sourceEnd = last;
    sourceEnd = withoutTrailingPunctuation(tokens, s0, sourceEnd);
    // what the source vouches for is the clause next to it: a relative clause closing the sentence
    // ("…, who has been outspoken, according to Politico."), or what follows a label ("Superdelegates: …")
    let cs = from;
    for (let k = i - 2; k > from; k--) {
      const t = tokens[k]!;
      if (t.text === ':' || (/^(who|which)$/u.test(t.lower) && tokens[k - 1]!.text === ',')) {
        cs = t.text === ':' ? k + 1 : k;
        break;
      }
    }
    if (cs > i - 2) return null;
    content.push([tokens[cs]!.start, contentEnd(text, tokens[cs]!.start, beforeEnd, true)]);
  } else {
    // "According to X, CONTENT." / "Now, according to X, CONTENT."
    if (restStart < 0 || !restIsClause) return null;
    let clause = restStart;
    // "According to Mark Ellison, a sleep researcher at Stanford who was not involved, CONTENT.": the apposition is the source's
    // (and so is a participle's phrase: "According to the indictment, unsealed on Thursday in federal court, CONTENT.")
    const participleEnd = participlePhraseBeforeClause(tokens, restStart, last);
    if (participleEnd > 0) {
      sourceEnd = participleEnd;
      clause = participleEnd + 2;
    }
    const appositionEnd = participleEnd > 0 ? -1 : apposition(tokens, restStart, last);
    // a description of someone who speaks ("a sleep researcher"), not the clause's subject ("the passenger jet, en route …, made")
    const describesSpeaker = appositionEnd > 0 && tokens[sourceEnd]!.pos === 'PROPN' && speakerLike(tokens, [restStart, appositionEnd]);
    if (describesSpeaker && hasVerb(tokens, appositionEnd + 2, last)) {
      sourceEnd = appositionEnd;
      clause = appositionEnd + 2;
    }
    if (commaBefore) content.push([tokens[from]!.start, contentEnd(text, tokens[from]!.start, beforeEnd, true)]);
    content.push([tokens[clause]!.start, contentEndAtWhich(text, tokens[clause]!.start, tokens[last]!.end, true, tokens)]);
  }
  const spans = content.map(([a, b]) => trimRange(text, a, b)).filter(([a, b]) => b - a >= MIN_CONTENT) as Array<[number, number]>;
  if (spans.length === 0) return null;
  return { kind: 'according-to', cue: [tokenRange(tokens, i, s0 - 1)], source: [tokenRange(tokens, s0, sourceEnd)], content: spans };
}

/** What "according to" names when it is followed rather than quoted ("according to plan"). */
const FOLLOWED = new Set(['plan', 'plans', 'schedule', 'script', 'tradition', 'custom', 'protocol', 'procedure', 'procedures', 'form', 'expectations', 'instructions', 'terms', 'rules', 'law', 'design', 'wishes']);

/** Whether the phrase "including" opens at token k names more sources: "one"/"ones" or a name ("including one from Monmouth University", "including Gallup"), not "a child". */
function includedSpeaks(tokens: readonly Token[], k: number, last: number): boolean {
  const np = npRight(tokens, k, last, 8);
  return !!np && (/^ones?$/u.test(tokens[k]!.lower) || tokens.slice(np[0], np[1] + 1).some((t) => t.pos === 'PROPN'));
}

/**
 * A past participle's phrase starting at token `k` ("unsealed on Thursday in federal court in
 * Manhattan,", "seen by Reuters,"), closed by a comma within twenty tokens, with no verb of its
 * own, and a clause with a verb after the comma: the phrase's last token (before the comma), else -1.
 * (draft.ts's `participleAsideEnd` reads a subject's aside, which its verb follows right after the
 * comma; this one is a source's, which a clause with its own subject follows.)
 */
function participlePhraseBeforeClause(tokens: readonly Token[], k: number, last: number): number {
  const t = tokens[k];
  // (wink tags some an adjective: "unsealed")
  if (!t || (t.pos !== 'VERB' && t.pos !== 'ADJ') || !(/ed$/u.test(t.lower) || PARTICIPLES_NOT_IN_ED.has(t.lower))) return -1;
  for (let j = k + 1; j <= last && j - k <= 20; j++) {
    const w = tokens[j]!;
    if (w.text === ',') return hasVerb(tokens, j + 1, last) ? j - 1 : -1;
    if (w.pos === 'VERB' || w.pos === 'AUX') return -1;
  }
  return -1;
}

/**
 * An apposition starting at token `k` and closed by a comma within twenty tokens: "a sleep
 * researcher at Stanford who was not involved in the study,". It opens with a determiner, an
 * adjective or a number and holds a verb only inside a relative clause. Returns its last token
 * (before the comma), else -1.
 */
function apposition(tokens: readonly Token[], k: number, last: number): number {
  if (!/^(DET|ADJ|NUM)$/u.test(tokens[k]?.pos ?? '')) return -1;
  let relative = false;
  for (let j = k + 1; j <= last && j - k <= 20; j++) {
    const t = tokens[j]!;
    if (t.text === ',') return j - 1;
    if (/^(who|that|which|whose)$/u.test(t.lower)) relative = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative) return -1;
  }
  return -1;
}
