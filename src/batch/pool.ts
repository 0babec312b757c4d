// A small worker-thread pool for the CPU-bound stages. Jobs go to whichever
// worker is free; results come back by job index, so the caller can restore
// input order and output stays byte-identical whatever the worker count.
import { Worker } from 'node:worker_threads';
import type { LoadedPipeline } from '../pipeline/load.ts';
import { processArticle, type ArticleJob, type ArticleResult } from './process.ts';
import { workerEntry } from './worker-bundle.ts';

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

export function workerPool(pipeline: LoadedPipeline, size: number): Processor {
  const idle: Worker[] = [];
  const waiting: Array<{ job: ArticleJob; resolve: (r: ArticleResult) => void; reject: (e: Error) => void }> = [];
  const busy = new Map<Worker, { resolve: (r: ArticleResult) => void; reject: (e: Error) => void }>();
  /** Started workers (null while the entry is being prepared). */
  const workers: Array<Worker | null> = [];
  let failure: Error | null = null;

  const dispatch = () => {
    // workers start on demand: a rerun that changes one article starts one worker
    if (waiting.length > idle.length + starting && workers.length < size) spawn();
    while (idle.length > 0 && waiting.length > 0) {
      const w = idle.pop()!;
      const { job, resolve, reject } = waiting.shift()!;
      busy.set(w, { resolve, reject });
      w.postMessage(job);
    }
  };

  let starting = 0;
  let closed = false;
  function spawn(): void {
    starting++;
    workers.push(null);
    const slot = workers.length - 1;
    void workerEntry().then((entry) => {
      if (closed || failure) return;
      const w = new Worker(entry.url, { execArgv: entry.execArgv, workerData: { pipeline: pipeline.path } });
      workers[slot] = w;
      listen(w);
    });
  }
  function listen(w: Worker): void {
    w.on('message', (m: ArticleResult | { ready: true }) => {
      if ('ready' in m) {
        starting--;
        idle.push(w);
        dispatch();
        return;
      }
      const pending = busy.get(w);
      busy.delete(w);
      idle.push(w);
      pending?.resolve(m);
      dispatch();
    });
    w.on('error', (e) => {
      failure = e;
      busy.get(w)?.reject(e);
      busy.delete(w);
      for (const p of waiting.splice(0)) p.reject(e);
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
      await Promise.all(workers.map((w) => w?.terminate()));
    },
  };
}
