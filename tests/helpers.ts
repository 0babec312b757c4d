// Run the real pipeline on a piece of text, as the batch job does.
import { buildPipeline, runPipeline } from '../src/pipeline/load.ts';
import { newDoc, type Doc } from '../src/pipeline/doc.ts';
import { sha256 } from '../src/corpus/article.ts';
import { toRecord } from '../src/batch/record.ts';
import type { ArticleRecord } from '../src/schemas/index.ts';
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
