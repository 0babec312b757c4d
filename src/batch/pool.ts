// A small worker-thread pool for the CPU-bound stages. Jobs go to whichever
// worker is free; results come back by job index, so the caller can restore
// input order and output stays byte-identical whatever the worker count.
import { Worker } from 'node:worker_threads';
import type { LoadedPipeline } from '../pipeline/load.ts';
import { processArticle, type ArticleJob, type ArticleResult } from './process.ts';
import { startWorker, workerEntry } from './worker-bundle.ts';

export interface Processor {
  run(job: ArticleJob): Promise<ArticleResult>;
  close(): Promise<void>;
}

/** In the calling thread: the right choice for one worker (no copying, no start-up). */
export function inlineProcessor(pipeline: LoadedPipeline): Processor {
  return {
    run: async (job) => processArticle(job, pipeline),
    close: async () => {},
  };
}

/** Jobs a worker holds at once: the next one waits in its queue, so it never idles while the main thread is busy. */
const DEPTH = 2;

export function workerPool(pipeline: LoadedPipeline, size: number): Processor {
  interface Pending {
    job: ArticleJob;
    resolve: (r: ArticleResult) => void;
    reject: (e: Error) => void;
  }
  const waiting: Pending[] = [];
  /** Started workers and the jobs each holds, oldest first (a worker answers in order). */
  const ready = new Map<Worker, Pending[]>();
  let spawned = 0;
  let starting = 0;
  let closed = false;
  let failure: Error | null = null;
  const workers: Worker[] = [];

  const free = () => {
    let n = 0;
    for (const held of ready.values()) n += DEPTH - held.length;
    return n;
  };
  const dispatch = () => {
    // workers start on demand: a rerun that changes one article starts one worker
    if (waiting.length > free() + starting * DEPTH && spawned < size) spawn();
    while (waiting.length > 0) {
      // the least loaded worker takes the next job
      let least: [Worker, Pending[]] | undefined;
      for (const entry of ready) if (entry[1].length < DEPTH && (!least || entry[1].length < least[1].length)) least = entry;
      if (!least) return;
      const p = waiting.shift()!;
      least[1].push(p);
      least[0].postMessage(p.job);
    }
  };

  function spawn(): void {
    spawned++;
    starting++;
    void workerEntry().then((entry) => {
      if (closed || failure) return;
      const w = startWorker(entry, { pipeline: pipeline.path });
      workers.push(w);
      w.on('message', (m: ArticleResult | { ready: true }) => {
        if ('ready' in m) {
          starting--;
          ready.set(w, []);
        } else ready.get(w)!.shift()!.resolve(m);
        dispatch();
      });
      w.on('error', (e) => {
        failure = e;
        for (const p of ready.get(w)?.splice(0) ?? []) p.reject(e);
        for (const p of waiting.splice(0)) p.reject(e);
      });
    });
  }

  return {
    run(job) {
      if (failure) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        waiting.push({ job, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
