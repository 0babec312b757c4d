// From a finished Doc to the published records, validated by the schemas
// (zod's parse also fixes key order, so files diff cleanly between runs).
// The record is validated once; claim lines are built from the validated
// record, field by field in schema order, so they need no second pass.
import {
  ArticleRecord,
  SCHEMA_VERSION,
  type ArticleRecord as ArticleRecordT,
  type ClaimLine as ClaimLineT,
} from '../schemas/index.ts';
import type { Doc } from '../pipeline/doc.ts';

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
  assertOffsets(parsed);
  return parsed;
}

/** Offsets are sacred: fail loudly rather than write a span that does not slice back to its text. */
export function assertOffsets(r: ArticleRecordT): void {
  const t = r.text;
  const check = (s: { start: number; end: number; text: string }, what: string) => {
    if (s.end < s.start || s.end > t.length || s.end - s.start !== s.text.length || !t.startsWith(s.text, s.start)) {
      throw new Error(`${what} [${s.start}, ${s.end}) does not slice back to its text ${JSON.stringify(s.text)}`);
    }
  };
  const checkPart = (p: { text: string; spans: Array<[number, number]> }, what: string) => {
    for (const [s, e] of p.spans) if (e < s || e > t.length) throw new Error(`${what} span [${s}, ${e}) outside the text`);
    const joined = p.spans.map(([s, e]) => t.slice(s, e)).join(' ');
    if (joined !== p.text) throw new Error(`${what} text does not match its spans`);
  };
  r.sentences.forEach((s) => check(s, `sentence ${s.id}`));
  r.entities.forEach((e) => {
    e.mentions.forEach((m) => check(m, `entity ${e.id} mention`));
    e.roles.forEach((m) => check(m, `entity ${e.id} role`));
  });
  r.dates.forEach((d) => check(d, `date ${d.id}`));
  r.quantities.forEach((q) => check(q, `quantity ${q.id}`));
  r.attributions.forEach((a) => {
    checkPart(a.cue, `attribution ${a.id} cue`);
    checkPart(a.content, `attribution ${a.id} content`);
    if (a.source) checkPart(a.source, `attribution ${a.id} source`);
    if (a.channel) checkPart(a.channel, `attribution ${a.id} channel`);
  });
  r.claims.forEach((c) => checkPart(c.statement, `claim ${c.id} statement`));
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
