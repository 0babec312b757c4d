// Stage 6 (learned): attributions from a BIO token tagger (averaged perceptron
// + Viterbi, trained on PolNeAR train by scripts/train-tagger.ts), decoded into
// cue/source/content by nearest-cue attachment. `hybrid` mode also runs the
// rules of ./index.ts and merges the two (see src/tagger/hybrid.ts).
import { z } from 'zod';
import { defineStage } from '../pipeline/stage.ts';
import { notEnglish } from '../language/index.ts';
import { analysisText, need, type Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { loadModel, type TaggerModel } from '../tagger/model.ts';
import { tagDoc } from '../tagger/tag.ts';
import { STACKED_CHAIN } from '../tagger/stack.ts';
import { attach, type Draft, DEFAULT_DECODE, draftOf, runsOf, toAttributions } from '../tagger/decode.ts';
import { loadRanker, RANKER_FORMAT, rankerDoc, refineDrafts, ruleSpans, type RankerModel } from '../tagger/content-ranker.ts';
import { draftFeatures, FILTER_FORMAT, filterScore, type FilterModel } from '../tagger/draft-filter.ts';
import { byCueStrength, combine, withSourcesOfSameCue } from '../tagger/hybrid.ts';
import { isQuoteMark, quoteRegions } from './quotes.ts';
import { joinFramedContent } from './frames.ts';
import { joinContinuedQuotes } from './continued-quotes.ts';
import { cueStrengthOf, NAMING_FORMS, namingLemma, VERB_CUE_P } from './cues.ts';
import { indexContaining, itemsWithin, lowerBound } from '../text/search.ts';
import { partEnd } from '../text/spans.ts';
import { hasVerb } from './draft.ts';
import { CALENDAR_WORD } from '../dates/lexicon.ts';
import type { Token } from '../nlp/wink.ts';
import { AttributionsOptions, extractAttributions } from './index.ts';
import { FINDING_VERBS, rulesBeforeTaggedParticiples, withClosingReports } from './closing.ts';
import { DOCUMENT_HEADS, headNoun, speakerLike } from './phrases.ts';
import { wholeQuotations } from './whole-words.ts';
import { repaired } from './repairs.ts';
import { contentsBeforeOtherReports, contentsInsideTheirRelativeClause } from './content-ends.ts';
import { anonymityAside, anonymityReason } from './cue-ends.ts';

export const DEFAULT_MODEL = new URL('../../models/attribution-tagger.bin.gz', import.meta.url);
export const DEFAULT_STACKED_MODEL = new URL('../../models/attribution-tagger-stacked.bin.gz', import.meta.url);
export const DEFAULT_FILTER_MODEL = new URL('../../models/attribution-filter.bin.gz', import.meta.url);
export const DEFAULT_RANKER_MODEL = new URL('../../models/content-ranker.bin.gz', import.meta.url);

export const AttributionTaggerOptions = z
  .object({
    /** tagger: the tagger alone; hybrid: the tagger merged with the rule-based extractor. */
    mode: z.enum(['tagger', 'hybrid']).default('hybrid'),
    /** In hybrid mode, who wins a clash: the attribution with the stronger cue (train probability; the tagger on ties), or always the rules, or always the tagger. */
    prefer: z.enum(['rules', 'tagger', 'stronger-cue']).default('stronger-cue'),
    /** Model file; default: models/attribution-tagger.bin.gz of this repo. */
    model: z.string().optional(),
    /** Run the stacked second pass (it relabels each token knowing the first pass's labels around it). */
    stacked: z.boolean().default(true),
    /** Second-pass model file; default: models/attribution-tagger-stacked.bin.gz of this repo. */
    stackedModel: z.string().optional(),
    /** Let the content-boundary ranker move each tagged content's start and end. */
    contentRanker: z.boolean().default(true),
    /** Keep the tagged attributions a learned filter scores at least `filterMin` (instead of minCueP and requireSource). */
    learnedFilter: z.boolean().default(true),
    filterMin: z.number().default(0),
    /** In hybrid mode, the learned filter also scores the rule-based extractor's attributions (as the drafts they would have been) and drops those under `filterMin`. */
    filterRules: z.boolean().default(true),
    /** Filter model file; default: models/attribution-filter.bin.gz of this repo. */
    filterModel: z.string().optional(),
    /** Ranker model file; default: models/content-ranker.bin.gz of this repo. */
    rankerModel: z.string().optional(),
    /** Cost of a sentence boundary between a content/source run and its cue (tokens). */
    sentenceCost: z.number().nonnegative().default(DEFAULT_DECODE.sentenceCost),
    maxContentCost: z.number().nonnegative().default(DEFAULT_DECODE.maxContentCost),
    maxSourceCost: z.number().nonnegative().default(DEFAULT_DECODE.maxSourceCost),
    /** A tagged cue must hold a verb whose train probability of being a cue is at least this (or be "according to", a colon or a dash). */
    minCueP: z.number().min(0).max(1).default(0.1),
    /** Drop tagged attributions without a source (they are most of the tagger's spurious ones). */
    requireSource: z.boolean().default(true),
    /** Drop tagged attributions whose source is not a person, organisation, pronoun or a noun that speaks in train ("officials", "a statement"). */
    speakerSources: z.boolean().default(false),
  })
  .strict();
export type AttributionTaggerOptions = z.infer<typeof AttributionTaggerOptions>;

/** The rule-based extractor's defaults, parsed once rather than per article. */
const RULE_OPTIONS = AttributionsOptions.parse({});

// Model files load once per process (per worker), keyed by kind and path.
const loaded = new Map<string, unknown>();
function cached<T>(kind: string, file: string | URL, load: (file: string | URL) => T): T {
  const key = `${kind} ${file instanceof URL ? file.href : file}`;
  if (!loaded.has(key)) {
    try {
      loaded.set(key, load(file));
    } catch (e) {
      // a missing, truncated or stale model: say which file, the article is not to blame
      const path = file instanceof URL ? file.pathname : file;
      throw new Error(`cannot load the ${kind} model ${path}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return loaded.get(key) as T;
}
export const taggerModel = (file?: string): TaggerModel => cached('tagger', file ?? DEFAULT_MODEL, loadModel);
export const stackedTaggerModel = (file?: string): TaggerModel => cached('stacked', file ?? DEFAULT_STACKED_MODEL, (f) => STACKED_CHAIN.load(f));
export const contentRankerModel = (file?: string): RankerModel => cached(RANKER_FORMAT, file ?? DEFAULT_RANKER_MODEL, (f) => loadRanker(f, RANKER_FORMAT));
export const filterModel = (file?: string): FilterModel => cached(FILTER_FORMAT, file ?? DEFAULT_FILTER_MODEL, (f) => loadRanker(f, FILTER_FORMAT));

/**
 * The tagger's attributions that read as attributions: in prose (headings and
 * promotions make no claims), with a cue that is a reporting verb by the
 * learned lexicon, "according to", or a colon/dash — not "bans on" or "partial
 * recognition of" — and a content that does not open on a relative pronoun.
 */
function plausible(doc: Doc, tokens: readonly Token[], a: Attribution, minCueP: number): boolean {
  const sentence = doc.sentences![indexContaining(doc.sentences!, a.cue.spans[0]![0])];
  if (!sentence || sentence.kind !== 'prose') return false;
  if (/^\s*(which|who)\b/iu.test(a.content.text)) return false;
  return cueStrengthOf(tokens, a) >= minCueP;
}

/**
 * "The statement read: “…”": a direct quotation introduced by its cue and a colon. The filter,
 * which learned "read" mostly from "“…,” the email read", scores the forward order low.
 */
function quotedAfterColon(reading: string, a: Attribution): boolean {
  const end = a.cue.spans[a.cue.spans.length - 1]![1];
  const after = reading.slice(end, end + 8);
  return a.kind === 'direct' && (/^\s*:\s*["“]/u.test(after) || (reading[end - 1] === ':' && /^\s*["“]/u.test(after)));
}

/**
 * "The data, published by the Office for National Statistics on Wednesday, showed inflation fell
 * to 2.1%": a document's finding, its source a document's noun before an aside, its cue a
 * finite verb of finding (the closing reports' FINDING_VERBS), its content a clause after the
 * cue. The filter, which learned few such sources with an aside, scores the rules' reading low;
 * the tagger reads the aside's agent for the source.
 */
function documentFinding(tokens: readonly Token[], a: Attribution): boolean {
  if (!a.source || a.content.spans[0]![0] < partEnd(a.cue)) return false;
  const verb = itemsWithin(tokens, a.cue.spans[0]![0], partEnd(a.cue)).find((t) => t.pos === 'VERB');
  if (!verb || /ing$/u.test(verb.lower) || !FINDING_VERBS.has(verb.lemma.toLowerCase())) return false;
  // (only with the aside: without one the filter scores such sources well)
  const words = itemsWithin(tokens, a.source.spans[0]![0], partEnd(a.source));
  const comma = words.findIndex((t) => t.text === ',');
  const head = comma > 0 ? headNoun(words, 0, comma - 1) : null;
  const [cs, ce] = [a.content.spans[0]![0], partEnd(a.content)];
  return !!head && DOCUMENT_HEADS.has(head.lower) && hasVerb(tokens, lowerBound(tokens, cs), lowerBound(tokens, ce) - 1);
}

/**
 * "…, with its general secretary Jairam Ramesh calling it …": a participle's report whose source
 * is the subject of an absolute "with" after a comma (the rules read it in closing.ts). The filter
 * scores the rules' reading low; without it the tagger's content before ran on over the report.
 */
function absoluteReport(tokens: readonly Token[], a: Attribution): boolean {
  if (!a.source || a.source.spans.length !== 1 || !/^\p{Ll}+ing$/u.test(a.cue.text)) return false;
  const first = lowerBound(tokens, a.source.spans[0]![0]);
  // (nothing but an adverb between the source and its participle: "with Cruz repeatedly calling")
  const between = itemsWithin(tokens, partEnd(a.source), a.cue.spans[0]![0]);
  return tokens[first - 1]?.lower === 'with' && tokens[first - 2]?.text === ',' && between.every((t) => t.pos === 'ADV');
}

/**
 * "Opposition leader Akhilesh Yadav, however, termed the claims “hollow”": a verb of naming that
 * PolNeAR's train never has as a verb ("term", "brand"; `NAMING_FORMS`), read by the rules only
 * before a noun phrase and a quotation. The filter, which never saw its cue, scores it low.
 */
function namingBeyondTrain(a: Attribution): boolean {
  const word = a.cue.text.toLowerCase();
  return a.cue.spans.length === 1 && NAMING_FORMS.test(word) && !VERB_CUE_P.has(namingLemma(word));
}

function speakingSource(tokens: readonly Token[], source: Attribution['source'] & {}): boolean {
  const inside = itemsWithin(tokens, source.spans[0]![0], source.spans[source.spans.length - 1]![1]);
  return inside.length > 0 && speakerLike(tokens, [inside[0]!.i, inside[inside.length - 1]!.i]);
}

/**
 * "One of the family's attorneys, Justin Bamberg, said the videos show …": the tagger may label the
 * noun phrase before the name a content run as well as what follows the cue. A content run that is
 * a noun phrase, not a quotation, set off by commas before the source ("NP, SOURCE, CUE"), where
 * the cue runs straight on into another content run (no comma, unlike "The economy, he said, is
 * strong"), is the source's apposition: the source takes it in.
 */
function appositionBeforeSource(tokens: readonly Token[], d: Draft): Draft {
  const src = d.source;
  if (!src || d.content.length < 2 || !d.content.some((r) => r.first === d.cue.last + 1)) return d;
  const k = d.content.findIndex((r) => r.last + 2 === src.first);
  if (k < 0) return d;
  const before = d.content[k]!;
  const comma = (i: number) => tokens[i]?.text === ',';
  // the source's closing comma is inside its run or right after it, and the cue follows it
  const setOff = comma(src.last) ? src.last + 1 === d.cue.first : comma(src.last + 1) && src.last + 2 === d.cue.first;
  if (!comma(before.last + 1) || !setOff) return d;
  if (isQuoteMark(tokens[before.first]!.text) || isQuoteMark(tokens[before.last]!.text)) return d;
  // a noun phrase: no verb (not "That view has upended …, a country that X, Y, called …")
  for (let i = before.first; i <= before.last; i++) if (tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') return d;
  return { ...d, source: { ...src, first: before.first }, content: d.content.filter((_, j) => j !== k) };
}

/**
 * "Acting President Choi Sang-|mok called on …": the tagger's source began after the hyphen inside a
 * name (the last part alone, in lower case, which the filter reads as no speaker). The source takes
 * the whole name back over the hyphen and the capitalised words before it, in its sentence.
 */
function sourceWithWholeName(tokens: readonly Token[], d: Draft): Draft {
  const src = d.source;
  const hyphen = src ? tokens[src.first - 1] : undefined;
  if (!src || hyphen?.text !== '-' || hyphen.end !== tokens[src.first]!.start || tokens[src.first - 2]?.end !== hyphen.start) return d;
  let first = src.first - 1;
  const sentence = tokens[src.first]!.sentence;
  // (a name's and its title's words: not a preposition's or a day's, "On Monday | Choi Sang-mok said")
  const nameWord = (t: Token) => /^\p{Lu}/u.test(t.text) && !/^(?:ADP|DET|PRON|SCONJ|CCONJ)$/u.test(t.pos) && !CALENDAR_WORD.test(t.lower);
  while (first - 1 >= 0 && tokens[first - 1]!.sentence === sentence && (nameWord(tokens[first - 1]!) || (tokens[first - 1]!.text === '-' && tokens[first - 1]!.end === tokens[first]!.start))) first--;
  return /^\p{Lu}/u.test(tokens[first]!.text) ? { ...d, source: { ...src, first } } : d;
}

/** A cue run on over its comma into "without" and a gerund ("said, without saying"). */
const WITHHELD_IN_CUE = /,\s+without\s+\p{L}+ing\b/u;

export function taggerAttributions(
  doc: Doc,
  options: AttributionTaggerOptions,
  model: TaggerModel = taggerModel(options.model),
  stacked: TaggerModel | undefined = options.stacked ? stackedTaggerModel(options.stackedModel) : undefined,
): Attribution[] {
  const tokens = need(doc, 'tokens', 'attributions-tagger');
  need(doc, 'sentences', 'attributions-tagger');
  const reading = analysisText(doc);
  const quotes = quoteRegions(reading);
  const { labels, unitOf, clusters } = tagDoc(doc, model, quotes, stacked);
  let drafts = attach(tokens, labels, runsOf(labels, unitOf), options);
  drafts = drafts.map((d) => sourceWithWholeName(tokens, appositionBeforeSource(tokens, d)));
  // the rule-based extractor: merged with the tagger's in hybrid mode, and a second opinion for the ranker
  const rules = options.mode === 'hybrid' || options.contentRanker ? extractAttributions(doc, RULE_OPTIONS) : [];
  // the rules' attributions as the drafts they would have been: the ranker's second opinion, and what the filter scores
  const ruleDrafts = rules.map((a) => draftOf(tokens, a));
  if (options.contentRanker && drafts.length > 0) {
    drafts = refineDrafts(rankerDoc(tokens, labels, unitOf, quotes, ruleSpans(ruleDrafts), clusters), drafts, contentRankerModel(options.rankerModel));
  }
  const learned = options.learnedFilter ? filterModel(options.filterModel) : undefined;
  if (learned) drafts = drafts.filter((d) => filterScore(learned, draftFeatures(tokens, d, learned.bits)) >= options.filterMin);
  const tagged = toAttributions(doc.text, tokens, drafts, reading).filter(
    (a) =>
      plausible(doc, tokens, a, learned ? 0 : options.minCueP) &&
      (learned !== undefined || !options.requireSource || a.source !== null) &&
      (!options.speakerSources || !a.source || speakingSource(tokens, a.source)) &&
      !anonymityAside(a.cue.text, a.content.text) &&
      !anonymityReason(reading, a) &&
      // (what the speaker left unsaid is no part of a cue: "the Kremlin said, | without saying that …"; the rules read the report before it)
      !WITHHELD_IN_CUE.test(a.cue.text),
  );
  // The rules' cue lexicon admits verbs that are cues only now and then ("respond to", "disclose",
  // "offer"); on train, 72 % of their indirect contents are wrong. The filter knows their cue,
  // source and content shape as it knows a tagged draft's. Not a transcript's turn or a headline's
  // speaker ("PENCE: …", "Sanders: …"): the rules read those by the line's shape, and the filter,
  // which learned colons from the tagger's ("Two questions:", "as follows:"), dropped every one
  // on dev (21 gold; 13 linked once they pass). Nor a quotation its cue opens with a colon.
  const kept =
    learned && options.filterRules
      ? rules.filter((a, k) => {
          const d = ruleDrafts[k];
          return !d || a.cue.text === ':' || quotedAfterColon(reading, a) || documentFinding(tokens, a) || absoluteReport(tokens, a) || namingBeyondTrain(a) || filterScore(learned, draftFeatures(tokens, d, learned.bits)) >= options.filterMin;
        })
      : rules;
  // (a content that ran on into another report gives it back before the two compete)
  const [taggedCut, keptCut] = contentsBeforeOtherReports(doc, quotes, tagged, kept);
  const merged =
    options.mode === 'tagger'
      ? tagged
      : options.prefer === 'rules'
        ? combine(keptCut, taggedCut)
        : options.prefer === 'tagger'
          ? combine(taggedCut, keptCut)
          : withSourcesOfSameCue(reading, byCueStrength(taggedCut, rulesBeforeTaggedParticiples(doc, keptCut, taggedCut), (a) => cueStrengthOf(tokens, a)), keptCut);
  const all = options.mode === 'tagger' ? merged : withClosingReports(doc, withRelativeReports(doc, merged, keptCut), quotes);
  return wholeQuotations(doc, repaired(doc, joinContinuedQuotes(doc, joinFramedContent(doc, all), quotes), quotes), quotes);
}

/**
 * "Barkley, who said he typically votes democratic, said one candidate …": the rules' report inside
 * a relative clause ran on over the main clause's verb and lost to its reading of the same
 * strength. Ending with its clause, it clashes with nothing kept and is kept too.
 */
function withRelativeReports(doc: Doc, merged: readonly Attribution[], rules: readonly Attribution[]): Attribution[] {
  const relative = rules.filter((a) => a.source && /^(?:who|which)$/iu.test(a.source.text));
  if (relative.length === 0) return [...merged];
  const cut = contentsInsideTheirRelativeClause(doc, relative).filter((a, k) => a !== relative[k]);
  return cut.length === 0 ? [...merged] : combine(merged, cut);
}

export const attributionTaggerStage = defineStage<AttributionTaggerOptions>({
  name: 'attributions-tagger',
  requires: ['sentences', 'tokens'],
  uses: ['language', 'entities'],
  assigns: ['attributions'],
  options: AttributionTaggerOptions,
  run(doc, options) {
    if (notEnglish(doc)) return { ...doc, attributions: [] };
    return { ...doc, attributions: taggerAttributions(doc, options) };
  },
});
