// What the layout puts before a content is no part of what was said.
//
// A wire story's dateline is where it was filed: "MOSCOW
// (Reuters) — Russia's air defence systems were repelling drones …, the Kremlin
// said." PolNeAR's gold never starts a content on one (train: 9 contents open
// right after a dateline, none on it), but a content that runs back to its
// paragraph's start takes it along; a source that opens the story's first
// sentence can take it along too ("SAN FRANCISCO — Northstar warned …", a
// probe; on dev "BRUSSELS - European leaders"). Only the article's first lines are looked
// at: a dateline opens the story's first paragraph, after its title and byline.
//
// A list marker ("- ", "• ") opening a line: "- 38 people were killed, according to
// Kazakh authorities." PolNeAR has no contents on list lines, so this one is a
// judgement, not a measurement: the marker is layout.
import { analysisText, type Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { part } from '../text/spans.ts';
import { lowerBound } from '../text/search.ts';
import { npRight, speakerLike } from './phrases.ts';
import { partsOverlap } from '../tagger/hybrid.ts';
import { COMMON_WORD, isGivenName, isTitleWord, lexiconEntry, wordClasses } from '../entities/lexicon.ts';
import { DAY_PHRASE } from '../dates/lexicon.ts';

/** What a newsroom puts before a colon that is no speaker: a section, a kind of item, a notice, a fact check's parts ("Claim:", "Verdict:"). */
export const NEWSROOM_LABEL = /^(?:analysis|opinion|commentary|editorial|updated?|breaking(?: news)?|exclusive|watch|listen|read(?: more)?|related|see also|also read|photos?|videos?|live|correction|clarification|(?:editor[’']s )?note|advertisement|sponsored|transcript|summary|background|context|recap|preview|review|explainer|podcast|the latest|(?:the )?claims?|(?:the )?verdict|(?:our )?ruling|rating|fact[- ]check|(?:the )?facts|bottom line|conclusion|what we found)$/iu;

/**
 * "WASHINGTON — ", "BEDFORD, N.H. (AP) — ", "MEXICO CITY - ", "WASHINGTON -- ",
 * "BAKU/MOSCOW, Dec 26 (Reuters) - ", "BELEM, Brazil, Nov 19 (Reuters) - ": a place in capitals
 * (or two, with a slash; a state, country or date, or both, after a comma may be in lower
 * case), an agency in brackets, then a dash with a space after it.
 */
const DATELINE = /^\p{Lu}[\p{Lu}.'’/-]+(?: \p{Lu}[\p{Lu}.'’/-]+)*(?:, \p{Lu}[\p{L}\p{N}.'’ -]{0,24}?){0,2}(?: \([^()\n]{1,40}\))? ?(?:—|–|―|--|-) +/u;
/**
 * "Mumbai, July 8 (PTI) ", "Chennai, 8 July (IANS): ": a place in title case (up to three
 * words), its date and an agency in brackets, the dash or colon after them optional (South
 * Asian wires print none).
 */
const DATED = /^\p{Lu}[\p{L}.'’/-]+(?: \p{Lu}[\p{L}.'’/-]+){0,2}, (?:\p{Lu}\p{Ll}{2,8}\.? \d{1,2}|\d{1,2} \p{Lu}\p{Ll}{2,8})(?:, \d{4})? \([\p{L} ]{2,20}\)(?: ?(?:—|–|―|--|-|:))? +(?=[\p{Lu}“"‘])/u;
/**
 * A press release's: "BOSTON, June 12, 2025 /PRNewswire/ -- ", "TORONTO, Jan. 5, 2026 (GLOBE
 * NEWSWIRE) -- ", "SAN DIEGO--(BUSINESS WIRE)--": a place (a state or country after a comma), a
 * date with its year, and the wire between slashes or brackets before the dashes.
 */
const RELEASED = /^\p{Lu}[\p{L}.'’ -]{1,30}?(?:, \p{Lu}[\p{L}.'’ -]{1,24}?)?(?:, \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4} (?:\/[^/\n]{2,40}\/|\([^()\n]{2,40}\)) ?|--\([^()\n]{2,40}\))(?:--|—|–) */u;
/**
 * "DUBAI: ", "New Delhi: ", "Thiruvananthapuram: ": a place (up to three capitalised words)
 * and a colon before the story's first sentence, as Gulf and South Asian papers print it. A
 * speaker's line looks the same ("PENCE: Well, look, …", "Sanders: Clinton is unqualified"), so
 * (colonDateline) the line must be a paragraph of prose (a sentence of eight words or more,
 * ending as one, not in title case); the label must not be a common word ("Poll: …", a title's
 * topic), open on a title or a given name, or be a person or an organisation the word lists
 * know; and no other line of the article but its title may open on a label and a colon (a
 * transcript's turns). On the article's first line (a title's speaker, in PolNeAR: "Trump:
 * Clinton should have congratulated me …") the word lists must know the place; elsewhere a
 * place they do not know needs a lede that says when (a day) in the third person.
 */
const COLON_DATELINE = /^(\p{Lu}[\p{L}.'’-]+(?: \p{Lu}[\p{L}.'’-]+){0,2}): +(?=\p{Lu})/u;
/** A line opening on a label shaped like a name and a colon (another turn of a transcript: "TRUMP: …", "Imran Khan: …"). */
const LABEL_LINE = /(?:^|\n)[“"]?(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}): /gu;
/** A speaker's own words: a first or second person ("We will give free electricity …", "Senator, what would you say …"; not "the US"). */
const SPEAKER_WORDS = /\b(?:I|I['’]m|[Ww]e|[Ww]e['’]re|us|[Oo]ur|[Mm]y|me|[Yy]ou|[Yy]our)\b/u;
/** Quoted words in a lede (a speaker it quotes may say "we"): “…”, "…". */
const QUOTED = /“[^”]*”|"[^"\n]*"/gu;
/** Labels of a caption or a notice, no place (the speaker-line readings, whose output the filter learns from, keep reading them). */
const NOT_PLACES = /^(?:sources?|disclaimer|credits?|caption)$/iu;
/** A day in the lede after a colon dateline ("… on Wednesday confirmed …", "struck … on Tuesday afternoon"). */
const DAY_IN_LEDE = new RegExp(`\\b${DAY_PHRASE}\\b`, 'u');
/** Lines read for a dateline: title, byline, date and the first paragraph fit. */
const LINES = 6;

/** The dateline opening one of the article's first lines: [start, end of the dash or colon and its space], or null. */
export function datelineOf(text: string): [number, number] | null {
  let at = 0;
  for (let n = 0; n < LINES && at < text.length; ) {
    const eol = text.indexOf('\n', at);
    const end = eol < 0 ? text.length : eol;
    if (end > at) {
      const line = text.slice(at, Math.min(end, at + 120));
      const m = DATELINE.exec(line) ?? DATED.exec(line) ?? RELEASED.exec(line);
      if (m) return [at, at + m[0].length];
      const c = COLON_DATELINE.exec(line);
      if (c && colonDateline(text, c[1]!, at + c[0].length, end, n === 0)) return [at, at + c[0].length];
      n++;
    }
    at = end + 1;
  }
  return null;
}

/** Whether "LABEL: " before the prose [from, end) is a place's dateline rather than a speaker's line. */
function colonDateline(text: string, label: string, from: number, end: number, firstLine: boolean): boolean {
  // the lede: a sentence of eight words or more, ending as one, not in title case ("Milbank:
  // Republicans ‘Waving The Flag Of Surrender’ To Trump.")
  const prose = text.slice(from, end).trim();
  const words = prose.split(/\s+/u);
  if (!/[.!?]["”’')]*$/u.test(prose) || words.length < 8 || !words.some((w) => /^\P{L}*\p{Ll}{4,}/u.test(w))) return false;
  // "Poll: Wealthy Voters Abandon …" (a title's topic): a place's name is no common word
  const names = label.split(' ');
  if (NEWSROOM_LABEL.test(label) || NOT_PLACES.test(label) || (wordClasses(names[names.length - 1]!.toLowerCase()) & COMMON_WORD) !== 0) return false;
  // "Dr. Ben Carson: …"
  if (isTitleWord(names[0]!.toLowerCase().replace(/\.$/u, '')) || (names.length > 1 && isGivenName(names[0]!.toLowerCase()))) return false;
  const known = lexiconEntry(names);
  const place = known?.type === 'GPE' || known?.type === 'LOC';
  // on the first line, a title's speaker unless the word lists know the place ("Trump: Clinton should have congratulated me …")
  if ((known && !place) || (firstLine && !place)) return false;
  // a place the word lists do not know ("Kozhikode: ", "KATHMANDU: ") opens a story's lede, which says
  // when, in the third person; a speaker's line ("Kejriwal: We will give …") does neither
  const lede = prose.replace(QUOTED, ' ');
  if (!place && (!DAY_IN_LEDE.test(lede) || SPEAKER_WORDS.test(lede))) return false;
  // no line but the title and this one opens on a label ("Nipah virus: Kerala confirms …" is a title)
  const title = text.search(/\S/u);
  const lineStart = text.lastIndexOf('\n', from) + 1;
  for (const m of text.matchAll(LABEL_LINE)) {
    const at = m.index + m[0].search(/\S/u);
    if (at !== title && at !== lineStart && !NEWSROOM_LABEL.test(m[1]!)) return false;
  }
  return true;
}

/** A list marker or a live report's time and their spaces at `at`, when `at` opens a line: their end, else `at`. */
function afterListMarker(text: string, at: number): number {
  if (at > 0 && text[at - 1] !== '\n') return at;
  const m = LIST_MARKER.exec(text.slice(at, at + 8)) ?? TIME_STAMP.exec(text.slice(at, at + 24));
  return m ? at + m[0].length : at;
}
const LIST_MARKER = /^[-•*▪·‣◦]\s+/u;
/** Time zones a live report's time may name. */
const ZONE = '(?:GMT|UTC|BST|ET|EST|EDT|PT|PST|PDT|CET|CEST|IST|AEST|AEDT)';
/**
 * The time a live report's entry opens on: "10.45pm: ", "22:45 GMT — ", "0930 GMT: ", "9:05 a.m.
 * ET: ", "10.45: ". A bare time before a dash is no label ("2.50 - 3.00 is the range", "3:16 - that
 * is the verse").
 */
const TIME_STAMP = new RegExp(`^(?:\\d{1,2}[.:]\\d{2}\\s?(?:[ap]\\.?m\\.?(?:\\s?${ZONE})?|${ZONE})\\s?[:—–-]|\\d{4}\\s?(?:GMT|UTC|BST)\\s?[:—–-]|\\d{1,2}[.:]\\d{2}:)\\s+`, 'iu');

/** Words that open another clause, whose subject may be the speaker, between the lede's first noun phrase and a cue. */
const LEDE_BREAKS = new Set(['with', 'while', 'as', 'after', 'before', 'amid', 'when', 'because', 'since', 'though', 'although']);

/** The speaker's noun phrase opening the lede at `from`, when it stands before the reading's cue in its sentence and outside its content; else none. */
function ledeSubject(doc: Doc, from: number, a: Attribution): Attribution['source'] {
  const tokens = doc.tokens ?? [];
  const first = lowerBound(tokens, from);
  const range = doc.sentenceTokens?.[tokens[first]?.sentence ?? -1];
  const np = range ? npRight(tokens, first, range[1]) : null;
  // a speaker, with no other clause's subject between it and the cue ("A day after the stampede, …",
  // "The ministry faced criticism, with opposition parties accusing it")
  if (!np || !speakerLike(tokens, np)) return null;
  const cueAt = lowerBound(tokens, a.cue.spans[0]![0]);
  if (tokens.slice(np[1] + 1, cueAt).some((t) => LEDE_BREAKS.has(t.lower))) return null;
  const span: [number, number] = [tokens[np[0]]!.start, tokens[np[1]]!.end];
  const subject = part(doc.text, [span]);
  const cue = tokens[cueAt];
  return span[1] <= a.cue.spans[0]![0] && cue?.sentence === tokens[first]!.sentence && !partsOverlap(subject, a.content) ? subject : null;
}

/** Contents that start on the dateline or on a line's list marker or time start after it; so do sources on the dateline or such a line ("SAN FRANCISCO — Northstar Semiconductor warned …"); a cue on the dateline goes. */
export function withoutLayout(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const reading = analysisText(doc);
  const dateline = datelineOf(reading);
  // a dateline's colon or dash is no cue ("DUBAI: The UAE Cabinet …" read as a speaker's line)
  const onDateline = (a: Attribution) => !!dateline && a.cue.spans.every(([s, e]) => s >= dateline[0] && e <= dateline[1]);
  return attributions.filter((a) => !onDateline(a)).map((a) => {
    let out = a;
    const spans = a.content.spans;
    const [s, e] = spans[0]!;
    let from = afterListMarker(reading, s);
    if (dateline && s === dateline[0]) from = dateline[1];
    if (from !== s && from < e) out = { ...out, content: part(doc.text, [[from, e], ...spans.slice(1)]) };
    const source = a.source?.spans;
    if (dateline && source && source[0]![0] >= dateline[0] && source[source.length - 1]![1] <= dateline[1]) {
      // "NEW DELHI: Opposition parties on Sunday demanded …" (or after a dash): the place is no speaker; the lede's subject is
      out = { ...out, source: ledeSubject(doc, dateline[1], out) };
    } else if (dateline && source && source[0]![0] >= dateline[0] && source[0]![0] < dateline[1] && dateline[1] < source[0]![1]) {
      // (from the dateline's start, or from its country after the city: "BAKU, | Azerbaijan — Azerbaijan's President …")
      out = { ...out, source: part(doc.text, [[dateline[1], source[0]![1]], ...source.slice(1)]) };
    } else if (source) {
      const after = afterListMarker(reading, source[0]![0]);
      if (after !== source[0]![0] && after < source[0]![1]) out = { ...out, source: part(doc.text, [[after, source[0]![1]], ...source.slice(1)]) };
    }
    return out;
  });
}
