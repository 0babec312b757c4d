// One article, start to finish, with no I/O: bytes in, record text and claim
// lines out (or the reason it failed). Runs in the main thread or a worker.
import { parseArticle, type ReadOptions } from '../corpus/article.ts';
import { InputError } from '../corpus/decode.ts';
import { newDoc } from '../pipeline/doc.ts';
import { runPipeline, type LoadedPipeline } from '../pipeline/load.ts';
import type { ManifestEntry } from '../schemas/index.ts';
import { claimLines, toRecord } from './record.ts';
import { stableJson } from './fsutil.ts';
import { lineColumnOfByte } from './position.ts';

export interface ArticleJob {
  index: number;
  /** The input path as shown to people (relative to the working directory when inside it). */
  input: string;
  bytes: Uint8Array;
  read: ReadOptions;
  debug: boolean;
}

export type ArticleResult =
  | {
      index: number;
      ok: true;
      id: string;
      /** The record as written to articles/<id>.json (UTF-8 bytes when it comes from a worker: moved, not copied). */
      json: string | Uint8Array;
      /** Its lines of claims.jsonl (likewise). */
      claims: string | Uint8Array;
      counts: NonNullable<ManifestEntry['counts']>;
      /** Word tokens, for throughput figures. */
      tokens: number;
      /** Milliseconds spent in each stage. */
      stageMs: Record<string, number>;
    }
  | { index: number; ok: false; id: string | null; reason: string; line: number | null; column: number | null };

export function processArticle(job: ArticleJob, pipeline: LoadedPipeline): ArticleResult {
  let id: string | null = null;
  try {
    const read = parseArticle(job.bytes, job.input, job.read);
    id = read.article.id;
    const stageMs: Record<string, number> = {};
    const doc = runPipeline(pipeline, newDoc(read.article, read.text, read.messages), stageMs);
    const record = toRecord(doc);
    const lines = claimLines(record);
    return {
      index: job.index,
      ok: true,
      id,
      json: stableJson(record),
      claims: lines.map((l) => `${JSON.stringify(l)}\n`).join(''),
      counts: {
        sentences: record.sentences.length,
        entities: record.entities.length,
        dates: record.dates.length,
        quantities: record.quantities.length,
        attributions: record.attributions.length,
        claims: record.claims.length,
        messages: record.messages.length,
      },
      tokens: doc.tokens?.length ?? 0,
      stageMs,
    };
  } catch (e) {
    if (e instanceof InputError) {
      const pos = e.position.offset !== undefined ? lineColumnOfByte(job.bytes, e.position.offset) : e.position;
      return { index: job.index, ok: false, id, reason: e.message, line: pos.line ?? null, column: pos.column ?? null };
    }
    const reason = job.debug && e instanceof Error ? (e.stack ?? e.message) : (e as Error).message;
    return { index: job.index, ok: false, id, reason, line: null, column: null };
  }
}
