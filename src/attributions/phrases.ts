// Noun-phrase boundaries from wink's POS tags, without a parser: enough to
// find the speaker before a cue ("White House spokesperson John Kirby stated")
// or after it ("…,” read a Kremlin statement).
import type { Token } from '../nlp/wink.ts';
import { POSSESSIVES, RELATIVE_OPENERS } from '../nlp/verb-homographs.ts';
import { itemsWithin } from '../text/search.ts';
import { opensAnAmount } from '../text/numbers.ts';
import { mostlyReports, reportsClause, SOURCE_HEADS } from './cues.ts';
import { isQuoteMark } from './quotes.ts';

const NP_POS = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'DET', 'PRON']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'one', 'this', 'that', 'some', 'others', 'many', 'both', 'all']);
const NP_INNER_ADP = new Set(['of', 'from', 'for', 'at', 'with', 'on', 'in']);
/** Adjectives whose "to" stays inside their noun phrase: "a source close to the player", "groups linked to al-Qaeda". */
const ADJECTIVES_WITH_TO = new Set(['close', 'closer', 'closest', 'loyal', 'near', 'sympathetic', 'opposed', 'linked', 'connected', 'allied', 'related', 'tied', 'friendly', 'hostile']);
const SKIP_BEFORE_CUE = new Set(['ADV', 'AUX', 'PART']);
/** Pronouns that open a clause as its subject ("and said he would …", "documents he submitted"), unlike objects ("said nothing"). */
export const CLAUSE_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'there', 'this', 'these', 'those']);
/** Tokens a relative clause may hold between its pronoun and the comma that closes it. */
export const MAX_CLAUSE = 30;

/**
 * Where a clause opening at token `from` stops: the first comma, other stop ([;:.!?]) or quotation
 * mark at or after `from`, at most MAX_CLAUSE tokens on and not past `last`; -1 if none.
 */
export function clauseStop(tokens: readonly Token[], from: number, last: number): number {
  for (let k = from; k <= last && k - from <= MAX_CLAUSE; k++) {
    const t = tokens[k]!;
    if (/^[,;:.!?]$/u.test(t.text) || isQuoteMark(t.text)) return k;
  }
  return -1;
}

/** Words that may open a clause before its subject: "But Megan Hester, …, said". */
const OPENERS = new Set(['but', 'and', 'so', 'yet', 'still', 'meanwhile', 'however', 'also', 'now', 'then', 'instead']);

/** A capitalised word inside a sentence that wink tagged as something else: part of a name ("The Associated Press"). */
const inName = (t: Token): boolean => /^\p{Lu}\p{Ll}/u.test(t.text) && (t.pos === 'VERB' || t.pos === 'ADJ');

/** Leftmost token index of the noun phrase ending at `end` (inclusive), or -1. */
export function npLeft(tokens: readonly Token[], end: number, floor: number): number {
  let k = end;
  const last = tokens[k];
  if (!last || k < floor) return -1;
  if (last.pos === 'PRON') return SUBJECT_PRONOUNS.has(last.lower) ? k : -1;
  // (or an adjective that ends a hyphenated noun: "The 37-year-old")
  if (!(last.pos === 'NOUN' || last.pos === 'PROPN' || last.pos === 'NUM' || (last.pos === 'ADJ' && (/^\p{Lu}/u.test(last.text) || hyphenated(tokens, k))))) return -1;
  let sawAdj = false;
  let afterAnd = -1;
  while (k - 1 >= floor) {
    const t = tokens[k - 1]!;
    const right = tokens[k]!;
    // (a possessive pronoun opens the phrase as a determiner does: "its general secretary Jairam Ramesh")
    // (not after a preposition, "Infosys in | its statement said", but an absolute's "with")
    if (t.pos === 'DET' || (t.pos === 'PRON' && POSSESSIVES.has(t.lower) && (tokens[k - 2]?.pos !== 'ADP' || tokens[k - 2]!.lower === 'with'))) {
      k--;
      break;
    }
    if (t.lower === '’s' || t.lower === "'s" || t.lower === '’' || t.lower === "'") {
      // possessive: "Azerbaijan’s presidential office"
      k--;
      continue;
    }
    if (t.pos === 'ADJ' || (t.pos === 'NUM' && right.pos !== 'NUM')) {
      sawAdj = true;
      k--;
      continue;
    }
    // "a Downing/VERB Street spokesperson": a capitalised word inside the sentence before a name is part of it
    if (inName(t) && right.pos === 'PROPN' && /^\p{Lu}/u.test(right.text) && k - 1 > floor) {
      k--;
      continue;
    }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') {
      // a common noun left of an adjective starts another phrase ("radar | initial reports"), but not
      // one inside a hyphenated compound ("the 54-year-old libertarian")
      if (sawAdj && t.pos === 'NOUN' && !/^\p{Lu}/u.test(t.text) && !(right.text === '-' && right.start === t.end)) break;
      k--;
      continue;
    }
    if (t.pos === 'CCONJ' && (t.lower === 'and' || t.lower === '&')) {
      const before = tokens[k - 2];
      if (before && k - 2 >= floor && (before.pos === 'PROPN' || before.pos === 'ADJ' || before.pos === 'NOUN') && right.pos !== 'DET') {
        afterAnd = k;
        k -= 2;
        continue;
      }
      break;
    }
    if (t.pos === 'ADP' && NP_INNER_ADP.has(t.lower)) {
      // "A statement from Azerbaijan’s presidential office", "head of the agency"
      const before = tokens[k - 2];
      if (before && k - 2 >= floor && (before.pos === 'NOUN' || before.pos === 'PROPN') && right.pos !== 'PRON') {
        k -= 2;
        sawAdj = false;
        continue;
      }
      break;
    }
    if (t.text === '-' && t.end === right.start) {
      k--;
      continue;
    }
    if (t.text === ',' ) {
      // apposition: "Dmitry Yadrov, head of Russia’s civil aviation agency," — take the name before it
      const nameEnd = k - 2;
      const nm = tokens[nameEnd];
      if (nm && nameEnd >= floor && nm.pos === 'PROPN' && tokens[end + 1]?.text === ',') {
        let n = nameEnd;
        while (n - 1 >= floor && tokens[n - 1]!.pos === 'PROPN') n--;
        return n;
      }
      break;
    }
    break;
  }
  // "…, with some warning that the spending could fuel | inflation and others | arguing …": the
  // conjunct right after a verb is its object; only the one after the last "and" is the subject of
  // the participle after it (not "The remark worried some analysts and activists, who …")
  if (afterAnd > 0 && k - 1 >= floor && tokens[k - 1]!.pos === 'VERB' && /^\p{Ll}/u.test(tokens[k - 1]!.text) && /^\p{Ll}+ing$/u.test(tokens[end + 1]?.text ?? '')) return afterAnd;
  return k;
}

/** A finite verb at token j: not a participle in -ing, nor an infinitive after "to". */
export const finiteAt = (tokens: readonly Token[], j: number): boolean =>
  (tokens[j]!.pos === 'AUX' || tokens[j]!.pos === 'VERB') && !/ing$/u.test(tokens[j]!.lower) && tokens[j - 1]?.lower !== 'to';

/** A noun phrase at token `from` and a finite verb right after it ("replacing | Clinton | would be"; "| the attackers | had crossed"). */
export function finiteAfterPhrase(tokens: readonly Token[], from: number, last: number): boolean {
  const np = npRight(tokens, from, last, 8);
  return !!np && np[1] + 1 <= last && finiteAt(tokens, np[1] + 1);
}

/**
 * The word after the verb at `i` opens an amount, and the verb reports the clause the amount opens
 * ("said about 300 people were killed", "said up to 10 inches could fall"); not a topic's
 * preposition ("talked about 30 minutes", "sparred over $1.7 trillion in spending").
 */
export function amountOpensClause(tokens: readonly Token[], i: number, last: number): boolean {
  if (!opensAnAmount(tokens, i + 1) || !reportsClause(tokens[i]!.lemma.toLowerCase())) return false;
  for (let k = i + 2; k <= last; k++) if (finiteAt(tokens, k)) return true;
  return false;
}

/** Where a sentence opens: the text's or a paragraph's start, or after a sentence's end mark (a regular expression's source, to end a pattern with). */
export const SENTENCE_START = String.raw`(?:^|[.!?]["”’)]?\s+|
\s*)`;

/** Conjunctions that open another clause after a comma ("…, while supporters say …", "…, but opposition MPs said …"). */
export const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['while', 'whereas', 'but', 'although', 'though', 'and']);

/**
 * A clause's subject from `from` with its aside closed by the comma at `comma`, "Richard Revesz,
 * director of the Institute … at New York University’s law school,": a name or noun phrase up to
 * the first comma, then the aside; or null.
 */
function subjectWithAside(tokens: readonly Token[], from: number, comma: number): [number, number] | null {
  let start = from;
  while (start < comma && (OPENERS.has(tokens[start]!.lower) || (tokens[start]!.text === ',' && start > from))) start++;
  const head = tokens[start];
  const firstComma = tokens.slice(start, comma).findIndex((t) => t.text === ',');
  // (a possessive pronoun opens it as a determiner does: "Its president, C.S. Randhawa,")
  const opener = head && (head.pos === 'PROPN' || head.pos === 'DET' || head.pos === 'NOUN' || head.pos === 'ADJ' || head.pos === 'NUM' || (head.pos === 'PRON' && POSSESSIVES.has(head.lower)));
  if (!head || firstComma <= 0 || comma - start > 45 || !opener) return null;
  // the name before the first comma must itself be a noun phrase (with a phrase after its noun: "A person familiar with the negotiations")
  const nameEnd = start + firstComma - 1;
  return npLeft(tokens, nameEnd, start) === start || modifiedNoun(tokens, start, nameEnd) || participleObject(tokens, start, nameEnd) ? [start, comma - 1] : null;
}

/** Tokens a…b are a noun phrase, a participle that takes the speaker's object, and its object ("The union representing machinists", "the team investigating the crash"). */
function participleObject(tokens: readonly Token[], a: number, b: number): boolean {
  const object = npLeft(tokens, b, a);
  const participle = tokens[object - 1];
  return object - 2 >= a && !!participle && participle.pos === 'VERB' && SPEAKER_OBJECT_PARTICIPLES.has(participle.lower) && npLeft(tokens, object - 2, a) === a;
}

/** Tokens a…b are a noun with the adjectives and prepositions' phrases after it ("A person familiar with the negotiations", "officials close to the talks"): no verb, no mark. */
function modifiedNoun(tokens: readonly Token[], a: number, b: number): boolean {
  let noun = -1;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (!/^(?:DET|ADJ|NOUN|PROPN|NUM|ADP|PART|CCONJ)$/u.test(t.pos)) return false;
    if (noun < 0 && (t.pos === 'NOUN' || t.pos === 'PROPN')) noun = k;
  }
  return noun >= 0 && noun - a <= 2 && tokens[noun + 1]?.pos === 'ADJ';
}

/**
 * The first token of the last clause that opens between `floor` and `before` after a comma or
 * semicolon and a conjunction ("The reforms were fair, but | opposition MPs, who met on Tuesday,
 * said") or after a quotation closed on its comma ("“It all happened so fast,” | one shopper, who
 * asked …, told"), or `before` when there is none.
 */
function clauseOpening(tokens: readonly Token[], floor: number, before: number): number {
  for (let j = before - 2; j > floor; j--) {
    if (CLAUSE_CONJUNCTIONS.has(tokens[j]!.lower) && /^[,;]$/u.test(tokens[j - 1]!.text)) return j + 1;
    if (isQuoteMark(tokens[j]!.text) && /^[,?!]$/u.test(tokens[j - 1]!.text)) return j + 1;
  }
  return before;
}

/**
 * The subject before a cue at token `cue` (its first token): skips adverbs and
 * auxiliaries ("now admits", "later revealed"), a closing comma of an
 * apposition, and stops at the sentence start `floor`. Returns [first, last] or null.
 */
export function subjectBefore(tokens: readonly Token[], cue: number, floor: number): [number, number] | null {
  let k = cue - 1;
  while (k >= floor && SKIP_BEFORE_CUE.has(tokens[k]!.pos) && tokens[k]!.lower !== '’s') k--;
  // "Opposition leader Akhilesh Yadav, however, termed": an adverb between commas is no part of a
  // subject that opens its clause (not "… a worry for | the central bank, however, said Nomura …")
  if (k - 2 > floor && tokens[k]!.text === ',' && tokens[k - 1]!.pos === 'ADV' && tokens[k - 2]!.text === ',') {
    const left = npLeft(tokens, k - 3, floor);
    if (left >= 0 && (left === floor || tokens[left - 1]!.text === ',' || tokens[left - 1]!.pos === 'CCONJ')) k -= 3;
  }
  // "OPEC+ said", "Disney+ said": a plus glued to a name is the name's (wink splits it off as a symbol)
  if (k - 1 >= floor && tokens[k]!.text === '+' && tokens[k - 1]!.end === tokens[k]!.start && tokens[k - 1]!.pos === 'PROPN') {
    const left = npLeft(tokens, k - 1, floor);
    if (left >= 0) return [left, k];
  }
  // "Rep. Gwen Moore (D-Wis.) said": step over a parenthesis closing the subject
  if (k >= floor && tokens[k]!.text === ')') {
    let open = k - 1;
    while (open >= floor && tokens[open]!.text !== '(' && k - open < 8) open--;
    if (open > floor && tokens[open]!.text === '(') {
      const left = npLeft(tokens, open - 1, floor);
      if (left >= 0) return [left, k];
    }
  }
  // "Richard Revesz, director of the Institute … at New York University’s law school, said":
  // a clause opening with a name (or noun phrase) and an apposition closed by a comma before the cue
  if (k >= floor && tokens[k]!.text === ',') {
    const apposed = subjectWithAside(tokens, floor, k);
    if (apposed) return apposed;
    // (after a quotation, with the comma that closes the aside, as the tagger reads it after one)
    const opening = clauseOpening(tokens, floor, k);
    const inner = subjectWithAside(tokens, opening, k);
    if (inner) return isQuoteMark(tokens[opening - 1]?.text) ? [inner[0], k] : inner;
  }
  // "Dmitry Yadrov, head of Russia’s civil aviation agency, described"
  if (k >= floor && tokens[k]!.text === ',') {
    const inner = npLeft(tokens, k - 1, floor);
    if (inner < 0) return null;
    // npLeft already took the name before the apposition
    if (tokens.slice(inner, k).some((t) => t.text === ',')) return [inner, k - 1];
    if (inner > floor && tokens[inner - 1]!.text === ',' && tokens[inner - 2]?.pos === 'PROPN') {
      let n = inner - 2;
      while (n - 1 >= floor && tokens[n - 1]!.pos === 'PROPN') n--;
      return [n, k - 1];
    }
    return null;
  }
  if (k < floor) return null;
  const left = npLeft(tokens, k, floor);
  if (left < 0) return null;
  // "a lawyer representing | the family said": the participle's object is the speaker's description
  const participle = tokens[left - 1];
  if (participle && left - 2 >= floor && participle.pos === 'VERB' && SPEAKER_OBJECT_PARTICIPLES.has(participle.lower) && /^(?:NOUN|PROPN)$/u.test(tokens[left - 2]!.pos)) {
    const head = npLeft(tokens, left - 2, floor);
    if (head >= 0) return [head, k];
  }
  return [left, k];
}

/**
 * Participles that take the speaker's object straight after them, with no preposition between ("a
 * spokeswoman for the union representing the workers", "the team investigating the crash").
 */
export const SPEAKER_OBJECT_PARTICIPLES: ReadonlySet<string> = new Set([
  'representing', 'overseeing', 'leading', 'running', 'monitoring', 'advising', 'covering', 'investigating', 'tracking', 'studying', 'handling', 'defending', 'prosecuting',
  'probing', 'examining', 'reviewing', 'inspecting', 'assessing', 'treating', 'battling', 'fighting', 'following', 'watching', 'organising', 'organizing',
  'supporting', 'driving', 'operating', 'owning', 'funding', 'backing', 'hosting', 'employing', 'opposing',
]);

/**
 * The noun phrase starting at `start`, up to punctuation or a verb (max `max` tokens). With
 * `names`, a capitalised word wink tagged as a verb or adjective counts as part of a name
 * (`start` must not open the sentence).
 */
export function npRight(tokens: readonly Token[], start: number, ceil: number, max = 12, names = false): [number, number] | null {
  let k = start;
  let last = -1;
  while (k <= ceil && k - start < max) {
    const t = tokens[k]!;
    // (and "linked", "opposed", "related" before their "to", which wink tags verbs: "Militants linked to al-Qaeda")
    if (NP_POS.has(t.pos) || t.lower === '’s' || t.lower === "'s" || (t.text === '-' && k > start) || (names && inName(t)) || (ADJECTIVES_WITH_TO.has(t.lower) && tokens[k + 1]?.lower === 'to' && last >= 0)) {
      if (t.pos !== 'DET') last = k;
      k++;
      continue;
    }
    if ((t.pos === 'ADP' && (NP_INNER_ADP.has(t.lower) || (t.lower === 'to' && ADJECTIVES_WITH_TO.has(tokens[k - 1]?.lower ?? '')))) || (t.pos === 'CCONJ' && t.lower === 'and')) {
      const next = tokens[k + 1];
      if (next && k + 1 <= ceil && NP_POS.has(next.pos) && last >= 0) {
        k++;
        continue;
      }
    }
    break;
  }
  return last >= start ? [start, last] : null;
}

/**
 * A hyphen that stands for a dash after a dateline ("BEIJING-China's foreign ministry said"): a
 * word in capitals, then one in title case. "NATO-led" and "AFL-CIO" are compounds.
 */
export const datelineDash = (left: string, right: string): boolean => /^\p{Lu}{3,}$/u.test(left) && /^\p{Lu}\p{Ll}/u.test(right);

/** Whether token k is the second part of a hyphenated compound ("run" in "state-run", "to" in "Right-to-repair"). */
export function hyphenated(tokens: readonly Token[], k: number): boolean {
  const h = tokens[k - 1];
  return !!h && k >= 2 && h.text === '-' && h.end === tokens[k]!.start && tokens[k - 2]!.end === h.start && !datelineDash(tokens[k - 2]!.text, tokens[k]!.text);
}

/** Heads of the documents and figures that find, show or are cited ("Data from the statistics office showed …", "according to a study published in …"). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'data', 'figure', 'figures', 'statistics', 'numbers', 'poll', 'survey', 'study', 'report', 'analysis', 'record', 'records',
  'document', 'documents', 'result', 'results', 'estimate', 'estimates', 'research', 'minutes', 'filing', 'filings', 'census', 'audit', 'review',
  'finding', 'findings', 'affidavit', 'affidavits', 'indictment', 'indictments',
]);

/** The head noun of a phrase: its last common noun before any preposition, lower-cased lemma. */
export function headNoun(tokens: readonly Token[], first: number, last: number): Token | null {
  let head: Token | null = null;
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADP') break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') head = t;
  }
  return head;
}

/** A source is a person, organisation, pronoun, or a noun that speaks in news ("officials", "a statement"). */
export function speakerLike(tokens: readonly Token[], np: [number, number]): boolean {
  const head = headNoun(tokens, np[0], np[1]);
  if (!head) return false;
  if (head.pos === 'PRON' || /^\p{Lu}/u.test(head.text)) return true;
  return SOURCE_HEADS.has(head.lemma.toLowerCase()) || SOURCE_HEADS.has(head.lower);
}

/**
 * Speakers of news beyond politics (sport, business, health, the courts) that PolNeAR's political
 * news never has as a source head, so the learned list lacks them ("…, the club announced on
 * Monday.", "…, the watchdog said."). A judgement, not a measurement: the readings after the
 * merge use it; the rule-based extractor, whose output the ranker learns from, does not.
 */
const OTHER_NEWS_HEADS = new Set([
  'club', 'league', 'federation', 'coach', 'player', 'captain', 'referee',
  'watchdog', 'regulator', 'insurer', 'carrier', 'operator', 'manufacturer', 'retailer', 'chipmaker', 'automaker', 'startup', 'broadcaster', 'ceo',
  'hospital', 'university', 'coroner', 'tribunal', 'chancellor', 'premier', 'bench',
  'publicist', 'singer', 'rapper', 'musician', 'band', 'label', 'studio', 'promoter',
  'meteorologist', 'forecaster', 'paramedic', 'firefighter', 'rescuer', 'witness', 'medic', 'coastguard',
  'eyewitness', 'lifeguard', 'survivor', 'relative', 'neighbour', 'neighbor', 'villager', 'farmer', 'shopkeeper', 'motorist',
  'commuter', 'passenger', 'landlord', 'tenant', 'homeowner', 'campaigner', 'organiser', 'detective', 'trooper', 'soldier', 'pilot', 'ranger',
  'engineer', 'surgeon', 'pathologist', 'psychologist', 'psychiatrist', 'veterinarian', 'astronomer', 'physicist', 'chemist', 'biologist',
  'ecologist', 'epidemiologist', 'virologist', 'climatologist', 'seismologist', 'geologist', 'volcanologist', 'archaeologist', 'conservationist',
  'athlete', 'skipper', 'goalkeeper', 'striker', 'midfielder', 'jockey', 'shopper', 'fisherman', 'fishermen',
  'guide', 'climber', 'warden', 'steward',
]);

/** speakerLike, or a head from news beyond politics. */
export function newsSpeakerLike(tokens: readonly Token[], np: [number, number]): boolean {
  if (speakerLike(tokens, np)) return true;
  const head = headNoun(tokens, np[0], np[1]);
  return !!head && (OTHER_NEWS_HEADS.has(head.lemma.toLowerCase()) || OTHER_NEWS_HEADS.has(head.lower));
}

/** A source of two parties of whom neither reported: "Neither the ministry nor the Kremlin". */
export const NEITHER_NOR = /^neither\b.*\bnor\b/isu;

/** Relative pronouns that stand for a speaker ("that" is left out: as a source it is more often something else). */
export const RELATIVE_PRONOUNS = new Set(['who', 'which']);
/** The forms of "be". */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/**
 * Conjunctions of time and cause that open a clause with a subject of its own ("after the tycoon
 * entered the race"); sources.ts's PARTICIPLE_SUBORDINATORS are those that open a participle's
 * phrase without one ("while speaking"), a different list.
 */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'until', 'as', 'once']);
/**
 * Words that open a clause with a subject of its own inside a sentence, right before that
 * subject's phrase ("even as | some of the same candidates have said", "…, when | Sanders
 * protesters interrupted her speech, shouting …").
 */
export const CLAUSE_OPENING_WORDS: ReadonlySet<string> = new Set([...CLAUSE_CONJUNCTIONS, ...SUBORDINATORS, 'or', 'so', 'yet', 'if', 'that', 'where', 'which', 'who', 'whom']);
/** Words that open what a question asks ("asked whether …", "asked what he thought"). */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if', 'what', 'which', 'who', 'why', 'how', 'when', 'where']);
/** Relative pronouns that open a clause describing a speaker ("an intelligence source, who …", "a fruit seller whose shop …"): the nlp layer's set. */
export { RELATIVE_OPENERS };

type TokenizedDoc = { tokens?: readonly Token[]; sentenceTokens?: ReadonlyArray<readonly [number, number]> };
type SourceSpans = { text: string; spans: ReadonlyArray<readonly [number, number]> };

/** A source that is a lone relative pronoun ("who", "which"): its token and its sentence's token range, else null. */
export function relativePronounSource(doc: TokenizedDoc, source: SourceSpans): { rel: Token; range: readonly [number, number] } | null {
  if (source.spans.length !== 1 || !RELATIVE_PRONOUNS.has(source.text.toLowerCase())) return null;
  const rel = itemsWithin(doc.tokens ?? [], source.spans[0]![0], source.spans[0]![1])[0];
  const range = rel ? doc.sentenceTokens?.[rel.sentence] : undefined;
  return rel && range ? { rel, range } : null;
}

/**
 * The character range of the noun phrase a relative pronoun stands for, when a source is
 * one ("A diplomat in Baku, who declined to be named, said …" → "A diplomat in Baku").
 * PolNeAR marks the pronoun itself as the source (204 of the 217 gold sources where the
 * pipeline's source is "who", "which" or "that" in train), so the span stays; this says who spoke.
 */
export function relativeAntecedent(doc: TokenizedDoc, source: SourceSpans): [number, number] | null {
  const found = relativePronounSource(doc, source);
  if (!found) return null;
  const tokens = doc.tokens ?? [];
  let np = antecedentOf(tokens, found.rel.i, found.range[0]);
  // "who" stands for a person: in "drew sharp criticism from opposition lawmakers, who accused him",
  // the lawmakers, not the criticism (a head that names no speaker, before a preposition whose object does)
  if (np && found.rel.lower === 'who') {
    const p = tokens.slice(np[0], np[1] + 1).findIndex((t) => t.pos === 'ADP') + np[0];
    // (not a place's "in" or "at": "the opposition in North-Rhine Westphalia")
    if (p > np[0] && p < np[1] && !/^(?:in|at)$/u.test(tokens[p]!.lower) && !newsSpeakerLike(tokens, [np[0], p - 1]) && newsSpeakerLike(tokens, [p + 1, np[1]])) np = [p + 1, np[1]];
  }
  return np && [tokens[np[0]]!.start, tokens[np[1]]!.end];
}

/**
 * A passive participle's aside with its agent in a source (", seen by Reuters,", ", first reported
 * by Politico,", ", led by Terry Sullivan,"): the agent is not the speaker. Not the maker of a
 * document, who speaks through it (", conducted by the Public Policy Institute of California,").
 */
export const PASSIVE_ASIDE = /,\s+(?:\p{Ll}+\s+)?(?!(?:conducted|released|published|issued|commissioned|prepared|compiled|written|produced|signed|filed|authored|posted|sent|drafted|presented|submitted)\s)\p{Ll}+(?:ed|en|wn)\s+by\s/u;
/** Where a source's relative clause opens (", who …", ", which …", ", whose great-grandfather …"), or its passive aside. */
const CARRIED_CLAUSE = new RegExp(`,\\s+(?:${[...RELATIVE_PRONOUNS, 'whose'].join('|')})\\s|${PASSIVE_ASIDE.source}`, 'u');

/**
 * The character range that names the speaker of a source: the phrase a lone relative pronoun
 * stands for, or the phrase before the relative clause or the passive aside a source carries ("A
 * diplomat in Baku, who declined to be named," → "A diplomat in Baku"; "The document, seen by
 * Reuters," → "The document", not Reuters); null when the whole source names it.
 */
export function speakerPhrase(doc: TokenizedDoc, source: SourceSpans): [number, number] | null {
  const antecedent = relativeAntecedent(doc, source);
  if (antecedent || source.spans.length !== 1) return antecedent;
  const m = CARRIED_CLAUSE.exec(source.text);
  return m && m.index > 0 ? [source.spans[0]![0], source.spans[0]![0] + m.index] : null;
}

/** Token indexes [first, last] of the noun phrase the relative pronoun at `rel` stands for (the comma before it left out). */
export function antecedentOf(tokens: readonly Token[], rel: number, floor: number): [number, number] | null {
  let k = rel - 1;
  if (tokens[k]?.text === ',') k--;
  if (k < floor) return null;
  // "One of them, who asked not to be named,": a part of a group a pronoun names
  if (/^(?:them|us|those)$/u.test(tokens[k]!.lower) && tokens[k - 1]?.lower === 'of' && k - 2 >= floor && (tokens[k - 2]!.pos === 'NUM' || /^(?:one|some|many|most|all|several|none|each|both|few|either|neither)$/iu.test(tokens[k - 2]!.lower))) return [k - 2, k];
  let left = npLeft(tokens, k, floor);
  // "the world's two biggest polluters": npLeft stops at the possessive; the owner belongs to the phrase
  while (left > floor && /^['’]s$/u.test(tokens[left]!.lower)) {
    const owner = npLeft(tokens, left - 1, floor);
    if (owner < 0) break;
    left = owner;
  }
  return left < 0 ? null : [left, k];
}

/**
 * A participle inside a noun phrase: after its noun ("a study published on Tuesday", "a post
 * shared 20,000 times"), or before one after an adverb ("newly filed reports"): a verb ending in -ed.
 */
export function participleAfterNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || t.pos !== 'VERB' || !/ed$/u.test(t.lower) || k === 0) return false;
  return tokens[k - 1]!.pos === 'NOUN' || (tokens[k - 1]!.pos === 'ADV' && /^(NOUN|ADJ)$/u.test(tokens[k + 1]?.pos ?? ''));
}

/** Past participles that do not end in "-ed" ("a poll taken last week", "documents seen by the Guardian", "the plan, put forward in May,"). */
export const PARTICIPLES_NOT_IN_ED: ReadonlySet<string> = new Set([
  'seen', 'written', 'taken', 'given', 'drawn', 'shown', 'made', 'done', 'held', 'sent', 'put', 'run', 'brought', 'found', 'read',
  'known', 'built', 'won', 'hit', 'caught', 'chosen', 'driven', 'grown', 'led', 'paid', 'sold', 'told', 'thrown', 'worn',
]);

/** participleAfterNoun, or an irregular participle right after a common noun ("documents seen by …"). */
export function anyParticipleAfterNoun(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return participleAfterNoun(tokens, k) || (!!t && t.pos === 'VERB' && tokens[k - 1]?.pos === 'NOUN' && PARTICIPLES_NOT_IN_ED.has(t.lower));
}

/** Words that open a circumstance of a report after its verb: "on CNN", "in a statement", "at the hearing", "during the trial", "via e-mail". */
export const CIRCUMSTANCE_OPENERS = new Set(['in', 'on', 'at', 'during', 'via', 'through']);

/**
 * Nouns of the channel or occasion a report went out by ("in a statement", "in a regulatory
 * filing", "in a note to clients", "on condition of anonymity", "at a news conference"): what
 * makes a phrase after a closing verb a circumstance of the report, not of an event ("Foden
 * added in the second half").
 */
export const CHANNEL_NOUNS = new Set([
  'statement', 'statements', 'filing', 'note', 'interview', 'post', 'tweet', 'message', 'conference', 'briefing', 'speech', 'letter', 'email', 'e-mail',
  'op-ed', 'address', 'broadcast', 'release', 'appearance', 'podcast', 'remarks', 'report', 'order', 'call', 'anonymity', 'court', 'hearing', 'memo',
  'affidavit', 'submission', 'blog', 'newsletter', 'video', 'notice', 'circular', 'reply', 'response', 'testimony', 'session', 'rally', 'meeting', 'event',
  'programme', 'program', 'show', 'radio', 'television', 'broadcaster', 'channel', 'website', 'x', 'twitter', 'facebook', 'instagram', 'telegram',
  'article', 'column', 'editorial', 'book', 'piece', 'essay', 'paper', 'study', 'journal', 'story', 'documentary', 'commentary', 'analysis', 'document',
  'documents', 'filings', 'tweets', 'posts', 'remark', 'comments', 'comment', 'emails', 'letters',
  // (a fire service's, a weather office's or a health agency's notices: "…, Cal Fire said in an update on Sunday.")
  'update', 'updates', 'bulletin', 'advisory', 'alert',
  // a court's: "The judge, in a 45-page ruling, wrote", "said in its decision"
  'ruling', 'rulings', 'dissent', 'judgment', 'judgement', 'decision',
]);

/**
 * Reporting verbs whose participle reports ("…, saying …", "…, arguing that …"); not those that
 * also go on an action ("…, continuing a trend that …", "…, confirming that investors …"), nor
 * "telling", which names its addressee first (the tagger's to read).
 */
export const PARTICIPLE_REPORTS = new Set(['say', 'add', 'warn', 'argue', 'insist', 'claim', 'declare', 'explain', 'note', 'state', 'write', 'urge', 'observe']);
/** The participles by which a report names its own source: "citing people familiar with the matter", "quoting a senior official". */
export const CITING = /^(?:citing|quoting)$/u;

/** A participle in -ing of a verb of PARTICIPLE_REPORTS ("saying", "adding", "urging"). */
export function reportingParticiple(t: Token): boolean {
  return t.pos === 'VERB' && /^\p{Ll}+ing$/u.test(t.text) && PARTICIPLE_REPORTS.has(t.lemma.toLowerCase());
}

/** A word in -ing of a verb of PARTICIPLE_REPORTS, whatever wink tagged it ("saying", "observing", "noting"). */
export function reportingParticipleForm(word: string): boolean {
  if (!/^\p{Ll}+ing$/u.test(word)) return false;
  const stem = word.slice(0, -3);
  const undoubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, undoubled].some((lemma) => PARTICIPLE_REPORTS.has(lemma));
}

/** Nouns of what markets or people expect, whose "that" clause is theirs ("expectations that the Fed will cut"). */
const EXPECTATION_NOUNS = new Set(['expectations', 'expectation', 'hopes', 'hope', 'fears', 'fear', 'concerns', 'concern', 'worries', 'speculation', 'bets', 'doubts', 'predictions', 'forecasts', 'views', 'signs', 'suspicions']);

/** Participles that open no action of the sentence's subject but a phrase of its content ("…, the Times said, including speeches and meetings"). */
const PHRASE_PARTICIPLES = new Set(['including', 'according', 'excluding', 'regarding', 'concerning', 'following', 'meaning', 'pending', 'considering']);

/**
 * A participle that opens an action of the sentence's subject, not a report of its own ("adding",
 * "citing", "recalling") nor a phrase ("including"); one wink tags a noun is one when its object
 * follows ("…, the ONS said, beating/NOUN the 0.4% forecast"; `nounBefore`, the tags its object
 * may open with).
 */
export function newsParticiple(tokens: readonly Token[], k: number, nounBefore: RegExp = /^(?:DET|NUM)$/u): boolean {
  const t = tokens[k];
  if (!t || !/^\p{Ll}+ing$/u.test(t.text) || PHRASE_PARTICIPLES.has(t.lower)) return false;
  if (t.pos !== 'VERB' && !(t.pos === 'NOUN' && nounBefore.test(tokens[k + 1]?.pos ?? ''))) return false;
  const lemma = t.lemma.toLowerCase();
  return !reportsClause(lemma) && !mostlyReports(lemma) && !reportingParticiple(t) && !CITING.test(t.lower);
}

/**
 * A participle opening what the speaker was doing, set after a report ("said Maria Lopez, |
 * standing outside her home", "…, speaking on condition of anonymity"): a news participle whose
 * object or adverb follows it (wink tags "standing" a noun before its preposition), not one that
 * modifies a role's noun ("managing director", "acting political director", "ranking member").
 */
export function settingParticiple(tokens: readonly Token[], k: number): boolean {
  return newsParticiple(tokens, k, /^(?:DET|NUM|ADP)$/u) && !ROLE_PARTICIPLES.has(tokens[k]!.lower) && /^(?:ADP|DET|PRON|NUM|ADV|PART|SCONJ)$/u.test(tokens[k + 1]?.pos ?? '');
}

/** Participles that give a person a role rather than an action ("Hon. Yusuf Adamu, representing the Kano Municipal federal constituency"). */
const ROLE_PARTICIPLES = new Set(['representing', 'chairing', 'heading', 'leading', 'serving', 'acting', 'overseeing', 'managing']);

/**
 * "…, official results showed Monday, | dealing a blow to the prime minister.": tokens [at, last]
 * are a participle's phrase that tells what the sentence's news did, running to the sentence's end
 * with no finite verb after its participle (another participle, or a past participle right after
 * its noun, "a blow to the government elected in May"; "replacing Clinton proved far harder" is a
 * clause, an infinitive is not) and no quotation mark.
 */
export function newsParticiplePhrase(tokens: readonly Token[], at: number, last: number): boolean {
  // (its object may open on a noun or an adjective too, the participle then tagged a noun: "beating/NOUN forecasts")
  if (at > last || !newsParticiple(tokens, at, /^(?:DET|NUM|NOUN|ADJ)$/u)) return false;
  for (let k = at + 1; k <= last; k++) {
    const t = tokens[k]!;
    // (an infinitive is no finite verb: "giving a boost to/PART finance/VERB minister …"; nor the
    // participle's plural object, which wink may tag a verb: "raising hopes/VERB of …")
    // nor the last word of a compound noun closing the phrase ("of an interest rate cut/VERB.")
    if (k === at + 1 && t.pos === 'VERB' && /\p{Ll}s$/u.test(t.text)) continue;
    if (t.pos === 'VERB' && tokens[k - 1]!.pos === 'NOUN' && tokens.slice(k + 1, last + 1).every((x) => x.pos === 'PUNCT')) continue;
    // (the clause of a noun of expectation is the noun's, not a finite verb of the phrase: "reinforcing
    // expectations | that the Bank of England will keep rates on hold")
    if (t.lower === 'that' && EXPECTATION_NOUNS.has(tokens[k - 1]!.lower)) return !tokens.slice(k + 1, last + 1).some((x) => isQuoteMark(x.text));
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/u.test(t.lower) && tokens[k - 1]!.lower !== 'to' && !participleAfterNoun(tokens, k))) return false;
    if (isQuoteMark(t.text)) return false;
  }
  return true;
}

/**
 * "worse than economists had forecast", "slightly more than expected", "better than the consensus":
 * the news set against what was expected, the reporter's (not "rather than", "other than", nor a
 * speaker's own figure, "more than half of them children", "later than originally planned").
 */
export const COMPARISON = /^(?:(?:much|far|slightly|even|well|somewhat|a\s+little|a\s+bit)\s+)?(?!rather\b|other\b)(?:\p{Ll}+er|more|less|fewer|worse|better)\s+than\s+(?:(?:had\s+been\s+|had\s+)?(?:expected|forecast|predicted|anticipated|estimated)\b|(?:most\s+|many\s+|some\s+)?(?:economists|analysts|markets?|investors|traders)\b|(?:the\s+|a\s+)?(?:consensus|forecasts?|estimates?|expectations?|predictions?)\b)/u;

/** Heads of the writer's comment closing a sentence after its report. */
export const COMMENT_HEADS: ReadonlySet<string> = new Set(['sign', 'signal', 'move', 'step', 'pledge', 'promise', 'commitment', 'announcement', 'admission', 'concession', 'blow', 'setback', 'reversal', 'indication', 'reminder', 'escalation', 'shift', 'turnaround', 'boost', 'rebuke', 'departure', 'policy', 'decision', 'development', 'victory', 'defeat', 'win', 'loss', 'level', 'high', 'low', 'record', 'increase', 'rise', 'drop', 'decline', 'fall', 'jump', 'gain', 'figure', 'toll', 'total', 'cut', 'hike']);
