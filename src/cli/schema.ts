#!/usr/bin/env node
import path from 'node:path';
import { writeAtomic, stableJson } from '../batch/fsutil.ts';
import { jsonSchemas } from '../schemas/json-schema.ts';
import { parseCli, runCli } from './args.ts';

const HELP = `Usage: npm run schema -- [--out <dir>]

Write the JSON Schema of every published record (ArticleRecord, ClaimLine,
Manifest) to <dir>/<Name>.json.            [default: output/schema]
`;

runCli('schema', async (argv) => {
  const { values } = parseCli(argv, { out: { type: 'string' } }, HELP);
  const dir = values.out ?? path.join('output', 'schema');
  for (const [name, schema] of Object.entries(jsonSchemas())) {
    await writeAtomic(path.join(dir, `${name}.json`), stableJson(schema));
    process.stderr.write(`wrote ${path.join(dir, `${name}.json`)}\n`);
  }
  return 0;
});
