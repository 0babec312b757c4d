// From a finished Doc to the published records, validated by the schemas
// (zod's parse also fixes key order, so files diff cleanly between runs).
// The record is validated once; claim lines are built from the validated
// record, field by field in schema order, so they need no second pass.
import {
  ArticleRecord,
  type Part,
  type Span,
  SCHEMA_VERSION,
  type ArticleRecord as ArticleRecordT,
  type ClaimLine as ClaimLineT,
} from '../schemas/index.ts';
import type { Doc } from '../pipeline/doc.ts';
import { spanWidener, widenPart, widenSpan } from '../text/atoms.ts';

export function toRecord(doc: Doc): ArticleRecordT {
  const record = {
    schemaVersion: SCHEMA_VERSION,
    article: doc.article,
    text: doc.text,
    sentences: doc.sentences ?? [],
    entities: doc.entities ?? [],
    dates: doc.dates ?? [],
    quantities: doc.quantities ?? [],
    attributions: doc.attributions ?? [],
    claims: doc.claims ?? [],
    messages: doc.messages,
  };
  const parsed = ArticleRecord.parse(record);
  // spans widened after parsing over the reading's atoms and over the other mark of a link, an
  // emphasis or an inline element they hold one of, where no word stands between (a sentence
  // over atoms only: an emphasis may hold two sentences): each keeps its keys, in schema order
  const atoms = doc.readingAtoms ?? [];
  const w = spanWidener(parsed.text, atoms, doc.readingPairs ?? []);
  const wSentence = spanWidener(parsed.text, atoms, []);
  const out = w
    ? mapSpans(
        parsed,
        (s, what) => (what.startsWith('sentence ') ? (wSentence ? widenSpan(parsed.text, wSentence, s) : s) : widenSpan(parsed.text, w, s)),
        (p) => widenPart(parsed.text, w, p),
      )
    : parsed;
  assertOffsets(out);
  return out;
}

/**
 * The record with every span and part passed through `span` and `part`
 * (`what` names the place): the one list of where a record holds spans.
 */
function mapSpans(
  r: ArticleRecordT,
  span: <S extends Span>(s: S, what: string) => S,
  part: (p: Part, what: string) => Part,
): ArticleRecordT {
  return {
    ...r,
    sentences: r.sentences.map((s) => span(s, `sentence ${s.id}`)),
    entities: r.entities.map((e) => ({
      ...e,
      mentions: e.mentions.map((m) => span(m, `entity ${e.id} mention`)),
      roles: e.roles.map((m) => span(m, `entity ${e.id} role`)),
    })),
    dates: r.dates.map((d) => span(d, `date ${d.id}`)),
    quantities: r.quantities.map((q) => span(q, `quantity ${q.id}`)),
    attributions: r.attributions.map((a) => ({
      ...a,
      cue: part(a.cue, `attribution ${a.id} cue`),
      content: part(a.content, `attribution ${a.id} content`),
      source: a.source && part(a.source, `attribution ${a.id} source`),
      channel: a.channel && part(a.channel, `attribution ${a.id} channel`),
    })),
    claims: r.claims.map((c) => ({ ...c, statement: part(c.statement, `claim ${c.id} statement`) })),
  };
}

/** Offsets are sacred: fail loudly rather than write a span that does not slice back to its text. */
export function assertOffsets(r: ArticleRecordT): void {
  const t = r.text;
  mapSpans(
    r,
    (s, what) => {
      if (s.end < s.start || s.end > t.length || s.end - s.start !== s.text.length || !t.startsWith(s.text, s.start)) {
        throw new Error(`${what} [${s.start}, ${s.end}) does not slice back to its text ${JSON.stringify(s.text)}`);
      }
      return s;
    },
    (p, what) => {
      for (const [s, e] of p.spans) if (e < s || e > t.length) throw new Error(`${what} span [${s}, ${e}) outside the text`);
      if (p.spans.map(([s, e]) => t.slice(s, e)).join(' ') !== p.text) throw new Error(`${what} text does not match its spans`);
      return p;
    },
  );
}

/** The claims.jsonl lines of a record validated by toRecord (its parts are already valid, in schema order). */
export function claimLines(r: ArticleRecordT): ClaimLineT[] {
  const entities = new Map(r.entities.map((e) => [e.id, e]));
  const dates = new Map(r.dates.map((d) => [d.id, d]));
  return r.claims.map(
    (c): ClaimLineT => ({
      articleId: r.article.id,
      claimId: `${r.article.id}#${c.id}`,
      origin: c.origin,
      speaker: c.speaker,
      statement: c.statement.text,
      spans: c.statement.spans,
      cue: c.cue,
      kind: c.kind,
      modality: c.modality,
      publishedAt: r.article.publishedAt,
      saidAt: c.saidAt.value,
      entities: c.entities.flatMap((id) => {
        const e = entities.get(id);
        return e ? [{ id: e.id, name: e.name, type: e.type }] : [];
      }),
      dates: c.dates.flatMap((id) => {
        const d = dates.get(id);
        return d ? [{ text: d.text, type: d.type, value: d.value }] : [];
      }),
    }),
  );
}
