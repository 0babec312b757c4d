// A quotation that goes on after its reporting clause, in the next sentence of
// the same paragraph: "“This is a disgusting day,” said Rep. G.K. Butterfield
// (D-N.C.), head of the Congressional Black Caucus. “Donald Trump is a
// disgusting fraud. …”" The second quotation has no cue of its own; PolNeAR
// (and the reader) give it to the same speaker, as one content in two spans.
import { analysisText, need, type Doc } from '../pipeline/doc.ts';
import type { Attribution } from '../schemas/index.ts';
import { indexContaining, lowerBound, partitionPoint } from '../text/search.ts';
import { reportsClause } from './cues.ts';
import { reportingParticiple } from './phrases.ts';
import { part, partEnd, partStart, trimRange } from '../text/spans.ts';
import { kindOf } from '../tagger/decode.ts';
import { contentEnd as contentEndAt, withContent } from './draft.ts';
import { IntervalSet, intervalsOf } from '../tagger/hybrid.ts';
import { firstRegionFrom, isQuoteMark, quoteRegions, regionAt, regionEndingAt, regionStartingAt, SPEAKER_TURN, type QuoteRegion } from './quotes.ts';

/** The end of a content that is a closed quotation: “…,” or “…”, (the comma inside or out). */
const CLOSED_QUOTE_END = /(?:["”]|'')[,.]?$/u;

/**
 * Where the reporting clause of a quotation closed before it ends ("“…,” said X."), or -1: only
 * such a quotation may go on after its clause (a clause after the cue ends its own sentence).
 */
function quotationFrameEnd(reading: string, a: Attribution): number {
  if (a.kind !== 'direct' && a.kind !== 'mixed') return -1;
  const frameStart = Math.min(a.source ? partStart(a.source) : Infinity, partStart(a.cue));
  const contentEnd = partEnd(a.content);
  if (contentEnd > frameStart || !CLOSED_QUOTE_END.test(reading.slice(Math.max(0, contentEnd - 3), contentEnd))) return -1;
  return Math.max(a.source ? partEnd(a.source) : -1, partEnd(a.cue));
}

/**
 * Whether `holder` is a participle set after `a`'s reporting clause, in its
 * sentence: "“…,” said Caddell, speaking of Clinton’s health issue. “…”". The
 * tagger gives it the quotation after the sentence (the nearest cue), but the
 * quotation goes on from `a`'s. In PolNeAR train and dev, of the 10 such
 * quotations a participle held in the pipeline's output, 3 of the 4 whose
 * participle takes an object ("referring to the debate") or a wh-clause went
 * on from the main quotation, and 4 of the 6 after "adding that …" went on
 * from the participle's own clause.
 */
function adjunctOf(reading: string, holder: Attribution, frameEnd: number, sentenceEnd: number): boolean {
  const cueStart = partStart(holder.cue);
  if (cueStart < frameEnd || cueStart >= sentenceEnd || holder.content.spans.length < 2) return false;
  if (!/^\s*,\s*$/u.test(reading.slice(frameEnd, cueStart)) || !/^\p{Ll}+ing\b/u.test(holder.cue.text)) return false;
  // "…, adding that …": a participle reporting a clause of its own may be what the quotation goes on with
  return !/^\s*that\b/iu.test(reading.slice(holder.content.spans[0]![0], holder.content.spans[0]![1]));
}

export function joinContinuedQuotes(doc: Doc, attributions: readonly Attribution[], quotes: readonly QuoteRegion[] = quoteRegions(analysisText(doc))): Attribution[] {
  const sentences = need(doc, 'sentences', 'attributions-tagger');
  const reading = analysisText(doc);
  const out = [...attributions];
  let taken: IntervalSet | undefined;
  let frames: IntervalSet | undefined;
  /** Attributions by the start of each content span (to find who holds a quotation). */
  let holders: Map<number, number[]> | undefined;
  /** Quotations joined in this pass (by start): two frames in one sentence may not both take one. */
  const joined = new Set<number>();
  attributions.forEach((a, ai) => {
    const frameEnd = quotationFrameEnd(reading, a);
    if (frameEnd < 0) return;
    const k = indexContaining(sentences, frameEnd - 1);
    const sentence = sentences[k];
    if (!sentence || sentence.kind !== 'prose') return;
    const spans: Array<[number, number]> = [...a.content.spans];
    for (let next = k + 1; next < sentences.length; ) {
      const s = sentences[next]!;
      if (s.segment !== sentence.segment || s.kind !== 'prose') break;
      const region = regionStartingAt(quotes, s.start);
      if (!region || !region.closed) break;
      const r: [number, number] = [region.start, region.end];
      if (joined.has(r[0])) break;
      taken ??= new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
      if (taken.overlaps({ text: '', spans: [r] })) {
        // held whole by a participle of this sentence, and by nothing else: it moves over
        frames ??= new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source])));
        holders ??= contentStarts(attributions);
        const by = (holders.get(r[0]) ?? []).filter((h) => out[h]!.content.spans.some(([cs, ce]) => cs === r[0] && ce === r[1]));
        const h = by.length === 1 ? by[0]! : -1;
        if (h < 0 || frames.overlaps({ text: '', spans: [r] }) || !adjunctOf(reading, out[h]!, frameEnd, sentence.end)) break;
        const rest = out[h]!.content.spans.filter(([cs]) => cs !== r[0]);
        out[h] = { ...out[h]!, kind: kindOf(reading, out[h]!.cue.text, rest), content: part(doc.text, rest) };
      }
      spans.push(r);
      joined.add(r[0]);
      // the quotation must fill its sentences: text after it (a cue of its own, "she added") ends the run
      while (next < sentences.length && sentences[next]!.end <= region.end + 1) next++;
      const after = sentences[next];
      if (!after || after.start < region.end) break;
    }
    if (spans.length > a.content.spans.length) out[ai] = { ...a, kind: kindOf(reading, a.cue.text, spans), content: part(doc.text, spans) };
  });
  return out;
}

function contentStarts(attributions: readonly Attribution[]): Map<number, number[]> {
  const byStart = new Map<number, number[]>();
  attributions.forEach((x, i) => {
    for (const [s] of x.content.spans) byStart.set(s, [...(byStart.get(s) ?? []), i]);
  });
  return byStart;
}

/**
 * A paragraph that is a quotation and nothing else, after a paragraph whose last report is
 * someone's: "“We are going to have more boots on the ground,” Whitaker told reporters. ⏎ “We
 * will be looking at every part of the production line. …" News gives it to the last speaker
 * named, and so does PolNeAR: of train's 43 such paragraphs after a reporting clause or an
 * unclosed quotation, 40 are a further span of the previous paragraph's attribution (the pipeline
 * read none of them). A run of such paragraphs goes on to the same speaker. Not a transcript's
 * turn ("“WALLACE: …"), nor a paragraph any reading already holds a part of.
 */
export function joinQuoteParagraphs(doc: Doc, attributions: readonly Attribution[], known?: readonly QuoteRegion[]): Attribution[] {
  const segments = doc.segments ?? [];
  const sentences = doc.sentences ?? [];
  const reading = analysisText(doc);
  const opensOnQuote = (k: number) => {
    const seg = segments[k]!;
    const [a] = trimRange(reading, seg.start, seg.end);
    return isQuoteMark(reading[a]);
  };
  if (attributions.length === 0 || !segments.some((_, k) => k > 0 && opensOnQuote(k))) return [...attributions];
  const quotes = known ?? quoteRegions(reading);
  const out = [...attributions];
  const taken = new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
  // the paragraph of each attribution's cue, and the last one (by cue) of each paragraph
  const segmentAt = (pos: number) => sentences[indexContaining(sentences, pos)]?.segment ?? -1;
  const lastOf = new Map<number, number>();
  out.forEach((a, i) => {
    const s = segmentAt(partStart(a.cue));
    const j = lastOf.get(s);
    if (j === undefined || partStart(out[j]!.cue) < partStart(a.cue)) lastOf.set(s, i);
  });
  /** The paragraph whose last report a quotation paragraph goes on from: the previous one, or the one it went on from. */
  const carried = new Map<number, number>();
  /** Spans each holder gains, by holder. */
  const added = new Map<number, Array<[number, number]>>();
  for (let k = 1; k < segments.length; k++) {
    const seg = segments[k]!;
    if (!opensOnQuote(k)) continue;
    const [a, b] = trimRange(reading, seg.start, seg.end);
    const first = sentences[indexContaining(sentences, a)];
    if (!first || first.segment !== k || first.kind !== 'prose') continue;
    // the quotation fills the paragraph, give or take its full stop (one that runs on over paragraphs, as
    // news writes it, opens again on each: its region began before)
    const region = regionAt(quotes, a + 1);
    if (!region || (region.end < b && !/^[.,;!?]?$/u.test(reading.slice(region.end, b)))) continue;
    if (SPEAKER_TURN.test(reading.slice(a + 1, a + 49)) || taken.overlaps({ text: '', spans: [[a, b]] })) continue;
    const h = carried.get(k - 1) ?? lastOf.get(k - 1);
    if (h === undefined) continue;
    const holder = out[h]!;
    // a quotation's speaker (after an indirect report the quotation is as often another's), not a transcript's turn
    if (!holder.source || (holder.kind !== 'direct' && holder.kind !== 'mixed') || holder.cue.text === ':') continue;
    // in the same marks as the speaker's quotation: an excerpt in other marks is another text's ("“Here comes Big
    // Daddy,” she said. ⏎ "Kevin was snoring.")
    const own = holder.content.spans.map(([x]) => reading[x]).filter(isQuoteMark);
    if (own.length === 0 || own[own.length - 1] !== reading[a]) continue;
    // nothing quoted after the last report of the previous paragraph (its own quotation goes on unclosed, or is closed before the cue)
    const after = Math.max(partEnd(holder.content), partEnd(holder.cue), partEnd(holder.source));
    if (!carried.has(k - 1) && [...reading.slice(after, segments[k - 1]!.end)].some(isQuoteMark)) continue;
    // one span per paragraph, as PolNeAR marks a quotation over several (115 on train; 1 span crosses a line)
    const list = added.get(h) ?? [];
    list.push([a, Math.min(region.end, b)]);
    added.set(h, list);
    carried.set(k, h);
  }
  // each holder's content built once (a run of many paragraphs stays linear)
  for (const [h, extra] of added) {
    const holder = out[h]!;
    const spans: Array<[number, number]> = [...holder.content.spans, ...extra];
    out[h] = withContent(doc, holder, spans);
  }
  return out;
}

/**
 * “Protectionism does not make you more competitive,” he said. “It makes you lazy.”: a quotation
 * that closes on its comma right before a reporting clause (a speaker and a verb, nothing else) is
 * what that clause reports, with the quotation after it. Where a reading before it took the
 * quotation's opening mark and the tagger then gave the speaker only the quotation after the
 * clause, the one before, held by nothing, goes back to it.
 */
export function quotationsBeforeTheirReport(doc: Doc, attributions: readonly Attribution[], known?: readonly QuoteRegion[]): Attribution[] {
  const reading = analysisText(doc);
  let quotes: readonly QuoteRegion[] | undefined = known;
  let taken: IntervalSet | undefined;
  return attributions.map((a) => {
    // "…,” he said. “B”": a quotation right after a reporting clause of a speaker and a verb alone
    if (!a.source || a.kind !== 'direct' || partStart(a.content) < partEnd(a.cue)) return a;
    const [first, second] = partStart(a.source) < partStart(a.cue) ? [a.source, a.cue] : [a.cue, a.source];
    if (reading.slice(partEnd(first), partStart(second)).trim() !== '' || !/^[.,:]?\s*$/u.test(reading.slice(partEnd(second), partStart(a.content)))) return a;
    const frame = partStart(first);
    // a closed quotation ending on ,” / ?” / !” right before the speaker ("…,” he said")
    const before = reading.slice(Math.max(0, frame - 4), frame);
    if (!/[,?!](?:["”]|'')\s*$/u.test(before)) return a;
    quotes ??= quoteRegions(reading);
    const end = frame - (before.length - before.trimEnd().length);
    const region = regionEndingAt(quotes, end);
    if (!region || !region.closed) return a;
    taken ??= new IntervalSet(intervalsOf(attributions.flatMap((x) => [x.cue, x.source, x.content])));
    if (taken.overlaps({ text: '', spans: [[region.start, region.end]] })) return a;
    const spans: Array<[number, number]> = [[region.start, region.end], ...a.content.spans];
    return withContent(doc, a, spans);
  });
}

/** A participle's phrase between a quotation's reporting clause and its second part: ", referring to the 1 percent excuse, ". */
const PARTICIPLE_ASIDE = /^(\s*,\s+)\p{Ll}+ing\b[^"“”]*?,\s*$/u;

/**
 * "“Every time you say that,” Tester said, referring to the 1 percent excuse, “you give
 * ammunition to …”": the quotation goes on after the participle's phrase set off by commas, in
 * the same sentence, and is the speaker's, as PolNeAR marks it (one content in two spans). The
 * tagger gave its second part to the participle ("referring to → the 1 percent excuse, “you give
 * …”"): that reading keeps its phrase, up to the comma before the quotation.
 */
export function quotationsAfterParticipleAsides(doc: Doc, attributions: readonly Attribution[], known?: readonly QuoteRegion[]): Attribution[] {
  const sentences = doc.sentences ?? [];
  const tokens = doc.tokens ?? [];
  const reading = analysisText(doc);
  if (!attributions.some((a) => a.kind === 'direct' || a.kind === 'mixed')) return [...attributions];
  const quotes = known ?? quoteRegions(reading);
  const out = [...attributions];
  // the readings by where their cue starts, to find the participle's between the frame and the quotation
  let byCue: number[] | undefined;
  const dropped = new Set<number>();
  attributions.forEach((a, ai) => {
    const frameEnd = quotationFrameEnd(reading, a);
    if (frameEnd < 0) return;
    const contentEnd = partEnd(a.content);
    const sentence = sentences[indexContaining(sentences, frameEnd - 1)];
    const region = firstRegionFrom(quotes, frameEnd);
    if (!sentence || !region || !region.closed || region.start >= sentence.end) return;
    // (the quotation's sentence goes on: its second part opens in lower case after the first's comma;
    // a participle that reports a clause of its own, "adding, “…”", "arguing that …, “…”", has its own)
    const aside = PARTICIPLE_ASIDE.exec(reading.slice(frameEnd, region.start));
    const participle = aside ? tokens[lowerBound(tokens, frameEnd + aside[1]!.length)] : undefined;
    if (!aside || !participle || /\bthat\b/iu.test(aside[0]) || reportingParticiple(participle) || reportsClause(participle.lemma.toLowerCase())) return;
    if (!/[,]\s*(?:["”]|'')?$/u.test(reading.slice(contentEnd - 3, contentEnd))) return;
    if (!/^(?:["“]|'')\s*\p{Ll}/u.test(reading.slice(region.start, region.start + 4))) return;
    // the participle's reading, whose content runs from its phrase into the quotation, gives the quotation up
    byCue ??= out.map((_, k) => k).sort((x, y) => partStart(out[x]!.cue) - partStart(out[y]!.cue));
    const cues = byCue;
    for (let j = partitionPoint(cues.length, (m) => partStart(out[cues[m]!]!.cue) < frameEnd); j < cues.length && partStart(out[cues[j]!]!.cue) < region.start; j++) {
      const k = cues[j]!;
      const x = out[k]!;
      if (!x.content.spans.some(([s, e]) => s < region.end && region.start < e)) continue;
      const rest = x.content.spans.filter(([s]) => s < region.start).map(([s, e]) => [s, contentEndAt(reading, s, Math.min(e, region.start))] as [number, number]).filter(([s, e]) => e > s);
      if (rest.length > 0) out[k] = withContent(doc, x, rest);
      else dropped.add(k);
    }
    out[ai] = withContent(doc, a, [...a.content.spans, [region.start, region.end]]);
  });
  return dropped.size === 0 ? out : out.filter((_, k) => !dropped.has(k));
}
