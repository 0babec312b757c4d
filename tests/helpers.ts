// Run the real pipeline on a piece of text, as the batch job does.
import { buildPipeline, runPipeline } from '../src/pipeline/load.ts';
import { newDoc, type Doc } from '../src/pipeline/doc.ts';
import { sha256 } from '../src/corpus/article.ts';
import { toRecord } from '../src/batch/record.ts';
import type { ArticleRecord, Attribution, AttributionKind } from '../src/schemas/index.ts';
import { part } from '../src/text/spans.ts';
import { readFileSync } from 'node:fs';

export const ALL_STAGES = ['language', 'segment', 'sentences', 'entities', 'dates', 'quantities', 'attributions-tagger', 'speakers', 'claims'];

export function annotate(text: string, opts: { stages?: string[]; publishedAt?: string | null; id?: string; language?: string | null } = {}): Doc {
  const stages = opts.stages ?? ALL_STAGES;
  const pipeline = buildPipeline({ name: 'test', stages: stages.map((name) => ({ name })) });
  const article = {
    id: opts.id ?? 'test',
    title: null,
    publisher: null,
    url: null,
    publishedAt: opts.publishedAt === undefined ? '2024-12-28' : opts.publishedAt,
    language: opts.language ?? null,
    sourcePath: 'test.txt',
    sha256: sha256(text),
  };
  return runPipeline(pipeline, newDoc(article, text));
}

export function record(text: string, opts: Parameters<typeof annotate>[1] = {}): ArticleRecord {
  return toRecord(annotate(text, opts));
}

export const seed = (name: '000' | '002'): string =>
  readFileSync(`tests/fixtures/seeds/${name === '000' ? '000_553696576d4a387f' : '002_0995e0179602f20a'}.txt`, 'utf8');

/** One attribution over `text`, its parts given by their first occurrence. */
export function attributionOver(text: string, source: string, cue: string, content: string, kind: AttributionKind = 'indirect'): Attribution {
  const at = (s: string): [number, number] => {
    const i = text.indexOf(s);
    if (i < 0) throw new Error(`"${s}" not in the text`);
    return [i, i + s.length];
  };
  return { id: 'a1', kind, cue: part(text, [at(cue)]), source: part(text, [at(source)]), content: part(text, [at(content)]) };
}

/**
 * [start, end) widened, by reading every pair, until it holds both marks of each pair or neither
 * (what a record does to a span over a link, an emphasis or an inline element: src/text/atoms.ts).
 */
export function balancedOver(pairs: ReadonlyArray<readonly [number, number, number, number]>, start: number, end: number): [number, number] {
  let [s, e] = [start, end];
  for (let changed = true; changed; ) {
    changed = false;
    for (const [os, oe, cs, ce] of pairs) {
      const holdsOpen = s <= os && oe <= e;
      const holdsClose = s <= cs && ce <= e;
      if (holdsOpen && !holdsClose) [e, changed] = [Math.max(e, ce), true];
      if (holdsClose && !holdsOpen) [s, changed] = [Math.min(s, os), true];
    }
  }
  return [s, e];
}
