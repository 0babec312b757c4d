// The document that travels through the stages. The text never changes;
// each stage returns a new Doc with its annotations added beside it.
import type {
  ArticleMeta,
  Attribution,
  Claim,
  DateExpr,
  Entity,
  Message,
  Quantity,
  SegmentKind,
  Sentence,
  Severity,
} from '../schemas/index.ts';
import type { Token } from '../nlp/wink.ts';
import { lineColumn } from '../text/spans.ts';
import type { MarkPair } from '../text/atoms.ts';

export interface Segment {
  index: number;
  start: number;
  end: number;
  kind: SegmentKind;
}

export interface Doc {
  readonly article: ArticleMeta;
  readonly text: string;
  /**
   * The text as the stages read it: the same length as `text`, offset for
   * offset, with an HTML body's tags blanked and its entities as their
   * characters (src/text/html.ts), Markdown syntax blanked
   * (src/text/markdown.ts), the soft line breaks of a hard-wrapped article made
   * spaces (src/text/line-wrap.ts) and, in an article that quotes with single
   * marks, single and double marks swapped (src/text/quote-style.ts), and
   * wire copy's quoting '' read as " (src/text/wire-marks.ts). Set by
   * the segment stage, only when it differs from `text`; read it through
   * `analysisText(doc)` wherever words are read (tokens, names, dates, units,
   * quotations). Output spans are sliced from `text`.
   */
  readonly analysisText?: string;
  /**
   * Ranges of `text` the reading replaced by one character (HTML entities,
   * src/text/html.ts; wire copy's doubled apostrophes, src/text/wire-marks.ts),
   * sorted: output spans are widened so as not to cut them.
   */
  readonly readingAtoms?: ReadonlyArray<readonly [number, number]>;
  /**
   * The opening and closing marks of each Markdown link and emphasis (src/text/markdown.ts) and
   * each HTML inline element in one paragraph (src/text/html.ts) the reading blanked, sorted by
   * where they open: an output span holding one takes in the other where no word stands
   * between (not a sentence).
   */
  readonly readingPairs?: ReadonlyArray<MarkPair>;
  /** "en", or "other" when the language stage found the text is not English. */
  readonly language?: string;
  readonly segments?: readonly Segment[];
  readonly tokens?: readonly Token[];
  readonly sentences?: readonly Sentence[];
  /** Token index range [first, last] of each sentence, parallel to `sentences`. */
  readonly sentenceTokens?: ReadonlyArray<readonly [number, number]>;
  readonly entities?: readonly Entity[];
  readonly dates?: readonly DateExpr[];
  readonly quantities?: readonly Quantity[];
  readonly attributions?: readonly Attribution[];
  readonly claims?: readonly Claim[];
  readonly messages: readonly Message[];
}

/** The annotation layers a stage can require or assign. */
export const LAYERS = [
  'language',
  'segments',
  'tokens',
  'sentences',
  'entities',
  'dates',
  'quantities',
  'attributions',
  'claims',
] as const;
export type Layer = (typeof LAYERS)[number];

/** The text the stages analyse: the segment stage's reading when it made one, else the text. */
export function analysisText(doc: Doc): string {
  return doc.analysisText ?? doc.text;
}

export function newDoc(article: ArticleMeta, text: string, messages: Message[] = []): Doc {
  return { article, text, messages };
}

/** Build a message with line/column derived from its offset (the one place that does). */
export function message(
  text: string,
  m: { ruleId: string; reason: string; severity?: Severity; stage?: string | null; start?: number | null; end?: number | null },
): Message {
  const start = m.start ?? null;
  const lc = start === null ? null : lineColumn(text, start);
  return {
    ruleId: m.ruleId,
    reason: m.reason,
    severity: m.severity ?? 'warning',
    stage: m.stage ?? null,
    start,
    end: m.end ?? null,
    line: lc?.line ?? null,
    column: lc?.column ?? null,
  };
}

export function need<K extends keyof Doc>(doc: Doc, key: K, stage: string): NonNullable<Doc[K]> {
  const v = doc[key];
  if (v === undefined) throw new Error(`stage "${stage}" needs "${String(key)}", which no earlier stage assigned`);
  return v as NonNullable<Doc[K]>;
}
