// A pipeline worker: loads the pipeline once (and with it wink's model), then
// processes the articles the pool sends, one message each.
import { parentPort, workerData } from 'node:worker_threads';
import { loadPipeline } from '../pipeline/load.ts';
import { processArticle, type ArticleJob } from './process.ts';

const pipeline = loadPipeline((workerData as { pipeline: string }).pipeline);
parentPort!.on('message', (job: ArticleJob) => {
  parentPort!.postMessage(processArticle(job, pipeline));
});
parentPort!.postMessage({ ready: true });
