// A content that ends on a mark that closes nothing: a comma, semicolon or colon ("that 90,000
// homes a year are needed,"), or a quotation mark or bracket that opens what comes next ("…
// invite retaliation. “"). PolNeAR's gold ends before them: of the predicted contents of train
// ending on a comma, semicolon or colon whose gold content ends there or one mark before, 102 of
// 103 end before the mark. The content ends at its last word.
import { analysisText, type Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { part, partEnd } from '../text/spans.ts';
import { indexContaining, itemsWithin, lowerBound, partitionPoint } from '../text/search.ts';
import { isQuoteMark, quoteMarkAt, quoteRegions, regionAt, type QuoteRegion } from './quotes.ts';
import { INVERSION_VERBS, mostlyReports, reportsClause, VERB_CUE_P, VERB_PARTICLES } from './cues.ts';
import type { Token } from '../nlp/wink.ts';
import { CHANNEL_NOUNS, CIRCUMSTANCE_OPENERS, CITING, CLAUSE_CONJUNCTIONS, CLAUSE_SUBJECTS, clauseStop, COMPARISON, DOCUMENT_HEADS, hyphenated, newsParticiplePhrase, participleAfterNoun, RELATIVE_OPENERS, reportingParticiple, settingParticiple, speakerLike, SUBORDINATORS } from './phrases.ts';
import { clauseEnd, contentEnd, contentEndAtWhich, hasVerb, participleAsideEnd, relativeAsideEnd, withContent } from './draft.ts';
import { thatAfterCircumstance } from './cue-ends.ts';
import { FINDING_VERBS } from './closing.ts';
import { WORD } from '../tagger/decode.ts';
import { isAdjective } from '../entities/lexicon.ts';
import { inCueOrder, IntervalSet, intervalsOf, spansKey } from '../tagger/hybrid.ts';
import { DAY_PHRASE, DAY_PHRASE_CORE, TIME_WORD } from '../dates/lexicon.ts';

/**
 * Marks a content cannot end on, with the white space between them; and the full stop after a
 * number's unit, which wink's tokens hold as one ("between 7pm and 8pm."): no unit after a number
 * keeps a period of its own, so at a content's end it is the sentence's full stop, which a content
 * leaves out. (The sentence split is wink's: "at 9.30am. The road …" stays one sentence.)
 */
const DANGLING_END = /(?:\s*[,;:(])+\s*$|(?<=\d(?:am|pm|km|kg|cm|mm|ft|lbs?|mph|bn|m|k))\.$/iu;
/**
 * In a content that is no quotation, a quotation mark after a space opens the next one (and a full
 * stop before it ends the sentence the content ends): "… invite retaliation. “", and in wire copy
 * "… Mr. Trump ''". A quotation's own content may close on a mark after a space ("… that he is
 * doing this, "").
 */
const OPENING_MARK_END = /(?:[.]?\s+(?:["“]|''))+$/u;
/** Characters of a content's end read for those marks. */
const TAIL = 24;

export function contentsWithoutDanglingMarks(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  // marks are read in the reading copy (single-mark quotations as double, HTML entities as characters)
  const reading = analysisText(doc);
  return attributions.map((a) => {
    const spans = a.content.spans.map(([s, e]) => [s, e] as [number, number]);
    const last = spans[spans.length - 1]!;
    const quoted = quoteMarkAt(reading, spans[0]![0]);
    const end = last[1];
    // one mark uncovers another ("they must act, “"): trim until none is left (reading the
    // content's tail only: the marks are at its end)
    for (;;) {
      const from = Math.max(last[0], last[1] - TAIL);
      const tail = reading.slice(from, last[1]);
      const opening = quoted ? -1 : tail.search(OPENING_MARK_END);
      const cut = opening >= 0 ? opening : tail.search(DANGLING_END);
      if (cut < 0 || from + cut <= last[0]) break;
      last[1] = from + cut;
    }
    if (last[1] === end) return a;
    return withContent(doc, a, spans);
  });
}

/**
 * "Schumer told reporters Tuesday that “all options are on the table,” but declined to say whether
 * he had the votes.": the tagger's decoder gave both content runs to the second cue; the first is
 * what the first cue reported, which another reading already has. A content part before its own
 * cue that overlaps the content of an earlier cue (before that part) leaves the later attribution,
 * which keeps its parts after its cue.
 */
export function contentsOfTheirOwnCue(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  return attributions.map((b) => {
    if (b.content.spans.length < 2) return b;
    const cueStart = b.cue.spans[0]![0];
    const taken = (p: readonly [number, number]) =>
      p[1] <= cueStart && attributions.some((a) => a !== b && partEnd(a.cue) <= p[0] && a.content.spans.some(([s, e]) => s < p[1] && p[0] < e));
    const spans = b.content.spans.filter((p) => !taken(p)).map(([s, e]) => [s, e] as [number, number]);
    if (spans.length === b.content.spans.length || spans.length === 0 || spans[0]![0] < cueStart) return b;
    return withContent(doc, b, spans);
  });
}

/**
 * "Russia warned it could escalate its war in Ukraine, while a larger-than-expected build …": the
 * tagger's content sometimes breaks off for a few words and starts again, and the two runs make
 * one content in two spans. A content is in two spans where something stands between them (its
 * cue and source, "“A,” he said, “B”", or a paragraph break); between two spans of one sentence
 * with nothing of any attribution between them, PolNeAR's gold content runs on over the gap more
 * often than it ends before it (train: 69 of the 212 such predicted contents run on over it, 12
 * end before it, the rest differ at other ends or have no gold cue). The gap is closed within a
 * sentence, unless the second span is a quotation of its own (train: 59 more contents exact to
 * the character, 1 fewer).
 */
export function contentsWithoutGaps(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const text = analysisText(doc);
  const multi = attributions.filter((a) => a.content.spans.length > 1);
  if (multi.length === 0) return [...attributions];
  const parts = new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
  return attributions.map((a) => {
    if (a.content.spans.length < 2) return a;
    const spans: Array<[number, number]> = [[a.content.spans[0]![0], a.content.spans[0]![1]]];
    for (const [s, e] of a.content.spans.slice(1)) {
      const last = spans[spans.length - 1]!;
      const gap: [number, number] = [last[1], s];
      // within one sentence, and not before a quotation of its own ("… New Jersey. “A leader must …")
      const between = text.slice(gap[0], gap[1]);
      if (/[\n.?!]/u.test(between) || isQuoteMark(text[s]) || parts.overlaps({ text: '', spans: [gap] })) spans.push([s, e]);
      else last[1] = e;
    }
    if (spans.length === a.content.spans.length) return a;
    return withContent(doc, a, spans);
  });
}


/**
 * "Police said the suspect, who has not been named, was arrested at the scene.": a content that
 * stops at its subject, before a relative clause set between commas, goes on to the predicate
 * after the clause, to the sentence end (train: the gold runs on in all 4 such predicted
 * contents with a gold cue). Where the clause ends the sentence ("…, which he believes will …"),
 * the gold stops before it (75 of 113) and so does the content.
 *
 * The same holds for an apposition or a phrase with no verb between the commas ("Officials
 * believe the suspect, a 34-year-old man from Ohio, may have acted alone"; "Analysts expect the
 * bank, under pressure from the government, to cut rates"), where the content before it has no
 * verb either: it is the subject alone.
 */
export function contentsOverRelativeClauses(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  let cues: IntervalSet | undefined;
  return attributions.map((a) => {
    const spans = a.content.spans.map(([s, e]) => [s, e] as [number, number]);
    const last = spans[spans.length - 1]!;
    if (last[0] < partEnd(a.cue)) return a;
    const k = lowerBound(tokens, last[1]);
    const range = ranges[tokens[k]?.sentence ?? -1];
    if (!range || tokens[k]!.text !== ',') return a;
    const relative = /^(who|which|whose)$/u.test(tokens[k + 1]?.lower ?? '');
    const comma = clauseStop(tokens, relative ? k + 2 : k + 1, range[1]);
    if (comma < 0 || tokens[comma]!.text !== ',') return a;
    // no relative pronoun: an aside with no verb, after a subject with none ("the suspect, a 34-year-old man,")
    // (nor a report inside a relative clause: "The workers who feared the cuts, many of them nurses, went on strike")
    if (!relative && (comma === k + 1 || hasVerb(tokens, k + 1, comma - 1) || hasVerb(tokens, lowerBound(tokens, last[0]), k - 1) || /\b(?:who|which|that)$/iu.test(a.source?.text ?? ''))) return a;
    // the clause closes on a comma, and the predicate follows: a verb, with no subject of its own
    // (after an aside, an infinitive too: "expect the bank, …, to cut rates")
    const verb = tokens[comma + 1];
    const infinitive = !relative && verb?.lower === 'to' && tokens[comma + 2]?.pos === 'VERB';
    if (!verb || (!infinitive && (!/^(AUX|VERB)$/u.test(verb.pos) || /ing$/u.test(verb.lower)))) return a;
    // only where the cue reports a clause ("said", "told", "believe", "that …"): after "denounced the
    // deal, which would …," or "ordered a review …, which allows …" the content is the noun phrase
    const cueTokens = tokens.slice(lowerBound(tokens, a.cue.spans[0]![0]), lowerBound(tokens, partEnd(a.cue)));
    if (!cueTokens.some((t) => reportsClause(t.lemma.toLowerCase())) && !/^that\b/iu.test(a.content.text)) return a;
    let end = range[1];
    while (end > comma + 1 && tokens[end]!.pos === 'PUNCT' && !isQuoteMark(tokens[end]!.text)) end--;
    if (end <= comma + 1) return a;
    cues ??= new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source])));
    if (cues.overlaps({ text: '', spans: [[last[1], tokens[end]!.end]] })) return a;
    last[1] = tokens[end]!.end;
    return withContent(doc, a, spans);
  });
}

/** Prepositions that open a circumstance right after a cue: "he said in his nightly video address". */
const CIRCUMSTANCE_AFTER_CUE = new RegExp(`^\\s*(?:${[...CIRCUMSTANCE_OPENERS].join('|')})\\s+$`, 'iu');

/**
 * A span of a closing report's content, after its cue, that is no part of what was said: the
 * object of a circumstance ("“…,” he said in [his nightly video address]."; the tagger had "in"
 * in the cue), or a participle of what the speaker did ("“…,” Dwyer says, [turning a radio over
 * in his hands]. “…”"). PolNeAR's gold has a span after such a cue that opens without a quotation
 * mark in 54 of its 1,755 closing reports of train, a topic ("said of [waterboarding]") or a
 * participle that reports ("adding …"), never the object of "in", "on", "at" or "during".
 */
function circumstanceAfterCue(reading: string, tokens: readonly Token[], a: Attribution, cueEnd: number, span: readonly [number, number]): boolean {
  if (span[0] < cueEnd || isQuoteMark(reading[span[0]])) return false;
  const sourceEnd = a.source && a.source.spans[0]![0] >= cueEnd ? partEnd(a.source) : cueEnd;
  if (span[0] < sourceEnd) return false;
  const gap = reading.slice(sourceEnd, span[0]);
  if (CIRCUMSTANCE_AFTER_CUE.test(gap)) return true;
  const first = tokens[lowerBound(tokens, span[0])];
  return /^\s*,\s*$/u.test(gap) && !!first && first.start === span[0] && first.pos === 'VERB' && /ing$/u.test(first.lower) && (VERB_CUE_P.get(first.lemma.toLowerCase()) ?? 0) < 0.3;
}

/**
 * "“The economy is strong,” Biden said Tuesday at a White House event, “and getting stronger.”":
 * the tagger took the end of the circumstance after the cue for the start of the quotation's
 * second part. A span after the cue that opens with words of no verb, then a comma and a
 * quotation, after a first span that is a quotation, starts at the quotation.
 */
export function quotationsWithoutTheirCircumstance(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const reading = analysisText(doc);
  return attributions.map((a) => {
    let spans = a.content.spans.map(([s, e]) => [s, e] as [number, number]);
    if (spans.length < 2 || !quoteMarkAt(reading, spans[0]![0])) return a;
    let changed = false;
    const cueEnd = partEnd(a.cue);
    if (spans[0]![1] <= a.cue.spans[0]![0]) {
      // a circumstance before the quotation's second part goes; the part stays ("…,” Biden said at an event, “and …”)
      const kept = spans.filter((span, k) => k === 0 || !circumstanceAfterCue(reading, tokens, a, cueEnd, span) || /,\s*["“]/u.test(reading.slice(span[0], span[1])));
      changed = kept.length < spans.length;
      spans = kept;
    }
    for (let k = 1; k < spans.length; k++) {
      const span = spans[k]!;
      if (span[0] < cueEnd || isQuoteMark(reading[span[0]])) continue;
      const m = /,\s*["“]/u.exec(reading.slice(span[0], span[1]));
      if (!m) continue;
      const quote = span[0] + m.index + m[0].length - 1;
      const words = tokens.slice(lowerBound(tokens, span[0]), lowerBound(tokens, quote));
      const participle = circumstanceAfterCue(reading, tokens, a, cueEnd, span);
      if (!participle && words.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.text))) continue;
      // a word of the quotation after its mark (not a span the mark alone would be left of)
      if (!tokens.slice(lowerBound(tokens, quote + 1), lowerBound(tokens, span[1])).some((t) => WORD.test(t.text))) continue;
      span[0] = quote;
      changed = true;
    }
    if (!changed) return a;
    return withContent(doc, a, spans);
  });
}

const DAY_BEFORE_THAT = new RegExp(`^${DAY_PHRASE},?\\s+(?=that\\b)`, 'u');

/**
 * "Macron said on Tuesday that Europe could no longer rely on …": the day after the cue is when
 * it was said, not what (the tagger started 5 contents of train there); "Analysts at Jefferies
 * said in a note that the guidance …", "told reporters on a post-earnings call that …": nor is
 * where (train: of the predicted contents that open on such a phrase before a clause's "that",
 * the gold content starts at "that" in 6, on the phrase in 3, all three another report's
 * content). The content starts at "that"; the cue is left as it is, as PolNeAR's gold is split
 * on whether the day or the channel is the cue's.
 */
export function contentsAfterTheirCircumstance(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const [cs, ce] = a.content.spans[0]!;
    if (cs < partEnd(a.cue)) return a;
    const m = DAY_BEFORE_THAT.exec(a.content.text);
    let from = m ? cs + m[0].length : -1;
    if (!m) {
      const k = lowerBound(tokens, cs);
      const that = tokens[k]?.start === cs && CIRCUMSTANCE_OPENERS.has(tokens[k]!.lower) ? thatAfterCircumstance(tokens, k + 1, ce) : -1;
      if (that < 0) return a;
      from = tokens[that]!.start;
    }
    const spans = a.content.spans.map(([x, y]) => [x, y] as [number, number]);
    spans[0]![0] = from;
    if (spans[0]![0] >= spans[0]![1]) return a;
    return withContent(doc, a, spans);
  });
}

/** Verbs that link their subject to what follows rather than report it ("seemed to think"). */
const LINKING_VERBS = new Set(['seem', 'appear', 'look', 'sound']);

/** Lowest train probability of a verb that reports a "that" clause as a second report of the same source ("…, and demanded that …"). */
const SECOND_REPORT_P = 0.3;

/**
 * "Aliyev said on Sunday that Russia had tried to "hush up" the cause of the crash for days, | and
 * demanded that Moscow admit guilt …": a verb of saying in the cue's form after ", and", with its
 * own "that", is a second report of the same source. The first content ends before the comma
 * (PolNeAR's gold: 3 such sentences of train, each with the second report its own), and the second
 * report is read where no reading has it (the learned filter drops a rare cue far from its source).
 */
export function secondReportsOfTheSource(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const reading = analysisText(doc);
  const regions = quotes ?? quoteRegions(reading);
  const ranges = doc.sentenceTokens ?? [];
  const cueStarts = new Set(attributions.map((a) => a.cue.spans[0]![0]));
  const added: Attribution[] = [];
  const result = attributions.map((a) => {
    if (!a.source || a.cue.spans.length !== 1 || a.content.spans.length !== 1 || a.kind === 'according-to') return a;
    const [cs, ce] = a.content.spans[0]!;
    if (cs < partEnd(a.cue)) return a;
    const cueVerb = itemsWithin(tokens, a.cue.spans[0]![0], partEnd(a.cue)).find((t) => t.pos === 'VERB');
    if (!cueVerb) return a;
    const first = lowerBound(tokens, cs);
    // a verb that may be the source's second report: one that mostly reports, in the cue's form, no
    // reading's cue yet (not "seemed to think", whose cue PolNeAR runs on to the inner verb)
    const secondVerb = (verb: Token) => {
      const lemma = verb.lemma.toLowerCase();
      return verb.pos === 'VERB' && verbForm(verb) === verbForm(cueVerb) && mostlyReports(lemma) && !LINKING_VERBS.has(lemma) && !cueStarts.has(verb.start);
    };
    // (nor after a clause in the perfect, whose subject and auxiliary the verb may share: "said the
    // rebel commander had shelled the town | and accused the army …")
    const inPerfect = (k: number) => tokens.slice(first, k).some((t) => t.pos === 'AUX' && /^(?:had|has|have|'d|’d|'ve|’ve)$/u.test(t.lower));
    // the last token of the cue at verb `v`, with its particle ("called for", "warned against")
    const cueLastOf = (v: number) => (VERB_PARTICLES.has(`${tokens[v]!.lemma.toLowerCase()} ${tokens[v + 1]?.lower}`) ? v + 1 : v);
    // (inside the content, or right after it where the tagger already ended it)
    const last = Math.min(lowerBound(tokens, ce) + 3, ranges[tokens[first]?.sentence ?? -1]?.[1] ?? -1);
    for (let k = first + 1; k + 2 <= last; k++) {
      if (regionAt(regions, tokens[k]!.start)) continue;
      // ", and demanded that …", or, in copy that leaves the comma out, a participle that reports right
      // after the object's noun ("predicted a 3-1 win for the hosts | stating that India lacks …"; not a
      // document's: "a statement saying that …" is the statement's report)
      // (or "but", with or without its comma: "said his party welcomed the date | but demanded that …")
      const comma = tokens[k]!.text === ',' ? 1 : 0;
      const conj = tokens[k + comma]!.lower;
      // (and "and" with no comma where the content already ends before it: "rejected suggestions that
      // its members were involved | and demanded that the minister …")
      const endsHere = tokens[k]!.start >= ce && k === lowerBound(tokens, ce);
      const joined = (conj === 'but' || (conj === 'and' && (comma === 1 || endsHere))) && k >= first + 2;
      // (the noun the cue's own object, the content before it with no verb: not "said the government had
      // issued guidance | stating that …", the guidance's)
      const participle = !joined && reportingParticiple(tokens[k]!) && tokens[k - 1]!.pos === 'NOUN' && !DOCUMENT_HEADS.has(tokens[k - 1]!.lower) && !CHANNEL_NOUNS.has(tokens[k - 1]!.lower) && !hasVerb(tokens, first, k - 1);
      // "described the situation as “catastrophic” | and urged Israel to allow more aid in", "praised
      // the rescue teams, | but warned residents to …": where the content already ends right before
      // "and" or "but" (or the comma before them), a verb that mostly reports, in the cue's form, is
      // the source's second report with whatever it takes (the learned filter drops it, far from its source)
      // (a verb with its own "that" is read below)
      const ended = (conj === 'and' || conj === 'but') && (comma === 1 || tokens[k - 1]!.text !== ',') && tokens[k]!.start >= ce && k === lowerBound(tokens, ce) && tokens[k + comma + 2]?.lower !== 'that';
      if (ended) {
        const v = k + comma + 1;
        const verb = tokens[v]!;
        if (!secondVerb(verb) || inPerfect(k)) continue;
        // (with its particle: "and called for steep new tariffs", "and warned against …")
        const from = cueLastOf(v) + 1;
        const end = contentEndAtWhich(reading, tokens[from]!.start, tokens[ranges[verb.sentence]![1]]!.end, false, tokens);
        if (lowerBound(tokens, end) - from >= 2) {
          added.push(withContent(doc, { ...a, cue: part(doc.text, [[verb.start, tokens[from - 1]!.end]]) }, [[tokens[from]!.start, end]]));
          cueStarts.add(verb.start);
        }
        return a;
      }
      // "said gritters were on standby | and advised drivers to carry a blanket", "believes they are
      // genuine | and says they fit a broader pattern": inside the content, "and" with no comma and a
      // verb that mostly reports, in the cue's form, after a clause with its own verb, is the source's
      // second report (a verb with its own "that" is read below)
      if (conj === 'and' && comma === 0 && !endsHere && tokens[k]!.start < ce && tokens[k + 2]?.lower !== 'that') {
        const verb = tokens[k + 1]!;
        if (!secondVerb(verb) || !hasVerb(tokens, first, k - 1) || inPerfect(k)) continue;
        // (not inside a subordinate clause of the content, whose subject the verb shares: "described Clinton as a
        // “disgrace” after she attacked officers | and blamed …"; nor a verb with a particle no report takes, "wrote in Ron Paul")
        // (a complement's "that" is no such clause: "said the warning was indicative that the President did not know …, and accused …")
        if (tokens.slice(first + 1, k).some((t) => t.lower !== 'that' && (t.pos === 'SCONJ' || SUBORDINATORS.has(t.lower))) || tokens[k + 2]?.lower === 'in') continue;
        const cueEnd = tokens[cueLastOf(k + 1)]!.end;
        let from = lowerBound(tokens, cueEnd);
        // (past the comma or colon before a quotation: "and asking, “How can …?”")
        while (from < lowerBound(tokens, ce) && /^[,:]$/u.test(tokens[from]!.text)) from++;
        if (lowerBound(tokens, ce) - from < 2) continue;
        added.push(withContent(doc, { ...a, cue: part(doc.text, [[verb.start, cueEnd]]) }, [[tokens[from]!.start, ce]]));
        cueStarts.add(verb.start);
        return withContent(doc, a, [[cs, contentEnd(reading, cs, tokens[k]!.start)]]);
      }
      if (!joined && !participle) continue;
      const v = joined ? k + comma + 1 : k;
      const verb = tokens[v]!;
      const that = tokens[v + 1];
      if (!that || that.lower !== 'that') continue;
      // (after the conjunction, a verb of saying in the cue's form, and a clause of its own before it)
      if (joined && (verb.pos !== 'VERB' || verbForm(verb) !== verbForm(cueVerb) || (VERB_CUE_P.get(verb.lemma.toLowerCase()) ?? 0) < SECOND_REPORT_P || !hasVerb(tokens, first, k - 1))) continue;
      // the second content runs to the first's end, or to the sentence's where the first stopped before the comma
      const to = ce > that.start ? ce : tokens[ranges[that.sentence]![1]]!.end;
      const end = contentEndAtWhich(reading, that.start, to, false, tokens);
      if (!cueStarts.has(verb.start) && end > that.end) added.push(withContent(doc, { ...a, cue: part(doc.text, [[verb.start, verb.end]]) }, [[that.start, end]]));
      return ce > that.start ? withContent(doc, a, [[cs, contentEnd(reading, cs, tokens[k]!.start)]]) : a;
    }
    return a;
  });
  return added.length === 0 ? result : inCueOrder([...result, ...added]);
}

/** Words between a closing report's cue and the comma before "with" or a participle ("announced | on Friday |, with"), none a verb. */
const MAX_BEFORE_WITH = 5;

/**
 * "Manchester United have completed the signing of …, the club announced on Friday, | with the
 * 21-year-old agreeing a five-year contract.", "British inflation fell to 1.7% …, official data
 * showed on Wednesday, | bolstering bets that the Bank of England will cut …": the tagger took the
 * absolute or participle phrase after a closing report (or the clause inside it) for its content,
 * and left the clause before the report. A report between the sentence's clause and such a phrase
 * closes that clause: the content is the clause. PolNeAR has no such report (British, wire and
 * business copy writes them); what the phrase holds is no content of the report either way.
 */
export function contentsBeforeAbsolutePhrases(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const reading = analysisText(doc);
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1 || a.cue.spans.length !== 1 || a.content.spans.length !== 1) return a;
    const src = lowerBound(tokens, a.source.spans[0]![0]);
    const cue = lowerBound(tokens, a.cue.spans[0]![0]);
    const range = ranges[tokens[src]?.sentence ?? -1];
    if (!range || cue < src || src - 2 <= range[0] || tokens[src - 1]!.text !== ',') return a;
    // the "with" after the cue, past a few words of no verb ("on Friday")
    let k = lowerBound(tokens, partEnd(a.cue));
    const stop = Math.min(range[1], k + MAX_BEFORE_WITH);
    while (k < stop && tokens[k]!.text !== ',' && tokens[k]!.pos !== 'VERB' && tokens[k]!.pos !== 'AUX') k++;
    // (or a participle's phrase: "…, official data showed on Wednesday, | bolstering bets that …")
    const opener = tokens[k + 1];
    const phrase = opener?.lower === 'with' || (opener?.pos === 'VERB' && /^\p{Ll}+ing$/u.test(opener.text));
    if (tokens[k]?.text !== ',' || !phrase || a.content.spans[0]![0] < opener!.end) return a;
    // (not an aside between commas before what was said: "the coach said, smiling, | that his team …")
    if (/,/u.test(reading.slice(opener!.end, a.content.spans[0]![0]))) return a;
    // the clause before the report: a verb of its own, no quotation mark, no subordinator that opens it
    // ("When the talks collapsed, | the union said …, with …": no main clause before the report)
    const first = range[0];
    const last = src - 2;
    if (!hasVerb(tokens, first, last) || tokens.slice(first, last + 1).some((t) => isQuoteMark(t.text))) return a;
    if (SUBORDINATORS.has(tokens[first]!.lower) || /^(?:if|although|though|whereas|unless)$/u.test(tokens[first]!.lower)) return a;
    const start = tokens[first]!.start;
    return withContent(doc, a, [[start, contentEnd(reading, start, tokens[last]!.end)]]);
  });
}

/** The rest of a quoted name and its closing mark: "Meet the Press” ". */
const QUOTED_NAME_REST = /^[^"“”\n]{1,40}["”]\s+/u;
/** Object pronouns an addressee may be ("told [him] the plan was dead"). */
const OBJECT_PRONOUNS = new Set(['him', 'them', 'me', 'us']);
/** What a report was about, after its verb: "of Trump", "of the plan" (no verb, no mark). */
const TOPIC = /^of\s+[^\s.,;:!?"“”‘’]+(?:\s+[^\s.,;:!?"“”‘’]+){0,5}$/u;

/**
 * "“He wants to break us,” Carney said | of Trump. “We will not let that happen.”": the tagger
 * took whom the quotation is about, a part of the content right after its cue (here between two
 * quotations), for what was said. It is no one's words (PolNeAR's gold has it in the cue, "[Blunt]
 * said of Cruz", 28 times, or in nothing, 38); the part is dropped, where another part remains.
 */
export function contentsWithoutTheirTopic(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const reading = analysisText(doc);
  return attributions.map((a) => {
    const cueEnd = partEnd(a.cue);
    const spans = a.content.spans;
    const keep = spans.filter(([s, e]) => !(s > cueEnd && reading.slice(cueEnd, s).trim() === '' && TOPIC.test(reading.slice(s, e))));
    return keep.length === spans.length || keep.length === 0 ? a : withContent(doc, a, keep);
  });
}

/**
 * "Heymans said that even with a high degree of certainty, | “there is still the question of what is
 * the origin of this gas”.": a reported clause the content ranker ended at the comma before a
 * quotation that closes the sentence. The quotation is the clause's own words (PolNeAR's gold
 * marks such mixed contents whole): the content runs on to its closing mark, when no other
 * reading holds it.
 */
export function contentsOnToTheirQuotation(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const reading = analysisText(doc);
  const sentences = doc.sentences ?? [];
  const regions = quotes ?? quoteRegions(reading);
  // every reading's parts, built at the first quotation found (a transcript has thousands of readings)
  let held: IntervalSet | undefined;
  return attributions.map((a) => {
    const spans = a.content.spans;
    const [cs, ce] = spans[spans.length - 1]!;
    if (cs < partEnd(a.cue) || a.kind === 'direct') return a;
    // the content's words, without the comma before the quotation or its opening mark, which it may hold; no quotation among them
    const words = reading.slice(cs, ce).replace(/[\s,]*(?:(?:["“‘]|'')\s*)?$/u, '');
    if (/["“”]|''/u.test(words)) return a;
    const from = cs + words.length;
    const gap = /^,\s*/u.exec(reading.slice(from, from + 4));
    const q = gap ? from + gap[0].length : -1;
    // (the region strictly inside its marks holds the word after the opening one)
    const region = q >= 0 && quoteMarkAt(reading, q) ? regionAt(regions, q + 1) : undefined;
    const sentence = sentences[indexContaining(sentences, cs)];
    if (!region || region.start !== q || !region.closed || !sentence || region.end > sentence.end) return a;
    if (!/^[\s.!?]*$/u.test(reading.slice(region.end, sentence.end))) return a;
    // (inside the marks: the content may hold the opening one)
    held ??= new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
    if (held.overlaps({ text: '', spans: [[q + 1, region.end - 1]] })) return a;
    return withContent(doc, a, [...spans.slice(0, -1), [cs, region.end]]);
  });
}

/** Gatherings told what was said ("told a news conference that …", "told the hearing that …"). */
const GATHERINGS = new Set(['conference', 'briefing', 'meeting', 'hearing', 'rally', 'session', 'gathering', 'audience', 'crowd', 'forum', 'summit', 'assembly', 'convention', 'committee', 'inquiry', 'tribunal']);
/** Longest addressee (tokens). */
const MAX_ADDRESSEE = 8;

/**
 * "…, telling MPs the government had been left with “no choice”", "told POLITICO they were only
 * leaning toward Cruz": the tagger took the addressee into what was told. PolNeAR's gold starts
 * such a content after the addressee (6 of 7 predicted contents of train that start on one). A
 * content after a cue of "tell" that opens on a name or a noun phrase (or "him", "them", …)
 * followed by "that", a subject pronoun, or a noun phrase and its finite verb starts there.
 */
export function contentsWithoutTheirAddressee(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const reading = analysisText(doc);
  return attributions.map((a) => {
    if (a.cue.spans.length !== 1 || !/^(?:(?:has|have|had)\s+)?(?:told|tell|tells|telling)$/iu.test(a.cue.text)) return a;
    const [cs, ce] = a.content.spans[0]!;
    if (cs < partEnd(a.cue) || isQuoteMark(reading[cs]) || /^that\b/iu.test(a.content.text)) return a;
    // a content opened inside the quoted name of a show: "told NBC's “Meet the Press” on Sunday that …"
    const show = isQuoteMark(reading[cs - 1] ?? '') ? QUOTED_NAME_REST.exec(reading.slice(cs, ce)) : null;
    if (show) {
      const rest = cs + show[0].length;
      const at = rest + (DAY_BEFORE_THAT.exec(reading.slice(rest, ce))?.[0].length ?? 0);
      if (/^that\b/u.test(reading.slice(at, at + 5))) return withContent(doc, a, [[at, ce], ...a.content.spans.slice(1)]);
    }
    const first = lowerBound(tokens, cs);
    const last = lowerBound(tokens, ce) - 1;
    if (tokens[first]?.start !== cs) return a;
    // the addressee: a pronoun object, or a noun phrase (a determiner only first) of names and nouns
    let k = first;
    if (OBJECT_PRONOUNS.has(tokens[k]!.lower)) k++;
    else {
      // (a capitalised word wink tags otherwise is a name's: "of Charleston")
      const nounLike = (t: Token) => t.pos === 'NOUN' || t.pos === 'PROPN' || (/^\p{Lu}/u.test(t.text) && t.pos !== 'PRON' && t.pos !== 'DET');
      while (k <= last && k - first < MAX_ADDRESSEE) {
        const t = tokens[k]!;
        // (and where the listeners were: "a packed room of supporters | in Auckland")
        const joins = ((t.lower === 'and' || t.lower === 'of' || t.text === '&') && k > first && k < last && nounLike(tokens[k + 1]!)) || (/^(?:in|at|from)$/u.test(t.lower) && k > first && k < last && /^\p{Lu}/u.test(tokens[k + 1]!.text) && tokens[k + 1]!.pos === 'PROPN');
        if ((t.pos === 'DET' && k === first) || nounLike(t) || joins || t.pos === 'ADJ' || t.lower === "'s" || t.lower === '’s') k++;
        else break;
      }
      const end = tokens[k - 1];
      if (k === first || !end || !nounLike(end)) return a;
    }
    if (k > last) return a;
    // "told reporters Smith had resigned": the common nouns listened, the name before the verb is the clause's subject
    const verbAfter = tokens[k]!.pos === 'AUX' || (tokens[k]!.pos === 'VERB' && !/ing$/u.test(tokens[k]!.lower));
    const name = tokens.slice(first, k).findIndex((t) => t.pos === 'PROPN');
    if (verbAfter && name > 0 && tokens.slice(first, first + name).every((t) => t.pos === 'NOUN' && /^\p{Ll}/u.test(t.text)) && tokens.slice(first + name, k).every((t) => t.pos === 'PROPN')) k = first + name;
    const next = tokens[k]!;
    // (a quotation after the addressee's colon: "told reporters: | “No.”")
    const quoted = tokens[k + 1];
    if (next.text === ':' && quoted && quoted.end <= ce && isQuoteMark(reading[quoted.start])) return withContent(doc, a, [[quoted.start, ce], ...a.content.spans.slice(1)]);
    // "that" after a common noun that does not speak or listen opens a relative clause ("told a labor issue that …")
    // (or a gathering that heard it: "told a regular news briefing that …")
    const listener =
      tokens.slice(first, k).some((t) => /^\p{Lu}/u.test(t.text)) || OBJECT_PRONOUNS.has(tokens[first]!.lower) || speakerLike(tokens, [first, k - 1]) || GATHERINGS.has(tokens[k - 1]!.lower);
    // (a pronoun, not a determiner: "told African-Americans this weekend he would …")
    let opens = (next.lower === 'that' && listener) || (CLAUSE_SUBJECTS.has(next.lower) && next.pos === 'PRON') || (verbAfter && next.pos === 'PROPN');
    if (!opens && next.lower !== 'that' && (next.pos === 'DET' || next.pos === 'PRON')) {
      // a noun phrase, then its finite verb: "the government had been left"
      for (let j = k + 1; j <= last && j - k <= 5; j++) {
        const t = tokens[j]!;
        if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/u.test(t.lower))) {
          opens = true;
          break;
        }
        if (!(t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'ADV')) break;
      }
    }
    if (!opens) return a;
    const spans = a.content.spans.map(([x, y]) => [x, y] as [number, number]);
    spans[0]![0] = next.start;
    return withContent(doc, a, spans);
  });
}

/** Characters read back from a cue for the parenthesis that holds it. */
const PAREN_REACH = 200;

/**
 * "The company (which declined to comment) has faced several lawsuits.": a report inside a
 * parenthesis says nothing past its closing mark; a content that runs on over it ends there.
 */
export function contentsInsideTheirParenthesis(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const text = doc.text;
  return attributions.map((a) => {
    const cs = a.cue.spans[0]![0];
    // the parenthesis open at the cue, on the cue's line (pairs closed before the cue skipped: "section 2(b) …")
    let openAt = -1;
    for (let k = cs - 1, depth = 0; k >= Math.max(0, cs - PAREN_REACH) && text[k] !== '\n'; k--) {
      if (text[k] === ')') depth++;
      else if (text[k] === '(' && depth-- === 0) {
        openAt = k;
        break;
      }
    }
    if (openAt < 0) return a;
    // its closing mark, past the pairs opened inside it ("“shocked (and saddened)” by the news)")
    let close = -1;
    for (let k = cs, depth = 0; k < text.length && text[k] !== '\n'; k++) {
      if (text[k] === '(') depth++;
      else if (text[k] === ')' && depth-- === 0) {
        close = k;
        break;
      }
    }
    if (close < 0 || partEnd(a.content) <= close) return a;
    // what lies inside it (not a subject before it a frame joined: "The ruling (the court said …) …"),
    // and before a full stop there: "(… said that the timing was unrelated.)"
    const spans = a.content.spans.filter(([s]) => s > openAt && s < close).map(([s, e]) => [s, e > close ? contentEnd(text, s, close, true) : e] as [number, number]);
    return spans.length > 0 && spans[spans.length - 1]![1] > spans[spans.length - 1]![0] ? withContent(doc, a, spans) : a;
  });
}

/** Conjunctions that open a clause of its own after a comma or semicolon: "…, while supporters say …". */

/**
 * "Critics argue that the law would restrict free speech, while supporters say it protects
 * children.": a content that runs on over ", while" (", but", ", and", "; …") into another
 * report, with its own source after the conjunction, took that report in. The two then clash in
 * the merge and only the stronger cue ("say") is kept. PolNeAR's gold ends the first content at
 * the comma: of the train contents after their cue with such a conjunction before another cue of
 * the same sentence, 492 end there and 15 run on. The tagger's and the rules' sets are returned
 * with those contents ending before the comma.
 */
export function contentsBeforeOtherReports(
  doc: Doc,
  quotes: readonly QuoteRegion[],
  tagged: readonly Attribution[],
  rules: readonly Attribution[],
): [Attribution[], Attribution[]] {
  const all = [...tagged, ...rules];
  if (all.length < 2) return [[...tagged], [...rules]];
  const tokens = doc.tokens ?? [];
  // the reports with a source, by where it starts: each content looks only at those starting inside it
  // (a scan of every report for every content took time quadratic in their number: 400 KB of short reports, 39 s)
  const bySource = all.filter((b) => b.source?.spans[0] !== undefined).sort((x, y) => x.source!.spans[0]![0] - y.source!.spans[0]![0]);
  const sourceStarts = bySource.map((b) => b.source!.spans[0]![0]);
  const cut = (a: Attribution): Attribution => {
    if (a.content.spans.length !== 1) return beforeSameSourcesParticiple(a);
    const [cs, ce] = a.content.spans[0]!;
    if (cs < partEnd(a.cue)) return a;
    // the first other report whose source, after the content's start, opens a clause inside it
    // (a source at or after the content's end has its cue there too, so the scan stops at ce)
    let limit = -1;
    let other: Attribution | undefined;
    for (let k = partitionPoint(sourceStarts.length, (m) => sourceStarts[m]! <= cs); k < bySource.length && sourceStarts[k]! < ce; k++) {
      const b = bySource[k]!;
      const bs = sourceStarts[k]!;
      if (b === a || b.cue.spans[0]![0] >= ce || b.cue.spans[0]![0] < bs) continue;
      limit = bs;
      other = b;
      break;
    }
    if (limit < 0) {
      const shared = sharedSourceCut(a, cs, ce);
      return shared !== a ? shared : beforeSameSourcesParticiple(a, true);
    }
    // the last comma or semicolon + conjunction (or semicolon alone) before that source
    let k = lowerBound(tokens, limit) - 1;
    const first = lowerBound(tokens, cs);
    // (or "and" with no comma, before a participle's report: "with some warning that the spending
    // could fuel inflation | and others arguing it was modest")
    const conj = tokens[k];
    // (only between two absolute reports, each a subject and its participle after "with", a dash or a
    // comma: "– Ryan saying … and Trump calling …"; not "he ignored pundits and fans saying …")
    const absolute = (b: Attribution) => {
      if (!b.source || !/^\p{Ll}+ing$/u.test(b.cue.text) || lowerBound(tokens, b.cue.spans[0]![0]) !== lowerBound(tokens, partEnd(b.source))) return false;
      return b === other || /^(?:with|[,–—-])$/u.test(tokens[lowerBound(tokens, b.source.spans[0]![0]) - 1]?.lower ?? '');
    };
    if (conj?.lower === 'and' && absolute(a) && absolute(other!) && k > first + 1 && !regionAt(quotes, conj.start) && hasVerb(tokens, first, k - 1)) return withContent(doc, a, [[cs, tokens[k - 1]!.end]]);
    for (; k > first; k--) {
      const t = tokens[k]!;
      if (t.text === ';' || (t.text === ',' && (CLAUSE_CONJUNCTIONS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 1]?.lower === 'with'))) break;
    }
    // "Shares fell 4 percent, traders said, | while analysts warned that …": a closing report whose
    // content is only the conjunction before the other report's source reports the clause before it
    // (or a subordinator: "…, traders said, | as OPEC said it would …")
    if (k === first && k + 1 === lowerBound(tokens, limit) && (CLAUSE_CONJUNCTIONS.has(tokens[k]!.lower) || SUBORDINATORS.has(tokens[k]!.lower))) {
      const report = lowerBound(tokens, Math.min(a.cue.spans[0]![0], a.source?.spans[0]![0] ?? Infinity));
      const clause = tokens[report - 1]?.text === ',' && tokens[report]!.sentence === tokens[k]!.sentence ? clauseBeforeReport(tokens, doc.sentenceTokens ?? [], analysisText(doc), report) : null;
      if (clause) return withContent(doc, a, [clause]);
    }
    // (not a comma inside a quotation: the quotation's words are its speaker's)
    if (k <= first + 1 || regionAt(quotes, tokens[k]!.start)) return a;
    return withContent(doc, a, [[cs, tokens[k - 1]!.end]]);
  };
  // the reports by where their cue starts, for the second report of the same source
  const byCue = all.filter((b) => b.source).sort((x, y) => x.cue.spans[0]![0] - y.cue.spans[0]![0]);
  const cueStarts = byCue.map((b) => b.cue.spans[0]![0]);
  /**
   * "Northern Powergrid said on Thursday that 45,000 customers were cut off | and warned that …":
   * a second report of the same source, joined by "and" or "but" inside the content, ends it
   * before the conjunction (and its comma), where the content before has a verb of its own.
   */
  const sharedSourceCut = (a: Attribution, cs: number, ce: number): Attribution => {
    if (!a.source) return a;
    const same = spansKey(a.source);
    for (let k = partitionPoint(cueStarts.length, (m) => cueStarts[m]! <= cs); k < byCue.length && cueStarts[k]! < ce; k++) {
      const b = byCue[k]!;
      if (b === a || spansKey(b.source!) !== same) continue;
      let conj = lowerBound(tokens, cueStarts[k]!) - 1;
      if (tokens[conj]?.pos === 'ADV') conj--;
      if (!/^(?:and|but)$/u.test(tokens[conj]?.lower ?? '') || tokens[conj]!.start <= cs || regionAt(quotes, tokens[conj]!.start)) continue;
      const end = contentEnd(analysisText(doc), cs, tokens[conj]!.start);
      // (a "that" clause has its verb, whatever wink tags it: "that one in five children lives/NOUN in poverty")
      const clause = tokens[lowerBound(tokens, cs)]?.lower === 'that' || hasVerb(tokens, lowerBound(tokens, cs), lowerBound(tokens, end) - 1);
      return clause ? withContent(doc, a, [[cs, end]]) : a;
    }
    return a;
  };
  /**
   * "“…,” a spokesperson said in a statement posted | online, adding that it would …", "Carro insisted
   * the player was “not for sale”, | telling Bild: …": a content (or its last part) that runs over the
   * comma before the same source's participle report ends before that comma (a part is dropped when
   * nothing is left of it). A content in one part gives way only to a participle that reports a
   * quotation (`quoted`): PolNeAR's gold runs "[Goodlatte] told [that he spoke with Comey …, asking
   * him a series of questions …]" on as one content.
   */
  const beforeSameSourcesParticiple = (a: Attribution, quoted = false): Attribution => {
    const spans = a.content.spans;
    const [cs, ce] = spans[spans.length - 1]!;
    if (!a.source || cs < partEnd(a.cue)) return a;
    const same = spansKey(a.source);
    for (let k = partitionPoint(cueStarts.length, (m) => cueStarts[m]! <= cs); k < byCue.length && cueStarts[k]! < ce; k++) {
      const b = byCue[k]!;
      // (or one that cites: "told analysts … that capital spending would increase, | citing the need …", as
      // PolNeAR's gold ends every content before a "citing" of its source outside a quotation)
      if (b === a || spansKey(b.source!) !== same || !/^\p{Ll}+ing\b/u.test(b.cue.text) || (quoted && b.kind !== 'direct' && !CITING.test(b.cue.text))) continue;
      const comma = tokens[lowerBound(tokens, cueStarts[k]!) - 1];
      if (comma?.text !== ',' || comma.start < cs || regionAt(quotes, comma.start)) continue;
      const end = comma.start > cs ? contentEnd(analysisText(doc), cs, comma.start) : cs;
      return withContent(doc, a, end > cs ? [...spans.slice(0, -1), [cs, end]] : spans.slice(0, -1));
    }
    return a;
  };
  /**
   * "“We've shown the world …,” Mr. Obama said, not even needing to mention …, who died three months
   * ago. African-Americans, he said, can “rock like Jimi”": a content run over a full stop into a
   * later sentence that holds a report of its own (its source and cue inside the content) ends with
   * the sentence before that one, as PolNeAR never nests one report in another's content (0 of
   * train's 22,457); not a report inside a quotation, nor a speaker's turn after a colon.
   */
  const beforeLaterSentencesReport = (a: Attribution): Attribution => {
    const ce = partEnd(a.content);
    const cueStart = a.cue.spans[0]![0];
    const sentence = tokens[lowerBound(tokens, cueStart)]?.sentence;
    // (not a transcript's turn, "FALLIN: I think he is …. I think …", whose gold runs on whole)
    if (sentence === undefined || a.cue.text === ':') return a;
    for (let k = partitionPoint(cueStarts.length, (m) => cueStarts[m]! <= cueStart); k < byCue.length && cueStarts[k]! < ce; k++) {
      const b = byCue[k]!;
      const bs = b.source!.spans[0]![0];
      const from = Math.min(bs, cueStarts[k]!);
      const opening = tokens[lowerBound(tokens, from)];
      if (b === a || !opening || opening.sentence <= sentence || regionAt(quotes, cueStarts[k]!)) continue;
      if (!a.content.spans.some(([s, e]) => s <= from && cueStarts[k]! < e)) continue;
      let first = lowerBound(tokens, from);
      while (first > 0 && tokens[first - 1]!.sentence === opening.sentence) first--;
      const stop = tokens[first]!.start;
      const text = analysisText(doc);
      const spans = a.content.spans.filter(([s]) => s < stop).map(([s, e]) => [s, e > stop ? contentEnd(text, s, stop) : e] as [number, number]).filter(([s, e]) => e > s);
      return spans.length > 0 ? withContent(doc, a, spans) : a;
    }
    return a;
  };
  const mended = (a: Attribution) => cut(beforeLaterSentencesReport(a));
  return [tagged.map(mended), rules.map(mended)];
}

/**
 * An aside about the speaker's anonymity after a closing report ("…, two of the people said, asking
 * not to be identified because …"; "…, an official said, speaking on condition of anonymity";
 * "requesting anonymity"; "declining to be named"): why the speaker is unnamed, not what was said
 * (not "asking the government to raise benefits", a request of its own).
 */
const ANONYMITY_ASIDE = /^(?:(?:asking|requesting|declining)\s+(?:not\s+)?(?:to\s+be\s+(?:named|identified)|(?:for\s+)?anonymity|to\s+remain\s+anonymous)|speaking\s+(?:anonymously|(?:on|under)\s+(?:the\s+)?conditions?\s+of\s+anonymity))\b/iu;

/**
 * A content whose part after its cue opens on an anonymity aside ends before it (the tagger read
 * "The company had intended … | asking not to be identified …" as one content): that part and any
 * after it go, when a part of the content stands before the cue. So does a comparison of the news
 * with what was expected, the reporter's ("Retail sales rose 0.4% in May, the Commerce Department
 * said, | slightly more than economists had expected").
 */
export function contentsWithoutAnonymityAsides(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const text = analysisText(doc);
  return attributions.map((a) => {
    const cueStart = a.cue.spans[0]![0];
    const at = a.content.spans.findIndex(([s]) => {
      if (s < partEnd(a.cue)) return false;
      const after = text.slice(s, s + 80);
      return (ANONYMITY_ASIDE.test(after) || COMPARISON.test(after)) && /,\s*$/u.test(text.slice(Math.max(0, s - 3), s));
    });
    if (at <= 0 || a.content.spans[0]![1] > cueStart) return a;
    return withContent(doc, a, a.content.spans.slice(0, at));
  });
}

/**
 * "The war has created what the UN describes as the world's largest displacement crisis": a naming
 * or describing report whose source follows "what" names the thing it reports by that pronoun, and PolNeAR's gold marks
 * "what" and the words after the cue as the content (train: "what he calls | corruption in
 * politics"). A first span that runs from further back over "what" starts at it.
 */
/** Cues of naming or describing, after which "what" stands for the thing named ("what he calls", "what the UN describes as"). */
const NAMING_CUE = /\b(?:describ|call|term|dub|label|brand)\w*(?:\s+as)?$/iu;

export function contentsFromTheirWhat(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    if (!a.source || a.content.spans.length < 2 || !NAMING_CUE.test(a.cue.text)) return a;
    const what = tokens[lowerBound(tokens, a.source.spans[0]![0]) - 1];
    const [s, e] = a.content.spans[0]!;
    if (what?.lower !== 'what' || s >= what.start || e !== what.end) return a;
    // (the "as" of "describes as" is neither's: "what … | the world's largest displacement crisis")
    const rest = a.content.spans.slice(1).map(([x, y]) => [x, y] as [number, number]);
    const as = /^as\s+/u.exec(doc.text.slice(rest[0]![0], rest[0]![1]));
    if (as) rest[0]![0] += as[0].length;
    return withContent(doc, a, [[what.start, what.end], ...rest]);
  });
}

/**
 * "Hungary, which has repeatedly threatened to veto sanctions, did not block the package": a
 * report inside a relative clause set off by commas ends where the clause does, at the comma the
 * main clause's verb follows ("The senator, who said last week that the bill would fail, | voted
 * for it"): the content's first comma, outside a quotation, after any past participle's aside of
 * its own ("who said the bill, passed by the House, would fail, | voted …"), and no relative word,
 * bracket or dash before it ("who said that the plan, which was approved, would fail"; "who
 * suggested that Mr. Jäger, under fire for …, would do better" keeps its verb). On train, 7
 * contents changed, each now ending where the clause does.
 */
export function contentsInsideTheirRelativeClause(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const reading = analysisText(doc);
  return attributions.map((a) => {
    if (!a.source || a.content.spans.length !== 1 || !/^(?:who|which)$/iu.test(a.source.text)) return a;
    const pronoun = lowerBound(tokens, a.source.spans[0]![0]);
    if (tokens[pronoun - 1]?.text !== ',') return a;
    const [cs, ce] = a.content.spans[0]!;
    if (cs < partEnd(a.cue)) return a;
    let quoted = false;
    for (let k = lowerBound(tokens, cs); k < tokens.length && tokens[k]!.end <= ce; k++) {
      const t = tokens[k]!;
      if (isQuoteMark(t.text)) quoted = t.text === '“' ? true : t.text === '”' ? false : !quoted;
      if (quoted) continue;
      if (/^(?:who|whom|whose|which)$/u.test(t.lower) || t.text === '(' || /^[—–]$/u.test(t.text)) return a;
      if (t.text !== ',') continue;
      // (a participle's aside inside the content: "who said the bill, passed by the House, would fail, | voted …")
      const aside = participleAsideEnd(tokens, k, ranges[t.sentence]?.[1] ?? k);
      if (aside > k) {
        k = aside;
        continue;
      }
      let v = k + 1;
      if (tokens[v]?.pos === 'ADV') v++;
      const verb = tokens[v];
      // (only the first comma: after an aside of the content's own, a verb may be its subject's: "that Mr. Jäger, under fire …, would do better")
      if (!verb || verb.start >= ce || !(verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/u.test(verb.lower)))) return a;
      const end = contentEnd(reading, cs, t.start);
      return end - cs >= 3 ? withContent(doc, a, [[cs, end]]) : a;
    }
    return a;
  });
}

/**
 * The writer's caveat on what was said, closing the content after a comma (no comma after it):
 * "The army claimed to have killed 40 militants, a figure that could not be independently
 * verified", "…, which could not be confirmed", "…, a claim Reuters was unable to verify" (not a
 * clause inside it: "found the allegations, which have not been verified, were widespread"). It
 * is the reporter's, not the speaker's (and its "not" is no denial by the speaker).
 */
const CAVEAT = /,\s+(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,2}?(?:(?:that|which)\s+)?|which\s+)(?:[\p{Lu}][\p{L}.]*\s+)?(?:could|can|has|have|had|was|were|is|are)\s+(?:not|n[o’']t|unable\s+to)\s+(?:(?:yet|immediately|independently)\s+)*(?:be(?:en)?\s+)?(?:(?:independently|immediately)\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed))\b[^,;]*$/u;

/**
 * The writer's note of what the speaker left out, closing the content after a comma: "…, without
 * giving further details", "…, without providing evidence", "…, without elaborating" (not a
 * clause's own "without": "would not negotiate without giving up territory" names no detail; nor
 * one whose noun runs on into the speaker's words: "…, without giving any reason to hope").
 */
const WITHHELD = /,\s+without\s+(?:(?:giving|providing|offering|citing|presenting|producing|sharing|disclosing)\s+(?:(?:any|further|more|specific|additional|a|an|the|its|his|her|their)\s+){0,2}(?:details?|evidence|specifics|reasons?|explanation|proof|figures|names|information|timeline|timeframe)(?:\s+(?:on|about|of|regarding)\s+(?:the|its|his|her|their|this|that|these|those|such)\s+[^,;]{1,40})?\s*$|(?:elaborating|specifying|explaining\s+(?:why|how)|naming\s+(?:him|her|them|it))\b[^,;]*$)/u;

/**
 * The writer's word on the whole of what was said, and others' view of it: "…, a move critics
 * described as a gift to the incoming administration", "…, a claim the ministry denies".
 */
const OTHERS_VIEW = /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+)?(?:move|step|decision|measure|development|claim|charge|accusation|allegation)\s+(?:that\s+|which\s+)?(?:[\p{L}'’-]+\s+){1,3}?(?:have\s+|has\s+)?(?:described|called|denounced|decried|dismissed|criticised|criticized|hailed|welcomed|condemned|labell?ed|dubbed|branded|slammed|praised|rejected|denied|denies|deny|disputed|disputes|dispute)\b[^;]*$/u;

/**
 * The writer's reading of what was said: "…, in an apparent reference to Washington", "…, the
 * people said, in what would be one of the largest rounds on record". PolNeAR's gold leaves it out
 * ("[Trump] refused to endorse [Ryan], in what appeared to be a tit-for-tat play on words").
 * Likewise the writer's setting of it in the news, whatever its noun: "…, a pledge that comes as the
 * company seeks to avoid tariffs", "…, in a rare public comment on her health" (none in PolNeAR),
 * and in time: "said on Monday that Ukraine would never recognise …, | hours before talks with U.S.
 * envoys" (PolNeAR's gold ends its two such contents before the comma: "…, minutes after the
 * Supreme Court struck down …").
 */
const WRITERS_READING = /,\s+(?:(?:just\s+|only\s+|mere\s+)?(?:(?:two|three|four|five|six|several|a\s+few)\s+)?(?:hours|days|weeks|months|minutes|moments|a\s+day|a\s+week|a\s+month)\s+(?:before|after|ahead\s+of)\s|(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,2}?(?:that|which)\s+(?:comes?|came|follows?|followed)\s+(?:as|after|amid|amidst|just|days|weeks|months|hours|a\s+day|a\s+week|a\s+month|less|more|shortly|only)\b|in\s+(?:what\s+(?:appeared|appears|seemed|seems|looked|was|is|would|could|might|amounted|amounts|many|some|critics|observers|analysts)|an?\s+(?:apparent|veiled|thinly[- ]veiled|oblique|implicit|pointed|not-so-subtle|subtle)\s+(?:reference|nod|swipe|jab|dig|rebuke|allusion|attempt|bid|warning|message|criticism|attack)|a\s+sign\s+(?:of|that)|(?:an?|his|her|their|its)\s+(?:rare|first|brief|surprise|unusual|unusually\s+[\p{L}-]+|rare\s+public|public|pointed|stark|sharp|emotional|candid|strongly[- ]worded)\s+(?:public\s+)?(?:comment|comments|remark|remarks|intervention|rebuke|admission|acknowledge?ment|criticism)))\b[^;]*$/u;
/**
 * Where the report went out, closing the content after its object: "called for more school
 * investment | in a statement on Thursday", "dismissed the election as “a farce” | in a statement
 * posted on Facebook" (PolNeAR's gold ends 5 of 7 such contents before the phrase).
 */
const CHANNEL_AT_END = /\s+in\s+an?\s+(?:statement|interview|tweet|post|letter|email|e-mail|speech)(?:\s+(?:posted|released|issued|published|sent|given|with|to|on)\s+[^.,;:"“”]{1,40}|\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\s*$/u;
/** The same, opening the text it is tried on. */
const WRITERS_READING_OPENING = new RegExp(`^${WRITERS_READING.source}`, 'u');

/**
 * A content that runs on over the writer's caveat, its note of what was left out, others' view of
 * it or its reading of it ends before its comma, and before where the report went out ("in a
 * statement posted on Facebook"); a last part that is only such a reading, after a closing report's
 * comma, is dropped.
 */
export function contentsWithoutCaveats(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const text = analysisText(doc);
  let regions = quotes;
  return attributions.map((a) => {
    const spans = a.content.spans;
    const [cs, ce] = spans[spans.length - 1]!;
    if (cs < partEnd(a.cue)) return a;
    const tail = text.slice(cs, ce);
    if (spans.length > 1 && /,\s*$/u.test(text.slice(cs - 3, cs)) && WRITERS_READING_OPENING.test(`, ${tail}`)) return withContent(doc, a, spans.slice(0, -1));
    const m = CAVEAT.exec(tail) ?? WITHHELD.exec(tail) ?? OTHERS_VIEW.exec(tail) ?? WRITERS_READING.exec(tail) ?? CHANNEL_AT_END.exec(tail);
    // (not inside a quotation, whose words are the speaker's: "“We will not back down, in what would be a test of our resolve.”")
    if (!m || m.index === 0 || regionAt((regions ??= quoteRegions(text)), cs + m.index)) return a;
    const end = contentEnd(text, cs, cs + m.index);
    return end > cs ? withContent(doc, a, [...spans.slice(0, -1), [cs, end]]) : a;
  });
}

/**
 * "The demands include a 15% pay rise, a four-day week and better pensions, the union said.": a
 * closing report's content that ends at a comma before a phrase with no verb, which the comma
 * before the source closes (a list's later items, an apposition), runs on over it to that comma,
 * as PolNeAR's gold does the one time train has it ("… spent on renewables, twice as much in 2015
 * as on fossil-fired power plants, Bloomberg New Energy Finance said"). Not a phrase that could
 * speak ("…, the minister, | John Smith, said"), nor one another reading holds.
 */
export function closingContentsOverTheirList(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const text = analysisText(doc);
  let taken: IntervalSet | undefined;
  return attributions.map((a) => {
    if (!a.source) return a;
    const spans = a.content.spans;
    const ce = spans[spans.length - 1]![1];
    const ss = a.source.spans[0]![0];
    if (ce > ss || ss > a.cue.spans[0]![0]) return a;
    // "… will cut jobs in Ohio, | Texas and Florida, a spokesman said": a source that opens on a list's
    // last names after a content ending on a name gives them back ("in Ohio, Texas and Florida")
    const listEnd = a.source.spans.length === 1 && /^,\s*$/u.test(text.slice(ce, ss)) && /^[\p{Lu}\p{N}]/u.test(text.slice(text.lastIndexOf(' ', ce - 1) + 1, ce)) ? LIST_END.exec(a.source.text) : null;
    // (not two speakers before their apposition or relative clause, closed by a comma: "…, | Qatar and
    // Egypt, which brokered the deal, said", "…, | John and Jane Doe, her parents, said")
    if (listEnd && !/,\s*$/u.test(a.source.text) && !/^(?:who|which|whose)\b/iu.test(a.source.text.slice(listEnd[0].length))) {
      const end = ss + listEnd[1]!.length;
      const from = ss + listEnd[0].length;
      return { ...withContent(doc, a, [...spans.slice(0, -1), [spans[spans.length - 1]![0], end]]), source: part(doc.text, [[from, partEnd(a.source)]]) };
    }
    if (!LIST_GAP.test(text.slice(ce, ss))) return a;
    const comma = text.lastIndexOf(',', ss - 1);
    const phrase = itemsWithin(tokens, text.indexOf(',', ce) + 1, comma);
    if (phrase.length === 0 || phrase.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PRON')) return a;
    if (speakerLike(tokens, [phrase[0]!.i, phrase[phrase.length - 1]!.i]) || (phrase.length <= 4 && phrase.some((t) => t.pos === 'PROPN'))) return a;
    taken ??= new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
    if (taken.overlaps({ text: '', spans: [[ce + 1, comma]] })) return a;
    return withContent(doc, a, [...spans.slice(0, -1), [spans[spans.length - 1]![0], comma]]);
  });
}

/** A list's last names (or figures), capitalised, "and" or "or" before the last, and the comma after it, then the speaker: "Texas and Florida, | a spokesman", "24 and 31, | police". */
const LIST_ITEM = String.raw`(?:\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*)*|\d[\d.,]*)`;
const LIST_END = new RegExp(String.raw`^((?:${LIST_ITEM},\s)*${LIST_ITEM},?\s(?:and|or)\s${LIST_ITEM}),\s+(?=\S)`, 'u');
/** What stands between such a content and its source: a comma, a phrase with no mark of its own, and the comma before the source. */
const LIST_GAP = /^,\s[^,"“”‘’\n.;:!?()]+,\s*$/u;

/**
 * Two readings that claim the same words: a part of one's content in another sentence than its
 * cue ("I would argue that … | As one senator put it to me, “What we give, we can take away.”")
 * is given up where a reading whose cue stands in that sentence has it, as long as the first keeps
 * a part of its own. The reading of the sentence says who said its words.
 */
export function contentsLeftToTheirSentence(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const sentences = doc.sentences ?? [];
  const cueSentence = attributions.map((b) => indexContaining(sentences, b.cue.spans[0]![0]));
  return attributions.map((a, k) => {
    const keep = a.content.spans.filter(([s, e]) => {
      const where = indexContaining(sentences, s);
      if (where === cueSentence[k]) return true;
      return !attributions.some((b, j) => j !== k && cueSentence[j] === where && b.content.spans.some(([bs, be]) => bs < e && s < be));
    });
    // (one left with no part of its own stays: dropping such readings lost 8 on train, gold among them)
    return keep.length === a.content.spans.length || keep.length === 0 ? a : withContent(doc, a, keep);
  });
}


/**
 * "… was quoted as saying that the deal was "the best we could get". | In remarks to reporters
 * aboard Air Force One, | the president said …": a content that runs over its sentence's end into
 * the opening phrase of the next sentence's own report (the phrase ends at a comma right before
 * that report's source) took what belongs to that report; it ends with its own sentence.
 */
export function contentsBeforeTheNextReportsOpening(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const sentences = doc.sentences ?? [];
  const text = analysisText(doc);
  return attributions.map((a) => {
    const spans = a.content.spans;
    const [cs, ce] = spans[spans.length - 1]!;
    const first = indexContaining(sentences, cs);
    const last = indexContaining(sentences, ce - 1);
    if (first < 0 || last <= first || cs < partEnd(a.cue)) return a;
    const next = attributions.find((b) => b !== a && b.source && b.source.spans[0]![0] >= ce && indexContaining(sentences, b.cue.spans[0]![0]) === last && /^\s*,\s*$/u.test(text.slice(ce, b.source.spans[0]![0])));
    if (!next) return a;
    const end = contentEnd(text, cs, sentences[last - 1]!.end);
    return end > cs ? withContent(doc, a, [...spans.slice(0, -1).map(([x, y]) => [x, y] as [number, number]), [cs, end]]) : a;
  });
}

/**
 * "The Minister of Information, Mohammed Idris, disclosed | this | on Tuesday while speaking with
 * journalists in Abuja": a content that opens on "this" standing alone for what was said, before
 * a phrase of when, where or how it was said, is the pronoun (as PolNeAR's gold marks "[he] said
 * [that]", "[debate moderators] not warrant a single question [this]").
 */
export function contentsOfADemonstrative(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    if (a.content.spans.length !== 1) return a;
    const [cs, ce] = a.content.spans[0]!;
    const k = lowerBound(tokens, cs);
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || t.start !== cs || !/^(?:this|these)$/u.test(t.lower) || cs < partEnd(a.cue) || !next || next.start >= ce) return a;
    if (next.lower === 'as' || !(next.pos === 'ADP' || next.pos === 'SCONJ' || next.text === ',' || /^(?:while|when|yesterday|today)$/u.test(next.lower))) return a;
    // ("on" only before a day, not "blame this | on President Bush"; "to" only after a verb of telling, not "attribute this to")
    const text = analysisText(doc);
    if (next.lower === 'on' && !ON_DAY.test(text.slice(next.start, next.start + 40))) return a;
    const verbs = itemsWithin(tokens, a.cue.spans[0]![0], partEnd(a.cue)).filter((x) => x.pos === 'VERB');
    if (next.lower === 'to' && !TELLING.has(verbs[verbs.length - 1]?.lemma.toLowerCase() ?? '')) return a;
    // (not "this in turn means …", "this, coupled with weak demand, could hurt …": a clause with its verb after the phrase)
    if (tokens.slice(k + 1, lowerBound(tokens, ce)).some((x) => (x.pos === 'AUX' || x.pos === 'VERB') && !/ing$/u.test(x.lower) && tokens[x.i - 1]?.lower !== 'to' && !subordinatorBetween(tokens, k + 1, x.i))) return a;
    return withContent(doc, a, [[cs, t.end]]);
  });
}

/** "on Tuesday", "on March 3": a day after "on". */
const ON_DAY = new RegExp(`^${DAY_PHRASE_CORE}\\b`, 'iu');
/** Verbs whose "to" names who was told ("disclosed this to journalists"): the verbs of saying, and a few that take no quotation. */
const TELLING: ReadonlySet<string> = new Set([...INVERSION_VERBS, 'disclose', 'mention', 'stress', 'describe', 'report']);

/** Whether a subordinator ("while", "when", "after", "as", "because", …) stands between tokens `from` and `to`. */
function subordinatorBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (tokens[j]!.pos === 'SCONJ' || SUBORDINATORS.has(tokens[j]!.lower)) return true;
  return false;
}

/** A verb's form, from its word and lemma: "base" (say), "s" (says), "ing" (saying), "past" (said, criticized). */
function verbForm(t: Token): 'base' | 's' | 'ing' | 'past' {
  const lemma = t.lemma.toLowerCase();
  if (t.lower === lemma) return 'base';
  if (t.lower.endsWith('ing')) return 'ing';
  if (t.lower.endsWith('s') && t.lower.startsWith(lemma.slice(0, -1))) return 's';
  return 'past';
}

/** Words that open a relative clause inside a noun phrase ("the traders who flirt …", "a time when …"). */
const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_OPENERS, 'that', 'whom', 'where', 'when']);
/**
 * Words that open a clause or phrase of time or cause: after an object, they tell when or why the
 * source spoke or acted. The subordinators but "as" and "once", adverbs or prepositions as often
 * ("described the plan as a draft", "once a year").
 */
const ADJUNCT_OPENERS: ReadonlySet<string> = new Set([...SUBORDINATORS].filter((w) => w !== 'as' && w !== 'once'));
/** Openers that are prepositions as often: they open a clause only before a pronoun or an -ing verb. */
const PREPOSITIONAL_OPENERS = new Set(['before', 'after', 'until', 'since']);
/** Words of time an opener may qualify ("the summer when …", "minutes before the shootings", "in December when …"). */
const TIME_WORDS = new RegExp(`^(?:${TIME_WORD}|times|ago|now|then|moments?|period|era|point|age|summers?|winters?|springs?|falls?|autumns?|half-hour|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\\.?|\\d.*)$`, 'iu');
/**
 * Cues whose object holds what a clause of time qualifies: a forecast or a finding ("expect higher
 * prices [when the tariffs take effect]", "showed rising wages [while inflation eased]").
 */
const FINDING_LEMMAS = new Set(['expect', 'predict', 'forecast', 'project', 'anticipate', 'foresee', 'show', 'find', 'suggest', 'indicate', 'reveal', 'estimate', 'see']);

/** Whether the opener at `k` opens a clause: a verb in -ing next, or a finite verb within a few words and no punctuation first. */
function opensClause(tokens: readonly Token[], k: number, to: number): boolean {
  const next = tokens[k + 1];
  // "because of …" is a preposition's phrase; "when it comes (came) to" means "as for"
  if (!next || k + 1 >= to || next.lower === 'of' || (next.lower === 'it' && tokens[k + 2]?.lemma.toLowerCase() === 'come')) return false;
  if (next.pos === 'VERB' && next.lower.endsWith('ing')) return true;
  // "before the primary will give …", "since 1984 based on …": a preposition's object, not a clause's subject, unless a pronoun
  if (PREPOSITIONAL_OPENERS.has(tokens[k]!.lower) && next.pos !== 'PRON') return false;
  for (let j = k + 2; j < Math.min(to, k + 7); j++) {
    const t = tokens[j]!;
    if (t.pos === 'PUNCT') return false;
    if (t.pos === 'VERB' || t.pos === 'AUX') return true;
  }
  return false;
}

/**
 * An -ing form at `k` (after `from`) that wink tags a verb right after an adjective, quoted or
 * not, or after a hyphenated one: a noun ("heavy flooding", "“life-threatening” flooding").
 */
function gerundAfterAdjective(tokens: readonly Token[], k: number, from: number): boolean {
  if (!/ing$/u.test(tokens[k]!.lower)) return false;
  let j = k - 1;
  while (j > from && isQuoteMark(tokens[j]!.text)) j--;
  return j >= from && (tokens[j]!.pos === 'ADJ' || hyphenated(tokens, j));
}

/** Closing marks of the opening marks a content may start with. */
const CLOSING_OF: Readonly<Record<string, string>> = { '“': '”', '"': '"', "''": "''", '‘': '’' };

/**
 * A content opens with a quotation mark whose quotation runs to its end (but for a mark or two
 * of punctuation), or whose close is not found: it is a quotation. One that closes with words
 * after it is a phrase of the writer's around a quoted word.
 */
function quotationToItsEnd(content: string): boolean {
  const open = content.startsWith("''") ? "''" : content[0]!;
  // (a single straight mark may be an apostrophe: left as a quotation)
  if (open === "'") return true;
  const close = CLOSING_OF[open];
  if (!close) return false;
  const at = content.indexOf(close, open.length);
  return at < 0 || /^[\s.,;:!?]*$/u.test(content.slice(at + close.length));
}

/**
 * A content with no verb of its own is the object of its cue, and it ends with that object:
 * - "Trump called the merger “a terrible deal” [and ranked Fiorina …]", "Hispanics telling their
 *   family stories [and criticizing …]": a verb after "and" in the form of the cue's verb is the
 *   source's second predicate, what the source did next (adverbs may stand between: "and then
 *   boomed"; without an auxiliary or an infinitive's "to" in the cue, whose verb's form would be
 *   ambiguous; not a participle before a bare noun or adjective, which describes: "cited high
 *   rents and reduced services");
 * - "He supported the bill [when it reached the floor]", "spoke of his friendship with Mr. Trump
 *   [before savaging Mrs. Clinton]": a clause of time or cause tells when or why the source spoke,
 *   not what it said (unless the cue reports a forecast or a finding, whose object the clause
 *   qualifies).
 * The content ends before either, never inside a quotation. A content that is a clause ("that
 * prices rose and fell") or holds a relative clause joins its own verbs, so it is left.
 */
export function contentsEndingAtTheirObject(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const spans = a.content.spans;
    if (spans.length !== 1 || a.kind === 'direct' || a.kind === 'according-to') return a;
    const [cs, ce] = spans[0]!;
    // a quotation, in whatever marks ("''Entrenched and compromised interests …''"); not a noun
    // phrase that only opens on a quoted word ("warned of “life-threatening” flooding … and urged")
    if (cs < partEnd(a.cue) || quotationToItsEnd(a.content.text)) return a;
    const cueTokens = tokens.slice(lowerBound(tokens, a.cue.spans[0]![0]), lowerBound(tokens, partEnd(a.cue)));
    const head = cueTokens.find((t) => t.pos === 'VERB');
    if (!head) return a;
    const form = cueTokens.some((t) => t.pos === 'AUX' || (t.pos === 'PART' && t.lower === 'to')) ? null : verbForm(head);
    const finding = FINDING_LEMMAS.has(head.lemma.toLowerCase());
    const from = lowerBound(tokens, cs);
    const to = lowerBound(tokens, ce);
    const endBefore = (k: number) => {
      let end = k - 1;
      // punctuation before the cut goes; a closing mark ("”", "''") stays
      while (end > from && tokens[end]!.pos === 'PUNCT' && !/^["“”'’]+$/u.test(tokens[end]!.text)) end--;
      return withContent(doc, a, [[cs, tokens[end]!.end]]);
    };
    let object = false; // a noun or pronoun seen: the cue's object, which an opener may follow
    let quoted = false;
    for (let k = from; k < to; k++) {
      const t = tokens[k]!;
      if (isQuoteMark(t.text)) quoted = t.text === '“' ? true : t.text === '”' ? false : !quoted;
      // a quotation's words are no place to end (only its verbs are read on: they make the content a clause)
      if (quoted && t.pos !== 'VERB' && t.pos !== 'AUX') continue;
      if (object && !finding && ADJUNCT_OPENERS.has(t.lower) && !TIME_WORDS.test(tokens[k - 1]!.lower) && tokens[k - 1]!.pos !== 'PUNCT' && tokens[k - 1]!.pos !== 'CCONJ' && opensClause(tokens, k, to)) {
        // "shortly after assuming his post": the opener's adverb goes with it
        return endBefore(tokens[k - 1]!.pos === 'ADV' && k - 1 > from ? k - 1 : k);
      }
      // an aside between dashes or brackets: what follows may be the content's own (not a compound's hyphen: "long-awaited")
      if (t.pos === 'PUNCT' && /^[-–—―(]$/u.test(t.text) && !hyphenated(tokens, k + 1)) return a;
      object ||= t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON';
      // a clause of its own, or a relative clause: its "and" may join its own verbs ("that prices rose and fell")
      // (not a compound's participle, nor a gerund after its adjective: "“life-threatening” flooding")
      if (((t.pos === 'VERB' || t.pos === 'AUX') && !hyphenated(tokens, k) && !gerundAfterAdjective(tokens, k, from)) || (RELATIVE_WORDS.has(t.lower) && tokens[k + 1]?.pos !== 'ADP')) return a;
      // a list ("growth, unemployment and growing inequality"): the comma just before "and" is the cue's conjunction's
      if (t.text === ',' && tokens[k + 1]?.lower !== 'and') return a;
      // "called the charges unsubstantiated and fabricated by …": a participle beside an adjective describes
      if (form === null || t.lower !== 'and' || k === from || (form === 'past' && tokens[k - 1]!.pos === 'ADJ')) continue;
      let v = k + 1;
      while (v < to && tokens[v]!.pos === 'ADV') v++;
      const verb = tokens[v];
      // "cited high rents and reduced services": a participle compromise knows as an adjective, before a bare noun, describes
      const described = isAdjective(verb?.lower ?? '') && (tokens[v + 1]?.pos === 'NOUN' || tokens[v + 1]?.pos === 'ADJ');
      if (verb && v < to && verb.pos === 'VERB' && verbForm(verb) === form && !described) return endBefore(k);
    }
    return a;
  });
}

/**
 * "Analysts at Jefferies said | the move | was “prudent” but warned …": the content ranker ended a
 * clause's content at its subject, right before the clause's own finite verb. A content after a
 * verb that reports a clause, a noun phrase alone, that ends right before a finite verb or an
 * auxiliary of its sentence runs on to where the rules' clause ends.
 */
export function contentsOnToTheirVerb(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const reading = analysisText(doc);
  return attributions.map((a) => {
    if (a.content.spans.length !== 1 || a.kind === 'according-to') return a;
    const [cs, ce] = a.content.spans[0]!;
    if (cs < partEnd(a.cue)) return a;
    const cueVerb = itemsWithin(tokens, a.cue.spans[0]![0], partEnd(a.cue)).filter((t) => t.pos === 'VERB').pop();
    // (not an infinitive's, nor a report inside a relative clause, whose sentence's verb follows: "whose plan to announce the endorsements | imploded")
    if (!cueVerb || !reportsClause(cueVerb.lemma.toLowerCase()) || tokens[cueVerb.i - 1]?.lower === 'to' || (a.source && RELATIVE_OPENERS.has(a.source.text.toLowerCase()))) return a;
    const from = lowerBound(tokens, cs);
    const next = lowerBound(tokens, ce);
    const verb = tokens[next];
    if (!verb || verb.start < ce || next <= from || verb.sentence !== tokens[from]!.sentence || hasVerb(tokens, from, next - 1)) return a;
    if (!(verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/u.test(verb.lower) && !participleAfterNoun(tokens, next)))) return a;
    const end = clauseEnd(tokens, from, ranges[verb.sentence]![1], reading, quotes ?? [], true);
    return end > verb.end ? withContent(doc, a, [[cs, end]]) : a;
  });
}

/**
 * "“…,” Netflix film chief Dan Lin was quoted as saying by Deadline.": the outlet that quoted the
 * speaker, after the cue, is no part of what was said; a part of the content that is only "by" and a
 * name goes.
 */
export function contentsWithoutTheirQuoter(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  return attributions.map((a) => {
    if (!/\bquoted\s+as\s+saying$/iu.test(a.cue.text) || a.content.spans.length < 2) return a;
    const kept = a.content.spans.filter(([s, e]) => s < partEnd(a.cue) || !QUOTED_BY.test(doc.text.slice(s, e)));
    return kept.length === a.content.spans.length || kept.length === 0 ? a : withContent(doc, a, kept);
  });
}

/** "by Deadline", "by the Financial Times": who quoted, after "quoted as saying". */
const QUOTED_BY = /^by\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*$/u;

/**
 * "The researchers said the drug, tested on 300 patients, reduced symptoms by half": a content
 * that is only a noun phrase, cut at the comma of a past participle's aside that the phrase's own
 * verb follows, is the subject of that verb's clause, which runs on to where the rules' clause
 * ends (the content ranker learned to end an object at its comma: "called the plan a failure, |
 * citing …").
 */
export function contentsOverParticipleAsides(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const reading = analysisText(doc);
  return attributions.map((a) => {
    const spans = a.content.spans;
    if (spans.length !== 1 || a.kind !== 'indirect') return a;
    const [cs, ce] = spans[0]!;
    if (cs < partEnd(a.cue)) return a;
    // (a report inside a relative clause ends with the clause: contentsInsideTheirRelativeClause)
    if (a.source && /^(?:who|which)$/iu.test(a.source.text)) return a;
    const cueTokens = tokens.slice(lowerBound(tokens, a.cue.spans[0]![0]), lowerBound(tokens, partEnd(a.cue)));
    // (or shows one: "Data showed core inflation, which excludes …, rose")
    if (!cueTokens.some((t) => t.pos === 'VERB' && (reportsClause(t.lemma.toLowerCase()) || FINDING_VERBS.has(t.lemma.toLowerCase())))) return a;
    const from = lowerBound(tokens, cs);
    // (the comma may still be the content's: a later repair trims it)
    let comma = lowerBound(tokens, ce);
    if (tokens[comma - 1]?.text === ',' && comma - 1 > from) comma--;
    const last = ranges[tokens[from]?.sentence ?? -1]?.[1];
    if (last === undefined || tokens[comma]?.text !== ',' || tokens[comma]!.sentence !== tokens[from]!.sentence) return a;
    // (or a relative clause's aside, the content ending at its closing comma: "said the recall, which
    // affects 2 million cars, | was voluntary")
    let opening = from + 1;
    while (opening < comma && !(tokens[opening]!.text === ',' && /^(?:who|which)$/u.test(tokens[opening + 1]?.lower ?? ''))) opening++;
    const relative = opening < comma && !hasVerb(tokens, from, opening - 1) && relativeAsideEnd(tokens, opening, last) === comma;
    // (or at its opening comma: "Data showed core inflation, | which excludes energy, food and tobacco, rose …")
    const before = !hasVerb(tokens, from, comma - 1) && relativeAsideEnd(tokens, comma, last) > 0;
    if (!relative && !before && (hasVerb(tokens, from, comma - 1) || participleAsideEnd(tokens, comma, last) < 0)) return a;
    let end = clauseEnd(tokens, from, last, reading, quotes ?? [], true);
    // (up to the source's next report after a comma: "…, was voluntary, | saying …")
    const next = a.source ? attributions.find((b) => b !== a && b.source && spansKey(b.source) === spansKey(a.source!) && b.cue.spans[0]![0] > ce && b.cue.spans[0]![0] < end) : undefined;
    if (next) end = contentEnd(reading, cs, next.cue.spans[0]![0]);
    return end > ce ? withContent(doc, a, [[cs, end]]) : a;
  });
}

/**
 * "“We have lost everything,” said Maria Lopez, 54, standing outside what was left of her home.
 * “The water came so fast.”": the tagger gave a quotation's content what a participle's phrase
 * after the report holds (what the speaker was doing, not saying). A part of the content that is
 * no quotation, after the report in the report's sentence, behind a comma and a participle that
 * reports nothing (newsParticiple), goes when a quotation stays.
 */
export function quotationsWithoutTheirSettingPhrase(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const reading = analysisText(doc);
  return attributions.map((a) => {
    const spans = a.content.spans;
    if (spans.length < 2 || !spans.some(([s]) => quoteMarkAt(reading, s))) return a;
    const reportEnd = Math.max(partEnd(a.cue), a.source ? partEnd(a.source) : -1);
    const comma = lowerBound(tokens, reportEnd);
    if (tokens[comma]?.text !== ',' || !settingParticiple(tokens, comma + 1)) return a;
    const kept = spans.filter(([s]) => {
      const k = lowerBound(tokens, s);
      return s < reportEnd || quoteMarkAt(reading, s) || k <= comma + 1 || tokens[k]?.sentence !== tokens[comma]!.sentence || /["“”]/u.test(reading.slice(reportEnd, s));
    });
    return kept.length === spans.length || !kept.some(([s]) => quoteMarkAt(reading, s)) ? a : withContent(doc, a, kept);
  });
}

const DAY_AFTER_REPORT = new RegExp(`^\\s+${DAY_PHRASE}(?=\\s*,)`, 'u');

/**
 * "The party lost its majority, official results showed Monday, | dealing a blow to the prime
 * minister": the participle's phrase after a closing report (and its day) tells what the
 * sentence's news did, not what was reported; the content is the clause before the report. Of
 * train's 103 such gold reports (the participle no report of its own: not "adding", "citing"),
 * 100 leave the phrase out. A content part after the report that is only the day and that phrase
 * goes; when nothing of the content stands before the report, the content is the sentence's
 * clause up to the comma before it (opening on its subject, with a finite verb before any comma,
 * no quotation mark). Not when the phrase has a finite verb after the participle ("he said, |
 * replacing Clinton proved far harder").
 */
export function contentsBeforeClosingParticiples(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const text = analysisText(doc);
  return attributions.map((a) => {
    const cueStart = a.cue.spans[0]![0];
    const sourceAfter = a.source && a.source.spans[0]![0] > cueStart;
    const reportStart = a.source && !sourceAfter ? Math.min(cueStart, a.source.spans[0]![0]) : cueStart;
    const reportEnd = sourceAfter ? Math.max(partEnd(a.cue), partEnd(a.source!)) : partEnd(a.cue);
    const after = a.content.spans.filter(([s]) => s >= reportEnd);
    if (after.length === 0) return a;
    const first = lowerBound(tokens, reportStart);
    if (tokens[first - 1]?.text !== ',') return a;
    const [, last] = ranges[tokens[first]!.sentence] ?? [first, first];
    const day = DAY_AFTER_REPORT.exec(text.slice(reportEnd, reportEnd + 40));
    const comma = lowerBound(tokens, reportEnd + (day ? day[0].length : 0));
    if (tokens[comma]?.text !== ',' || !newsParticiplePhrase(tokens, comma + 1, last)) return a;
    if (after.some(([, e]) => e > tokens[last]!.end)) return a;
    const before = a.content.spans.filter(([s]) => s < reportStart);
    if (before.length > 0) return withContent(doc, a, before);
    // nothing of the content before the report: the sentence's clause up to it
    const clause = clauseBeforeReport(tokens, ranges, text, first);
    return clause ? withContent(doc, a, [clause]) : a;
  });
}

/**
 * The clause of a sentence before a closing report whose first token is `first` (a comma before
 * it), or null: when the sentence opens on that clause's subject (not on a participle's, a
 * preposition's or a subordinate clause's phrase: "Speaking to reporters, the coach said, smiling,
 * that …") and the clause has a finite verb and no quotation mark.
 */
function clauseBeforeReport(tokens: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>, text: string, first: number): [number, number] | null {
  const sentenceStart = ranges[tokens[first]!.sentence]![0];
  const opener = tokens[sentenceStart]!;
  if (first - 2 <= sentenceStart || opener.pos === 'ADP' || opener.pos === 'SCONJ' || SUBORDINATORS.has(opener.lower) || (opener.pos === 'VERB' && /(?:ing|ed|en)$/u.test(opener.lower))) return null;
  let finite = false;
  for (let k = sentenceStart; k < first - 1; k++) {
    const t = tokens[k]!;
    if (isQuoteMark(t.text) || (t.text === ',' && k > sentenceStart + 1 && !finite)) return null;
    finite ||= t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/u.test(t.lower) && !participleAfterNoun(tokens, k));
  }
  if (!finite) return null;
  return [tokens[sentenceStart]!.start, contentEnd(text, tokens[sentenceStart]!.start, tokens[first - 2]!.end)];
}

