// The evaluation CLI: score pipeline output against brat attribution gold.
//   npx tsx src/cli/eval.ts --gold <dir> [--pred <dir>] [--json] [--errors]
// Exit codes: 0 scored; 1 could not score (pipeline crashed, unreadable files); 2 bad usage.
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { detectLayout, isDir, pairArticles, readGold, readPredictions } from '../eval/corpus.ts';
import { formatErrors, formatTable, summaryJson } from '../eval/report.ts';
import { emptyEntityScores, entityScoresJson, formatEntityScores, readSilver, ScoredRecord, scoreEntitiesOf } from '../eval/entities.ts';
import { readFile } from 'node:fs/promises';
import { CliUsageError as UsageError, parseCli, runCli } from './args.ts';
import { scoreArticle, summarize } from '../eval/score.ts';

const USAGE = `Usage: npx tsx src/cli/eval.ts --gold <dir> [options]

Scores attributions (source, cue, content) against brat standoff gold.

Gold layouts:
  PolNeAR   <gold>/text/NAME.txt + <gold>/attributions/NAME_<annotator>.ann
            (first .ann in sorted order is the gold; a text without .ann has no attributions)
  flat      <gold>/NAME.ann, with the texts in --texts (default: <gold>)

Options:
  --gold <dir>          gold folder (required)
  --texts <dir>         folder of NAME.txt (default: <gold>/text for PolNeAR, else <gold>)
  --pred <dir>          score an existing output folder (<dir>/articles/<id>.json)
                        instead of running the pipeline
  --pipeline <file>     pipeline definition for the run (default: the extractor's)
  --metadata <tsv>      publication dates for the run (filename + publication_date columns;
                        default for PolNeAR: <gold>/../metadata.tsv)
  --out <dir>           keep the pipeline output there (default: a temporary folder, removed);
                        the extractor removes records of other articles from that folder
  --json                print a JSON summary to stdout instead of the table
  --errors              list missed and spurious attributions, grouped by cause
  --max-examples <n>    examples per error group with --errors (default 10)
  --entities            also score entities and dates against CoreNLP silver spans in
                        <gold>/entities-corenlp/NAME.ann (PolNeAR layout)
  -h, --help            show this help

Metrics: per role, exact first/last-token match P/R/F1 and token Jaccard over
distinct spans; linked P/R/F1 over attributions (cues share a token, content
Jaccard >= 0.5, sources share a token or are both absent). Micro-averaged.
`;

interface EvalArgs {
  gold: string;
  texts?: string;
  pred?: string;
  pipeline?: string;
  metadata?: string;
  out?: string;
  json: boolean;
  errors: boolean;
  entities: boolean;
  maxExamples: number;
}

function parse(argv: string[]): EvalArgs {
  const { values } = parseCli(
    argv,
    {
      gold: { type: 'string' },
      texts: { type: 'string' },
      pred: { type: 'string' },
      pipeline: { type: 'string' },
      metadata: { type: 'string' },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      entities: { type: 'boolean', default: false },
      'max-examples': { type: 'string' },
    },
    USAGE,
  );
  if (!values.gold) throw new UsageError('--gold <dir> is required');
  const needDir = (flag: string, p: string | undefined) => {
    if (p !== undefined && !isDir(p)) throw new UsageError(`--${flag} ${p}: no such folder`);
  };
  const needFile = (flag: string, p: string | undefined) => {
    if (p !== undefined && !(existsSync(p) && statSync(p).isFile())) throw new UsageError(`--${flag} ${p}: no such file`);
  };
  needDir('gold', values.gold);
  needDir('texts', values.texts);
  needDir('pred', values.pred);
  if (values.pred !== undefined && !isDir(path.join(values.pred, 'articles'))) {
    throw new UsageError(`--pred ${values.pred}: no articles/ folder inside (expected <dir>/articles/<id>.json)`);
  }
  if (values.pred !== undefined && (values.pipeline || values.metadata || values.out)) {
    throw new UsageError('--pipeline, --metadata and --out are for a pipeline run; they make no sense with --pred');
  }
  needFile('pipeline', values.pipeline);
  needFile('metadata', values.metadata);
  const maxExamples = values['max-examples'] === undefined ? 10 : Number(values['max-examples']);
  if (!Number.isInteger(maxExamples) || maxExamples < 0) {
    throw new UsageError(`--max-examples ${values['max-examples']}: expected a whole number >= 0`);
  }
  return {
    gold: values.gold,
    texts: values.texts,
    pred: values.pred,
    pipeline: values.pipeline,
    metadata: values.metadata,
    out: values.out,
    json: values.json,
    errors: values.errors,
    entities: values.entities,
    maxExamples,
  };
}

/** Entities and dates of each predicted record against <gold>/entities-corenlp/NAME.ann. */
async function scoreEntityRun(goldDir: string, articles: ReadonlyArray<{ id: string; txtPath: string }>, predDir: string) {
  const silverDir = path.join(goldDir, 'entities-corenlp');
  if (!isDir(silverDir)) throw new UsageError(`--entities needs silver spans in ${silverDir}`);
  const scores = emptyEntityScores();
  for (const a of articles) {
    const ann = path.join(silverDir, `${a.id}.ann`);
    const rec = path.join(predDir, 'articles', `${a.id}.json`);
    if (!existsSync(ann) || !existsSync(rec)) continue;
    const record = ScoredRecord.parse(JSON.parse(await readFile(rec, 'utf8')));
    const bom = (await readFile(a.txtPath, 'utf8')).charCodeAt(0) === 0xfeff;
    scoreEntitiesOf(record, await readSilver(ann, bom), scores);
  }
  return scores;
}

function warn(lines: string[], what: string, max = 5): void {
  if (lines.length === 0) return;
  process.stderr.write(`${lines.length} ${what}:\n`);
  for (const l of lines.slice(0, max)) process.stderr.write(`  ${l}\n`);
  if (lines.length > max) process.stderr.write(`  … and ${lines.length - max} more\n`);
}

async function main(argv: string[]): Promise<number> {
  const args = parse(argv);
  const layout = detectLayout(args.gold, args.texts);
  const gold = await readGold(layout);
  if (gold.articles.length === 0) {
    process.stderr.write(`eval: no .txt files in ${layout.textDir} (set --texts)\n`);
    return 2;
  }
  warn(
    gold.articles.flatMap((a) => a.warnings.map((w) => `${a.annPath}: ${w}`)),
    'gold warning(s)',
  );
  warn(gold.unusedAnn, `.ann file(s) with no text in ${layout.textDir}`);

  let predDir = args.pred;
  let tempDir: string | undefined;
  try {
    if (!predDir) {
      tempDir = args.out ? undefined : await mkdtemp(path.join(os.tmpdir(), 'claim-eval-'));
      predDir = args.out ?? tempDir!;
      // Loaded only for a run, so scoring an existing --pred folder needs no pipeline.
      const { runExtract } = await import('../batch/extract.ts');
      const run = await runExtract({
        inputs: gold.articles.map((a) => a.txtPath),
        out: predDir,
        pipeline: args.pipeline,
        metadata: args.metadata ?? layout.metadata ?? undefined,
        quiet: true,
      });
      if (run.exitCode !== 0) process.stderr.write(`eval: the pipeline failed on some articles (exit ${run.exitCode}); they score as empty\n`);
    }
    const preds = await readPredictions(predDir);
    warn(preds.warnings, 'unreadable prediction(s)');
    const paired = pairArticles(gold.articles, preds.byId);
    const summary = summarize(paired.articles.map(scoreArticle));
    const info = {
      gold: args.gold,
      pred: args.pred ?? (args.out ? args.out : '(pipeline run)'),
      missingPredictions: paired.missingPredictions,
      textMismatches: paired.textMismatches,
    };
    const entityScores = args.entities ? await scoreEntityRun(args.gold, gold.articles, predDir) : null;
    if (args.json) {
      const json = summaryJson(summary, info, { errors: args.errors, maxExamples: args.maxExamples }) as Record<string, unknown>;
      if (entityScores) json.entityScores = entityScoresJson(entityScores);
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      process.stdout.write(`${formatTable(summary, info)}\n`);
      if (entityScores) process.stdout.write(`\n${formatEntityScores(entityScores, args.errors ? args.maxExamples : 0)}\n`);
      if (args.errors) process.stdout.write(`\n${formatErrors(summary, args.maxExamples)}\n`);
    }
    return 0;
  } finally {
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

runCli('eval', main);
