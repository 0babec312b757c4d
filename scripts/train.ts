// npm run train — relearn every lexicon and model from PolNeAR train, in order:
//   learn-cues            the cue lexicon            src/attributions/cues.json
//   learn-gazetteer       the name gazetteer         src/entities/gazetteer.json
//   learn-clusters        word clusters              models/word-clusters.json.gz
//   train-tagger          the attribution taggers    models/attribution-tagger*.bin.gz
//   train-content-ranker  the content ranker and the attribution filter
//   train-entities        the entity tagger          models/entity-tagger.bin.gz
// Each step is deterministic (two runs give identical files); a step that fails
// stops the rest. Each step alone takes options: npx tsx scripts/<step>.ts --help.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from '../src/cli/args.ts';

scriptArgs(import.meta.url, {});
const STEPS = ['learn-cues', 'learn-gazetteer', 'learn-clusters', 'train-tagger', 'train-content-ranker', 'train-entities'];
const here = path.dirname(fileURLToPath(import.meta.url));
for (const step of STEPS) {
  process.stderr.write(`train: ${step}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(here, `${step}.ts`)], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`train: ${step} failed (exit ${r.status ?? r.signal}); later steps not run\n`);
    process.exit(r.status ?? 1);
  }
}
