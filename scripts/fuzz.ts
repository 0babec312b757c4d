// npm run fuzz -- [--runs N] [--seed S]: the property test's long run.
// Generates news-like texts with debris, runs the whole default pipeline on
// each, and checks every record invariant plus determinism; prints failures
// with the shrunk counterexample.
import fc from 'fast-check';
import { scriptArgs } from '../src/cli/args.ts';
import { buildPipeline, runPipeline } from '../src/pipeline/load.ts';
import { newDoc } from '../src/pipeline/doc.ts';
import { toRecord } from '../src/batch/record.ts';
import { sha256 } from '../src/corpus/article.ts';
import { readFileSync } from 'node:fs';
import { newsText } from '../tests/robustness/generators.ts';
import { checkRecord } from './fuzz-check.ts';

const { values } = scriptArgs(import.meta.url, { runs: { type: 'string', default: '1000' }, seed: { type: 'string' } }, 'Usage: npm run fuzz -- [--runs N] [--seed S]\n');
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`fuzz: --runs must be a whole number ≥ 1\n`);
  process.exit(2);
}
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);
const pipeline = buildPipeline(JSON.parse(readFileSync('pipelines/default.json', 'utf8')), 'pipelines/default.json');
const recordOf = (text: string) =>
  toRecord(runPipeline(pipeline, newDoc({ id: 'fuzz', title: null, publisher: null, url: null, publishedAt: '2024-12-28', language: null, sourcePath: 'fuzz.txt', sha256: sha256(text) }, text)));

const t0 = performance.now();
let tried = 0;
const result = fc.check(
  fc.property(newsText, (text) => {
    tried++;
    const r = recordOf(text);
    const problems = checkRecord(r);
    if (problems.length > 0) throw new Error(problems.join('; '));
    if (JSON.stringify(recordOf(text)) !== JSON.stringify(r)) throw new Error('two runs disagree');
  }),
  { numRuns: runs, seed },
);
const secs = ((performance.now() - t0) / 1000).toFixed(1);
if (result.failed) {
  console.log(`fuzz: FAILED after ${result.numRuns} runs (seed ${seed}, ${secs}s)`);
  console.log(`counterexample: ${JSON.stringify(result.counterexample)}`);
  console.log(`error: ${String(result.errorInstance)}`);
  process.exit(1);
}
console.log(`fuzz: ${result.numRuns} generated texts (${tried} pipeline runs incl. shrinking), 0 failures, seed ${seed}, ${secs}s`);
