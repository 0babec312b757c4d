// The batch job: read every input, run the pipeline on each article in
// isolation (in worker threads when there are several), write one record per
// article, stream claims.jsonl in input order, and write the manifest.
// One bad article never stops the batch; every input ends up in the manifest.
// Unchanged articles (same bytes, date, pipeline and code) keep their records.
import { once } from 'node:events';
import { createWriteStream, existsSync } from 'node:fs';
import { readFile, readdir, readlink, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { createHash, randomBytes } from 'node:crypto';
import PQueue from 'p-queue';
import { Manifest, SCHEMA_VERSION, type ManifestEntry } from '../schemas/index.ts';
import { articleIdOf, parseMetadataTsv, DEFAULT_MAX_BYTES, type ReadOptions } from '../corpus/article.ts';
import { loadPipeline, type LoadedPipeline } from '../pipeline/load.ts';
import { lockFolder, makeDirs, stableJson, writeAtomic } from './fsutil.ts';
import { resolveInputs, UsageError } from './inputs.ts';
import { ClaimsReader, codeVersion, fingerprint, previousRun } from './cache.ts';
import { inlineProcessor, workerPool, type Processor } from './pool.ts';
import type { ArticleJob, ArticleResult } from './process.ts';
import { Progress } from './progress.ts';
import { boundHeapGrowth } from './heap.ts';

export const DEFAULT_PIPELINE = 'pipelines/default.json';
/** Seconds an article may take with worker threads: a 1 MB article takes a few seconds here, so only a hang reaches it. */
export const DEFAULT_TIME_LIMIT = 300;

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
  /** Worker threads for the CPU stages (default: the number of cores; 1 runs in this thread). */
  workers?: number;
  /**
   * Seconds an article may take before it is stopped and fails (0: no limit). Stopping
   * needs a worker thread: the default is DEFAULT_TIME_LIMIT with workers and none for
   * one worker, which runs in this thread unless a limit is given.
   */
  timeLimit?: number;
  /** Reprocess every article even when its record is up to date. */
  force?: boolean;
  /** Where progress and the summary go (stderr by default). */
  log?: (line: string) => void;
}

export interface ExtractStats {
  /** Word tokens in the processed articles. */
  tokens: number;
  /** Bytes of the processed inputs. */
  bytes: number;
  /** Milliseconds per stage, summed over articles (and workers). */
  stageMs: Record<string, number>;
  wallMs: number;
}

export interface ExtractResult {
  exitCode: 0 | 1;
  manifest: Manifest;
  stats: ExtractStats;
}

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

/** --metadata: a file that cannot be read or a table without its columns is a usage error, named. */
async function readMetadata(file: string): Promise<Map<string, string>> {
  let tsv: string;
  try {
    tsv = await readFile(file, 'utf8');
  } catch (e) {
    throw new UsageError(`--metadata ${display(file)}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  try {
    return parseMetadataTsv(tsv);
  } catch (e) {
    throw new UsageError(`--metadata ${display(file)}: ${(e as Error).message}`);
  }
}

/** The output folder must exist (or be creatable) and take files: say so plainly before any work. */
async function ensureWritable(out: string, articlesDir: string): Promise<void> {
  const probe = path.join(articlesDir, `.write-probe.${process.pid}.tmp`);
  // a symbolic link to a folder that is gone, or to itself: name where it points
  const link = out.replace(/(?<=.)[\\/]+$/u, '');
  const target = await readlink(link).catch(() => null);
  const broken = target === null ? null : await stat(link).then(() => null, (e: NodeJS.ErrnoException) => e.code ?? 'ENOENT');
  if (target !== null && broken !== null) {
    throw new UsageError(`--out ${display(out)}: a symbolic link to ${target}, ${broken === 'ELOOP' ? 'which leads back to itself (ELOOP)' : `which does not exist (${broken})`}`);
  }
  try {
    await makeDirs(articlesDir);
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new UsageError(`--out ${display(out)}: the output folder is not writable (${code})`);
  }
}

/** Temporary files left by a run that was killed: never visible as records, removed before a new run. */
async function removeStaleTemporaries(...dirs: string[]): Promise<void> {
  for (const dir of dirs) {
    for (const name of await readdir(dir).catch(() => [] as string[])) {
      if (name.startsWith('.') && name.endsWith('.tmp')) await rm(path.join(dir, name), { force: true });
    }
  }
}

type Outcome =
  | { kind: 'result'; result: ArticleResult; fp: string; bytes: number }
  | { kind: 'unchanged'; id: string; previous: ManifestEntry }
  | { kind: 'failed'; id: string | null; reason: string };
/** Read and fingerprinted, not processed yet. */
type Job = { kind: 'job'; job: ArticleJob; fp: string; bytes: number };

export async function runExtract(opts: ExtractOptions): Promise<ExtractResult> {
  const started = performance.now();
  boundHeapGrowth();
  const log = opts.log ?? ((l: string) => process.stderr.write(`${l}\n`));
  const pipeline: LoadedPipeline = loadPipeline(opts.pipeline ?? DEFAULT_PIPELINE);
  const files = await resolveInputs(opts.inputs);
  const publishedById = opts.metadata ? await readMetadata(opts.metadata) : undefined;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const articlesDir = path.join(opts.out, 'articles');
  await ensureWritable(opts.out, articlesDir);
  const lock = await lockFolder(opts.out);
  if ('heldBy' in lock) {
    throw new UsageError(`--out ${display(opts.out)}: another run (process ${lock.heldBy}) is writing to this folder; wait for it, or remove ${display(path.join(opts.out, '.lock'))} if that process is not this tool`);
  }
  try {
    return await extractInto(opts, { started, log, pipeline, files, publishedById, maxBytes, articlesDir });
  } finally {
    await lock.release();
  }
}

interface RunContext {
  started: number;
  log: (line: string) => void;
  pipeline: LoadedPipeline;
  files: string[];
  publishedById: Map<string, string> | undefined;
  maxBytes: number;
  articlesDir: string;
}

/** The run itself, once the output folder is held. */
async function extractInto(opts: ExtractOptions, { started, log, pipeline, files, publishedById, maxBytes, articlesDir }: RunContext): Promise<ExtractResult> {
  await removeStaleTemporaries(opts.out, articlesDir);
  const code = codeVersion();
  const previous = opts.force ? null : await previousRun(opts.out);
  const readOptions: ReadOptions = { maxBytes, publishedById, published: opts.published };

  const workers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), files.length || 1));
  const timeLimit = opts.timeLimit ?? (workers > 1 ? DEFAULT_TIME_LIMIT : 0);
  const processor: Processor = workers > 1 || timeLimit > 0 ? workerPool(pipeline, workers, timeLimit * 1000) : inlineProcessor(pipeline);
  const io = new PQueue({ concurrency: 8 });
  const progress = new Progress(files.length, !opts.quiet && !!process.stderr.isTTY);

  // claims.jsonl is streamed to a temporary file, renamed into place at the end
  const claimsPath = path.join(opts.out, 'claims.jsonl');
  const claimsTmp = path.join(opts.out, `.claims.jsonl.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const claimsOut = createWriteStream(claimsTmp, 'utf8');
  const oldClaims = previous ? new ClaimsReader(previous.claimsFile) : null;
  // Writes do not hold up the next article: claims are queued on the stream (waiting
  // only when it asks to drain), records written while the next one is processed.
  // The first write error still stops the run, and every write is done before the manifest.
  let writeError: unknown = null;
  claimsOut.on('error', (e) => (writeError ??= e));
  // claims.jsonl is hashed as it is written (for the manifest), not read back
  const claimsHash = createHash('sha256');
  const write = async (s: string | Uint8Array) => {
    claimsHash.update(s);
    if (!claimsOut.write(s)) await once(claimsOut, 'drain');
  };
  const writing = new Set<Promise<void>>();
  const writeRecord = async (file: string, data: string | Uint8Array) => {
    if (writing.size >= 16) await Promise.race(writing);
    const w: Promise<void> = writeAtomic(file, data)
      .catch((e: unknown) => void (writeError ??= e))
      .finally(() => writing.delete(w));
    writing.add(w);
  };
  const writesDone = async () => {
    await Promise.all(writing);
    if (writeError) throw writeError;
  };

  const entries: ManifestEntry[] = [];
  const seen = new Map<string, string>();
  const failedIds = new Set<string>();
  const unreached = new Set<string>();
  const stats: ExtractStats = { tokens: 0, bytes: 0, stageMs: {}, wallMs: 0 };
  let claimCount = 0;
  let attributionCount = 0;
  let stopped = files.length;

  /** Read and fingerprint one input: unchanged, failed, or a job to process. */
  const prepare = async (file: string, index: number): Promise<Outcome | Job> => {
    const input = display(file);
    let bytes: Buffer;
    try {
      bytes = (await io.add(() => readFile(file)))!;
    } catch (e) {
      return { kind: 'failed', id: null, reason: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
    }
    const id = fileIdOf(file);
    const published = opts.published ?? (id ? publishedById?.get(id) : undefined) ?? null;
    const fp = fingerprint(bytes, published, pipeline.sha256, code, maxBytes);
    const before = id ? previous?.byId.get(id) : undefined;
    if (id && before && before.fingerprint === fp && before.input === input && existsSync(path.join(articlesDir, `${id}.json`))) {
      return { kind: 'unchanged', id, previous: before };
    }
    return { kind: 'job', job: { index, input, bytes, read: readOptions, debug: !!opts.debug }, fp, bytes: bytes.length };
  };
  const run = async (o: Outcome | Job): Promise<Outcome> => (o.kind === 'job' ? { kind: 'result', result: await processor.run(o.job), fp: o.fp, bytes: o.bytes } : o);
  // Workers take an article as soon as it is read. In this thread an article is
  // processed when the writer reaches it, so the reads ahead are never waited for.
  const eager = workers > 1 || timeLimit > 0;

  // a bounded window of articles in flight: memory stays flat however large the corpus;
  // with workers, deep enough that a long article holding up the writer leaves them work
  const window = eager ? workers * 8 : 8;
  const pending: Array<Promise<Outcome | Job>> = [];
  let next = 0;
  const fill = () => {
    while (next < files.length && pending.length < window) pending.push(eager ? prepare(files[next]!, next++).then(run) : prepare(files[next]!, next++));
  };
  fill();

  try {
    for (let k = 0; k < files.length; k++) {
      const outcome = await run(await pending.shift()!);
      fill();
      if (writeError) throw writeError;
      const file = files[k]!;
      const input = display(file);
      const failed = (reason: string, id: string | null, line: number | null = null, column: number | null = null) => {
        // the id its file name gives, when it is safe, though reading stopped before the article had one
        const fileId = id ?? fileIdOf(file);
        if (fileId !== null) failedIds.add(fileId);
        entries.push({ input, id: fileId, status: 'failed', output: null, reason, line, column, fingerprint: null, counts: null });
        // where in the file, as compilers print it ("corpus/a.md:2:8: …")
        const at = line === null ? '' : column === null ? `:${line}` : `:${line}:${column}`;
        // (--quiet prints nothing but errors: a failed input is one)
        progress.note(`${input}${at}: ${reason}`, log);
      };

      if (outcome.kind === 'failed') failed(outcome.reason, outcome.id);
      else {
        const id = outcome.kind === 'unchanged' ? outcome.id : outcome.result.id;
        const first = id ? seen.get(id) : undefined;
        if (id && first) failed(`duplicate article id "${id}": ${first} has the same id`, id);
        else if (outcome.kind === 'unchanged') {
          seen.set(outcome.id, input);
          const p = outcome.previous;
          const counts = p.counts!;
          const lines = counts.claims > 0 ? await oldClaims!.take(previous!.claimStart.get(outcome.id)!, counts.claims) : '';
          if (lines === null) throw new Error('internal: the previous claims.jsonl ended early; rerun with --force');
          await write(lines);
          claimCount += counts.claims;
          attributionCount += counts.attributions;
          entries.push({ ...p, input, status: 'skipped', reason: 'unchanged since the last run' });
        } else if (!outcome.result.ok) {
          failed(outcome.result.reason, outcome.result.id, outcome.result.line, outcome.result.column);
        } else {
          const r = outcome.result;
          seen.set(r.id, input);
          const outFile = path.join(articlesDir, `${r.id}.json`);
          await writeRecord(outFile, r.json);
          await write(r.claims);
          claimCount += r.counts.claims;
          attributionCount += r.counts.attributions;
          stats.tokens += r.tokens;
          stats.bytes += outcome.bytes;
          for (const [stage, ms] of Object.entries(r.stageMs)) stats.stageMs[stage] = (stats.stageMs[stage] ?? 0) + ms;
          entries.push({ input, id: r.id, status: 'processed', output: display(outFile), reason: null, line: null, column: null, fingerprint: outcome.fp, counts: r.counts });
        }
      }
      progress.tick(k + 1);
      if (opts.strict && entries[entries.length - 1]!.status === 'failed') {
        stopped = k + 1;
        break;
      }
    }
    await writesDone();
  } finally {
    pending.splice(0);
    io.clear();
    await Promise.all(writing);
    await processor.close();
    await oldClaims?.close();
    await new Promise<void>((resolve) => claimsOut.end(resolve));
    progress.done();
  }

  // --strict stopped early: the inputs not reached are listed, and their records left alone.
  for (const file of files.slice(stopped)) {
    const id = fileIdOf(file);
    if (id !== null) unreached.add(id);
    entries.push({ input: display(file), id, status: 'skipped', output: null, reason: 'not processed: --strict stopped at the first failure', line: null, column: null, fingerprint: null, counts: null });
  }

  // Records of articles no longer among the inputs leave the output; the manifest says so.
  const kept = new Set(entries.filter((e) => e.status === 'processed' || (e.status === 'skipped' && e.output)).map((e) => `${e.id}.json`));
  const existing = await readdir(articlesDir).catch(() => [] as string[]);
  for (const name of existing.sort()) {
    if (!name.endsWith('.json') || kept.has(name)) continue;
    const id = name.replace(/\.json$/u, '');
    if (seen.has(id) || unreached.has(id)) continue; // failed this run (removed below) or not reached
    await rm(path.join(articlesDir, name), { force: true });
    if (failedIds.has(id)) continue; // failed before its id was known: its stale record goes, reported as failed
    entries.push({ input: display(path.join(articlesDir, name)), id, status: 'removed', output: null, reason: 'no longer among the inputs', line: null, column: null, fingerprint: null, counts: null });
  }
  for (const e of entries) {
    // (not an id another input of this run holds: a duplicate id fails, the record of the first stays)
    if (e.status === 'failed' && e.id && !seen.has(e.id)) await rm(path.join(articlesDir, `${e.id}.json`), { force: true });
  }

  await rename(claimsTmp, claimsPath);
  const count = (s: ManifestEntry['status']) => entries.filter((e) => e.status === s).length;
  const manifest = Manifest.parse({
    schemaVersion: SCHEMA_VERSION,
    pipeline: { name: pipeline.name, path: display(pipeline.path), stages: pipeline.stages.map((s) => s.stage.name), sha256: pipeline.sha256 },
    codeVersion: code,
    inputs: opts.inputs.map(display),
    entries,
    processed: count('processed'),
    skipped: count('skipped'),
    failed: count('failed'),
    removed: count('removed'),
    counts: { articles: count('processed') + count('skipped'), claims: claimCount, attributions: attributionCount },
    claimsSha256: claimsHash.digest('hex'),
  });
  await writeAtomic(path.join(opts.out, 'manifest.json'), stableJson(manifest));
  stats.wallMs = performance.now() - started;
  if (!opts.quiet) {
    const notReached = files.length - stopped;
    const unchanged = manifest.skipped - notReached;
    log(
      `${manifest.processed} processed, ${unchanged} unchanged, ${manifest.failed} failed, ${manifest.removed} removed` +
        `${notReached > 0 ? `, ${notReached} not reached (--strict stopped)` : ''}; ` +
        `${attributionCount} attributions, ${claimCount} claims in ${(stats.wallMs / 1000).toFixed(1)}s → ${display(opts.out)}`,
    );
  }
  return { exitCode: manifest.failed > 0 ? 1 : 0, manifest, stats };
}
