// Numbers as news writes them, in figures or words: shared by the quantities stage (what a number
// counts) and the attribution stages (a word before a number is the amount's, not a verb's particle).
import type { Token } from '../nlp/wink.ts';

const WORD_NUMBERS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, dozens: 24, hundreds: 200, thousand: 1000, thousands: 2000, million: 1e6, millions: 2e6, billion: 1e9, trillion: 1e12,
};

const DECIMAL = /^\d+(\.\d+)?$/u;

/** The value of a number token ("1,200", "2.5", "twelve"), or null. Called on every token: the regular expression only runs where it can match. */
export function numberValue(t: Token): number | null {
  const l = t.lower;
  const w = l.includes(',') ? l.replace(/,/gu, '') : l;
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57 && DECIMAL.test(w)) return Number(w);
  // own keys only: "constructor" must not find Object.prototype's function
  return Object.hasOwn(WORD_NUMBERS, w) ? WORD_NUMBERS[w]! : null;
}

/** A number that counts something: not "one", which is as often a pronoun ("one of them"). */
export function isNumberToken(t: Token): boolean {
  return numberValue(t) !== null && (t.pos === 'NUM' || /^\d/u.test(t.text) || Object.hasOwn(WORD_NUMBERS, t.lower)) && t.lower !== 'one';
}

/** Words after "a" that make it an amount ("up to a third", "about a dozen", "over a million"). */
const AMOUNT_AFTER_A = new Set(['third', 'quarter', 'half', 'fifth', 'tenth', 'dozen', 'hundred', 'thousand', 'million', 'billion', 'trillion']);

/** An amount opens at token `k`: a number, "half", or "a third", "a dozen", "a million". */
function amountAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  // (not a year: "talked about 2020")
  if ((isNumberToken(t) && !/^(?:1[89]|20)\d\d$/u.test(t.text)) || t.lower === 'half' || /^[$£€¥]$/u.test(t.text)) return true;
  return (t.lower === 'a' || t.lower === 'an') && AMOUNT_AFTER_A.has(tokens[k + 1]?.lower ?? '');
}

/**
 * The word at `k` makes the amount after it a rough one or a bound ("about 300 people", "around
 * 2,000", "over 50 homes", "up to 10 inches", "up to a third"): it belongs to the amount, so it is
 * no particle of the verb before it ("said about | the plan", "talked up | his record").
 */
export function opensAnAmount(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  if (w === 'about' || w === 'around' || w === 'over') return amountAt(tokens, k + 1);
  return w === 'up' && tokens[k + 1]?.lower === 'to' && amountAt(tokens, k + 2);
}
