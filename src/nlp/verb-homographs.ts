// wink's tagger reads a verb that is also a noun as a noun whenever a plural noun
// stands before it: "Records/NOUN show/NOUN that …", "Critics/PROPN claim/NOUN
// that …", "Democrats charge/NOUN that …". Every later stage (the cue lexicon,
// the attribution tagger's features, its filter) then takes the clause's verb
// for part of its subject. This pass gives such a word back its verb reading
// where the words around it leave no other: a plural subject before it, and
// after it what only a verb takes (a clause, an object) or, in ", records
// show.", the end of a closing report. The other way round, wink reads "to
// state" as an infinitive before the noun "state" modifies ("speaking to
// state/VERB television"); that "state" gets its noun reading back. And wink reads
// "alleged" as the adjective of "the alleged victim" and "warning" as a noun even
// before their clause ("The Congress on Tuesday alleged/ADJ that …", "and
// warning/NOUN that cuts were unlikely"); before a "that" clause they are the verb.
import type { Token } from './wink.ts';
import { isCompanyHead, isGivenName } from '../entities/lexicon.ts';

/** Plurals without a final -s. */
const IRREGULAR_PLURALS = new Set(['people', 'police', 'data', 'media', 'children', 'men', 'women', 'staff', 'clergy']);
/** Determiners of a singular noun phrase: "a New York Times report that …" is a noun. */
const SINGULAR_DETERMINERS = new Set(['a', 'an', 'this', 'that', 'each', 'every', 'another', 'one', 'either', 'neither']);
/** What opens a clause after the verb ("show that", "question whether"); "that" only before a subject. */
const CLAUSE_OPENERS = new Set(['that', 'whether', 'if', 'how', 'what', 'why', 'when', 'where', 'who']);
/** What may stand right before a subject: the clause's start after a conjunction or a comma. */
const BEFORE_SUBJECT = new Set(['PUNCT', 'CCONJ', 'SCONJ', 'ADV']);
/** Possessives a subject may hold ("some of his admirers"). */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

function plural(t: Token): boolean {
  if (t.pos !== 'NOUN' && t.pos !== 'PROPN') return false;
  const w = t.lower;
  return IRREGULAR_PLURALS.has(w) || (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'));
}

/** Inside a subject noun phrase: "some of his admirers", "Federal Election Commission records". */
function inSubject(t: Token): boolean {
  return t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.pos === 'DET' || t.pos === 'PART' || t.lower === 'of' || t.lower === 'and' || POSSESSIVES.has(t.lower) || t.text === '-';
}

/**
 * Relabel NOUN → VERB, in place, the words of `verbs` (base forms) that a plural noun phrase
 * opening a clause stands before, when a clause, a pronoun, a determiner, a name or a number
 * follows, or, after a comma or "as", when the report closes there (", records show.").
 */
export function verbsAfterPluralSubjects(tokens: Token[], verbs: { has(lemma: string): boolean }): void {
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || !verbs.has(t.lower) || t.lower !== t.lemma.toLowerCase()) continue;
    const prev = tokens[i - 1]!;
    if (prev.sentence !== t.sentence || !plural(prev)) continue;
    // the subject: back over its words to what stands before it
    let k = i - 1;
    while (k - 1 >= 0 && tokens[k - 1]!.sentence === t.sentence && inSubject(tokens[k - 1]!)) k--;
    // (a determiner before another is not the phrase's: "that/DET the records show", "all the polls")
    while (k < i - 1 && tokens[k]!.pos === 'DET' && k + 1 < i - 1 && tokens[k + 1]!.pos === 'DET') k++;
    if (SINGULAR_DETERMINERS.has(tokens[k]!.lower)) continue;
    const before = k > 0 && tokens[k - 1]!.sentence === t.sentence ? tokens[k - 1] : undefined;
    if (before && !BEFORE_SUBJECT.has(before.pos) && before.lower !== 'that' && before.lower !== 'what') continue;
    const next = tokens[i + 1];
    const closes = !next || next.sentence !== t.sentence || next.text === ',' || next.text === '.' || next.text === ';' || next.text === ')';
    let verb: boolean;
    if (closes) verb = !!before && (before.text === ',' || before.text === '(' || before.lower === 'as');
    else if (CLAUSE_OPENERS.has(next.lower)) {
      // "show that he paid", not "report that was released"
      const after = tokens[i + 2];
      verb = next.lower !== 'that' || (!!after && after.pos !== 'VERB' && after.pos !== 'AUX');
    } else verb = next.pos === 'PRON' || next.pos === 'DET' || next.pos === 'PROPN' || next.pos === 'NUM' || next.lower === 'out';
    if (verb) t.pos = 'VERB';
  }
}

/** Nouns that "state" modifies after "to" in news ("speaking to state television", "according to state law"). */
const STATE_MODIFIED = new Set(['media', 'television', 'tv', 'broadcaster', 'broadcasters', 'news', 'radio', 'outlets', 'officials', 'lawmakers', 'legislators', 'authorities', 'agencies', 'agency', 'law', 'laws', 'prosecutors', 'regulators', 'courts', 'court', 'police', 'funds', 'funding', 'elections', 'election', 'department', 'departments', 'governments', 'leaders', 'employees', 'workers', 'control', 'level']);

/**
 * Relabel VERB → NOUN, in place, "state" after "to" before a noun it modifies: wink reads "to
 * state" as an infinitive ("Aliyev, speaking to/PART state/VERB television, said …"), and the
 * tagger then finds no speaker for "said".
 */
export function stateBeforeNouns(tokens: Token[]): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lower === 'state' && t.pos === 'VERB' && tokens[i - 1]!.lower === 'to' && STATE_MODIFIED.has(tokens[i + 1]!.lower)) t.pos = 'NOUN';
  }
}

/** Forms of "be" (and "feel", "seem", "become") before an adjective's "that" clause: "are concerned that", "feel ashamed that". */
const LINKING = new Set(['be', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re', "'m", '’m', 'am', 'feel', 'feels', 'felt', 'seem', 'seems', 'seemed', 'become', 'became', 'grow', 'grew', 'growing', 'remain', 'remained', 'remains', 'get', 'got']);
/** What stands before a participle that reports: its comma or conjunction, an auxiliary, an adverb, "by" ("by joking that"). */
const BEFORE_PARTICIPLE = new Set(['PUNCT', 'CCONJ', 'AUX', 'ADV']);
const PARTICIPLE_PREPOSITIONS = new Set(['by', 'in', 'while', 'after', 'before', 'without']);
/** Least train probability of a reporting verb for its past form or participle to be read as the verb. */
const MIN_CUE_P = 0.3;

/** The base form of a past form ("alleged" → "allege", "claimed" → "claim") or a participle ("warning", "arguing", "admitting") that `verbs` knows, else undefined. */
function baseOf(word: string, verbs: ReadonlyMap<string, number>): string | undefined {
  const stem = word.endsWith('ing') ? word.slice(0, -3) : word.slice(0, -2);
  const bases = word.endsWith('ing') ? [stem, `${stem}e`, stem.slice(0, -1)] : [word.slice(0, -1), stem, stem.slice(0, -1)];
  return bases.find((b) => (verbs.get(b) ?? 0) >= MIN_CUE_P);
}

/**
 * Relabel ADJ or NOUN → VERB, in place, a reporting verb's past form or participle that wink
 * read as an adjective or a noun although a "that" clause follows it (`verbs`: base forms and
 * their train cue probability; its lemma becomes the base):
 * - "The Congress on Tuesday alleged/ADJ that …", "have alleged/ADJ that …" (after "be" it stays
 *   the adjective it is: "are concerned that");
 * - "…, saying inflation remained high and warning/NOUN that cuts were unlikely", "by joking/NOUN
 *   that …" (after a determiner or a possessive it stays the noun: "his warning that …").
 */
export function verbsBeforeClauses(tokens: Token[], verbs: ReadonlyMap<string, number>): void {
  for (let i = 1; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    const past = t.pos === 'ADJ' && t.lower.endsWith('ed');
    if (!past && !(t.pos === 'NOUN' && t.lower.endsWith('ing'))) continue;
    const next = tokens[i + 1]!;
    const after = tokens[i + 2]!;
    if (next.lower !== 'that' || next.sentence !== t.sentence || after.pos === 'VERB' || after.pos === 'AUX') continue;
    if (past) {
      let prev = tokens[i - 1]!;
      if (prev.pos === 'ADV' && i >= 2) prev = tokens[i - 2]!;
      if (prev.sentence !== t.sentence || LINKING.has(prev.lower) || prev.pos === 'DET') continue;
    } else {
      const prev = tokens[i - 1]!;
      if (prev.sentence !== t.sentence || !(BEFORE_PARTICIPLE.has(prev.pos) || PARTICIPLE_PREPOSITIONS.has(prev.lower)) || /^["“”']$/u.test(prev.text)) continue;
    }
    const base = baseOf(t.lower, verbs);
    if (base === undefined) continue;
    t.pos = 'VERB';
    t.lemma = base;
  }
}

/** The base form of a present third-person form ("disputes" → "dispute", "denies" → "deny", "pushes" → "push") that `verbs` knows as mostly a cue, else undefined. */
function presentBaseOf(word: string, verbs: ReadonlyMap<string, number>): string | undefined {
  if (!word.endsWith('s') || word.endsWith('ss')) return undefined;
  const bases = word.endsWith('ies') ? [`${word.slice(0, -3)}y`] : [word.slice(0, -1), word.slice(0, -2)];
  return bases.find((b) => (verbs.get(b) ?? 0) >= 0.5);
}

/**
 * Relabel NOUN → VERB, in place, a reporting verb's present form that wink read as a plural noun
 * after a name opening its clause, before what only a verb takes: "Israel disputes/NOUN the
 * figures", "Moscow denies/NOUN that …" (`verbs`: base forms and their train cue probability; a
 * verb that is mostly a cue, 0.5 or more; its lemma becomes the base).
 */
export function verbsAfterNamedSubjects(tokens: Token[], verbs: ReadonlyMap<string, number>): void {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.pos !== 'NOUN' || tokens[i - 1]!.pos !== 'PROPN' || tokens[i - 1]!.sentence !== t.sentence) continue;
    const base = presentBaseOf(t.lower, verbs);
    if (base === undefined) continue;
    // the name opens its clause
    let k = i - 1;
    while (k - 1 >= 0 && tokens[k - 1]!.pos === 'PROPN' && tokens[k - 1]!.sentence === t.sentence) k--;
    const before = k > 0 && tokens[k - 1]!.sentence === t.sentence ? tokens[k - 1] : undefined;
    if (before && !BEFORE_SUBJECT.has(before.pos)) continue;
    const next = tokens[i + 1]!;
    if (next.sentence !== t.sentence) continue;
    const after = tokens[i + 2];
    const clause = next.lower === 'that' && !!after && after.pos !== 'VERB' && after.pos !== 'AUX';
    // (a relative "that" is the noun's: "Rust Belt states that have suffered")
    if (!clause && (next.lower === 'that' || (next.pos !== 'DET' && next.pos !== 'PRON'))) continue;
    t.pos = 'VERB';
    t.lemma = base;
  }
}

/** The spellings an auxiliary has, with wink's "ca", "wo", "ai", "sha" of "can't", "won't", "ain't", "shan't". */
const AUXILIARIES = new Set([
  'is', 'am', 'are', 'was', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'done', 'doing', 'have', 'has', 'had', 'having',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'need', 'dare', 'get', 'got',
  "'s", '’s', "'re", '’re', "'ve", '’ve', "'d", '’d', "'ll", '’ll', "'m", '’m', 'ca', 'wo', 'ai', 'sha',
]);

/**
 * wink reads some capitalised names as auxiliaries of its slang lexicon ("Governor Shaktikanta
 * Das/AUX announced", "Das/AUX said": "das" for "does"), so the name loses its last word and the
 * sentence its subject. A capitalised word tagged AUX that is no spelling of an auxiliary is a
 * name; so is a capitalised verb right after a given name ("Tim Cook/VERB"), and the "said" wink
 * then reads as the legal adjective ("Cook said/ADJ demand …") is the verb, unless a determiner
 * stands before it; and a capitalised verb opening its sentence before ", which" or "said" is a name
 * ("Unite", "Ford").
 */
export function namesWinkMisreads(tokens: Token[], verbs: ReadonlyMap<string, number>): void {
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.pos === 'ADJ' && t.lower === 'said' && !SAID_DETERMINERS.has(tokens[k - 1]?.lower ?? '')) {
      // "Chief executive Tim Cook said/ADJ demand …": "said" is an adjective only after a determiner ("the said property")
      tokens[k] = { ...t, pos: 'VERB', lemma: 'say' };
      continue;
    }
    // "Tim Cook/VERB": a capitalised verb right after a given name is the surname
    const previous = tokens[k - 1];
    // (not a reporting verb of a headline's title case: "Lindsey Graham Says …", "Chris Christie Calls …")
    if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}/u.test(t.text) && previous?.pos === 'PROPN' && previous.sentence === t.sentence && isGivenName(previous.lower) && (verbs.get(t.lemma.toLowerCase()) ?? 0) < 0.2) {
      tokens[k] = { ...t, pos: 'PROPN', lemma: t.lower };
      continue;
    }
    // "Nordvik Shipping/VERB said …": a trade's "-ing" word capitalised after a name ends a company's name
    // (one of the company heads of the entity lexicon: "Shipping", "Mining", "Publishing")
    if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}+ing$/u.test(t.text) && isCompanyHead(t.lower) && previous?.pos === 'PROPN' && /^\p{Lu}/u.test(previous.text) && previous.sentence === t.sentence) {
      tokens[k] = { ...t, pos: 'PROPN', lemma: t.lower };
      continue;
    }
    // "Unite/VERB, which represents …", "Ford/VERB said …": a capitalised verb opening its sentence
    // before a relative clause's comma, or before a verb that reports in the past or the present, is
    // the name of who speaks (a union, a company), as no command takes either
    const next = tokens[k + 1];
    const relative = next?.text === ',' && RELATIVE_OPENERS.has(tokens[k + 2]?.lower ?? '');
    // (not a participle's phrase opening the sentence: "Having announced that …, Judge Berman …")
    if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && !/(?:ing|ed)$/u.test(t.lower) && previous?.sentence !== t.sentence && (relative || (next?.pos === 'VERB' && FINITE_REPORTS.has(next.lower)))) {
      tokens[k] = { ...t, pos: 'PROPN', lemma: t.lower };
      continue;
    }
    // "“…,” said Skelly/VERB, explaining …": a capitalised verb after an inverted reporting verb
    // that follows a comma or a quotation, before the sentence's end or a comma, is who spoke
    if (t.pos === 'VERB' && /^\p{Lu}\p{Ll}+$/u.test(t.text) && previous?.sentence === t.sentence && INVERTED_REPORTS.has(previous.lower) && /^[,”"']+$/u.test(tokens[k - 2]?.text ?? '') && (next?.sentence !== t.sentence || /^[,.;]$/u.test(next.text))) {
      tokens[k] = { ...t, pos: 'PROPN', lemma: t.lower };
      continue;
    }
    if (t.pos !== 'AUX' || !/^\p{Lu}/u.test(t.text) || AUXILIARIES.has(t.lower)) continue;
    tokens[k] = { ...t, pos: 'PROPN', lemma: t.lower };
  }
}

/** Finite forms of verbs that report, after their speaker ("Ford said", "Shell announced"). */
const FINITE_REPORTS = new Set(['said', 'says', 'told', 'tells', 'announced', 'announces', 'added', 'confirmed', 'confirms', 'warned', 'warns', 'stated', 'reported', 'reports', 'denied', 'denies', 'claimed', 'claims']);

/** Reporting verbs set before their speaker after a quotation or a clause ("…,” said Skelly."). */
const INVERTED_REPORTS = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes', 'asked', 'asks', 'explained', 'recalled', 'noted', 'continued']);

/** Words that open a relative clause after a name's comma ("who", "which", "whose"; the attribution readings' too). */
export const RELATIVE_OPENERS: ReadonlySet<string> = new Set(['who', 'which', 'whose']);

/** Determiners of the legal adjective "said" ("the said property", "such said notice"). */
const SAID_DETERMINERS = new Set(['the', 'this', 'that', 'these', 'those', 'such', 'any', 'each', 'every', 'said']);

