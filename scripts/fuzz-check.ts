// The invariants every record must satisfy, shared by the property tests and `npm run fuzz`.
import { ArticleRecord } from '../src/schemas/index.ts';

/** Problems with a record (empty when it is sound). */
export function checkRecord(r: ArticleRecord): string[] {
  const problems: string[] = [];
  const parsed = ArticleRecord.safeParse(r);
  if (!parsed.success) problems.push(`schema: ${parsed.error.issues[0]!.message} at ${parsed.error.issues[0]!.path.join('.')}`);
  const t = r.text;
  const span = (what: string, s: { start: number; end: number; text: string }) => {
    if (s.start < 0 || s.end > t.length || s.start > s.end) problems.push(`${what} [${s.start}, ${s.end}) outside the text`);
    else if (t.slice(s.start, s.end) !== s.text) problems.push(`${what} [${s.start}, ${s.end}) does not slice to its text`);
  };
  const part = (what: string, p: { text: string; spans: Array<[number, number]> }) => {
    for (const [s, e] of p.spans) if (s < 0 || e > t.length || s >= e) problems.push(`${what} span [${s}, ${e}) invalid`);
    if (p.spans.map(([s, e]) => t.slice(s, e)).join(' ') !== p.text) problems.push(`${what} text does not match its spans`);
  };
  r.sentences.forEach((s) => span(`sentence ${s.id}`, s));
  r.dates.forEach((d) => span(`date ${d.id}`, d));
  r.quantities.forEach((q) => span(`quantity ${q.id}`, q));
  r.entities.forEach((e) => [...e.mentions, ...e.roles].forEach((m) => span(`entity ${e.id}`, m)));
  r.attributions.forEach((a) => [a.cue, a.content, ...(a.source ? [a.source] : [])].forEach((p) => part(`attribution ${a.id}`, p)));
  r.claims.forEach((c) => part(`claim ${c.id}`, c.statement));
  // an attribution's source, cue and content never overlap one another, nor sentences each other
  // (session 36: a span widened over a link's other mark could take in its own cue)
  const overlap = (x: [number, number], y: [number, number]) => x[0] < y[1] && y[0] < x[1];
  for (const a of r.attributions) {
    const parts = [a.cue, a.content, ...(a.source ? [a.source] : [])];
    parts.forEach((p, i) => parts.slice(i + 1).forEach((q) => {
      if (p.spans.some((x) => q.spans.some((y) => overlap(x, y)))) problems.push(`attribution ${a.id}: two of its parts overlap`);
    }));
  }
  const sentences = [...r.sentences].sort((a, b) => a.start - b.start);
  for (let k = 1; k < sentences.length; k++) if (sentences[k]!.start < sentences[k - 1]!.end) problems.push(`sentences ${sentences[k - 1]!.id} and ${sentences[k]!.id} overlap`);
  for (const [name, items] of [['sentences', r.sentences], ['entities', r.entities], ['dates', r.dates], ['quantities', r.quantities], ['attributions', r.attributions], ['claims', r.claims]] as const) {
    const ids = (items as ReadonlyArray<{ id: string }>).map((x) => x.id);
    if (new Set(ids).size !== ids.length) problems.push(`duplicate ${name} ids`);
  }
  return problems;
}
