// Sources set right after the merge, where the tagger's nearest source run is not the
// speaker: a lone relative pronoun after its cue ("“It's too early to tell,” said one
// aviation consultant, who asked not to be named."; PolNeAR's gold takes the name with
// its clause, and the reader needs the name), a day before the cue, a phrase inside
// a clause between the subject and its verb, and a document cut off before its participle.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution, Part } from '../schemas/index.ts';
import type { Token } from '../nlp/wink.ts';
import { indexContaining, itemsWithin, lowerBound } from '../text/search.ts';
import { part, partEnd, trimRange } from '../text/spans.ts';
import { antecedentOf, anyParticipleAfterNoun, CHANNEL_NOUNS, CIRCUMSTANCE_OPENERS, CLAUSE_OPENING_WORDS, CLAUSE_SUBJECTS, clauseStop, hyphenated, MAX_CLAUSE, npLeft, npRight, settingParticiple, participleAfterNoun, PARTICIPLES_NOT_IN_ED, RELATIVE_OPENERS, RELATIVE_PRONOUNS, relativePronounSource, newsSpeakerLike, SPEAKER_OBJECT_PARTICIPLES, speakerLike, subjectBefore, SUBORDINATORS } from './phrases.ts';
import { isQuoteMark } from './quotes.ts';
import { NOUN_CUE_P } from './cues.ts';
import { partsOverlap, spansKey } from '../tagger/hybrid.ts';
import { POSSESSIVES } from '../nlp/verb-homographs.ts';
import { CALENDAR_WORD, DAY_PHRASE, DAY_PHRASE_CORE, TIME_WORD, WEEKDAYS } from '../dates/lexicon.ts';
import { NAME_PARTICLES } from '../entities/lexicon.ts';

/** Whether a character range shares a character with the attribution's content. */
const touchesContent = (a: Attribution, [s, e]: readonly [number, number]): boolean => a.content.spans.some(([cs, ce]) => cs < e && s < ce);

/** The attribution with its source widened to `widened`, unless that would take in part of its content or cue. */
function withWiderSource(doc: Doc, a: Attribution, widened: [number, number]): Attribution {
  const source = part(doc.text, [widened]);
  return touchesContent(a, widened) || partsOverlap(a.cue, source) ? a : { ...a, source };
}

/** A reading's source when it is one span: its offsets and its first and last tokens. */
function oneSource(tokens: readonly Token[], a: Attribution): { ss: number; se: number; first: number; last: number } | null {
  if (!a.source || a.source.spans.length !== 1) return null;
  const [ss, se] = a.source.spans[0]!;
  return { ss, se, first: lowerBound(tokens, ss), last: lowerBound(tokens, se) - 1 };
}

/** Sources that are a lone "who" or "which" after the cue widen to the name before it and its clause, to the sentence end. */
export function namedSourcesAfterCue(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const found = a.source ? relativePronounSource(doc, a.source) : null;
    if (!found) return a;
    const { rel, range } = found;
    const cueEnd = partEnd(a.cue);
    if (rel.start < cueEnd || tokens[rel.i - 1]?.text !== ',') return a;
    // the name: the noun phrase right after the cue, ending at the comma before the pronoun
    const from = lowerBound(tokens, cueEnd);
    const np = npRight(tokens, from, rel.i - 2, 12);
    if (!np || np[0] !== from || np[1] !== rel.i - 2) return a;
    let end = range[1];
    while (end > rel.i && tokens[end]!.pos === 'PUNCT') end--;
    // the clause runs to the sentence end, unless a quotation follows
    if (tokens.slice(rel.i, end + 1).some((t) => isQuoteMark(t.text))) return a;
    const widened: [number, number] = [tokens[np[0]]!.start, tokens[end]!.end];
    if (touchesContent(a, widened)) return a;
    return { ...a, source: part(doc.text, [widened]) };
  });
}

/**
 * "Analysts, however, pointed out that …": the tagger, reading on from the paragraph before, gave
 * the cue no source. A cue with no source whose verb follows the sentence's opening noun phrase
 * and an adverb set between commas ("however", "though", "meanwhile") takes that phrase, a
 * speaker's. Only this shape: PolNeAR's gold has no source for 123 of the 126 sourceless cues
 * the pipeline predicts on train (passives, nouns, infinitives).
 */
export function subjectsBeforeAsides(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    if (a.source || a.cue.spans.length !== 1) return a;
    const cue = lowerBound(tokens, a.cue.spans[0]![0]);
    const verb = tokens[cue];
    const range = verb ? ranges[verb.sentence] : undefined;
    if (!verb || !range || verb.start !== a.cue.spans[0]![0] || verb.pos !== 'VERB' || /ing$/u.test(verb.lower)) return a;
    if (tokens[cue - 1]?.text !== ',' || tokens[cue - 2]?.pos !== 'ADV' || tokens[cue - 3]?.text !== ',') return a;
    const end = cue - 4;
    if (end < range[0] || npLeft(tokens, end, range[0]) !== range[0] || !speakerLike(tokens, [range[0], end])) return a;
    const source: [number, number] = [tokens[range[0]]!.start, tokens[end]!.end];
    if (touchesContent(a, source)) return a;
    return { ...a, source: part(doc.text, [source]) };
  });
}

/** A channel, and perhaps who issued it, set between commas after the subject: ", in her ruling,", ", in a statement by its spokesperson, Major General …," */
const CHANNEL_ASIDE = /,\s+(?:in|through|via)\s+(?:a|an|its|his|her|their|the)\s+((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)(?:\s+by\s+[^,;]{1,60}(?:,\s+[^,;]{1,60})?)?,\s*$/u;

/**
 * "The Nigerian Army, in a statement by its spokesperson, Major General Onyema Nwachukwu, said
 * …", "The judge, in her ruling, said …": the tagger's source is inside the channel set between
 * commas after the subject (the channel itself, or who issued it). The subject reported through
 * it: it is the source, as with "The minister, in a statement, said" (the aside, channel and
 * signatory, is neither source nor cue).
 */
export function subjectsBeforeChannelAsides(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    const cs = a.cue.spans[0]![0];
    if (!one || cs < one.se || !/^[\s,]*$/u.test(doc.text.slice(one.se, cs))) return a;
    const range = ranges[tokens[one.first]!.sentence];
    if (!range) return a;
    const from = tokens[range[0]]!.start;
    // (the source inside the aside: its issuer, or the issuer's name after it)
    const m = CHANNEL_ASIDE.exec(doc.text.slice(from, cs));
    if (!m || from + m.index > one.ss || !m[1]!.trim().split(/\s+/u).some((w) => CHANNEL_NOUNS.has(w.toLowerCase()))) return a;
    // the subject: a noun phrase from the sentence's start to the aside's comma
    const end = lowerBound(tokens, from + m.index) - 1;
    if (end < range[0] || npLeft(tokens, end, range[0]) !== range[0] || !newsSpeakerLike(tokens, [range[0], end])) return a;
    return { ...a, source: part(doc.text, [[from, tokens[end]!.end]]) };
  });
}

/**
 * "She further added that …", "The minister, in a statement, said …", "Analysts, however,
 * pointed out …", "Zelenskiy, speaking in Brussels, said …": the tagger's source ran on over an
 * adverb set right before the cue, or over a channel, an adverb or a participle's phrase set
 * between commas. The adverb before the cue is the cue's, as PolNeAR marks it ("recently
 * revealed", "also said"); what stands between commas is neither source nor cue.
 */
export function sourcesWithoutTheirAsides(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  // (and the subject's second cue alike: "Musk, in a post on X, called the ruling “absurd” and vowed to appeal")
  return withSourcesShared(attributions, withoutAsidesBeforeTheirCue(doc, attributions));
}

function withoutAsidesBeforeTheirCue(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1 || a.cue.spans.length !== 1) return a;
    const [ss, se] = a.source.spans[0]!;
    const [cs, ce] = a.cue.spans[0]!;
    if (se > cs || !/^[\s,]*$/u.test(doc.text.slice(se, cs))) return a;
    const first = lowerBound(tokens, ss);
    let last = lowerBound(tokens, se) - 1;
    if (last <= first) return a;
    // an adverb before the cue: "She further | added"
    const adverb = tokens[last]!;
    // (whatever wink tags it: "further" a verb before "added")
    if (ASIDE_ADVERBS.has(adverb.text) && doc.text.slice(se, cs).trim() === '') {
      return { ...a, source: part(doc.text, [[ss, tokens[last - 1]!.end]]), cue: part(doc.text, [[adverb.start, ce]]) };
    }
    // an adverb between commas: "Analysts, however, | pointed out"
    if (tokens[last]!.text === ',') last--;
    if (last - 1 > first && tokens[last - 1]!.text === ',' && COMMA_ADVERBS.has(tokens[last]!.lower)) return { ...a, source: part(doc.text, [[ss, tokens[last - 2]!.end]]) };
    // a connective's phrase between commas: "The housing minister, for her part, | has dismissed"
    const connective = (k: number) => k > first + 1 && tokens[k - 1]!.text === ',' && COMMA_PHRASES.test(doc.text.slice(tokens[k]!.start, tokens[last]!.end));
    for (let k = last - 1; k >= last - 3; k--) if (connective(k)) return { ...a, source: part(doc.text, [[ss, tokens[k - 2]!.end]]) };
    // a participle between commas: "Zelenskiy, speaking at a news conference in Brussels, | said"
    const aside = participleAside(tokens, first, last);
    if (aside > first) return { ...a, source: part(doc.text, [[ss, tokens[aside - 1]!.end]]) };
    // a channel between commas: "The minister, in a statement, | said"
    let k = last;
    while (k > first && tokens[k]!.text !== ',' && last - k < 6) k--;
    if (k <= first || tokens[k]!.text !== ',' || !CIRCUMSTANCE_OPENERS.has(tokens[k + 1]?.lower ?? '')) return a;
    if (!tokens.slice(k + 2, last + 1).some((t) => CHANNEL_NOUNS.has(t.lower)) || tokens.slice(k + 1, last + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return a;
    return { ...a, source: part(doc.text, [[ss, tokens[k - 1]!.end]]) };
  });
}

/**
 * "“We have lost everything,” said Maria Lopez, 54, standing outside what was left of her home.":
 * a source after its cue ran on over a participle's phrase closing the sentence, which says what
 * the speaker was doing, not who spoke; it ends before that phrase's comma (train's gold leaves
 * the phrase out of 34 of the 38 sources after "said" that it follows).
 */
export function sourcesAfterCueBeforeTheirParticiple(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1 || a.source.spans[0]![0] < partEnd(a.cue)) return a;
    const [ss, se] = a.source.spans[0]!;
    const [first, last] = [lowerBound(tokens, ss), lowerBound(tokens, se) - 1];
    for (let k = first + 1; k < last; k++) {
      // (a participle wink tags a noun before its preposition too: "standing/NOUN outside")
      if (tokens[k]!.text !== ',' || !settingParticiple(tokens, k + 1)) continue;
      // (the phrase closes the source: not "said one man, standing in the queue, | who gave his name as Ahmed")
      if (tokens.slice(k + 1, last + 1).some((t) => t.text === ',')) return a;
      return { ...a, source: part(doc.text, [[ss, tokens[k - 1]!.end]]) };
    }
    return a;
  });
}

/**
 * Participles that open an aside between a subject and its verb, saying where or how it was said
 * ("speaking to reporters", "asked about …"); not those that name members ("Proponents,
 * including the mayors, have urged …"), which are the source's.
 */
const ASIDE_PARTICIPLES = new Set([
  'speaking', 'writing', 'appearing', 'testifying', 'addressing', 'briefing', 'talking', 'responding', 'reacting', 'commenting',
  'campaigning', 'visiting', 'standing', 'asked', 'interviewed', 'questioned', 'pressed',
]);

/**
 * The comma opening a participle's phrase that closes the source [first, last] ("Clinton,
 * speaking to Iowans", "The judge, writing for the majority", "Mr. Trump, asked about …"), or
 * -1. What was said and when is no part of who said it: train's gold leaves such a phrase out of
 * the source 9 times of 10.
 */
function participleAside(tokens: readonly Token[], first: number, last: number): number {
  for (let k = last - 1; k > first; k--) {
    const t = tokens[k]!;
    if (t.text !== ',') continue;
    return ASIDE_PARTICIPLES.has(tokens[k + 1]!.text) ? k : -1;
  }
  return -1;
}

/**
 * "Officials | in Baku, however, have said …": the tagger's source stops before the
 * preposition's phrase that the adverb's comma follows, as if the phrase were the aside. The
 * phrase is the subject's: the source takes it (not the adverb).
 */
export function sourcesWithTheirPhraseBeforeAdverb(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    const cs = a.cue.spans[0]![0];
    if (!one || cs < one.se) return a;
    const preposition = tokens[one.last + 1];
    if (!preposition || preposition.pos !== 'ADP' || !SOURCE_PREPOSITIONS.has(preposition.lower)) return a;
    let k = one.last + 2;
    while (k < tokens.length && /^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(tokens[k]!.pos) && k - one.last <= 6) k++;
    // the phrase, then ", however," and the cue; a place, not a channel or a time ("Police in a statement, however,", "Officials in March, however,")
    if (k === one.last + 2 || tokens[k]?.text !== ',' || !COMMA_ADVERBS.has(tokens[k + 1]?.lower ?? '') || tokens[k + 2]?.text !== ',' || tokens[k + 3]?.start !== cs) return a;
    if (tokens.slice(one.last + 2, k).some((t) => CHANNEL_NOUNS.has(t.lower) || CALENDAR_WORD.test(t.lower) || TIME_WORDS.test(t.text))) return a;
    return withWiderSource(doc, a, [one.ss, tokens[k - 1]!.end]);
  });
}

/** Adverbs set between commas after a subject ("Analysts, however, pointed out"). */
const COMMA_ADVERBS = new Set(['however', 'meanwhile', 'though', 'too', 'instead', 'nevertheless', 'moreover', 'furthermore', 'also', 'likewise', 'similarly', 'separately', 'meantime']);
/** Connectives of two to four words set between commas ("The minister, for her part, said"; "Moscow, in turn, accused …"). */
const COMMA_PHRASES = /^(?:for\s+(?:his|her|its|their|our|my|your)\s+part|in\s+(?:turn|response|contrast|particular|addition|fact)|by\s+contrast|on\s+the\s+other\s+hand|for\s+(?:example|instance)|of\s+course|at\s+the\s+same\s+time)$/iu;
/** Adverbs set between a subject and its reporting verb ("She further added", "He also said"). */
const ASIDE_ADVERBS = new Set(['further', 'also', 'later', 'again', 'then', 'earlier', 'repeatedly', 'recently', 'previously', 'reportedly', 'allegedly', 'separately', 'additionally', 'subsequently', 'once', 'often', 'even', 'still', 'now', 'already', 'never']);


/**
 * "“I have lost everything I had,” said Mohammad Rafiq, a fruit seller whose shop was
 * demolished.": a source named after its cue whose relative clause the tagger cut short, where
 * it read the clause's verb as a cue of its own ("was demolished", decoded into nothing). The
 * source runs on to the sentence end, as PolNeAR marks such clauses (the lone "who" repair
 * above), where the rest of the sentence is that clause alone (with the predicates joined to its
 * own): no quotation, no comma, dash or conjunction that closes it or opens another, and no other
 * attribution's span.
 */
export function sourcesWithTheirRelativeClause(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1) return a;
    const [ss, se] = a.source.spans[0]!;
    if (ss < partEnd(a.cue)) return a;
    const first = lowerBound(tokens, ss);
    const last = lowerBound(tokens, se) - 1;
    // after a comma or the noun it qualifies ("a fruit seller whose shop …")
    const qualifies = (t: Token) => t.text === ',' || t.pos === 'NOUN' || t.pos === 'PROPN';
    // (a pronoun that ends the source opens the clause the tagger cut at once: "two people familiar
    // with the talks who"; so does one right after it: "a shopkeeper | whose store was destroyed")
    const rel = tokens.slice(first + 1, last + 2).find((t) => RELATIVE_OPENERS.has(t.lower) && qualifies(tokens[t.i - 1]!) && t.sentence === tokens[last]!.sentence);
    const range = rel && ranges[rel.sentence];
    if (!rel || !range) return a;
    let end = range[1];
    while (end > last && tokens[end]!.pos === 'PUNCT') end--;
    if (end <= last) return a;
    const rest: [number, number] = [tokens[last + 1]!.start, tokens[end]!.end];
    // the rest is the clause alone: no quotation, no mark that closes it (", before leaving the hall",
    // "— the largest in the state", ", and the crowd cheered"); a predicate joined to the clause's
    // own after a comma stays (", and has backed Hillary Clinton since …"), as do "and", "but"
    // without one ("in Philadelphia and Cleveland", "but has spoken against Mr. Cruz")
    const predicate = (k: number) => tokens[k]?.pos === 'CCONJ' && /^(VERB|AUX|ADV)$/u.test(tokens[k + 1]?.pos ?? '');
    for (let k = last + 1; k <= end; k++) {
      const t = tokens[k]!;
      if (isQuoteMark(t.text) || /^(?:[;:()]|[—–]|--)$/u.test(t.text)) return a;
      if (t.text === ',' && !predicate(k + 1) && !RELATIVE_OPENERS.has(tokens[k + 1]?.lower ?? '')) return a;
    }
    const restPart = { text: '', spans: [rest] };
    if (touchesContent(a, rest) || attributions.some((b) => b !== a && [b.cue, b.content, b.source].some((p) => partsOverlap(p, restPart)))) return a;
    return { ...a, source: part(doc.text, [[ss, rest[1]]]) };
  });
}

/**
 * Participles that describe a speaker after its noun ("a diplomat briefed on the talks", "a man
 * arrested in Paris", "residents displaced by the floods"), where a verb in -ed alone may be the
 * sentence's own ("Politifact seized on Trump's claim").
 */
const SPEAKER_PARTICIPLES = new Set([
  'briefed', 'involved', 'based', 'interviewed', 'polled', 'surveyed', 'questioned', 'contacted', 'reached', 'appointed', 'elected',
  'affiliated', 'associated', 'arrested', 'detained', 'injured', 'wounded', 'employed', 'stationed', 'trapped', 'displaced', 'evacuated',
  'released', 'published', 'conducted', 'commissioned',
  // a document's: "A copy of the memo seen by Reuters said", "Documents obtained by the AP show"
  'seen', 'obtained', 'reviewed', 'provided', 'leaked', 'prepared', 'compiled', 'issued', 'reported',
  // a court paper's: "A lawsuit filed on Tuesday in federal court alleges", "the indictment unsealed in Brooklyn says"
  'filed', 'lodged', 'submitted', 'unsealed',
  // a post's or a video's: "A post shared thousands of times on Facebook claims", "A video circulating on TikTok shows"
  'shared', 'posted', 'circulated', 'circulating', 'uploaded', 'filmed', 'aired', 'broadcast',
]);
/** What may stand between such a participle and its preposition: "shared thousands of times on", "posted widely on". */
const EXTENT_WORDS = /^(?:times|once|twice|widely|online|repeatedly|thousands|hundreds|millions|dozens|of|more|than|over|nearly|almost|about|\d[\d,.]*)$/u;
/** Longest such stretch (tokens). */
const MAX_EXTENT = 6;
/** Words between a participle's preposition and the source the tagger took for its object ("briefed on | the | talks"). */
const PHRASE_WORDS = /^(?:DET|ADJ|NUM)$/u;

/**
 * "A diplomat briefed on the talks said …": the tagger took the object of the participle's
 * preposition for the speaker ("talks"). A source right before its cue that ends a participle's
 * phrase after a noun is that noun phrase with the whole phrase, as "Officials involved in the
 * talks said" is read: the noun opening the sentence ("A diplomat | briefed on the talks"), or
 * opening a closing report after its content's comma ("…, figures obtained by the BBC suggest"),
 * and the noun phrase an "of" or "for" hangs it on ("A redacted copy of the memo | seen by Reuters
 * said"). So too a participle that takes its object with no preposition ("A spokeswoman for the
 * union representing | the workers called …").
 */
export function subjectsWithTheirParticiplePhrase(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  return withSourcesShared(attributions, attributions.map((a) => withParticiplePhrase(doc, a)));
}

/**
 * `repaired` (a repair's output, one for one with `before`) with every source the repair changed
 * changed alike in the attributions that shared it: the second cue of one subject ("A spokeswoman
 * for the union representing the workers called the cuts “a betrayal” and said …"), where the
 * repair, which reads the words right before a cue, saw only the first.
 */
export function withSourcesShared(before: readonly Attribution[], repaired: readonly Attribution[]): Attribution[] {
  const changed = new Map<string, Part>();
  repaired.forEach((b, k) => {
    const a = before[k]!;
    if (a.source && b.source && b !== a && spansKey(a.source) !== spansKey(b.source)) changed.set(spansKey(a.source), b.source);
  });
  if (changed.size === 0) return [...repaired];
  return repaired.map((a) => {
    const source = a.source ? changed.get(spansKey(a.source)) : undefined;
    return source && !touchesContent(a, [source.spans[0]![0], partEnd(source)]) && !partsOverlap(source, a.cue) ? { ...a, source } : a;
  });
}

function withParticiplePhrase(doc: Doc, a: Attribution): Attribution {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  if (!a.source || a.source.spans.length !== 1) return a;
  const [ss, se] = a.source.spans[0]!;
  // (or the phrase is an aside between commas: "The document, seen by Reuters, shows …")
  const gap = se <= a.cue.spans[0]![0] ? doc.text.slice(se, a.cue.spans[0]![0]).trim() : null;
  if (gap !== '' && gap !== ',') return a;
  const first = lowerBound(tokens, ss);
  const range = ranges[tokens[first]?.sentence ?? -1];
  if (!range || tokens[first]!.start !== ss) return a;
  // the source is the object of the participle's preposition: participle, preposition, determiners and modifiers, source
  // (or of the participle itself: "the union representing | the workers")
  let j = first - 1;
  // (over a name's first words the tagger left out: "the crash of a Jeju | Air jet")
  while (j > range[0] && tokens[j]!.pos === 'PROPN' && tokens[j + 1]!.pos === 'PROPN') j--;
  while (j > range[0] && PHRASE_WORDS.test(tokens[j]!.pos)) j--;
  // (a bare plural may open the sentence before a participle: "Lawyers representing | Donald Trump said")
  if (j <= range[0]) return a;
  // (or of its object's "of": "Investigators probing the crash of | a Jeju Air jet said")
  if (tokens[j]!.lower === 'of' && tokens[j - 1]!.pos === 'NOUN') {
    let m = j - 1;
    while (m > range[0] && /^(?:DET|ADJ|NOUN|NUM)$/u.test(tokens[m]!.pos)) m--;
    if (tokens[m]!.pos === 'VERB' && SPEAKER_OBJECT_PARTICIPLES.has(tokens[m]!.lower)) j = m;
  }
  if (j === range[0] + 1 && !(tokens[j]!.pos === 'VERB' && SPEAKER_OBJECT_PARTICIPLES.has(tokens[j]!.lower))) return a;
  if (!(tokens[j]!.pos === 'VERB' && SPEAKER_OBJECT_PARTICIPLES.has(tokens[j]!.lower))) {
    if (tokens[j]!.pos !== 'ADP') return a;
    j--;
    const preposition = j + 1;
    while (j > range[0] + 1 && preposition - j <= MAX_EXTENT && EXTENT_WORDS.test(tokens[j]!.lower)) j--;
    // (and the day between: "A lawsuit filed on Tuesday | in federal court …")
    if (CALENDAR_WORD.test(tokens[j]!.lower) && j - 1 > range[0]) j -= tokens[j - 1]!.lower === 'on' && j - 2 > range[0] ? 2 : 1;
    const participle = tokens[j]!;
    if (participle.pos !== 'VERB' || !SPEAKER_PARTICIPLES.has(participle.lower)) return a;
  }
  // (the tagger may have taken the aside's closing comma into the source: "Politico,")
  const aside = gap === ',' || a.source.text.endsWith(',');
  // an aside opens on its comma, an adverb between ("The memo, first reported by Politico, said")
  let opening = j - 1;
  if (aside && tokens[opening]?.pos === 'ADV') opening--;
  if (aside ? tokens[opening]?.text !== ',' || !/^(?:NOUN|PROPN)$/u.test(tokens[opening - 1]?.pos ?? '') : !/^(?:NOUN|PROPN)$/u.test(tokens[j - 1]?.pos ?? '')) return a;
  const before = aside ? opening : j;
  const np = subjectBefore(tokens, before, range[0]);
  if (!np || np[1] !== before - 1) return a;
  // "A redacted copy of the memo | seen by Reuters": the noun phrase the memo's "of" hangs on (or "for": "A spokeswoman for the union")
  while (/^(?:of|for)$/u.test(tokens[np[0] - 1]?.lower ?? '') && np[0] - 2 >= range[0]) {
    let head = npLeft(tokens, np[0] - 2, range[0]);
    if (head < 0) break;
    // a participle as the modifier: "A redacted copy", "a leaked draft"
    if (head - 2 >= range[0] && tokens[head - 1]!.pos === 'VERB' && /ed$/u.test(tokens[head - 1]!.lower) && tokens[head - 2]!.pos === 'DET') head -= 2;
    np[0] = head;
  }
  // the noun opens the sentence, or a closing report after its content's comma ("…, figures obtained by the BBC suggest")
  const closing = tokens[np[0] - 1]?.text === ',' && a.content !== null && a.content.spans.every(([, e]) => e <= tokens[np[0] - 1]!.start);
  if (np[0] !== range[0] && !closing) return a;
  // (with the comma closing the aside, as PolNeAR marks an apposition's)
  const speaker: [number, number] = [tokens[np[0]]!.start, gap === ',' ? doc.text.indexOf(',', se) + 1 : se];
  return touchesContent(a, speaker) ? a : { ...a, source: part(doc.text, [speaker]) };
}

/** Tokens a source's participle phrase may add. */
const MAX_PARTICIPLE_PHRASE = 16;

/**
 * "…, according to a memo released Friday by the agency's watchdog.": the source of "according
 * to" runs on over the participle that says where its document comes from, as PolNeAR marks it
 * (32 gold sources of train run on over "released", "conducted by", "obtained by", …; 2 stop
 * before), to the comma or the sentence end, and likewise over a clause without "that" ("documents
 * he submitted to …", where the closing reading stopped at "he"). The readings stop at the noun
 * (8 predicted sources of train). Not over a second verb or a quotation.
 */
export function documentSourcesWithParticiples(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    if (a.kind !== 'according-to' || !a.source || a.source.spans.length !== 1) return a;
    const [ss, se] = a.source.spans[0]!;
    const participle = (k: number) => {
      const t = tokens[k];
      if (!t || t.pos !== 'VERB') return false;
      // or the verb of a clause without "that" ("documents he submitted to the U.S. government")
      if (CLAUSE_SUBJECTS.has(tokens[k - 1]?.lower ?? '') && k - 2 >= 0 && tokens[k - 2]!.start >= ss) return true;
      return anyParticipleAfterNoun(tokens, k);
    };
    // the participle right after the source, or its last word (the tagger's "a large analysis published")
    let k = lowerBound(tokens, se);
    if (!participle(k) || tokens[k]!.start > se + 1) k--;
    if (k < 0 || !participle(k) || tokens[k]!.start < ss) return a;
    const t = tokens[k]!;
    const range = ranges[t.sentence];
    if (!range) return a;
    let end = k;
    for (let j = k + 1; j <= range[1] && j - k <= MAX_PARTICIPLE_PHRASE; j++) {
      const w = tokens[j]!;
      if (w.text === ',' || /^[.!?;:]$/u.test(w.text)) break;
      if (w.pos === 'VERB' || w.pos === 'AUX' || isQuoteMark(w.text)) return a;
      end = j;
    }
    // the phrase ends where the sentence, or its clause, does
    const next = tokens[end + 1];
    if (next && !/^[,.!?;:]$/u.test(next.text)) return a;
    const widened: [number, number] = [ss, tokens[end]!.end];
    return withWiderSource(doc, a, widened);
  });
}

/** A time that is no speaker: "on Wednesday", "late Monday", "today", "last week". */
const TIME_ONLY = new RegExp(`^${DAY_PHRASE}$`, 'u');

/**
 * "Sen. Chuck Grassley (R-Iowa) on Wednesday downplayed …": the tagger sometimes takes the time
 * between the subject and the cue for the source (9 predicted sources of train and dev). A day
 * is no speaker: the source becomes the subject before it, with its apposition or brackets; or,
 * after a document's participle, the document with its participle and the day ("Figures released
 * on Tuesday showed …", "A CNN/ORC poll of South Carolina released on Tuesday showed …").
 */
export function speakersBeforeTimes(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1 || !TIME_ONLY.test(a.source.text)) return a;
    const [ss, se] = a.source.spans[0]!;
    // the time stands right before the cue
    if (doc.text.slice(se, a.cue.spans[0]![0]).trim() !== '') return a;
    const si = indexContaining(sentences, ss);
    const range = ranges[si];
    if (!range) return a;
    // the time phrase's first token ("on Wednesday", "late Monday")
    let first = lowerBound(tokens, ss);
    while (first > range[0] && /^(on|late|early|last)$/u.test(tokens[first - 1]!.lower)) first--;
    // a document's participle before the time ("Figures released on Tuesday showed …"): the time
    // is the source's, as PolNeAR ends a source on a day after such a participle (a verb in -ed
    // after a noun, or after a capitalised one wink reads as a name at a sentence's start: with
    // the cue after the time, it is no verb of its own)
    const participle = first > range[0] ? tokens[first - 1] : undefined;
    if (participle && participle.pos === 'VERB' && /ed$/u.test(participle.lower) && /^(NOUN|PROPN)$/u.test(tokens[first - 2]?.pos ?? '')) {
      const noun = subjectBefore(tokens, first - 1, range[0]);
      if (!noun || noun[1] !== first - 2) return a;
      const phrase: [number, number] = [tokens[noun[0]]!.start, se];
      return touchesContent(a, phrase) ? a : { ...a, source: part(doc.text, [phrase]) };
    }
    const np = subjectBefore(tokens, first, range[0]);
    // right before the time, or before the comma closing its apposition
    if (!np || (np[1] !== first - 1 && !(tokens[np[1] + 1]?.text === ',' && np[1] + 2 === first))) return a;
    // with the comma closing its apposition, as PolNeAR marks it ("Speaker Paul D. Ryan, the nation's highest-ranking Republican,")
    const end = np[1] !== first - 1 ? np[1] + 1 : np[1];
    const subject: [number, number] = [tokens[np[0]]!.start, tokens[end]!.end];
    if (touchesContent(a, subject)) return a;
    return { ...a, source: part(doc.text, [subject]) };
  });
}

const TIME_AT_END = new RegExp(`(?:,\\s+(?:on\\s+)?(?:${WEEKDAYS}|yesterday|today),?|\\s+${DAY_PHRASE})$`, 'u');
const TIME_AT_START = new RegExp(`^${DAY_PHRASE},\\s+`, 'iu');
/** Names that end on a day: a bare weekday after a capitalised word ("Super Tuesday", "Fox News Sunday"), Sunday papers. */
const DAY_IN_NAME = /(?:\p{Lu}[\p{L}.]*\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|\b(?:Mail|Independent|Scotland)\s+on\s+Sunday)$/u;

/**
 * "China on Monday accused the United States of …": the day the tagger ran into the source is
 * when it spoke, not who. PolNeAR's gold ends a source on a day only after a document's
 * participle ("a poll released Monday") or inside a clause ("who wrote to her on Thursday"),
 * never right after a name or a noun. The source ends before the day.
 */
export function speakersWithoutTheirDay(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1) return a;
    // "Last week, John Smith said …": the sentence's opening day, ran into at the start of a text
    const opening = TIME_AT_START.exec(a.source.text);
    if (opening && opening[0].length < a.source.text.length) return { ...a, source: part(doc.text, [[a.source.spans[0]![0] + opening[0].length, a.source.spans[0]![1]]]) };
    const m = TIME_AT_END.exec(a.source.text);
    if (!m || DAY_IN_NAME.test(a.source.text)) return a;
    const [ss] = a.source.spans[0]!;
    const end = ss + m.index;
    // (an apposition's closing comma before the day stays the source's, as PolNeAR marks it: "the bureau's director, James B. Comey, | on Monday")
    const kept = m[0].startsWith(',') && /,[^,]+$/u.test(a.source.text.slice(0, m.index)) ? end + 1 : end;
    const inside = tokens.slice(lowerBound(tokens, ss), lowerBound(tokens, end));
    const last = inside[inside.length - 1];
    // (not a participle wink tagged a noun: "voters in all five states voting Tuesday")
    if (!last || last.end !== end || !(last.pos === 'NOUN' || last.pos === 'PROPN' || last.text === ')' || /^\p{Lu}/u.test(last.text)) || /^\p{Ll}.*(?:ing|ed)$/u.test(last.text)) return a;
    // (a capitalised word wink tagged a verb is a name's: "Gov. Josh Shapiro")
    if (inside.some((t) => ((t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text)) || RELATIVE_PRONOUNS.has(t.lower) || t.lower === 'that')) return a;
    return { ...a, source: part(doc.text, [[ss, kept]]) };
  });
}

/** A time adverb that a day follows: "late | on Tuesday", "early | Monday". */
const TIME_ADVERB_END = /\s+(?:late|early|earlier|later)$/u;
const DAY_AFTER = new RegExp(`^\\s+${DAY_PHRASE_CORE}\\b`, 'u');

/**
 * "According to a statement released by the ministry late | on Tuesday": a source the tagger
 * ended on the adverb of the day after it. After a document's participle the day is the
 * source's, as PolNeAR marks it ("a poll released Monday"), so the source takes it in; else the
 * adverb goes with the day it modifies.
 */
export function sourcesWithoutHalfTheirDay(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1) return a;
    const [ss, se] = a.source.spans[0]!;
    const adverb = TIME_ADVERB_END.exec(a.source.text);
    if (!adverb) return a;
    const day = DAY_AFTER.exec(doc.text.slice(se, se + 40));
    if (!day) return a;
    const inside = tokens.slice(lowerBound(tokens, ss), lowerBound(tokens, se));
    const participle = inside.some((t) => t.pos === 'VERB' && /^\p{Ll}+ed$/u.test(t.text));
    const widened: [number, number] = participle ? [ss, se + day[0].length] : [ss, ss + adverb.index];
    return touchesContent(a, widened) ? a : { ...a, source: part(doc.text, [widened]) };
  });
}

/**
 * "A White House official, | speaking on condition of anonymity …, said": a source whose only
 * comma is its last, the aside after it left out, ends before it. PolNeAR keeps a source's
 * closing comma only with the apposition or clause it closes ("Speaker Paul D. Ryan, the
 * nation's highest-ranking Republican,") or after a party label ("Sen. Jack Reed (D-R.I.),"):
 * of train's 97 such predicted sources, 49 are gold without the comma and none with it.
 */
/**
 * "At the Venice Film Festival, director Yorgos Lanthimos said": a source that runs back over the
 * object of the preposition opening its sentence, up to that phrase's comma, is what follows the
 * comma (the phrase has no verb; the noun phrase after the comma is left).
 */
export function sourcesAfterTheirOpeningPhrase(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const src = a.source;
    if (!src || src.spans.length !== 1) return a;
    const [ss, se] = src.spans[0]!;
    const k = lowerBound(tokens, ss);
    const opener = tokens[k - 1];
    const range = doc.sentenceTokens?.[tokens[k]?.sentence ?? -1];
    if (!opener || !range || k - 1 !== range[0] || opener.pos !== 'ADP') return a;
    const comma = doc.text.indexOf(',', ss);
    if (comma < 0 || comma >= se) return a;
    const c = lowerBound(tokens, comma);
    if (tokens.slice(k, c).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return a;
    const np = npRight(tokens, c + 1, lowerBound(tokens, se) - 1, 12, true);
    if (!np || tokens[np[1]]!.end !== se) return a;
    const trimmed = trimRange(doc.text, tokens[c + 1]!.start, se);
    // (not a place's state after its comma: "In U.S. District Court in Alexandria, | Va.")
    if (trimmed[1] <= trimmed[0] || /^\p{Lu}\p{Ll}{0,3}\.$/u.test(doc.text.slice(trimmed[0], trimmed[1]))) return a;
    return { ...a, source: part(doc.text, [trimmed]) };
  });
}

export function sourcesWithoutTheirLastComma(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  return attributions.map((a) => {
    const src = a.source;
    if (!src || !/[^)],$/u.test(src.text) || src.text.indexOf(',') !== src.text.length - 1) return a;
    const spans = src.spans.map(([s, e]) => [s, e] as [number, number]);
    const last = spans[spans.length - 1]!;
    last[1] = doc.text.lastIndexOf(',', last[1]);
    const trimmed = trimRange(doc.text, last[0], last[1]);
    if (trimmed[1] <= trimmed[0]) return a;
    spans[spans.length - 1] = trimmed;
    return { ...a, source: part(doc.text, spans) };
  });
}

/**
 * "Fiorina, 61, | declined", "Senator Jeff Sessions, a close advisor to Trump, | told AFP": a source
 * that holds an apposition (no verb after its comma) and stops before the comma closing it, right
 * before its cue, takes that comma, as PolNeAR's gold marks 997 of train's 1,113 sources with an
 * inner comma and one right after them.
 */
export function sourcesWithTheirClosingComma(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  return attributions.map((a) => {
    const src = a.source;
    if (!src || src.text.endsWith(',') || !src.text.includes(',')) return a;
    const end = partEnd(src);
    const cueStart = a.cue.spans[0]![0];
    if (cueStart < end || !/^,\s+$/u.test(doc.text.slice(end, cueStart))) return a;
    // (an apposition, with no verb: a relative clause's or a participle's comma PolNeAR keeps about half the time)
    const tokens = doc.tokens ?? [];
    const comma = src.spans[0]![0] + src.text.indexOf(',');
    if (itemsWithin(tokens, comma, end).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || RELATIVE_OPENERS.has(t.lower))) return a;
    const spans = src.spans.map(([s, e]) => [s, e] as [number, number]);
    spans[spans.length - 1]![1] = end + 1;
    return { ...a, source: part(doc.text, spans) };
  });
}

/** The parts of speech of a preposition's noun phrase ("in | the Russian capital", "at | Goldman Sachs's London office"). */
const PP_NOUN_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** Whether tokens [k, end) are a preposition and its noun phrase, at least one word ("in | Baku"). */
function phraseRunsTo(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]?.pos !== 'ADP' || k + 1 >= end) return false;
  for (let j = k + 1; j < end; j++) if (!PP_NOUN_PHRASE_POS.has(tokens[j]!.pos)) return false;
  return true;
}

/** Words that open a participle's phrase between a subject and its verb ("…, while addressing the weekly press briefing, said …"). */
const PARTICIPLE_SUBORDINATORS = new Set(['while', 'when', 'after', 'before', 'upon']);

/**
 * "A senior official, who spoke on condition of anonymity because he was not authorised to
 * speak, said …": the cue is the sentence's own verb, after the comma that closes the clause,
 * but the tagger took a source inside the clause ("who", "he", "who attended the rally"; 17
 * predicted sources of train), or one that stops inside it ("Senate Democratic leader Chuck
 * Schumer, who"). The speaker is the noun phrase the pronoun stands for, with its
 * clause and closing comma, as PolNeAR marks 113 of the 205 such gold sources of train (the
 * phrase alone: 92). Likewise "Trump, speaking to a veterans group in Virginia, said …" (13
 * predicted sources of train inside such a participle's phrase, 3 of dev): the speaker is the
 * noun phrase before it, alone, as in 33 of train's 63 gold sources and 6 of dev's 10 (and after
 * "while addressing …", which Pakistani and Indian papers favour); and
 * "Several fact checkers, including The Washington Post, have pointed out …": the phrase with
 * its list. A source the tagger stopped before a prepositional phrase that runs on to the clause
 * ("Officials | in Baku, speaking on condition of anonymity, said") takes the phrase in.
 */
export function speakersBeforeRelativeClauses(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const participleAt = (k: number) => tokens[k]?.pos === 'VERB' && /^\p{Ll}+ing$/u.test(tokens[k]!.text);
  return attributions.map((a) => {
    // a participle ("…, who had fled, saying …") reports for the sentence's subject, which may lie further back
    if (!a.source || a.source.spans[0]![0] > a.cue.spans[0]![0] || /ing$/u.test(a.cue.text)) return a;
    const cue = lowerBound(tokens, a.cue.spans[0]![0]);
    const comma = cue - 1;
    const range = ranges[tokens[cue]?.sentence ?? -1];
    if (!range || tokens[comma]?.text !== ',') return a;
    // the word opening the clause, after a comma, with no comma or quotation mark inside the clause:
    // a relative pronoun, "whose" after a comma ("Noda, whose party nearly doubled its seats, said";
    // not a second clause's: "who lost … and whose views …"), "including", or a participle
    // ("speaking", "appearing"; "while addressing")
    const opens = (k: number) =>
      RELATIVE_PRONOUNS.has(tokens[k]!.lower) ||
      (tokens[k - 1]?.text === ',' && (tokens[k]!.lower === 'whose' || participleAt(k) || (PARTICIPLE_SUBORDINATORS.has(tokens[k]!.lower) && participleAt(k + 1))));
    let rel = comma - 1;
    while (rel > range[0] && comma - rel <= MAX_CLAUSE && !opens(rel) && !/^[,;:]$/u.test(tokens[rel]!.text) && !isQuoteMark(tokens[rel]!.text)) rel--;
    if (!opens(rel) || tokens[rel - 1]?.text !== ',' || rel + 1 >= comma) return a;
    const participle = !RELATIVE_OPENERS.has(tokens[rel]!.lower) && tokens[rel]!.lower !== 'including';
    // the tagger's source stops inside the clause, after its pronoun ("Senate Democratic leader Chuck
    // Schumer, who"): it runs on to the comma that closes the clause
    const [ss, se] = [a.source.spans[0]![0], partEnd(a.source)];
    // (a participle's phrase, "Smith, while addressing …", stays out, the source ending before its comma);
    // or it stops before a prepositional phrase that runs on to the clause ("Officials | in Baku,
    // speaking on condition of anonymity, said"): the source is the whole phrase before the clause
    // (a participle's phrase the source runs on to its comma, too: "The governor, while addressing journalists
    // at the Government House, | assured")
    const inClause = ss < tokens[rel]!.start && se >= tokens[rel]!.end && (se < tokens[comma]!.start || (participle && se === tokens[comma]!.start));
    if (inClause || (ss < se && se <= tokens[rel - 1]!.start && phraseRunsTo(tokens, lowerBound(tokens, se), rel - 1))) {
      const speaker: [number, number] = [ss, participle ? tokens[rel - 2]!.end : tokens[comma]!.end];
      return touchesContent(a, speaker) ? a : { ...a, source: part(doc.text, [speaker]) };
    }
    if (se <= tokens[rel - 1]!.start && ss < se) return a;
    // or lies inside it
    if (ss < tokens[rel]!.start || se > tokens[comma]!.end) return a;
    const np = antecedentOf(tokens, rel, range[0]);
    if (!np) return a;
    // "Two people familiar with the matter, who …": a sentence that opens with one noun phrase up to
    // the clause has it for its subject (not "On Tuesday the official", "But the official", "Yesterday the minister")
    const opening = npRight(tokens, range[0], rel - 2, 20);
    const onePhrase = !!opening && opening[0] === range[0] && opening[1] === rel - 2;
    const newPhrase = (j: number) => tokens[j]!.pos === 'DET' && tokens[j - 1]!.pos !== 'ADP' && !/^['’]s$/u.test(tokens[j - 1]!.lower);
    const first = onePhrase && !tokens.slice(range[0] + 1, rel - 1).some((_, j) => newPhrase(range[0] + 1 + j)) ? range[0] : np[0];
    const speaker: [number, number] = [tokens[first]!.start, participle ? tokens[np[1]]!.end : tokens[comma]!.end];
    if (touchesContent(a, speaker)) return a;
    return { ...a, source: part(doc.text, [speaker]) };
  });
}

/**
 * "In an interview with the Financial Times, Oliver Zipse, head of BMW, argued …": the tagger's
 * source began inside the phrase that opens the sentence (a preposition's or a participle's: "In
 * …", "Alarmed by …", "Led by …") and ran on over its comma into the subject. The speaker is the
 * subject, after that comma (predicted sources of train: "the unrest in Nevada, Senator Harry Reid,
 * the minority leader," → "Senator Harry Reid, the minority leader,"; 4 of train and 1 of dev
 * set right, none made wrong).
 */
export function speakersAfterOpeningPhrases(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1 || a.source.spans[0]![0] > a.cue.spans[0]![0]) return a;
    // "As the LinkedIn chief executive, Jeff Weiner, put it, …": the opening clause is the report's own
    if (/^put it$/iu.test(a.cue.text)) return a;
    const [ss, se] = a.source.spans[0]!;
    const from = lowerBound(tokens, ss);
    const range = ranges[tokens[from]?.sentence ?? -1];
    // (or on the phrase's preposition itself, a short phrase of place or time: "Outside court, | one
    // of the victims said …", "After the verdict, | the family said …")
    if (range && from === range[0]) return subjectAfterOpeningPlace(doc, a, from, se);
    // the source starts inside the phrase, after a preposition of it ("with", "by"); right after the
    // opening word only as a role before a name ("As a summer associate at a law firm, Loretta E.
    // Lynch …"), for there it may be the subject of the opening clause ("As Akhil Amar, professor
    // of law at Yale, put it")
    if (!range || from <= range[0] || tokens[from - 1]!.pos !== 'ADP') return a;
    const roleFirst = from === range[0] + 1;
    if (roleFirst && tokens[from]!.pos !== 'DET') return a;
    // the sentence opens on a preposition or a participle
    const opener = tokens[range[0]]!;
    if (!(opener.pos === 'ADP' || (opener.pos === 'VERB' && /(?:ing|ed)$/u.test(opener.lower)))) return a;
    // (a comma only before a participle's aside inside the phrase: "In his resignation letter, seen by | the BBC, the minister wrote")
    const aside = (k: number) => tokens[k + 1]?.pos === 'VERB' && (/ed$/u.test(tokens[k + 1]!.lower) || PARTICIPLES_NOT_IN_ED.has(tokens[k + 1]!.lower));
    for (let k = range[0] + 1; k < from; k++) if ((tokens[k]!.text === ',' && !aside(k)) || tokens[k]!.pos === 'AUX' || isQuoteMark(tokens[k]!.text)) return a;
    // the phrase's comma inside the source, with no verb before it
    let comma = from;
    while (comma < tokens.length && tokens[comma]!.end <= se && tokens[comma]!.text !== ',') {
      if (tokens[comma]!.pos === 'AUX' || (tokens[comma]!.pos === 'VERB' && !/(?:ing|ed)$/u.test(tokens[comma]!.lower))) return a;
      comma++;
    }
    const subject = tokens[comma + 1];
    // or the source ends before the phrase's comma, and the subject stands alone between that comma
    // and the cue ("In a statement released by [his office], | the senator said")
    if (tokens[comma]?.text === ',' && tokens[comma]!.start >= se && !roleFirst) {
      const cue = lowerBound(tokens, a.cue.spans[0]![0]);
      const np = npRight(tokens, comma + 1, cue - 1, 8);
      return np && np[0] === comma + 1 && np[1] === cue - 1 && speakerLike(tokens, np) ? { ...a, source: part(doc.text, [[tokens[np[0]]!.start, tokens[np[1]]!.end]]) } : a;
    }
    if (tokens[comma]?.text !== ',' || !subject || subject.end > se || !/^(DET|PROPN|NOUN|PRON|ADJ|NUM)$/u.test(subject.pos)) return a;
    if (roleFirst && subject.pos !== 'PROPN') return a;
    // not the second name of a place ("the court in Alexandria, Va.")
    if (subject.end === se && tokens[comma - 1]!.pos === 'PROPN') return a;
    return { ...a, source: part(doc.text, [[subject.start, se]]) };
  });
}

/** Prepositions of place and time that open a sentence before its subject ("Outside court, …"; wink tags "Outside" an adjective there). */
const OPENING_PLACES = new Set(['outside', 'inside', 'after', 'before', 'during', 'in', 'at', 'on', 'from', 'following', 'later']);
/** Words of such a phrase before its comma. */
const MAX_OPENING_PLACE = 5;

function subjectAfterOpeningPlace(doc: Doc, a: Attribution, from: number, se: number): Attribution {
  const tokens = doc.tokens ?? [];
  if (!OPENING_PLACES.has(tokens[from]!.lower)) return a;
  let comma = from + 1;
  while (comma - from <= MAX_OPENING_PLACE && tokens[comma] && tokens[comma]!.text !== ',' && /^(?:DET|ADJ|NOUN|PROPN|NUM|PRON)$/u.test(tokens[comma]!.pos)) comma++;
  const subject = tokens[comma + 1];
  if (tokens[comma]?.text !== ',' || comma === from + 1 || !subject || subject.end > se) return a;
  // (the tagger's source goes on to a noun, a name or a pronoun: "one of the victims")
  const rest = tokens.slice(comma + 1, lowerBound(tokens, se));
  return rest.some((t) => /^(?:NOUN|PROPN|PRON)$/u.test(t.pos)) ? { ...a, source: part(doc.text, [[subject.start, se]]) } : a;
}

/**
 * "According to the researchers, who published their findings in BMC Ecology and Evolution, the
 * spider was first collected in the 1980s.": the reading of "according to" stopped the source at
 * the name and took the relative clause about it for the start of what was said. The clause is the
 * source's, with its comma (as PolNeAR marks 113 of train's 205 sources before such a clause), and
 * what was said starts after it. Where the clause runs to the sentence end ("…, according to
 * Politico, who has been outspoken …"), what was said is the sentence before the cue.
 */
export function accordingSourcesWithTheirClause(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const text = doc.text;
  return attributions.map((a) => {
    if (a.kind !== 'according-to' || !a.source || a.source.spans.length !== 1 || a.content.spans.length !== 1) return a;
    const [ss, se] = a.source.spans[0]!;
    const [cs, ce] = a.content.spans[0]!;
    if (cs < se || !/^,\s*$/u.test(text.slice(se, cs))) return a;
    const rel = lowerBound(tokens, cs);
    const range = ranges[tokens[rel]?.sentence ?? -1];
    if (!range || !RELATIVE_PRONOUNS.has(tokens[rel]!.lower)) return a;
    const comma = clauseStop(tokens, rel + 1, range[1]);
    const closing = tokens[comma];
    if (closing?.text === ',' && closing.end < ce) {
      // the clause closes on a comma and what was said follows
      const rest = lowerBound(tokens, closing.end);
      if (rest > range[1] || !tokens[rest] || tokens[rest]!.start >= ce) return a;
      return { ...a, source: part(text, [[ss, closing.end]]), content: part(text, [[tokens[rest]!.start, ce]]) };
    }
    // the clause ends the sentence: what was said is the sentence before ", according to"
    const cue = lowerBound(tokens, a.cue.spans[0]![0]);
    if (comma < 0 || !/^[.!?]$/u.test(closing!.text)) return a;
    if (cue - 1 <= range[0] || tokens[cue - 1]!.text !== ',') return a;
    const [s0, e0] = [tokens[range[0]]!.start, tokens[cue - 2]!.end];
    if (e0 - s0 < 3) return a;
    return { ...a, source: part(text, [[ss, ce]]), content: part(text, [[s0, e0]]) };
  });
}

/**
 * "According to the Kiel Institute for the World Economy, Germany is Ukraine's second-largest
 * donor.": the tagger ran the source over the comma into the subject of what was said, and
 * started the content after the subject's verb. A source whose last phrase after a comma is
 * followed by a verb gives that phrase, with its verb, back to the content.
 */
export function accordingSourcesWithoutTheirSubject(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    if (a.kind !== 'according-to' || !a.source || a.source.spans.length !== 1 || a.content.spans.length !== 1) return a;
    const [ss, se] = a.source.spans[0]!;
    const [cs, ce] = a.content.spans[0]!;
    if (ss < partEnd(a.cue) || cs < se) return a;
    const first = lowerBound(tokens, ss);
    const after = lowerBound(tokens, se);
    const verb = tokens[after];
    if (!verb || !/^(?:AUX|VERB)$/u.test(verb.pos) || /ing$/u.test(verb.lower) || verb.start > cs) return a;
    let comma = after - 1;
    while (comma > first && tokens[comma]!.text !== ',') comma--;
    if (comma <= first) return a;
    return { ...a, source: part(doc.text, [[ss, tokens[comma - 1]!.end]]), content: part(doc.text, [[tokens[comma + 1]!.start, ce]]) };
  });
}

/** A finite verb by its word: a verb or auxiliary in lower case, not in "-ing". */
const finiteWord = (t: Token | undefined): boolean => !!t && (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text) && !/ing$/u.test(t.lower);

/**
 * "According to the report the pilots tried for more than an hour to control the aircraft …, 38 of
 * the 67 people on board lost their lives.": with no comma after the source, the tagger ran it on
 * into the clause of what was said, up to the first comma. A source after "according to" in which a
 * second noun phrase follows the first's noun, with a finite verb after it, ends before that
 * phrase (the verb's subject), and the content starts there.
 */
export function accordingSourcesBeforeTheirClause(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const source = accordingSourceAfterCue(a);
    if (!source || a.content.spans.length !== 1) return a;
    const [ss, se] = source;
    const [cs, ce] = a.content.spans[0]!;
    if (cs < se) return a;
    const first = lowerBound(tokens, ss);
    const last = lowerBound(tokens, se) - 1;
    // a second noun phrase right after the source's noun, then its verb: "the report | the pilots tried"
    // (wink tags a past right after a noun as a participle, so the verb is read by its place)
    let subject: [number, number] | null = null;
    for (let d = first + 1; d < last && !subject; d++) {
      // (a subject's pronoun, not a relative one: "a researcher at Stanford | who was not involved")
      if (!/^(?:DET|PRON)$/u.test(tokens[d]!.pos) || !/^(?:NOUN|PROPN)$/u.test(tokens[d - 1]!.pos) || RELATIVE_OPENERS.has(tokens[d]!.lower) || tokens[d]!.lower === 'that') continue;
      if (tokens[d]!.pos === 'PRON' && !CLAUSE_SUBJECTS.has(tokens[d]!.lower)) continue;
      const np = tokens[d]!.pos === 'PRON' ? ([d, d] as [number, number]) : npRight(tokens, d, last - 1, 8);
      if (!np || !finiteWord(tokens[np[1] + 1])) continue;
      // (not a relative clause without its "that", whose verb lacks its object: "the report | the company
      // released on Tuesday", "data | the ministry published on Monday"; a clause goes on to a verb or an object)
      const rest = tokens.slice(np[1] + 2, last + 1);
      if (rest.length === 0 || (rest[0]!.pos === 'ADP' && !rest.some((t) => /^(?:VERB|AUX|PART)$/u.test(t.pos)))) continue;
      subject = np;
    }
    if (!subject) return a;
    return { ...a, source: part(doc.text, [[ss, tokens[subject[0] - 1]!.end]]), content: part(doc.text, [[tokens[subject[0]]!.start, ce]]) };
  });
}

/** Words that say when: a description or a phrase holding one is no speaker's ("Last night, Jane Smith, …", "a survey by Halifax in January"). */
const TIME_WORDS = new RegExp(`\\b(?:${TIME_WORD}|(?:19|20)\\d{2})\\b`, 'iu');

/**
 * Prepositions whose phrase is a source noun's: after an "according to" source ("a poll by
 * Harvard", "figures from returning officers"), inside a subject's phrase ("Delegates at the
 * summit in | Baku agreed"), before an adverb's commas ("Officials in Baku, however, said").
 */
const SOURCE_PREPOSITIONS = new Set(['by', 'from', 'of', 'with', 'in', 'at', 'for']);
/** Longest phrase a source takes after its noun (tokens). */
const MAX_PHRASE = 12;

/** An "according to" report's source in one span after its cue ("according to | the ONS"), else null. */
function accordingSourceAfterCue(a: Attribution): readonly [number, number] | null {
  if (a.kind !== 'according-to' || !a.source || a.source.spans.length !== 1) return null;
  const span = a.source.spans[0]!;
  return span[0] < partEnd(a.cue) ? null : span;
}

/**
 * "…, according to early figures from returning officers.": the reading stopped the source at
 * its noun, before the phrase that closes the sentence. The phrase is the source's, as PolNeAR
 * marks 63 of the 66 such gold sources of train; not a phrase that says when ("at the time",
 * "by Halifax in January", "last month") or how ("by far").
 */
export function accordingSourcesWithTheirPhrase(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    const source = accordingSourceAfterCue(a);
    if (!source) return a;
    const [ss, se] = source;
    const k = lowerBound(tokens, se);
    const range = ranges[tokens[k]?.sentence ?? -1];
    if (!range || tokens[k]!.start === se || !SOURCE_PREPOSITIONS.has(tokens[k]!.lower) || tokens[k - 1]!.pos === 'PUNCT') return a;
    // the phrase runs to the sentence end: nouns and their modifiers, no verb, comma or quotation
    let end = range[1];
    while (end > k && tokens[end]!.pos === 'PUNCT' && !isQuoteMark(tokens[end]!.text)) end--;
    if (end <= k || end - k > MAX_PHRASE) return a;
    const phrase = tokens.slice(k + 1, end + 1);
    // (a participle before its noun modifies it: "figures from returning officers")
    const modifier = (t: Token, j: number) => /^\p{Ll}+(?:ing|ed)$/u.test(t.text) && phrase[j + 1]?.pos === 'NOUN';
    if (phrase.some((t, j) => (/^(?:VERB|AUX)$/u.test(t.pos) && !modifier(t, j)) || (t.pos === 'PUNCT' && !/^[.'’-]$/u.test(t.text))) || !phrase.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN')) return a;
    const widened: [number, number] = [ss, tokens[end]!.end];
    if (/^by far$/iu.test(doc.text.slice(tokens[k]!.start, widened[1])) || TIME_WORDS.test(doc.text.slice(tokens[k]!.start, widened[1]))) return a;
    return touchesContent(a, widened) ? a : { ...a, source: part(doc.text, [widened]) };
  });
}

/**
 * Participles of what an event brought about, after the comma that closes an "according to"
 * phrase ("…, according to projections by NHK, | dealing a heavy blow to …", "…, according to
 * the ONS, | marking the third monthly rise"): the sentence's consequence, not the source's.
 */
const CONSEQUENCE_PARTICIPLES = new Set([
  'dealing', 'giving', 'handing', 'leaving', 'marking', 'making', 'putting', 'raising', 'sending', 'bringing', 'setting',
  'ending', 'pushing', 'extending', 'paving', 'capping', 'boosting', 'lifting', 'dragging', 'taking', 'adding', 'piling',
]);

/**
 * "Japan's ruling party lost its majority, according to projections by public broadcaster NHK,
 * dealing a heavy blow to Prime Minister Shigeru Ishiba.": the tagger ran the source after
 * "according to" over the comma into the consequence's participle. The source ends at the comma.
 */
export function accordingSourcesBeforeConsequences(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const source = accordingSourceAfterCue(a);
    if (!source) return a;
    const [ss, se] = source;
    const first = lowerBound(tokens, ss);
    const last = lowerBound(tokens, se) - 1;
    for (let k = first + 1; k < last; k++) {
      if (tokens[k]!.text !== ',' || !CONSEQUENCE_PARTICIPLES.has(tokens[k + 1]!.text)) continue;
      return { ...a, source: part(doc.text, [[ss, tokens[k - 1]!.end]]) };
    }
    return a;
  });
}

/**
 * "The state-run Global Times, citing unnamed experts, said …": wink splits a hyphenated
 * modifier into three tokens and tags its parts as it may ("run" a verb, "to" a preposition),
 * so a reading's source can stop before the modifier ("Global Times") or inside it ("The
 * state-"). The source takes the modifier and what stands before it up to its determiner
 * ("The state-run Global Times", "a Pakistan-based group"), and a source that stops inside one
 * runs on over the nouns it modifies. Not into the cue or the content.
 */
export function sourcesWithTheirCompounds(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const sentences = doc.sentences ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    if (!one) return a;
    const { ss, first, last } = one;
    const range = ranges[indexContaining(sentences, ss)];
    if (!range || tokens[first]?.start !== ss || last < first) return a;
    const [floor, ceil] = range;
    // leftwards: over compounds, adjectives and numbers, to a determiner; a modifier goes with a
    // noun phrase, not with a pronoun ("African-Americans who see …")
    let k = first;
    let compound = false;
    for (const nounPhrase = /^(?:NOUN|PROPN|ADJ|NUM|PUNCT)$/u.test(tokens[first]!.pos); nounPhrase; ) {
      if (k - 2 >= floor && hyphenated(tokens, k)) {
        k -= 2;
        compound = true;
        continue;
      }
      const t = tokens[k - 1];
      if (!t || k - 1 < floor || t.end === tokens[k]!.start) break;
      if (k - 3 >= floor && hyphenated(tokens, k - 1)) k--;
      else if (t.pos === 'ADJ' || t.pos === 'NUM') k--;
      else {
        if (t.pos === 'DET' && compound) k--;
        break;
      }
    }
    const start = compound ? k : first;
    // rightwards: a source ending inside a compound takes the rest of it and the nouns after it
    let j = last;
    const cut = tokens[j]!.text === '-' ? tokens[j + 1]?.start === tokens[j]!.end : tokens[j + 1]?.text === '-' && tokens[j + 1]!.start === tokens[j]!.end && tokens[j + 2]?.start === tokens[j + 1]!.end;
    if (cut && j + 2 <= ceil) {
      if (tokens[j]!.text === '-') j++;
      while (j + 2 <= ceil && hyphenated(tokens, j + 2)) j += 2;
      while (j + 1 <= ceil && (tokens[j + 1]!.pos === 'NOUN' || tokens[j + 1]!.pos === 'PROPN')) j++;
    }
    if (start === first && j === last) return a;
    const widened: [number, number] = [tokens[start]!.start, tokens[j]!.end];
    return withWiderSource(doc, a, widened);
  });
}

/** A noun at least this often a cue in train is one of saying ("assertion", "statement", "assumption"). */
const NOUN_OF_SAYING_P = 0.2;

/**
 * "His manager was more upbeat, pointing to …": the tagger may stop a source on the possessive
 * that opens it ("His"). A source that is a possessive alone takes the noun phrase after it
 * ("His manager", "their lawyers", "Her long-time spokesman"), up to the cue.
 */
export function sourcesWithTheirNoun(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    if (!one || one.first !== one.last || !POSSESSIVES.has(tokens[one.first]!.lower)) return a;
    const cue = lowerBound(tokens, a.cue.spans[0]![0]);
    let j = one.first;
    while (j + 1 < cue && (/^(?:ADJ|NOUN|PROPN)$/u.test(tokens[j + 1]!.pos) || hyphenated(tokens, j + 2))) j += hyphenated(tokens, j + 2) ? 2 : 1;
    // (a noun's phrase, its head a noun, not "his own"; nor a noun of what was said, whose
    // speaker the possessive is: "His | assumption, confidently stated on live TV, was that …")
    if (j === one.first || !/^(?:NOUN|PROPN)$/u.test(tokens[j]!.pos) || (NOUN_CUE_P.get(tokens[j]!.lemma) ?? 0) >= NOUN_OF_SAYING_P) return a;
    return withWiderSource(doc, a, [one.ss, tokens[j]!.end]);
  });
}

/**
 * "…, but opposition MPs said they would vote against them": after a conjunction or a comma the
 * tagger may leave out the noun that modifies the source's noun ("opposition | MPs", "health |
 * officials"). The source takes the nouns in lower case right before it, back to a conjunction, a
 * comma or semicolon, or the sentence's start.
 */
export function sourcesWithTheirNounModifiers(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    if (!one || one.ss > a.cue.spans[0]![0] || !/^(?:NOUN|PROPN)$/u.test(tokens[one.first]!.pos)) return a;
    const range = ranges[tokens[one.first]!.sentence];
    if (!range) return a;
    let k = one.first;
    while (k - 1 >= range[0] && one.first - k < 3 && tokens[k - 1]!.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[k - 1]!.text)) k--;
    if (k === one.first) return a;
    const before = tokens[k - 1];
    if (k > range[0] && !(before!.pos === 'CCONJ' || /^[,;]$/u.test(before!.text))) return a;
    return withWiderSource(doc, a, [tokens[k]!.start, one.se]);
  });
}

/** Words that count the members of what follows their "of": "one of", "some 20 percent of", "thousands of". */
const PARTITIVES = new Set([
  'one', 'two', 'three', 'some', 'many', 'most', 'all', 'any', 'none', 'each', 'several', 'few', 'half', 'third', 'quarter', 'majority', 'minority',
  'percent', 'dozens', 'hundreds', 'thousands', 'millions', 'numbers', 'number', 'rest',
]);
/** Longest subject phrase before the tagger's source (tokens). */
const MAX_SUBJECT_PHRASE = 14;

/**
 * "Delegates at the climate summit in | Baku agreed …", "Some 20 percent of people in | a recent
 * poll said", "And a projection from | the Cook Political Report shows", "Only a quarter of |
 * Americans agree", "A statement from | Azerbaijan’s presidential office claimed": the tagger's source is
 * the object of a preposition inside the phrase of the subject of the cue's finite verb. The
 * source takes the phrase from the sentence's or the clause's start, as PolNeAR's gold does, when
 * the phrase's head speaks, or counts the speakers of its "of" ("one of | Mr. Obama's climate
 * advisers"); not after a verb ("received support from | those who said"), nor before a
 * participle ("ads | attacking"), nor when the head does not speak ("the lack of response from |
 * any of the Republicans shows").
 */
export function sourcesWithTheirSubjectPhrase(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    if (!one) return a;
    const { se, first, last } = one;
    const cs = a.cue.spans[0]![0];
    const verb = tokens[lowerBound(tokens, cs)];
    if (cs < se || doc.text.slice(se, cs).trim() !== '' || !verb || !(verb.pos === 'AUX' || (verb.pos === 'VERB' && !/ing$/u.test(verb.lower)))) return a;
    const preposition = tokens[first - 1];
    const range = preposition ? ranges[preposition.sentence] : undefined;
    if (!preposition || !range || preposition.pos !== 'ADP' || !SOURCE_PREPOSITIONS.has(preposition.lower)) return a;
    let k = first - 1;
    while (k - 1 >= range[0] && first - k < MAX_SUBJECT_PHRASE) {
      const t = tokens[k - 1]!;
      const inPhrase =
        /^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(t.pos) ||
        (t.pos === 'ADP' && SOURCE_PREPOSITIONS.has(t.lower)) ||
        /^(?:['’]s?)$/u.test(t.text) ||
        (t.pos === 'PRON' && POSSESSIVES.has(t.lower)) ||
        // an adjective's participle: "A redacted copy of"
        (t.pos === 'VERB' && tokens[k - 2]?.pos === 'DET' && tokens[k]!.pos === 'NOUN');
      if (inPhrase) {
        k--;
        continue;
      }
      // a relative clause's verb: "A 2014 study that appeared in | the British Medical Journal found"
      if (t.pos === 'VERB' && /ed$/u.test(t.lower) && /^(?:that|which|who)$/u.test(tokens[k - 2]?.lower ?? '') && tokens[k - 3]?.pos === 'NOUN') {
        k -= 2;
        continue;
      }
      break;
    }
    // (or after an adverb opening the sentence: "Only | a quarter of | Americans agree")
    const opener = tokens[k - 1];
    const opens = k === range[0] || /^[,;:]$/u.test(opener!.text) || CLAUSE_OPENING_WORDS.has(opener!.lower) || (k - 1 === range[0] && opener!.pos === 'ADV' && /ly$/u.test(opener!.lower));
    if (k >= first - 1 || tokens[k]!.pos === 'ADP' || !opens) return a;
    // the phrase's head, or the members its "of" counts
    let adp = k;
    while (tokens[adp]!.pos !== 'ADP') adp++;
    const counts = tokens[adp]!.lower === 'of' && adp > k && PARTITIVES.has(tokens[adp - 1]!.lower);
    if (!(counts ? speakerLike(tokens, [first, last]) : newsSpeakerLike(tokens, [k, first - 2]))) return a;
    return withWiderSource(doc, a, [tokens[k]!.start, se]);
  });
}

/**
 * "“…,” Quinn, 29, said in the video": a source that is only an age set off by commas after a name
 * (the tagger, after a long quotation, may take the name for none of the reading's parts) takes
 * the name back, as a source "Smith, 45," reads whole elsewhere.
 */
export function agesWithTheirName(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    if (!one) return a;
    const { ss, se, first, last } = one;
    const age = tokens[first];
    if (!age || age.start !== ss || !/^\d{1,3}$/u.test(age.text) || last > first + 1 || tokens[first + 1]?.text !== ',') return a;
    if (tokens[first - 1]?.text !== ',') return a;
    let k = first - 2;
    while (k >= 0 && tokens[k]!.pos === 'PROPN' && tokens[k]!.sentence === age.sentence && /^\p{Lu}/u.test(tokens[k]!.text)) k--;
    if (k === first - 2) return a;
    const widened: [number, number] = [tokens[k + 1]!.start, se];
    return withWiderSource(doc, a, widened);
  });
}

/** Words a description before a name may hold besides its nouns and modifiers: "The shadow work and pensions secretary", "head of the agency". */
const DESCRIPTION_LINKS = new Set(['and', 'of', 'for', 'at', 'to', "'s", '’s', '-']);
/** Longest description (tokens). */
const MAX_DESCRIPTION = 12;

/**
 * "The chancellor, Rachel Reeves, has repeatedly defended the move.": the tagger's source is the
 * name set between commas after the description that opens the sentence. The source takes the
 * description, as PolNeAR's gold does ("the White House spokesman, Josh Earnest,"). Only a
 * description of a speaker, not a time ("Last night, Jane Smith, …" stays).
 */
export function sourcesWithTheirDescription(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1) return a;
    const [ss, se] = a.source.spans[0]!;
    const first = lowerBound(tokens, ss);
    const name = tokens[first];
    const range = name ? ranges[name.sentence] : undefined;
    if (!name || !range || name.start !== ss || name.pos !== 'PROPN' || tokens[first - 1]?.text !== ',') return a;
    // the source is a name set between commas (perhaps with the closing one): not "These employees, Stumpf explained, were …"
    let last = lowerBound(tokens, se) - 1;
    if (tokens[last]?.text === ',') last--;
    if (tokens[last + 1]?.text !== ',' || !tokens.slice(first, last + 1).every((t) => t.pos === 'PROPN' || t.text === '.' || t.text === '-')) return a;
    // the description: a common noun's phrase from the sentence's start (or its conjunction) to the comma
    const head = first - 2;
    if (head < range[0] || tokens[head]!.pos !== 'NOUN' || !/^\p{Ll}/u.test(tokens[head]!.text)) return a;
    let k = head;
    const inDescription = (t: Token) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(t.pos) || DESCRIPTION_LINKS.has(t.lower);
    while (k - 1 >= range[0] && head - (k - 1) < MAX_DESCRIPTION && inDescription(tokens[k - 1]!)) k--;
    if (k === range[0] + 1 && tokens[range[0]]!.pos === 'CCONJ') {
      // "But the chancellor, …": the conjunction is no part of the source
    } else if (k !== range[0]) return a;
    if (DESCRIPTION_LINKS.has(tokens[k]!.lower) || !newsSpeakerLike(tokens, [k, head]) || TIME_WORDS.test(doc.text.slice(tokens[k]!.start, ss))) return a;
    const widened: [number, number] = [tokens[k]!.start, se];
    return withWiderSource(doc, a, widened);
  });
}

/**
 * "Reacting, the Minority Leader, | Abba Moro, described the bill as …": the tagger's source is the
 * description, and the name set between commas after it, right before the cue, was left out. The
 * source takes the name and its closing comma, as PolNeAR's gold marks such sources ("the White
 * House spokesman, Josh Earnest,"), in every report of that subject.
 */
export function sourcesWithTheirNameAfter(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  // (and the subject's second cue alike: "… Julius Abure, described the timetable as … but called on INEC …")
  return withSourcesShared(attributions, attributions.map((a) => {
    const one = oneSource(tokens, a);
    if (!one || one.last < one.first || one.se > a.cue.spans[0]![0] || !newsSpeakerLike(tokens, [one.first, one.last])) return a;
    // the description's comma, the name's words, its comma, then the cue
    let k = lowerBound(tokens, one.se);
    const cue = lowerBound(tokens, a.cue.spans[0]![0]);
    if (tokens[k]?.text !== ',' || tokens[cue - 1]?.text !== ',' || cue - 1 <= k + 1) return a;
    // (a name's words, not a day's: "The Senate, | Tuesday, urged …")
    for (k++; k < cue - 1; k++) if (!(tokens[k]!.pos === 'PROPN' || (/^\p{Lu}/u.test(tokens[k]!.text) && tokens[k]!.pos !== 'PRON') || tokens[k]!.text === '.' || tokens[k]!.text === '-') || CALENDAR_WORD.test(tokens[k]!.lower)) return a;
    return withWiderSource(doc, a, [one.ss, tokens[cue - 1]!.end]);
  }));
}

/**
 * "“People are angry,” said Chicago Alderman Jason C. Ervin, who thinks Emanuel …": the tagger
 * gave both reports the source "Chicago Alderman Jason C. Ervin, who", stopping on the pronoun,
 * and no reading before this one widened it over the clause. The report before it is the name's
 * ("Chicago Alderman Jason C. Ervin"), the one whose verb follows it the pronoun's ("who"
 * thinks), as PolNeAR marks them (12 of the 21 such sources on train became exact).
 */
export function sourcesEndingOnTheirPronoun(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    if (!one || one.last - one.first < 2) return a;
    const { ss, first, last } = one;
    const rel = tokens[last]!;
    if (!RELATIVE_PRONOUNS.has(rel.lower) || tokens[last - 1]!.text !== ',') return a;
    const cue = lowerBound(tokens, a.cue.spans[0]![0]);
    // the clause's own verb, perhaps after an auxiliary or an adverb ("who also said")
    if (cue > last) return tokens.slice(last + 1, cue).every((t) => t.pos === 'ADV' || t.pos === 'AUX') ? { ...a, source: part(doc.text, [[rel.start, rel.end]]) } : a;
    return { ...a, source: part(doc.text, [[ss, tokens[last - 2]!.end]]) };
  });
}

/** Nouns of number that "a" takes before a plural ("a dozen states", "a couple hundred people"). */
const NUMBER_NOUNS = new Set(['dozen', 'couple', 'score', 'hundred', 'thousand', 'million', 'billion', 'few', 'lot', 'number', 'majority', 'minority', 'handful', 'host', 'range', 'variety', 'series', 'pair']);

/**
 * "Apple unveiled its first foldable iPhone, a device analysts have long predicted would revive
 * sales": "a" and a singular noun before a plural is a noun phrase and the subject of a relative
 * clause without its "that" ("a device | [that] analysts have predicted"), as "a" heads no plural.
 * The source is the clause's subject, from the plural's phrase on.
 */
export function sourcesAfterTheirAntecedent(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    if (!one || !/^an?$/u.test(tokens[one.first]!.lower)) return a;
    const { first, last } = one;
    const noun = tokens[first + 1];
    const plural = tokens[last]!;
    if (last - first < 2 || noun?.pos !== 'NOUN' || /s$/u.test(noun.lower) || NUMBER_NOUNS.has(noun.lower)) return a;
    if (plural.pos !== 'NOUN' || !/[^s]s$/u.test(plural.lower) || plural.lemma.toLowerCase() === plural.lower) return a;
    // (nothing but modifiers between: "a device | some analysts", "a figure | independent economists")
    if (tokens.slice(first + 2, last).some((t) => !/^(?:ADJ|NOUN|DET)$/u.test(t.pos))) return a;
    return { ...a, source: part(doc.text, [[tokens[first + 2]!.start, plural.end]]) };
  });
}

/**
 * "The decision — which officials said was taken …", "… argued that polls show …": a source
 * that opens on the relative "which" or the complementiser "that" before its noun phrase
 * starts after it (PolNeAR's gold starts 390 sources right after such a word, and 6 on it,
 * all "that" as a determiner: "that report"). "that" goes only before a plural, a name or a
 * pronoun, and neither goes after a preposition or a determiner ("in that report").
 */
export function sourcesWithoutTheirRelativeWord(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    if (!one) return a;
    const { ss, se, first, last } = one;
    const word = tokens[first];
    const before = tokens[first - 1];
    if (!word || word.start !== ss || last <= first || !before || before.sentence !== word.sentence || /^(ADP|DET)$/u.test(before.pos)) return a;
    const head = tokens[last]!;
    const plural = head.pos === 'NOUN' && head.lemma.toLowerCase() !== head.lower;
    // (a possessive after it makes "that" a determiner: "that firm’s lawyers")
    const possessive = tokens.slice(first + 1, last + 1).some((t) => t.pos === 'PART');
    if (word.lower !== 'which' && !(word.lower === 'that' && !possessive && (plural || /^(PROPN|PRON)$/u.test(head.pos)))) return a;
    if (/^(VERB|AUX|PUNCT)$/u.test(tokens[first + 1]!.pos)) return a;
    return { ...a, source: part(doc.text, [[tokens[first + 1]!.start, se]]) };
  });
}

/** Particles of a phrasal verb that may stand between it and its object ("played down reports", "ruled out a deal"). */
const OBJECT_PARTICLES: ReadonlySet<string> = new Set(['down', 'up', 'out', 'off', 'back', 'aside', 'away']);

/**
 * "The ministry issued red alerts for 16 cities, citing the risk to the elderly.": a source
 * before a participle's cue that runs on over the verb of its clause is that clause's subject
 * (PolNeAR's gold: "[Band member Flea] shared the news on social media, writing …", "[His
 * campaign] sued the DNC in federal court, seeking …"; the tagger took the whole clause).
 */
export function participleSourcesAtTheirSubject(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1 || a.cue.spans.length !== 1 || !/^\p{Ll}+ing$/u.test(a.cue.text)) return a;
    const [ss, se] = a.source.spans[0]!;
    if (se > a.cue.spans[0]![0]) return a;
    const first = lowerBound(tokens, ss);
    const last = lowerBound(tokens, se) - 1;
    if (tokens[first]?.start !== ss) return a;
    // the first verb of the source, not a participle after its noun ("a study published in …",
    // "Guidelines recently issued by …"),
    // though a verb after a noun with an object is finite ("The ministry issued red alerts"),
    // and in lower case ("Attorney General Roy Cooper" is a name wink tags a verb)
    // (or with a particle before its object: "A Foreign Office source played down reports …")
    const object = (k: number) => /^(DET|ADJ|NOUN|NUM|PRON|PROPN)$/u.test(tokens[k]?.pos ?? '');
    const withObject = (k: number) => object(k + 1) || (OBJECT_PARTICLES.has(tokens[k + 1]?.lower ?? '') && object(k + 2));
    const finite = (k: number) => /^(VERB|AUX)$/u.test(tokens[k]!.pos) && /^\p{Ll}/u.test(tokens[k]!.text) && tokens[k + 1]?.lower !== 'by' && (!participleAfterNoun(tokens, k) || withObject(k));
    let verb = first + 1;
    while (verb <= last && !finite(verb)) verb++;
    if (verb > last) return a;
    const subject = subjectBefore(tokens, verb, first);
    // the subject of that verb, not of an infinitive after another word ("Some seek to be removed")
    if (!subject || subject[0] !== first || tokens.slice(subject[1] + 1, verb).some((t) => t.pos !== 'ADV' && t.pos !== 'AUX')) return a;
    return { ...a, source: part(doc.text, [[ss, tokens[subject[1]]!.end]]) };
  });
}

/**
 * "A federal trade court on Wednesday blocked most of the tariffs, ruling that …": a
 * participle's source the tagger took from the object of the sentence's verb, right before the
 * participle's comma, is that verb's subject, as the participle reports for it (not after a
 * passive's "by": "The plan was rejected by the governor, saying …"; nor a source that is a
 * clause's subject: "…, the official said, adding …").
 */
export function participleSourcesNotTheirObject(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    // (a participle and its preposition too: "warning of", "calling for")
    if (!a.source || a.source.spans.length !== 1 || a.cue.spans.length !== 1 || !/^\p{Ll}+ing(?:\s+\p{Ll}+)?$/u.test(a.cue.text)) return a;
    const cue = lowerBound(tokens, a.cue.spans[0]![0]);
    const comma = cue - 1;
    if (tokens[comma]?.text !== ',') return a;
    const [ss, se] = a.source.spans[0]!;
    const first = lowerBound(tokens, ss);
    const range = ranges[tokens[cue]!.sentence];
    if (!range || first <= range[0] || tokens[first]!.start !== ss || tokens[first - 1]!.lower === 'by') return a;
    // (or the subject of a clause after a subordinator, the participle's comma right after its verb:
    // "PAGASA raised signal No. 4 on Sunday as | Super Typhoon Man-yi approached |, warning of …")
    const clause = SUBORDINATORS.has(tokens[first - 1]!.lower) ? subordinateSubject(tokens, first, comma) : false;
    if (!clause && lowerBound(tokens, se) < comma) return a;
    if (!clause) for (let k = first; k < comma; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return a;
    const before = clause ? first - 1 : first;
    // the sentence's first finite verb, before the source with nothing that opens a clause between
    let verb = range[0];
    while (verb < before && !finiteWord(tokens[verb]!)) verb++;
    if (verb >= before) return a;
    // (the verb's group: "has suspended")
    let group = verb;
    while (tokens[group]!.pos === 'AUX' && group + 1 < before && (tokens[group + 1]!.pos === 'VERB' || tokens[group + 1]!.pos === 'AUX')) group++;
    for (let k = group + 1; k < before; k++) if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'SCONJ' || tokens[k]!.text === ',') return a;
    let subject = subjectBefore(tokens, verb, range[0]);
    // (the day between the subject and its verb is not the subject: "A federal court on Wednesday blocked")
    if (subject) {
      const day = subject[0] > range[0] && tokens[subject[0] - 1]!.lower === 'on' ? subject[0] - 1 : subject[0];
      if (TIME_ONLY.test(doc.text.slice(tokens[day]!.start, tokens[subject[1]]!.end))) subject = subjectBefore(tokens, day, range[0]);
    }
    if (!subject || !(subject[0] === range[0] || tokens[subject[0] - 1]!.text === ',') || !newsSpeakerLike(tokens, subject)) return a;
    const speaker: [number, number] = [tokens[subject[0]]!.start, tokens[subject[1]]!.end];
    // (and without a day it ran on over: "A federal trade court | on Wednesday blocked")
    const day = TIME_AT_END.exec(doc.text.slice(speaker[0], speaker[1]));
    if (day && day.index > 0) speaker[1] = speaker[0] + day.index;
    return touchesContent(a, speaker) ? a : { ...a, source: part(doc.text, [speaker]) };
  });
}

/** Words of an absolute phrase's subject ("with | 30 percent of voters | saying"). */
const MAX_ABSOLUTE_SUBJECT = 8;
const ABSOLUTE_SUBJECT_POS = /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/u;
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`, 'u');

/**
 * "Voters are split, with 50 percent saying …", "The club announced the deal, with the defender
 * agreeing …": a participle after "with" and a noun phrase has that phrase for its subject, not the
 * sentence's (PolNeAR's gold: 53 such reports of train, each its own phrase for source; the tagger
 * took the sentence's subject in 2, and in sports copy "the club"). A day between the phrase and
 * the participle is neither ("with CREDO Action on Wednesday asking").
 */
export function absoluteParticipleSources(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    if (a.cue.spans.length !== 1 || !/^\p{Ll}+ing(?:\s+(?:for|of|on|to|about|that))?$/u.test(a.cue.text)) return a;
    let last = lowerBound(tokens, a.cue.spans[0]![0]) - 1;
    if (WEEKDAY.test(tokens[last]?.text ?? '')) last -= tokens[last - 1]?.lower === 'on' ? 2 : 1;
    let first = last;
    const pronoun = tokens[last]?.pos === 'PRON' && tokens[last - 1]?.lower === 'with';
    if (!pronoun) while (first >= 0 && last - first < MAX_ABSOLUTE_SUBJECT && (ABSOLUTE_SUBJECT_POS.test(tokens[first]!.pos) || (tokens[first]!.lower === 'of' && first < last))) first--;
    else first--;
    // (the phrase opens on a word, after "with", and has a noun or a name)
    // (not "with" after an adjective or a verb: "Another source familiar with Cruz's thinking said", "Trump
    // spoke with reporters on Tuesday saying …")
    if (first === last || tokens[first]?.lower !== 'with' || tokens[first + 1]!.lower === 'of' || /^(?:ADJ|VERB)$/u.test(tokens[first - 1]?.pos ?? '')) return a;
    if (!pronoun && !tokens.slice(first + 1, last + 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM')) return a;
    const speaker: [number, number] = [tokens[first + 1]!.start, tokens[last]!.end];
    if (a.source && a.source.spans.length === 1 && a.source.spans[0]![0] === speaker[0] && a.source.spans[0]![1] === speaker[1]) return a;
    return touchesContent(a, speaker) ? a : { ...a, source: part(doc.text, [speaker]) };
  });
}

/**
 * Whether the tokens from `first` to the comma are a subject and its intransitive verb alone
 * ("Super Typhoon Man-yi approached", "the storm has weakened"): a clause of its own, its subject
 * no speaker of the participle after the comma.
 */
function subordinateSubject(tokens: readonly Token[], first: number, comma: number): boolean {
  let verb = comma - 1;
  while (verb > first && tokens[verb]!.pos === 'ADV') verb--;
  if (tokens[verb]!.pos !== 'VERB' || /ing$/u.test(tokens[verb]!.lower) || !/^\p{Ll}/u.test(tokens[verb]!.text)) return false;
  let k = verb - 1;
  while (k > first && tokens[k]!.pos === 'AUX') k--;
  for (let j = first; j <= k; j++) if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|PUNCT|PART)$/u.test(tokens[j]!.pos) || tokens[j]!.text === ',') return false;
  return k >= first;
}

/** Passive participles of reporting verbs whose subject is no speaker: "He is accused of …", "Priebus was said to be …", "with talks said to be …". */
const PASSIVE_REPORTS = new Set(['said', 'told', 'asked', 'questioned', 'accused', 'alleged', 'rumored', 'rumoured', 'reported', 'charged', 'believed', 'thought', 'expected']);
/** Of those, the ones whose subject is the addressee ("was asked whether"); the others' subject is part of what is reported ("[Priebus] … [to be furious]"). */
const ADDRESSED_REPORTS = new Set(['told', 'asked', 'questioned']);
/** A form of "be" (perhaps after "has", "will", …), as a whole string or a cue's opening. */
const BE = '(?:is|are|was|were|be|been|being|has been|have been|had been|will be|would be)';
/** A cue "[be] [adverb] participle": the form of "be" (if any) and the participle. */
const PASSIVE_CUE = new RegExp(`^(${BE}\\s+)?(?:\\p{Ll}+ly\\s+)?(\\p{Ll}+)\\b`, 'u');
/** What may stand between a source and a cue that does not hold its "be": white space, or "be" itself and perhaps an adverb ("Brandi is now | reported to be …"). */
const BE_BETWEEN = new RegExp(`^\\s*(?:(${BE})\\s*(?:(?:now|also|still|already|widely|\\p{Ll}+ly)\\s+)?)?$`, 'u');

/**
 * "He is accused of embezzling $3 million", "Reince Priebus was said to be furious": the subject
 * of a passive report is what is reported about, not who reports it; the tagger took it for the
 * source. PolNeAR's gold gives such a report no source and, where the subject is part of what is
 * reported, starts the content with it ("[Dylann Roof] is accused [of killing nine people]").
 * Not with an agent after the participle ("was told by aides"): the agent speaks.
 */
export function passiveReportsWithoutSpeaker(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  return attributions.map((a) => {
    if (!a.source || a.cue.spans.length !== 1) return a;
    const [cs, ce] = a.cue.spans[0]!;
    const se = partEnd(a.source);
    if (se > cs) return a;
    // the auxiliary in the cue or between the source and the cue
    const between = doc.text.slice(se, cs);
    const m = PASSIVE_CUE.exec(a.cue.text);
    const b = BE_BETWEEN.exec(between);
    const participle = m?.[2];
    // (or reduced after "with", before its infinitive: "…, with talks | said to be at an advanced stage")
    const ss = a.source.spans[0]![0];
    const reduced = /\bwith\s+$/u.test(doc.text.slice(Math.max(0, ss - 6), ss)) && /^\s+to\s/u.test(doc.text.slice(ce, ce + 4));
    if (!m || !b || !participle || !PASSIVE_REPORTS.has(participle) || !(m[1] || b[1] || (reduced && !ADDRESSED_REPORTS.has(participle)))) return a;
    // the cue ends on the participle (or its preposition): in "is expected to announce" the subject announces
    if (!/^(?:\s+(?:of|with|about))?$/u.test(a.cue.text.slice(m[0].length))) return a;
    if (/^\s+by\b/u.test(doc.text.slice(ce, ce + 4))) return a;
    if (a.content.spans[0]![0] < ce || ADDRESSED_REPORTS.has(participle)) return { ...a, source: null };
    return { ...a, source: null, content: part(doc.text, [...a.source.spans, ...a.content.spans]) };
  });
}

/** Words that may stand inside a name before its last words ("Centers for Disease Control and Prevention"). */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', ...NAME_PARTICLES]);
/** Parts of speech no name opens with, however it is written ("As Politico reported", "Even Republicans"). */
const NOT_NAME_OPENERS = new Set(['ADP', 'SCONJ', 'CCONJ', 'ADV', 'DET', 'PRON', 'PART', 'AUX', 'NUM', 'PUNCT']);

/**
 * "Downing Street insisted …", "The Associated Press reported …", "the Centers for Disease Control
 * and Prevention estimates …": the tagger took only a name's last words for the source, reading
 * its first as a verb or an adjective ("Downing", "Associated"). Where the entity stage found the
 * whole name, ending inside the source and before the cue, the source starts where the name does
 * (or its "the"); not for a source of two spans or one that opens in lower case ("the Founding
 * Fathers"), nor a name that opens on a word no name opens with or holds, before the source, a
 * mark or a lower-case word but "of", "for", "and" or a particle (where the entity stage ran a
 * heading's or a sentence's opening words into a name). The attribution
 * stages read no entities otherwise; in a pipeline without the entities stage this does nothing.
 */
export function sourcesWithTheirWholeName(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const mentions = (doc.entities ?? []).flatMap((e) => e.mentions).sort((x, y) => x.start - y.start);
  if (mentions.length === 0) return [...attributions];
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1) return a;
    const [ss, se] = a.source.spans[0]!;
    const m = mentions[indexContaining(mentions, ss)];
    if (!m || m.start >= ss || m.end > se || m.end > a.cue.spans[0]![0]) return a;
    const first = lowerBound(tokens, m.start);
    const before = tokens.slice(first, lowerBound(tokens, ss));
    if (before.length === 0 || NOT_NAME_OPENERS.has(before[0]!.pos) || !/^\p{Lu}/u.test(a.source.text)) return a;
    if (!before.every((t, i) => /^\p{Lu}/u.test(t.text) || (i > 0 && NAME_JOINERS.has(t.text)))) return a;
    // with the name's own "the" ("the Associated Press", as PolNeAR marks it)
    const the = tokens[first - 1];
    const start = the && the.lower === 'the' && the.sentence === before[0]!.sentence ? the.start : m.start;
    return withWiderSource(doc, a, [start, se]);
  });
}

/** The most names a list before a source's last two may hold ("Microsoft, Amazon and Alphabet"). */
const MAX_LIST_ITEMS = 8;

/**
 * "Microsoft, Amazon and Alphabet have each said …": the tagger (and the rules) took only the last
 * two names of a list that opens the sentence; the source is the whole list. The names before
 * the source's "X and Y" are proper names set off by commas, back to the sentence's first word
 * (a title or a capitalised noun may open one: "Senators Warren, Sanders and Markey"), none a day,
 * a month or a word of time ("Yesterday, Amazon and Alphabet said").
 */
export function sourcesWithTheirWholeList(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    if (!one || one.ss > a.cue.spans[0]![0] || tokens[one.first]!.pos !== 'PROPN' || tokens[one.first - 1]?.text !== ',') return a;
    if (!tokens.slice(one.first + 1, one.last).some((t) => t.lower === 'and' || t.lower === 'or')) return a;
    const range = ranges[tokens[one.first]!.sentence];
    if (!range) return a;
    let k = one.first - 2;
    for (let items = 0; items < MAX_LIST_ITEMS; items++) {
      // one name, back to a comma or the sentence's start
      let j = k;
      while (j >= range[0] && tokens[j]!.pos === 'PROPN' && !CALENDAR_WORD.test(tokens[j]!.lower)) j--;
      if (j === k) return a;
      if (j >= range[0] && /^\p{Lu}/u.test(tokens[j]!.text) && (tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'DET') && !CALENDAR_WORD.test(tokens[j]!.lower) && (j === range[0] || tokens[j - 1]!.text === ',')) j--;
      if (j < range[0]) return withWiderSource(doc, a, [tokens[range[0]]!.start, one.se]);
      if (tokens[j]!.text !== ',') return a;
      k = j - 1;
    }
    return a;
  });
}

/** The most words "neither" may stand before the "nor" of a source's coordination. */
const NEITHER_SPAN = 12;

/**
 * "Neither the defence ministry nor the Kremlin responded to requests for comment": the tagger
 * took only the last of the two; the source is the whole "Neither … nor …", as PolNeAR marks it
 * ("Neither Cruz nor Christie", "Neither Mr. Comey nor other officials"). The "neither" stands
 * at most NEITHER_SPAN words back in the source's sentence, with no verb, mark or "nor" between
 * it and the "nor" right before the source.
 */
export function sourcesWithTheirNeither(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    const one = oneSource(tokens, a);
    if (!one || one.ss > a.cue.spans[0]![0]) return a;
    const nor = tokens[one.first - 1];
    if (nor?.lower !== 'nor' || nor.sentence !== tokens[one.first]!.sentence) return a;
    for (let k = one.first - 2; k >= 0 && k >= one.first - 1 - NEITHER_SPAN && tokens[k]!.sentence === nor.sentence; k--) {
      const t = tokens[k]!;
      if (t.lower === 'neither') return withWiderSource(doc, a, [t.start, one.se]);
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT' || t.lower === 'nor') return a;
    }
    return a;
  });
}
