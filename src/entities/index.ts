// Stage 3: named entities, grouped into canonical entities per article.
// wink's model has no PERSON/ORG/GPE, and compromise's tagger is ~25× slower
// than wink, so names come from wink's proper-noun runs and capitalisation,
// and types from compromise's lexicon (a dictionary lookup), word lists,
// and the context a name stands in ("in Grozny", "Kirby said", titles).
import { z } from 'zod';
import type { Entity, EntityType, Mention, SegmentKind, Span } from '../schemas/index.ts';
import { defineStage } from '../pipeline/stage.ts';
import { notEnglish } from '../language/index.ts';
import { analysisText, need, type Doc } from '../pipeline/doc.ts';
import { inModelLexicon, type Token } from '../nlp/wink.ts';
import { span } from '../text/spans.ts';
import { canonicalWords, isCompanyHead, isDemonym, isGivenName, isGroupWord, isOccupation, isOfRegulator, isOrganisationHead, isPersonsName, isProductName, isTitleWord, MEDIA_HEADS, NAME_PARTICLES, STORM_WORDS, surnameFirst, typeByGazetteer, typeByLexicon, typeInClass } from './lexicon.ts';
import { entityModel, tagNames } from './tagger.ts';
import type { NerClass } from './classes.ts';
import { datelineOf } from '../attributions/layout.ts';
import { lowerBound } from '../text/search.ts';

export const EntitiesOptions = z
  .object({
    /** Keep names whose type no rule could tell (typed by their most likely class). */
    keepUntyped: z.boolean().default(false),
    /** Where names and their classes come from: the entity tagger (trained on PolNeAR train's CoreNLP spans) or the capitalisation rules alone. */
    names: z.enum(['tagger', 'rules']).default('tagger'),
  })
  .strict();
export type EntitiesOptions = z.infer<typeof EntitiesOptions>;

/** A name found in the text before grouping. */
interface RawMention {
  start: number;
  end: number;
  words: string[];
  type: EntityType | null;
  /** A guess from context alone ("in X" → GPE), used only when nothing better is known. */
  weakType: EntityType | null;
  kind: Mention['kind'];
  roles: Span[];
  /** Index of the sentence, for context rules. */
  sentence: number;
  firstToken: number;
  lastToken: number;
  /** The words lower-cased and joined by one space: what makes two mentions the same name. */
  key: string;
}

const STOP_CAPS = new Set(['i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'we', 'they', 'but', 'and', 'or', 'so', 'if', 'as', 'in', 'on', 'at', 'by', 'for', 'of', 'to', 'with']);
const NON_NAME_POS = new Set(['VERB', 'AUX', 'ADP', 'DET', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'SYM', 'NUM', 'INTJ', 'ADV']);
const LOCATIVE = new Set(['in', 'near', 'from', 'to', 'at', 'into', 'across', 'outside', 'inside', 'over', 'toward', 'towards']);
const SPEECH_AFTER = /^(said|says|say|told|tells|added|stated|noted|argued|wrote|asked|claimed|explained|insisted|confirmed|announced|tweeted)$/u;
const ORG_FOLLOWERS = new Set(['agency', 'newspaper', 'network', 'company', 'airline', 'group', 'party', 'corporation', 'firm', 'broadcaster', 'channel', 'daily', 'jet', 'aircraft', 'plane', 'carrier']);
const MONTHS_DAYS = /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.?$/u;

function isCapitalised(t: Token): boolean {
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // ASCII: A–Z, the common case, without a regular expression
  return /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
}

/** Whether a token can be part of a name, given where it stands. */
function nameLike(t: Token, sentenceStart: boolean): boolean {
  if (!isCapitalised(t)) return false;
  if (MONTHS_DAYS.test(t.lower)) return false;
  if (STOP_CAPS.has(t.lower)) return false;
  if (NON_NAME_POS.has(t.pos) && t.pos !== 'ADJ') {
    // mid-sentence capitals tagged as verbs are usually still names ("Will Hurd"), but not at a sentence start
    if (sentenceStart || t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'CCONJ' || t.pos === 'SCONJ') return false;
  }
  if (sentenceStart && t.pos !== 'PROPN') return false;
  return true;
}

/** Maximal runs of name-like tokens within one sentence, joining hyphenated parts ("Pantsir-S"). */
function nameRuns(tokens: readonly Token[], first: number, last: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let i = first;
  while (i <= last) {
    const t = tokens[i]!;
    if (!nameLike(t, i === first || /^["“‘'(]$/u.test(tokens[i - 1]?.text ?? '') && i - 1 === first)) {
      i++;
      continue;
    }
    let j = i;
    for (;;) {
      const next = tokens[j + 1];
      if (!next || j + 1 > last) break;
      // hyphen glued on both sides: "Pantsir-S", "Iskander-M"
      if (glued(tokens, j + 1) && j + 2 <= last && /^[\p{L}\p{N}]/u.test(tokens[j + 2]!.text)) {
        j += 2;
        continue;
      }
      if (nameLike(next, false) && !isSentencePunct(next)) {
        j++;
        continue;
      }
      break;
    }
    runs.push([i, j]);
    i = j + 1;
  }
  return runs;
}

/** Whether token `k` is a hyphen glued to the words on both sides ("Jean-Pierre", "Director-General"). */
function glued(tokens: readonly Token[], k: number): boolean {
  const [before, hyphen, after] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  return !!before && !!after && hyphen?.text === '-' && before.end === hyphen.start && hyphen.end === after.start;
}

function isSentencePunct(t: Token): boolean {
  return t.pos === 'PUNCT';
}

/** Role words just before a name: "White House spokesperson", "presidential spokesman". */
function roleBefore(tokens: readonly Token[], nameStart: number, sentenceFirst: number): [number, number] | null {
  const prev = tokens[nameStart - 1];
  if (!prev || nameStart - 1 < sentenceFirst || !isTitleWord(prev.lower)) return null;
  let k = nameStart - 1;
  let steps = 0;
  while (k - 1 >= sentenceFirst && steps < 5) {
    // "Director-General", "Secretary-General": over the hyphen to the word it joins
    if (glued(tokens, k - 1) && k - 2 >= sentenceFirst && isCapitalised(tokens[k - 2]!)) {
      k -= 2;
      steps++;
      continue;
    }
    const t = tokens[k - 1]!;
    if (isTitleWord(t.lower) || ((t.pos === 'ADJ' || t.pos === 'PROPN' || t.pos === 'NOUN') && !/^(the|a|an)$/u.test(t.lower))) {
      if (t.pos === 'NOUN' && !isTitleWord(t.lower) && !isCapitalised(t)) break;
      k--;
      steps++;
    } else break;
  }
  return [k, nameStart - 1];
}

/** Apposition after a name: "Dmitry Yadrov, head of Russia’s civil aviation agency," */
function roleAfter(tokens: readonly Token[], nameEnd: number, sentenceLast: number): [number, number] | null {
  const comma = tokens[nameEnd + 1];
  if (!comma || comma.text !== ',' || nameEnd + 1 >= sentenceLast) return null;
  let k = nameEnd + 2;
  const start = k;
  let sawTitle = false;
  while (k <= sentenceLast && k - start < 14) {
    const t = tokens[k]!;
    if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX') break;
    if (k - start < 4 && isTitleWord(t.lower)) sawTitle = true;
    k++;
  }
  const closer = tokens[k];
  if (!sawTitle || k === start || !closer || (closer.text !== ',' && k <= sentenceLast)) return null;
  return [start, k - 1];
}

/**
 * Roles around the name tokens [a, b] (a0: where the name's run began, before
 * a title was split off into roles[0]): the title words before it, widened
 * leftwards ("Russian President"), and an apposition after it.
 */
function addRoles(text: string, tokens: readonly Token[], roles: Span[], a0: number, a: number, b: number, first: number, last: number): void {
  const before = roleBefore(tokens, a, first);
  if (before && roles.length === 0) roles.push(span(text, tokens[before[0]]!.start, tokens[before[1]]!.end));
  else if (before && roles.length > 0 && before[0] < a0) roles[0] = span(text, tokens[before[0]]!.start, roles[0]!.end);
  const after = roleAfter(tokens, b, last);
  if (after) roles.push(span(text, tokens[after[0]]!.start, tokens[after[1]]!.end));
}

function collectMentions(doc: Doc, tokens: readonly Token[], prose: boolean): RawMention[] {
  const sentences = need(doc, 'sentences', 'entities');
  const ranges = need(doc, 'sentenceTokens', 'entities');
  const out: RawMention[] = [];
  sentences.forEach((s, si) => {
    if ((s.kind === 'prose') !== prose) return;
    const [first, last] = ranges[si]!;
    for (const [a0, b] of nameRuns(tokens, first, last)) {
      let a = a0;
      const roles: Span[] = [];
      // split a leading title off the name: "Russian President | Vladimir Putin" — unless the whole
      // run is itself a known non-person name ("Justice Department", "Supreme Court Justice" aside)
      const whole = typeByLexicon(wordsAt(doc, tokens, a, b));
      let lastTitle = -1;
      if (whole === null || whole === 'PERSON') for (let k = a; k < b; k++) if (isTitleWord(tokens[k]!.lower)) lastTitle = k;
      if (lastTitle >= a) {
        roles.push(span(doc.text, tokens[a]!.start, tokens[lastTitle]!.end));
        a = lastTitle + 1;
      } else if (isTitleWord(tokens[b]!.lower) && a === b) {
        continue; // a title alone is not a name
      }
      // "Russian Pantsir-S", "Democrat Hillary Clinton": a leading group word is a mention of its own
      // (a party word before a person's name; a demonym wherever the whole run is no known name: "Caspian Sea")
      const party = isGroupWord(tokens[a]!.lower) && a < b && isGivenName(tokens[a + 1]!.lower);
      const demonym = isDemonym(tokens[a]!.lower) && typeByLexicon(wordsAt(doc, tokens, a, b)) === null;
      if (roles.length === 0 && a < b && (party || demonym)) {
        out.push(mention(doc, tokens, a, a, si, [], 'NORP', isDemonym(tokens[a]!.lower) ? 'demonym' : 'name'));
        a++;
      }
      // "The New York Times": a newspaper's article belongs to its name
      const the = tokens[a - 1];
      if (a === a0 && the && the.text === 'The' && a - 1 >= first && MEDIA_HEADS.has(tokens[b]!.lower) && b > a) a--;
      addRoles(doc.text, tokens, roles, a0, a, b, first, last);
      const words = wordsAt(doc, tokens, a, b);
      const lower = words.map((w) => w.toLowerCase());
      let type = typeByLexicon(words);
      let weakType: EntityType | null = null;
      let kind: Mention['kind'] = 'name';
      if (words.length === 1 && isDemonym(lower[0]!) && type === null) {
        type = 'NORP';
        kind = 'demonym';
      }
      if (type === null && roles.length > 0) type = 'PERSON';
      if (type === null) {
        const prev = tokens[a - 1];
        const next = tokens[b + 1];
        const next2 = tokens[b + 2];
        if (next && ORG_FOLLOWERS.has(next.lower)) type = 'ORG';
        else if (next && next2 && /^(news|press|state)$/u.test(next.lower) && ORG_FOLLOWERS.has(next2.lower)) type = 'ORG';
        else if (next && SPEECH_AFTER.test(next.lower)) type = 'PERSON';
        else if (words.length >= 2 && words.length <= 3 && isGivenName(lower[0]!)) type = 'PERSON';
        else if (prev && LOCATIVE.has(prev.lower) && a - 1 >= first) weakType = 'GPE';
      }
      if (!prose) weakType = null; // title case everywhere: context says nothing
      out.push({ ...mention(doc, tokens, a, b, si, roles, type, kind), weakType });
    }
  });
  return out;
}

/** South Asian currencies' abbreviations, which the tagger may take for a name (not NPR, the broadcaster). */
const CURRENCY_ABBREVIATIONS = /^(?:Rs\.?|INR|PKR|LKR|BDT|Tk\.?)$/u;

/**
 * The index of the "of" after a person's name at the start of tokens [a, b] ("Helen Bedford of
 * University College London"): a given name, one or two more capitalised words, "of", then a
 * capitalised word; else -1. The first word must be a given name the word lists know (not "Bank
 * of England").
 */
function personBeforeOf(tokens: readonly Token[], a: number, b: number, titled = false): number {
  // (a given name, or any name after a person's role: "climate scientist | Friederike Otto of Imperial
  // College London"; or, with no role, a name of words no lexicon knows before an institution whose
  // name has an organisation's head: not "Duke of Edinburgh", "The Trustees of Columbia University",
  // a headline's "Last State Of The Union")
  const role = tokens[a - 1];
  const known = titled || isGivenName(tokens[a]!.lower) || (!!role && /^\p{Ll}/u.test(role.text) && (WORKPLACE_ROLES.has(role.lower) || isTitleWord(role.lower)));
  const institution = tokens.slice(a + 3, b + 1).some((t) => /^\p{Lu}/u.test(t.text) && isOrganisationHead(t.lower));
  if (!known && !institution) return -1;
  for (let o = a + 2; o <= Math.min(a + 3, b - 1); o++) {
    if (tokens[o]!.lower !== 'of') continue;
    const name = tokens.slice(a, o);
    // (not a title of a place: "Mary Queen of Scots", "Prince of Wales")
    // (nor an institution's own name: "Maxwell School of Syracuse University")
    if (!known && name.some((t) => inModelLexicon(t.lower))) return -1;
    // (the institution may open on "the": "Nomvula Khumalo of | the University of Cape Town")
    const opening = tokens[o + 1]!.lower === 'the' && o + 2 <= b ? tokens[o + 2]! : tokens[o + 1]!;
    return name.every((t) => /^\p{Lu}/u.test(t.text) && !isTitleWord(t.lower)) && !isOrganisationHead(tokens[o - 1]!.lower) && /^\p{Lu}/u.test(opening.text) ? o : -1;
  }
  return -1;
}

/** A courtesy title before a name: an honorific ("Mr", "Ms") or a scholar's ("Dr", "Prof"). */
const courtesyTitle = (lower: string): boolean => HONORIFICS.test(lower) || /^(?:dr|prof|professor)\.?$/u.test(lower);

/** Honorifics of South Asian and West African papers before a name, kept apart from the tagger's title words. */
const NAME_HONORIFICS = new Set(['barrister', 'advocate', 'adv', 'engr', 'engr.', 'alhaji', 'alhaja', 'hajiya', 'mallam']);

/**
 * The first token of a holder's name at the end of tokens [a, b] after a title and its office
 * ("Cyberabad Commissioner of Police | Avinash Mohanty", "Chief of Army Staff General | Asim
 * Munir", "Barrister | Gohar Ali Khan"): two or more capitalised words no lexicon knows (or given
 * names) after words that hold a title or honorific, or follow one and "of" ("Commissioner of |
 * Police Avinash Mohanty"); else -1. `person`: the tagger read a person's name.
 */
function nameAfterTitle(tokens: readonly Token[], a: number, b: number, first: number, person: boolean): number {
  // (an honorific only in a person's name, and not a title's first word: "Advocate General Szpunar",
  // "Mallam Aminu Kano International Airport")
  if (person && NAME_HONORIFICS.has(tokens[a]!.lower) && b - a >= 2 && !isTitleWord(tokens[a + 1]!.lower) && !isOrganisationHead(tokens[b]!.lower)) return a + 1;
  let n = b + 1;
  while (n - 1 > a && /^\p{Lu}\p{Ll}/u.test(tokens[n - 1]!.text) && (isGivenName(tokens[n - 1]!.lower) || !inModelLexicon(tokens[n - 1]!.lower))) n--;
  if (b - n < 1 || n <= a) return -1;
  const office = tokens.slice(a, n);
  if (!office.every((t) => /^\p{Lu}/u.test(t.text) || t.lower === 'of' || t.lower === 'for')) return -1;
  const titled = office.some((t) => isTitleWord(t.lower) || NAME_HONORIFICS.has(t.lower)) || (a - 2 >= first && tokens[a - 1]!.lower === 'of' && isTitleWord(tokens[a - 2]!.lower));
  return titled ? n : -1;
}

/** Titles that only a person's name follows, with or without their period (not "Dr": "Dr Pepper", "Dr. Martens" are brands). */
const HONORIFICS = /^(?:mr|mrs|ms|mx|messrs)\.?$/u;
/**
 * Ranks of police, forces and the clergy as British and Commonwealth papers abbreviate them, opening
 * a person's name ("Det Ch Insp | Jo Hood", "Supt | Mark Ellis", "PC | Sarah Jones", "Revd | Kate
 * Bottley"), written as here (case counts: "Det Norske Veritas" and "DS Smith" are companies, and
 * a rank is split off only before a given name). Kept apart from the title words, which are one of
 * the entity tagger's features.
 */
const RANKS = /^(?:Det|Ch|Insp|Supt|Sgt|Cllr|Maj|Capt|Cpl|Brig|Cmdr|Revd?|PC|DC|DS|DCI|DI|DSI|DSU|DCS|PCSO|Brigadier|Colonel|Lieutenant|Sergeant|Constable|Warrant|Commissioner)\.?$/u;

/**
 * An occupation's noun: one compromise's lexicon lists as such ("producer", "economist"), or a word of
 * the model's lexicon with an occupation's ending that names no person ("seismologist", "physician",
 * "consultant"; not "Archer", "Baker", whose "-er" makes surnames too).
 */
const occupation = (lower: string): boolean => isOccupation(lower) || (/^\p{Ll}{3,}(?:ist|ian|ant|ent)$/u.test(lower) && inModelLexicon(lower) && !isPersonsName(lower));

/** Formal titles in the plural, written before two or more names ("Justices Clarence Thomas and Samuel Alito", "Sens. Cruz and Lee"). */
const PLURAL_TITLES = new Set(['Justices', 'Judges', 'Senators', 'Sens.', 'Representatives', 'Reps.', 'Governors', 'Govs.', 'Generals', 'Gens.', 'Ministers', 'Presidents', 'Drs.', 'Professors', 'Profs.']);

/** Names from the entity tagger, typed by their class and the word lists; titles and appositions of persons as roles. */

function taggedMentions(doc: Doc, tokens: readonly Token[]): RawMention[] {
  const ranges = need(doc, 'sentenceTokens', 'entities');
  const out: RawMention[] = [];
  let midSentence: Set<string> | undefined;
  for (const name of tagNames(doc, entityModel())) {
    const si = tokens[name.first]!.sentence;
    const [first, last] = ranges[si]!;
    let a = name.first;
    let b = name.last;
    // a given name in two hyphenated parts the tagger left after the name: "Choi | Sang-mok" (a
    // capitalised word, a hyphen, a lower-case word: Korean and Chinese given names)
    if (name.cls === 'PERSON' && b + 3 <= last && /^\p{Lu}\p{Ll}{1,4}$/u.test(tokens[b + 1]!.text) && glued(tokens, b + 2) && /^\p{Ll}{1,5}$/u.test(tokens[b + 3]!.text)) b += 3;
    // a hyphenated name the tagger cut at its hyphen: "Jean-Pierre Musema" (not a party's initial: "(D-Newport News)")
    while (glued(tokens, a - 1) && a - 2 >= first && /^\p{Lu}\p{Ll}/u.test(tokens[a - 2]!.text)) a -= 2;
    // a storm's name the tagger read without its first word: "Hurricane | Milton", "Tropical Storm | Ana"
    // (at most two words: a one-word name's storm words, not a company's "Storm | Capital | Partners")
    if (a === b) while (b - a < 2 && a - 1 >= first && STORM_WORDS.has(tokens[a - 1]!.lower) && /^\p{Lu}/u.test(tokens[a - 1]!.text)) a--;
    const roles: Span[] = [];
    // a title with its office and the name of who holds it, read as one name ("Cyberabad Commissioner
    // of Police | Avinash Mohanty", "Barrister | Gohar Ali Khan"): the title is the person's role
    const holder = name.cls === 'PERSON' || name.cls === 'ORGANIZATION' ? nameAfterTitle(tokens, a, b, first, name.cls === 'PERSON') : -1;
    if (holder > a) {
      roles.push(span(doc.text, tokens[a]!.start, tokens[holder - 1]!.end));
      out.push(mention(doc, tokens, holder, b, si, roles, 'PERSON', 'name'));
      continue;
    }
    // a person's name and the institution after "of" the tagger read as one organisation ("Helen
    // Bedford | of | University College London"): a given name and one or two more words before it
    // (after a courtesy title the tagger took in: "Dr | Kwek Boon Hui of the National University of Singapore")
    const courtesy = name.cls === 'ORGANIZATION' && a < b && courtesyTitle(tokens[a]!.lower) ? 1 : 0;
    const of = name.cls === 'ORGANIZATION' ? personBeforeOf(tokens, a + courtesy, b, courtesy > 0) : -1;
    if (of > a + courtesy) {
      out.push(mention(doc, tokens, a + courtesy, of - 1, si, [], 'PERSON', 'name'));
      a = of + 1 + (tokens[of + 1]!.lower === 'the' ? 1 : 0);
    }
    // a plural title before names joined by "and" is each one's ("Justices | Abhay S Oka and Augustine
    // George Masih", which the tagger read as an organisation's name): the name after it is a person
    // (the "and" inside the name or right after it, or a list's comma and the next name: not "The Governors
    // Island Trust"; "Justices David H. Souter, John Paul Stevens and Scalia")
    const listed = tokens[b + 1]?.text === ',' && tokens[b + 2]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[b + 2]!.text);
    const joined = listed || tokens[b + 1]?.lower === 'and' || tokens.slice(a + 1, b).some((t) => t.lower === 'and');
    const plural = a + 1 < b && joined && PLURAL_TITLES.has(tokens[a]!.text) && tokens[a + 1]!.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(tokens[a + 1]!.text);
    // an honorific makes a person whatever class the tagger gave ("Mr | Ramaphosa", British style, read as ORG)
    // (and Britain's regulators named "Of…", which the tagger reads as surnames, are organisations: "Ofcom", "Ofgem", "Ofsted")
    // (so does one right before the name: "Mr | Cox", which the tagger may read without it as an organisation)
    const honoured = (a < b && HONORIFICS.test(tokens[a]!.lower)) || (a > first && HONORIFICS.test(tokens[a - 1]!.lower));
    const cls = honoured || plural ? 'PERSON' : a === b && isOfRegulator(tokens[a]!.text) ? 'ORGANIZATION' : name.cls;
    if (cls === 'PERSON') {
      // a title the tagger took into the name: "Sen. | Ted Cruz"
      const start = a;
      let k = a;
      while (k < b && (isTitleWord(tokens[k]!.lower) || (k === a && plural))) k++;
      // (then ranks, when a given name follows them)
      let rank = k;
      while (rank < b && (RANKS.test(tokens[rank]!.text) || isTitleWord(tokens[rank]!.lower))) rank++;
      if (rank > k && rank < b && isGivenName(tokens[rank]!.lower)) k = rank;
      // (a rank of a police or army spelt out, before two more names: "Brigadier | Thandi Mokoena")
      else if (rank > k && rank + 1 <= b && rank === a + 1 && /^\p{Lu}\p{Ll}{4,}$/u.test(tokens[a]!.text)) k = rank;
      // (an occupation capitalised only by opening its sentence, before a name of two words or more:
      // "Seismologist | Toru Ogasawara", "Producer | Kavya Menon")
      if (k === a && a + 2 <= b && opensItsSentence(tokens, a, first) && occupation(tokens[a]!.lower)) k = a + 1;
      if (k > a) roles.push(span(doc.text, tokens[a]!.start, tokens[k - 1]!.end));
      a = k;
      addRoles(doc.text, tokens, roles, start, a, b, first, last);
    }
    // a common noun capitalised only by opening its sentence, before the noun it modifies, is no
    // person's name ("Airline sources said", "Rescue workers said"), unless a given name or written
    // with its capital inside a sentence of the article too ("Trump aides said", after "Donald Trump")
    if (cls === 'PERSON' && a === b && opensItsSentence(tokens, a, first) && commonNounModifier(tokens, a) && !(midSentence ??= capitalisedMidSentence(tokens, ranges)).has(tokens[a]!.text)) continue;
    // a currency's abbreviation before its amount ("Rs 10 lakh", "Tk 500") is no name
    if (a === b && CURRENCY_ABBREVIATIONS.test(tokens[a]!.text) && tokens[b + 1]?.pos === 'NUM') continue;
    const words = wordsAt(doc, tokens, a, b);
    // (a courtesy title's name is a person's whatever a word list says of it: "Mr Cox", not the company)
    const type = honoured && cls === 'PERSON' ? 'PERSON' : newspaper(tokens, a, b, cls) ? 'ORG' : typeInClass(words, cls);
    const kind = type === 'NORP' && words.length === 1 && isDemonym(words[0]!.toLowerCase()) ? 'demonym' : 'name';
    out.push(mention(doc, tokens, a, b, si, roles, type, kind));
  }
  return out;
}

/** Token `k` opens its sentence, or follows only the quotation mark that does. */
function opensItsSentence(tokens: readonly Token[], k: number, first: number): boolean {
  return k === first || (k === first + 1 && /^["“‘']$/u.test(tokens[first]!.text));
}

/**
 * A word the model knows in lower case, not a given name nor a surname seen in train ("Bush",
 * "Brown", "Rice"), before a lower-case noun that is no following of a person ("aides",
 * "administration"): "Airline | sources".
 */
function commonNounModifier(tokens: readonly Token[], k: number): boolean {
  const [word, next] = [tokens[k]!, tokens[k + 1]];
  return !!next && next.pos === 'NOUN' && /^\p{Ll}/u.test(next.text) && !FOLLOWINGS.has(next.lower) && !isGivenName(word.lower) && typeByGazetteer(word.text) !== 'PERSON' && inModelLexicon(word.lower);
}

/**
 * Nouns of a person's following after their name ("Trump aides", "Bush administration officials",
 * "Brown allies"); not "team", "supporters" or "family", which follow common nouns as often
 * ("Rescue team", "Football supporters").
 */
const FOLLOWINGS = new Set(['aide', 'aides', 'ally', 'allies', 'administration', 'campaign', 'camp', 'loyalists', 'associates', 'adviser', 'advisers', 'advisor', 'advisors', 'government', 'era', 'presidency', 'spokesman', 'spokeswoman', 'spokesperson']);

/** The capitalised words the article writes inside a sentence, not at its opening. */
function capitalisedMidSentence(tokens: readonly Token[], ranges: ReadonlyArray<readonly [number, number]>): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (isCapitalised(t) && !opensItsSentence(tokens, t.i, ranges[t.sentence]![0])) out.add(t.text);
  return out;
}

/**
 * "the Guardian", "the Times": a newspaper's name after "the", which the tagger may put among
 * groups (MISC) or persons; not a place ("the Atlantic" the ocean), nor a word before a noun
 * ("the Independent candidate").
 */
/** Newspaper heads that are adjectives too. */
const ADJECTIVE_HEADS = new Set(['independent', 'atlantic']);

function newspaper(tokens: readonly Token[], a: number, b: number, cls: NerClass): boolean {
  if (cls !== 'MISC' && cls !== 'PERSON') return false;
  const [the, next] = [tokens[a - 1], tokens[b + 1]];
  if (the?.lower !== 'the' || the.sentence !== tokens[a]!.sentence || !MEDIA_HEADS.has(tokens[b]!.lower)) return false;
  // (a noun after it matters only for a head that is an adjective too: "the Independent candidate"; "the Guardian show" is the paper's finding)
  return !ADJECTIVE_HEADS.has(tokens[b]!.lower) || !next || next.sentence !== the.sentence || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
}

const keyOf = (words: readonly string[]) => words.join(' ').toLowerCase();
const wordsOf = (text: string) => text.split(/\s+/u).filter((w) => w.length > 0);
/**
 * The words of tokens [a, b], read in the segment stage's reading (so that
 * Markdown or HTML inside a name, "<b>Vladimir</b> Putin", is not one of its
 * words); spans are still sliced from the text.
 */
const wordsAt = (doc: Doc, tokens: readonly Token[], a: number, b: number) => wordsOf(analysisText(doc).slice(tokens[a]!.start, tokens[b]!.end));

function mention(
  doc: Doc,
  tokens: readonly Token[],
  a: number,
  b: number,
  sentence: number,
  roles: Span[],
  type: EntityType | null,
  kind: Mention['kind'],
): RawMention {
  const start = tokens[a]!.start;
  const end = tokens[b]!.end;
  const words = wordsAt(doc, tokens, a, b);
  return { start, end, words, key: keyOf(words), type, weakType: null, kind, roles, sentence, firstToken: a, lastToken: b };
}

/** Let untyped names borrow a type: from the same name elsewhere, a person's surname, or a list they stand in. */
function propagateTypes(mentions: RawMention[], tokens: readonly Token[]): void {
  borrowTypes(mentions, tokens);
  // context guesses ("in X" → GPE) only for names nothing else could type, then spread them too
  for (const m of mentions) m.type ??= m.weakType;
  borrowTypes(mentions, tokens);
}

function borrowTypes(mentions: RawMention[], tokens: readonly Token[]): void {
  const typed = new Map<string, EntityType>();
  const surnames = new Map<string, EntityType>();
  for (const m of mentions) {
    if (!m.type) continue;
    typed.set(m.key, m.type);
    if (m.type === 'PERSON' && m.words.length > 1) surnames.set(m.words[m.words.length - 1]!.toLowerCase(), 'PERSON');
  }
  for (let pass = 0; pass < 2; pass++) {
    mentions.forEach((m, k) => {
      if (m.type) return;
      const key = m.key;
      m.type = typed.get(key) ?? (m.words.length === 1 ? surnames.get(key) ?? null : null);
      if (m.type) return;
      // "Grozny, Mozdok, and Vladikavkaz": members of a list share a type
      for (const other of [mentions[k - 1], mentions[k + 1]]) {
        if (!other?.type || other.sentence !== m.sentence) continue;
        const [lo, hi] = other.start < m.start ? [other.lastToken, m.firstToken] : [m.lastToken, other.firstToken];
        const between = tokens.slice(lo + 1, hi).map((t) => t.lower);
        if (between.length > 0 && between.length <= 2 && between.every((w) => w === ',' || w === 'and' || w === 'or')) {
          m.type = other.type;
          typed.set(key, other.type);
          return;
        }
      }
    });
  }
}

/** A generation's suffix after a name: "Jr.", "Sr.", "II", "III", "IV". */
const GENERATION = /^(?:Jr\.?|Sr\.?|II|III|IV)$/u;
const GENERATION_AFTER = /^,?\s(Jr\.|Sr\.|Jr|Sr|II|III|IV)(?![\p{L}\p{N}])/u;

/** Group mentions into entities: a surname joins the latest full name that ends with it. */
export function groupMentions(text: string, mentions: RawMention[]): Entity[] {
  const groups: Array<{ type: EntityType; mentions: RawMention[]; words: readonly string[] }> = [];
  const byKey = new Map<string, number>();
  /** Groups of an acronym its definition in brackets ties to the group of the name it abbreviates, made before that definition. */
  const defined: Array<[number, number]> = [];
  /** Each mention's group key, by index ("" for an untyped one). */
  const keys: string[] = [];
  for (let idx = 0; idx < mentions.length; idx++) {
    const m = mentions[idx]!;
    keys.push('');
    if (!m.type) continue;
    // "Donald Trump Jr.": a generation's suffix after a person's name (the tagger leaves it out) names
    // another person than the name alone, and is part of the entity's name
    const suffix = m.type === 'PERSON' ? GENERATION_AFTER.exec(text.slice(m.end, m.end + 8))?.[1] : undefined;
    const words = suffix ? [...m.words, suffix] : m.words;
    const canonical = canonicalWords(words, m.type);
    const key = `${m.type}:${canonical === m.words ? m.key : keyOf(canonical)}`;
    keys[idx] = key;
    let g = byKey.get(key);
    if (g === undefined && m.type === 'PERSON') {
      // a shorter form joins the most recent longer form that ends with (or starts with) it
      for (let k = groups.length - 1; k >= 0; k--) {
        const cand = groups[k]!;
        if (cand.type !== 'PERSON') continue;
        const cw = cand.words.filter((w, i) => i < cand.words.length - 1 || !GENERATION.test(w)).map((w) => w.toLowerCase());
        const mw = m.words.map((w) => w.toLowerCase());
        const suffix = mw.length < cw.length && mw.every((w, i) => cw[cw.length - mw.length + i] === w);
        const longer = mw.length > cw.length && cw.every((w, i) => mw[mw.length - cw.length + i] === w);
        if (suffix || longer) {
          g = k;
          break;
        }
      }
    }
    // "Mr Chee" after "Chee Wen Hao": a courtesy title's surname is the first word of a name written
    // surname first (a Chinese, Korean or Vietnamese surname, or three short words, "Kwek Boon Hui")
    // (a man's or a doctor's title only: a name written surname first tells no gender, and "Ms Wang, a
    // ministry spokeswoman" after "Wang Yi", "Ms Kim" after "Kim Jong Un" are other persons)
    if (g === undefined && m.type === 'PERSON' && m.words.length === 1 && COURTESY_BEFORE.test(text.slice(Math.max(0, m.start - 6), m.start))) g = bySurnameFirst(groups, m.words[0]!);
    // "Veltra" after "Veltra Motors": a lone word that opens one earlier company's name, whose last word
    // says it is one, and ends no person's name, is that company (the tagger may type it a person)
    // (a person's mention only of a word no list has for a person's name: not "Morgan" after "Morgan Motor Company")
    if (g === undefined && m.words.length === 1 && (m.type === 'ORG' || (m.type === 'PERSON' && !isPersonsName(m.words[0]!.toLowerCase())))) g = byCompanyShortForm(groups, m.words[0]!);
    // "Sir Keir" after "Keir Starmer", "Hillary" after "Hillary Clinton": a lone first name of one earlier full name
    // (not after a title other than a knight's: "Senator Warren" after "Warren Buffett" is a surname)
    if (g === undefined && m.type === 'PERSON' && m.words.length === 1 && m.roles.every((r) => /^(?:sir|dame)$/iu.test(r.text))) g = byFirstName(groups, m.key);
    // "the European Central Bank (ECB)": an acronym in brackets right after the name it abbreviates
    const previous = mentions[idx - 1];
    if (previous && (acronymOf(text, previous, m) || looseAcronymOf(text, previous, m))) {
      const full = byKey.get(keys[idx - 1]!);
      // (the acronym named on its own before, in a headline: "…, ONS figures show": the two groups are one)
      if (g !== undefined && full !== undefined && g !== full) defined.push([g, full]);
      else if (g === undefined) {
        g = full;
        // an organisation's acronym in brackets makes a name typed a person's the organisation's
        if (g !== undefined && m.type === 'ORG') groups[g]!.type = 'ORG';
      }
    }
    // "The SEC" anywhere after "the Securities and Exchange Commission": the one organisation named before whose initials it spells
    if (g === undefined && m.type === 'ORG' && m.words.length === 1 && /^\p{Lu}{2,6}$/u.test(m.words[0]!) && organisationAcronym(m.words[0]!)) g = byInitials(groups, m.words[0]!);
    if (g === undefined) {
      g = groups.length;
      groups.push({ type: m.type, mentions: [], words: canonical });
    }
    const group = groups[g]!;
    group.mentions.push(m);
    if (canonical.length > group.words.length) group.words = canonical;
    byKey.set(key, g);
  }
  // an acronym named before its organisation's full name (a headline's "ONS figures show", "HRW accuses …") joins it
  groups.forEach((g, k) => {
    if (g.type !== 'ORG' || g.words.length !== 1 || !/^\p{Lu}{2,6}$/u.test(g.words[0]!) || !organisationAcronym(g.words[0]!) || defined.some(([a]) => a === k)) return;
    const full = byInitials(groups, g.words[0]!);
    if (full !== undefined && full > k) defined.push([k, full]);
  });
  // the acronym's group joins the name's, which, naming the organisation in full, gives the entity its name
  for (const [acronym, full] of defined) {
    const into = groups[full]!;
    if (groups[acronym]!.mentions.length === 0) continue;
    into.mentions.push(...groups[acronym]!.mentions);
    into.mentions.sort((a, b) => a.start - b.start);
    groups[acronym]!.mentions = [];
  }
  const kept = defined.length === 0 ? groups : groups.filter((g) => g.mentions.length > 0).sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return kept.map((g, k) => {
    const roles = new Map<string, Span>();
    for (const m of g.mentions) for (const r of m.roles) if (!roles.has(`${r.start}`)) roles.set(`${r.start}`, r);
    return {
      id: `e${k + 1}`,
      name: g.words.join(' '),
      type: g.type,
      roles: [...roles.values()].sort((a, b) => a.start - b.start),
      mentions: g.mentions.map((m) => ({ ...span(text, m.start, m.end), kind: m.kind })),
    };
  });
}

/** The one earlier organisation group of two words or more whose initials spell `acronym`, else undefined. */
function byInitials(groups: ReadonlyArray<{ type: EntityType; words: readonly string[] }>, acronym: string): number | undefined {
  let found: number | undefined;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    if (g.type !== 'ORG' || g.words.length < 2 || !spellsInitials(g.words, acronym)) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}

/** Whether `acronym` spells a name's initials, or those after its country ("U.S. National Highway Traffic Safety Administration" → "NHTSA"). */
function spellsInitials(words: readonly string[], acronym: string): boolean {
  return initialsOf(words) === acronym || (COUNTRY_PREFIX.test(words[0]!) && words.length > 2 && initialsOf(words.slice(1)) === acronym);
}
const COUNTRY_PREFIX = /^(?:U\.S\.|US|U\.K\.|UK|EU|UN|U\.N\.)$/u;

/** A man's or a doctor's courtesy title right before a mention. */
const COURTESY_BEFORE = /\b(?:Mr|Dr|Prof)\.?\s+$/u;

/** The one earlier person group whose name, written surname first, opens on `word`; else undefined. */
function bySurnameFirst(groups: ReadonlyArray<{ type: EntityType; words: readonly string[] }>, word: string): number | undefined {
  const lower = word.toLowerCase();
  let found: number | undefined;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    if (g.type !== 'PERSON' || g.words.length < 2 || g.words[0]!.toLowerCase() !== lower) continue;
    const short = g.words.length === 3 && g.words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w));
    if (!surnameFirst(g.words) && !short) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}

/** The one earlier company group of two words or more that opens on `word` and ends on a company's or an organisation's head, and no person group whose name holds it; else undefined. */
function byCompanyShortForm(groups: ReadonlyArray<{ type: EntityType; words: readonly string[] }>, word: string): number | undefined {
  const lower = word.toLowerCase();
  let found: number | undefined;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    if (g.type === 'PERSON' && g.words.some((w) => w.toLowerCase() === lower)) return undefined;
    const last = g.words[g.words.length - 1]!.toLowerCase();
    // (a name, not a headline's words typed as one: "CNN Disputes Characterization Of Network", "ESPN Fires Schilling Over an Offensive Post")
    if (g.type !== 'ORG' || g.words.length < 2 || g.words.length > 4 || g.words[0]!.toLowerCase() !== lower || !(isCompanyHead(last) || isOrganisationHead(last))) continue;
    if (g.words.some((w) => /^\p{Ll}/u.test(w) && !ACRONYM_SKIPS.has(w))) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}

/** The one earlier person group whose name opens on this first name (lower-cased), else undefined (none, or two: "Bill Clinton" and "Bill Gates"). */
function byFirstName(groups: ReadonlyArray<{ type: EntityType; words: readonly string[] }>, first: string): number | undefined {
  let found: number | undefined;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    if (g.type !== 'PERSON' || g.words.length < 2 || g.words[0]!.toLowerCase() !== first) continue;
    if (found !== undefined) return undefined;
    found = k;
  }
  return found;
}

/** Words an acronym leaves out ("Bank of England" → "BOE", "the World Health Organization" → "WHO"). */
const ACRONYM_SKIPS = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/** Whether `short`, in brackets right after `full`, is its acronym: "European Central Bank (ECB)". */
function acronymOf(text: string, full: RawMention, short: RawMention): boolean {
  // (of the same type, or an organisation's acronym after a name typed a person's: "Pakistan Tehreek-e-Insaf (PTI)";
  // a law's or a place's acronym is theirs: "the Affordable Care Act (ACA)", "the United Arab Emirates (UAE)")
  if (!full.type || (short.type !== full.type && !(short.type === 'ORG' && full.type === 'PERSON')) || short.words.length !== 1 || !/^\p{Lu}{2,6}$/u.test(short.words[0]!)) return false;
  if (!/^\s*\($/u.test(text.slice(full.end, short.start)) || text[short.end] !== ')') return false;
  return initialsOf(full.words) === short.words[0];
}

/**
 * Whether `short`, in brackets right after an organisation's name `full`, abbreviates it loosely:
 * its letters in order among the name's, from the name's first letter ("Elections Observation
 * Group (ELOG)", "National Indian Students and Alumni Union U.K. (NISAU)", "National Institute
 * for Health and Care Excellence (Nice)"), whatever type the tagger gave the short form.
 */
function looseAcronymOf(text: string, full: RawMention, short: RawMention): boolean {
  if (full.type !== 'ORG' || full.words.length < 2 || short.words.length !== 1 || !/^\p{Lu}[\p{Lu}\p{Ll}]{1,7}$/u.test(short.words[0]!)) return false;
  if (!/^\s*\($/u.test(text.slice(full.end, short.start)) || text[short.end] !== ')') return false;
  const letters = full.words.filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase())).join('').toLowerCase();
  const acronym = short.words[0]!.toLowerCase();
  if (letters[0] !== acronym[0]) return false;
  let at = 0;
  for (const c of acronym) {
    at = letters.indexOf(c, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

function ruleMentions(doc: Doc, tokens: readonly Token[], options: EntitiesOptions): RawMention[] {
  const prose = collectMentions(doc, tokens, true);
  propagateTypes(prose, tokens);
  // Headings and boilerplate are title-cased throughout: keep only names already known from the prose or the lexicon.
  const known = new Map(prose.filter((m) => m.type).map((m) => [m.key, m.type!]));
  const sentences = need(doc, 'sentences', 'entities');
  const other = collectMentions(doc, tokens, false).filter((m) => {
    const t = known.get(m.key) ?? (placeOrGroupInHeading(sentences[m.sentence]!.kind, m.type) ? m.type : null);
    m.type = t;
    m.roles = [];
    return t !== null;
  });
  const all = [...prose, ...other].sort((a, b) => a.start - b.start);
  if (options.keepUntyped) for (const m of all) m.type ??= m.words.length > 1 ? 'PERSON' : 'ORG';
  return all;
}

/**
 * What the tagger leaves out and the word lists know, in prose: groups and
 * demonyms ("Democrat Hillary Clinton", "a Russian Pantsir-S") and model names
 * ("Pantsir-S", "IL-76", up to three tokens glued by a hyphen).
 */
function wordListMentions(doc: Doc, tokens: readonly Token[], tagged: readonly RawMention[]): RawMention[] {
  const sentences = need(doc, 'sentences', 'entities');
  const taken = new Uint8Array(tokens.length);
  for (const m of tagged) taken.fill(1, m.firstToken, m.lastToken + 1);
  const out: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || !isCapitalised(t) || sentences[t.sentence]!.kind !== 'prose') continue;
    let j = i;
    while (j - i < 2 && tokens[j + 1]?.start === tokens[j]!.end && tokens[j + 1]!.sentence === t.sentence && !taken[j + 1]) j++;
    if (isProductName(analysisText(doc).slice(t.start, tokens[j]!.end))) {
      out.push(mention(doc, tokens, i, j, t.sentence, [], 'PRODUCT', 'name'));
      i = j;
    } else if (isGroupWord(t.lower) || isDemonym(t.lower)) {
      out.push(mention(doc, tokens, i, i, t.sentence, [], 'NORP', isDemonym(t.lower) ? 'demonym' : 'name'));
    } else if (j === i && CAMEL_CASE.test(t.text)) {
      out.push(mention(doc, tokens, i, i, t.sentence, [], 'ORG', 'name'));
    }
  }
  return out;
}

/**
 * A word in camel case is a company's or a service's name, which the tagger, trained on 2016's
 * politics, has not seen ("SpaceX", "OpenAI"); not a surname's prefix ("McCain", "MacArthur",
 * "DeSantis": one or two letters before the inner capital, or "Mac"; nor a pun set in capitals,
 * "RibbenTRUMP").
 */
const CAMEL_CASE = /^(?!Mac)\p{Lu}\p{Ll}{2,}\p{Lu}(?:\p{Ll}[\p{L}\p{N}]*|\p{Lu}{0,2})$/u;

/** Whether the tokens strictly between two mentions join them in a list: ",", "and", "or", ", and". */
function coordinated(tokens: readonly Token[], left: RawMention, right: RawMention): boolean {
  if (left.sentence !== right.sentence || right.firstToken - left.lastToken < 2 || right.firstToken - left.lastToken > 3) return false;
  for (let i = left.lastToken + 1; i < right.firstToken; i++) if (!/^(,|and|or)$/u.test(tokens[i]!.lower)) return false;
  return true;
}

const isPlace = (t: EntityType | null): t is 'GPE' | 'LOC' => t === 'GPE' || t === 'LOC';

/**
 * A place the tagger took for a person: a bare one-word "person" (no title,
 * not a given name, not the surname of a fuller person name in the article,
 * not a person by the word lists) becomes a place when the article calls the
 * same word a place at least as often, or when it stands in a list
 * ("Grozny, Mozdok, and Vladikavkaz") or at one end of a route ("from Baku to
 * Grozny") with a place at the other, or after a place's preposition ("near Grozny"). Persons are introduced by
 * their full names; a lone unknown word is more often a town.
 */
function placesOverPersons(mentions: RawMention[], tokens: readonly Token[]): void {
  const surnames = surnamesOf(mentions);
  const bare = (m: RawMention) =>
    m.type === 'PERSON' && m.words.length === 1 && m.roles.length === 0 && !surnames.has(m.words[0]!.toLowerCase()) &&
    !isGivenName(m.words[0]!.toLowerCase()) && typeByLexicon(m.words) !== 'PERSON';
  const counts = new Map<string, { person: number; place: number; type: EntityType }>();
  for (const m of mentions) {
    const c = counts.get(m.key) ?? { person: 0, place: 0, type: 'GPE' };
    if (m.type === 'PERSON') c.person++;
    else if (isPlace(m.type)) {
      c.place++;
      c.type = m.type;
    }
    counts.set(m.key, c);
  }
  for (const m of mentions) {
    const c = counts.get(m.key)!;
    if (bare(m) && c.place > 0 && c.place >= c.person) m.type = c.type;
  }
  for (let k = 0; k < mentions.length; ) {
    let j = k;
    while (j + 1 < mentions.length && coordinated(tokens, mentions[j]!, mentions[j + 1]!)) j++;
    const place = mentions.slice(k, j + 1).find((m) => isPlace(m.type));
    if (place) for (let q = k; q <= j; q++) if (bare(mentions[q]!)) mentions[q]!.type = place.type;
    k = j + 1;
  }
  // a place preposition before it: "near Grozny", "in Mozdok" (not "to" or "from", which persons take too)
  for (const m of mentions) if (bare(m) && PLACE_PREPOSITIONS.has(tokens[m.firstToken - 1]?.lower ?? '') && tokens[m.firstToken - 1]!.sentence === tokens[m.firstToken]!.sentence) m.type = 'GPE';
  // where someone goes: "fly home to Monte Carlo", "flew to Lagos" (one or two words, no role, no surname of the article's persons)
  for (const m of mentions) {
    const [to, verb] = [tokens[m.firstToken - 1], tokens[m.firstToken - 2]];
    if (m.type !== 'PERSON' || m.words.length > 2 || m.roles.length > 0 || to?.lower !== 'to' || !verb || verb.sentence !== m.sentence || !TRAVEL_BEFORE_TO.test(verb.lower)) continue;
    const last = m.words[m.words.length - 1]!.toLowerCase();
    if (!mentions.some((o) => o.key !== m.key && o.type === 'PERSON' && o.words.length > 1 && o.words[o.words.length - 1]!.toLowerCase() === last)) m.type = 'GPE';
  }
  // a route: "from Baku to Grozny" — the two ends of a journey are both places
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [from, to] = [mentions[k]!, mentions[k + 1]!];
    if (!route(tokens, from, to)) continue;
    if (isPlace(from.type) && bare(to)) to.type = from.type;
    else if (isPlace(to.type) && bare(from)) from.type = to.type;
  }
}

/** A particle's second word ("van der", "de la", "von zu"). */
const SECOND_PARTICLES = new Set(['der', 'den', 'de', 'la', 'le', 'du', 'zu']);

/** The index of the first of one or two particles ending at `k` (inclusive), or -1. */
function particlesEndingAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || !NAME_PARTICLES.has(t.text)) return -1;
  const before = tokens[k - 1];
  return before && SECOND_PARTICLES.has(t.text) && NAME_PARTICLES.has(before.text) && before.sentence === t.sentence ? k - 1 : k;
}

/**
 * A person's name the tagger cut at a lower-case particle, which it reads as a word ("van" a noun):
 * "Ludwig | van | Beethoven" joins into one name, and "Vincent van | Gogh" takes the word before the
 * particle when it can be a name's (`nameLike`: a proper noun at a sentence's start, no month or
 * weekday) and is no title ("Chancellor von Papen" keeps "Chancellor" for a role).
 */
function namesAcrossParticles(doc: Doc, mentions: readonly RawMention[], tokens: readonly Token[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of mentions) {
    const p = particlesEndingAt(tokens, m.firstToken - 1);
    if (p < 0 || m.type !== 'PERSON' || tokens[p]!.sentence !== m.sentence) {
      out.push(m);
      continue;
    }
    const left = out[out.length - 1];
    if (left && left.lastToken === p - 1 && left.sentence === m.sentence && (left.type === 'PERSON' || left.type === null)) {
      // "Ludwig | van | Beethoven": one name, with the first one's roles ("Composer Ludwig")
      out[out.length - 1] = mention(doc, tokens, left.firstToken, m.lastToken, m.sentence, [...left.roles, ...m.roles], 'PERSON', 'name');
      continue;
    }
    const given = tokens[p - 1];
    const sentenceFirst = given !== undefined && tokens[p - 2]?.sentence !== given.sentence;
    const free = !left || left.lastToken < p - 1;
    if (given && free && given.sentence === m.sentence && /\p{Ll}/u.test(given.text) && nameLike(given, sentenceFirst) && !isTitleWord(given.lower)) {
      out.push(mention(doc, tokens, p - 1, m.lastToken, m.sentence, m.roles, 'PERSON', 'name'));
      continue;
    }
    out.push(m);
  }
  return out;
}

/**
 * "The Norwegian Pilots' Union", "the National Farmers' Union": a plural's apostrophe inside
 * an organisation's name, where the tagger stopped. A name ending on a plural of people right before
 * the apostrophe, and an organisation's head after it ("Union", "Association", "Federation"), are
 * one organisation.
 */
function organisationsOverPossessivePlurals(doc: Doc, mentions: readonly RawMention[], tokens: readonly Token[]): RawMention[] {
  return mentions.map((m) => {
    const [mark, head] = [tokens[m.lastToken + 1], tokens[m.lastToken + 2]];
    // (a plural of people: "Pilots", "Teachers", "Nurses", "Journalists"; not "the D.C. Court of Appeals’ Board")
    if (!mark || !head || !/^['’]$/u.test(mark.text) || mark.start !== m.end || !/(?:ers|ists|ians|ors|ants|ents|men|ots|ses|ans)$/u.test(m.words[m.words.length - 1]!)) return m;
    // (not a person's name in the possessive: "Bernie Sanders’ College for All plan", "Sanders’ Senate seat")
    if (m.type === 'PERSON' || head.sentence !== m.sentence || !/^\p{Lu}\p{Ll}/u.test(head.text) || !isOrganisationHead(head.lower)) return m;
    return mention(doc, tokens, m.firstToken, m.lastToken + 2, m.sentence, m.roles, 'ORG', 'name');
  });
}

/**
 * "The Securities and Exchange Commission", "the Central and East European Coalition": an
 * organisation's name whose first word, before its "and", the tagger left outside it. A
 * capitalised word that is no name of its own, right after "the", joins the organisation after
 * "and" when that ends on an organisation's head word ("Commission", "Coalition"; "Britain and the
 * European Commission", "Airbus and Boeing", "Arsenal and Chelsea Football Club", "House Oversight
 * and Government Reform Committee" are two names each, and stay so).
 */
function organisationsOverTheirAnd(doc: Doc, mentions: readonly RawMention[], tokens: readonly Token[]): RawMention[] {
  const out: RawMention[] = [];
  for (const m of mentions) {
    const and = m.firstToken - 1;
    const word = tokens[and - 1];
    const left = out[out.length - 1];
    // (after "the": "Arsenal and Chelsea Football Club", "Police and Fire Department crews" are two)
    const opens = tokens[and - 2]?.lower === 'the';
    if (m.type === 'ORG' && m.words.length > 1 && isOrganisationHead(m.words[m.words.length - 1]!.toLowerCase()) && tokens[and]?.lower === 'and' && word && word.sentence === m.sentence && isCapitalised(word) && /^(?:PROPN|NOUN|ADJ)$/u.test(word.pos) && !STOP_CAPS.has(word.lower) && (!left || left.lastToken < and - 1) && opens) {
      out.push(mention(doc, tokens, and - 1, m.lastToken, m.sentence, m.roles, 'ORG', m.kind));
      continue;
    }
    out.push(m);
  }
  return out;
}

/** Heads of organisations' names that go on with "on" or "for" and what they are about ("Commission on Audit", "Office for the Coordination of …"). */
const HEADS_WITH_TOPIC = new Set(['commission', 'council', 'committee', 'office', 'board', 'institute', 'centre', 'center', 'foundation', 'coalition', 'alliance', 'agency', 'bureau', 'department', 'ministry', 'fund', 'trust', 'union', 'association', 'network', 'panel', 'forum']);

/**
 * "a Commission on Audit (COA) report", "the European Council on Refugees and Exiles", "the U.N.
 * Office for the Coordination of Humanitarian Affairs": an organisation whose name goes on after
 * its head with "on" or "for" and capitalised words, where the tagger stopped at the head (or read
 * the rest as a second organisation). Not a place's or a person's name after it, nor a day ("the
 * Security Council on North Korea", "the Commission on Tuesday").
 */
function organisationsOverTheirTopic(doc: Doc, mentions: readonly RawMention[], tokens: readonly Token[]): RawMention[] {
  const out: RawMention[] = [];
  const startingAt = new Map(mentions.map((m) => [m.firstToken, m]));
  for (let idx = 0; idx < mentions.length; idx++) {
    const m = mentions[idx]!;
    const prep = tokens[m.lastToken + 1];
    if (m.type !== 'ORG' || !HEADS_WITH_TOPIC.has(m.words[m.words.length - 1]!.toLowerCase()) || !prep || !/^(?:on|for)$/u.test(prep.lower)) {
      out.push(m);
      continue;
    }
    let k = m.lastToken + 2;
    if (tokens[k]?.lower === 'the') k++;
    let end = -1;
    while (k < tokens.length && tokens[k]!.sentence === m.sentence) {
      const t = tokens[k]!;
      const other = startingAt.get(k);
      if (other && other.type !== 'ORG' && other.type !== null) break;
      // (not a title after the name, nor its modifier: "… Relations | National Executive Director Nihad Awad")
      const titled = isTitleWord(t.lower) || (tokens[k + 1] !== undefined && isCapitalised(tokens[k + 1]!) && isTitleWord(tokens[k + 1]!.lower));
      if (titled) break;
      if (isCapitalised(t) && !MONTHS_DAYS.test(t.lower) && !STOP_CAPS.has(t.lower)) end = k++;
      // (a connective or a hyphen inside the name: "Refugees and Exiles", "American-Islamic Relations")
      else if (end > 0 && (/^(?:and|of|the|&)$/u.test(t.lower) || (t.text === '-' && glued(tokens, k))) && tokens[k + 1] && isCapitalised(tokens[k + 1]!)) k++;
      else break;
    }
    if (end < 0) {
      out.push(m);
      continue;
    }
    out.push(mention(doc, tokens, m.firstToken, end, m.sentence, m.roles, 'ORG', m.kind));
    // (the words after the head the tagger read as an organisation of their own are the name's)
    while (idx + 1 < mentions.length && mentions[idx + 1]!.firstToken <= end) idx++;
  }
  return out;
}

/**
 * Abbreviations news writes for things other than organisations, which an organisation's initials
 * may spell ("the MP" after "the Metropolitan Police", "AI" after "Amnesty International").
 */
const COMMON_ABBREVIATIONS = new Set([
  'MP', 'MPS', 'MEP', 'AI', 'BA', 'GP', 'RN', 'PM', 'TV', 'PR', 'HR', 'ID', 'IT', 'OK', 'AM', 'DJ', 'MD', 'DA', 'VP', 'EV', 'EVS',
  'CEO', 'CFO', 'COO', 'CTO', 'GDP', 'VAT', 'DNA', 'IPO', 'ETF', 'LGBT', 'NGO', 'ICU',
]);

/**
 * Initials an acronym may stand for an organisation by: no common abbreviation, and of at least
 * `min` letters ("AP" joins "the Associated Press" where the tagger found it; a mention the tagger
 * left out is made only of three letters or more, "SEC", "IMF").
 */
function organisationAcronym(initials: string, min = 2): boolean {
  return initials.length >= min && !COMMON_ABBREVIATIONS.has(initials);
}

/** The initials of a name's capitalised words, past "of", "the", "and" ("Securities and Exchange Commission" → "SEC"). */
function initialsOf(words: readonly string[]): string {
  // (a hyphenated word gives the initials of its capitalised parts: "Tehreek-e-Insaf" → "TI")
  const parts = words.flatMap((w) => (w.includes('-') ? w.split('-').filter((x) => /^\p{Lu}/u.test(x)) : [w]));
  return parts.filter((w) => !ACRONYM_SKIPS.has(w.toLowerCase())).map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * "The Securities and Exchange Commission charged … The SEC declined to say …": an acronym the
 * tagger left out, in prose, that spells the initials of an organisation named before it in the
 * article, is that organisation.
 */
function acronymsOfNamedOrganisations(doc: Doc, mentions: RawMention[], tokens: readonly Token[]): RawMention[] {
  const sentences = need(doc, 'sentences', 'entities');
  const taken = new Uint8Array(tokens.length);
  for (const m of mentions) taken.fill(1, m.firstToken, m.lastToken + 1);
  // each acronym, and the end of its organisation's first name
  const namedUpTo = new Map<string, number>();
  for (const m of mentions) {
    if (m.words.length < 2) continue;
    const initials = initialsOf(m.words);
    // (two letters, or a name typed a person's, only where the name defines them in brackets: "Deutsche Bahn (DB)")
    const defines = doc.text.slice(m.end, m.end + initials.length + 4).trimStart().startsWith(`(${initials})`);
    if ((m.type === 'ORG' || defines) && organisationAcronym(initials, defines ? 2 : 3) && !namedUpTo.has(initials)) namedUpTo.set(initials, m.end);
  }
  if (namedUpTo.size === 0) return mentions;
  const out = [...mentions];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const from = namedUpTo.get(t.text);
    if (from === undefined || taken[i] || t.start < from || sentences[t.sentence]!.kind !== 'prose') continue;
    out.push(mention(doc, tokens, i, i, t.sentence, [], 'ORG', 'name'));
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * A person's surname the tagger took for an organisation: a one-word "organisation" that is the
 * last word of a fuller person's name in the article ("President Donald Trump's desk … that Trump
 * would sign") is that person, unless the word lists know it as an organisation; so are the last
 * one or two words of a fuller person's name named before them ("Le Quesne" after "Karl Le
 * Quesne"), as a company's name the lists know only as the subject of a verb ("Cox said" after
 * "John Cox"), and after a doctor's or professor's title the tagger took in ("Dr Chalmers").
 */
function surnamesOverOrganisations(doc: Doc, mentions: RawMention[], tokens: readonly Token[]): void {
  const surnames = surnamesOf(mentions);
  // the persons' fuller names, lower-cased, and where each is first named
  const persons = mentions.filter((m) => m.type === 'PERSON' && m.words.length > 1).map((m) => ({ words: m.words.map((w) => w.toLowerCase()), start: m.start }));
  // (the last words of a fuller name named before it: "Le Quesne" after "Karl Le Quesne", and "Cox"
  // after "John Cox", though the word lists know a company "Cox")
  const tailOfEarlier = (m: RawMention) => {
    const mw = m.words.map((w) => w.toLowerCase());
    return persons.some((p) => p.start < m.start && p.words.length > mw.length && mw.every((w, i) => p.words[p.words.length - mw.length + i] === w));
  };
  // (a word the lists know for a company only as the subject of a verb: "Bloomberg told New York
  // magazine" after "Michael Bloomberg", not "Bloomberg's own billionaire list")
  const subject = (m: RawMention) => {
    let k = m.lastToken + 1;
    while (tokens[k]?.pos === 'ADV') k++;
    return /^(?:VERB|AUX)$/u.test(tokens[k]?.pos ?? '');
  };
  mentions.forEach((m, idx) => {
    if (m.type !== 'ORG') return;
    // "Dr Chalmers" after "Treasurer Jim Chalmers": a doctor's or professor's title the tagger read into
    // an organisation's name before a fuller person's last word is that person's, and their role
    // (not "Keurig Dr Pepper", whose "Pepper" ends no person's name)
    if (m.words.length >= 2 && courtesyTitle(m.words[0]!.toLowerCase())) {
      const named = mention(doc, tokens, m.firstToken + 1, m.lastToken, m.sentence, [...m.roles, span(doc.text, tokens[m.firstToken]!.start, tokens[m.firstToken]!.end)], 'PERSON', 'name');
      if (tailOfEarlier(named)) mentions[idx] = named;
      return;
    }
    const listed = typeByLexicon(m.words) === 'ORG';
    const last = m.words[m.words.length - 1]!;
    if (m.words.length === 1 && surnames.has(m.key) && !listed) m.type = 'PERSON';
    // (not an organisation's head, which a "person" the tagger misread ends on: "Clinton Foundation" after "Chelsea Clinton Foundation")
    else if (m.words.length <= 2 && /^\p{Lu}\p{Ll}/u.test(last) && !isOrganisationHead(last.toLowerCase()) && !isCompanyHead(last.toLowerCase()) && tailOfEarlier(m) && (!listed || subject(m))) m.type = 'PERSON';
  });
}

/**
 * "Former President Jair Bolsonaro will stand trial … Bolsonaro has denied wrongdoing": the tagger
 * left a later surname alone unnamed (at a sentence's start, most often). A capitalised word in
 * prose, after a person's fuller name in the article and equal to its last word, with no name word
 * glued before or after it, is a mention of that person.
 */
function laterSurnames(doc: Doc, tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const sentences = need(doc, 'sentences', 'entities');
  const firstAt = new Map<string, number>();
  for (const m of mentions) {
    const last = m.words[m.words.length - 1]!;
    // (not a last word that heads organisations' names, where the tagger took one for a person: "Lenox Healthcare")
    if (m.type !== 'PERSON' || m.words.length < 2 || last.length < 3 || !/^\p{Lu}\p{Ll}/u.test(last) || isOrganisationHead(last.toLowerCase())) continue;
    // (the earliest: the mentions are not in the text's order yet)
    if (!firstAt.has(last) || m.lastToken < firstAt.get(last)!) firstAt.set(last, m.lastToken);
  }
  if (firstAt.size === 0) return [];
  const taken = new Uint8Array(tokens.length);
  for (const m of mentions) taken.fill(1, m.firstToken, m.lastToken + 1);
  const out: RawMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const after = firstAt.get(t.text);
    if (after === undefined || i <= after || taken[i] || sentences[t.sentence]!.kind !== 'prose') continue;
    // (a name's word as wink tags it, or a subject before its verb, "Will wrote", "Lynch still has":
    // not "Will the senators agree?" after "George Will"; a month's or a day's name only so, "May said", not "in May")
    let verb = i + 1;
    while (tokens[verb]?.pos === 'ADV') verb++;
    if ((t.pos !== 'PROPN' || MONTHS_DAYS.test(t.lower)) && !/^(?:VERB|AUX)$/u.test(tokens[verb]?.pos ?? '')) continue;
    const [before, next] = [tokens[i - 1], tokens[i + 1]];
    // (not a word of a longer name, "the Bolsonaro Foundation", "Hunter Biden" for "Joe Biden"; nor a
    // modifier, "a Trump campaign source", "this Trump look-alike", whose noun would take the name for its speaker)
    // (nor before a number: "May 5")
    if ((before && before.sentence === t.sentence && isCapitalised(before) && !STOP_CAPS.has(before.lower)) || (next && next.sentence === t.sentence && (isCapitalised(next) || next.pos === 'NUM' || (/^\p{Ll}/u.test(next.text) && /^(?:NOUN|ADJ|PROPN)$/u.test(next.pos))))) continue;
    out.push(mention(doc, tokens, i, i, t.sentence, [], 'PERSON', 'name'));
  }
  return out;
}

/** The last words of the article's fuller person names ("Putin" of "Vladimir Putin"), lower-cased. */
function surnamesOf(mentions: readonly RawMention[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === 'PERSON' && m.words.length > 1) surnames.add(m.words[m.words.length - 1]!.toLowerCase());
  return surnames;
}

/** Words before "to" and where someone goes ("fly home to", "flew to", "deported to"; not "moved to Cruz", "back to Romney", which support takes). */
const TRAVEL_BEFORE_TO = /^(?:fly|flies|flew|flown|flying|travel(?:s|led|ed|ling|ing)?|relocat(?:e|es|ed|ing)|home|emigrat(?:e|es|ed|ing)|deport(?:ed)?|extradit(?:e|ed))$/u;
/** Prepositions that take places and hardly ever persons: stricter than LOCATIVE, the rules' context guess, which has "to", "from" and "at". */
const PLACE_PREPOSITIONS = new Set(['near', 'in', 'outside', 'inside', 'across', 'around', 'into', 'toward', 'towards', 'throughout']);

/** Roles a club names before them ("Chelsea manager Enzo Maresca", "Arsenal captain"), which no person's name does. */
const CLUB_ROLES = new Set(['manager', 'coach', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'captain', 'chairman', 'squad', 'academy']);

/**
 * A club the word lists learned from political news as a person ("Chelsea", after Chelsea
 * Clinton): a one-word "person" with no title that stands before a club's role anywhere in the
 * article ("Chelsea manager Enzo Maresca") is an organisation, in every mention of it.
 */
function clubsOverPersons(mentions: RawMention[], tokens: readonly Token[]): void {
  const clubs = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'PERSON' && m.words.length === 1 && m.roles.length === 0 && CLUB_ROLES.has(tokens[m.lastToken + 1]?.lower ?? '')) clubs.add(m.key);
  }
  for (const m of mentions) if (m.type === 'PERSON' && m.words.length === 1 && clubs.has(m.key)) m.type = 'ORG';
}

/**
 * Common nouns for an organisation (besides ORG_FOLLOWERS, which come after a name, "the Reuters
 * news agency", and hold aircraft words): a name in apposition to one is an organisation ("the
 * company, Metroline, said"; "Turkey's disaster agency, AFAD,"; "Metroline, the bus operator,").
 */
const ORGANISATION_NOUNS = new Set(
  `company firm agency union carrier airline operator group party ministry regulator bank broadcaster charity
   watchdog manufacturer insurer retailer lender newspaper network publisher conglomerate automaker supplier
   utility corporation organisation organization association authority council committee consultancy startup
   brokerage nonprofit`.split(/\s+/u),
);

/** Words that may follow an organisation's noun at the end of an apposition after a name: ", the bus operator, said", "…, a company that …". */
const APPOSITION_ENDS = new Set([',', '.', ';', ')', 'that', 'which', 'whose', 'of', 'based', 'owned', 'run', 'founded', 'headquartered']);

/** Nouns of an organisation that name a person too ("Ellery, the publisher,"): read only with a modifier ("the bus operator"). */
const PERSON_TOO = new Set(['publisher', 'broadcaster', 'operator', 'carrier', 'supplier']);

/** Whether the organisation's noun at token k may name the name beside it: not a noun that names persons too, unless a modifier comes before it. */
const organisationNoun = (tokens: readonly Token[], k: number) =>
  ORGANISATION_NOUNS.has(tokens[k]!.lower) && (!PERSON_TOO.has(tokens[k]!.lower) || /^(?:NOUN|PROPN|ADJ)$/u.test(tokens[k - 1]?.pos ?? ''));

/**
 * Whether an organisation's noun stands right before the name, between commas, the noun's phrase
 * opening the sentence or its clause ("The company, Metroline, said", "Turkey's disaster agency,
 * AFAD,"): not the object of a verb or a preposition ("After leaving the company, Kowalczyk, 52, …",
 * "In a letter to the committee, Okonkwo, 61, wrote").
 */
function organisationNounBefore(tokens: readonly Token[], m: RawMention): boolean {
  if (organisationNounRightBefore(tokens, m) || organisationClauseBefore(tokens, m)) return true;
  const [comma, after] = [tokens[m.firstToken - 1], tokens[m.lastToken + 1]];
  const n = m.firstToken - 2;
  const noun = tokens[n];
  if (comma?.text !== ',' || !noun || noun.sentence !== tokens[m.firstToken]!.sentence || !organisationNoun(tokens, n)) return false;
  let k = n;
  while (k - 1 >= 0 && tokens[k - 1]!.sentence === noun.sentence && /^(?:DET|ADJ|NOUN|PROPN|PART)$/u.test(tokens[k - 1]!.pos)) k--;
  // (after a quotation's closing mark or "and" it may; "After leaving the company", "to the committee" may not)
  const before = tokens[k - 1];
  if (before && before.sentence === noun.sentence && (before.pos === 'VERB' || before.pos === 'ADP')) return false;
  return !after || after.sentence !== noun.sentence || /^[,.;)!?]$/u.test(after.text);
}

/**
 * Whether the name follows an organisation's noun with no comma, the noun after a modifier of its
 * own or "the" ("Russia's aviation agency Rosaviatsia", "South Africa's electricity utility Eskom",
 * "the Philippine weather bureau PAGASA", "the consultancy Ecolatina"): a noun that names what the
 * name is.
 */
function organisationNounRightBefore(tokens: readonly Token[], m: RawMention): boolean {
  const n = m.firstToken - 1;
  const noun = tokens[n];
  if (!noun || noun.sentence !== tokens[m.firstToken]!.sentence || !/^\p{Ll}/u.test(noun.text) || !organisationNoun(tokens, n)) return false;
  // (or right after "the": "the consultancy Ecolatina", "the group Hamas")
  return (/^(?:NOUN|ADJ|PART)$/u.test(tokens[n - 1]?.pos ?? '') || tokens[n - 1]?.lower === 'the') && tokens[n - 1]!.sentence === noun.sentence;
}

/** Words of a relative clause on the organisation's noun before the name's comma. */
const MAX_ORGANISATION_CLAUSE = 10;

/**
 * Whether the sentence opens on "the" and an organisation's noun with its relative clause, the name
 * after the clause's comma ("The company that operates the site, | WasteCo, said …").
 */
function organisationClauseBefore(tokens: readonly Token[], m: RawMention): boolean {
  const comma = m.firstToken - 1;
  const sentence = tokens[m.firstToken]!.sentence;
  if (tokens[comma]?.text !== ',') return false;
  let k = comma - 1;
  while (k > 0 && comma - k <= MAX_ORGANISATION_CLAUSE && tokens[k - 1]!.sentence === sentence && tokens[k]!.text !== ',') k--;
  // (k is the sentence's first word: "the", the noun, then "that" or "which")
  if (tokens[k - 1]?.sentence === sentence || !/^(?:the|a|an)$/iu.test(tokens[k]!.text) || !/^(?:that|which)$/u.test(tokens[k + 2]?.lower ?? '')) return false;
  return organisationNoun(tokens, k + 1) && tokens.slice(k, comma).every((t) => t.text !== ',');
}

/** Whether an apposition after the name ends on an organisation's noun: "Metroline, the bus operator, said", "Acme, a company that …". */
function organisationNounAfter(tokens: readonly Token[], m: RawMention): boolean {
  const before = tokens[m.firstToken - 1];
  if (before && before.sentence === tokens[m.firstToken]!.sentence && before.pos === 'ADP') return false; // "in Kyiv, the group …"
  if (tokens[m.lastToken + 1]?.text !== ',' || !/^(the|a|an)$/u.test(tokens[m.lastToken + 2]?.lower ?? '')) return false;
  for (let k = m.lastToken + 3; k <= m.lastToken + 6 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== tokens[m.lastToken]!.sentence || (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ')) return false;
    if (organisationNoun(tokens, k) && APPOSITION_ENDS.has(tokens[k + 1]?.lower ?? '.')) return true;
  }
  return false;
}

/** Persons' roles that name where they work after "at" ("an analyst at Creative Strategies"), besides the title words. */
const WORKPLACE_ROLES = new Set(['researcher', 'scientist', 'fellow', 'student', 'engineer', 'doctor', 'physician', 'teacher', 'lecturer', 'employee', 'worker', 'nurse', 'partner', 'neurologist', 'surgeon', 'trader', 'investor', 'banker']);

/** Whether a person's role and "at" (or "at the") stand right before the name: "an analyst at | Creative Strategies". */
function workplaceAfterRole(tokens: readonly Token[], m: RawMention): boolean {
  let k = m.firstToken - 1;
  if (tokens[k]?.lower === 'the') k--;
  const [at, role] = [tokens[k], tokens[k - 1]];
  if (at?.lower !== 'at' || !role || role.sentence !== tokens[m.firstToken]!.sentence) return false;
  return isTitleWord(role.lower) || WORKPLACE_ROLES.has(role.lower) || WORKPLACE_ROLES.has(role.lower.replace(/s$/u, ''));
}

/** A company's legal suffix: "Inc.", "Ltd", "LLC", "plc", "GmbH" … (not "SA", "NV", "AG": South Africa, Nevada, an attorney general). */
const CORPORATE_SUFFIX = /^(?:Inc|Ltd|LLC|LLP|Corp|PLC|plc|GmbH|Co|Limited|Incorporated|Corporation)\.?$/u;

/** A name followed by a company's legal suffix, perhaps after a comma ("Acme Robotics, Inc., a leader in …"). */
function corporateSuffixAfter(tokens: readonly Token[], m: RawMention): boolean {
  const next = tokens[m.lastToken + 1];
  const suffix = next?.text === ',' ? tokens[m.lastToken + 2] : next;
  return !!suffix && suffix.sentence === tokens[m.lastToken]!.sentence && CORPORATE_SUFFIX.test(suffix.text);
}

/**
 * A name in apposition to an organisation's noun is an organisation, in every mention of it
 * ("The company, Metroline, said …": the tagger took the unknown word for a person). Not a name
 * with a title, or one the word lists know as a person or a place: a person may stand in a list
 * beside such a noun ("He thanked the committee, Sharon Okafor, and …"; a surname alone there
 * joins its full name's entity when the mentions are grouped).
 */
function organisationsInApposition(mentions: RawMention[], tokens: readonly Token[]): void {
  const organisations = new Set<string>();
  for (const m of mentions) {
    if (m.type === 'ORG' || m.roles.length > 0) continue;
    // (where one works: not a one-word place the tagger found, "a student at Grenoble"; "an analyst at Creative Strategies" is a firm)
    if (organisationNounBefore(tokens, m) || organisationNounAfter(tokens, m) || corporateSuffixAfter(tokens, m) || ((!isPlace(m.type) || m.words.length > 1) && workplaceAfterRole(tokens, m))) organisations.add(m.key);
  }
  for (const m of mentions) {
    if (!organisations.has(m.key) || m.roles.length > 0) continue;
    const listed = typeByLexicon(m.words); // a place or a person the word lists know stays one
    if (listed === null || listed === 'ORG') m.type = 'ORG';
  }
}

/**
 * Whether the name stands between commas after a person's title that opens its phrase ("The mayor,
 * | Jean Dupont, said", "Its chief executive, | Jane Roe,"), or has such a title in apposition after
 * it ("Jean Dupont, the mayor, said"): a name the tagger took for an organisation ("Dupont" as in
 * DuPont) is then a person's.
 */
function personTitleInApposition(tokens: readonly Token[], m: RawMention): boolean {
  const sentence = tokens[m.firstToken]!.sentence;
  const after = tokens[m.lastToken + 1];
  const roles = after?.text === ',' ? roleAfter(tokens, m.lastToken, tokens.length - 1) : null;
  if (roles) {
    // (a title beside an organisation's noun is an organisation's: "Star Sports, the official host broadcaster,")
    const role = tokens[m.lastToken + 2];
    return !!role && /^(?:the|a|an|its|his|her|their)$/u.test(role.lower) && !tokens.slice(roles[0], roles[1] + 1).some((t) => ORGANISATION_NOUNS.has(t.lower));
  }
  const title = tokens[m.firstToken - 2];
  if (tokens[m.firstToken - 1]?.text !== ',' || !title || title.sentence !== sentence || !/^\p{Ll}/u.test(title.text) || !isTitleWord(title.lower)) return false;
  if (!after || after.sentence !== sentence || !/^[,.;)]$/u.test(after.text)) return false;
  // the title's phrase opens on a determiner or a possessive ("The mayor", "the city's mayor", "Its chief executive")
  let k = m.firstToken - 2;
  while (k - 1 >= 0 && tokens[k - 1]!.sentence === sentence && /^(?:ADJ|NOUN|PROPN|PART)$/u.test(tokens[k - 1]!.pos)) k--;
  const opener = tokens[k - 1];
  return !!opener && opener.sentence === sentence && /^(?:the|its|his|her|their)$/u.test(opener.lower);
}

/**
 * A name of two or more words in apposition to a person's title is a person, in every mention of it,
 * unless the word lists type it (a known name, or one ending as an organisation's or a company's
 * does: "Acme Group", "Yash Raj Films"), or one of its words is an organisation's noun.
 */
function personsInApposition(mentions: RawMention[], tokens: readonly Token[]): void {
  const persons = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'ORG' || m.words.length < 2 || m.words.some((w) => ORGANISATION_NOUNS.has(w.toLowerCase()) || !/^\p{Lu}\p{Ll}/u.test(w))) continue;
    // (nor a name the word lists type, as they do one ending as companies' do: "Yash Raj Films", "Sony Pictures", "Star Sports")
    if (typeByLexicon(m.words) !== null) continue;
    if (personTitleInApposition(tokens, m)) persons.add(m.key);
  }
  for (const m of mentions) if (persons.has(m.key) && m.type === 'ORG') m.type = 'PERSON';
}

/**
 * Words that name a national body when a country's name follows them ("Cricket Australia", "Rugby
 * Australia", "Health Canada", "Statistics Canada", "Sport England"): a sport or a public sector.
 */
const SECTOR_WORDS = new Set(
  `cricket rugby tennis football hockey swimming athletics cycling golf netball basketball baseball volleyball rowing sailing
   boxing gymnastics badminton squash triathlon softball equestrian archery snowsports skate
   health transport statistics tourism sport sports screen heritage skills energy trade education parks rail export innovation`.split(/\s+/u),
);

/** A country's name after a sector's word is that country's body for the sector: an organisation, not the place the tagger took it for. */
function sectorBodies(mentions: RawMention[]): void {
  for (const m of mentions) {
    if (m.words.length < 2 || m.type === 'ORG' || !SECTOR_WORDS.has(m.words[0]!.toLowerCase())) continue;
    const rest = typeByLexicon(m.words.slice(1));
    if (rest === 'GPE') m.type = 'ORG';
  }
}

/**
 * The name a dateline opens on is where the story was filed: a place, whatever its capitals made
 * of it ("ANKARA (AP) —", which the tagger took for an organisation). Only the first name: the
 * newsroom's ("(AP)", "(Reuters)") follows it.
 */
function datelinePlace(doc: Doc, tokens: readonly Token[], mentions: RawMention[]): void {
  const text = analysisText(doc);
  const dateline = datelineOf(text);
  if (!dateline) return;
  const k = mentions.findIndex((m) => m.start >= dateline[0]);
  let first = mentions[k];
  if (!first) return;
  // a name the tagger ran on over the dateline's dash ("BIRMINGHAM - Birmingham City Council said") is
  // two: the dateline's place and the name after it
  const rest = lowerBound(tokens, dateline[1]);
  if (first.start < dateline[1] && first.end > dateline[1] && rest > first.firstToken && rest <= first.lastToken) {
    let last = rest - 1;
    while (last > first.firstToken && !/^[\p{L}\p{N}]/u.test(tokens[last]!.text)) last--;
    const after = mention(doc, tokens, rest, first.lastToken, first.sentence, first.roles, first.type, first.kind);
    if (!/^[\p{L}\p{N}]/u.test(tokens[last]!.text)) mentions[k] = after;
    else mentions.splice(k, 1, (first = mention(doc, tokens, first.firstToken, last, first.sentence, [], 'GPE', 'name')), after);
  }
  first = mentions[k]!;
  if (first.end > dateline[1]) return;
  // a place's first words in capitals the tagger left out ("SANTA | CLARA, Calif. (AP) —") are the place's
  const lead = /^(\s*)((?:\p{Lu}[\p{Lu}.'’-]*\s+)+)$/u.exec(text.slice(dateline[0], first.start));
  if (lead && first.firstToken > 0) {
    const a = lowerBound(tokens, dateline[0] + lead[1]!.length);
    if (a < first.firstToken) mentions[k] = { ...mention(doc, tokens, a, first.lastToken, first.sentence, first.roles, first.type, first.kind), weakType: first.weakType };
  }
  const place = mentions[k]!;
  if (/^\s*$/u.test(text.slice(dateline[0], place.start)) && !isPlace(place.type)) place.type = 'GPE';
}

/** Whether two mentions are the ends of a route: "from X to Y", nothing else between them. */
function route(tokens: readonly Token[], from: RawMention, to: RawMention): boolean {
  return from.sentence === to.sentence && tokens[from.firstToken - 1]?.lower === 'from' && to.firstToken - from.lastToken === 2 && tokens[from.lastToken + 1]!.lower === 'to';
}

/**
 * Besides names the prose knows, what a title-cased line may name on its own:
 * places and groups in a heading, which is about the article ("Putin
 * Apologizes to Azerbaijan"). A boilerplate line ("ALSO READ: India Deploys
 * …") promotes another article, so its unknown names are not this one's.
 */
const placeOrGroupInHeading = (kind: SegmentKind, type: EntityType | null): type is 'GPE' | 'NORP' =>
  kind === 'heading' && (type === 'GPE' || type === 'NORP');

/** Headings and boilerplate are title-cased throughout: there, keep only names the prose knows, and a heading's places and groups. */
function knownInProse(doc: Doc, mentions: RawMention[]): RawMention[] {
  const sentences = need(doc, 'sentences', 'entities');
  const prose = (m: RawMention) => sentences[m.sentence]!.kind === 'prose';
  const known = new Set(mentions.filter(prose).map((m) => m.key));
  // (a heading's place or group the word lists know: the tagger reads title case poorly, "… Results in Severe Asthma")
  return mentions.filter((m) => prose(m) || known.has(m.key) || (placeOrGroupInHeading(sentences[m.sentence]!.kind, m.type) && typeByLexicon(m.words) !== null));
}

/**
 * Tokens of party-and-state labels after a name ("…, D-N.Y.,", "(R-S.C.)", ", R-Texas,"): a
 * party's initial after a comma or an opening parenthesis, a hyphen, then capitalised words and
 * stops, all touching. A label says where a member sits, and is no product ("R-S", which the word
 * lists' model names would take it for; the tagger, once the sentences stage has kept the label
 * whole, tags none of it).
 */
function partyLabels(tokens: readonly Token[]): Uint8Array {
  const mask = new Uint8Array(tokens.length);
  for (let i = 1; i + 2 < tokens.length; i++) {
    const [before, party, hyphen, next] = [tokens[i - 1]!, tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    if (!/^[DRI]$/u.test(party.text) || (before.text !== ',' && before.text !== '(') || hyphen.text !== '-') continue;
    if (party.end !== hyphen.start || hyphen.end !== next.start || !/^\p{Lu}/u.test(next.text)) continue;
    let j = i + 2;
    while (j + 1 < tokens.length && tokens[j + 1]!.start === tokens[j]!.end && /^(?:\.|\p{Lu}[\p{L}.]*)$/u.test(tokens[j + 1]!.text)) j++;
    mask.fill(1, i, j + 1);
  }
  return mask;
}

export function extractEntities(doc: Doc, options: EntitiesOptions): Entity[] {
  const tokens = need(doc, 'tokens', 'entities');
  if (options.names === 'rules') return groupMentions(doc.text, ruleMentions(doc, tokens, options));
  const labels = partyLabels(tokens);
  const inLabel = (m: RawMention) => labels.subarray(m.firstToken, m.lastToken + 1).some((x) => x === 1);
  const tagged = knownInProse(doc, taggedMentions(doc, tokens));
  for (const m of wordListMentions(doc, tokens, tagged)) if (!inLabel(m)) tagged.push(m);
  tagged.push(...laterSurnames(doc, tokens, tagged));
  tagged.sort((a, b) => a.start - b.start);
  const joined = acronymsOfNamedOrganisations(doc, organisationsOverTheirTopic(doc, organisationsOverTheirAnd(doc, organisationsOverPossessivePlurals(doc, namesAcrossParticles(doc, tagged, tokens), tokens), tokens), tokens), tokens);
  placesOverPersons(joined, tokens);
  surnamesOverOrganisations(doc, joined, tokens);
  clubsOverPersons(joined, tokens);
  organisationsInApposition(joined, tokens);
  personsInApposition(joined, tokens);
  sectorBodies(joined);
  datelinePlace(doc, tokens, joined);
  // (a company's legal suffix is no name of its own: "Acme Robotics, | Inc.,", which the tagger may take for a place)
  return groupMentions(doc.text, joined.filter((m) => !(m.words.length === 1 && CORPORATE_SUFFIX.test(m.words[0]!))));
}

export const entitiesStage = defineStage<EntitiesOptions>({
  name: 'entities',
  requires: ['sentences', 'tokens'],
  uses: ['language'],
  assigns: ['entities'],
  options: EntitiesOptions,
  run(doc, options) {
    if (notEnglish(doc)) return { ...doc, entities: [] };
    return { ...doc, entities: extractEntities(doc, options) };
  },
});
