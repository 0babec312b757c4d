// Reading brat standoff attribution gold (PolNeAR and the seed annotations).
//
//   T1\tCue 105 111\tadmits
//   T5\tContent 10 20;25 40\t…            discontinuous: fragments joined by ";"
//   T4\tAttribution 105 111\tadmits       the event trigger (ignored as a span)
//   E1\tAttribution:T4 Source:T2 Cue:T1 Content:T3
//
// Quirks of PolNeAR handled here: events typed "Attribution-no-source"; a
// second content role "Content2" (merged into the content); events with no
// roles at all (the trigger span then stands for the cue); fragments not in
// text order; span texts holding a newline, whose continuation lines start
// with neither T nor E; `#` annotator notes and other entity types
// (Discard, Discuss), which are skipped.
import type { Range } from './tokens.ts';

export type { Range };

export interface GoldAttribution {
  id: string;
  source: Range[] | null;
  cue: Range[];
  content: Range[] | null;
}

interface TextBound {
  type: string;
  /** Sorted fragments, for scoring. */
  ranges: Range[];
  /** Fragments in the order written: brat joins their texts in this order. */
  written: Range[];
  text: string;
}

export interface BratDoc {
  attributions: GoldAttribution[];
  /** Text-bound annotations by id, kept to check offsets against the text. */
  spans: Map<string, TextBound>;
  warnings: string[];
}

/** A text-bound line: id, type, fragments "s e;s e", text. */
export const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t?(.*)$/u;
const EVENT = /^(E\d+)\t(.*)$/u;

/** Fragments sorted, empty ones dropped, duplicates removed. */
function normalizeRanges(ranges: Range[]): Range[] {
  const sorted = ranges.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return sorted.filter((r, i) => i === 0 || r[0] !== sorted[i - 1]![0] || r[1] !== sorted[i - 1]![1]);
}

/** Parse an .ann file. Offsets are returned as written (see `alignGold` for the text they index). */
export function parseBrat(ann: string): BratDoc {
  const spans = new Map<string, TextBound>();
  const events: Array<{ id: string; args: string[]; line: number }> = [];
  const warnings: string[] = [];
  const lines = ann.split(/\r?\n|\r/u);
  lines.forEach((raw, i) => {
    const line = raw.replace(/^\uFEFF/u, '');
    const t = TEXT_BOUND.exec(line);
    if (t) {
      const ranges = t[3]!.split(';').map((f) => f.split(' ').map(Number) as Range);
      spans.set(t[1]!, { type: t[2]!, ranges: normalizeRanges(ranges), written: ranges, text: t[4]! });
      return;
    }
    const e = EVENT.exec(line);
    if (e) events.push({ id: e[1]!, args: e[2]!.trim().split(/\s+/u), line: i + 1 });
    // Anything else: notes (#), relations, attributes, continuation lines of a multi-line span text.
  });

  const attributions: GoldAttribution[] = [];
  for (const ev of events) {
    const [triggerArg, ...roleArgs] = ev.args;
    const triggerId = triggerArg?.split(':')[1];
    const trigger = triggerId ? spans.get(triggerId) : undefined;
    const roles: Record<'Source' | 'Cue' | 'Content', Range[]> = { Source: [], Cue: [], Content: [] };
    for (const arg of roleArgs) {
      const [roleName, ref] = arg.split(':');
      const role = roleName?.replace(/\d+$/u, ''); // Content2 → Content
      const target = ref ? spans.get(ref) : undefined;
      if (role !== 'Source' && role !== 'Cue' && role !== 'Content') {
        warnings.push(`line ${ev.line}: ${ev.id}: unknown role "${arg}" ignored`);
        continue;
      }
      if (!target) {
        warnings.push(`line ${ev.line}: ${ev.id}: ${arg} refers to no span`);
        continue;
      }
      roles[role].push(...target.ranges);
    }
    // An event without a Cue role: its trigger was drawn on the cue words.
    const cue = roles.Cue.length > 0 ? roles.Cue : (trigger?.ranges ?? []);
    if (cue.length === 0) {
      warnings.push(`line ${ev.line}: ${ev.id}: no cue and no trigger span; skipped`);
      continue;
    }
    attributions.push({
      id: ev.id,
      source: roles.Source.length > 0 ? normalizeRanges(roles.Source) : null,
      cue: normalizeRanges(cue),
      content: roles.Content.length > 0 ? normalizeRanges(roles.Content) : null,
    });
  }
  return { attributions, spans, warnings };
}

/**
 * brat offsets count code points of the file as written, BOM included; the
 * pipeline's count UTF-16 units of the text with the BOM dropped. Map one to
 * the other (identity for BMP-only text without BOM).
 */
export function offsetMapper(rawText: string): (offset: number) => number {
  const bom = rawText.startsWith('\uFEFF') ? 1 : 0;
  // No `u` flag: it would see a surrogate pair as one code point and never match.
  if (!/[\uD800-\uDBFF]/.test(rawText)) return (o) => Math.max(0, o - bom);
  const units: number[] = []; // code point index → UTF-16 index
  let u = 0;
  for (const ch of rawText) {
    units.push(u);
    u += ch.length;
  }
  units.push(u);
  return (o) => Math.max(0, (units[o] ?? u) - bom);
}

export interface GoldDoc {
  /** The text the offsets index: the .txt content without a leading BOM. */
  text: string;
  attributions: GoldAttribution[];
  warnings: string[];
}

/** Gold attributions of one article, with offsets into the BOM-less text, checked against the span texts of the .ann. */
export function alignGold(ann: string, rawText: string): GoldDoc {
  const doc = parseBrat(ann);
  const map = offsetMapper(rawText);
  const text = rawText.replace(/^\uFEFF/u, '');
  const mapRanges = (rs: Range[]): Range[] => rs.map(([s, e]) => [map(s), map(e)]);
  const warnings = [...doc.warnings];
  for (const [id, span] of doc.spans) {
    const ranges = mapRanges(span.written);
    if (ranges.some(([, e]) => e > text.length)) {
      warnings.push(`${id}: span ${span.written.map((r) => r.join(' ')).join(';')} runs past the end of the text`);
      continue;
    }
    // brat writes the fragments' texts joined by a space; a newline inside ends the line in the .ann.
    const expected = ranges.map(([s, e]) => text.slice(s, e)).join(' ').split(/\r?\n|\r/u)[0];
    if (span.text !== '' && expected !== span.text) {
      warnings.push(`${id}: text at ${span.written.map((r) => r.join(' ')).join(';')} is ${JSON.stringify(expected)}, .ann says ${JSON.stringify(span.text)}`);
    }
  }
  const attributions = doc.attributions.map((a) => ({
    id: a.id,
    source: a.source && mapRanges(a.source),
    cue: mapRanges(a.cue),
    content: a.content && mapRanges(a.content),
  }));
  return { text, attributions, warnings };
}
