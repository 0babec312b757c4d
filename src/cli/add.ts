#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { lineColumnOfByte } from '../batch/position.ts';
import { addArticle, AddError, DEFAULT_CORPUS, MAX_SLUG_LENGTH } from '../corpus/add.ts';
import { DEFAULT_MAX_BYTES } from '../corpus/article.ts';
import { InputError } from '../corpus/decode.ts';
import { CliUsageError, EXIT, parseCli, parseIntOption, runCli } from './args.ts';

const HELP = `Usage: npm run add -- <file> [options]

Add one article (.txt or .md) to the corpus as <corpus>/<id>.md: YAML front matter,
then the body byte for byte. The file is read as strictly as by \`npm run extract\`
(clean UTF-8, no NUL bytes; a UTF-8 byte-order mark is dropped). A .md file's own
front matter gives the defaults; the options override them ("" clears a field).

Options:
  --title <text>           headline
  --publisher <name>       publisher or outlet
  --url <url>              where the article was published
  --published <YYYY-MM-DD> publication date (anchors relative dates)
  --language <code>        language of the text, e.g. en
  --notes <text>           free-form notes
  --id <id>                article id (letters, digits, ".", "_", "-"); by default a slug
                           of the title, else of the file name (≤ ${MAX_SLUG_LENGTH} characters), with
                           -2, -3, … appended when another article has that id
  --corpus <dir>           the corpus folder                    [default: ${DEFAULT_CORPUS}/]
  --max-bytes <n>          refuse files larger than this        [default: ${DEFAULT_MAX_BYTES}]
  -h, --help               show this help

Prints the path written. Exit codes: 0 written; 1 the file is not a clean article
(unreadable, not UTF-8, broken front matter) or is already in the corpus (same body,
or --id taken); 2 bad usage (unknown option, no file, bad --id or --published).
`;

function where(file: string, e: InputError): string {
  let pos: { line?: number; column?: number } = e.position;
  if (e.position.offset !== undefined) {
    try {
      pos = lineColumnOfByte(readFileSync(file), e.position.offset);
    } catch {
      pos = {};
    }
  }
  return pos.line === undefined ? file : `${file}:${pos.line}${pos.column === undefined ? '' : `:${pos.column}`}`;
}

runCli('add', async (argv) => {
  const { values, positionals } = parseCli(
    argv,
    {
      title: { type: 'string' },
      publisher: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      language: { type: 'string' },
      notes: { type: 'string' },
      id: { type: 'string' },
      corpus: { type: 'string' },
      'max-bytes': { type: 'string' },
    },
    HELP,
    true,
  );
  if (positionals.length !== 1) {
    throw new CliUsageError(positionals.length === 0 ? 'name the article file to add' : `add one file at a time, got ${positionals.length}`);
  }
  if (values.corpus === '') throw new CliUsageError('--corpus must name a folder');
  const file = positionals[0]!;
  try {
    const result = await addArticle({
      file,
      corpus: values.corpus,
      id: values.id,
      title: values.title,
      publisher: values.publisher,
      url: values.url,
      published: values.published,
      language: values.language,
      notes: values.notes,
      maxBytes: parseIntOption('max-bytes', values['max-bytes'], 1),
    });
    for (const w of result.warnings) process.stderr.write(`add: warning: ${w}\n`);
    const rel = path.relative(process.cwd(), result.path);
    process.stdout.write(`${rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : result.path}\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`add: ${where(file, e)}: ${e.message} [${e.ruleId}]\n`);
      return EXIT.failed;
    }
    if (e instanceof AddError) {
      process.stderr.write(`add: ${e.message}\n`);
      return EXIT.failed;
    }
    throw e;
  }
});
