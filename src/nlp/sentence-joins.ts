// wink ends a sentence at an abbreviation's full stop inside a party-and-state label
// ("Sen. Lindsey Graham (R-S. | C.) told …", "Rep. Nancy Pelosi (D-Calif.) | said …").
// A report whose speaker carries such a label is then cut in two, its cue and content in
// different sentences. This pass joins the two halves again where English prose cannot
// break: after an initial's full stop inside a parenthesis that closes within a few words,
// inside a label written with stops and no parenthesis ("Rep. Alexandria Ocasio-Cortez, D-N. |
// Y., called …"), and after any full stop, or a quotation closing on "!" or "?", when the next
// "sentence" opens in lower case or on a comma.
import { MAX_SENTENCE, type Token } from './wink.ts';

/** A sentence as the sentences stage builds it: its text span and its doc token range. */
export interface SentenceRange {
  start: number;
  end: number;
  segment: number;
  tokens: [number, number];
}

/** A closing quotation mark or parenthesis, which cannot open a sentence ("…, R-S.D.”"). */
const CLOSING_MARK = /^[”"’')]$/u;

/** How far into the next sentence a parenthesis left open may close. */
const MAX_CLOSE = 6;

/** Whether the sentence ends on a full stop, or on a full stop and a closing parenthesis ("(D-Calif.)"). */
function endsOnFullStop(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  const t = tokens[b]?.text === ')' && b > a ? tokens[b - 1]! : tokens[b]!;
  return t.text.endsWith('.');
}

/** Whether the sentence ends on a quotation closing on "!" or "?" ("declared “What a night!”"). */
function endsOnQuotedExclamation(tokens: readonly Token[], [a, b]: [number, number]): boolean {
  return b > a && CLOSING_QUOTE.test(tokens[b]!.text) && /^[!?]$/u.test(tokens[b - 1]!.text);
}

/** A closing quotation mark. */
const CLOSING_QUOTE = /^[”"’']$/u;

/** Whether the sentence opens where no sentence can: a lower-case word or a comma, semicolon or closing parenthesis. */
function opensMidSentence(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first]!;
  return /^\p{Ll}/u.test(t.text) || /^[,;)]$/u.test(t.text);
}

/**
 * Whether the split falls inside a parenthesised abbreviation: the sentence leaves a parenthesis
 * open and ends on a capital's full stop ("(R-S."), and the parenthesis closes within the next
 * sentence's first words ("C.)", "W.Va.)").
 */
function parenthesisSplit(tokens: readonly Token[], [a, b]: [number, number], [c, d]: [number, number]): boolean {
  const stop = tokens[b]!;
  const initial = tokens[b - 1];
  if (stop.text !== '.' || b - 1 < a || !/^\p{Lu}\p{Ll}?$/u.test(initial!.text) || initial!.end !== stop.start) return false;
  let depth = 0;
  for (let k = a; k <= b; k++) depth += tokens[k]!.text === '(' ? 1 : tokens[k]!.text === ')' ? -1 : 0;
  if (depth <= 0) return false;
  for (let k = c; k <= d && k - c < MAX_CLOSE; k++) if (tokens[k]!.text === ')') return true;
  return false;
}

/**
 * Whether the split falls inside a party-and-state label written with stops and no parenthesis,
 * as AP prints it: the sentence ends on "D-N." or "R-S." (a party's initial, a hyphen, a capital
 * and its stop, all touching) and the next opens on the label's last initial touching it ("Y.",
 * "D.").
 */
function labelSplit(tokens: readonly Token[], [a, b]: [number, number], [c]: [number, number]): boolean {
  if (b - 3 < a) return false;
  const [party, hyphen, initial, stop] = [tokens[b - 3]!, tokens[b - 2]!, tokens[b - 1]!, tokens[b]!];
  const last = tokens[c]!;
  return (
    /^[DRI]$/u.test(party.text) && hyphen.text === '-' && /^\p{Lu}$/u.test(initial.text) && stop.text === '.' && /^\p{Lu}\.$/u.test(last.text) &&
    party.end === hyphen.start && hyphen.end === initial.start && initial.end === stop.start && stop.end === last.start
  );
}

/**
 * Whether the split falls inside a figure written after a currency's letter, all touching:
 * "N4.5 billion" (naira), which wink reads as "N4" and a full stop, the next sentence opening on "5".
 */
function decimalSplit(tokens: readonly Token[], [a, b]: [number, number], [c]: [number, number]): boolean {
  if (b - 1 < a) return false;
  const [figure, stop, rest] = [tokens[b - 1]!, tokens[b]!, tokens[c]!];
  return stop.text === '.' && /\d$/u.test(figure.text) && /^\d/u.test(rest.text) && figure.end === stop.start && stop.end === rest.start;
}

/**
 * The sentences with every such split joined (each sentence in the same segment as the one it
 * joins), and, in place, each token's `sentence` renumbered to match. A party-and-state label
 * closing its sentence ("…, said Sen. John Thune, R-S.D. He …") takes its last initial back
 * and leaves the rest of the next sentence as it was.
 */
export function joinSplitSentences<S extends SentenceRange>(tokens: Token[], sentences: readonly S[]): S[] {
  const out: S[] = [];
  let renumber = false;
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const sameSegment = prev !== undefined && prev.segment === s.segment;
    const label = sameSegment && labelSplit(tokens, prev.tokens, s.tokens);
    // the label closed the sentence ("R-S. | D. He …"): its initial goes back to it, the rest stands as a sentence
    const rest = s.tokens[0] + 1;
    if (label && rest <= s.tokens[1] && !opensMidSentence(tokens, rest) && !CLOSING_MARK.test(tokens[rest]!.text)) {
      out[out.length - 1] = { ...prev, end: tokens[rest - 1]!.end, tokens: [prev.tokens[0], rest - 1] };
      out.push({ ...s, start: tokens[rest]!.start, tokens: [rest, s.tokens[1]] });
      renumber = true;
      continue;
    }
    // (a join that would pass MAX_SENTENCE is not made: the cut of a run-on text stands)
    const join = sameSegment && s.end - prev.start <= MAX_SENTENCE && (label || parenthesisSplit(tokens, prev.tokens, s.tokens) || decimalSplit(tokens, prev.tokens, s.tokens) || ((endsOnFullStop(tokens, prev.tokens) || endsOnQuotedExclamation(tokens, prev.tokens)) && opensMidSentence(tokens, s.tokens[0])));
    if (join) out[out.length - 1] = { ...prev, end: s.end, tokens: [prev.tokens[0], s.tokens[1]] };
    else out.push(s);
  }
  if (renumber || out.length !== sentences.length) out.forEach((s, n) => {
    for (let k = s.tokens[0]; k <= s.tokens[1]; k++) tokens[k]!.sentence = n;
  });
  return out;
}
