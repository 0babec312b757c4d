// A cue that runs from a reporting verb into the circumstance after it and stops inside it:
// "said on" ("… said on a call with analysts"), "said in her" ("… said in her closing
// argument"), "argued during". No reader can use half a phrase, and PolNeAR's gold, where the
// tagger cuts such a cue short on train, has the verb alone in 16 of 29 and the whole phrase in
// 10 ("said on NBC's 'Meet the Press' on Sunday"). The cue ends at its verb (and the adverb after it).
import type { Attribution } from '../schemas/index.ts';
import { part } from '../text/spans.ts';

const REPORTING = /^(?:said|says|say|saying|told|tells|wrote|writes|argued|argues|added|adds|claimed|claims|insisted|insists|warned|warns|stated|states)$/iu;
/** Where a circumstance opens after the verb: "on CNN", "in a statement", "at the hearing", "during the trial". */
const CIRCUMSTANCE = /^(?:on|in|at|during)$/iu;
/** Words a phrase cannot end on. */
const DANGLING = /^(?:on|in|at|during|with|about|to|of|for|from|by|her|his|their|its|a|an|the|my|our|your)$/iu;

export function cuesEndingAtTheirVerb(text: string, attributions: readonly Attribution[]): Attribution[] {
  return attributions.map((a) => {
    if (a.cue.spans.length !== 1) return a;
    const words = [...a.cue.text.matchAll(/\S+/gu)];
    if (words.length < 2 || !REPORTING.test(words[0]![0]) || !DANGLING.test(words[words.length - 1]![0])) return a;
    // the verb, with an adverb after it ("said happily on")
    const keep = words.length > 2 && /ly$/iu.test(words[1]![0]) ? 2 : 1;
    if (!CIRCUMSTANCE.test(words[keep]?.[0] ?? '')) return a;
    const start = a.cue.spans[0]![0];
    const last = words[keep - 1]!;
    const cue = part(text, [[start, start + last.index! + last[0].length]]);
    // a content that opens with the rest of the circumstance ("the two-week trial that Price had …") starts at its "that"
    const oldEnd = a.cue.spans[0]![1];
    const [cs, ce] = a.content.spans[0]!;
    const rest = text.slice(cs, ce);
    const that = cs >= oldEnd && text.slice(oldEnd, cs).trim() === '' ? /^[^,;:"“”]{1,80}?\sthat\s/u.exec(rest) : null;
    if (!that) return { ...a, cue };
    const spans = a.content.spans.map(([x, y]) => [x, y] as [number, number]);
    spans[0]![0] = cs + that[0].length - 'that '.length;
    return { ...a, cue, content: part(text, spans) };
  });
}

/** Idioms built on a reporting verb that report nothing ("Having said that, …", "That said, …", "needless to say"). */
const IDIOMS = [
  /\bhaving said that\b/giu,
  // a sentence opening on "That said," (in lower case, "a report that said, in part, …" reports)
  /\bThat(?: being)? said\s*[,;]/gu,
  /\bneedless to say\b/giu,
  /\bsuffice it to say\b/giu,
  /\bgoes without saying\b/giu,
  /\bto say the least\b/giu,
];

export function withoutIdioms(text: string, attributions: readonly Attribution[]): Attribution[] {
  return attributions.filter((a) => {
    if (a.cue.spans.length !== 1 || !/^(?:to )?(?:said|say|saying)$/iu.test(a.cue.text)) return true;
    const [cs, ce] = a.cue.spans[0]!;
    const from = Math.max(0, cs - 20);
    const window = text.slice(from, Math.min(text.length, ce + 20));
    return !IDIOMS.some((re) => [...window.matchAll(re)].some((m) => from + m.index! <= cs && ce <= from + m.index! + m[0].length));
  });
}
