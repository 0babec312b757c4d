// The batch job: read every input, run the pipeline on each article in
// isolation, write one record per article, claims.jsonl and the manifest.
// One bad article never stops the batch; every input ends up in the manifest.
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { Manifest, SCHEMA_VERSION, type ManifestEntry } from '../schemas/index.ts';
import { articleIdOf, parseArticle, parseMetadataTsv, DEFAULT_MAX_BYTES } from '../corpus/article.ts';
import { InputError } from '../corpus/decode.ts';
import { newDoc } from '../pipeline/doc.ts';
import { loadPipeline, runPipeline, type LoadedPipeline } from '../pipeline/load.ts';
import { claimLines, toRecord } from './record.ts';
import { stableJson, writeAtomic } from './fsutil.ts';
import { resolveInputs } from './inputs.ts';
import { lineColumnOfByte } from './position.ts';

export const DEFAULT_PIPELINE = 'pipelines/default.json';

export interface ExtractOptions {
  inputs: string[];
  out: string;
  pipeline?: string;
  /** TSV of publication dates by article id. */
  metadata?: string;
  /** Publication date for every article, overriding front matter. */
  published?: string;
  maxBytes?: number;
  strict?: boolean;
  quiet?: boolean;
  debug?: boolean;
  workers?: number;
  /** Where progress and the summary go (stderr by default). */
  log?: (line: string) => void;
}

export interface ExtractResult {
  exitCode: 0 | 1;
  manifest: Manifest;
}

/** The id an input's file name gives, or null when it is not a safe id. */
function fileIdOf(file: string): string | null {
  try {
    return articleIdOf(file);
  } catch {
    return null;
  }
}

function display(p: string): string {
  const rel = path.relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : p;
}

export async function runExtract(opts: ExtractOptions): Promise<ExtractResult> {
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const pipeline: LoadedPipeline = loadPipeline(opts.pipeline ?? DEFAULT_PIPELINE);
  const files = await resolveInputs(opts.inputs);
  const publishedById = opts.metadata ? parseMetadataTsv(await readFile(opts.metadata, 'utf8')) : undefined;
  const articlesDir = path.join(opts.out, 'articles');

  const entries: ManifestEntry[] = [];
  const claimChunks: string[] = [];
  const seen = new Map<string, string>();
  /** Ids (from file names) of inputs that failed before their id was known: still inputs, not `removed`. */
  const failedIds = new Set<string>();
  /** Ids (from file names) of inputs --strict never reached: their records are left alone. */
  const unreached = new Set<string>();
  let claimCount = 0;
  let attributionCount = 0;
  const started = Date.now();
  let stopped = files.length;
  const tty = process.stderr.isTTY && !opts.quiet;

  for (const [k, file] of files.entries()) {
    const input = display(file);
    const failed = (reason: string, id: string | null, pos: { line?: number; column?: number } = {}) => {
      const fileId = id === null ? fileIdOf(file) : null;
      if (fileId !== null) failedIds.add(fileId);
      entries.push({ input, id, status: 'failed', output: null, reason, line: pos.line ?? null, column: pos.column ?? null, counts: null });
    };
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (e) {
      failed(`cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, null);
      if (opts.strict) {
        stopped = k + 1;
        break;
      }
      continue;
    }
    let id: string | null = null;
    try {
      const read = parseArticle(bytes, input, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES, publishedById, published: opts.published });
      const first = seen.get(read.article.id);
      if (first) throw new InputError(`duplicate article id "${read.article.id}": ${first} has the same id`, 'read/duplicate-id');
      id = read.article.id;
      seen.set(id, input);
      const doc = runPipeline(pipeline, newDoc(read.article, read.text, read.messages));
      const record = toRecord(doc);
      const outFile = path.join(articlesDir, `${id}.json`);
      await writeAtomic(outFile, stableJson(record));
      const lines = claimLines(record);
      claimChunks.push(lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
      claimCount += lines.length;
      attributionCount += record.attributions.length;
      entries.push({
        input,
        id,
        status: 'processed',
        output: display(outFile),
        reason: null,
        line: null,
        column: null,
        counts: {
          sentences: record.sentences.length,
          entities: record.entities.length,
          dates: record.dates.length,
          quantities: record.quantities.length,
          attributions: record.attributions.length,
          claims: record.claims.length,
          messages: record.messages.length,
        },
      });
    } catch (e) {
      if (e instanceof InputError) {
        const pos = e.position.offset !== undefined ? lineColumnOfByte(bytes, e.position.offset) : e.position;
        failed(e.message, id, pos);
      } else {
        failed(opts.debug && e instanceof Error ? (e.stack ?? e.message) : (e as Error).message, id);
      }
      if (!opts.quiet) log(`${input}: ${entries[entries.length - 1]!.reason}`);
      if (opts.strict) {
        stopped = k + 1;
        break;
      }
    }
    if (tty && (k % 25 === 24 || k === files.length - 1)) {
      const secs = (Date.now() - started) / 1000;
      process.stderr.write(`\r${k + 1}/${files.length} articles, ${((k + 1) / Math.max(secs, 0.001)).toFixed(1)}/s`);
      if (k === files.length - 1) process.stderr.write('\n');
    }
  }

  // --strict stopped early: the inputs not reached are listed, and their records left alone.
  for (const file of files.slice(stopped)) {
    const id = fileIdOf(file);
    if (id !== null) unreached.add(id);
    entries.push({ input: display(file), id, status: 'skipped', output: null, reason: 'not processed: --strict stopped at the first failure', line: null, column: null, counts: null });
  }

  // Records of articles no longer among the inputs leave the output; the manifest says so.
  const produced = new Set(entries.filter((e) => e.status === 'processed').map((e) => `${e.id}.json`));
  const existing = await readdir(articlesDir).catch(() => [] as string[]);
  for (const name of existing.sort()) {
    if (!name.endsWith('.json') || produced.has(name)) continue;
    const id = name.replace(/\.json$/u, '');
    if (seen.has(id) || unreached.has(id)) continue; // failed this run: removed below, reported as failed; or not reached
    await rm(path.join(articlesDir, name), { force: true });
    if (failedIds.has(id)) continue; // failed before its id was known: its stale record goes, reported as failed
    entries.push({ input: display(path.join(articlesDir, name)), id, status: 'removed', output: null, reason: 'no longer among the inputs', line: null, column: null, counts: null });
  }
  for (const e of entries) {
    if (e.status === 'failed' && e.id) await rm(path.join(articlesDir, `${e.id}.json`), { force: true });
  }

  await writeAtomic(path.join(opts.out, 'claims.jsonl'), claimChunks.join(''));
  const count = (s: ManifestEntry['status']) => entries.filter((e) => e.status === s).length;
  const manifest = Manifest.parse({
    schemaVersion: SCHEMA_VERSION,
    pipeline: { name: pipeline.name, path: display(pipeline.path), stages: pipeline.stages.map((s) => s.stage.name), sha256: pipeline.sha256 },
    inputs: opts.inputs.map(display),
    entries,
    processed: count('processed'),
    skipped: count('skipped'),
    failed: count('failed'),
    removed: count('removed'),
    counts: { articles: count('processed') + count('skipped'), claims: claimCount, attributions: attributionCount },
  });
  await writeAtomic(path.join(opts.out, 'manifest.json'), stableJson(manifest));
  if (!opts.quiet) {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    log(
      `${manifest.processed} processed, ${manifest.failed} failed, ${manifest.removed} removed; ${attributionCount} attributions, ${claimCount} claims in ${secs}s → ${display(opts.out)}`,
    );
  }
  return { exitCode: manifest.failed > 0 ? 1 : 0, manifest };
}
