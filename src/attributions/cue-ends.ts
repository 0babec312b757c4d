// A cue that runs from a reporting verb into the circumstance after it and stops inside it:
// "said on" ("… said on a call with analysts"), "said in her" ("… said in her closing
// argument"), "argued during". No reader can use half a phrase, and PolNeAR's gold, where the
// tagger cuts such a cue short on train, has the verb alone in 16 of 29 and the whole phrase in
// 10 ("said on NBC's 'Meet the Press' on Sunday"). The cue ends at its verb (and the adverb after it).
// Also here: idioms and conditions that report nothing, and a refusal to speak that keeps its infinitive.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { part, partEnd } from '../text/spans.ts';
import { lowerBound } from '../text/search.ts';
import { INVERSION_VERBS } from './cues.ts';
import { CALENDAR_WORD, PARTS_OF_DAY, WEEKDAYS } from '../dates/lexicon.ts';
import { amountOpensClause, anyParticipleAfterNoun, CHANNEL_NOUNS, COMMENT_HEADS, CIRCUMSTANCE_OPENERS, CLAUSE_SUBJECTS, finiteAt, participleAfterNoun, SENTENCE_START } from './phrases.ts';
import { hasVerb, SOURCE_OPENER, withContent } from './draft.ts';
import { withSourcesShared } from './sources.ts';
import type { Token } from '../nlp/wink.ts';
import { isQuoteMark } from './quotes.ts';

/** Words a phrase cannot end on. */
const DANGLING = new Set(['on', 'in', 'at', 'during', 'with', 'about', 'to', 'of', 'for', 'from', 'by', 'her', 'his', 'their', 'its', 'a', 'an', 'the', 'my', 'our', 'your']);
/** How far into a content the rest of the circumstance may run before its "that". */
const MAX_REST = 16;

/**
 * The "that" opening a clause after the rest of a circumstance that starts at token `from`
 * ("[in a note to clients] that the guidance …", "[the two-week trial] that Price had …"), within
 * [.., end): its token, or -1. Not a relative "that" ("an interview that aired …") nor a
 * demonstrative ("in that spot"), nor past a
 * verb of the phrase's own (but a participle after its noun: "in an ABC interview taped before the
 * attacks that …") or a mark.
 */
export function thatAfterCircumstance(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < tokens.length && k - from <= MAX_REST && tokens[k]!.end <= end; k++) {
    const t = tokens[k]!;
    // a verb of its own ends the phrase (not a name's word wink tags as one: "Colorado Springs")
    if (((t.pos === 'VERB' || t.pos === 'AUX') && !/^\p{Lu}/u.test(t.text) && !participleAfterNoun(tokens, k)) || /^[,;:"“”]$/u.test(t.text)) return -1;
    if (t.lower === 'that' && k > from) return demonstrative(tokens, k) || /^(VERB|AUX)$/u.test(tokens[k + 1]?.pos ?? '') || !hasVerb(tokens, k + 1, lowerBound(tokens, end) - 1) ? -1 : k;
  }
  return -1;
}

/**
 * "that" at `k` points at a singular noun before a new noun phrase ("in that city the army had
 * withdrawn"), not a clause ("that New York's delegates had …", "that voters he met were angry").
 */
function demonstrative(tokens: readonly Token[], k: number): boolean {
  const noun = tokens[k + 1];
  return !!noun && noun.pos === 'NOUN' && /^\p{Ll}/u.test(noun.text) && noun.lemma.toLowerCase() === noun.lower && tokens[k + 2]?.pos === 'DET';
}


/**
 * Verbs whose preposition after them opens a circumstance, not a phrasal verb's particle ("called
 * on Congress to …", "pointed to"): the reporting verbs, and "post", which news uses for the
 * platforms ("posted on Truth Social that …").
 */
const reportsOn = (lemma: string): boolean => INVERSION_VERBS.has(lemma) || lemma === 'post';

/** A one-span cue that opens on a reporting verb and runs on past it: its offsets and its first and last tokens. */
function verbFirstCue(tokens: readonly Token[], a: Attribution): { start: number; oldEnd: number; first: number; last: number } | null {
  if (a.cue.spans.length !== 1) return null;
  const [start, oldEnd] = a.cue.spans[0]!;
  const first = lowerBound(tokens, start);
  const last = lowerBound(tokens, oldEnd) - 1;
  const verb = tokens[first];
  if (!verb || verb.start !== start || last <= first || verb.pos !== 'VERB' || !reportsOn(verb.lemma.toLowerCase())) return null;
  return { start, oldEnd, first, last };
}

/** Adverbs that tie a sentence to the one before it, written without commas between the subject and the verb ("Ponting however predicted"). */
const LINKING_ADVERBS = /^(?:however|meanwhile|nevertheless|nonetheless|moreover|furthermore|instead|though)\s+/iu;

/**
 * "Former Australia captain Ricky Ponting however predicted a 3-1 win": an adverb that links the
 * sentence to the one before it is no part of the cue (PolNeAR's gold: "[Carter] however said" has
 * the cue "said"; an adverb of likeness stays: "similarly warned", "likewise pumped"), as it is none
 * of the source's when set between commas.
 */
export function cuesWithoutLinkingAdverbs(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  return attributions.map((a) => {
    const m = LINKING_ADVERBS.exec(a.cue.text);
    if (!m || m[0].length >= a.cue.text.length) return a;
    const [s, e] = a.cue.spans[0]!;
    return { ...a, cue: part(doc.text, [[s + m[0].length, e], ...a.cue.spans.slice(1)]) };
  });
}

export function cuesEndingAtTheirVerb(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const text = doc.text;
  return attributions.map((a) => {
    const found = verbFirstCue(tokens, a);
    if (!found) return a;
    const { start, oldEnd, first, last } = found;
    // (or on a participle after the circumstance's noun: "said in a statement released [through police]",
    // or on a noun whose phrase goes on past the cue: "said on a call [with reporters]")
    // (not where the tagger read the rest as a part of what was said: `cuesWithTheirAddressee` joins an addressee so)
    const rest = tokens[last + 1];
    const goesOn = tokens[last]!.pos === 'NOUN' && !!rest && /^(?:with|to|from|of)$/u.test(rest.lower) && !a.content.spans.some(([x]) => x === rest.start);
    if (!DANGLING.has(tokens[last]!.lower) && !participleAfterNoun(tokens, last) && !goesOn) return a;
    // the verb, with an adverb after it ("said happily on")
    const keep = tokens[first + 1]!.pos === 'ADV' && first + 1 < last ? first + 1 : first;
    // "told analysts on [a conference call that …]": the addressee before the circumstance is no part of the cue either
    const opener = tokens[first]!.lemma.toLowerCase() === 'tell' ? afterAddressee(tokens, keep + 1, last) : keep + 1;
    if (!CIRCUMSTANCE_OPENERS.has(tokens[opener]!.lower)) return a;
    const cue = part(text, [[start, tokens[keep]!.end]]);
    // a content that opens with the rest of the circumstance ("the two-week trial that Price had …")
    // starts at the "that" that opens a clause (not a relative one: "an interview that aired …")
    const [cs] = a.content.spans[0]!;
    const addressee = opener > keep + 1;
    // a later part that is only the circumstance's last words ("“…,” she said in a statement posted | online") is no part of what was said
    const restOnly = a.content.spans.findIndex(([x, y], k) => k > 0 && x >= oldEnd && text.slice(oldEnd, x).trim() === '' && !hasVerb(tokens, lowerBound(tokens, x), lowerBound(tokens, y) - 1));
    if (restOnly > 0 && !addressee) return { ...withContent(doc, a, a.content.spans.filter((_, k) => k !== restOnly).map(([x, y]) => [x, y])), cue };
    if (cs < oldEnd || text.slice(oldEnd, cs).trim() !== '') return addressee ? a : { ...a, cue };
    const that = thatAfterCircumstance(tokens, lowerBound(tokens, cs), a.content.spans[0]![1]);
    // (with an addressee left out of both, only where what was told is found)
    if (that < 0) return addressee ? a : { ...a, cue };
    const spans = a.content.spans.map(([x, y]) => [x, y] as [number, number]);
    spans[0]![0] = tokens[that]!.start;
    return { ...a, cue, content: part(text, spans) };
  });
}

/**
 * "Forecasters said up | to 10 inches of rain could fall", "Officials said about | 300 people
 * were killed": a cue that ends on the word opening the reported clause's amount. The word is the
 * amount's ("up to 10 inches"), the cue ends before it and the content starts there (PolNeAR's
 * gold: "[McAuliffe] has said [about 20 people have indicated …]", dev).
 */
export function cuesBeforeAnAmount(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const text = doc.text;
  return attributions.map((a) => {
    if (a.cue.spans.length !== 1) return a;
    const [start, end] = a.cue.spans[0]!;
    const last = lowerBound(tokens, end) - 1;
    const word = tokens[last];
    const [cs] = a.content.spans[0]!;
    if (!word || word.start <= start || !amountOpensClause(tokens, last - 1, lowerBound(tokens, a.content.spans[0]![1]) - 1) || cs < end || text.slice(end, cs).trim() !== '') return a;
    return withContentFrom(text, a, start, tokens[last - 1]!, word);
  });
}

/** A day opening a content: "Thursday", "on Monday", "Monday night", "yesterday", "last week" (not "Tuesday | night's debate"). */
const OPENING_DAY = new RegExp(`^(?:(?:on\\s+)?(?:${WEEKDAYS})(?:\\s+(?:${PARTS_OF_DAY})|(?!\\s+(?:${PARTS_OF_DAY})\\b))|today|yesterday|(?:last|this)\\s+week)(?=\\s)`, 'u');
/** A weekday, alone. */
const WEEKDAY = new RegExp(`^(?:${WEEKDAYS})$`, 'u');
/** A part of a day, alone. */
const PART_OF_DAY = new RegExp(`^(?:${PARTS_OF_DAY})$`, 'u');
/** A part of a day opening a content after a cue that ends on its weekday ("said Saturday | night two men …"). */
const PART_OF_DAY_OPENING = new RegExp(`^(?:${PARTS_OF_DAY})(?=\\s)`, 'u');
/** Nouns a weekday makes a compound of ("Sunday school", "Friday prayers"), no clause's subject after the day. */
const DAY_COMPOUNDS = new Set(['school', 'brunch', 'lunch', 'roast', 'service', 'services', 'mass', 'prayers', 'sermon', 'market', 'paper', 'papers', 'edition', 'football', 'league', 'club', 'shift', 'trading', 'session', 'sale', 'sales']);
/** The first words of a date after a weekday, no clause's subject: "Friday | the 13th". */
const DATE_AFTER_DAY = /^the\s+\d/u;

/**
 * "The board said Thursday | it had recovered the recorder": a content that opens on the day the
 * verb right before it was said on. The day is when, not what: PolNeAR's gold has it in the cue
 * ("[Hillary Clinton] said Wednesday [she, too, wants …]", 2 of the 3 train contents after such a
 * cue; 1 keeps it), and the content opens on the clause. Not a day of the content's own
 * ("said Thursday's speeches …"), nor one a verb, a comma or a preposition follows ("the deal
 * announced Monday would …", "debated Tuesday night, and", "named Wednesday as"), nor "that"
 * (`contentsAfterTheirCircumstance` leaves "said Wednesday | that …" its cue, as the gold has it on
 * train), nor a date's or a compound's first word ("Friday the 13th", "Sunday school teachers").
 * The part of the day the tagger left the content after the cue's weekday joins the cue too
 * ("said Saturday | night two men …").
 */
export function cuesWithTheirDay(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const text = doc.text;
  return attributions.map((a) => {
    const after = contentRightAfterCue(text, a);
    if (!after) return a;
    const { start, end, cs, ce } = after;
    const opening = text.slice(cs, Math.min(ce, cs + 40));
    // (or the part of the day the tagger left the content, after the cue's weekday)
    const day = OPENING_DAY.exec(opening) ?? (WEEKDAY.test(tokens[lowerBound(tokens, end) - 1]?.text ?? '') ? PART_OF_DAY_OPENING.exec(opening) : null);
    if (!day || DATE_AFTER_DAY.test(opening.slice(day[0].length).trimStart())) return a;
    const next = lowerBound(tokens, cs + day[0].length);
    const subject = tokens[next];
    if (!subject || subject.start >= ce || subject.lower === 'that' || !/^(?:PRON|DET|PROPN|NOUN|NUM|ADJ)$/u.test(subject.pos)) return a;
    // (a noun a weekday makes a compound of: "said Sunday | school teachers deserve …", "Friday prayers")
    if (DAY_COMPOUNDS.has(subject.lower) && WEEKDAY.test(tokens[next - 1]!.text)) return a;
    return withContentFrom(text, a, start, tokens[next - 1]!, subject);
  });
}

/** Platforms a report goes out on, by name. */
const PLATFORMS = /^(?:X|Twitter|Facebook|Instagram|Telegram|TikTok|YouTube|Threads|Bluesky|LinkedIn|Truth\s+Social|Weibo|WhatsApp|Snapchat|Reddit)$/u;

/**
 * "The singer posted a video on | Instagram thanking fans for their support": a cue that ends on
 * "on" or "via" before the platform the report went out on, which the content opened with. The
 * platform is where, not what: PolNeAR's gold has it in the cue ("[Mr. Trump] wrote on Twitter",
 * "posted on Facebook", "responded on Twitter, calling"; 24 train cues), and the content is what
 * follows it.
 */
export function cuesWithTheirPlatform(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const text = doc.text;
  return attributions.map((a) => {
    const after = contentRightAfterCue(text, a);
    if (!after || !/\b(?:on|via)$/iu.test(text.slice(after.start, after.end))) return a;
    const { start, cs, ce } = after;
    const platform = /^(?:Truth\s+Social|\p{Lu}\p{L}*)/u.exec(text.slice(cs, ce))?.[0];
    if (!platform || !PLATFORMS.test(platform)) return a;
    const last = lowerBound(tokens, cs + platform.length) - 1;
    const next = tokens[last + 1];
    // (what follows is a word or a quotation, not a mark: "on Twitter | -- as a …")
    if (!next || next.start >= ce || !/^[\p{L}\p{N}"“]/u.test(next.text)) return a;
    return withContentFrom(text, a, start, tokens[last]!, next);
  });
}

/**
 * "A YouGov poll | published on Monday shows | Labour on 27% …": a cue the tagger began on the
 * participle after its source's noun and ended on the report's verb. The participle's phrase is the
 * source's, as PolNeAR's gold has it ("[A poll conducted by voters in Saturday's primary] showed",
 * "[an NBC News/Wall Street Journal poll released Monday]"), and the cue is the verb. The phrase
 * opens on a preposition or a day ("published on Monday", "released Tuesday"), not an object ("The
 * committee released | a report that found"). None of PolNeAR's train or dev cues has this shape.
 */
export function cuesWithoutTheirSourcesParticiple(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    if (!a.source || a.source.spans.length !== 1 || a.cue.spans.length !== 1) return a;
    const [cs, ce] = a.cue.spans[0]!;
    const first = lowerBound(tokens, cs);
    const last = lowerBound(tokens, ce) - 1;
    const opener = tokens[first + 1];
    // (a participle that reports is the cue: "which state news media claimed | now allows …")
    if (last <= first + 1 || tokens[first]!.start !== cs || partEnd(a.source) !== tokens[first - 1]?.end || !anyParticipleAfterNoun(tokens, first) || reportsOn(tokens[first]!.lemma.toLowerCase())) return a;
    if (!opener || !(opener.pos === 'ADP' || CALENDAR_WORD.test(opener.lower) || /^(?:last|this|earlier)$/u.test(opener.lower))) return a;
    if (tokens[last]!.pos !== 'VERB' || !finiteAt(tokens, last)) return a;
    // (only the phrase between: no verb, mark or relative word of its own)
    for (let k = first + 1; k < last; k++) if (/^(?:VERB|AUX|PUNCT)$/u.test(tokens[k]!.pos) || /^(?:that|which|who)$/u.test(tokens[k]!.lower)) return a;
    return { ...a, source: part(doc.text, [[a.source.spans[0]![0], tokens[last - 1]!.end]]), cue: part(doc.text, [[tokens[last]!.start, tokens[last]!.end]]) };
  });
}

/**
 * "Nvidia said on Wednesday | it expects supply to remain tight", "The Department for Transport
 * said | talks remained open": a cue that runs from a reporting verb, over its day or
 * circumstance, or straight from "say", into the reported clause's subject and verb ("said on
 * Wednesday it expects", "said talks remained"). The clause is what was said: the cue ends before
 * its subject and the content starts there. No PolNeAR train or dev cue has either shape (a
 * pronoun object, "made it clear", is no subject: its verb is not a reporting one; "tells The
 * Associated Press" names its addressee; "said Sunday", "says nothing about" have no verb after).
 */
export function cuesBeforeTheirClause(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const text = doc.text;
  return attributions.map((a) => {
    const found = verbFirstCue(tokens, a);
    if (!found || a.content.spans[0]![0] < found.oldEnd) return a;
    const { start, first, last } = found;
    let subject = -1;
    let dayAfter = -1;
    if (CIRCUMSTANCE_OPENERS.has(tokens[first + 1]!.lower)) {
      // the subject pronoun after the circumstance
      subject = first + 2;
      while (subject < last && !(CLAUSE_SUBJECTS.has(tokens[subject]!.lower) && tokens[subject]!.pos === 'PRON')) subject++;
      if (subject >= last) return a;
    } else if (tokens[first]!.lemma.toLowerCase() === 'say' && SOURCE_OPENER.test(tokens[(dayAfter = afterDay(tokens, first + 1, last))]!.pos) && !CALENDAR_WORD.test(tokens[dayAfter]!.lower)) {
      // a noun phrase right after "said" (or after its day: "said Thursday | his biggest worry about
      // Trump is"), up to its verb (or up to the cue's end, the verb opening the content: "said talks | remained open")
      subject = dayAfter;
      let verb = subject;
      while (verb <= last && SOURCE_OPENER.test(tokens[verb]!.pos) && !CALENDAR_WORD.test(tokens[verb]!.lower)) verb++;
      if (verb === last && tokens[last]!.pos === 'ADP' && tokens[last + 1]?.start === a.content.spans[0]![0]) {
        // "said demand for | its chips was strong": the subject's preposition's phrase runs on into the
        // content, up to the clause's verb ("say" takes no noun's "for", as "claimed responsibility for" does)
        verb = last + 1;
        while (SOURCE_OPENER.test(tokens[verb]?.pos ?? '') && tokens[verb]!.end <= a.content.spans[0]![1]) verb++;
        if (verb === last + 1 || !/^(?:VERB|AUX)$/u.test(tokens[verb]?.pos ?? '')) return a;
        return withContentFrom(text, a, start, tokens[subject - 1]!, tokens[subject]!);
      }
      if (!/^(?:VERB|AUX)$/u.test(tokens[verb]?.pos ?? '') || (verb > last && tokens[verb]!.start !== a.content.spans[0]![0])) return a;
    }
    if (subject < 0 || subject > last) return a;
    // (with only a verb group of its own after the subject's words to the cue's end)
    let k = subject + 1;
    while (k <= last && SOURCE_OPENER.test(tokens[k]!.pos) && tokens[subject]!.pos !== 'PRON') k++;
    if (!tokens.slice(k, last + 1).every((t) => /^(?:VERB|AUX|ADV|PART)$/u.test(t.pos))) return a;
    return withContentFrom(text, a, start, tokens[subject - 1]!, tokens[subject]!);
  });
}

/** The token after a bare day at `k` ("Thursday", "Monday night", "yesterday", "last week"), before `last`; `k` when there is none. */
function afterDay(tokens: readonly Token[], k: number, last: number): number {
  const word = tokens[k]?.lower ?? '';
  let j = k;
  if (WEEKDAY.test(tokens[k]?.text ?? '')) j = PART_OF_DAY.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
  else if (word === 'today' || word === 'yesterday') j = k + 1;
  else if ((word === 'last' || word === 'this') && tokens[k + 1]?.lower === 'week') j = k + 2;
  return j < last ? j : k;
}

/** A cue in one span and its content's first span, when that opens right after the cue, past a space or two. */
function contentRightAfterCue(text: string, a: Attribution): { start: number; end: number; cs: number; ce: number } | null {
  if (a.cue.spans.length !== 1) return null;
  const [start, end] = a.cue.spans[0]!;
  const [cs, ce] = a.content.spans[0]!;
  return cs < end || cs - end > 2 || !/^[ \t]+$/u.test(text.slice(end, cs)) ? null : { start, end, cs, ce };
}

/** The cue cut to [start, the end of `cueLast`], its content's first span opening on `subject`. */
function withContentFrom(text: string, a: Attribution, start: number, cueLast: Token, subject: Token): Attribution {
  const spans = a.content.spans.map(([x, y]) => [x, y] as [number, number]);
  spans[0]![0] = subject.start;
  return { ...a, cue: part(text, [[start, cueLast.end]]), content: part(text, spans) };
}

/** The token after an addressee phrase (a noun phrase of at most four words) opening at `k`, before `last`; `k` when there is none. */
function afterAddressee(tokens: readonly Token[], k: number, last: number): number {
  let j = k;
  while (j < last && j - k < 4 && SOURCE_OPENER.test(tokens[j]!.pos)) j++;
  return j === last ? j : k;
}

/** "… Spurs to a third successive league loss", "him to death": whom a fate is imposed on and the fate (no verb after "to"). */
const CONDEMNED_TO = /^[^,;:"“]{1,60}?\bto\s+(?:a|an|the|another|their|his|her|its|defeat|relegation|death|life|jail|prison|exile|obscurity|history)\b(?![^,;]*\b(?:is|are|was|were|will|would|has|have|had)\b)/iu;

/** Idioms built on a reporting verb that report nothing ("Having said that, …", "That said, …", "needless to say"). */
const IDIOMS = [
  /\bhaving said that\s*[,;]/giu,
  // a sentence opening on "That said," (in lower case, "a report that said, in part, …" reports)
  /\bThat(?: being)? said\s*[,;]/gu,
  /\bneedless to say\b/giu,
  /\bsuffice it to say\b/giu,
  /\bgoes without saying\b/giu,
  /\bto say the least\b/giu,
];

/**
 * A source's wish to stay unnamed ("a government spokesman, who declined to be named, said …",
 * "one resident, who asked not to be named for fear of reprisals"): a condition of the report, not
 * a claim. Twice in PolNeAR's train texts (once a gold attribution); everywhere in wire copy.
 */
const ANONYMITY = /^(?:(?:not )?to be (?:named|identified)\b|anonymity$)/iu;
const ANONYMITY_CUES = /^(?:declined|declines|declining|asked|asks|asking|requested|requests|requesting|refused|refusing|spoke|speaking)$/iu;
/**
 * "…, speaking on condition of anonymity because they were not authorised to discuss the matter
 * publicly, said …": why the source is unnamed, not what it said. PolNeAR's train texts have it 7
 * times, never with a cue inside it.
 */
const NOT_AUTHORISED = /\b(?:(?:was|were|is|are|am|be|been|being|has|have|had)(?:\s+|(?=n['’]t)))?(?:\bnot|n['’]t|\bnever)\s+(?:been\s+)?(?:authori[sz]ed|allowed|permitted|cleared)\s+to\s+(?:speak|discuss|comment|talk|disclose|reveal|brief|release|share|describe|be\s+(?:named|identified|quoted))\b/giu;

/** A clause that is only that reason ("he was not authorised to brief the media"). */
const NOT_AUTHORISED_CLAUSE = new RegExp(`^(?:he|she|they|we|i|who)\\s+${NOT_AUTHORISED.source}[^,;:]*$`, 'iu');

/** "…, speaking on condition of anonymity to discuss internal deliberations": why the source is unnamed again, not a report of its own. */
const ANONYMOUS_TO = /\b(?:on|under)\s+(?:the\s+)?conditions?\s+of\s+anonymity\s+(?:(?:so\s+as|in\s+order)\s+)?to\s+(?:discuss|describe|talk|speak|detail|share|reveal|disclose|comment|characteri[sz]e|brief)\b/giu;

/** A passive "admitted" (PolNeAR's train texts have none). */
const ADMITTED = /\b(?:is|are|was|were|be|been|being)\s+admitted\b/iu;
const BE_BEFORE = /\b(?:is|are|was|were|be|been|being)\s+$/iu;

/**
 * What police, fire crews and paramedics respond to is a place or an event, not a remark:
 * "officers responded to the scene" ("responded to the criticism" reports).
 */
const RESPONDED = /^respond(?:s|ed|ing)?(?: to)?$/iu;
const EMERGENCY = /^(?:to\s+)?(?:the|a|an)\s+(?:(?:\p{L}+|\d+)[ -])?(?:scene|fire|blaze|incident|crash|collision|accident|emergency|shooting|stabbing|explosion|area|location|home|residence|house|building|apartment|address|block)s?(?=\s*(?:$|[,.;]|(?:at|on|in|of|near|off|along|outside|after|before|where|and|shortly|early|late|just|around)\b))/iu;
/** A police appeal, not a claim: "Anyone with information is asked to call …" (not "Ministers were urged to call an election"). */
const APPEALED = /^(?:anyone|anybody|those|people|residents|witnesses|members of the public|the public|motorists|drivers)\b/iu;
const APPEAL = /^(?:is|are|was|were|being)\s+(?:asked|urged|encouraged|requested)\s+to\s+(?:call|contact|phone|email|e-mail|ring|text)\b/iu;

/**
 * "who asked not to be named", "declining to be identified": why a source is unnamed, not a report.
 * Read before the readings compete too, so that it takes nothing from the report it stands in
 * ("A senior official, who asked not to be named, told Reuters the talks had stalled").
 */
export function anonymityAside(cue: string, content: string): boolean {
  return ANONYMITY_CUES.test(cue) && ANONYMITY.test(content);
}

/**
 * A reading whose content is the reason its source is unnamed, after "because" and before the cue
 * ("… on condition of anonymity because | he was not authorised to brief the media, | said …"),
 * not a report of what someone was not allowed to do ("Police said they were not allowed to …").
 */
export function anonymityReason(text: string, a: Attribution): boolean {
  if (a.content.spans.length !== 1) return false;
  const [cs, ce] = a.content.spans[0]!;
  return ce <= a.cue.spans[0]![0] && /\bbecause\s+$/iu.test(text.slice(Math.max(0, cs - 12), cs)) && NOT_AUTHORISED_CLAUSE.test(text.slice(cs, ce));
}

export function withoutIdioms(text: string, attributions: readonly Attribution[]): Attribution[] {
  return attributions.filter((a) => {
    if ((RESPONDED.test(a.cue.text) && EMERGENCY.test(a.content.text)) || (APPEALED.test(a.source?.text ?? '') && APPEAL.test(`${a.cue.text} ${a.content.text.slice(0, 20)}`))) return false;
    if (anonymityAside(a.cue.text, a.content.text)) return false;
    // "Goals from Mitoma and Welbeck condemned Spurs to a third successive league loss": to condemn
    // someone to a fate is to doom them, not to speak
    if (/^condemn(?:s|ed|ing)?$/iu.test(a.cue.text) && CONDEMNED_TO.test(a.content.text)) return false;
    // "Writing on Instagram, he said: …": where a participle of writing opening the sentence was done
    // is the channel of the report after it, no report of its own
    if (/^(?:writing|posting|speaking)$/iu.test(a.cue.text) && a.content.spans.length === 1 && /^\s+(?:on|in|to)\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?$/iu.test(text.slice(partEnd(a.cue), a.content.spans[0]![0])) && /^[\p{Lu}\d][\p{L}\d.'’ -]*$/u.test(a.content.text)) return false;
    // "…, official figures showed, adding to expectations that …": to add to something increases it (no train or dev cue)
    if (/^add(?:s|ed|ing)?\s+to\b/iu.test(a.cue.text) || (/^add(?:s|ed|ing)?$/iu.test(a.cue.text) && /^to\s+\p{L}/u.test(a.content.text))) return false;
    if (a.cue.spans.every(([cs, ce]) => insideMatch(text, NOT_AUTHORISED, cs, ce) || insideMatch(text, ANONYMOUS_TO, cs, ce))) return false;
    // "Tata had been admitted to Breach Candy Hospital": to be admitted (to a hospital, a school, the bar) reports nothing
    if (ADMITTED.test(a.cue.text) || (/^admitted\b/iu.test(a.cue.text) && BE_BEFORE.test(text.slice(Math.max(0, a.cue.spans[0]![0] - 12), a.cue.spans[0]![0])))) return false;
    // "Here is what other officials said:", "Here is what he said": what was said comes after; "Here is what" is none of it
    if (partEnd(a.content) <= a.cue.spans[0]![0] && (/:$/u.test(a.cue.text) ? /\b(?:what|how|why|where|when|who|whom)$/iu : /^(?:here|this|that)(?: is|['’]s| was) (?:exactly )?what$/iu).test(a.content.text)) return false;
    if (a.cue.spans.length !== 1 || !/^(?:to )?(?:said|say|saying)$/iu.test(a.cue.text)) return true;
    const [cs, ce] = a.cue.spans[0]!;
    // "That said," opens a sentence ("That said, in effect, that …" goes on as a report)
    const opensSentence = (at: number, m: string) => !m.startsWith('That') || AT_SENTENCE_START.test(text.slice(Math.max(0, at - 3), at));
    return !IDIOMS.some((re) => insideMatch(text, re, cs, ce, opensSentence));
  });
}

/** "formerly known as", "also known as", "known locally as" (or a cue that stops before "as"): a name's participle, the cue of a naming. */
const KNOWN_AS = /^(?:(?:is|are|was|were|be|been|being)\s+)?(?:(?:also|now|formerly|widely|commonly|better|popularly|officially|locally|derisively|sometimes|often|affectionately|collectively)\s+)?known(?:\s+(?:locally|widely|popularly|commonly|affectionately|collectively|officially))?(?:\s+as)?$/iu;

/**
 * "Musk posted on X, formerly known as Twitter, calling …": a name's participle reports a naming
 * by no one in the sentence; PolNeAR's gold gives "known as" a source 2 times in 25 on train ("to the Chinese"), none on dev, and the
 * subject of the sentence's verb is not the one who named it.
 */
export function namingsWithoutSource(_doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  return attributions.map((a) => (a.source && KNOWN_AS.test(a.cue.text) ? { ...a, source: null } : a));
}

/** Lower-case words inside an organisation's name before a verb of it: "Center for Countering Digital Hate", "Committee to Protect Journalists". */
const NAME_LINKS = new Set(['for', 'to', 'of', 'against', 'on']);

/**
 * "Researchers at the Center for Countering Digital Hate found …": a capitalised verb between a
 * name's linking word and its next capitalised word is part of the name, not a cue. Not in a
 * headline in title case ("Biden to Announce New Sanctions"), where most words are capitalised.
 */
export function withoutCuesInNames(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const capital = (t: Token | undefined) => !!t && /^\p{Lu}\p{Ll}/u.test(t.text);
  return attributions.filter((a) => {
    const last = lowerBound(tokens, partEnd(a.cue)) - 1;
    let first = lowerBound(tokens, a.cue.spans[0]![0]);
    // (the cue may have taken the linking word: "for Countering")
    if (first < last && NAME_LINKS.has(tokens[first]!.text)) first++;
    const cue = tokens[first];
    if (!capital(cue) || !NAME_LINKS.has(tokens[first - 1]?.text ?? '') || !capital(tokens[first - 2])) return true;
    const range = ranges[cue!.sentence];
    if (!range || first - 2 < range[0] || !capital(tokens[last + 1])) return true;
    const words = tokens.slice(range[0], range[1] + 1).filter((t) => /^\p{L}/u.test(t.text));
    return words.filter((t) => capital(t)).length * 2 >= words.length;
  });
}

/**
 * "A company statement described the results as …": a cue that opens on common nouns in lower
 * case right after its source, then a verb ("statement described"), took the head of the source's
 * noun phrase; the nouns go back to the source.
 */
export function cuesWithoutTheirSubjectNoun(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const repaired = attributions.map((a) => {
    if (!a.source || a.cue.spans.length !== 1 || a.source.spans.length !== 1) return a;
    const [cs, ce] = a.cue.spans[0]!;
    const first = lowerBound(tokens, cs);
    let verb = first;
    while (tokens[verb] && tokens[verb]!.start < ce && tokens[verb]!.pos === 'NOUN' && /^\p{Ll}+$/u.test(tokens[verb]!.text)) verb++;
    const v = tokens[verb];
    if (verb === first || !v || v.start >= ce || v.pos !== 'VERB' || tokens[first]!.start !== cs) return a;
    const [ss, se] = a.source.spans[0]!;
    if (se > cs || doc.text.slice(se, cs).trim() !== '') return a;
    return { ...a, source: part(doc.text, [[ss, tokens[verb - 1]!.end]]), cue: part(doc.text, [[v.start, ce]]) };
  });
  // (and the same source's next cue: "… described the results as “encouraging” but cautioned …")
  return withSourcesShared(attributions, repaired);
}

/** Text that ends where a sentence opens. */
const AT_SENTENCE_START = new RegExp(`${SENTENCE_START}$`, 'u');

/** Whether [cs, ce) lies inside a match of the global `re` in the text around it (one `accept` takes, given its offset and text). */
function insideMatch(text: string, re: RegExp, cs: number, ce: number, accept: (at: number, match: string) => boolean = () => true): boolean {
  const from = Math.max(0, cs - 30);
  for (const m of text.slice(from, Math.min(text.length, ce + 30)).matchAll(re)) {
    const at = from + m.index!;
    if (at <= cs && ce <= at + m[0].length && accept(at, m[0])) return true;
  }
  return false;
}

/**
 * "The minister declined to comment on the report.": where the content ranker started what a
 * refusal to speak reports at the infinitive's object ("the report"), the cue takes the infinitive
 * in ("declined to comment on"), as PolNeAR's gold does where its content is that object
 * ("declined to comment on", "declined to provide any documentation or specifics about"); a cue
 * "declined" with the object for content would read as if the report itself were declined. Not a
 * refusal to act ("refused to endorse Ryan").
 */
const SPEAKING_INFINITIVES = new Set(['comment', 'say', 'discuss', 'elaborate', 'speculate', 'answer', 'respond', 'confirm', 'specify', 'disclose', 'explain', 'detail', 'address', 'name', 'identify', 'reveal', 'describe', 'provide', 'give']);

export function refusalsWithTheirInfinitive(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const text = doc.text;
  return attributions.map((a) => {
    if (a.cue.spans.length !== 1 || !/^(?:declined|declines|refused|refuses)$/iu.test(a.cue.text)) return a;
    const [cueStart, cueEnd] = a.cue.spans[0]!;
    const start = a.content.spans[0]![0];
    const m = /^\s+to\s+(\p{L}+)(?:\s+\p{L}+)?(?=\s+$)/u.exec(text.slice(cueEnd, start));
    if (!m || start - cueEnd > 40 || !SPEAKING_INFINITIVES.has(m[1]!.toLowerCase())) return a;
    return { ...a, cue: part(text, [[cueStart, cueEnd + m[0].length]]) };
  });
}

/** Where a call went out, after "called on": "the phone", "television" (CHANNEL_NOUNS has the rest). */
const CALL_CHANNELS = new Set(['phone', 'telephone', 'tv', 'media', 'airwaves']);
/** "call on" and "call upon", with what follows them. */
const CALL_ON = /^(?:call|calls|called|calling)\s+(?:on|upon)(?=\s)/iu;

/**
 * "…, calling on both sides to return to the table", "Axelrod calls on Dean to apologize for
 * …": the tagger may run the cue of "call on" over the one called on and the infinitive. PolNeAR's
 * gold ends the cue at "on" (28 of train's 29 cues of "call on"), the rest being what is called for:
 * the content opens right after it. Only a noun phrase called on before "to" (not a day, a
 * channel or a preposition: "called on Tuesday for …", "called on the phone to say …": the review's).
 */
export function callsOnWithTheirObject(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const text = doc.text;
  return attributions.map((a) => {
    const m = a.cue.spans.length === 1 ? CALL_ON.exec(a.cue.text) : null;
    if (!m) return a;
    const [cueStart, cueEnd] = a.cue.spans[0]!;
    const [cs] = a.content.spans[0]!;
    const end = cueStart + m[0].length;
    if (end >= cueEnd || cs < cueEnd || text.slice(cueEnd, cs).trim() !== '' || !/^to\s/u.test(text.slice(cs, cs + 3))) return a;
    // only one called on, a noun phrase (not "called on Tuesday for", "called on the phone to say", "called on X for")
    const on = lowerBound(tokens, end) - 1;
    const called = tokens.slice(on + 1, lowerBound(tokens, cueEnd));
    if (called.length === 0 || !called.every((t) => /^(?:DET|ADJ|NOUN|PROPN|NUM)$/u.test(t.pos)) || called.some((t) => CALENDAR_WORD.test(t.lower) || CHANNEL_NOUNS.has(t.lower) || CALL_CHANNELS.has(t.lower))) return a;
    return withContentFrom(text, a, cueStart, tokens[on]!, called[0]!);
  });
}

/** Nouns of what was said that, after a preposition, name the news of a report, not a report with a speaker. */
const REPORT_NOUNS = /^(?:reports|claims|allegations|accusations|suggestions|warnings|rumou?rs|speculation)$/iu;
/** Prepositions before such a noun: "after reports that …", "amid claims that …". */
const NEWS_PREPOSITIONS = new Set(['after', 'amid', 'amidst', 'following', 'despite', 'over']);

/**
 * "Downing Street has said …, after reports that she breached the ministerial code": a cue that is
 * only a noun of what was said after a preposition ("after reports", "amid claims") reports no
 * one; the tagger gave it the sentence's subject for source. Dropped (PolNeAR's train has two such
 * phrases, neither marked).
 */
export function withoutNewsNouns(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.filter((a) => {
    if (a.cue.spans.length !== 1 || !REPORT_NOUNS.test(a.cue.text)) return true;
    const before = tokens[lowerBound(tokens, a.cue.spans[0]![0]) - 1];
    return !before || !NEWS_PREPOSITIONS.has(before.lower);
  });
}

/**
 * "…, the company said on Monday, | a pledge that comes as the automaker seeks to avoid tariffs": a
 * cue that is the writer's comment on the report before it, a noun of comment after a comma
 * (`COMMENT_HEADS`, phrases.ts) with its relative clause for content, reports no one (the closing
 * reading has the report). Dropped.
 */
export function withoutWritersComments(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.filter((a) => {
    if (a.cue.spans.length !== 1 || !/^(?:a|an)\s/iu.test(a.cue.text) || !/^(?:that|which)\s/iu.test(a.content.text) || a.content.spans[0]![0] < partEnd(a.cue)) return true;
    // (a relative clause, its verb right after the pronoun: not the noun's own clause, "a commitment | that emissions would be halved")
    const relative = lowerBound(tokens, a.content.spans[0]![0]);
    if (tokens[relative]!.lower === 'that' && !/^(?:VERB|AUX)$/u.test(tokens[relative + 1]?.pos ?? '')) return true;
    const first = lowerBound(tokens, a.cue.spans[0]![0]);
    const head = tokens[lowerBound(tokens, partEnd(a.cue)) - 1];
    return tokens[first - 1]?.text !== ',' || !head || !COMMENT_HEADS.has(head.lemma.toLowerCase());
  });
}

/** A quantity opening what was "added": a number, "another", "a second …" ("added two more", "added 255,000 jobs"). */
const QUANTITY = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|another|a (?:second|third|fourth|fifth|late|further))\b/iu;
/** Words opening a clause after the quantity added ("added two more as City moved level"). */
const QUANTITY_CLAUSES = new Set(['as', 'when', 'after', 'before', 'while', 'until', 'in', 'on', 'at', 'to', 'for', 'with']);

/**
 * "… after Washington added dozens of Chinese companies to an export blacklist": "added" is a
 * reporting verb ("…,” he added) only with something said; with a noun phrase and "to", it puts
 * a thing on a list. A cue "added" alone whose content is a noun phrase (no verb, no quotation)
 * that "to" follows, or that holds "to" and a determiner, is dropped; so is one whose content
 * opens on a quantity with no verb of its own ("Haaland added two more as City moved …";
 * PolNeAR's gold has no "added" whose content opens so).
 */
export function withoutAdditions(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  const text = doc.text;
  return attributions.filter((a) => {
    if (!/^(?:added|adds|add|adding)$/iu.test(a.cue.text) || a.content.spans.length !== 1) return true;
    const [cs, ce] = a.content.spans[0]!;
    // "He added: a warning to the world." introduces what was said
    if (cs < partEnd(a.cue) || text.slice(partEnd(a.cue), cs).includes(':')) return true;
    const inside = tokens.slice(lowerBound(tokens, cs), lowerBound(tokens, ce));
    // "Haaland added two more as City moved level": a quantity added, not a report (no verb right after it: "added another reason was …" reports)
    if (QUANTITY.test(a.content.text) && !inside.some((t) => /["“”‘’]/u.test(t.text) || t.lower === 'that')) {
      // no verb of the content's own before a clause of time or manner ("as City moved …")
      const sub = inside.findIndex((t) => QUANTITY_CLAUSES.has(t.lower));
      if (!inside.slice(0, sub < 0 ? inside.length : sub).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) return false;
    }
    if (inside.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || /["“”‘’]/u.test(t.text) || t.lower === 'that')) return true;
    return !(/^\s+to\s/u.test(text.slice(ce, ce + 4)) || /\sto\s+(?:the|an?|its|their|his|her)\s/iu.test(a.content.text));
  });
}

/**
 * "“This is not the end,” the company's founder wrote in a letter | to employees. | “It is a new
 * beginning.”": the tagger read the addressee after the cue as a part of what was said, between
 * the quotations. PolNeAR's gold keeps such an addressee in the cue ("sent a mass text message to
 * his supporters in Philadelphia, asking", "blasted out an email to supporters stating"): a
 * content part right after the cue that is "to" and a noun phrase, beside quotations, joins the cue.
 */
export function cuesWithTheirAddressee(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const tokens = doc.tokens ?? [];
  return attributions.map((a) => {
    if (a.content.spans.length < 2 || a.cue.spans.length !== 1) return a;
    const cueEnd = partEnd(a.cue);
    const k = a.content.spans.findIndex(([s]) => s >= cueEnd && /^\s*$/u.test(doc.text.slice(cueEnd, s)));
    if (k < 0) return a;
    const [s, e] = a.content.spans[k]!;
    const words = tokens.slice(lowerBound(tokens, s), lowerBound(tokens, e));
    if (words[0]?.lower !== 'to' || words.length < 2 || words.length > 8 || words.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.text))) return a;
    // (the other parts are quotations)
    if (!a.content.spans.every(([x], j) => j === k || isQuoteMark(doc.text[x] ?? ''))) return a;
    return { ...a, cue: part(doc.text, [[a.cue.spans[0]![0], e]]), content: part(doc.text, a.content.spans.filter((_, j) => j !== k)) };
  });
}

