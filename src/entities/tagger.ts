// The entity tagger: BIO tags over CoreNLP's four classes (PERSON,
// ORGANIZATION, LOCATION, MISC), learned from the silver spans of PolNeAR
// train (scripts/train-entities.ts) with the shared linear-chain perceptron
// (src/tagger/chain.ts), over the pipeline's own wink tokens.
//
// Names are capitalised: only "candidate" tokens are tagged — a token with a
// capital letter, a token glued to one ("Texas-based", "anti-Trump"), and a
// short run of lower-case words between two ("Bank of America") — in chunks
// of consecutive candidates, every other token being O. That is a fifth of
// the tokens of news text and holds 99 % of the silver entity tokens. The
// features still read the whole sentence around a chunk (±2 tokens).
import type { Doc } from '../pipeline/doc.ts';
import type { Token } from '../nlp/wink.ts';
import { LinearChain, type ChainModel } from '../tagger/chain.ts';
import { fmix, hashString, mix, shapeOf } from '../tagger/features.ts';
import { TokenMemo } from '../tagger/token-memo.ts';
import { COMMON_WORD, phraseClass, wordClasses } from './lexicon.ts';
import { NER_CLASSES, type NerClass } from './classes.ts';

export { NER_CLASSES, type NerClass };

/** O, then B-/I- of each class: B of class c is 1 + 2c, I is 2 + 2c. */
export const NER_LABELS = ['O', ...NER_CLASSES.flatMap((c) => [`B-${c}`, `I-${c}`])] as const;
const NUM_LABELS = NER_LABELS.length;
const isInside = (label: number): boolean => label > 0 && label % 2 === 0;
export const classOfLabel = (label: number): NerClass | null => (label === 0 ? null : NER_CLASSES[(label - 1) >> 1]!);
export const beginOf = (cls: NerClass): number => 1 + 2 * NER_CLASSES.indexOf(cls);

export const NER_FEATURE_VERSION = 1;
export const NUM_NER_FEATURES = 25;
const NF = NUM_NER_FEATURES;

export const ENTITY_CHAIN = new LinearChain({
  format: 'entity-tagger',
  featureVersion: NER_FEATURE_VERSION,
  labels: NUM_LABELS,
  features: NF,
  // I-X only after B-X or I-X
  allowed: (a, b) => !isInside(b) || a === b || a === b - 1,
});

export type EntityModel = ChainModel;

// ---------------------------------------------------------------- candidates

/** Whether a token holds a capital letter (ASCII scanned by hand; the Unicode test only for other letters). */
function hasCapital(t: Token): boolean {
  const x = t.text;
  for (let i = 0; i < x.length; i++) {
    const c = x.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127) return /\p{Lu}/u.test(x);
  }
  return false;
}
/** Punctuation that ends a name rather than gluing two parts of one. */
const CLOSING = /^[,.;:!?)\]}"“”‘’'…]+$/u;

/** Whether `left` and `right` touch and `t` (one of them) is not closing punctuation. */
function glued(left: Token, right: Token, t: Token): boolean {
  return left.end === right.start && !CLOSING.test(t.text);
}

/**
 * Candidate tokens of sentence tokens [first, last]: 1 where a name may stand.
 * Written into `mark` (indexed by token index − first).
 */
export function candidates(tokens: readonly Token[], first: number, last: number, mark: Uint8Array): void {
  const n = last - first + 1;
  for (let k = 0; k < n; k++) mark[k] = hasCapital(tokens[first + k]!) ? 1 : 0;
  // glued to a candidate, both ways: "Texas-based", "al-Assad", "AT&T"
  for (let k = 1; k < n; k++) if (!mark[k] && mark[k - 1] && glued(tokens[first + k - 1]!, tokens[first + k]!, tokens[first + k]!)) mark[k] = 1;
  for (let k = n - 2; k >= 0; k--) if (!mark[k] && mark[k + 1] && glued(tokens[first + k]!, tokens[first + k + 1]!, tokens[first + k]!)) mark[k] = 1;
  // one or two lower-case words between candidates: "Bank of America", "Party for the Future"
  for (let k = 1; k < n - 1; k++) {
    if (mark[k] || mark[k - 1] !== 1) continue;
    if (mark[k + 1] === 1) mark[k] = 2;
    else if (k + 2 < n && mark[k + 2] === 1 && !CLOSING.test(tokens[first + k + 1]!.text)) {
      mark[k] = 2;
      mark[k + 1] = 2;
    }
  }
}

/** The last index of the run of candidates in `mark` (of length n) that starts at k. */
function chunkEnd(mark: Uint8Array, n: number, k: number): number {
  let j = k;
  while (j + 1 < n && mark[j + 1]) j++;
  return j;
}

/** Chunks of consecutive candidates of sentence tokens [first, last], as inclusive token ranges. */
export function chunksOf(tokens: readonly Token[], first: number, last: number): Array<[number, number]> {
  const n = last - first + 1;
  const mark = new Uint8Array(n);
  candidates(tokens, first, last, mark);
  const out: Array<[number, number]> = [];
  for (let k = 0; k < n; k++) {
    if (!mark[k]) continue;
    const j = chunkEnd(mark, n, k);
    out.push([first + k, first + j]);
    k = j;
  }
  return out;
}

// ---------------------------------------------------------------- features

// local copies: under tsx's CommonJS transform an imported binding is read through a getter at every use
const mixL = mix;
const fmixL = fmix;
const seed = (tid: number): number => Math.imul(tid + 100, 0x9e3779b1);
const T = Array.from({ length: NF + 1 }, (_, k) => seed(k));
const f1 = (s: number, x: number) => fmixL(mixL(s, x));
const f2 = (s: number, x: number, y: number) => fmixL(mixL(mixL(s, x), y));
const f3 = (s: number, x: number, y: number, z: number) => fmixL(mixL(mixL(mixL(s, x), y), z));

/** What depends on one token alone, memoised by (text, POS). */
interface Atoms {
  readonly text: string;
  readonly posText: string;
  readonly lower: number;
  readonly shape: number;
  readonly pos: number;
  readonly lex: number;
  readonly common: number;
  readonly lowerText: string;
  /** Holds a capital letter. */
  readonly capital: boolean;
  /** Finished hashes of the templates over this token alone (templates 2..9 and 25). */
  readonly own: Int32Array;
  /** Finished hashes of the templates that read it as a neighbour (10..13, 18, 19). */
  readonly near: Int32Array;
  next: Atoms | undefined;
}

function nearOf(lower: number, lex: number): Int32Array {
  return Int32Array.of(f1(T[10]!, lower), f1(T[11]!, lower), f1(T[12]!, lower), f1(T[13]!, lower), f1(T[18]!, lex), f1(T[19]!, lex));
}

function atomsOf(t: Token): Atoms {
  const lowerText = t.lower;
  const shapeText = shapeOf(t.text);
  const lower = t.type === 'number' ? hashString(`#${shapeText}`) : hashString(lowerText);
  const word = hashString(t.text);
  const shape = hashString(shapeText);
  const pos = hashString(t.pos);
  const classes = wordClasses(lowerText);
  const lex = classes === 0 ? 0 : hashString(String(classes));
  const common = classes & COMMON_WORD ? 1 : 0;
  const suf = hashString(lowerText.length > 3 ? lowerText.slice(-3) : lowerText);
  const pre = hashString(lowerText.length > 3 ? lowerText.slice(0, 3) : lowerText);
  const own = new Int32Array(9);
  own[0] = f1(T[2]!, lower);
  own[1] = f1(T[3]!, word);
  own[2] = f1(T[4]!, shape);
  own[3] = f1(T[5]!, suf);
  own[4] = f1(T[6]!, pre);
  own[5] = f1(T[7]!, pos);
  own[6] = f1(T[8]!, lex);
  own[7] = f2(T[9]!, shape, pos);
  own[8] = f2(T[25]!, lex, shape);
  return { text: t.text, posText: t.pos, lower, shape, pos, lex, common, lowerText, capital: hasCapital(t), own, near: nearOf(lower, lex), next: undefined };
}

/** Texts per generation of the atoms memo (as the attribution tagger's). */
const MEMO_HALF = 8_192;
/** Atoms by token (bounded; see TokenMemo). */
const MEMO = new TokenMemo<Atoms>(MEMO_HALF, (a, t) => a.posText === t.pos, atomsOf);
const atoms = (t: Token): Atoms => MEMO.get(t);

const BOUNDARY: Atoms = { text: '', posText: '', lower: 1, shape: 1, pos: 1, lex: 1, common: 0, lowerText: '', capital: false, own: new Int32Array(9), near: nearOf(1, 1), next: undefined };

/** Atoms by token index for the document being tagged (chunk windows overlap: each token is looked up once). */
let docTokens: readonly Token[] | undefined;
let docAtoms: Array<Atoms | undefined> = [];

/** Atoms of token i, or of the boundary outside the sentence [first, last]. */
function atomsAt(tokens: readonly Token[], i: number, first: number, last: number): Atoms {
  if (i < first || i > last) return BOUNDARY;
  if (tokens !== docTokens) {
    docTokens = tokens;
    docAtoms = [];
  }
  return (docAtoms[i] ??= atoms(tokens[i]!));
}
const OPENERS = /^[“"‘'(\[:—–-]$/u;

/**
 * Feature buckets of chunk tokens [a, b] of the sentence [first, last]:
 * (b − a + 1) × NUM_NER_FEATURES indexes into a table of 2^bits rows (written
 * into `into` when it is long enough).
 */
export function chunkFeatures(
  tokens: readonly Token[],
  a: number,
  b: number,
  first: number,
  last: number,
  kind: string,
  bits: number,
  into?: Int32Array,
): Int32Array {
  const n = b - a + 1;
  const shift = 32 - bits;
  // every one of the n × NF entries is written below, so a reused buffer needs no clearing
  const out = into && into.length >= n * NF ? into : new Int32Array(n * NF);
  const kindH = hashString(kind);
  const bias = f1(T[1]!, 0) >>> shift;
  let p2 = atomsAt(tokens, a - 2, first, last);
  let p1 = atomsAt(tokens, a - 1, first, last);
  let c = atomsAt(tokens, a, first, last);
  let n1 = atomsAt(tokens, a + 1, first, last);
  for (let i = a; i <= b; i++) {
    const n2 = atomsAt(tokens, i + 2, first, last);
    const t = tokens[i]!;
    // sentence start: first token, or first after an opening quote, bracket, colon or dash
    const start = i === first ? 1 : i - 1 >= first && OPENERS.test(tokens[i - 1]!.text) ? 2 : 0;
    let o = (i - a) * NF;
    out[o++] = bias;
    for (let k = 0; k < 8; k++) out[o++] = c.own[k]! >>> shift; // 2..9
    out[o++] = p1.near[0]! >>> shift; // 10
    out[o++] = n1.near[1]! >>> shift;
    out[o++] = p2.near[2]! >>> shift;
    out[o++] = n2.near[3]! >>> shift;
    out[o++] = f2(T[14]!, p1.pos, c.pos) >>> shift;
    out[o++] = f2(T[15]!, c.pos, n1.pos) >>> shift;
    out[o++] = f2(T[16]!, p1.shape, c.shape) >>> shift;
    out[o++] = f2(T[17]!, c.shape, n1.shape) >>> shift;
    out[o++] = p1.near[4]! >>> shift; // 18
    out[o++] = n1.near[5]! >>> shift;
    out[o++] = f3(T[20]!, start, c.shape, c.common) >>> shift;
    out[o++] = f2(T[21]!, p1.lower, c.lower) >>> shift;
    out[o++] = f2(T[22]!, c.lower, n1.lower) >>> shift;
    out[o++] = f2(T[23]!, kindH, c.shape) >>> shift;
    // known two-word names around the token ("New York", "United States")
    const left = c.capital && p1.capital ? phraseClass(`${p1.lowerText} ${t.lower}`) : 0;
    const right = c.capital && n1.capital ? phraseClass(`${t.lower} ${n1.lowerText}`) : 0;
    out[o++] = f2(T[24]!, left, right) >>> shift;
    out[o++] = c.own[8]! >>> shift; // 25
    p2 = p1;
    p1 = c;
    c = n1;
    n1 = n2;
  }
  return out;
}

// ---------------------------------------------------------------- tagging

/** A tagged name: inclusive token range and class. */
export interface TaggedName {
  first: number;
  last: number;
  cls: NerClass;
}

/** Labels of one chunk to names (a B, a class change or an O ends a name). */
export function namesOfLabels(labels: ArrayLike<number>, offset: number, into: TaggedName[]): void {
  let cur: TaggedName | undefined;
  for (let k = 0; k < labels.length; k++) {
    const l = labels[k]!;
    const cls = classOfLabel(l);
    if (cls === null) {
      cur = undefined;
      continue;
    }
    if (cur && isInside(l) && cur.cls === cls) {
      cur.last = offset + k;
      continue;
    }
    cur = { first: offset + k, last: offset + k, cls };
    into.push(cur);
  }
}

/** The sentences of a doc with their kinds and token ranges, for tagging. */
export function* sentenceRanges(doc: Doc): Generator<{ first: number; last: number; kind: string }> {
  const sentences = doc.sentences ?? [];
  const ranges = doc.sentenceTokens ?? [];
  for (let k = 0; k < sentences.length; k++) {
    const [first, last] = ranges[k]!;
    if (last >= first) yield { first, last, kind: sentences[k]!.kind };
  }
}

let scratch = new Int32Array(64 * NF);
let mark = new Uint8Array(256);

/** The names the model finds in a doc, in text order. */
export function tagNames(doc: Doc, model: EntityModel): TaggedName[] {
  const tokens = doc.tokens ?? [];
  const names: TaggedName[] = [];
  for (const s of sentenceRanges(doc)) {
    const n = s.last - s.first + 1;
    if (mark.length < n) mark = new Uint8Array(2 * n);
    candidates(tokens, s.first, s.last, mark);
    // chunks of consecutive candidates (as chunksOf gives them), without building the list
    for (let k = 0; k < n; k++) {
      if (!mark[k]) continue;
      const j = chunkEnd(mark, n, k);
      const a = s.first + k;
      const b = s.first + j;
      if (scratch.length < (b - a + 1) * NF) scratch = new Int32Array(2 * (b - a + 1) * NF);
      const feats = chunkFeatures(tokens, a, b, s.first, s.last, s.kind, model.bits, scratch);
      namesOfLabels(ENTITY_CHAIN.tag(model, feats, b - a + 1), a, names);
      k = j;
    }
  }
  return names;
}

/** Gold labels of doc tokens from silver spans (class, start, end): a token inside a span takes its class, B at the first. */
export function silverLabels(tokens: readonly Token[], spans: ReadonlyArray<{ cls: NerClass; start: number; end: number }>): Uint8Array {
  const labels = new Uint8Array(tokens.length);
  let lo = 0;
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    while (lo < tokens.length && tokens[lo]!.end <= s.start) lo++;
    const b = beginOf(s.cls);
    for (let i = lo; i < tokens.length && tokens[i]!.start < s.end; i++) {
      if (labels[i] !== 0) continue;
      labels[i] = i === lo ? b : b + 1;
    }
  }
  return labels;
}

// ---------------------------------------------------------------- the shipped model

export const DEFAULT_ENTITY_MODEL = new URL('../../models/entity-tagger.bin.gz', import.meta.url);

let shipped: EntityModel | undefined;
export function entityModel(): EntityModel {
  shipped ??= ENTITY_CHAIN.load(DEFAULT_ENTITY_MODEL);
  return shipped;
}
