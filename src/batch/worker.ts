// A pipeline worker: loads the pipeline once (and with it wink's model), then
// processes the articles the pool sends, one message each.
import { parentPort, workerData } from 'node:worker_threads';
import { loadPipeline } from '../pipeline/load.ts';
import { processArticle, type ArticleJob } from './process.ts';

const pipeline = loadPipeline((workerData as { pipeline: string }).pipeline);
const utf8 = new TextEncoder();
parentPort!.on('message', (job: ArticleJob) => {
  const r = processArticle(job, pipeline);
  if (!r.ok) return parentPort!.postMessage(r);
  // encoded here and moved to the main thread, which then only writes bytes
  // (a fresh buffer each: TextEncoder never hands out Buffer's shared pool)
  const json = utf8.encode(r.json as string);
  const claims = utf8.encode(r.claims as string);
  parentPort!.postMessage({ ...r, json, claims }, [json.buffer, claims.buffer]);
});
parentPort!.postMessage({ ready: true });
