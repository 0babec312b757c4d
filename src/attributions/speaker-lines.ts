// Attributions set out as lines rather than sentences: transcript turns ("PENCE: …"), vox-pop
// and quotation signatures ("“…” ― Sonya Herridge"), embedded posts' signatures. Read by the
// rule-based extractor (where no verb reading overlaps) and by the closing reports (transcript
// turns and headline speakers), so they live apart from both.
import { analysisText, type Doc, type Segment } from '../pipeline/doc.ts';
import type { Token } from '../nlp/wink.ts';
import { trimRange } from '../text/spans.ts';
import { TRAILING_BARE_LINK } from '../text/links.ts';
import { itemsWithin, lowerBound } from '../text/search.ts';
import { COMMON_WORD, isBaseFormOrSingular, isTitleWord, wordClasses } from '../entities/lexicon.ts';
import { isQuoteMark, quoteMarkAt, regionAt, regionEndingAt, type QuoteRegion } from './quotes.ts';
import { contentEnd, kindOf, tokenRange, type Draft } from './draft.ts';
import { datelineOf, NEWSROOM_LABEL } from './layout.ts';
import { VERB_CUE_P } from './cues.ts';
import { MONTHS_FULL, WEEKDAYS } from '../dates/lexicon.ts';


/** The mark after a transcript line's speaker ("PENCE: …"). */
const MARK = /^[:―—]$/u;
/** The dash before a signature (quotation or post), as outlets type it: a bar, an em or en dash, two hyphens or one. */
const SIGN_DASH = '―|—|–|--|-';
const SIGN = new RegExp(`^(?:${SIGN_DASH})$`, 'u');

/**
 * Transcript and vox-pop lines: "PENCE: Well, look, …", "Sonya Herridge ― “…”". A short
 * name at the start of a prose paragraph, then a colon or a dash, then what was said.
 */
export function speakerLines(doc: Doc, tokens: readonly Token[], quotes: readonly QuoteRegion[], options: SpeakerLineOptions = {}): Draft[] {
  const text = analysisText(doc);
  const out: Draft[] = [];
  const segments = doc.segments ?? [];
  const sentences = doc.sentences ?? [];
  const ranges = doc.sentenceTokens ?? [];
  const dateline = datelineOf(text);
  // a transcript repeats its speakers turn after turn: each shouted name is looked up once
  const names = new Map<string, boolean>();
  let turns: ReadonlySet<string> | undefined;
  const isName = (shouted: string): boolean => {
    let known = names.get(shouted);
    if (known === undefined) names.set(shouted, (known = shoutedName(text, shouted) || (!!options.turns && (turns ??= speakersTakingTurns(text)).has(shouted))));
    return known;
  };
  segments.forEach((seg, g) => {
    if (seg.kind !== 'prose') return;
    const si = lowerBound(sentences, seg.start);
    if (si >= sentences.length || sentences[si]!.start >= seg.end) return;
    const [first, last] = ranges[si]!;
    // a signature after a quotation: "“…” ― Sonya Herridge", on the quotation's line or the next
    const segTokens = itemsWithin(tokens, seg.start, seg.end);
    let dash = segTokens.length - 1;
    while (dash >= 0 && segTokens.length - dash <= 7 && !SIGN.test(segTokens[dash]!.text)) dash--;
    if (dash >= 0 && SIGN.test(segTokens[dash]!.text) && dash < segTokens.length - 1) {
      const name = segTokens.slice(dash + 1).filter((t) => t.pos !== 'PUNCT');
      if (name.length > 0 && name.length <= 6 && name.every((t) => /^\p{Lu}/u.test(t.text))) {
        const before = segTokens[dash - 1];
        const prev = segments[g - 1];
        let content: Array<[number, number]> | null = null;
        if (before && isQuoteMark(before.text)) {
          const opening = regionEndingAt(quotes, before.end) ?? null;
          content = [[opening && opening.start >= seg.start ? opening.start : seg.start, before.end]];
        } else if (dash === 0 && prev && prev.kind === 'prose' && quoteMarkAt(text, prev.start)) {
          content = [[prev.start, prev.end]];
        }
        if (content) {
          const src = segTokens.slice(dash + 1);
          out.push({ kind: 'direct', cue: [[segTokens[dash]!.start, segTokens[dash]!.end]], source: [[src[0]!.start, src[src.length - 1]!.end]], content });
          return;
        }
      }
    }
    // an embedded post's signature: "… terrible! — Donald J. Trump (@realDonaldTrump) September 30, 2016"
    const post = postSignature(text, seg.start, seg.end);
    if (post) {
      const [cs, ce] = withoutTrailingLink(text, post.dash > seg.start ? trimRange(text, seg.start, post.dash) : prevSeg(segments, g) ?? [0, 0]);
      if (ce - cs >= 3) {
        out.push({ kind: 'direct', cue: [[post.dash, post.dashEnd]], source: [post.name], content: [[cs, ce]] });
        return;
      }
    }
    // a transcript line may open with a stray quotation mark: "WALLACE: Let's start …
    const from = quoteMarkAt(text, tokens[first]!.start) && first < last ? first + 1 : first;
    let k = from;
    while (k <= last && k - from < 7 && (/^(PROPN|NOUN|ADJ|DET)$/u.test(tokens[k]!.pos) || (options.turns && k === from && mistaggedName(text, tokens, k))) && !MARK.test(tokens[k]!.text)) k++;
    const nameEnd = k;
    // the mark right after the name, or a headline's after its topic ("Gillibrand on …: …")
    const at = options.turns && k > from ? (topicColon(text, tokens, from, k, last) ?? k) : k;
    const mark = tokens[at];
    if (!mark || at === from || !MARK.test(mark.text) || at > last) return;
    // "DUBAI: The UAE Cabinet …": a place's dateline, not a speaker's line (a dash dateline's turn,
    // "WASHINGTON — …", the filter learned from and drops; withoutLayout drops what it keeps)
    if (dateline && mark.text === ':' && mark.start >= dateline[0] && mark.end <= dateline[1]) return;
    const name = tokens.slice(from, nameEnd);
    const shouted = name.every((t) => !/\p{Ll}/u.test(t.text));
    const named = name.every((t) => /^\p{Lu}/u.test(t.text));
    if (!shouted && !named) return;
    // interviews' "Q:" and "A:" are not named; a shouted label ("CORRECTION:", "EMAIL:") is no
    // speaker unless it is a known name ("WALLACE:") or the article also writes it as one ("PENCE:" beside "Mike Pence")
    if (name.length === 1 && name[0]!.text.length === 1) return;
    if (NEWSROOM_LABEL.test(text.slice(name[0]!.start, name[name.length - 1]!.end))) return;
    if (shouted && !isName(name[name.length - 1]!.text)) return;
    const cs = mark.end;
    const ce = contentEnd(text, cs, seg.end);
    const [s0, e0] = trimRange(text, cs, ce);
    const inQuote = regionAt(quotes, mark.start);
    if (e0 - s0 < 3 || (inQuote && !(from > first && inQuote.start === tokens[first]!.start))) return;
    // what follows says something: not a tally ("Clinton: 547.") nor a list of names (no verb,
    // commas); a title-case headline's verbs read as names, so no verb alone proves nothing
    const said = itemsWithin(tokens, s0, e0);
    if (!said.some((t) => /\p{L}/u.test(t.text))) return;
    const verb = said.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (!verb && said.filter((t) => t.text === ',').length >= 2) return;
    // (a turn known only by its repeats says or asks something: not "AAPL: up 2%")
    if (shouted && !verb && !/\?\s*$/u.test(text.slice(s0, e0 + 1)) && !shoutedName(text, name[name.length - 1]!.text)) return;
    const content: Array<[number, number]> = [[s0, e0]];
    out.push({ kind: kindOf(text, content), cue: [[mark.start, mark.end]], source: [tokenRange(tokens, from, nameEnd - 1)], content });
  });
  return out;
}

/**
 * A line's first word, capitalised, that wink tags as a verb or a foreign word but is part of a
 * name: a foreign word before a proper noun ("De/X Blasio"), a verb the article also writes
 * capitalised after a word ("Ted/VERB Cruz: …" beside "Sen. Ted Cruz", "Lynch/VERB: …" beside
 * "Attorney General Loretta Lynch"); not a title-case headline's verb ("Revealed: …", "Impeach
 * Trump: …", where the article writes "impeach"), nor a verb of train's cue lexicon ("Says Smith: …").
 */
function mistaggedName(text: string, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if ((t.pos !== 'VERB' && t.pos !== 'X') || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || VERB_CUE_P.has(t.lemma.toLowerCase())) return false;
  return t.pos === 'X' ? tokens[k + 1]?.pos === 'PROPN' : writtenAfterAWord(text, t.text);
}

/** Whether `text` writes `word` (letters only) as a name inside a sentence: after a word, a comma or a title's period ("Sen. Ted Cruz"), not after an article ("the March on Washington"). */
function writtenAfterAWord(text: string, word: string): boolean {
  // (a plain search: a regex over the whole article cost about a millisecond a call)
  for (let at = text.indexOf(` ${word}`); at >= 0; at = text.indexOf(` ${word}`, at + 1)) {
    if (LETTER_OR_DIGIT.test(text[at + 1 + word.length] ?? '')) continue;
    const mark = text[at - 1];
    if (mark === ',') return true;
    const wordEnd = mark === '.' ? at - 1 : at;
    let wordStart = wordEnd;
    while (wordStart > 0 && LETTER.test(text[wordStart - 1]!)) wordStart--;
    if (wordStart === wordEnd) continue;
    const before = text.slice(wordStart, wordEnd).toLowerCase();
    if (mark === '.' ? isTitleWord(before) : !ARTICLE.test(before)) return true;
  }
  return false;
}
const LETTER = /^\p{L}$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const ARTICLE = /^(?:a|an|the)$/u;

/** The words after a headline's name that say what it speaks on or to. */
const TOPIC = /^(?:on|to)$/iu;
/** Words of the topic between "on"/"to" and the colon. */
const MAX_TOPIC = 12;
/** A topic that is a time, not a subject: "Trump on Tuesday: …". */
const TIME_TOPIC = new RegExp(`^(?:${WEEKDAYS}|${MONTHS_FULL}|today|tonight|yesterday)$`, 'iu');

/**
 * The colon of a headline that names what its speaker speaks on or to: "Gillibrand on Hillary
 * Releasing Her Speech Transcripts: ‘I Think She Will.’", "Clinton to Planned Parenthood: Trump
 * will reverse Roe v. Wade." (train's and dev's gold read all six such headlines). The name
 * before "on"/"to" (tokens `from` to `nameEnd`) must be one the article writes inside a sentence
 * too, not a headline's title-case phrase ("A Curious Plan to Fight …: …", "March on Washington:
 * …"). The topic is no time ("Trump on Tuesday:"), no phrase opening on an article ("Clinton on
 * the Campaign Trail:"), no plan ("Biden to Visit Israel:": after "to", a verb's base form or a
 * word compromise lists as one or as a singular noun, not "to Planned Parenthood"), and has no
 * verb in lower case, a sentence's verb ("Smith on Monday told reporters: …").
 */
function topicColon(text: string, tokens: readonly Token[], from: number, nameEnd: number, last: number): number | undefined {
  if (!TOPIC.test(tokens[nameEnd]?.text ?? '') || tokens[from]!.pos === 'DET') return undefined;
  const head = tokens[nameEnd + 1];
  if (!head || head.pos === 'DET' || TIME_TOPIC.test(head.text) || (tokens[nameEnd]!.lower === 'to' && ((/^(?:VERB|AUX)$/u.test(head.pos) && head.lower === head.lemma.toLowerCase()) || isBaseFormOrSingular(head.lower)))) return undefined;
  let j = nameEnd + 1;
  while (j <= last && j - nameEnd <= MAX_TOPIC && tokens[j]!.text !== ':' && (tokens[j]!.pos !== 'PUNCT' || tokens[j]!.text === '.')) {
    if (/^(?:VERB|AUX)$/u.test(tokens[j]!.pos) && /^\p{Ll}/u.test(tokens[j]!.text)) return undefined;
    j++;
  }
  if (j > last || j === nameEnd + 1 || tokens[j]!.text !== ':') return undefined;
  const after = text.slice(tokens[j]!.end);
  const named = tokens.slice(from, nameEnd).some((t) => t.pos === 'PROPN' && /^\p{Lu}\p{L}+$/u.test(t.text) && writtenAfterAWord(after, t.text));
  return named ? j : undefined;
}

export interface SpeakerLineOptions {
  /**
   * Also take a shouted word nothing else knows as a speaker when it is one of two or more that
   * each open two or more lines ("TAPPER: …", "FALLIN: …", turn after turn): a transcript's
   * turns (speakersTakingTurns); and a capitalised word wink tags as a verb or a foreign word for
   * part of a name ("Lynch/VERB: No outside influence …", "De/X Blasio: …", "Ted/VERB Cruz: …");
   * and a headline's topic between the name and the colon ("Gillibrand on …: …", topicColon).
   * Off for the rule extractor, whose output the content ranker and the filter learned from as it was.
   */
  turns?: boolean;
}

/**
 * The shouted words that label a transcript's turns in `text`: each opens two or more lines, maybe
 * after a first name in capitals ("JAKE TAPPER: …", "TAPPER: …"), and two or more such speakers
 * take turns, as an interview's do. Not a common word nor a layout label: a live blog repeats
 * "UPDATE:", a market report "SOURCE:", a match report "SCORERS:" and "REFEREE:".
 */
function speakersTakingTurns(text: string): ReadonlySet<string> {
  const counts = new Map<string, number>();
  const re = /(?:^|\n)[ \t]*["“]?(?:\p{Lu}[\p{Lu}.'’-]* ){0,2}(\p{Lu}{2,})[ \t]*:/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) counts.set(m[1]!, (counts.get(m[1]!) ?? 0) + 1);
  const speakers = [...counts].filter(([w, n]) => n >= 2 && !LAYOUT_LABELS.has(w.toLowerCase()) && !(wordClasses(w.toLowerCase()) & COMMON_WORD)).map(([w]) => w);
  return new Set(speakers.length >= 2 ? speakers : []);
}

/** Labels of news layout in capitals that no common-word list knows (sport, markets, live blogs, fact boxes). */
const LAYOUT_LABELS = new Set([
  'source', 'sources', 'scorers', 'scorer', 'referee', 'ref', 'var', 'ht', 'aet', 'attendance', 'venue', 'odds', 'timeline', 'factbox', 'spoiler',
  'disclaimer', 'fyi', 'ps', 'gmt', 'et', 'bst', 'nyse', 'nasdaq', 'ftse', 'dax', 'today', 'tomorrow', 'kickoff', 'lineups', 'tickets',
]);

/** The parts a transcript names its speakers by, when it does not name them. */
const TRANSCRIPT_ROLES = new Set(['interviewer', 'host', 'moderator', 'anchor', 'reporter', 'correspondent', 'questioner', 'panelist', 'announcer', 'narrator', 'interpreter', 'translator']);

/** Whether `shouted` (a word in capitals) is a name: one the word lists know, or written capitalised elsewhere in `text` ("PENCE" → "Pence"). */
function shoutedName(text: string, shouted: string): boolean {
  if (!/^\p{Lu}{2,}$/u.test(shouted)) return false;
  // a broadcast transcript names some speakers by their part ("INTERVIEWER:", "MODERATOR:")
  if (TRANSCRIPT_ROLES.has(shouted.toLowerCase())) return true;
  if ((wordClasses(shouted.toLowerCase()) & ~COMMON_WORD) !== 0) return true;
  // letters only, so the word needs no escaping
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${shouted}(?![\\p{L}\\p{N}])`, 'giu');
  for (let m = re.exec(text); m; m = re.exec(text)) if (/^\p{Lu}.*\p{Ll}/u.test(m[0])) return true;
  return false;
}

/** The signature of an embedded post, as platforms print it under the post's text: a dash, a name, a handle in brackets, maybe a date. */
const POST_SIGNATURE = new RegExp(String.raw`(?:^|\s)(${SIGN_DASH})[ \t\u00a0]*(\p{Lu}[^()\n]{0,60}?)[ \t\u00a0]*\(@\w{1,30}\)[ \t\u00a0]*(?:\p{Lu}\p{Ll}+\.? \d{1,2}, \d{4}|\d{1,2} \p{Lu}\p{Ll}+ \d{4})?[ \t\u00a0]*$`, 'u');

/** The post signature ending the segment [start, end): its dash and the name's span. Only the last 160 characters are read. */
function postSignature(text: string, start: number, end: number): { dash: number; dashEnd: number; name: [number, number] } | null {
  const from = Math.max(start, end - 160);
  const m = POST_SIGNATURE.exec(text.slice(from, end));
  if (!m) return null;
  const dash = from + m.index + m[0].indexOf(m[1]!);
  const nameAt = from + m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
  return { dash, dashEnd: dash + m[1]!.length, name: trimRange(text, nameAt, nameAt + m[2]!.length) };
}

/** A post's text without the link that ends it ("… terrible! pic.twitter.com/x1Y2"): PolNeAR's gold leaves it out. */
function withoutTrailingLink(text: string, [start, end]: readonly [number, number]): [number, number] {
  const m = TRAILING_BARE_LINK.exec(text.slice(Math.max(start, end - 200), end));
  return m ? trimRange(text, start, end - m[0].length) : [start, end];
}

/** The span of the prose or heading segment before segment g (an embedded post's text), if any. */
function prevSeg(segments: readonly Segment[], g: number): [number, number] | null {
  const prev = segments[g - 1];
  return prev && prev.kind !== 'boilerplate' ? [prev.start, prev.end] : null;
}
