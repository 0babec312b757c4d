// Stage 6: attributions — who said what. A cue (a verb learned from PolNeAR
// train, "according to", a quotation followed by "X said") anchors each one;
// the source and content are placed around it by the patterns news uses.
// The readings beside it: according.ts ("according to"), speaker-lines.ts (transcript and
// signature lines), closing.ts (closing reports, added after the merge); draft.ts holds what
// they share.
import { z } from 'zod';
import type { Attribution } from '../schemas/index.ts';
import { defineStage } from '../pipeline/stage.ts';
import { notEnglish } from '../language/index.ts';
import { analysisText, type Doc } from '../pipeline/doc.ts';
import type { Token } from '../nlp/wink.ts';
import { trimRange } from '../text/spans.ts';
import { itemsWithin, lowerBound, RangeUnion } from '../text/search.ts';
import { CLAUSE_REPORTS_BEYOND_TRAIN, cueStrength, INVERSION_VERBS, MANNER_OF_SPEAKING, NAMING_FORMS, namingLemma, reportsClause, VERB_CUE_P, VERB_PARTICLES } from './cues.ts';
import { amountOpensClause, BE_FORMS, CLAUSE_SUBJECTS, COMPARISON, finiteAfterPhrase, finiteAt, newsSpeakerLike, npLeft, npRight, speakerLike, subjectBefore } from './phrases.ts';
import { repaired } from './repairs.ts';
import { firstRegionFrom, isQuoteMark, quoteMarkAt, regionAt, regionEndingAt, regionStartingAt, type QuoteRegion } from './quotes.ts';
import { asAttributions, clauseEnd, closesSentence, contentEnd, isClosingQuote, kindOf, readingOf, tokenRange, type Draft, hasVerb } from './draft.ts';
import { accordingTo } from './according.ts';
import { speakerLines } from './speaker-lines.ts';
import { namedPlace, TIME_PHRASE, withClosingReports } from './closing.ts';
import { anonymityAside } from './cue-ends.ts';
import { DAY_PHRASE } from '../dates/lexicon.ts';

export const AttributionsOptions = z
  .object({
    /** Train probability above which a verb is a cue anywhere. */
    strongCue: z.number().min(0).max(1).default(0.4),
    /** Lower bar for a verb followed by "that" or a quotation. */
    weakCue: z.number().min(0).max(1).default(0.15),
    /** Take adverbs between the auxiliary and the verb into the cue ("has publicly signaled"), as PolNeAR does. */
    cueAdverbs: z.boolean().default(true),
  })
  .strict();
export type AttributionsOptions = z.infer<typeof AttributionsOptions>;

const AUX_IN_CUE = new Set(['has', 'have', 'had', 'will', 'would', 'could', 'did', 'does', 'do', 'can', 'may', 'might', 'should', 'must', 'shall']);
const CHANNEL = /\b(?:in|on|via|during|through|at)\s+(?:a|an|the|his|her|their|its|this)?\s*(?:(?:brief|short|written|joint|televised|recorded|video|radio|phone|telephone|press|separate|prepared|lengthy|new|recent|exclusive)\s+)*(?:video message|message|statement|interview|post|tweet|press conference|news conference|briefing|speech|letter|email|e-mail|op-ed|address|broadcast|release|appearance|podcast|remarks|report|update|bulletin|advisory|alert)(?:\s+(?:via|on|with|to|from)\s+(?:the\s+)?[\p{L}\p{N}'’ .-]{1,60}?)?(?=[,.;]|$)/iu;

/** A day, then "that": "estimated | last year that …", "warned on Tuesday that …". */
const DAY_THAT = new RegExp(`^\\s+${DAY_PHRASE},?\\s+that\\b`, 'u');
/**
 * Where something is said: a hearing, a committee, an interview … (not "spoke at a town hall |
 * that residents had demanded"). Narrower than `CHANNEL_NOUNS`, whose "event", "show" or "book"
 * take a relative "that" as often ("spoke at the event that his campaign organised").
 */
const PLACES_OF_SPEAKING = 'hearing|committee|subcommittee|panel|court|courtroom|interview|letter|statement|speech|address|meeting|briefing|conference|session|rally|debate|forum|summit|podcast|op-ed|memo|email|filing|post|tweet';
/** "testified | before a Senate committee last month that …": a phrase of where something was said, perhaps a day, then "that". */
const PLACE_THAT = new RegExp(`^\\s+(?:before|at|during|in)\\s+(?:the|a|an|his|her|their|its)\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(?:${PLACES_OF_SPEAKING})s?\\s+(?:(?:last|this|next)\\s+(?:week|month|year)\\s+|${DAY_PHRASE},?\\s+)?that\\b`, 'iu');

export function extractAttributions(doc: Doc, options: AttributionsOptions): Attribution[] {
  const { tokens, text, quotes, prose } = readingOf(doc);
  const drafts: Draft[] = [];

  for (const { sentence, first, last } of prose) {
    const taken = new Set<number>(); // tokens already inside an attribution of this sentence
    const claim = (d: Draft | null) => {
      if (!d) return;
      const [cs, ce] = [d.content[0]![0], d.content[d.content.length - 1]![1]];
      if (ce - cs < 3) return;
      // (an anonymity aside takes no tokens from the report around it)
      if (anonymityAside(text.slice(d.cue[0]![0], d.cue[d.cue.length - 1]![1]), text.slice(cs, ce))) return;
      drafts.push(d);
      // mark only the tokens inside its spans (binary search: a sentence can be a 1 MB line)
      for (const [a, b] of [[cs, ce] as [number, number], ...d.cue, ...(d.source ?? [])]) {
        for (const t of itemsWithin(tokens, a, b)) if (t.i >= first && t.i <= last) taken.add(t.i);
      }
    };

    // A reporting clause closing the sentence ("…, the source added.") goes first: its content
    // is everything before it, which a forward cue inside that content would otherwise take.
    const order: number[] = [];
    for (let i = last; i >= first; i--) if (closesSentence(tokens, i, last)) order.push(i);
    const queued = new Set(order);
    for (let i = first; i <= last; i++) if (!queued.has(i)) order.push(i);
    for (const i of order) {
      if (taken.has(i)) continue;
      const t = tokens[i]!;
      if (regionAt(quotes, t.start)) continue; // the writer's own cues stand outside quotations
      if (t.lower === 'according' && tokens[i + 1]?.lower === 'to' && i + 1 <= last) {
        claim(accordingTo(doc, tokens, i, first, last, sentence));
        continue;
      }
      // (a verb of naming PolNeAR lacks names what follows it before a quotation: "termed the claims “hollow”")
      const naming = NAMING_FORMS.test(t.lower) && (t.pos === 'VERB' || t.pos === 'ADJ') && quotedAfterNoun(text, tokens, i + 1, last);
      if (t.pos !== 'VERB' && !naming) continue;
      const lemma = naming ? namingLemma(t.lower) : t.lemma.toLowerCase();
      const next = tokens[i + 1];
      // (a day may stand between: "estimated last year that …"; read only for a verb with a cue probability)
      const clauseFollows = !!next && (next.lower === 'that' || quoteMarkAt(text, next.start) || next.text === ':' || (next.text === ',' && !!tokens[i + 2] && quoteMarkAt(text, tokens[i + 2]!.start)) || (VERB_CUE_P.has(lemma) && (DAY_THAT.test(text.slice(t.end, t.end + 48)) || placeThat(text, tokens, i) > 0)));
      const prevTok = tokens[i - 1];
      const afterQuote = !!prevTok && isClosingQuote(text, prevTok);
      // (a verb of speaking's manner that PolNeAR's lexicon lacks speaks only beside a quotation: "“…,” the chef quipped.")
      const quoted = afterQuote || subjectAfterQuote(text, tokens, i, first);
      const beyondTrain = next?.lower === 'that' && CLAUSE_REPORTS_BEYOND_TRAIN.has(lemma);
      if (!naming && !beyondTrain && !cueStrength(lemma, clauseFollows || afterQuote, options) && !(quoted && (INVERSION_VERBS.has(lemma) || MANNER_OF_SPEAKING.has(lemma)))) continue;
      // passive "was said" / "is expected": not an attribution with a speaker
      if (prevTok && BE_FORMS.has(prevTok.lower)) continue;
      claim(verbCue(doc, tokens, quotes, i, first, last, lemma, options));
    }
  }

  // a speaker line stands where no attribution found so far lies (one union of their spans, not a
  // look at every draft per line: a transcript has thousands of lines)
  const spansOf = (d: Draft) => [...d.cue, ...d.content, ...(d.source ?? [])];
  const found = new RangeUnion();
  for (const d of drafts) for (const [s, e] of spansOf(d)) found.add(s, e);
  for (const d of speakerLines(doc, tokens, quotes)) {
    if (spansOf(d).some(([s, e]) => found.overlaps(s, e))) continue;
    drafts.push(d);
    for (const [s, e] of spansOf(d)) found.add(s, e);
  }

  return asAttributions(doc, drafts);
}

/**
 * The token of the "that" opening what was said after where or to whom it was said ("testified |
 * before a Senate committee last month | that the law …"); -1 when none (nor a relative "that" of
 * the place: "spoke at a park | that overlooks Kaneohe Bay").
 */
function placeThat(text: string, tokens: readonly Token[], cueEnd: number): number {
  // (a preposition first, before the regular expression: this runs at every verb of the lexicon)
  if (!/^(?:before|at|during|in)$/u.test(tokens[cueEnd + 1]?.lower ?? '')) return -1;
  const end = tokens[cueEnd]!.end;
  const m = PLACE_THAT.exec(text.slice(end, end + 80));
  if (!m) return -1;
  const that = lowerBound(tokens, end + m[0].length - 4);
  const next = tokens[that + 1];
  return next && next.pos !== 'VERB' && next.pos !== 'AUX' && next.pos !== 'ADV' ? that : -1;
}

/** Longest relative clause a subject may hold before its verb (tokens). */
const MAX_SUBJECT_RELATIVE = 12;

/**
 * "The family of a man who was stabbed to death in Walsall | said …": a speaker's noun phrase
 * opening the sentence and its relative clause, with no mark between it and the verb, is the
 * subject (the words right before the verb, "death in Walsall", are none of a speaker's): the
 * token range from the sentence's start to the cue, or null.
 */
function subjectOverRelativeClause(tokens: readonly Token[], first: number, cue: number): [number, number] | null {
  for (let k = cue - 2; k > first && cue - k <= MAX_SUBJECT_RELATIVE; k--) {
    const t = tokens[k]!;
    if (t.pos === 'PUNCT') return null;
    if (t.lower !== 'who' && t.lower !== 'that') continue;
    const np: [number, number] = [first, k - 1];
    // (over "of" and the phrase before it: "The family of | a man")
    let left = npLeft(tokens, k - 1, first);
    while (left - 2 >= first && tokens[left - 1]!.lower === 'of') left = npLeft(tokens, left - 2, first);
    if (left !== first || !(speakerLike(tokens, np) || newsSpeakerLike(tokens, np))) return null;
    return tokens.slice(k + 1, cue).some((x) => x.pos === 'VERB' || x.pos === 'AUX') ? [first, cue - 1] : null;
  }
  return null;
}

/**
 * Whether what follows the cue ending at token `cueEnd` is what was said: a clause's "that" or
 * question word, or a noun phrase (its subject or the verb's object), past commas and adverbs —
 * not a clause of circumstance ("said | as he launched the process"), a conjunction ("endorsed |
 * and has fundraised for") or a preposition ("pleaded | to witness tampering").
 */
function reportsAfter(tokens: readonly Token[], cueEnd: number, last: number): boolean {
  // (a cue ending on its particle tells what the quotation was about: "“…?” Lichtman said about | McCain's effort")
  if (tokens[cueEnd]!.pos === 'ADP') return false;
  let k = cueEnd + 1;
  // (past adverbs of manner or time, not "when" or "as" that open a clause of circumstance: "“Too forced?” He tweeted | when …")
  while (k <= last && (tokens[k]!.text === ',' || (tokens[k]!.pos === 'ADV' && /(?:ly|^also|^then|^later|^again|^only|^further|^still)$/u.test(tokens[k]!.lower)))) k++;
  const t = tokens[k];
  return !!t && k <= last && (/^(?:that|how|what|whether|why|if)$/u.test(t.lower) || /^(?:DET|PRON|NOUN|PROPN|NUM|ADJ)$/u.test(t.pos));
}

/** A noun phrase of at most six words from token `k`, then an opening quotation mark: "the claims | “hollow”". */
function quotedAfterNoun(text: string, tokens: readonly Token[], k: number, last: number): boolean {
  let j = k;
  while (j <= last && j - k < 6 && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/u.test(tokens[j]!.pos) && !quoteMarkAt(text, tokens[j]!.start)) j++;
  return j > k && j <= last && quoteMarkAt(text, tokens[j]!.start);
}

/** A closing quotation, perhaps its comma, and a short noun phrase (the speaker) right before the verb at `i`: "“…,” the chef | quipped". */
function subjectAfterQuote(text: string, tokens: readonly Token[], i: number, first: number): boolean {
  let k = i - 1;
  while (k > first && i - k <= 6 && /^(?:DET|ADJ|NOUN|PROPN|PRON|NUM)$/u.test(tokens[k]!.pos) && !isClosingQuote(text, tokens[k]!)) k--;
  return k < i - 1 && k >= first && isClosingQuote(text, tokens[k]!);
}

function verbCue(
  doc: Doc,
  tokens: readonly Token[],
  quotes: readonly QuoteRegion[],
  i: number,
  first: number,
  last: number,
  lemma: string,
  options: AttributionsOptions,
): Draft | null {
  const text = analysisText(doc);
  // the cue takes adjacent auxiliaries: "had said", "has said"
  let cueStart = i;
  for (let k = i - 1; k >= first; k--) {
    const t = tokens[k]!;
    if (t.pos === 'AUX' && AUX_IN_CUE.has(t.lower)) cueStart = k;
    else if (options.cueAdverbs && t.pos === 'ADV' && /^\p{Ll}/u.test(t.text) && k > first) continue;
    else break;
  }
  // adverbs count only between the auxiliary or subject and the verb: drop leading ones not preceded by an auxiliary
  if (cueStart === i && options.cueAdverbs) {
    let k = i - 1;
    while (k > first && tokens[k]!.pos === 'ADV' && /^\p{Ll}/u.test(tokens[k]!.text)) k--;
    if (k < i - 1 && tokens[k] && (tokens[k]!.pos === 'PROPN' || tokens[k]!.pos === 'NOUN' || tokens[k]!.pos === 'PRON')) cueStart = k + 1;
  }
  // learned particles: "called for", "pointed out" (not an amount's word opening a reported clause:
  // "said about | 300 people were killed"; "talked about | 30 minutes" keeps it)
  let cueEnd = i;
  const particle = tokens[i + 1];
  if (particle && i + 1 <= last && VERB_PARTICLES.has(`${lemma} ${particle.lower}`) && !amountOpensClause(tokens, i, last)) cueEnd = i + 1;
  const cue: [number, number] = tokenRange(tokens, cueStart, cueEnd);
  const sentenceStart = tokens[first]!.start;
  const sentenceEnd = tokens[last]!.end;
  const channel = findChannel(text, sentenceStart, sentenceEnd, cue);

  // 1. After a quotation: "“…,” read a Kremlin statement" / "“…,” said X" / "“…,” X said"
  const subj = subjectBefore(tokens, cueStart, first);
  const beforeSubj = subj ? tokens[subj[0] - 1] : tokens[cueStart - 1];
  // a quotation closing the paragraph before belongs to that paragraph's own speaker
  // (one that closed the sentence before reports for this cue only when nothing is reported after
  // it: not "“… stronger.” | The letter, which was seen by The Washington Post, did not say how many …")
  const closing =
    beforeSubj && isClosingQuote(text, beforeSubj) && !/\n/u.test(text.slice(beforeSubj.end, tokens[subj ? subj[0] : cueStart]!.start)) && (beforeSubj.i >= first || !subj || !reportsAfter(tokens, cueEnd, last))
      ? beforeSubj
      : undefined;
  if (closing) {
    const region = regionEndingAt(quotes, closing.end);
    if (!region || !region.closed) return null;
    let source: [number, number] | null = subj ? tokenRange(tokens, subj[0], subj[1]) : null;
    if (!subj && (INVERSION_VERBS.has(lemma) || MANNER_OF_SPEAKING.has(lemma))) {
      const np = npRight(tokens, i + 1, last);
      if (np) source = tokenRange(tokens, np[0], np[1]);
    }
    const content: Array<[number, number]> = [[region.start, region.end]];
    // "“…,” he said, “…”": the quotation continues after the cue (and after whom it was told: "“…,” she told MPs, “…”")
    // (an addressee outside quotation marks: not a programme's name, 'told “Good Morning America.”')
    const told = lemma === 'tell' ? npRight(tokens, cueEnd + 1, last, 6) : null;
    const addressee = told && !regionAt(quotes, tokens[told[0]]!.start) && !isQuoteMark(tokens[told[0]]!.text) ? told : null;
    const frameEnd = Math.max(source ? source[1] : 0, cue[1], addressee ? tokens[addressee[1]]!.end : 0);
    const tail = nextQuoteAfter(quotes, frameEnd, sentenceEnd, text);
    if (tail) content.push([tail.start, tail.end]);
    // "“…,” she said. “…”": quotations that go on right after, in the same paragraph
    for (let from = Math.max(tail?.end ?? 0, sentenceEnd); ; ) {
      // only the next region can follow across blanks on the same line
      const more = firstRegionFrom(quotes, from);
      if (!more || !/^[^\S\n]*$/u.test(text.slice(from, more.start))) break;
      content.push([more.start, more.end]);
      from = more.end;
      let after = from;
      while (after < text.length && text[after] !== '\n' && /\s/u.test(text[after]!)) after++;
      if (!quoteMarkAt(text, after)) break;
    }
    return { kind: kindOf(text, content), cue: [cue], source: source ? [source] : null, content, ...(channel ? { channel: [channel] } : {}) };
  }

  // 2. Forward: "X said (that) …", "X described Y as “…”", "X told Y that …";
  // a participle after a comma takes the subject of the clause: "Clinton mocked it, saying …"
  let source = subj;
  // (speech verbs only: "apologizing for what the Kremlin described as …" is about the Kremlin's words)
  if (/ing$/u.test(tokens[i]!.lower) && tokens[cueStart - 1]?.text === ',' && (VERB_CUE_P.get(lemma) ?? 0) >= 0.6) {
    source = clauseSubject(tokens, first, cueStart - 1);
  }
  if (!source) return null;
  // (the phrase before a relative clause that opens the sentence, when the words before the cue are none of a speaker's)
  if (!speakerLike(tokens, source) && !newsSpeakerLike(tokens, source)) source = subjectOverRelativeClause(tokens, first, cueStart) ?? source;
  // a speaker of news beyond politics only before its cue ("The coach, speaking after the defeat, |
  // admitted …", "The club said Smith, who is 29, would …"), where the tagger, which never saw one,
  // may read nothing; the backward readings after the merge know them
  const speaker = speakerLike(tokens, source);
  // (and not before a comma: "…, the coach said, | as he left the press conference" is no forward
  // report; nor in a clause after "that", "recommendation that the federation | endorse Clinton", nor
  // inside another's report, "The witness said …, according to the report"; and only a verb that
  // reports a clause, with a verb after it: not "The farmer showed reporters the crops", "The jockey
  // claimed victory by two lengths")
  if (
    !speaker &&
    (!newsSpeakerLike(tokens, source) ||
      tokens[cueEnd + 1]?.text === ',' ||
      tokens[source[0] - 1]?.lower === 'that' ||
      !reportsClause(lemma) ||
      !hasVerb(tokens, cueEnd + 1, last) ||
      /\baccording to\b/iu.test(text.slice(tokens[cueEnd]!.end, tokens[last]!.end)))
  )
    return null;
  let k = cueEnd + 1;
  if (tokens[k]?.lower === 'as' && lemma === 'describe') k++;
  if (lemma === 'tell') {
    const addressee = npRight(tokens, k, last, 6);
    const after = addressee ? tokens[addressee[1] + 1] : undefined;
    if (addressee && after && (after.lower === 'that' || after.text === ',' || quoteMarkAt(text, after.start))) k = addressee[1] + 1;
  }
  // (what was said starts at its "that" after where or to whom it was said: "testified before a Senate committee last month | that …")
  const place = placeThat(text, tokens, cueEnd);
  if (place > 0 && k === cueEnd + 1) k = place;
  while (k <= last && (tokens[k]!.text === ',' || tokens[k]!.text === ':')) k++;
  const onlyPunctuationLeft = tokens.slice(k, last + 1).every((t) => t.pos === 'PUNCT' && !/^[“"‘(]$/u.test(t.text));
  const participleNext = participleAfterComma(tokens, k, cueEnd, last);
  // (a verb that reports no clause has no reading here: "it declined, | citing legal risks")
  if (participleNext && !reportsClause(lemma)) return null;
  // (nor is a comparison the reporter adds: "…, the Commerce Department said, | slightly more than economists had expected")
  const compared = tokens[k - 1]?.text === ',' && k - 1 > cueEnd && COMPARISON.test(text.slice(tokens[k]?.start ?? 0, (tokens[k]?.start ?? 0) + 40));
  // (nor where it was said, closing the sentence: "…, the authors wrote | in The Lancet.")
  let lastWord = last;
  while (lastWord > k && tokens[lastWord]!.pos === 'PUNCT') lastWord--;
  const placeOnly = namedPlace(tokens, k, lastWord) && lastWord < last;
  // (nor what the speaker left unsaid: "…, the Kremlin said, | without saying that Russia was responsible")
  const withheld = tokens[k - 1]?.text === ',' && k - 1 > cueEnd && tokens[k]?.lower === 'without' && /ing$/u.test(tokens[k + 1]?.lower ?? '');
  if (k > last || onlyPunctuationLeft || participleNext || compared || placeOnly || withheld) {
    if (!speaker) return null;
    // 3. Backward: "Content here, officials said."
    const comma = subj ? tokens[subj[0] - 1] : undefined;
    if (!subj || !comma || comma.text !== ',' || subj[0] - 1 <= first) return null;
    // (before a participle's phrase, only a clause with a verb: not "Weighing in on the discussion, X agreed, praising …")
    if ((participleNext || withheld) && !finiteBetween(tokens, first, subj[0] - 2)) return null;
    const cs = sentenceStart;
    const open = regionAt(quotes, cs + 1);
    const start = open && open.start <= cs ? open.start : cs;
    if (!subj) return null;
    const ce = isClosingQuote(text, tokens[subj[0] - 2] ?? comma) ? tokens[subj[0] - 2]!.end : contentEnd(text, cs, comma.start);
    return { kind: kindOf(text, [[start, ce]]), cue: [cue], source: [tokenRange(tokens, subj[0], subj[1])], content: [[start, ce]] };
  }
  // "…, which he confirmed as technical failure": in an object relative clause the thing said
  // is the antecedent, not what follows the cue
  if (tokens[source[0] - 1]?.lower === 'which' && tokens[source[0] - 2]?.text === ',') return null;
  const cs = tokens[k]!.start;
  // (a participle's aside inside the reported clause's subject, under a verb that reports a clause: "said the drug, tested on …, reduced …")
  let ce = clauseEnd(tokens, k, last, text, quotes, reportsClause(lemma));
  // a quotation opened here and running past the sentence end goes with it
  const region = quoteMarkAt(text, cs) ? regionStartingAt(quotes, cs) : undefined;
  if (region && region.end > ce) ce = region.end;
  if (ce <= cs) return null;
  // only the day after the cue, and a comma, reports nothing ("…, officials said | on Wednesday,
  // with dozens missing."); closing the sentence it may ("The minister said next week."), and an
  // aside may stand between it and the clause reported ("said Thursday, as it reported results, that …")
  if (TIME_PHRASE.test(text.slice(cs, ce).trim())) {
    const rest = text.slice(ce, tokens[last]!.end);
    if (/^\s*,/u.test(rest) && !/^\s*,[^,]*,\s*that\b/u.test(rest)) return null;
  }
  const content: Array<[number, number]> = [[cs, ce]];
  return {
    kind: kindOf(text, content),
    cue: [cue],
    source: [tokenRange(tokens, source[0], source[1])],
    content,
    ...(channel ? { channel: [channel] } : {}),
  };
}

/**
 * "…, a spokesperson said, | describing it as …": a participle's phrase after the cue's comma at
 * token `k` is the speaker's next act, not what was said; the clause before the report is. Not an
 * aside ("said, smiling, that …"), "according to" ("Politico reported, according to sources, …"),
 * nor a gerund that is the subject of the rest ("…, he said, replacing Clinton would be …").
 */
function participleAfterComma(tokens: readonly Token[], k: number, cueEnd: number, last: number): boolean {
  const t = tokens[k];
  if (!t || tokens[k - 1]?.text !== ',' || k - 1 <= cueEnd || t.pos !== 'VERB' || !/ing$/u.test(t.lower) || t.lower === 'according' || tokens[k + 1]?.text === ',') return false;
  // (an aside that a clause follows after its comma: "The bank said, citing rising costs, | it would close …",
  // "said, speaking on condition of anonymity, | the attackers had crossed …")
  for (let j = k + 2; j < last; j++) {
    if (tokens[j]!.text !== ',') continue;
    if (CLAUSE_SUBJECTS.has(tokens[j + 1]!.lower) || tokens[j + 1]!.lower === 'that' || finiteAfterPhrase(tokens, j + 1, last)) return false;
  }
  return reportsClause(t.lemma.toLowerCase()) || !finiteAfterPhrase(tokens, k + 1, last);
}

/** A finite verb among tokens a…b. */
function finiteBetween(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (finiteAt(tokens, k)) return true;
  return false;
}

/** The subject opening the clause that ends at `end`: its first noun phrase. */
function clauseSubject(tokens: readonly Token[], first: number, end: number): [number, number] | null {
  let k = first;
  while (k < end && (tokens[k]!.pos === 'CCONJ' || tokens[k]!.pos === 'ADV' || tokens[k]!.text === ',')) k++;
  const np = npRight(tokens, k, end, 8);
  if (!np) return null;
  const next = tokens[np[1] + 1];
  // only when a verb follows the phrase: it is the subject, not a fronted adverbial
  return next && (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'ADV') ? np : null;
}

function nextQuoteAfter(quotes: readonly QuoteRegion[], from: number, sentenceEnd: number, text: string): QuoteRegion | undefined {
  const next = firstRegionFrom(quotes, from);
  return next && next.start < sentenceEnd + 2 && /^\s*,\s*$/u.test(text.slice(from, next.start)) ? next : undefined;
}

/** "In a video message via the Tass news agency", "in a statement": where it was said. */
function findChannel(text: string, sentenceStart: number, sentenceEnd: number, cue: [number, number]): [number, number] | undefined {
  const slice = text.slice(sentenceStart, sentenceEnd);
  const m = CHANNEL.exec(slice);
  if (!m) return undefined;
  const s = sentenceStart + m.index;
  const e = s + m[0].length;
  // only a phrase opening the sentence or standing right after the cue
  if (m.index > 2 && Math.abs(s - cue[1]) > 2) return undefined;
  return trimRange(text, s, e);
}

export const attributionsStage = defineStage<AttributionsOptions>({
  name: 'attributions',
  requires: ['sentences', 'tokens'],
  uses: ['language', 'entities'],
  assigns: ['attributions'],
  options: AttributionsOptions,
  run(doc, options) {
    if (notEnglish(doc)) return { ...doc, attributions: [] };
    return { ...doc, attributions: repaired(doc, withClosingReports(doc, extractAttributions(doc, options))) };
  },
});
