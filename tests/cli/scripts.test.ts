// The npm scripts beside the CLIs (training, evals, bench, fuzz): --help prints usage and does
// no work; bad usage exits 2 with its reason and no stack trace.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const run = (script: string, ...args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });

describe('npm scripts: usage', () => {
  it.each([
    // [script, what its help opens with]
    ['train.ts', /^npm run train — relearn every lexicon and model/u],
    ['train-tagger.ts', /^Train the attribution tagger on PolNeAR train/u],
    ['eval-dates.ts', /^Evaluate the dates stage against CoreNLP/u],
    ['eval-styles.ts', /^Usage: npm run eval:styles -- /u],
  ])('%s --help prints its usage and exits 0', async (script, opening) => {
    const r = await run(script, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(opening);
    // no step was started
    expect(r.stderr).toBe('');
  });

  it.each([
    ['learn-cues.ts', ['--bogus'], "learn-cues: Unknown option '--bogus'"],
    ['train-tagger.ts', ['--epochs'], "train-tagger: Option '--epochs <value>' argument missing"],
    ['eval-dates.ts', ['--splt', 'dev'], "eval-dates: Unknown option '--splt'"],
    ['eval-styles.ts', ['--styles', 'bogus'], 'eval-styles: unknown style "bogus"'],
  ])('%s %j exits 2 with its reason', async (script, args, reason) => {
    const r = await run(script, ...args);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(reason)).toBe(true);
    expect(r.stderr).toContain('Run with --help for usage.');
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });
});
