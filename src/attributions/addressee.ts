// "Finance Minister Muhammad Aurangzeb briefed the meeting that inflation had fallen", "She
// informed reporters that the talks had collapsed": verbs that report only with their addressee
// and "that". PolNeAR's political news never has one as a cue (the learned lexicon does not know
// them), so neither reading finds them; official and South Asian copy uses them often. The subject
// is the source, the verb the cue (as "told reporters that" is marked), and the clause from "that"
// the content, where no other reading holds any of it.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { asAttributions, clauseToEnd, readingOf } from './draft.ts';
import { npRight, speakerLike, subjectBefore } from './phrases.ts';
import { inCueOrder, IntervalSet, intervalsOf } from '../tagger/hybrid.ts';

const ADDRESSEE_VERB = /^(?:brief(?:ed|s)?|inform(?:ed|s)?|notif(?:y|ies|ied)|apprise[ds]?)$/u;
/** Longest addressee (tokens): "the meeting", "the National Assembly's standing committee". */
const MAX_ADDRESSEE = 8;

export function addresseeReports(doc: Doc, attributions: readonly Attribution[]): Attribution[] {
  const { tokens, text, prose } = readingOf(doc);
  const held = new IntervalSet(intervalsOf(attributions.flatMap((a) => [a.cue, a.source, a.content])));
  const added: Attribution[] = [];
  for (const { first, last } of prose) {
    for (let i = first + 1; i < last; i++) {
      const verb = tokens[i]!;
      // (a passive, "The meeting was informed that …", has no addressee before "that": its informant is unsaid)
      // (wink may tag the participle an adjective: "has informed/ADJ the House")
      if (!ADDRESSEE_VERB.test(verb.lower) || (verb.pos !== 'VERB' && verb.pos !== 'ADJ')) continue;
      // the addressee: a noun phrase up to "that" (which wink may tag a determiner: "the meeting that inflation …")
      let that = i + 2;
      while (that < last && that - i <= MAX_ADDRESSEE && tokens[that]!.lower !== 'that') that++;
      const addressee = tokens[that]?.lower === 'that' ? npRight(tokens, i + 1, that - 1, MAX_ADDRESSEE) : null;
      // not a relative clause on the addressee ("briefed the committee that oversees the budget")
      if (!addressee || addressee[1] !== that - 1 || /^(?:VERB|AUX)$/u.test(tokens[that + 1]?.pos ?? '')) continue;
      const subject = subjectBefore(tokens, i, first);
      if (!subject || !speakerLike(tokens, subject)) continue;
      const draft = clauseToEnd(text, tokens, addressee[1] + 1, last, [i, i], subject);
      const a = draft ? asAttributions(doc, [draft])[0]! : null;
      if (a && ![a.cue, a.source, a.content].some((p) => held.overlaps(p))) added.push(a);
    }
  }
  return added.length === 0 ? [...attributions] : inCueOrder([...attributions, ...added]);
}
