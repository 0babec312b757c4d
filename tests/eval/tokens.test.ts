import { describe, expect, it } from 'vitest';
import { jaccard, TokenIndex, wordTokens, type Range } from '../../src/eval/tokens.ts';

const text = 'Putin said: "We hit it," in Moscow; Kirby—the spokesman—agreed. Café 2024 ―';
const at = (s: string, from = 0): Range => {
  const i = text.indexOf(s, from);
  if (i < 0) throw new Error(`"${s}" not in text`);
  return [i, i + s.length];
};
const words = (r: ReturnType<TokenIndex['reduce']>) => (r ? text.slice(r.start, r.end) : null);

describe('wordTokens', () => {
  it('takes maximal runs of letters and digits, Unicode included', () => {
    expect(wordTokens('Café—2024, l’ami').map((t) => 'Café—2024, l’ami'.slice(t.start, t.end))).toEqual(['Café', '2024', 'l', 'ami']);
  });
});

describe('TokenIndex.reduce', () => {
  const index = new TokenIndex(text);
  const cases: Array<{ name: string; ranges: Range[]; words: string | null; size: number | null; punct?: boolean }> = [
    { name: 'a word', ranges: [at('said')], words: 'said', size: 1 },
    { name: 'trailing punctuation and spaces dropped', ranges: [at(' "We hit it," ')], words: 'We hit it', size: 3 },
    { name: 'a span cutting a word gets the whole word', ranges: [[at('Moscow')[0], at('Moscow')[0] + 3]], words: 'Moscow', size: 1 },
    { name: 'discontinuous: first to last token, gap words counted', ranges: [at('Kirby'), at('agreed')], words: 'Kirby—the spokesman—agreed', size: 4 },
    { name: 'fragments out of order', ranges: [at('agreed'), at('Kirby')], words: 'Kirby—the spokesman—agreed', size: 4 },
    { name: 'punctuation-only span is its own token', ranges: [at(': ')], words: ':', size: 1, punct: true },
    { name: 'a lone dash cue', ranges: [at('―')], words: '―', size: 1, punct: true },
    { name: 'white space only', ranges: [[at(' in')[0], at(' in')[0] + 1]], words: null, size: null },
    { name: 'empty range', ranges: [[3, 3]], words: null, size: null },
  ];
  it.each(cases)('$name', ({ ranges, words: expected, size, punct }) => {
    const r = index.reduce(ranges);
    expect(words(r)).toBe(expected);
    expect(r?.size ?? null).toBe(size);
    if (r) expect(r.punct).toBe(punct ?? false);
  });
});

describe('jaccard', () => {
  const index = new TokenIndex(text);
  const r = (...ranges: Range[]) => index.reduce(ranges);
  const cases: Array<{ name: string; a: ReturnType<typeof r>; b: ReturnType<typeof r>; expected: number }> = [
    { name: 'identical', a: r(at('We hit it')), b: r(at('"We hit it,"')), expected: 1 },
    { name: 'subset 2 of 3', a: r(at('We hit it')), b: r(at('hit it')), expected: 2 / 3 },
    { name: 'partial overlap', a: r(at('We hit')), b: r(at('hit it')), expected: 1 / 3 },
    { name: 'disjoint', a: r(at('Putin')), b: r(at('Moscow')), expected: 0 },
    { name: 'same punctuation token', a: r(at(':')), b: r(at(': ')), expected: 1 },
    { name: 'punctuation vs the word next to it', a: r(at(':')), b: r(at('said:')), expected: 0 },
    { name: 'missing side', a: r(at('Putin')), b: null, expected: 0 },
  ];
  it.each(cases)('$name', ({ a, b, expected }) => {
    expect(jaccard(a, b)).toBeCloseTo(expected, 10);
  });
});
