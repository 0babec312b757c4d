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

/** The longest delay setTimeout keeps (a longer one fires at once): a longer limit is no limit. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Jobs go to `size` worker threads. With a `timeLimitMs`, an article that runs
 * longer is stopped: its worker is terminated (a thread stuck in a loop cannot
 * be interrupted otherwise), the article fails with the reason, the jobs queued
 * behind it go back to the queue, and a new worker takes over.
 */
export function workerPool(pipeline: LoadedPipeline, size: number, timeLimitMs = 0): Processor {
  if (timeLimitMs > MAX_TIMER_MS) timeLimitMs = 0;
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
  /** The timer of the job each worker is running (the first it holds). */
  const timers = new Map<Worker, NodeJS.Timeout>();

  /** Start the clock on the job a worker now runs, if it holds one. */
  const clock = (w: Worker) => {
    clearTimeout(timers.get(w));
    timers.delete(w);
    const head = ready.get(w)?.[0];
    if (timeLimitMs > 0 && head) timers.set(w, setTimeout(() => stop(w, head), timeLimitMs));
  };
  const stop = (w: Worker, head: Pending) => {
    const held = ready.get(w) ?? [];
    ready.delete(w);
    timers.delete(w);
    workers.splice(workers.indexOf(w), 1);
    spawned--;
    void w.terminate();
    // the jobs queued behind it run on another worker, first
    waiting.unshift(...held.slice(1));
    head.resolve({ index: head.job.index, ok: false, id: null, reason: `stopped: processing took longer than ${timeLimitMs / 1000} s (--time-limit)`, line: null, column: null });
    dispatch();
  };

  const free = () => {
    let n = 0;
    for (const held of ready.values()) n += DEPTH - held.length;
    return n;
  };
  const dispatch = () => {
    if (closed) return;
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
      if (least[1].length === 1) clock(least[0]);
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
        } else {
          // (the answer of a worker stopped as it finished is dropped: its article has failed)
          const held = ready.get(w);
          if (!held) return;
          held.shift()!.resolve(m);
          clock(w);
        }
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
      // a read still in flight when the run stopped (--strict, a write error): not processed, and nothing waits for it
      if (closed) return Promise.resolve({ index: job.index, ok: false, id: null, reason: 'not processed: the run stopped', line: null, column: null });
      return new Promise((resolve, reject) => {
        waiting.push({ job, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const t of timers.values()) clearTimeout(t);
      timers.clear();
      ready.clear();
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
