// One wink-nlp instance per process (loading the model takes ~0.2 s), and the
// offset bookkeeping wink leaves to us: it gives no character offsets, but each
// token's preceding spaces plus its value reproduce the input exactly.
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Token {
  /** Index in the document's token array. */
  i: number;
  start: number;
  end: number;
  text: string;
  /** Lower-cased form. */
  lower: string;
  /** Universal POS tag from wink (PROPN, VERB, PUNCT, …). */
  pos: string;
  lemma: string;
  /** wink token type: word, punctuation, number, … */
  type: string;
  /** Index of the sentence holding the token. */
  sentence: number;
}

export interface TokenizedSentence {
  start: number;
  end: number;
  /** Token indexes [first, last] within the tokens returned alongside. */
  tokens: [number, number];
}

interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  intrinsicSize(): number;
}

let instance: ReturnType<typeof winkNLP> | undefined;
/** Whether a word is in the model's own lexicon (set once the cache is reached). */
let modelLexicon: ((word: string) => boolean) | undefined;
/** Words added to wink's cache by the article being read (the others are hidden from the tokenizer). */
let seenInArticle = new Set<string>();
let lastArticle: string | undefined;
/** The article as wink reads it: letters it cannot tokenize folded (see foldForWink). */
let foldedArticle = '';

/** Letters outside Latin-1 that have no decomposition to a base letter, and the letter wink reads for each. */
const UNDECOMPOSED: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i', ħ: 'h', Ħ: 'H', œ: 'o', Œ: 'O', ŀ: 'l', Ŀ: 'L', ŧ: 't', Ŧ: 'T', ƒ: 'f' };
/** Latin letters beyond Latin-1 (Extended-A and -B, and Vietnamese's Extended Additional). */
const EXTENDED_LATIN = /[\u0100-\u024f\u1e00-\u1eff]/gu;

/**
 * wink's tokenizer breaks a word at a Latin letter beyond Latin-1 ("Wi|ś|niewski", "Erdo|ğ|an",
 * "Đ|okovi|ć"), so names of Polish, Turkish, Czech, Romanian, Croatian or Vietnamese speakers came
 * out in pieces. It reads each such letter as its base letter instead, one code unit for one, so
 * every offset holds; the tokens keep the article's own letters.
 */
export function foldForWink(text: string): string {
  return text.replace(EXTENDED_LATIN, (c) => {
    const base = UNDECOMPOSED[c] ?? c.normalize('NFD')[0]!;
    return base.length === 1 && /\p{L}/u.test(base) ? base : c;
  });
}

/**
 * wink's cache outlives documents: a word first read in one article changes how
 * a later article is tokenized ("party’s" kept whole, then tagged PROPN). So that
 * an article's tokens never depend on what the process read before it (output
 * identical whatever the worker count or order), lookups see only the model's
 * own lexicon and the words added while reading the current article — as a
 * fresh instance would. wink keeps its cache private; an accessor registered
 * with its allow-list of token functions reaches it once.
 */
function isolateArticles(nlp: ReturnType<typeof winkNLP>): void {
  const require = createRequire(import.meta.url);
  const allowed = require('wink-nlp/src/allowed.js') as { its4token: Set<unknown> };
  let cache: WinkCache | undefined;
  const grab = (_index: number, rdd: { cache: WinkCache }) => {
    cache = rdd.cache;
    return '';
  };
  allowed.its4token.add(grab);
  try {
    nlp.readDoc('x').tokens().itemAt(0).out(grab as never);
  } finally {
    allowed.its4token.delete(grab);
  }
  if (!cache) throw new Error('wink-nlp internals changed: cannot reach its cache to isolate articles');
  const intrinsic = cache.intrinsicSize();
  const lookup = cache.lookup;
  const add = cache.add;
  modelLexicon = (word: string) => {
    const found = lookup(word);
    return !!found && found[0]! < intrinsic;
  };
  cache.lookup = (text: string) => {
    const found = lookup(text);
    return found && found.length === 1 && found[0]! >= intrinsic && !seenInArticle.has(text) ? null : found;
  };
  cache.add = (text: string, category: number) => {
    seenInArticle.add(text);
    seenInArticle.add(text.toLowerCase());
    return add(text, category);
  };
}

/** Whether wink's model knows the word (as written: pass it lower-cased for a common word), whatever the article read. */
export function inModelLexicon(word: string): boolean {
  wink();
  return modelLexicon!(word);
}

export function wink(): ReturnType<typeof winkNLP> {
  if (!instance) {
    instance = winkNLP(model, ['sbd', 'pos']);
    isolateArticles(instance);
    registerCollector(instance);
  }
  return instance;
}

/**
 * What tokenizeRange needs of each wink token, gathered in one pass: the first
 * `n` entries of each array. The arrays are reused between calls and written by
 * index (emptying them with `length = 0` would drop their backing stores, and
 * every segment would grow them again).
 */
const got = { n: 0, values: [] as string[], spaces: [] as string[], pos: [] as string[], lemmas: [] as string[], types: [] as string[] };
type ItsFn = (index: number, rdd: unknown, addons: unknown) => string;
let collect: ItsFn | undefined;

/**
 * One `tokens().out()` pass that reads value, preceding spaces, POS, lemma and
 * type of each token with wink's own `its` functions (all pure reads), instead
 * of five passes and five arrays. Registered, like isolateArticles' accessor,
 * with wink's allow-list of token functions.
 */
function registerCollector(nlp: ReturnType<typeof winkNLP>): void {
  const its = nlp.its as unknown as Record<'value' | 'precedingSpaces' | 'pos' | 'lemma' | 'type', ItsFn>;
  const { value, precedingSpaces, pos, lemma, type } = its;
  const fn: ItsFn = (index, rdd, addons) => {
    const k = got.n++;
    got.values[k] = value(index, rdd, addons);
    got.spaces[k] = precedingSpaces(index, rdd, addons);
    got.pos[k] = pos(index, rdd, addons);
    // (wink has no lemma for some expansions of a contraction written without its apostrophe: "ive!")
    got.lemmas[k] = lemma(index, rdd, addons) ?? got.values[k]!.toLowerCase();
    got.types[k] = type(index, rdd, addons);
    return '';
  };
  const require = createRequire(import.meta.url);
  (require('wink-nlp/src/allowed.js') as { its4tokens: Set<unknown> }).its4tokens.add(fn);
  collect = fn;
}

/** Ends in 's or ’s (either case): the cheap test before the possessive pattern. */
function isPossessiveEnd(value: string): boolean {
  const last = value.charCodeAt(value.length - 1);
  const apostrophe = value.charCodeAt(value.length - 2);
  return (last === 115 || last === 83) && (apostrophe === 39 || apostrophe === 0x2019);
}

/** Where a platform is named after a preposition, so that "X." ends a sentence: "on X", "via X". */
const PLATFORM_PREPOSITIONS = new Set(['on', 'via', 'to', 'from', 'across']);

/** What follows a token opens a sentence: a capital or a quotation mark, or the end of the paragraph (`next` undefined). */
function opensSentence(next: string | undefined): boolean {
  return next === undefined || /^[\p{Lu}"“‘']/u.test(next);
}

/** "X." closing "… on X." when what follows opens a sentence (see opensSentence): the platform, not an initial. */
function platformEnd(value: string, prev: Token | undefined, next: string | undefined): boolean {
  return value === 'X.' && !!prev && PLATFORM_PREPOSITIONS.has(prev.lower) && opensSentence(next) && !/^\p{Lu}\.$/u.test(next ?? '');
}

/**
 * Words wink keeps whole with a sentence's full stop, as if abbreviations ("weighed in. The …",
 * "said no. Sen. …"), with the part of speech of the word alone at a sentence's end.
 */
const GLUED_STOPS: ReadonlyMap<string, string> = new Map([
  ['in.', 'ADP'],
  ['no.', 'INTJ'],
  // (words wink takes, whatever their case, for abbreviations of states, months or titles: "fell
  // ill. Police said …", "for the mass. Officials …"; in lower case they are only the words)
  ['ill.', 'ADJ'],
  ['mass.', 'NOUN'],
  ['wash.', 'NOUN'],
  ['miss.', 'NOUN'],
  ['ore.', 'NOUN'],
  ['sun.', 'NOUN'],
  ['ark.', 'NOUN'],
  ['rep.', 'NOUN'],
  ['col.', 'NOUN'],
  ['sat.', 'VERB'],
  ['wed.', 'VERB'],
]);

/** "in.", "no.", "ill." … closing a sentence, when what follows opens one (see opensSentence). */
function gluedStop(value: string, prev: Token | undefined, next: string | undefined, afterNext: string | undefined): string | undefined {
  if (value.length < 3 || value.length > 5) return undefined;
  const pos = GLUED_STOPS.get(value) ?? (value === 'No.' && (!prev || prev.text === ':' || isOpeningMark(prev.text)) ? GLUED_STOPS.get('no.') : undefined);
  // (capitalised only as a quoted answer, '… told reporters: "No." He …', not "Flight No. MH17"; past a
  // closing mark glued to it, "“No.” He …")
  return pos && opensSentence(CLOSING_MARK.test(next ?? '') ? afterNext : next) ? pos : undefined;
}

/** A closing quotation mark. */
const CLOSING_MARK = /^[”’]$/u;
/** An opening quotation mark, as wink leaves it: straight or curly. */
function isOpeningMark(text: string): boolean {
  return text === '"' || text === '“' || text === '‘' || text === "'";
}

/**
 * A run of this many characters or more without a space is no word of prose (a
 * base64 image, a minified script, a scraped table run together). wink's
 * tokenizer takes time quadratic in a run's length (a run of 40,000 takes
 * seconds, one of a megabyte hours), so such a run is read as one token, a
 * sentence of its own, and never given to wink.
 */
export const LONG_RUN = 500;

/**
 * No sentence is longer than this many characters: a text with no full stops and no
 * blank lines (an unpunctuated transcript, a list run together) would otherwise be
 * one sentence, and the attribution rules, which look over a cue's sentence for each
 * cue in it, would take time quadratic in its length (50 KB of one-line "said"
 * entries took 3.5 s, 100 KB 14 s). The longest sentence of PolNeAR's train and dev
 * texts has 1,094 characters; a longer one is cut before the token that would pass
 * the limit.
 */
export const MAX_SENTENCE = 2000;
// (tried only where a run starts: at every position inside a run just short of the length it would count again)
export const LONG_RUN_RE = new RegExp(`(?<!\\S)\\S{${LONG_RUN},}`, 'gu');

/**
 * Tokenize and sentence-split `text.slice(start, end)`, returning tokens whose
 * offsets index the full `text`. Token indexes start at `firstIndex`; sentence
 * numbers at `firstSentence`.
 */
export function tokenizeRange(
  text: string,
  start: number,
  end: number,
  firstIndex: number,
  firstSentence: number,
  /** Split "in." and "no." before a sentence's opening or the paragraph's end into the word and the full stop (see GLUED_STOPS, opensSentence). */
  splitGluedStops = false,
): { tokens: Token[]; sentences: TokenizedSentence[] } {
  // (a range shorter than a long run holds none: most paragraphs are not searched)
  const runs = end - start < LONG_RUN ? [] : [...text.slice(start, end).matchAll(LONG_RUN_RE)];
  if (runs.length === 0) return tokenizeWink(text, start, end, firstIndex, firstSentence, splitGluedStops);
  const tokens: Token[] = [];
  const sentences: TokenizedSentence[] = [];
  // (a loop, not push(...part): a paragraph may hold more tokens than a call takes arguments)
  const wink = (from: number, to: number) => {
    const part = tokenizeWink(text, from, to, firstIndex + tokens.length, firstSentence + sentences.length, splitGluedStops);
    for (const t of part.tokens) tokens.push(t);
    for (const s of part.sentences) sentences.push(s);
  };
  let at = start;
  for (const m of runs) {
    const s = start + m.index;
    const e = s + m[0].length;
    if (s > at) wink(at, s);
    const i = firstIndex + tokens.length;
    tokens.push({ i, start: s, end: e, text: m[0], lower: m[0].toLowerCase(), pos: 'X', lemma: m[0], type: 'word', sentence: firstSentence + sentences.length });
    sentences.push({ start: s, end: e, tokens: [i, i] });
    at = e;
  }
  if (at < end) wink(at, end);
  return { tokens, sentences };
}

function tokenizeWink(
  text: string,
  start: number,
  end: number,
  firstIndex: number,
  firstSentence: number,
  splitGluedStops: boolean,
): { tokens: Token[]; sentences: TokenizedSentence[] } {
  const nlp = wink();
  if (text !== lastArticle) {
    // a new article: forget the words the previous one added
    seenInArticle = new Set();
    lastArticle = text;
    foldedArticle = foldForWink(text);
  }
  const folded = foldedArticle !== text;
  const read = folded ? foldedArticle : text;
  const doc = nlp.readDoc(read.slice(start, end));
  got.n = 0;
  doc.tokens().out(collect as never);
  const { n, values, spaces, pos, lemmas, types } = got;
  const sentSpans = doc.sentences().out(nlp.its.span) as unknown as Array<[number, number]>;

  const tokens: Token[] = [];
  let cursor = start;
  /** Sentence breaks added inside wink's sentences (see platformEnd): later tokens' sentences shift by this many. */
  let splits = 0;
  /** A break added after the token before, which takes effect after a closing quotation mark glued to it ('"No." He'). */
  let pendingSplit = false;
  // wink's sentence of token t: sentSpans[k] covers tokens [a, b] in order (a token outside every span counts as sentence 0)
  let k = 0;
  for (let t = 0; t < n; t++) {
    while (k < sentSpans.length && sentSpans[k]![1] < t) k++;
    const winkSentence = k < sentSpans.length && sentSpans[k]![0] <= t ? k : 0;
    cursor += spaces[t]!.length;
    const raw = values[t]!;
    // wink normalises nothing in `value`, but guard the invariant: resync if it ever drifts.
    let s = cursor;
    if (!read.startsWith(raw, s)) {
      const found = read.indexOf(raw, cursor);
      if (found < 0 || found >= end) continue;
      s = found;
    }
    // (the article's own letters, where wink read folded ones)
    const value = folded ? text.slice(s, s + raw.length) : raw;
    const e = s + value.length;
    if (pendingSplit && !(spaces[t]!.length === 0 && /^["”’']$/u.test(value))) {
      splits++;
      pendingSplit = false;
    }
    const sentence = firstSentence + winkSentence + splits;
    // the next token of this range: the arrays are reused, so an entry past `n` is a stale one of an earlier range
    const next = t + 1 < n ? values[t + 1] : undefined;
    if (platformEnd(value, tokens[tokens.length - 1], next)) {
      // "… wrote on X. The post …": wink reads "X." as an initial and runs the sentences together
      tokens.push({ i: firstIndex + tokens.length, start: s, end: s + 1, text: 'X', lower: 'x', pos: 'PROPN', lemma: 'X', type: 'word', sentence });
      tokens.push({ i: firstIndex + tokens.length, start: s + 1, end: e, text: '.', lower: '.', pos: 'PUNCT', lemma: '.', type: 'punctuation', sentence });
      pendingSplit = true;
      cursor = e;
      continue;
    }
    const glued = splitGluedStops ? gluedStop(value, tokens[tokens.length - 1], next, t + 2 < n ? values[t + 2] : undefined) : undefined;
    if (glued) {
      const word = value.slice(0, -1);
      tokens.push({ i: firstIndex + tokens.length, start: s, end: e - 1, text: word, lower: word.toLowerCase(), pos: glued, lemma: word.toLowerCase(), type: 'word', sentence });
      tokens.push({ i: firstIndex + tokens.length, start: e - 1, end: e, text: '.', lower: '.', pos: 'PUNCT', lemma: '.', type: 'punctuation', sentence });
      pendingSplit = true;
      cursor = e;
      continue;
    }
    // wink splits "Trump's" once and, having cached the whole word, keeps it whole
    // later in the same article; split possessives here, always, so one word is
    // always one pair of tokens
    const possessive = value.length > 2 && types[t] === 'word' && isPossessiveEnd(value) ? /^(.+?)(['’][sS])$/u.exec(value) : null;
    if (possessive) {
      const stem = possessive[1]!;
      const lemma = lemmas[t]!.toLowerCase() === value.toLowerCase() ? stem.toLowerCase() : lemmas[t]!;
      tokens.push({ i: firstIndex + tokens.length, start: s, end: s + stem.length, text: stem, lower: stem.toLowerCase(), pos: pos[t]!, lemma, type: 'word', sentence });
      const clitic = possessive[2]!;
      tokens.push({ i: firstIndex + tokens.length, start: s + stem.length, end: e, text: clitic, lower: clitic.toLowerCase(), pos: 'PART', lemma: clitic.toLowerCase(), type: 'word', sentence });
    } else {
      tokens.push({ i: firstIndex + tokens.length, start: s, end: e, text: value, lower: value.toLowerCase(), pos: pos[t]!, lemma: value === raw ? lemmas[t]! : value.toLowerCase(), type: types[t]!, sentence });
    }
    cursor = e;
  }
  const sentences: TokenizedSentence[] = [];
  let lastWinkSentence = -1;
  for (const tok of tokens) {
    const winkSentence = tok.sentence;
    const last = sentences[sentences.length - 1];
    // (a sentence is cut where it would pass MAX_SENTENCE characters)
    if (last && winkSentence === lastWinkSentence && tok.end - last.start <= MAX_SENTENCE) {
      tok.sentence = firstSentence + sentences.length - 1;
      last.end = tok.end;
      last.tokens[1] = tok.i;
    } else {
      tok.sentence = firstSentence + sentences.length;
      sentences.push({ start: tok.start, end: tok.end, tokens: [tok.i, tok.i] });
      lastWinkSentence = winkSentence;
    }
  }
  return { tokens, sentences };
}
