// The repairs both attribution stages make, in this order, to what their readings and the
// merge kept: the layout left out of contents and sources, sources set right (a lone "who"
// after its cue, one stopping on its pronoun ("said Ervin, who thinks"), a relative clause cut short, a subject before an aside, a subject's participle phrase, an aside in a source, a day, or a day after the name, a clause between subject and verb, a
// document's participle, a sentence's opening phrase, a hyphenated modifier, a name before its age), cues cut back to
// their verb, idioms and verbs inside names dropped, contents started after a day or an addressee and ended at their
// last word or, when they are the cue's object, before the source's second verb or a clause of time or cause
// ("called the merger “a terrible deal” [and ranked …]", "supported the bill [when it reached the floor]"), a report between commas given the sentence around it (and the whole clause after it), a quotation held by nothing
// given to the clause after it, a report to an addressee no reading found ("briefed the meeting that"), a report inside a relative clause given its pronoun ("which he said was"), a passive report with its infinitive no reading found ("The House is expected to pass …") and a report on "reportedly", a paragraph that is only a quotation given to the last speaker,
// and no span edge left inside a hyphenated word nor on a paragraph's full stop after "X". One list, so the two stages cannot drift apart.
import type { Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import type { QuoteRegion } from './quotes.ts';
import { withoutLayout } from './layout.ts';
import {
  accordingSourcesWithTheirClause,
  accordingSourcesWithTheirPhrase,
  accordingSourcesWithoutTheirSubject,
  accordingSourcesBeforeConsequences,
  accordingSourcesBeforeTheirClause,
  agesWithTheirName,
  documentSourcesWithParticiples,
  participleSourcesAtTheirSubject,
  participleSourcesNotTheirObject,
  absoluteParticipleSources,
  namedSourcesAfterCue,
  sourcesWithTheirCompounds,
  sourcesWithTheirNounModifiers,
  sourcesWithTheirNoun,
  sourcesWithTheirSubjectPhrase,
  sourcesWithTheirPhraseBeforeAdverb,
  sourcesWithTheirWholeName,
  sourcesWithTheirNeither,
  sourcesWithTheirWholeList,
  sourcesWithTheirDescription,
  sourcesWithTheirNameAfter,
  sourcesWithTheirRelativeClause,
  speakersAfterOpeningPhrases,
  speakersBeforeRelativeClauses,
  speakersBeforeTimes,
  speakersWithoutTheirDay,
  sourcesWithoutHalfTheirDay,
  sourcesWithoutTheirLastComma,
  sourcesWithTheirClosingComma,
  sourcesWithoutTheirAsides,
  sourcesWithoutTheirRelativeWord,
  sourcesAfterTheirAntecedent,
  sourcesEndingOnTheirPronoun,
  subjectsBeforeAsides,
  subjectsBeforeChannelAsides,
  subjectsWithTheirParticiplePhrase,
  passiveReportsWithoutSpeaker,
} from './sources.ts';
import { cuesWithoutLinkingAdverbs, cuesBeforeAnAmount, cuesWithTheirDay, cuesBeforeTheirClause, cuesWithoutTheirSourcesParticiple, cuesEndingAtTheirVerb, cuesWithTheirAddressee, namingsWithoutSource, refusalsWithTheirInfinitive, callsOnWithTheirObject, withoutAdditions, withoutNewsNouns, withoutWritersComments, withoutCuesInNames, cuesWithoutTheirSubjectNoun, withoutIdioms } from './cue-ends.ts';
import { parentheticalClausesWhole, parentheticalReports } from './parenthetical.ts';
import { addresseeReports } from './addressee.ts';
import { relativeReports } from './relative.ts';
import { splicedReports } from './spliced.ts';
import { appearanceReports, hearsayReports, passiveInfinitiveReports, questionReports } from './unnamed.ts';
import { joinQuoteParagraphs, quotationsAfterParticipleAsides, quotationsBeforeTheirReport } from './continued-quotes.ts';
import { wholeWords, withoutParagraphStops } from './whole-words.ts';
import {
  contentsAfterTheirCircumstance,
  contentsBeforeAbsolutePhrases,
  secondReportsOfTheSource,
  contentsOfTheirOwnCue,
  contentsOverRelativeClauses,
  contentsInsideTheirParenthesis,
  contentsLeftToTheirSentence,
  contentsBeforeTheNextReportsOpening,
  contentsOfADemonstrative,
  contentsWithoutAnonymityAsides,
  contentsBeforeClosingParticiples,
  contentsWithoutCaveats,
  contentsInsideTheirRelativeClause,
  contentsWithoutTheirAddressee,
  contentsWithoutTheirTopic,
  contentsOnToTheirQuotation,
  contentsWithoutDanglingMarks,
  contentsWithoutGaps,
  quotationsWithoutTheirCircumstance,
  contentsEndingAtTheirObject,
  contentsOverParticipleAsides,
} from './content-ends.ts';

/** A repair; `quotes` are the reading's quotation regions, when the caller has them already. */
type Repair = (doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]) => Attribution[];

/** In order: each step reads what the steps before it left (a trimmed content frees the quotation mark a later step gives away). */
const REPAIRS: readonly Repair[] = [
  withoutLayout,
  namedSourcesAfterCue,
  sourcesWithTheirRelativeClause,
  subjectsBeforeAsides,
  subjectsWithTheirParticiplePhrase,
  sourcesWithoutTheirAsides,
  subjectsBeforeChannelAsides,
  speakersBeforeTimes,
  speakersWithoutTheirDay,
  sourcesWithoutHalfTheirDay,
  speakersBeforeRelativeClauses,
  documentSourcesWithParticiples,
  participleSourcesAtTheirSubject,
  participleSourcesNotTheirObject,
  absoluteParticipleSources,
  accordingSourcesWithTheirClause,
  accordingSourcesWithTheirPhrase,
  accordingSourcesWithoutTheirSubject,
  accordingSourcesBeforeConsequences,
  accordingSourcesBeforeTheirClause,
  speakersAfterOpeningPhrases,
  sourcesWithTheirCompounds,
  sourcesWithTheirNounModifiers,
  sourcesWithTheirNoun,
  sourcesWithTheirSubjectPhrase,
  sourcesWithTheirPhraseBeforeAdverb,
  sourcesWithTheirWholeName,
  sourcesWithTheirNeither,
  sourcesWithTheirWholeList,
  sourcesWithTheirDescription,
  sourcesWithTheirNameAfter,
  agesWithTheirName,
  sourcesWithoutTheirRelativeWord,
  sourcesAfterTheirAntecedent,
  sourcesEndingOnTheirPronoun,
  passiveReportsWithoutSpeaker,
  cuesEndingAtTheirVerb,
  cuesWithoutLinkingAdverbs,
  cuesBeforeTheirClause,
  cuesBeforeAnAmount,
  cuesWithTheirDay,
  cuesWithoutTheirSourcesParticiple,
  cuesWithTheirAddressee,
  (doc, attributions) => withoutIdioms(doc.text, attributions),
  namingsWithoutSource,
  withoutCuesInNames,
  cuesWithoutTheirSubjectNoun,
  withoutAdditions,
  withoutNewsNouns,
  withoutWritersComments,
  quotationsWithoutTheirCircumstance,
  contentsAfterTheirCircumstance,
  contentsBeforeAbsolutePhrases,
  secondReportsOfTheSource,
  contentsWithoutAnonymityAsides,
  contentsBeforeClosingParticiples,
  contentsWithoutCaveats,
  contentsInsideTheirRelativeClause,
  contentsWithoutTheirAddressee,
  contentsWithoutTheirTopic,
  contentsOnToTheirQuotation,
  contentsInsideTheirParenthesis,
  contentsOfTheirOwnCue,
  contentsWithoutGaps,
  contentsEndingAtTheirObject,
  contentsOverParticipleAsides,
  contentsWithoutDanglingMarks,
  contentsOverRelativeClauses,
  refusalsWithTheirInfinitive,
  callsOnWithTheirObject,
  parentheticalReports,
  parentheticalClausesWhole,
  addresseeReports,
  relativeReports,
  splicedReports,
  passiveInfinitiveReports,
  appearanceReports,
  questionReports,
  hearsayReports,
  quotationsBeforeTheirReport,
  quotationsAfterParticipleAsides,
  joinQuoteParagraphs,
  contentsLeftToTheirSentence,
  contentsBeforeTheNextReportsOpening,
  contentsOfADemonstrative,
  // a paragraph joined last may end on a mark of its own ("“We will do three things, and fast:")
  contentsWithoutDanglingMarks,
  // a source a repair ran back to the story's first words leaves its dateline again ("BOSTON, June 12,
  // 2025 /PRNewswire/ -- Helix Therapeutics, Inc., a … company, today announced")
  withoutLayout,
  sourcesWithoutTheirLastComma,
  sourcesWithTheirClosingComma,
  wholeWords,
  withoutParagraphStops,
];

export function repaired(doc: Doc, attributions: readonly Attribution[], quotes?: readonly QuoteRegion[]): Attribution[] {
  return REPAIRS.reduce<Attribution[]>((kept, repair) => repair(doc, kept, quotes), [...attributions]);
}
