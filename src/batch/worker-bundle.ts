// Worker start-up without tsx: the worker and its dependencies bundled into
// one ES module by esbuild (the copy tsx itself depends on), built once per
// code version into .cache/worker/ and reused by every later run. A worker
// loading the bundle is ready in ~0.3 s instead of ~1.2 s (no TypeScript
// loader hooks, no walk over hundreds of small module files).
//
// The bundle behaves as the sources do: every `import.meta.url` in our sources
// is replaced by the URL of the source file itself (the data files they read
// stay where they are), and wink-nlp stays an ordinary package import, since
// src/nlp/wink.ts reaches into the very module instance that `require` sees.
// Anything going wrong (no esbuild, read-only tree) falls back to the tsx entry.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { codeVersion, ROOT } from './cache.ts';

export interface WorkerEntry {
  url: URL;
  /** Node flags for the worker: without tsx's loader when the entry is already JavaScript. */
  execArgv: string[];
}

const TSX_ENTRY: WorkerEntry = { url: new URL('./worker-entry.mjs', import.meta.url), execArgv: [...process.execArgv] };
export const BUNDLE_DIR = path.join(ROOT, '.cache', 'worker');
/** Packages left out of the bundle (see above). */
const EXTERNAL = ['wink-nlp', 'wink-nlp/*', 'wink-eng-lite-web-model'];

/** The parent's Node flags minus the ones that load tsx (the bundle needs no loader, and tsx's costs ~0.5 s per worker). */
export function withoutTsx(argv: readonly string[]): string[] {
  const out: string[] = [];
  const isTsx = (v: string) => v === 'tsx' || /[\\/]tsx[\\/]/u.test(v) || v.startsWith('tsx/');
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = /^--(import|require|loader|experimental-loader)=(.*)$/u.exec(a);
    if (eq && isTsx(eq[2]!)) continue;
    if (/^(--import|--require|-r|--loader|--experimental-loader)$/u.test(a) && i + 1 < argv.length && isTsx(argv[i + 1]!)) {
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/**
 * A worker on `entry`. Flags given explicitly must all be valid in a worker
 * (per-process ones such as --v8-pool-size are refused, where inherited ones
 * are quietly ignored): the refused ones are dropped, once, and remembered.
 */
export function startWorker(entry: WorkerEntry, workerData: unknown): Worker {
  try {
    return new Worker(entry.url, { execArgv: entry.execArgv, workerData });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e;
    // "Initiated Worker with invalid execArgv flags: --a, --b=1"
    const refused = new Set((e as Error).message.replace(/^[^:]*:\s*/u, '').split(/,\s*/u));
    entry.execArgv = entry.execArgv.filter((a) => !refused.has(a));
    try {
      return new Worker(entry.url, { execArgv: entry.execArgv, workerData });
    } catch {
      entry.execArgv = [];
      return new Worker(entry.url, { execArgv: [], workerData });
    }
  }
}

let memo: Promise<WorkerEntry> | undefined;

/** The worker entry to start: the bundle for this code version (built if missing), else the tsx entry. */
export function workerEntry(): Promise<WorkerEntry> {
  memo ??= bundle().catch(() => TSX_ENTRY);
  return memo;
}

async function bundle(): Promise<WorkerEntry> {
  if (process.env.CLAIM_EXTRACT_NO_BUNDLE) return TSX_ENTRY;
  const file = path.join(BUNDLE_DIR, `worker-${codeVersion().slice(0, 16)}.mjs`);
  const entry = { url: pathToFileURL(file), execArgv: withoutTsx(process.execArgv) };
  if (existsSync(file)) return entry;
  const esbuild = await import('esbuild');
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const tmp = path.join(BUNDLE_DIR, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
      outfile: tmp,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      external: EXTERNAL,
      logLevel: 'silent',
      // bundled CommonJS packages call require(): give the module one
      banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
      plugins: [
        {
          name: 'source-import-meta-url',
          setup(build) {
            build.onLoad({ filter: /\.ts$/ }, (args) => ({
              contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
              loader: 'ts',
            }));
          },
        },
      ],
    });
    renameSync(tmp, file); // atomic: a concurrent run sees the whole bundle or none
  } finally {
    rmSync(tmp, { force: true });
  }
  // bundles of earlier code versions are of no further use (once no run can still be starting workers from them)
  const stale = Date.now() - 3_600_000;
  for (const name of readdirSync(BUNDLE_DIR)) {
    const p = path.join(BUNDLE_DIR, name);
    if (name !== path.basename(file) && name.startsWith('worker-') && statSync(p).mtimeMs < stale) rmSync(p, { force: true });
  }
  return entry;
}
