// How the attribution scores hold when the same articles come in another
// typographic style: quotation marks, spaces, dashes, hard wrapping (with
// blank lines, indented paragraphs or CRLF), lost paragraph breaks, Markdown.
// Most styles are a same-length rewrite of the gold texts (so the gold offsets
// stay valid), scored by the eval CLI with --texts; a style that inserts text
// is scored against a copy of the gold with its spans moved.
//
//   npx tsx scripts/eval-styles.ts [--gold <dir>] [--styles a,b,…] [--json]
//
// Styles (src/eval/styles.ts): as-is, straight, curly, single-curly,
// single-straight, wire-doubled, nbsp, wrap-60, wrap-72, wrap-100, one-line,
// one-line-single, one-line-typed, markdown, ascii-dashes, tab-wrap-72, html,
// html-one-line, crlf-wrap-72.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scriptArgs, scriptUsageError } from '../src/cli/args.ts';
import { applyStyle, moveBrat, STYLES } from '../src/eval/styles.ts';
import { annFor } from '../src/eval/corpus.ts';

const HELP = `Usage: npm run eval:styles -- [--gold <PolNeAR split dir>] [--styles a,b,…] [--json]\n\nStyles:\n${Object.entries(STYLES)
  .map(([k, s]) => `  ${k.padEnd(16)} ${s.what}`)
  .join('\n')}\n`;
const { values } = scriptArgs(import.meta.url, { gold: { type: 'string', default: '../shared/polnear/data/dev' }, styles: { type: 'string' }, json: { type: 'boolean', default: false } }, HELP);
const names = values.styles ? values.styles.split(',') : Object.keys(STYLES);
for (const n of names) if (!STYLES[n]) scriptUsageError(import.meta.url, `unknown style "${n}" (known: ${Object.keys(STYLES).join(', ')})`);

const textDir = path.join(values.gold, 'text');
const files = readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort();
const annDir = path.join(values.gold, 'attributions');
const annNames = readdirSync(annDir).filter((f) => f.endsWith('.ann'));
const textIds = new Set(files.map((f) => f.slice(0, -'.txt'.length)));
const tmp = mkdtempSync(path.join(os.tmpdir(), 'eval-styles-'));
const rows: Array<{ style: string; source: number; cue: number; content: number; linked: number }> = [];
try {
  for (const style of names) {
    const dir = path.join(tmp, style);
    const st = STYLES[style]!;
    // a style that inserts text: its gold goes beside its texts, spans moved (PolNeAR layout)
    const markup = st.steps.some((step) => 'markup' in step);
    const texts = markup ? path.join(dir, 'text') : dir;
    mkdirSync(texts, { recursive: true });
    if (markup) mkdirSync(path.join(dir, 'attributions'));
    for (const f of files) {
      const t = readFileSync(path.join(textDir, f), 'utf8');
      const { text, moved } = applyStyle(st, t);
      writeFileSync(path.join(texts, f), text);
      if (!moved) continue;
      // the gold .ann only (the eval reads no other)
      const a = annFor(f.slice(0, -'.txt'.length), annNames, textIds);
      if (a) writeFileSync(path.join(dir, 'attributions', a), moveBrat(readFileSync(path.join(annDir, a), 'utf8'), text, moved));
    }
    const args = markup ? ['--gold', dir, '--metadata', path.join(values.gold, '..', 'metadata.tsv')] : ['--gold', values.gold, '--texts', dir];
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/eval.ts', ...args, '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
    const r = JSON.parse(out) as { roles: Record<string, { exact: { f1: number } }>; linked: { f1: number } };
    const row = { style, source: r.roles.source!.exact.f1, cue: r.roles.cue!.exact.f1, content: r.roles.content!.exact.f1, linked: r.linked.f1 };
    rows.push(row);
    if (!values.json) process.stderr.write(`${style}: linked ${(100 * row.linked).toFixed(1)}\n`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
if (values.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
else {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(7);
  process.stdout.write(`\n${'style'.padEnd(16)} ${'source'.padStart(7)} ${'cue'.padStart(7)} ${'content'.padStart(7)} ${'linked'.padStart(7)}\n`);
  for (const r of rows) process.stdout.write(`${r.style.padEnd(16)} ${pct(r.source)} ${pct(r.cue)} ${pct(r.content)} ${pct(r.linked)}\n`);
}
