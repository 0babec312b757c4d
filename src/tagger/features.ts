// Features of the attribution tagger, hashed into a fixed table.
//
// Each token gets a fixed number of feature slots (NUM_FEATURES), every one a
// bucket index in [0, 2^bits). Per token, a few atoms are hashed once (word,
// lemma, POS, shape, suffix, cue-lexicon bucket, quotation state); templates
// combine atoms of a ±3 window with integer mixing, so no strings are built
// per feature. Long-range context comes from the nearest cue-like word to the
// left and right (its lemma and distance), which tells a content token from a
// plain one and a source from any noun.
import { readFileSync } from 'node:fs';
import type { Token } from '../nlp/wink.ts';
import { regionAt, type QuoteRegion } from '../attributions/quotes.ts';

// ---------------------------------------------------------------- hashing

/** FNV-1a over UTF-16 units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mix(h: number, x: number): number {
  h = Math.imul(h ^ x, 0x5bd1e995);
  return h ^ (h >>> 15);
}

function fmix(h: number): number {
  h = Math.imul(h + 0x9e3779b9, 0x27d4eb2f);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// ---------------------------------------------------------------- cue lexicon

interface CueEntry {
  lemma: string;
  pos: string;
  p: number;
}
const cueFile = new URL('../attributions/cues.json', import.meta.url);
const CUE_P: ReadonlyMap<string, number> = new Map(
  (JSON.parse(readFileSync(cueFile, 'utf8')) as { lexicon: CueEntry[] }).lexicon.map((e) => [`${e.lemma}|${e.pos}`, e.p]),
);

/** 0: not in the lexicon; 1..5: rising train probability of being a cue. */
export function cueBucket(lemma: string, pos: string): number {
  const p = CUE_P.get(`${lemma}|${pos}`);
  if (p === undefined) return 0;
  if (p < 0.05) return 1;
  if (p < 0.15) return 2;
  if (p < 0.4) return 3;
  if (p < 0.7) return 4;
  return 5;
}

// ---------------------------------------------------------------- atoms

function shapeOf(s: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < s.length && out.length < 6; i++) {
    const c = s[i]!;
    let k: string;
    if (c >= 'a' && c <= 'z') k = 'x';
    else if (c >= 'A' && c <= 'Z') k = 'X';
    else if (c >= '0' && c <= '9') k = 'd';
    else if (/\p{Ll}/u.test(c)) k = 'x';
    else if (/\p{Lu}/u.test(c)) k = 'X';
    else k = c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

const SPECIAL_WORDS = new Set(['that', 'according', 'to', 'said', 'says', ':', ',', '.', '“', '”', '"', 'he', 'she', 'they', 'it', 'who', 'which', 'as', 'if', 'whether', 'but', 'and']);

interface Atoms {
  word: number;
  lemma: number;
  pos: number;
  shape: number;
  suf: number;
  pre: number;
  cue: number;
  quote: number;
  /** Cue-like: lexicon probability ≥ 0.15 with a cue POS, or "according". */
  cueLike: boolean;
}

const BOUNDARY: Atoms = { word: 1, lemma: 1, pos: 1, shape: 1, suf: 1, pre: 1, cue: 0, quote: 0, cueLike: false };

function atomsOf(t: Token, quotes: readonly QuoteRegion[]): Atoms {
  const lower = t.lower;
  const lemma = t.lemma.toLowerCase();
  const cue = cueBucket(lemma, t.pos);
  let quote = 0;
  if (t.text === '“' || t.text === '"' || t.text === '”') {
    quote = regionAt(quotes, t.end) ? 2 : 3; // opening: what follows is quoted
  } else if (regionAt(quotes, t.start)) quote = 1;
  const word = t.type === 'number' ? hashString(`#${shapeOf(t.text)}`) : hashString(lower);
  return {
    word,
    lemma: hashString(lemma),
    pos: hashString(t.pos),
    shape: hashString(shapeOf(t.text)),
    suf: hashString(lower.length > 3 ? lower.slice(-3) : lower),
    pre: hashString(lower.length > 3 ? lower.slice(0, 3) : lower),
    cue,
    quote,
    cueLike: cue >= 3 || lower === 'according',
  };
}

function distBucket(d: number): number {
  if (d <= 3) return d;
  if (d <= 5) return 4;
  if (d <= 8) return 5;
  if (d <= 12) return 6;
  if (d <= 20) return 7;
  if (d <= 35) return 8;
  return 9;
}

// ---------------------------------------------------------------- templates

export const NUM_FEATURES = 52;

export interface FeatureInput {
  text: string;
  /** The tokens of one segment, in order. */
  tokens: readonly Token[];
  quotes: readonly QuoteRegion[];
  /** Segment kind (prose/heading/boilerplate). */
  kind: string;
}

/**
 * Feature buckets of every token of a segment: n × NUM_FEATURES indexes into a
 * table of 2^bits rows.
 */
export function extractFeatures(input: FeatureInput, bits: number): Int32Array {
  const { tokens, quotes } = input;
  const n = tokens.length;
  const shift = 32 - bits;
  const out = new Int32Array(n * NUM_FEATURES);
  const atoms: Atoms[] = new Array<Atoms>(n);
  for (let i = 0; i < n; i++) atoms[i] = atomsOf(tokens[i]!, quotes);
  const at = (i: number): Atoms => (i >= 0 && i < n ? atoms[i]! : BOUNDARY);

  // nearest cue-like token left/right within the segment, and sentence bounds
  const leftCue = new Int32Array(n).fill(-1);
  const rightCue = new Int32Array(n).fill(-1);
  for (let i = 0, last = -1; i < n; i++) {
    leftCue[i] = last;
    if (atoms[i]!.cueLike) last = i;
  }
  for (let i = n - 1, next = -1; i >= 0; i--) {
    rightCue[i] = next;
    if (atoms[i]!.cueLike) next = i;
  }
  const sentStart = new Int32Array(n);
  const sentEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) sentStart[i] = i > 0 && tokens[i - 1]!.sentence === tokens[i]!.sentence ? sentStart[i - 1]! : i;
  for (let i = n - 1; i >= 0; i--) sentEnd[i] = i < n - 1 && tokens[i + 1]!.sentence === tokens[i]!.sentence ? sentEnd[i + 1]! : i;
  // open-quote depth: inside a quote region from the quote start, counting marks
  const kindH = hashString(input.kind);
  const specialH = (t: Token | undefined) => (t && SPECIAL_WORDS.has(t.lower) ? hashString(t.lower) : 7);

  let base = 0;
  let k = 0;
  const f1 = (tid: number, x: number) => {
    out[base + k++] = fmix(mix(Math.imul(tid, 0x9e3779b1), x)) >>> shift;
  };
  const f2 = (tid: number, x: number, y: number) => {
    out[base + k++] = fmix(mix(mix(Math.imul(tid, 0x9e3779b1), x), y)) >>> shift;
  };
  const f3 = (tid: number, x: number, y: number, z: number) => {
    out[base + k++] = fmix(mix(mix(mix(Math.imul(tid, 0x9e3779b1), x), y), z)) >>> shift;
  };
  for (let i = 0; i < n; i++) {
    const a = atoms[i]!;
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const p3 = at(i - 3);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    const n3 = at(i + 3);
    base = i * NUM_FEATURES;
    k = 0;
    f1(1, 0); // bias
    f1(2, a.word);
    f1(3, a.lemma);
    f1(4, a.pos);
    f1(5, a.shape);
    f1(6, a.suf);
    f1(7, a.pre);
    f1(8, a.cue);
    f2(9, a.cue, a.pos);
    f1(10, a.quote);
    f2(11, a.quote, a.pos);
    f1(12, p1.word);
    f1(13, n1.word);
    f1(14, p2.word);
    f1(15, n2.word);
    f1(16, p1.pos);
    f1(17, n1.pos);
    f1(18, p2.pos);
    f1(19, n2.pos);
    f2(20, p1.pos, a.pos);
    f2(21, a.pos, n1.pos);
    f3(22, p1.pos, a.pos, n1.pos);
    f2(23, p1.word, a.word);
    f2(24, a.word, n1.word);
    f1(25, p1.cue);
    f1(26, n1.cue);
    f1(27, p2.cue);
    f1(28, n2.cue);
    f2(29, p1.lemma, a.cue);
    f2(30, a.cue, n1.word);
    f1(31, p1.quote);
    f1(32, n1.quote);
    f1(33, p3.pos);
    f1(34, n3.pos);
    f1(35, p1.shape);
    f1(36, n1.shape);
    // position in the sentence and segment
    const fromStart = i - sentStart[i]!;
    const toEnd = sentEnd[i]! - i;
    f1(37, distBucket(fromStart));
    f1(38, distBucket(toEnd));
    f2(39, distBucket(fromStart), a.pos);
    f2(40, kindH, i === 0 ? 1 : 0);
    // nearest cue-like words
    const l = leftCue[i]!;
    const r = rightCue[i]!;
    const lSame = l >= 0 && tokens[l]!.sentence === tokens[i]!.sentence ? 1 : 0;
    const rSame = r >= 0 && tokens[r]!.sentence === tokens[i]!.sentence ? 1 : 0;
    const lD = l >= 0 ? distBucket(i - l) : 15;
    const rD = r >= 0 ? distBucket(r - i) : 15;
    f2(41, lD, lSame);
    f2(42, rD, rSame);
    f3(43, lD, lSame, a.pos);
    f3(44, rD, rSame, a.pos);
    f2(45, l >= 0 ? atoms[l]!.lemma : 3, lSame);
    f2(46, r >= 0 ? atoms[r]!.lemma : 3, rSame);
    f3(47, specialH(l >= 0 ? tokens[l + 1] : undefined), lSame, lD > 3 ? 4 : lD);
    f3(48, lSame, rSame, a.quote);
    f3(49, rD, rSame, specialH(r >= 1 ? tokens[r - 1] : undefined));
    f2(50, p2.word, p1.word);
    f2(51, n1.word, n2.word);
    f3(52, l >= 0 ? atoms[l]!.cue : 0, r >= 0 ? atoms[r]!.cue : 0, (lSame << 1) | rSame);
    if (k !== NUM_FEATURES) throw new Error(`feature count ${k} ≠ ${NUM_FEATURES}`);
  }
  return out;
}
