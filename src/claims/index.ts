// Stage 7: claims — one per attribution (speaker, statement, cue lemma, kind,
// modality, and the entities, dates and quantities inside the statement), plus
// the article's own checkable statements: prose sentences outside any
// attribution that carry a fact (a number, a date, or a named entity with an
// event verb: "killing 38 people").
import { z } from 'zod';
import type { Attribution, Claim, DateExpr, Entity, Part, Sentence } from '../schemas/index.ts';
import { isOrganisationHead, isTitleWord } from '../entities/lexicon.ts';
import { defineStage } from '../pipeline/stage.ts';
import { notEnglish } from '../language/index.ts';
import { analysisText, need, type Doc } from '../pipeline/doc.ts';
import type { Token } from '../nlp/wink.ts';
import { part, partEnd, partStart, trimRange } from '../text/spans.ts';
import { indexContaining, itemsWithin, lowerBound } from '../text/search.ts';
import { CHANNEL_NOUNS, DOCUMENT_HEADS, headNoun, NEITHER_NOR, npLeft, newsSpeakerLike, RELATIVE_OPENERS, speakerLike, speakerPhrase } from '../attributions/phrases.ts';
import { datelineOf } from '../attributions/layout.ts';
import { isQuoteMark } from '../attributions/quotes.ts';
import { VERB_CUE_P, VERB_PARTICLES } from '../attributions/cues.ts';
import { spansKey } from '../tagger/hybrid.ts';

export const ClaimsOptions = z
  .object({
    /** Also emit the article's own factual statements as claims. */
    articleClaims: z.boolean().default(true),
  })
  .strict();
export type ClaimsOptions = z.infer<typeof ClaimsOptions>;

// ("n't" is glued to its verb: "didn't", "don't"; "cannot" is one word)
const NEGATION = /\b(?:not|cannot|never|no|neither|nor|nothing|nobody|none|denied|denies|deny|refused|rejected)\b|n['’]t\b/iu;
/**
 * Certainty, which negates nothing: "We have no doubt that …", "There's no question Obama could
 * …", "no question that …", "not only … but" (ruling out does: "there was no question of the
 * minister resigning", "asked no question about …").
 */
const CERTAINTY = /\b(?:no\s+doubt|(?:there['’]s|there\s+(?:is|was|can\s+be)|is|was)\s+no\s+question(?!\s+of\b)|no\s+question\s+(?:that|about\s+whether)|not\s+only)\b/giu;
/** Hedging words of a statement ("suspect" only as a verb after a pronoun: "the suspect", "a suspect claim" hedge nothing). */
const HEDGES = /\b(may|might|could|possibly|perhaps|probably|likely|unlikely|reportedly|allegedly|apparently|appears?|appeared|seems?|seemed|suggest(?:s|ed|ing)?|indications?|believed?|suspected|(?:i|we|you|they|he|she)\s+(?:also\s+|still\s+)?suspects?|potentially|unconfirmed|preliminary|early indications|estimated)\b/iu;
const HEDGING_CUES = new Set(['suggest', 'believe', 'think', 'speculate', 'suspect', 'estimate', 'guess', 'expect', 'hope', 'fear', 'predict', 'indicate', 'reportedly', 'seem', 'appear']);
/** Cues that deny what follows, or refuse to say it ("declined to confirm", "refused to comment on"). */
const NEGATING_CUES = new Set(['deny', 'reject', 'dispute', 'refute', 'decline', 'refuse']);
/** A negation of the report itself, in its cue or right before it: "did not say", "has never confirmed", "wouldn't say". */
const REPORT_NEGATION = new Set(['not', "n't", 'n’t', 'never']);
/** A source that makes its report a negated one, besides "Neither … nor …": "No one", "Nobody", "None of them". */
const NO_ONE = /^(?:no\s+one|nobody|none)\b/iu;
/** Tokens before the cue a negation of the report may stand in ("did not", "has not yet", "would never"). */
const NEGATION_REACH = 3;
/** What stands between a subject and its verb in a verb group: auxiliaries, particles ("not", "n't"), adverbs. */
const VERB_GROUP = /^(?:AUX|PART|ADV)$/u;
const EVENT_VERBS = new Set(
  `kill die crash shoot down attack strike hit explode launch fire destroy damage injure wound arrest sentence charge convict elect win lose vote sign pass approve ban impose close open announce invade seize capture rescue evacuate sink collapse resign appoint fine sue raid bomb erupt disappear land`.split(/\s+/u),
);

/** Items (sorted by start) inside any span of a Part, in order, without duplicates. */
function within<T extends { start: number; end: number }>(p: Part, items: readonly T[]): T[] {
  const out: T[] = [];
  for (const [s, e] of p.spans) for (const x of itemsWithin(items, s, e)) out.push(x);
  return out;
}

/**
 * `asserted`, `hedged` or `negated`: a denying or refusing cue, a report negated in its cue or
 * right before it (`reportNegated`: "The report, which did not say what the objects were"), or a
 * negation in the statement make it negated, though a denying cue in a negated report ("No one
 * disputes …", "did not deny …") affirms; a hedging cue or word, or a report the writer has at
 * second hand (`reportHedged`: "Putin reportedly told aides …"), hedged.
 */
export function modalityOf(statement: string, cueLemma: string | null, reportNegated = false, reportHedged = false): Claim['modality'] {
  // two negations cancel: "No one disputes that the economy grew", "He did not deny that they met"
  if (reportNegated !== (!!cueLemma && NEGATING_CUES.has(cueLemma))) return 'negated';
  if (NEGATION.test(statement.replace(CERTAINTY, ''))) return 'negated';
  if (reportHedged || (cueLemma && HEDGING_CUES.has(cueLemma)) || HEDGES.test(statement)) return 'hedged';
  return 'asserted';
}

/** Pronouns that open a relative clause; "that" does after a noun. */
const RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_OPENERS, 'whom']);

/**
 * Whether token `t` opens a relative clause: a relative pronoun after a noun phrase, its comma or
 * its closing quotation mark (not a question's "Who would have believed …", not "determine who
 * could …", not "in which"); "that" only as a clause's subject, after a common noun and before its
 * verb ("buildings that did not meet"), not where it may open what was said ("told aides that …",
 * "his proclamation that he would not run").
 */
function relativeOpener(tokens: readonly Token[], t: Token, from: number): boolean {
  const before = tokens[t.i - 1];
  if (!before) return false;
  if (RELATIVE_WORDS.has(t.lower)) return /^(?:NOUN|PROPN|PRON|NUM)$/u.test(before.pos) || (before.pos === 'DET' && t.lower === 'who') || before.text === ',' || (isQuoteMark(before.text) && before.start > from);
  if (t.lower !== 'that' || before.pos !== 'NOUN') return false;
  let k = t.i + 1;
  while (tokens[k]?.pos === 'ADV') k++;
  return tokens[k]?.pos === 'AUX' || tokens[k]?.pos === 'VERB';
}

/**
 * Words before "if" that make it ask rather than set a condition ("asked if", "unclear if", "did
 * not say if"): the clause after them is what is asked, and its negation the statement's.
 */
const ASKING_IF = new Set(['ask', 'know', 'see', 'wonder', 'decide', 'determine', 'check', 'clear', 'unclear', 'sure', 'unsure', 'certain', 'uncertain', 'unknown', 'doubt', 'matter', 'confirm', 'show', 'learn', 'find', 'question', 'consider', 'assess', 'examine', 'investigate', 'indicate', 'reveal', 'disclose', 'specify']);
/** Verbs before "if" that ask only when negated or told to someone ("did not say if", "tell me if"; "said if Iran does not comply, …" sets a condition). */
const ASKING_IF_NEGATED = new Set(['say', 'tell']);

/**
 * Whether token `t` opens a clause of condition ("to go on strike | if the minimum wage is not
 * raised", "| Unless talks resume, …", "even if"), whose negation is the condition's, not the
 * statement's: not "if" that asks ("asked if he would not run", "unclear if"), nor "as if".
 */
function conditionOpener(tokens: readonly Token[], t: Token): boolean {
  if (t.lower === 'unless') return true;
  if (t.lower !== 'if') return false;
  // (past the one asked: "Tell me if this doesn't sound …", "ask you if")
  let before = tokens[t.i - 1];
  const asked = before?.pos === 'PRON' && !!tokens[t.i - 2];
  if (asked) before = tokens[t.i - 2];
  if (!before) return true;
  const lemma = before.lemma.toLowerCase();
  if (ASKING_IF_NEGATED.has(lemma)) return !asked && !tokens.slice(Math.max(0, before.i - 2), before.i).some((w) => REPORT_NEGATION.has(w.lower));
  return before.lower !== 'as' && !ASKING_IF.has(lemma) && !ASKING_IF.has(before.lower);
}

/**
 * A statement's words without the relative clauses and clauses of condition inside it: a negation
 * or a hedge there is the clause's, not the statement's ("vowed to demolish buildings | that did not
 * meet safety standards", "the plan, | which could cost billions, |", "threatened to strike | if
 * the minimum wage is not raised"). A clause runs to its sentence's end or the next comma,
 * semicolon or dash, or to the verb after its own verb group, where the statement's resumes
 * ("the report | that he had read | was not accurate").
 */
export function withoutSubordinateClauses(text: string, statement: Part, tokens: readonly Token[]): string {
  const kept: string[] = [];
  for (const [s, e] of statement.spans) {
    let from = s;
    let clause = -1;
    // inside a clause: whether it has had its verb group, whether one is open, whether its last word was a verb
    let hadGroup = false;
    let open = false;
    let afterVerb = false;
    // a condition after the statement's own verb runs to a mark, the end, or the statement's next verb
    // group after "and" ("can be deemed secret | if they reference information that is so designated and
    // has never been declassified"; "will strike | if the talks fail | and will not return …")
    let conditionAfterVerb = false;
    let verbSeen = false;
    // (a clause that runs to its sentence's end keeps its words where the statement has no verb before
    // it: wink may read the statement's own verb as a noun, "teachers | who joined the strike face/NOUN no …")
    const keepWithoutVerbBefore = (start: number, end: number) => {
      if (!itemsWithin(tokens, s, start).some((t) => t.pos === 'VERB' || t.pos === 'AUX')) kept.push(text.slice(start, end));
    };
    for (const t of itemsWithin(tokens, s, e)) {
      const verb = t.pos === 'AUX' || t.pos === 'VERB';
      if (clause < 0) {
        const condition = conditionOpener(tokens, t);
        if ((t.start > s && relativeOpener(tokens, t, s)) || condition) {
          kept.push(text.slice(from, t.start));
          clause = t.start;
          hadGroup = open = afterVerb = false;
          conditionAfterVerb = condition && verbSeen;
        }
        verbSeen ||= verb;
        continue;
      }
      const resumes =
        (verb && hadGroup && !conditionAfterVerb && (!open || afterVerb) && tokens[t.i - 1]?.lower !== 'to' && tokens[t.i - 1]?.pos !== 'CCONJ') ||
        (conditionAfterVerb && t.pos === 'CCONJ' && tokens[t.i + 1]?.pos === 'AUX');
      // (no clause goes on past its sentence's end)
      if (/^[,;:—–.!?]$/u.test(t.text) || resumes) {
        if (/^[.!?]$/u.test(t.text)) keepWithoutVerbBefore(clause, t.start);
        from = t.start;
        clause = -1;
      } else if (verb) {
        hadGroup = open = true;
        afterVerb = t.pos === 'VERB';
      } else if (!(open && (t.pos === 'PART' || t.pos === 'ADV'))) {
        open = afterVerb = false;
      }
    }
    if (clause < 0) kept.push(text.slice(from, e));
    else keepWithoutVerbBefore(clause, e);
    kept.push(' ');
  }
  return kept.join('').trim();
}

/** Adverbs by which the writer has a report at second hand. */
const HEARSAY_ADVERBS = new Set(['reportedly', 'allegedly', 'apparently', 'purportedly', 'supposedly']);

/** Whether such an adverb stands in the cue or right before it ("reportedly told", "has allegedly said"). */
export function reportHedged(a: Attribution, tokens: readonly Token[]): boolean {
  return verbGroupOf(a, tokens).some((t) => HEARSAY_ADVERBS.has(t.lower));
}

/** The lemma of a denying or refusing verb inside the cue ("declined to say" → "decline"), if any. */
function refusalIn(a: Attribution, tokens: readonly Token[]): string | undefined {
  const verb = a.cue.spans.flatMap(([s, e]) => itemsWithin(tokens, s, e)).find((t) => t.pos === 'VERB' && NEGATING_CUES.has(t.lemma.toLowerCase()));
  return verb?.lemma.toLowerCase();
}

/** The cue's tokens and the auxiliaries, particles and adverbs right before it, in its sentence ("did not | say"). */
function verbGroupOf(a: Attribution, tokens: readonly Token[]): Token[] {
  const first = lowerBound(tokens, a.cue.spans[0]![0]);
  const group = a.cue.spans.flatMap(([s, e]) => itemsWithin(tokens, s, e));
  for (let k = first - 1; k >= 0 && first - k <= NEGATION_REACH && tokens[k]!.sentence === tokens[first]?.sentence && VERB_GROUP.test(tokens[k]!.pos); k--) group.push(tokens[k]!);
  return group;
}

function cueLemma(a: Attribution, tokens: readonly Token[]): string {
  if (a.kind === 'according-to') return 'according to';
  const words = a.cue.spans.flatMap(([s, e]) => itemsWithin(tokens, s, e)).filter((t) => t.pos !== 'AUX' && t.pos !== 'PUNCT');
  // the reporting verb: of the cue's verbs, the one most often a cue in train ("wrote" in "wrote in an
  // internal message seen", "said" in "said on Friday"), with its particle ("call for")
  let verb: Token | undefined;
  let best = -1;
  for (const t of words) {
    const p = t.pos === 'VERB' ? (VERB_CUE_P.get(t.lemma.toLowerCase()) ?? 0) : -1;
    if (p > best) [verb, best] = [t, p];
  }
  if (verb && best >= 0) {
    const lemma = verb.lemma.toLowerCase();
    const next = words[words.indexOf(verb) + 1];
    return next && next.i === verb.i + 1 && VERB_PARTICLES.has(`${lemma} ${next.lower}`) ? `${lemma} ${next.lower}` : lemma;
  }
  const head = words[words.length - 1];
  return head ? head.lemma.toLowerCase() : a.cue.text.toLowerCase();
}

/**
 * Whether the report is negated: "not", "n't" or "never" in its cue or among the auxiliaries,
 * particles and adverbs right before it ("did not | say", "has never | confirmed"; not a clause's
 * own: "An official who was not named said …"), or a source before the cue that names no one who
 * made it ("Neither the ministry nor the Kremlin | responded", "No one | answered").
 */
export function reportNegated(a: Attribution, tokens: readonly Token[]): boolean {
  const [start] = a.cue.spans[0]!;
  // ("The research not only documented …" affirms)
  if (verbGroupOf(a, tokens).some((t) => REPORT_NEGATION.has(t.lower) && tokens[t.i + 1]?.lower !== 'only')) return true;
  // a source that denies the report to all it names: "Neither the ministry nor the Kremlin responded", "No one answered"
  return !!a.source && a.source.spans[0]![0] < start && (NEITHER_NOR.test(a.source.text) || NO_ONE.test(a.source.text));
}

function idsInside(p: Part, items: ReadonlyArray<{ id: string; start: number; end: number }>): string[] {
  return within(p, items).map((x) => x.id);
}

/** Ids of the entities named inside a Part, in entity order. */
function entitiesInside(p: Part, mentions: ReadonlyArray<{ start: number; end: number; entity: number }>, entities: readonly Entity[]): string[] {
  const hit = new Set(within(p, mentions).map((m) => m.entity));
  return [...hit].sort((a, b) => a - b).map((k) => entities[k]!.id);
}

/** Who spoke, when no entity is linked: the source, or the phrase in it that names the speaker ("A diplomat in Baku, who …"). */
function sourceName(doc: Doc, a: Attribution): string {
  if (!a.source) return 'unknown';
  const antecedent = speakerPhrase(doc, a.source);
  if (antecedent) return doc.text.slice(antecedent[0], antecedent[1]);
  // (without the comma that closes an aside: "her opponent, a former city council member,"; nor an
  // aside of members or a participle's: "Critics of the plan, | including several Labour backbenchers",
  // "The ministry's statement, | issued late on Sunday")
  return a.source.text.replace(NAME_ASIDE, '').replace(/[\s,;:]+$/u, '');
}

/** An aside that closes a source and names no speaker: its members, or a participle's phrase. */
const NAME_ASIDE = /(?<=\S),\s+(?:including|among them|such as|(?:issued|released|published|conducted|posted|seen|obtained|reviewed|signed|sent|written|filed|made)\b)[^,]*,?\s*$/u;

/** Heads of a report's source that "it" may stand for, besides organisations', documents' and channels' ("the newspaper", "the lawsuit"). */
const IT_HEADS = new Set(['newspaper', 'ad', 'advertisement', 'commercial', 'lawsuit', 'complaint', 'suit', 'inquiry', 'investigation', 'government', 'bill', 'law', 'site', 'firm']);

/** Pronouns of one speaker, and of several. */
const ONE_SPEAKER = new Set(['he', 'she']);
const SPEAKERS = new Set(['they']);

/**
 * The unnamed speaker a pronoun source stands for, when the speakers stage found no person for it:
 * the source of the last report before it, within two sentences, that is a noun phrase of the same
 * number ("Another neighbour said the dog had 'terrorised' the street. '…,' she claimed." → "Another
 * neighbour"), and for "it" one that names no person ("The company said …. It added …" → "The
 * company"); null when there is none.
 */
function unnamedAntecedent(doc: Doc, attributions: readonly Attribution[], k: number, tokens: readonly Token[], sentences: readonly Sentence[]): string | null {
  const a = attributions[k]!;
  const pronoun = a.source?.text.toLowerCase() ?? '';
  if (!ONE_SPEAKER.has(pronoun) && !SPEAKERS.has(pronoun) && pronoun !== 'it') return null;
  const here = indexContaining(sentences, a.source!.spans[0]![0]);
  for (let j = k - 1; j >= 0; j--) {
    const b = attributions[j]!;
    if (!b.source || partEnd(b.source) > a.source!.spans[0]![0]) continue;
    if (here - indexContaining(sentences, b.source.spans[0]![0]) > 2) break;
    const name = sourceName(doc, b);
    const lower = name.toLowerCase();
    // "The company said …. It said …. It added …": the "it" before stands for the same
    if (pronoun === 'it' && lower === 'it' && !b.speaker) continue;
    // "“…,” he told reporters …. Asked about his future, he said …": the same "he" or "she" before, which
    // no person was found for, stands for what that one stands for ("they" is as often things: "her tax
    // returns … even though they disclosed")
    // (in the sentence before or its own: "“…,” she said. Her opponent, a former teacher, disagreed. “…,” she said" is another)
    if (lower === pronoun && ONE_SPEAKER.has(pronoun) && !b.speaker) return here - indexContaining(sentences, b.source.spans[0]![0]) <= 1 ? unnamedAntecedent(doc, attributions, j, tokens, sentences) : null;
    if (b.speaker || ONE_SPEAKER.has(lower) || SPEAKERS.has(lower) || lower === 'i' || lower === 'we' || lower === 'it') return null;
    // not a possessive ("Trump’s" claim), nor a thing a relative pronoun stood for ("brain cancer, which confirmed …")
    if (/['’]s?$/u.test(name)) return null;
    const phrase = speakerPhrase(doc, b.source);
    if (phrase && !speakerLike(tokens, [lowerBound(tokens, phrase[0]), lowerBound(tokens, phrase[1]) - 1])) return null;
    // the number of its head ("A spokesman for the Democrats" is one): "officials", "people", "police" are several
    const [hs, he] = phrase ?? [b.source.spans[0]![0], partEnd(b.source)];
    const head = headNoun(tokens, lowerBound(tokens, hs), lowerBound(tokens, he) - 1)?.lower ?? lower.split(/\s+/u).pop() ?? '';
    const several = /(?:[^s]s|people|police)$/u.test(head);
    // "it": an organisation or a document ("The company said …. It added …"), not "One attendee"
    const fits = pronoun === 'it' ? !several && (isOrganisationHead(head) || DOCUMENT_HEADS.has(head) || CHANNEL_NOUNS.has(head) || IT_HEADS.has(head)) : several === SPEAKERS.has(pronoun);
    if (fits) return name;
    break;
  }
  return roleBefore(doc, attributions, a, tokens, sentences, pronoun);
}

/** Roles of one sex ("spokeswoman", "chairman", "actress"), which "he" or "she" cannot stand for. */
const FEMININE = /(?:wom[ae]n|ess|queen|princess|mother|daughter|wife|sister|girl|lady)$/u;
const MASCULINE = /(?:(?<!wo)m[ae]n|king|prince|father|son|husband|brother|boy)$/u;

/**
 * With no report before it to stand for, a pronoun source stands for the nearest noun phrase of a
 * role before it in its sentence or the one before, of the same number and outside what anyone
 * said: "The governor, for his part, has stayed silent. Asked …, he said only: …" → "The
 * governor"; "Shares in the carmaker fell 8% after it warned …" → "the carmaker". A person's role
 * (`TITLE_WORDS`) for "he" and "she", their plural for "they", an organisation's head for "it".
 */
function roleBefore(doc: Doc, attributions: readonly Attribution[], a: Attribution, tokens: readonly Token[], sentences: readonly Sentence[], pronoun: string): string | null {
  const at = lowerBound(tokens, a.source!.spans[0]![0]);
  const sentence = tokens[at]?.sentence ?? 0;
  const said = attributions.flatMap((b) => b.content.spans);
  const people = (doc.entities ?? []).filter((e) => e.type === 'PERSON').flatMap((e) => e.mentions.filter((m) => m.kind !== 'pronoun'));
  for (let k = at - 1; k >= 0 && tokens[k]!.sentence >= sentence - 1; k--) {
    const t = tokens[k]!;
    // (a person's name before it is the one the speakers stage did not take: not a role's)
    if (ONE_SPEAKER.has(pronoun) && t.pos === 'PROPN' && people.some((m) => m.start <= t.start && t.end <= m.end)) return null;
    if (t.pos !== 'NOUN' || tokens[k + 1]?.pos === 'NOUN' || said.some(([s, e]) => s <= t.start && t.end <= e)) continue;
    const lower = t.lower;
    const several = /(?:[^s]s|people|police)$/u.test(lower);
    const singular = lower.replace(/s$/u, '');
    const group = newsSpeakerLike(tokens, [k, k]) && !DOCUMENT_HEADS.has(t.lemma.toLowerCase()) && !DOCUMENT_HEADS.has(lower);
    const fits =
      pronoun === 'it'
        ? !several && (isOrganisationHead(lower) || IT_HEADS.has(lower) || /maker$/u.test(lower))
        : SPEAKERS.has(pronoun)
          ? // (or a group that speaks in news, opening its sentence: "The researchers, led by …, analysed … They found …")
            several && (isTitleWord(singular) || group)
          : !several && isTitleWord(lower);
    if (!fits || (pronoun === 'he' && FEMININE.test(lower)) || (pronoun === 'she' && MASCULINE.test(lower))) continue;
    const floor = sentences[t.sentence] ? lowerBound(tokens, sentences[t.sentence]!.start) : 0;
    const first = npLeft(tokens, k, floor);
    // a definite phrase ("The governor", "the carmaker", "its chief executive"; not "a government")
    // that is its clause's subject: at the sentence's start or after a comma, conjunction or "that",
    // before its verb or an aside's comma (not "the validity of | the investigation.", "the party, the
    // candidates, | the network and …")
    if (first < 0 || !(tokens[first]!.pos === 'PRON' || /^(?:the|this|that|these|those)$/u.test(tokens[first]!.lower))) continue;
    // (a group that is no title's plural only where it opens its sentence: not "…, | the court's conservatives
    // seemed ready to say that forcing public workers to support unions they have declined to join …")
    // (or after the conjunction or adverb that opens it: "But the protesters also paid tribute …")
    const opening = first === floor || (first === floor + 1 && /^(?:CCONJ|ADV)$/u.test(tokens[floor]!.pos));
    if (SPEAKERS.has(pronoun) && !isTitleWord(singular) && !opening) continue;
    const before = tokens[first - 1];
    const after = tokens[k + 1];
    // (or inside the subject, after its noun's preposition: "Shares in | the carmaker | fell")
    const clauseStart = (j: number) => j === floor || tokens[j - 1]?.text === ',' || tokens[j - 1]?.pos === 'CCONJ' || tokens[j - 1]?.pos === 'SCONJ';
    const opens = first === floor || !before || before.text === ',' || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.lower === 'that' || (before.pos === 'ADP' && /^(?:NOUN|PROPN|PRON)$/u.test(tokens[first - 2]?.pos ?? '') && clauseStart(first - 2));
    const verbNext = !!after && (after.pos === 'AUX' || after.pos === 'VERB' || after.text === ',' || (after.pos === 'ADV' && /^(?:AUX|VERB)$/u.test(tokens[k + 2]?.pos ?? '')));
    // (a role of its kind that is no subject may be the one meant: "The president fired | the finance minister | on Tuesday. She said …")
    if (!opens || !verbNext) return null;
    return doc.text.slice(tokens[first]!.start, t.end);
  }
  return null;
}

/** Date types that can say when something was said (a duration or a set cannot). */
const WHEN_TYPES = new Set(['DATE', 'TIME']);
/** What may stand between a cue and the date of its report (a content there holds the date itself): "on", "reporters on", "in a statement on", "NBC's “Meet the Press” on", "late". */
const REPORT_THEN = /^\s+(?:[\p{L}'’"“”.]+\s+){0,5}?(?:on\s+|late\s+|early\s+)?$/u;
/** How a sentence may open on the date of its report: "On Tuesday, …", "Late on Friday, …", "In a statement on Friday, …". */
const OPENS_WITH_DATE = /^(?:(?:In|At|During)\s+(?:\p{L}+\s+){1,4})?(?:(?:[Oo]n|[Ll]ate|[Ee]arly|[Ee]arlier|[Ll]ater)\s+)?(?:on\s+)?$/u;
/** Characters into its sentence a date of the report may open the sentence at. */
const OPENING_REACH = 48;

/**
 * Whether an ISO value lies after the publication date at its own precision ("2025-12" after
 * "2025-10-09"): what an article reports was said by then ("Nearly a year after the crash, Putin
 * now admits", resolved a year on from the crash, is no date of the report).
 */
function afterPublication(value: string, publishedAt: string | null): boolean {
  const date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/u.exec(value)?.[0];
  return !!date && !!publishedAt && date > publishedAt.slice(0, date.length);
}

/**
 * When the report was made: a date or time expression of the cue's sentence where reports put
 * theirs — right after the cue ("said on Tuesday", "told reporters on Monday"), between the
 * source and the cue ("The ministry on Tuesday published …"), or opening the sentence ("In a
 * statement on Friday, the ministry said …"); else the article's publication date (said no later
 * than that). A date elsewhere in the sentence is more
 * often another event's ("Nearly a year after the crash in March 2024, Putin admitted …").
 */
function saidAt(a: Attribution, tokens: readonly Token[], sentences: readonly Sentence[], dates: readonly DateExpr[], text: string, publishedAt: string | null): Claim['saidAt'] {
  const cue = a.cue.spans[0]![0];
  const sentence = sentences[indexContaining(sentences, cue)];
  if (sentence) {
    const sourceEnd = a.source ? partEnd(a.source) : sentence.start;
    const found = itemsWithin(dates, sentence.start, sentence.end).find((d) => {
      if (!WHEN_TYPES.has(d.type) || d.value === null || afterPublication(d.value, publishedAt)) return false;
      // never a date of what was said ("Late on Friday, the bridge collapsed …, police said.")
      if (a.content.spans.some(([s, e]) => d.start < e && s < d.end)) return false;
      // right after the cue ("said on Tuesday", "said in a statement on Friday"), between the source and the cue
      // ("The ministry on Tuesday published …"), or opening the sentence ("On Tuesday, …", "In a statement on Friday, …")
      if (a.cue.spans.some(([s, e]) => s <= d.start && d.end <= e)) return true; // "said in a statement on Friday"
      // (no verb between, but a name's: "said after the plan was signed on Monday" dates the signing; "told “Meet the Press” on Sunday" does not)
      const verbBetween = (from: number, to: number) => itemsWithin(tokens, from, to).some((t) => (t.pos === 'VERB' || t.pos === 'AUX') && /^\p{Ll}/u.test(t.text));
      if (d.start >= partEnd(a.cue)) return REPORT_THEN.test(text.slice(partEnd(a.cue), d.start)) && !verbBetween(partEnd(a.cue), d.start);
      // (an adverb may follow the date, "this week also said"; a conjunction may not: "… by the end of March and suggested")
      if (d.end <= cue && d.start >= sourceEnd && verbBetween(sourceEnd, d.start)) return false;
      if (d.end <= cue && d.start >= sourceEnd) return /^[\s,]*(?:(?!and\b|but\b|or\b)\p{L}+\s+)?$/u.test(text.slice(d.end, cue));
      return d.start - sentence.start <= OPENING_REACH && OPENS_WITH_DATE.test(text.slice(sentence.start, d.start)) && /^\s*,/u.test(text.slice(d.end, d.end + 2));
    });
    if (found) return { dateId: found.id, value: found.value, from: 'report' };
  }
  return publishedAt ? { dateId: null, value: publishedAt, from: 'publishedAt' } : { dateId: null, value: null, from: 'none' };
}

export function buildClaims(doc: Doc, options: ClaimsOptions): Claim[] {
  const attributions = need(doc, 'attributions', 'claims');
  const tokens = need(doc, 'tokens', 'claims');
  const sentences = need(doc, 'sentences', 'claims');
  const ranges = need(doc, 'sentenceTokens', 'claims');
  const entities = doc.entities ?? [];
  const dates = doc.dates ?? [];
  const quantities = doc.quantities ?? [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const mentions = entities
    .flatMap((e, k) => e.mentions.filter((m) => m.kind !== 'pronoun').map((m) => ({ start: m.start, end: m.end, entity: k })))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const drafts: Array<Omit<Claim, 'id'>> = [];

  attributions.forEach((a, k) => {
    const lemma = cueLemma(a, tokens);
    const entity = a.speaker ? byId.get(a.speaker.entityId) : undefined;
    drafts.push({
      origin: 'attribution',
      attributionId: a.id,
      speaker: entity
        ? { name: entity.name, type: entity.type, entityId: entity.id }
        : { name: unnamedAntecedent(doc, attributions, k, tokens, sentences) ?? sourceName(doc, a), type: a.source ? 'OTHER' : 'UNKNOWN', entityId: null },
      statement: a.content,
      cue: lemma,
      kind: a.kind,
      // (a refusal decides the modality whichever verb names the cue: "declined to say" is "say"'s report, refused)
      modality: modalityOf(withoutSubordinateClauses(doc.text, a.content, tokens), refusalIn(a, tokens) ?? lemma, reportNegated(a, tokens), reportHedged(a, tokens)),
      entities: entitiesInside(a.content, mentions, entities),
      dates: idsInside(a.content, dates),
      quantities: idsInside(a.content, quantities),
      saidAt: saidAt(a, tokens, sentences, dates, analysisText(doc), doc.article.publishedAt),
    });
  });
  // a second report of the same source in the same sentence was made when the first was ("Northern
  // Powergrid said on Thursday that … and warned that …", "… said on Monday, adding that …")
  attributions.forEach((a, k) => {
    const own = drafts[k]!;
    if (own.saidAt.from === 'report' || !a.source) return;
    const here = indexContaining(sentences, a.cue.spans[0]![0]);
    const key = spansKey(a.source);
    for (let j = k - 1; j >= 0; j--) {
      const b = attributions[j]!;
      if (indexContaining(sentences, b.cue.spans[0]![0]) !== here) break;
      if (b.source && spansKey(b.source) === key && drafts[j]!.saidAt.from === 'report' && partEnd(b.cue) <= a.cue.spans[0]![0]) {
        own.saidAt = drafts[j]!.saidAt;
        return;
      }
    }
  });
  const published: Claim['saidAt'] = doc.article.publishedAt ? { dateId: null, value: doc.article.publishedAt, from: 'publishedAt' } : { dateId: null, value: null, from: 'none' };

  if (options.articleClaims) {
    // every span of every attribution, merged and sorted, to test sentences against in log time
    const taken = attributions
      .flatMap((a) => [a.content, a.cue, ...(a.source ? [a.source] : [])].flatMap((p) => p.spans.map(([start, end]) => ({ start, end }))))
      .sort((x, y) => x.start - y.start);
    const merged: Array<{ start: number; end: number }> = [];
    for (const t of taken) {
      const last = merged[merged.length - 1];
      if (last && t.start <= last.end) last.end = Math.max(last.end, t.end);
      else merged.push({ ...t });
    }
    const covered = (s: number, e: number) => {
      const k = lowerBound(merged, e) - 1; // the last interval starting before e
      return k >= 0 && merged[k]!.end > s;
    };
    // the story's dateline is where it was filed, not what it states ("ASTANA, Feb 4 (Reuters) - ")
    const dateline = datelineOf(analysisText(doc));
    sentences.forEach((sent, si) => {
      if (sent.kind !== 'prose' || covered(sent.start, sent.end)) return;
      const [first, last] = ranges[si]!;
      const from = dateline && dateline[1] > sent.start && dateline[0] < sent.end ? Math.max(sent.start, dateline[1]) : sent.start;
      const [s, e0] = trimRange(doc.text, from, sent.end);
      const e = /[.!]$/u.test(doc.text.slice(s, e0)) ? e0 - 1 : e0;
      if (e <= s) return;
      const statement = part(doc.text, [[s, e]]);
      const ents = entitiesInside(statement, mentions, entities);
      const ds = idsInside(statement, dates);
      const qs = idsInside(statement, quantities);
      const eventVerb = tokens.slice(first, last + 1).some((t) => t.pos === 'VERB' && EVENT_VERBS.has(t.lemma.toLowerCase()));
      if (doc.text.slice(s, e).trim().endsWith('?')) return; // a question states nothing
      if (!(qs.length > 0 || ds.length > 0 || (ents.length > 0 && eventVerb))) return;
      drafts.push({
        origin: 'article',
        attributionId: null,
        speaker: { name: doc.article.publisher ?? doc.article.title ?? doc.article.id, type: 'ARTICLE', entityId: null },
        statement,
        cue: null,
        kind: null,
        modality: modalityOf(statement.text, null),
        entities: ents,
        dates: ds,
        quantities: qs,
        saidAt: published,
      });
    });
  }

  drafts.sort((x, y) => partStart(x.statement) - partStart(y.statement) || partEnd(x.statement) - partEnd(y.statement));
  return drafts.map((d, k) => ({ id: `c${k + 1}`, ...d }));
}

export const claimsStage = defineStage<ClaimsOptions>({
  name: 'claims',
  requires: ['attributions', 'sentences', 'tokens'],
  uses: ['language', 'entities', 'dates', 'quantities'],
  assigns: ['claims'],
  options: ClaimsOptions,
  run(doc, options) {
    if (notEnglish(doc)) return { ...doc, claims: [] };
    return { ...doc, claims: buildClaims(doc, options) };
  },
});
