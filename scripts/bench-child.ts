// One measured run, in its own process so that peak RSS belongs to it alone.
//   pipeline <input> <out> <workers> [pipeline.json] [k/n]   → runExtract (over every n-th file from the k-th, when k/n is given)
//   reference <input>                                   → wink-nlp readDoc (default pipeline) over the same files
// Prints one JSON line: { wallMs, tokens, bytes, maxRssMB, stageMs, processed, skipped } (and, for a pipeline run, startedAt / endedAt).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runExtract } from '../src/batch/extract.ts';

const [mode, input, out, workers, pipeline, part] = process.argv.slice(2);

function files(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt') || f.endsWith('.md'))
    .sort()
    .map((f) => path.join(dir, f));
}

async function main(): Promise<void> {
  if (mode === 'reference') {
    const t0 = performance.now();
    const { default: winkNLP } = await import('wink-nlp');
    const { default: model } = await import('wink-eng-lite-web-model');
    const nlp = winkNLP(model);
    let tokens = 0;
    let bytes = 0;
    for (const f of files(input!)) {
      const text = readFileSync(f, 'utf8');
      bytes += Buffer.byteLength(text);
      tokens += nlp.readDoc(text).tokens().length();
    }
    const wallMs = performance.now() - t0;
    console.log(JSON.stringify({ wallMs, tokens, bytes, maxRssMB: process.resourceUsage().maxRSS / 1024, stageMs: {}, processed: files(input!).length, skipped: 0 }));
    return;
  }
  if (mode === 'pipeline') {
    const t0 = performance.now();
    // one part of the corpus: a run beside another on the other part (the bench's ceiling for two cores)
    const [k, n] = part ? part.split('/').map(Number) : [0, 1];
    const inputs = part ? files(input!).filter((_, i) => i % n! === k) : [input!];
    const r = await runExtract({ inputs, out: out!, workers: Number(workers), pipeline, quiet: true, log: () => {} });
    const wallMs = performance.now() - t0;
    console.log(
      JSON.stringify({
        wallMs,
        // absolute times, so that runs side by side can be measured from the first start to the last end
        startedAt: performance.timeOrigin + t0,
        endedAt: performance.timeOrigin + t0 + wallMs,
        tokens: r.stats.tokens,
        bytes: r.stats.bytes,
        maxRssMB: process.resourceUsage().maxRSS / 1024,
        stageMs: r.stats.stageMs,
        processed: r.manifest.processed,
        skipped: r.manifest.skipped,
      }),
    );
    return;
  }
  throw new Error(`unknown mode ${mode}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
