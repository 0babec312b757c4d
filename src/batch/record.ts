// From a finished Doc to the published records, validated by the schemas
// (zod's parse also fixes key order, so files diff cleanly between runs).
// The record is validated once; claim lines are built from the validated
// record, field by field in schema order, so they need no second pass.
import {
  ArticleRecord,
  type Part,
  SCHEMA_VERSION,
  type ArticleRecord as ArticleRecordT,
  type ClaimLine as ClaimLineT,
} from '../schemas/index.ts';
import type { Doc } from '../pipeline/doc.ts';
import { widenPart, widenSpan, type Atoms } from '../text/atoms.ts';

export function toRecord(doc: Doc): ArticleRecordT {
  const atoms = doc.readingAtoms ?? [];
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
  // spans widened after parsing: each keeps its keys, in schema order
  const parsed = ArticleRecord.parse(record);
  if (atoms.length > 0) Object.assign(parsed, widened(parsed, atoms));
  assertOffsets(parsed);
  return parsed;
}

/** Every span of a record widened over the reading's atoms it cuts (the places assertOffsets checks). */
function widened(r: ArticleRecordT, atoms: Atoms): ArticleRecordT {
  const t = r.text;
  const sp = <S extends { start: number; end: number; text: string }>(s: S) => widenSpan(t, atoms, s);
  const pt = (p: Part) => widenPart(t, atoms, p);
  return {
    ...r,
    sentences: r.sentences.map(sp),
    entities: r.entities.map((e) => ({ ...e, mentions: e.mentions.map(sp), roles: e.roles.map(sp) })),
    dates: r.dates.map(sp),
    quantities: r.quantities.map(sp),
    attributions: r.attributions.map((a) => ({ ...a, cue: pt(a.cue), content: pt(a.content), source: a.source && pt(a.source), channel: a.channel && pt(a.channel) })),
    claims: r.claims.map((c) => ({ ...c, statement: pt(c.statement) })),
  };
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
