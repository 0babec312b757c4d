// The cue lexicon, learned from PolNeAR train by scripts/learn-cues.ts:
// for each lemma, how often its occurrences are attribution cues.
import { readFileSync } from 'node:fs';
import type { Token } from '../nlp/wink.ts';
import type { Attribution } from '../schemas/index.ts';
import { itemsWithin } from '../text/search.ts';

interface CueEntry {
  lemma: string;
  pos: string;
  cue: number;
  total: number;
  p: number;
}

const file = new URL('./cues.json', import.meta.url);
const learned = JSON.parse(readFileSync(file, 'utf8')) as {
  lexicon: CueEntry[];
  sourceHeads: Record<string, number>;
  verbParticles: Record<string, number>;
};
const entries = learned.lexicon;

/** Common nouns that head sources in train ("officials", "statement", "poll"). */
export const SOURCE_HEADS: ReadonlySet<string> = new Set(Object.keys(learned.sourceHeads));

/** "call for", "point out": particles that belong to the cue after these verbs. */
export const VERB_PARTICLES: ReadonlySet<string> = new Set(Object.keys(learned.verbParticles));

/** Probability that a verb with this lemma is a cue, from train counts (its keys: every lemma seen as a verb, whose noun reading src/nlp/verb-homographs.ts repairs). */
export const VERB_CUE_P: ReadonlyMap<string, number> = new Map(entries.filter((e) => e.pos === 'VERB').map((e) => [e.lemma, e.p]));

/** Probability that a noun with this lemma is (part of) a cue, from train counts ("assertion", "statement", "warning"). */
export const NOUN_CUE_P: ReadonlyMap<string, number> = new Map(entries.filter((e) => e.pos === 'NOUN').map((e) => [e.lemma, e.p]));

/** Verbs that, after a quotation, introduce its source: "…,” read a statement. */
export const INVERSION_VERBS = new Set(['say', 'tell', 'add', 'write', 'ask', 'read', 'note', 'explain', 'continue', 'declare', 'insist', 'reply', 'respond', 'state', 'tweet', 'argue', 'recall', 'conclude', 'warn', 'announce', 'claim', 'admit', 'reveal', 'confirm', 'suggest', 'quip', 'joke', 'complain', 'acknowledge']);

/**
 * Verbs of how something was said, rare or absent in PolNeAR's political news, that report a
 * quotation beside them ("“It's not rocket science,” the chef quipped.", "“We'll be back,” he
 * shouted.", "…, chanting “Hands up, don't shoot.”"). A judgement, not a measurement: read only
 * next to a quotation, where nothing else could be meant.
 */
export const MANNER_OF_SPEAKING = new Set([
  'quip', 'retort', 'exclaim', 'chuckle', 'laugh', 'sigh', 'shout', 'yell', 'scream', 'whisper', 'mutter', 'snap', 'scoff', 'gush',
  'grumble', 'plead', 'boast', 'concede', 'protest', 'marvel', 'interject', 'sob', 'cry', 'beam', 'enthuse', 'counter', 'rage',
  'chant', 'vow',
]);

/**
 * Verbs of naming, rare or absent in PolNeAR's political news, that report what they call a thing
 * as "call" does ("Opposition leader Akhilesh Yadav termed the claims “hollow”", "Critics branded the
 * plan “a disgrace”"). A judgement, not a measurement: read only before a noun phrase and a
 * quotation (`NAMING_FORMS`: wink tags "branded" an adjective).
 */
export const NAMING_FORMS = /^(?:term(?:s|ed|ing)?|brand(?:s|ed|ing)?|dub(?:s|bed|bing)?|label(?:s|led|ed|ling|ing)?)$/u;

/**
 * Verbs that report a clause in South Asian and West African news but never in PolNeAR's train
 * ("He informed that the ceremony would be held on Monday", "The judge opined that …", "averred
 * that"). A judgement, not a measurement: read only right before "that".
 */
export const CLAUSE_REPORTS_BEYOND_TRAIN: ReadonlySet<string> = new Set(['inform', 'opine', 'aver']);

/** The lemma of a form `NAMING_FORMS` matches ("termed" → "term", "dubbed" → "dub", "labelled" → "label"). */
export function namingLemma(lower: string): string {
  return lower.replace(/(?:s|ed|ing)$/u, '').replace(/(bb|ll)$/u, (d) => d[0]!);
}

/** Verbs that report a belief or an expectation as a clause: "Officials believe the suspect … may have acted alone". */
const BELIEF_VERBS = new Set(['believe', 'think', 'expect', 'hope', 'fear', 'predict', 'estimate', 'suspect', 'assume', 'feel', 'worry', 'reckon', 'doubt']);

/** Whether a verb (its lemma) reports what was said or believed as a clause: "say", "insist", "believe" (not "condemn", "criticize"). */
export function reportsClause(lemma: string): boolean {
  return INVERSION_VERBS.has(lemma) || BELIEF_VERBS.has(lemma);
}

/** Whether a verb is a cue in most of its train occurrences ("warn", "call", "urge"; not "publish", "propose", "test"). */
export function mostlyReports(lemma: string): boolean {
  return (VERB_CUE_P.get(lemma) ?? 0) >= 0.5;
}

/** Words that never head a cue even though they are frequent inside cue spans. */
const NEVER = new Set(['be', 'have', 'do', 'make', 'take', 'go', 'get', 'come', 'give', 'try', 'want', 'use', 'need', 'look', 'see', 'know', 'continue', 'accord', 'seem', 'appear', 'vote', 'support', 'focus', 'push', 'attack']);

export interface CueThresholds {
  /** Minimum train probability for a verb to be a cue anywhere. */
  strongCue: number;
  /** Minimum probability for a verb followed by "that" or a quotation. */
  weakCue: number;
}

export function cueStrength(lemma: string, followedByClause: boolean, t: CueThresholds): boolean {
  if (NEVER.has(lemma)) return false;
  const p = VERB_CUE_P.get(lemma);
  if (p === undefined) return false;
  return p >= t.strongCue || (followedByClause && p >= t.weakCue);
}

/**
 * How sure an attribution's cue is: 1 for "according to", a colon or a dash; else the best train
 * probability of its verbs. A colon after words with no verb ("Azerbaijan | has three demands:")
 * is no surer than those words: the report around it ("Aliyev said …") wins.
 */
export function cueStrengthOf(tokens: readonly Token[], a: Attribution): number {
  let best = 0;
  let mark = false;
  let words = false;
  let verb = false;
  for (const t of itemsWithin(tokens, a.cue.spans[0]![0], a.cue.spans[a.cue.spans.length - 1]![1])) {
    if (t.lower === 'according') return 1;
    if (/^(:|―|—)$/u.test(t.lower)) mark = true;
    else if (/[\p{L}\p{N}]/u.test(t.text)) words = true;
    if (t.pos === 'VERB') {
      verb = true;
      best = Math.max(best, VERB_CUE_P.get(t.lemma.toLowerCase()) ?? 0);
    }
  }
  return mark && (verb || !words) ? 1 : best;
}
