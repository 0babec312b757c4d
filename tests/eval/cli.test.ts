// The CLI end to end on a tiny hand-made gold folder and prediction folder.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePredDir } from './helpers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = path.join(ROOT, 'src/cli/eval.ts');

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const TEXT = 'Sam said it rains.\nAnn wrote: "Snow."\n';
const ANN = [
  'T1\tSource 0 3\tSam',
  'T2\tCue 4 8\tsaid',
  'T3\tContent 9 17\tit rains',
  'T4\tAttribution 4 8\tsaid',
  'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3',
  'T5\tSource 19 22\tAnn',
  'T6\tCue 23 28\twrote',
  'T7\tContent 30 37\t"Snow."',
  'T8\tAttribution 23 28\twrote',
  'E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7',
].join('\n');
const part = (s: number, e: number) => ({ text: TEXT.slice(s, e), spans: [[s, e]] });

let gold: string;
let pred: string;
beforeAll(async () => {
  gold = await mkdtemp(path.join(os.tmpdir(), 'eval-gold-'));
  await writeFile(path.join(gold, 'doc.txt'), TEXT);
  await writeFile(path.join(gold, 'doc.ann'), ANN);
  await writeFile(path.join(gold, 'empty.txt'), 'Nothing said here.\n'); // no .ann: a document with no attributions
  pred = await writePredDir([
    {
      article: { id: 'doc' },
      text: TEXT,
      attributions: [
        { id: 'a1', kind: 'indirect', cue: part(4, 8), source: part(0, 3), content: part(9, 17) },
        { id: 'a2', kind: 'direct', cue: part(23, 28), source: null, content: part(30, 37) },
      ],
    },
  ]);
});
afterAll(async () => {
  await rm(gold, { recursive: true, force: true });
  await rm(pred, { recursive: true, force: true });
});

describe('eval CLI', () => {
  it('--help prints usage and exits 0', () => {
    const r = run('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: /u);
  });

  it.each([
    { name: 'unknown flag', args: () => ['--gold', gold, '--bogus'], message: /Unknown option '--bogus'/u },
    { name: 'missing --gold', args: () => ['--pred', pred], message: /--gold <dir> is required/u },
    { name: 'nonexistent gold', args: () => ['--gold', path.join(gold, 'nope')], message: /no such folder/u },
    { name: 'pred without articles/', args: () => ['--gold', gold, '--pred', gold], message: /no articles\/ folder/u },
    { name: 'bad --max-examples', args: () => ['--gold', gold, '--pred', pred, '--max-examples', 'x'], message: /--max-examples/u },
    { name: '--entities without silver spans', args: () => ['--gold', gold, '--pred', pred, '--entities'], message: /--entities needs silver spans in .*entities-corenlp/u },
  ])('bad usage ($name) exits 2 with a clear message', ({ args, message }) => {
    const r = run(...args());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('prints the table', () => {
    const r = run('--gold', gold, '--pred', pred);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('docs 2');
    expect(r.stdout).toMatch(/^source\s+2\s+1\s+100\.0\s+50\.0\s+66\.7\s+50\.0$/mu);
    expect(r.stdout).toMatch(/^cue\s+2\s+2\s+100\.0\s+100\.0\s+100\.0\s+100\.0$/mu);
    expect(r.stdout).toMatch(/^linked\s+2\s+2\s+50\.0\s+50\.0\s+50\.0$/mu);
  });

  it('prints a JSON summary with --json, examples with --errors', () => {
    const r = run('--gold', gold, '--pred', pred, '--json', '--errors');
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.docs).toBe(2);
    expect(s.roles.content.exact).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.linked).toMatchObject({ gold: 2, pred: 2, tp: 1, precision: 0.5, recall: 0.5, f1: 0.5 });
    expect(s.missingPredictions).toEqual(['empty']);
    expect(s.errors).toEqual({ 'source missing': 1 });
    expect(s.errorExamples['source missing'][0].line).toBe('Ann wrote: "Snow."');
  });

  it('lists errors grouped by cause', () => {
    const r = run('--gold', gold, '--pred', pred, '--errors', '--max-examples', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('== source missing (1)');
    expect(r.stdout).toContain('doc @23: Ann wrote: "Snow."');
  });
});
