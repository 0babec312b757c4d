// Entity and date scoring against silver spans (Stanford CoreNLP output in
// brat form: PolNeAR's entities-corenlp/). Our types map onto CoreNLP's four
// classes; dates are matched by span (exact, or first token) and by value.
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { ArticleRecord } from '../schemas/index.ts';
import { CLASS_OF, NER_CLASSES, type NerClass } from '../entities/classes.ts';

export { CLASS_OF };
export const ENTITY_CLASSES = NER_CLASSES;
export type EntityClass = NerClass;
export const DATE_CLASSES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;

export interface SilverSpan {
  type: string;
  start: number;
  end: number;
  /** CoreNLP's normalised TIMEX value, for temporal spans. */
  value: string | null;
}

/** Parse `T1\tPERSON 21 36\tHillary Clinton` lines and their `#N AnnotatorNotes TN value` notes. */
export function parseSilver(ann: string, shift = 0): SilverSpan[] {
  const byId = new Map<string, SilverSpan>();
  const notes = new Map<string, string>();
  for (const line of ann.split(/\r?\n/u)) {
    const t = /^(T\d+)\t(\S+) (\d+) (\d+)\t/u.exec(line);
    if (t) {
      byId.set(t[1]!, { type: t[2]!, start: Number(t[3]) - shift, end: Number(t[4]) - shift, value: null });
      continue;
    }
    const n = /^#\d+\tAnnotatorNotes (T\d+)\t(.*)$/u.exec(line);
    if (n) notes.set(n[1]!, n[2]!.trim());
  }
  for (const [id, v] of notes) {
    const s = byId.get(id);
    if (s) s.value = v;
  }
  return [...byId.values()];
}

/** Silver spans of one article; `bom` when the raw .txt starts with a BOM (our text drops it). */
export async function readSilver(annPath: string, bom: boolean): Promise<SilverSpan[]> {
  return parseSilver(await readFile(annPath, 'utf8'), bom ? 1 : 0);
}

export interface Prf {
  tp: number;
  pred: number;
  gold: number;
}

const prf = (): Prf => ({ tp: 0, pred: 0, gold: 0 });

export function f1(c: Prf): { precision: number | null; recall: number | null; f1: number | null } {
  const precision = c.pred ? c.tp / c.pred : null;
  const recall = c.gold ? c.tp / c.gold : null;
  return { precision, recall, f1: c.pred + c.gold ? (2 * c.tp) / (c.pred + c.gold) : null };
}

export interface EntityScores {
  docs: number;
  entities: Record<EntityClass | 'ALL', Prf>;
  dates: { exact: Prf; firstToken: Prf; byType: Record<string, Prf>; valueAgree: number; valueComparable: number };
  /** Most frequent misses and spurious spans, for --errors. */
  missed: Map<string, number>;
  spurious: Map<string, number>;
}

export function emptyEntityScores(): EntityScores {
  return {
    docs: 0,
    entities: { PERSON: prf(), ORGANIZATION: prf(), LOCATION: prf(), MISC: prf(), ALL: prf() },
    dates: { exact: prf(), firstToken: prf(), byType: Object.fromEntries(DATE_CLASSES.map((t) => [t, prf()])), valueAgree: 0, valueComparable: 0 },
    missed: new Map(),
    spurious: new Map(),
  };
}

/**
 * The first word of a date span, after a leading "the" ("the 1990s" ~ "1990s"):
 * CoreNLP takes the article in or leaves it out from one phrase to the next.
 */
export const firstWord = (text: string, start: number, end: number): [number, number] => {
  const span = text.slice(start, end);
  const the = /^the\s+/iu.exec(span);
  const from = the ? the[0].length : 0;
  const m = /[\p{L}\p{N}]+/u.exec(span.slice(from));
  return m ? [start + from + m.index, start + from + m.index + m[0].length] : [start, end];
};

/** A CoreNLP value we can compare: a full ISO day, month, year, week or duration without unknowns. */
export function comparableValue(v: string | null): boolean {
  return !!v && !/X/u.test(v) && /^(\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|P[\dT].*)$/u.test(v);
}

/**
 * What the entity scores read of a record: its text, entities and dates, so that a record of an
 * earlier schema version (before `claims[].saidAt`) is still scored.
 */
export const ScoredRecord = ArticleRecord.pick({ text: true, entities: true, dates: true });
export type ScoredRecord = z.infer<typeof ScoredRecord>;

export function scoreEntitiesOf(record: ScoredRecord, silver: readonly SilverSpan[], into: EntityScores): void {
  into.docs++;
  const text = record.text;
  // entities: exact span and class
  const goldEnt = new Set(silver.filter((s) => (ENTITY_CLASSES as readonly string[]).includes(s.type)).map((s) => `${s.type}:${s.start}:${s.end}`));
  const predEnt = new Set<string>();
  for (const e of record.entities) {
    for (const m of e.mentions) if (m.kind !== 'pronoun') predEnt.add(`${CLASS_OF[e.type]}:${m.start}:${m.end}`);
  }
  for (const cls of [...ENTITY_CLASSES, 'ALL'] as const) {
    const g = [...goldEnt].filter((k) => cls === 'ALL' || k.startsWith(`${cls}:`));
    const p = [...predEnt].filter((k) => cls === 'ALL' || k.startsWith(`${cls}:`));
    const c = into.entities[cls];
    c.gold += g.length;
    c.pred += p.length;
    c.tp += p.filter((k) => goldEnt.has(k)).length;
  }
  const label = (k: string) => {
    const [cls, s, e] = k.split(':');
    return `${cls} ${text.slice(Number(s), Number(e))}`;
  };
  for (const k of goldEnt) if (!predEnt.has(k)) into.missed.set(label(k), (into.missed.get(label(k)) ?? 0) + 1);
  for (const k of predEnt) if (!goldEnt.has(k)) into.spurious.set(label(k), (into.spurious.get(label(k)) ?? 0) + 1);

  // dates: any temporal type, matched by span; type and value checked on matches
  const goldDates = silver.filter((s) => (DATE_CLASSES as readonly string[]).includes(s.type));
  const d = into.dates;
  d.exact.gold += goldDates.length;
  d.firstToken.gold += goldDates.length;
  d.exact.pred += record.dates.length;
  d.firstToken.pred += record.dates.length;
  for (const t of DATE_CLASSES) {
    d.byType[t]!.gold += goldDates.filter((g) => g.type === t).length;
    d.byType[t]!.pred += record.dates.filter((p) => p.type === t).length;
  }
  const usedExact = new Set<number>();
  const usedFirst = new Set<number>();
  for (const p of record.dates) {
    const gi = goldDates.findIndex((g, k) => !usedExact.has(k) && g.start === p.start && g.end === p.end);
    if (gi >= 0) {
      usedExact.add(gi);
      d.exact.tp++;
      const g = goldDates[gi]!;
      if (g.type === p.type) d.byType[g.type]!.tp++;
      if (comparableValue(g.value)) {
        d.valueComparable++;
        if (g.value === p.value) d.valueAgree++;
      }
    }
    const pf = firstWord(text, p.start, p.end);
    const gj = goldDates.findIndex((g, k) => {
      if (usedFirst.has(k)) return false;
      const gf = firstWord(text, g.start, g.end);
      return gf[0] === pf[0] && gf[1] === pf[1];
    });
    if (gj >= 0) {
      usedFirst.add(gj);
      d.firstToken.tp++;
    }
  }
}

export function formatEntityScores(s: EntityScores, maxExamples: number): string {
  const pct = (x: number | null) => (x === null ? '-' : (x * 100).toFixed(1));
  const row = (name: string, c: Prf) => {
    const r = f1(c);
    return `${name.padEnd(14)}${String(c.gold).padStart(6)}${String(c.pred).padStart(6)}${pct(r.precision).padStart(8)}${pct(r.recall).padStart(8)}${pct(r.f1).padStart(8)}`;
  };
  const lines = [
    `entities vs CoreNLP silver (exact span and class), ${s.docs} docs`,
    `${'class'.padEnd(14)}${'gold'.padStart(6)}${'pred'.padStart(6)}${'P'.padStart(8)}${'R'.padStart(8)}${'F1'.padStart(8)}`,
    ...ENTITY_CLASSES.map((c) => row(c, s.entities[c])),
    row('all four', s.entities.ALL),
    '',
    'dates vs CoreNLP silver DATE/TIME/DURATION/SET',
    row('exact span', s.dates.exact),
    row('first token', s.dates.firstToken),
    ...DATE_CLASSES.map((t) => row(`  ${t} (typed)`, s.dates.byType[t]!)),
    `value agreement where CoreNLP's value is fully specified: ${s.dates.valueAgree}/${s.dates.valueComparable} (${pct(s.dates.valueComparable ? s.dates.valueAgree / s.dates.valueComparable : null)}%)`,
  ];
  if (maxExamples > 0) {
    const top = (m: Map<string, number>) =>
      [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, maxExamples).map(([k, n]) => `  ${String(n).padStart(4)}  ${k}`);
    lines.push('', 'most missed entity spans:', ...top(s.missed), '', 'most spurious entity spans:', ...top(s.spurious));
  }
  return lines.join('\n');
}

export function entityScoresJson(s: EntityScores): unknown {
  return {
    docs: s.docs,
    entities: Object.fromEntries(Object.entries(s.entities).map(([k, c]) => [k, { ...c, ...f1(c) }])),
    dates: {
      exact: { ...s.dates.exact, ...f1(s.dates.exact) },
      firstToken: { ...s.dates.firstToken, ...f1(s.dates.firstToken) },
      byType: Object.fromEntries(Object.entries(s.dates.byType).map(([k, c]) => [k, { ...c, ...f1(c) }])),
      valueAgreement: { agree: s.dates.valueAgree, comparable: s.dates.valueComparable },
    },
  };
}
