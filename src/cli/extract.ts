#!/usr/bin/env node
import { DEFAULT_PIPELINE, DEFAULT_TIME_LIMIT, runExtract } from '../batch/extract.ts';
import { DEFAULT_MAX_BYTES } from '../corpus/article.ts';
import { CliUsageError, parseCli, parseDateOption, parseIntOption, parseSecondsOption, runCli } from './args.ts';

const HELP = `Usage: npm run extract -- [options]

Annotate news articles and write claim records.

Options:
  --input <dir|file|glob>  articles to process (.txt or .md); repeatable   [default: corpus/]
  --out <dir>              where records, claims.jsonl and manifest.json go [default: output/]
  --pipeline <file>        pipeline definition (JSON)          [default: ${DEFAULT_PIPELINE}]
  --metadata <tsv>         publication dates by article id (columns filename, publication_date)
  --published <YYYY-MM-DD> publication date for every input (overrides front matter)
  --max-bytes <n>          refuse articles larger than this     [default: ${DEFAULT_MAX_BYTES}]
  --workers <n>            worker threads for the CPU stages   [default: number of cores]
  --time-limit <s>         stop an article that takes longer (it fails, the run goes on); 0: none
                           [default: ${DEFAULT_TIME_LIMIT} with 2 or more workers; with --workers 1 none,
                           since only a worker thread can be stopped: a limit runs it in one]
  --force                  reprocess every article, even unchanged ones
  --strict                 stop at the first failed article
  --quiet                  print nothing but errors
  --debug                  show stack traces in failure reasons
  -h, --help               show this help

Exit codes: 0 all articles processed; 1 some article failed (the others are written);
2 bad usage (unknown option, missing input, invalid pipeline).
`;

runCli('extract', async (argv) => {
  const { values } = parseCli(
    argv,
    {
      input: { type: 'string', multiple: true },
      out: { type: 'string' },
      pipeline: { type: 'string' },
      metadata: { type: 'string' },
      published: { type: 'string' },
      'max-bytes': { type: 'string' },
      workers: { type: 'string' },
      'time-limit': { type: 'string' },
      strict: { type: 'boolean' },
      force: { type: 'boolean' },
      quiet: { type: 'boolean' },
      debug: { type: 'boolean' },
    },
    HELP,
  );
  if (values.out === '') throw new CliUsageError('--out must name a folder');
  const { exitCode } = await runExtract({
    inputs: values.input ?? ['corpus'],
    out: values.out ?? 'output',
    pipeline: values.pipeline,
    metadata: values.metadata,
    published: parseDateOption('published', values.published),
    maxBytes: parseIntOption('max-bytes', values['max-bytes'], 1),
    workers: parseIntOption('workers', values.workers, 1),
    timeLimit: parseSecondsOption('time-limit', values['time-limit']),
    strict: values.strict,
    force: values.force,
    quiet: values.quiet,
    debug: values.debug,
  });
  return exitCode;
});
