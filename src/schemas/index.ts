// The single source of truth for every record the pipeline writes.
// TypeScript types come from z.infer; the published JSON Schema from
// z.toJSONSchema (see `npm run schema`). Change a shape here and nowhere else.
import { z } from 'zod';

export const SCHEMA_VERSION = '1.1.0';

/** Character offsets into `record.text`, end exclusive; `text === record.text.slice(start, end)`. */
export const Span = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
  })
  .meta({ id: 'Span', description: 'A contiguous piece of the article text: text === record.text.slice(start, end).' });
export type Span = z.infer<typeof Span>;

/** A possibly discontinuous piece of text (a quote interrupted by its cue, say). */
export const Part = z
  .object({
    text: z.string().describe('The fragments joined by a single space.'),
    spans: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).min(1),
  })
  .meta({ id: 'Part', description: 'One or more [start, end) fragments of the text, in text order.' });
export type Part = z.infer<typeof Part>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** vfile-style message: stages report, the runner decides. */
export const Message = z
  .object({
    ruleId: z.string().describe('Stable identifier of the check, e.g. "segment/heading" or "read/invalid-utf8".'),
    reason: z.string().describe('What happened, in words a person understands.'),
    severity: Severity,
    stage: z.string().nullable().describe('The stage that reported it, or null for the reader.'),
    start: z.number().int().nonnegative().nullable(),
    end: z.number().int().nonnegative().nullable(),
    line: z.number().int().positive().nullable().describe('1-based line of `start`.'),
    column: z.number().int().positive().nullable().describe('1-based column of `start`.'),
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof Message>;

export const SegmentKind = z.enum(['prose', 'heading', 'boilerplate']);
export type SegmentKind = z.infer<typeof SegmentKind>;

export const Sentence = Span.extend({
  id: z.string().describe('"s1", "s2", … in text order.'),
  segment: z.number().int().nonnegative().describe('Index of the line/paragraph segment holding the sentence.'),
  kind: SegmentKind.describe('prose, or a heading / boilerplate line, which never yields claims.'),
}).meta({ id: 'Sentence' });
export type Sentence = z.infer<typeof Sentence>;

export const EntityType = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'PRODUCT', 'EVENT']);
export type EntityType = z.infer<typeof EntityType>;

export const MentionKind = z.enum(['name', 'pronoun', 'demonym']);
export const Mention = Span.extend({
  kind: MentionKind.describe('name: a proper name; pronoun: a resolved pronoun speaker; demonym: an adjective form ("Russian").'),
}).meta({ id: 'Mention' });
export type Mention = z.infer<typeof Mention>;

export const Entity = z
  .object({
    id: z.string().describe('"e1", "e2", … in order of first mention.'),
    name: z.string().describe('Canonical name: the fullest proper name seen in the article, without titles; a dotted abbreviation by its full name ("U.S." → "United States").'),
    type: EntityType,
    roles: z.array(Span).describe('Stated roles or titles ("White House spokesperson").'),
    mentions: z.array(Mention).min(1),
  })
  .meta({ id: 'Entity' });
export type Entity = z.infer<typeof Entity>;

export const TimexType = z.enum(['DATE', 'TIME', 'DURATION', 'SET']);
export const DateExpr = Span.extend({
  id: z.string().describe('"d1", "d2", … in text order.'),
  type: TimexType,
  value: z
    .string()
    .nullable()
    .describe('TIMEX3-style ISO value: 2024-12-25, 2024-12, 2024-W52, 2024, 199X, P1M, T14:00, …; null when it cannot be resolved.'),
  anchor: z
    .enum(['absolute', 'publishedAt', 'event', 'none'])
    .describe('What a relative expression was resolved against.'),
}).meta({ id: 'DateExpr' });
export type DateExpr = z.infer<typeof DateExpr>;

export const Quantity = Span.extend({
  id: z.string().describe('"q1", "q2", … in text order.'),
  value: z.number().nullable().describe('The number, when it can be read ("two" → 2, "38" → 38).'),
  approximate: z.boolean().describe('Hedged by "about", "nearly", "some", …'),
  unit: z.string().nullable().describe('What is counted or measured ("passengers", "meters"), as written.'),
}).meta({ id: 'Quantity' });
export type Quantity = z.infer<typeof Quantity>;

export const AttributionKind = z.enum(['direct', 'indirect', 'mixed', 'according-to']);
export type AttributionKind = z.infer<typeof AttributionKind>;

export const Speaker = z
  .object({ entityId: z.string(), name: z.string() })
  .meta({ id: 'Speaker', description: 'The canonical entity the source refers to.' });

export const Attribution = z
  .object({
    id: z.string().describe('"a1", "a2", … in text order of the cue.'),
    kind: AttributionKind.describe(
      'direct: the content is a quotation; indirect: reported speech; mixed: paraphrase with quoted fragments; according-to: "According to X, …".',
    ),
    cue: Part,
    source: Part.nullable(),
    content: Part,
    speaker: Speaker.optional(),
    channel: Part.optional().describe('Where it was said, when stated ("in a video message via the Tass news agency").'),
  })
  .meta({ id: 'Attribution' });
export type Attribution = z.infer<typeof Attribution>;

export const Modality = z
  .enum(['asserted', 'hedged', 'negated'])
  .describe(
    'hedged: a hedging cue or word ("suggested", "may have"), or a report at second hand ("reportedly told"); negated: a denying or refusing cue ("denied", "declined to"), a report negated in or right before its cue ("did not say"), or a negation in the statement (not certainty: "no doubt that", "no question that", "not only"); else asserted.',
  );
export const ClaimSpeaker = z
  .object({
    name: z.string(),
    type: z.union([EntityType, z.enum(['ARTICLE', 'UNKNOWN', 'OTHER'])]),
    entityId: z.string().nullable(),
  })
  .meta({ id: 'ClaimSpeaker' });

export const ClaimSaidAt = z
  .object({
    dateId: z
      .string()
      .nullable()
      .describe(
        'The date or time expression that says when it was said: right after the cue ("said on Tuesday"), between the source and the cue ("The ministry on Tuesday published …") or opening the sentence ("In a statement on Friday, …"), or that of an earlier report of the same source in the same sentence ("said on Thursday that … and warned that …"); null when there is none.',
      ),
    value: z
      .string()
      .nullable()
      .describe("That expression's ISO value; without one, the article's publishedAt (it was said no later than that); null when neither is known."),
    from: z.enum(['report', 'publishedAt', 'none']).describe('Where `value` comes from: the report\'s own date expression, the publication date, or nothing.'),
  })
  .meta({ id: 'ClaimSaidAt' });

export const Claim = z
  .object({
    id: z.string().describe('"c1", "c2", … in text order of the statement.'),
    origin: z.enum(['attribution', 'article']).describe('attribution: someone in the article said it; article: the article states it itself.'),
    attributionId: z.string().nullable(),
    speaker: ClaimSpeaker,
    statement: Part,
    cue: z.string().nullable().describe('Lemma of the cue ("say", "according to"); null for the article\'s own statements.'),
    kind: AttributionKind.nullable(),
    modality: Modality,
    entities: z.array(z.string()).describe('Ids of the entities mentioned inside the statement.'),
    dates: z.array(z.string()),
    quantities: z.array(z.string()),
    saidAt: ClaimSaidAt.describe('When it was said (an article claim: when the article was published).'),
  })
  .meta({ id: 'Claim' });
export type Claim = z.infer<typeof Claim>;

export const ArticleMeta = z
  .object({
    id: z.string(),
    title: z.string().nullable(),
    publisher: z.string().nullable(),
    url: z.string().nullable(),
    publishedAt: z.iso.date().nullable().describe('ISO date (YYYY-MM-DD); anchors relative dates.'),
    language: z.string().nullable(),
    sourcePath: z.string().describe('The input path, relative to the working directory when inside it.'),
    sha256: z.string().describe('SHA-256 of the UTF-8 body text (the `text` field).'),
  })
  .meta({ id: 'ArticleMeta' });
export type ArticleMeta = z.infer<typeof ArticleMeta>;

export const ArticleRecord = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    article: ArticleMeta,
    text: z.string().describe('The body exactly as read (BOM dropped); every offset indexes it.'),
    sentences: z.array(Sentence),
    entities: z.array(Entity),
    dates: z.array(DateExpr),
    quantities: z.array(Quantity),
    attributions: z.array(Attribution),
    claims: z.array(Claim),
    messages: z.array(Message),
  })
  .meta({ id: 'ArticleRecord', description: 'output/articles/<id>.json' });
export type ArticleRecord = z.infer<typeof ArticleRecord>;

/** One line of output/claims.jsonl: a claim that stands on its own. */
export const ClaimLine = z
  .object({
    articleId: z.string(),
    claimId: z.string().describe('"<articleId>#c<n>", unique across the run.'),
    origin: Claim.shape.origin,
    speaker: ClaimSpeaker,
    statement: z.string(),
    spans: Part.shape.spans,
    cue: z.string().nullable(),
    kind: AttributionKind.nullable(),
    modality: Modality,
    publishedAt: z.iso.date().nullable(),
    saidAt: z.string().nullable().describe("When it was said: the claim's saidAt value (ISO), the report's own date or the publication date."),
    entities: z.array(z.object({ id: z.string(), name: z.string(), type: EntityType })),
    dates: z.array(z.object({ text: z.string(), type: TimexType, value: z.string().nullable() })),
  })
  .meta({ id: 'ClaimLine', description: 'output/claims.jsonl, one per line' });
export type ClaimLine = z.infer<typeof ClaimLine>;

export const ManifestEntry = z.object({
  input: z.string().describe('The input file: its path relative to the working folder when inside it, else as found, with / between folders.'),
  id: z
    .string()
    .nullable()
    .describe("The article id (its file name without .md or .txt); a failed input's is the id its file name gives, null when that name is no safe id."),
  status: z.enum(['processed', 'skipped', 'failed', 'removed']),
  output: z.string().nullable(),
  reason: z.string().nullable(),
  line: z.number().int().positive().nullable(),
  column: z.number().int().positive().nullable(),
  fingerprint: z
    .string()
    .nullable()
    .describe('Hash of the input bytes, publication date, pipeline and code: an unchanged fingerprint lets a rerun keep the record.'),
  counts: z
    .object({
      sentences: z.number().int(),
      entities: z.number().int(),
      dates: z.number().int(),
      quantities: z.number().int(),
      attributions: z.number().int(),
      claims: z.number().int(),
      messages: z.number().int(),
    })
    .nullable(),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;

export const Manifest = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    pipeline: z.object({ name: z.string(), path: z.string(), stages: z.array(z.string()), sha256: z.string() }),
    codeVersion: z.string().describe('Hash of the sources, learned lexicons, models and lockfile that made this output.'),
    inputs: z.array(z.string()),
    entries: z.array(ManifestEntry),
    processed: z.number().int(),
    skipped: z.number().int(),
    failed: z.number().int(),
    removed: z.number().int(),
    counts: z.object({ articles: z.number().int(), claims: z.number().int(), attributions: z.number().int() }),
    claimsSha256: z.string().describe('SHA-256 of claims.jsonl as written by this run.'),
  })
  .meta({ id: 'Manifest', description: 'output/manifest.json' });
export type Manifest = z.infer<typeof Manifest>;

/** Schemas published to output/schema/<id>.json by `npm run schema`. */
export const PUBLISHED_SCHEMAS = { ArticleRecord, ClaimLine, Manifest } as const;
