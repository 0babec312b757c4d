// Reports whose reporters go unnamed, which PolNeAR marks without a source.
//
// "The House is expected to pass a bipartisan bill", "Sanders, who is widely expected to win":
// PolNeAR marks 70 of the 82 "be expected to" on train (all but two without a source): the cue is
// the verb group ("is widely expected"), the content the subject and the infinitive clause
// ("[The House] … [to pass a bipartisan bill]"). The tagger reads about a third of them.
// ("It was said to be an accident" stays unread: "said to" is rare in news, 4 times on train, and
// a report with neither speaker nor "expected" tells a reader little.)
//
// "Trump seemed to appreciate that concept", "The statistics appear to be fabricated": how things
// look to the writer, read like "be expected to" (cue "seemed", content "[Trump] … [to appreciate
// that concept]"); gold in 136 of the 197 "seems/appears to" outside quotations on train, in none
// of the 36 inside them.
//
// "The FBI is reportedly making arrangements to interview Clinton": the cue is the adverb, the
// content the clause around it ("[The FBI is] … [making arrangements …]"); gold in 15 of the 25
// "reportedly" on train that modify no reporting verb ("reportedly said" is one cue).
//
// "Asked about his paid speeches, Huckabee's campaign said …": a question put to the subject by
// someone unnamed; cue "Asked about", content "his paid speeches" (about four in five of train's
// passive "asked" are gold, and the tagger missed "about" questions most).
//
// "It is understood the minister will resign", "Feathers were found in an engine, it was
// reported.": an impersonal passive of a verb of saying, whose reporter news leaves unnamed (train
// has 11 "it was revealed / is said / was widely reported …" outside "expected to", 10 of them gold,
// all without a source; the cue is the verb group without "it" in most); the content the clause
// after it, or, closing the sentence after a comma, the clause before it. Rare in PolNeAR's
// politics, it is British and wire copy's stock phrase ("it is understood", "it has been claimed").
//
// "The court heard that Marsh attacked Liam Ford …", "…, the inquest heard.": British court
// reporting's stock phrase for what was said in a hearing by someone the story does not name here;
// the court (or inquest, tribunal, jury) is the source, "heard" (or "was told") the cue.
//
// Each reads where no other reading holds the words.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import type { Token } from '../nlp/wink.ts';
import { part } from '../text/spans.ts';
import { contentEnd, hasVerb, isDash, readingOf } from './draft.ts';
import { regionAt, type QuoteRegion } from './quotes.ts';
import { TIME_PHRASE } from './closing.ts';
import { DAY_PHRASE, TIME_WORD } from '../dates/lexicon.ts';
import { lowerBound } from '../text/search.ts';
import { BE_FORMS, CHANNEL_NOUNS, CIRCUMSTANCE_OPENERS, CLAUSE_CONJUNCTIONS, CLAUSE_SUBJECTS, finiteAfterPhrase, headNoun, subjectBefore, npLeft, npRight, QUESTION_WORDS, RELATIVE_PRONOUNS, SUBORDINATORS } from './phrases.ts';
import { VERB_CUE_P } from './cues.ts';
import { inCueOrder, IntervalSet, intervalsOf, partsOverlap, spansKey } from '../tagger/hybrid.ts';

/** Forms of "be" one of which the verb group must hold (a passive, not "has expected to"). */
const BE = new Set([...BE_FORMS, "'s", '’s']);
/** Pronouns that open a relative clause as its subject ("delegates who are expected", "Things that are expected"). */
const RELATIVE = new Set([...RELATIVE_PRONOUNS, 'that']);
/** Relative pronouns an object's clause opens with before its subject ("which the Senate is expected to vote on"; not "that", more often "said that the Fed is expected"). */
const OBJECT_RELATIVE = new Set(['which', 'whom']);
/** Words that open a clause before its subject, whatever wink tags them ("as members of …", "where Sanders is", "than someone in his position could be"). */
const CLAUSE_OPENERS = new Set([...SUBORDINATORS, 'than', 'where', 'whereas', 'if', 'unless', 'though', 'although']);
/** Words before a verb group that make it a comparison, not a report. */
const COMPARISON = new Set(['than', 'as']);

/** What sets one kind of infinitive report apart: its verb forms, its verb group, the readings it replaces. */
interface InfinitiveFrame {
  /** The verb forms before "to" ("expected"; "seems", "appeared"). */
  readonly verbs: ReadonlySet<string>;
  /** The first token of the cue, or -1 where the verb group is no report. */
  groupStart(tokens: readonly Token[], i: number, first: number): number;
  /** Whether the subject or the infinitive's verb at `verb` makes it no report of this kind ("It seems to me", "what appears to be"). */
  skips(tokens: readonly Token[], subject: [number, number] | null, verb: number): boolean;
  /** Whether the tagger's reading of the same verb group keeps its words. */
  keeps(reading: Attribution): boolean;
}

/**
 * "[subject] VERB to VERB …": a sourceless report whose cue is the verb group, whose content is
 * the subject and the infinitive clause; outside quotations (whose words are their speaker's).
 */
function infinitiveReports(frame: InfinitiveFrame, doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const { tokens, text, quotes: regions, prose } = readingOf(doc, quotes);
  const placing = placingOf(attributions);
  for (const { first, last } of prose) {
    for (let i = first + 1; i < last - 1; i++) {
      if (!frame.verbs.has(tokens[i]!.lower) || tokens[i + 1]!.lower !== 'to' || regionAt(regions, tokens[i]!.start)) continue;
      // "to pass", "to quickly fan out", a verb wink tags as something else ("to back/ADV the nominee"); not a place ("to China")
      const verb = i + 2;
      if (verb > last || /^(?:DET|PRON|NUM|PUNCT|ADP|CCONJ|NOUN|PROPN|ADJ)$/u.test(tokens[verb]!.pos)) continue;
      const cueStart = frame.groupStart(tokens, i, first);
      // (a comparison: "weaker than had been expected", "as is widely expected", "younger than she
      // appears to be"; an infinitive, "tried to appear to be calm")
      if (cueStart < 0 || COMPARISON.has(tokens[cueStart - 1]?.lower ?? '') || tokens[cueStart - 1]?.lower === 'to') continue;
      const subject = subjectOf(text, tokens, cueStart, first);
      if (subject && subject[0] === subject[1] && tokens[subject[0]]!.pos === 'PRON' && COMPARISON.has(tokens[subject[0] - 1]?.lower ?? '')) continue;
      if (frame.skips(tokens, subject, verb)) continue;
      const end = clauseLast(text, tokens, subject, verb, first, last);
      const start = tokens[i + 1]!.start;
      const ce = contentEnd(text, start, tokens[end]!.end, true);
      if (ce < tokens[verb]!.end) continue;
      const content: Array<[number, number]> = subject ? [[tokens[subject[0]]!.start, tokens[subject[1]]!.end], [start, ce]] : [[start, ce]];
      const a: Attribution = { id: '', kind: 'indirect', cue: part(doc.text, [[tokens[cueStart]!.start, tokens[i]!.end]]), source: null, content: part(doc.text, content) };
      place(placing, a, (b) => (frame.keeps(b) ? b : { ...a, id: b.id }));
    }
  }
  return placed(placing);
}

/** Readings being placed beside the others: the others (some replaced), the new ones, and the words the others hold. */
interface Placing {
  readonly attributions: readonly Attribution[];
  readonly out: Attribution[];
  readonly added: Attribution[];
  held?: IntervalSet;
}

const placingOf = (attributions: readonly Attribution[]): Placing => ({ attributions, out: [...attributions], added: [] });

/**
 * A new reading `a`: where another reading's cue overlaps its cue, that reading becomes what
 * `overlap` makes of it; else `a` is added unless its content would take in another reading's cue
 * or source, or its cue is inside what another reports.
 */
function place(p: Placing, a: Attribution, overlap: (b: Attribution) => Attribution): void {
  const k = p.out.findIndex((x) => partsOverlap(x.cue, a.cue));
  if (k >= 0) {
    p.out[k] = overlap(p.out[k]!);
    return;
  }
  p.held ??= new IntervalSet(intervalsOf(p.attributions.flatMap((x) => [x.cue, x.source])));
  if (!p.held.overlaps(a.cue) && !p.held.overlaps(a.content) && !p.attributions.some((x) => partsOverlap(x.content, a.cue))) p.added.push(a);
}

const placed = (p: Placing): Attribution[] => (p.added.length === 0 ? p.out : inCueOrder([...p.out, ...p.added]));

const EXPECTED: InfinitiveFrame = {
  // (and a report on unnamed authority, marked the same way: "Priebus was said to be “furious”",
  // "Officials are understood to be preparing …", "He is rumoured to have …"; not "believed" or
  // "thought", which train's gold leaves unmarked)
  // ("reported" stays the tagger's: "Obama also is reported to have called the Saudis …" has its speaker)
  // ("alleged" stays the accusation's reading: "The accused was alleged to be a member …, the court heard")
  verbs: new Set(['expected', 'said', 'understood', 'rumoured', 'rumored']),
  groupStart: (tokens, i, first) => verbGroupStart(tokens, i, first, true),
  // (a report on unnamed authority of "it" or "there" is the impersonal reading's, or none: "It was said to
  // be an accident"; nor is a definition one: "The phrase is generally understood to mean …")
  skips: (tokens, subject, verb) =>
    tokens[verb - 2]?.lower !== 'expected' && ((subject !== null && EXPLETIVE.has(tokens[subject[1]]!.lower)) || DEFINING.has(tokens[verb]!.lemma.toLowerCase())),
  // the tagger's reading of the same verb group gives way (it took the subject, or "who", for a
  // speaker, a cue on to the next verb, "is expected to unveil", or the subject for the content),
  // but for the subject's own report of a clause ("The group is expected to report that it raised …")
  keeps: (b) => b.source !== null && /^(?:that|whether|if)\b|^["“‘']/u.test(b.content.text),
};

export function passiveInfinitiveReports(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  return infinitiveReports(EXPECTED, doc, attributions, quotes);
}

/** Verbs of what a word or a thing means, after which "is understood to", "is said to" define, not report. */
const DEFINING = new Set(['mean', 'refer', 'denote', 'signify', 'include', 'describe', 'represent']);

/** Verbs of thought that, after "seems to", make the subject a speaker ("he seems to feel the case will be litigated"). */
const THOUGHT = new Set(['think', 'feel', 'believe', 'know']);

/** Subjects of "seems to" that make it no report: "It seems to me", "There appears to be", "what appears to be" (1 of 5 gold on train), "a post that appeared to" (2 of 8); the words before the verb end on one. */
const EXPLETIVE = new Set(['it', 'there', 'what', 'that']);

/** A verb's share of train occurrences that are gold cues above which it reports. */
const REPORTING = 0.3;

const APPEARANCE: InfinitiveFrame = {
  verbs: new Set(['appear', 'appears', 'appeared', 'seem', 'seems', 'seemed']),
  groupStart: (tokens, i, first) => verbGroupStart(tokens, i, first, false),
  // (not after an expletive, "what" or "that", nor where the infinitive reports, "Rubio seemed to
  // urge …", "he seemed to think …": there the subject is a speaker, a reading of the tagger's)
  skips: (tokens, subject, verb) =>
    (subject !== null && (EXPLETIVE.has(tokens[subject[1]]!.lower) || tokens[subject[0]]!.pos === 'PUNCT')) || THOUGHT.has(tokens[verb]!.lemma) || (VERB_CUE_P.get(tokens[verb]!.lemma) ?? 0) >= REPORTING,
  // a speaker the tagger found keeps the report ("Rubio seemed to urge the opposite tactic")
  keeps: (b) => b.source !== null,
};

/**
 * "Trump seemed to appreciate that concept", "The statistics appear to be fabricated": the
 * writer's reading of how things look, which PolNeAR marks like "be expected to": no source, the
 * verb for the cue, the subject and the infinitive clause for the content. Train's gold marks 136
 * of the 197 outside quotations (and none of the 36 inside them); the tagger read about a fifth.
 */
export function appearanceReports(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  return infinitiveReports(APPEARANCE, doc, attributions, quotes);
}

/** Adverbs that report a clause on unnamed authority. */
const HEARSAY = new Set(['reportedly']);

export function hearsayReports(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const { tokens, text, quotes: regions, prose } = readingOf(doc, quotes);
  const held = new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
  const added: Attribution[] = [];
  for (const { first, last } of prose) {
    for (let i = first; i < last; i++) {
      const adverb = tokens[i]!;
      if (!HEARSAY.has(adverb.lower) || regionAt(regions, adverb.start)) continue;
      // "Reportedly, he made …": the clause after the comma
      const opening = i === first && tokens[i + 1]!.text === ',';
      const from = opening ? i + 2 : i + 1;
      // the clause's verb (or "was reportedly on that trip" after its auxiliary)
      if (from > last || (!opening && !/^(?:VERB|AUX)$/u.test(tokens[from]!.pos) && tokens[i - 1]?.pos !== 'AUX')) continue;
      // the subject with the auxiliaries before the adverb ("[The Club for Growth is] … [spending …]");
      // none for a participle's adverb after a comma ("…, reportedly winning over delegates") or a
      // verb joined to the sentence's ("… and was reportedly targeted")
      const subject = opening || tokens[i - 1]?.text === ',' ? null : subjectOf(text, tokens, i, first);
      if (!opening && !subject) continue;
      const end = clauseLast(text, tokens, subject, from, first, last);
      const start = tokens[from]!.start;
      const ce = contentEnd(text, start, tokens[end]!.end, true);
      if (ce <= start) continue;
      const content: Array<[number, number]> = subject ? [[tokens[subject[0]]!.start, tokens[i - 1]!.end], [start, ce]] : [[start, ce]];
      const a: Attribution = { id: '', kind: 'indirect', cue: part(doc.text, [[adverb.start, adverb.end]]), source: null, content: part(doc.text, content) };
      if (!held.overlaps(a.cue) && !held.overlaps(a.content)) added.push(a);
    }
  }
  return added.length === 0 ? [...attributions] : inCueOrder([...attributions, ...added]);
}

/** The day between an impersonal passive and its "that" ("It was announced on Tuesday | that …"). */
const DAY_THEN_THAT = new RegExp(`^\\s+${DAY_PHRASE}\\s+that\\b`, 'u');
/** A noun of time, which opens no reported clause ("the next morning"). */
const TIME_NOUN = new RegExp(`^(?:${TIME_WORD})$`, 'u');

/** Participles of saying and knowing that report in an impersonal passive ("it was reported", "it is understood", Nigerian papers' "it was gathered"). */
const IMPERSONAL = new Set(['reported', 'announced', 'understood', 'claimed', 'alleged', 'said', 'rumoured', 'rumored', 'revealed', 'confirmed', 'learned', 'learnt', 'believed', 'thought', 'feared', 'gathered']);

/**
 * "it" and a passive group of IMPERSONAL at token `i` ("it was reported", "it has been claimed", "it
 * was widely reported"): the first token of the group after "it", else -1.
 */
function impersonalGroup(tokens: readonly Token[], i: number, first: number): number {
  let k = i - 1;
  while (k > first && tokens[k]!.pos === 'ADV' && /ly$/u.test(tokens[k]!.lower)) k--;
  if (k <= first || !BE.has(tokens[k]!.lower)) return -1;
  let start = k;
  // (a perfect's or a modal's words before "been": "has been", "had been", "will be")
  while (start - 1 > first && /^(?:has|have|had|will|would|may|might|could|can)$/u.test(tokens[start - 1]!.lower)) start--;
  return tokens[start - 1]?.lower === 'it' ? start : -1;
}

/**
 * "It is understood (that) the minister will resign", "… though it was widely reported that …",
 * "Feathers were found in one of the engines, it was reported (on Monday).": see the head of this
 * file. No source; outside quotations.
 */
export function impersonalReports(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const { tokens, text, quotes: regions, prose } = readingOf(doc, quotes);
  const held = new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
  const added: Attribution[] = [];
  for (const { first, last } of prose) {
    for (let i = first + 2; i <= last; i++) {
      const verb = tokens[i]!;
      if (!IMPERSONAL.has(verb.lower) || regionAt(regions, verb.start)) continue;
      const start = impersonalGroup(tokens, i, first);
      // (not negated: "It was not reported at the time that …")
      if (start < 0 || tokens.slice(start, i).some((t) => t.lower === 'not' || t.lower === "n't" || t.lower === 'never')) continue;
      const it = start - 1;
      let content: [number, number] | null = null;
      let end = last;
      while (end > i && tokens[end]!.pos === 'PUNCT' && /^[.!?”"’')]+$/u.test(tokens[end]!.text)) end--;
      const opening = it === first || (it === first + 1 && tokens[first]!.pos === 'ADV');
      // (or after a conjunction, with "that": "… when it was revealed that she had used …")
      const subordinate = !opening && (tokens[it - 1]!.pos === 'SCONJ' || tokens[it - 1]!.pos === 'CCONJ' || CLAUSE_OPENERS.has(tokens[it - 1]!.lower) || tokens[it - 1]!.lower === 'when') && tokens[i + 1]?.lower === 'that';
      if (opening || subordinate) {
        // the clause after it, with "that" (perhaps after the day: "It was announced on Tuesday that …")
        // or a subject and its verb, not a time ("It was reported the next morning and …": "it" is the
        // burglary); up to a comma before another clause ("It is said the house is haunted, | but …"),
        // and a subordinate one up to the comma before the main clause's subject and verb ("At a time
        // when it was said that Democrats might never win again, | Bill Clinton proved …")
        let from = i + 1;
        const day = DAY_THEN_THAT.exec(text.slice(tokens[i]!.end));
        if (day) from = lowerBound(tokens, tokens[i]!.end + day[0].length - 4);
        const np = npRight(tokens, from, end, 8);
        const clause = tokens[from]?.lower === 'that' || (!!np && finiteAfterPhrase(tokens, from, end) && !tokens.slice(np[0], np[1] + 1).some((t) => TIME_NOUN.test(t.lower)));
        let close = end;
        for (let j = from + 1; j < end; j++) {
          if (tokens[j]!.text !== ',') continue;
          if ((subordinate && finiteAfterPhrase(tokens, j + 1, end)) || CLAUSE_CONJUNCTIONS.has(tokens[j + 1]!.lower)) {
            close = j - 1;
            break;
          }
        }
        if (from <= end && clause) content = [tokens[from]!.start, contentEnd(text, tokens[from]!.start, tokens[close]!.end)];
      } else if (tokens[it - 1]!.text === ',' && it - 1 > first && hasVerb(tokens, first, it - 2)) {
        // closing it, after a comma, perhaps with the day: the clause before it
        const after = end > i ? text.slice(tokens[i + 1]!.start, tokens[end]!.end) : '';
        if (after === '' || TIME_PHRASE.test(after)) content = [tokens[first]!.start, contentEnd(text, tokens[first]!.start, tokens[it - 2]!.end)];
      }
      if (!content || content[1] <= content[0]) continue;
      const a: Attribution = { id: '', kind: 'indirect', cue: part(doc.text, [[tokens[start]!.start, verb.end]]), source: null, content: part(doc.text, [content]) };
      if (!held.overlaps(a.cue) && !held.overlaps(a.content)) added.push(a);
    }
  }
  return added.length === 0 ? [...attributions] : inCueOrder([...attributions, ...added]);
}

/** Heads of the bodies a hearing's evidence is given to ("the court heard", "the inquest heard"). */
const HEARINGS = new Set(['court', 'inquest', 'tribunal', 'hearing', 'jury', 'trial', 'inquiry']);

/**
 * "The court heard (that) …", "The inquest at Truro was told that …", "…, the jury heard.": the
 * hearing's noun phrase is the source, "heard" or "was told" the cue, the clause after it (with its
 * "that") or, closing the sentence after a comma, the clause before it the content; outside quotations.
 */
export function hearingReports(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const { tokens, text, quotes: regions, prose } = readingOf(doc, quotes);
  const held = new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
  const out = [...attributions];
  const added: Attribution[] = [];
  for (const { first, last } of prose) {
    for (let i = first + 1; i <= last; i++) {
      const verb = tokens[i]!;
      const told = verb.lower === 'told' && tokens[i - 1]?.lower === 'was';
      if ((verb.lower !== 'heard' && !told) || regionAt(regions, verb.start)) continue;
      const cueStart = told ? i - 1 : i;
      const subject = subjectBefore(tokens, cueStart, first);
      const head = subject ? headNoun(tokens, subject[0], subject[1]) : null;
      if (!subject || !head || !HEARINGS.has(head.lower)) continue;
      let end = last;
      while (end > i && tokens[end]!.pos === 'PUNCT' && /^[.!?”"’')]+$/u.test(tokens[end]!.text)) end--;
      let content: [number, number] | null = null;
      if (subject[0] === first || (subject[0] === first + 1 && tokens[first]!.pos === 'ADV')) {
        // the clause after it, with "that" or a subject and its verb
        if (i < end && (tokens[i + 1]!.lower === 'that' || finiteAfterPhrase(tokens, i + 1, end))) content = [tokens[i + 1]!.start, contentEnd(text, tokens[i + 1]!.start, tokens[end]!.end)];
      } else if (tokens[subject[0] - 1]!.text === ',' && end === i && hasVerb(tokens, first, subject[0] - 2)) {
        // closing its sentence: the clause before it
        content = [tokens[first]!.start, contentEnd(text, tokens[first]!.start, tokens[subject[0] - 2]!.end)];
      }
      if (!content || content[1] <= content[0]) continue;
      const a: Attribution = {
        id: '',
        kind: 'indirect',
        cue: part(doc.text, [[tokens[cueStart]!.start, verb.end]]),
        source: part(doc.text, [[tokens[subject[0]]!.start, tokens[subject[1]]!.end]]),
        content: part(doc.text, [content]),
      };
      // (a sourceless reading of the same cue takes the hearing for source: "The tribunal | was told | that …")
      const same = out.findIndex((b) => !b.source && spansKey(b.cue) === spansKey(a.cue));
      if (same >= 0) out[same] = { ...out[same]!, source: a.source };
      else if (!held.overlaps(a.cue) && !held.overlaps(a.content) && !held.overlaps(a.source!)) added.push(a);
    }
  }
  return added.length === 0 ? out : inCueOrder([...out, ...added]);
}

/** Words before "asked" that make it a question put to the subject ("was asked", "when asked", "if asked"; not "once", "as" or "since", adverbs as often: "He once asked"). */
const PUT_BEFORE = new Set([...BE_FORMS, 'when', 'whenever', 'if', 'after', 'before', 'while', 'until', 'unless']);
/** Longest phrase of time or place between "asked" and its question ("Asked at a briefing Monday in Washington about"). */
const ASIDE_REACH = 8;

/**
 * "Asked about his paid speeches, Huckabee's campaign said …", "Clinton was asked about securing
 * the border", "when asked what he thought …": a question put to the subject by someone unnamed
 * (or named after "by"). PolNeAR marks about four in five such passive "asked" on train, with no
 * source but the "by" phrase's: the cue is "asked" (with "about" right after it, and a form of
 * "be" before it), the content what was asked about, up to the comma that closes an opening
 * phrase and before an interview or occasion ("about their case during an interview").
 */
export function questionReports(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  const { tokens, text, quotes: regions, prose } = readingOf(doc, quotes);
  const placing = placingOf(attributions);
  for (const { first, last } of prose) {
    for (let i = first; i < last; i++) {
      if (tokens[i]!.lower !== 'asked' || regionAt(regions, tokens[i]!.start)) continue;
      // what stands before it: the sentence's start, a comma, a form of "be" or a subordinator, over adverbs ("was first asked", "was once asked")
      let k = i - 1;
      while (k >= first && /^(?:ADV|PART)$/u.test(tokens[k]!.pos) && (!PUT_BEFORE.has(tokens[k]!.lower) || BE_FORMS.has(tokens[k - 1]?.lower ?? ''))) k--;
      const before = k >= first ? tokens[k]!.lower : '';
      const passive = BE_FORMS.has(before);
      if (k >= first && !passive && before !== ',' && !PUT_BEFORE.has(before)) continue;
      // (after a comma, a participle follows a clause with its verb, "“…,” McCain said, asked about …";
      // without one, the comma closes the subject's aside: "Ruth Marcus, an editor, asked whether …")
      if (before === ',' && !hasVerb(tokens, first, k - 1)) continue;
      const cueStart = passive ? k : k + 1;
      // (an opening phrase ends at its comma: "Asked about X,", "When asked about X,", "When voters were
      // asked who …,", "Having been asked about X,")
      const opening = before !== ',' && (!passive || subordinateBefore(tokens, k, first) || !hasNoun(tokens, first, k - 1));
      // the one who asked, after "by"; then a phrase of time or place before the question
      let j = i + 1;
      while (j < last && tokens[j]!.pos === 'ADV' && !QUESTION_WORDS.has(tokens[j]!.lower)) j++;
      let source: [number, number] | null = null;
      if (tokens[j]?.lower === 'by') {
        source = npRight(tokens, j + 1, last, 8, true);
        if (!source) continue;
        // (not the time or place after the name: "by Ingraham on Thursday")
        for (let n = source[0] + 1; n <= source[1]; n++) if (CIRCUMSTANCE_OPENERS.has(tokens[n]!.lower)) source = [source[0], n - 1];
        j = source[1] + 1;
      }
      const from = j;
      while (j <= last && j - from < ASIDE_REACH && tokens[j]!.lower !== 'about' && !QUESTION_WORDS.has(tokens[j]!.lower) && /^(?:ADP|DET|NOUN|PROPN|NUM|ADJ|ADV)$/u.test(tokens[j]!.pos)) j++;
      if (j >= last || (tokens[j]!.lower !== 'about' && !QUESTION_WORDS.has(tokens[j]!.lower))) continue;
      // "about" with no object of its own ("What he was asked about was never made public") or a number ("asked about 20 questions")
      const object = tokens[j + 1]!;
      if (tokens[j]!.lower === 'about' && (/^(?:AUX|ADP|NUM|PUNCT)$/u.test(object.pos) || (object.pos === 'VERB' && !/ing$/u.test(object.lower)))) continue;
      // "asked about" is one cue; "Asked Tuesday about Sullivan" reports "about Sullivan"
      const aboutInCue = tokens[j]!.lower === 'about' && j === i + 1;
      const start = aboutInCue ? j + 1 : j;
      const end = Math.min(questionLast(text, tokens, start, last, opening), clauseLast(text, tokens, null, start, first, last));
      const ce = contentEnd(text, tokens[start]!.start, tokens[end]!.end, true);
      if (ce <= tokens[start]!.start) continue;
      const a: Attribution = {
        id: '',
        kind: 'indirect',
        cue: part(doc.text, [[tokens[cueStart]!.start, tokens[aboutInCue ? j : i]!.end]]),
        source: source ? part(doc.text, [[tokens[source[0]]!.start, tokens[source[1]]!.end]]) : null,
        content: part(doc.text, [[tokens[start]!.start, ce]]),
      };
      // the tagger's reading of the same verb keeps its words, but not a speaker for one asked ("[he] was first asked if …",
      // "[She] has often been asked"), where its cue is the question's own (not "[Christie] said when asked")
      let group = Math.max(k, first);
      while (group > first && /^(?:AUX|ADV|PART)$/u.test(tokens[group - 1]!.pos)) group--;
      place(placing, a, (b) => (!source && b.source && b.cue.spans[0]![0] >= tokens[group]!.start ? { ...b, source: null } : b));
    }
  }
  return placed(placing);
}

/** Whether a noun or pronoun stands in tokens a..b (a subject before a passive's "be"). */
function hasNoun(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = Math.max(a, 0); k <= b; k++) if (/^(?:NOUN|PROPN|PRON|NUM)$/u.test(tokens[k]!.pos)) return true;
  return false;
}

/**
 * The question's last token from `start`: before a semicolon or dash, before the comma that
 * closes an opening phrase ("Asked about X, the senator said"), and before a phrase of the
 * interview or occasion it was asked at ("during an interview", "in an interview with …").
 */
function questionLast(text: string, tokens: readonly Token[], start: number, last: number, opening: boolean): number {
  for (let j = start + 1; j <= last; j++) {
    const t = tokens[j]!;
    if (t.text === ';' || isDash(text, t) || (opening && t.text === ',')) return j - 1;
    // (not "during the massacre": train's gold runs on over "during" but before an occasion)
    if (CIRCUMSTANCE_OPENERS.has(t.lower) && occasionAfter(tokens, j + 1, last)) return j - 1;
  }
  return last;
}

/** Whether a subordinator opens the clause that ends at `k` ("when voters were", "If Mitt Romney can be"): back to a comma or a verb. */
function subordinateBefore(tokens: readonly Token[], k: number, first: number): boolean {
  for (let n = k - 1; n >= first; n--) {
    const t = tokens[n]!;
    if (SUBORDINATORS.has(t.lower) || t.lower === 'if') return true;
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') return false;
  }
  return false;
}

/** Whether an interview or occasion's noun comes within three words of `k` ("an interview", "a town hall meeting"). */
function occasionAfter(tokens: readonly Token[], k: number, last: number): boolean {
  for (let n = k; n <= Math.min(last, k + 3); n++) if (CHANNEL_NOUNS.has(tokens[n]!.lower)) return true;
  return false;
}

/**
 * The first auxiliary, adverb or negation of the verb group ending on the verb at `i` ("might
 * be", "is widely", "had been", "did not", "also"); -1 where `be` asks for a form of "be" (a
 * passive, not "has expected to") and the group has none.
 */
function verbGroupStart(tokens: readonly Token[], i: number, first: number, be: boolean): number {
  let k = i - 1;
  let start = be ? -1 : i;
  let hasBe = false;
  while (k >= first && /^(?:AUX|ADV|PART)$/u.test(tokens[k]!.pos) && tokens[k]!.lower !== 'to') {
    // ("The company's expected to": wink tags the contracted "is" after a noun a particle)
    if (tokens[k]!.pos === 'AUX' || BE.has(tokens[k]!.lower) || !be) {
      start = k;
      hasBe ||= BE.has(tokens[k]!.lower);
    }
    k--;
  }
  return !be || hasBe ? start : -1;
}

/**
 * What the report is about: the words from where the clause opens to the verb group — after the
 * sentence's start, an opening phrase's comma, a conjunction ("and the final shuttering of the
 * factory is", "while the topic is") — with a relative pronoun that opens it ("delegates who are
 * expected to", "which the Senate is expected to vote on") and an aside that closes it ("The
 * central bank, which has held rates near zero since 2008, is expected"), over names a conjunction
 * joins ("Both Google and Facebook have reportedly"). None right after "and" or "but", whose
 * subject is the sentence's ("He is scheduled to speak but is not expected to").
 */
function subjectOf(text: string, tokens: readonly Token[], cueStart: number, first: number): [number, number] | null {
  const before = tokens[cueStart - 1];
  if (cueStart <= first || !before || before.pos === 'CCONJ') return null;
  const end = cueStart - 1;
  // a pronoun is a whole subject ("the same night she is widely expected to")
  if (RELATIVE.has(before.lower) || CLAUSE_SUBJECTS.has(before.lower)) return [end, end];
  let k = cueStart - 1;
  if (before.text === ',') {
    // the aside's opening mark, and the phrase before it
    k = cueStart - 2;
    while (k > first && tokens[k]!.text !== ',' && !isDash(text, tokens[k]!)) k--;
    if (k <= first) return null;
    k--;
  }
  const opens = (t: Token, left: Token | undefined): boolean =>
    /^[,;:(—–]$|^--$/u.test(t.text) || isDash(text, t) || t.pos === 'CCONJ' || t.pos === 'SCONJ' || CLAUSE_OPENERS.has(t.lower) || t.pos === 'AUX' || (t.pos === 'VERB' && left?.pos !== 'DET' && left?.pos !== 'ADJ');
  // names a conjunction joins go on to the clause's opening ("Both Google and Facebook have"), unless a
  // verb ends the walk, whose object they were ("passed the House and the Senate is": the Senate)
  let joined = -1;
  while (k > first && !RELATIVE.has(tokens[k - 1]!.lower) && !OBJECT_RELATIVE.has(tokens[k - 1]!.lower)) {
    const t = tokens[k - 1]!;
    if (t.pos === 'CCONJ' && /^(?:NOUN|PROPN)$/u.test(tokens[k - 2]?.pos ?? '') && /^(?:DET|ADJ|NOUN|PROPN)$/u.test(tokens[k]!.pos)) joined = k;
    else if (opens(t, tokens[k - 2])) {
      if (joined >= 0 && /^(?:VERB|AUX)$/u.test(t.pos)) k = joined;
      break;
    }
    k--;
  }
  // after an opening phrase with no comma ("On Tuesday the Senate is expected"): the noun phrase alone
  if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PRON|ADV)$/u.test(tokens[k]!.pos)) {
    const np = npLeft(tokens, end, k);
    return np < 0 ? null : [np, end];
  }
  if (k > first && OBJECT_RELATIVE.has(tokens[k - 1]!.lower)) k--;
  // an adverb the sentence opens on is no part of it ("Now Melania seems to have vanished")
  while (k < end && tokens[k]!.pos === 'ADV' && !RELATIVE.has(tokens[k]!.lower)) k++;
  return [k, end];
}

/**
 * The reported clause's last token, from its verb at `verb` to the sentence's last at most: before
 * a semicolon; before a comma or dash that opens a participle phrase, "which", "with", a verb or a
 * conjunction ("…, potentially teeing up", "…, said the spokesman", "…, as the company shifts"); before "and" opening
 * another clause ("to vote Tuesday and the House is"); at the comma that closes a clause opened by
 * a subordinator ("If the bill is expected to fail, leaders …") or a relative clause set off inside
 * the sentence's subject ("The first Fed move, which is expected to come on Dec. 16, presents"),
 * where a relative clause also ends before the sentence's own auxiliary or verb ("The plan that is
 * expected to pass is", "A man who appeared to be drunk attacked"); and inside a parenthesis at its
 * closing mark.
 */
function clauseLast(text: string, tokens: readonly Token[], subject: [number, number] | null, verb: number, first: number, last: number): number {
  const opener = subject ? tokens[subject[0] - 1] : undefined;
  const relative = subject !== null && RELATIVE.has(tokens[subject[0]]!.lower);
  const setOff = relative && subject[0] > first && (isDash(text, opener!) || (opener!.text === ',' && !hasVerb(tokens, first, subject[0] - 1)));
  const subordinate = opener !== undefined && (opener.pos === 'SCONJ' || CLAUSE_OPENERS.has(opener.lower));
  // (a conjunction before the mark stays out: "… on the first ballot and, if he follows tradition, …")
  const close = (j: number): number => (tokens[j]!.pos === 'CCONJ' && j > verb ? j - 1 : j);
  let depth = 0;
  for (let j = first; j < verb; j++) depth += tokens[j]!.text === '(' ? 1 : tokens[j]!.text === ')' ? -1 : 0;
  for (let j = verb + 1; j <= last; j++) {
    const t = tokens[j]!;
    const mark = t.text === ',' || isDash(text, t);
    if (t.text === ';' || (depth > 0 && t.text === ')') || (mark && (setOff || (subordinate && t.text === ',')))) return close(j - 1);
    if (mark && j < last) {
      let n = j + 1;
      if (tokens[n]!.pos === 'ADV') n++;
      const next = tokens[n]!;
      if (/^(?:CCONJ|SCONJ|VERB|AUX)$/u.test(tokens[j + 1]!.pos) || CLAUSE_OPENERS.has(tokens[j + 1]!.lower) || (next.pos === 'VERB' && /ing$/u.test(next.lower)) || next.lower === 'which' || next.lower === 'with') return close(j - 1);
    }
    // "and the House is expected to follow", "and who maintain": another clause
    if (t.pos === 'CCONJ' && j < last) {
      let n = j + 1;
      while (n <= last && /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/u.test(tokens[n]!.pos) && !RELATIVE.has(tokens[n]!.lower)) n++;
      if (RELATIVE.has(tokens[j + 1]!.lower) || (n > j + 1 && n <= last && tokens[n]!.pos === 'AUX')) return close(j - 1);
    }
    if (relative && !setOff && t.pos === 'AUX' && /^(?:NOUN|PROPN|NUM)$/u.test(tokens[j - 1]!.pos)) return close(j - 1);
    // and before the sentence's own verb ("A man who appeared to be drunk attacked the officer", "the people who
    // appear to have benefited are wealthy"), where no clause of the report's own has opened ("… to say that he would")
    if (relative && !setOff && j > verb + 1 && /^(?:AUX|VERB)$/u.test(t.pos) && !/ing$/u.test(t.lower) && !/^(?:AUX|PART|PRON|ADV|CCONJ|SCONJ)$/u.test(tokens[j - 1]!.pos)) {
      let inner = false;
      for (let n = verb + 1; n < j && !inner; n++) inner = tokens[n]!.pos === 'SCONJ' || CLAUSE_OPENERS.has(tokens[n]!.lower) || RELATIVE.has(tokens[n]!.lower) || tokens[n]!.text === ',';
      if (!inner) return close(j - 1);
    }
  }
  return last;
}
