// Killing a real extraction mid-run (SIGKILL) and rerunning gives output
// byte-identical to a clean run; no half-written record is ever visible.
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/batch/extract.ts';
import { ArticleRecord } from '../../src/schemas/index.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'claims-kill-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const SEEDS = 'tests/fixtures/seeds';

function snapshot(out: string): Record<string, string> {
  const files: Record<string, string> = { 'claims.jsonl': readFileSync(path.join(out, 'claims.jsonl'), 'utf8') };
  for (const name of readdirSync(path.join(out, 'articles')).sort()) files[name] = readFileSync(path.join(out, 'articles', name), 'utf8');
  return files;
}

describe('SIGKILL mid-run', () => {
  it('leaves only complete records, and a rerun equals a clean run', async () => {
    // enough articles that the kill lands mid-run: the seeds, many times over
    const input = path.join(tmp, 'in');
    mkdirSync(input);
    for (let k = 0; k < 60; k++) for (const f of readdirSync(SEEDS)) copyFileSync(path.join(SEEDS, f), path.join(input, `${path.basename(f, '.txt')}-${k}.txt`));
    const out = path.join(tmp, 'killed');
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/extract.ts', '--input', input, '--out', out, '--workers', '1', '--quiet'], {
      stdio: 'ignore',
    });
    // wait until some records are written, then kill without warning
    const articles = path.join(out, 'articles');
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && (!existsSync(articles) || readdirSync(articles).filter((f) => f.endsWith('.json')).length < 5)) {
      await new Promise((r) => setTimeout(r, 20));
    }
    child.kill('SIGKILL');
    await new Promise((r) => child.on('exit', r));
    const written = readdirSync(articles).filter((f) => f.endsWith('.json'));
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(readdirSync(input).length);
    // every visible record is whole
    for (const f of written) ArticleRecord.parse(JSON.parse(readFileSync(path.join(articles, f), 'utf8')));

    const rerun = await runExtract({ inputs: [input], out, workers: 1, quiet: true, log: () => {} });
    expect(rerun.exitCode).toBe(0);
    const clean = path.join(tmp, 'clean');
    await runExtract({ inputs: [input], out: clean, workers: 1, quiet: true, log: () => {} });
    expect(snapshot(out)).toEqual(snapshot(clean));
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(articles).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
