// Output is the same whatever the worker count, and reruns touch only what changed.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE, runExtract } from '../../src/batch/extract.ts';
import { processArticle } from '../../src/batch/process.ts';
import { makeDirs } from '../../src/batch/fsutil.ts';
import { workerPool } from '../../src/batch/pool.ts';
import { loadPipeline } from '../../src/pipeline/load.ts';
import { workerEntry, withoutTsx } from '../../src/batch/worker-bundle.ts';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'claims-incr-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function corpus(name: string): string {
  const dir = path.join(tmp, name);
  cpSync('corpus', dir, { recursive: true });
  writeFileSync(path.join(dir, 'short-one.txt'), 'Officials said the plane was hit by fragments. “We will find out,” Aliyev said.\n');
  writeFileSync(path.join(dir, 'short-two.txt'), 'According to the Kremlin, air defenses were repelling drones near Grozny on Wednesday.\n');
  return dir;
}

function snapshot(out: string): Record<string, string> {
  const files: Record<string, string> = { 'claims.jsonl': readFileSync(path.join(out, 'claims.jsonl'), 'utf8') };
  for (const name of readdirSync(path.join(out, 'articles')).sort()) files[name] = readFileSync(path.join(out, 'articles', name), 'utf8');
  return files;
}

const run = (input: string, out: string, extra: Partial<Parameters<typeof runExtract>[0]> = {}) =>
  runExtract({ inputs: [input], out, quiet: true, log: () => {}, ...extra });

describe('worker counts', () => {
  it('gives byte-identical records and claims with 1 and 2 workers', async () => {
    const input = corpus('workers');
    await run(input, path.join(tmp, 'w1'), { workers: 1 });
    await run(input, path.join(tmp, 'w2'), { workers: 2 });
    expect(snapshot(path.join(tmp, 'w2'))).toEqual(snapshot(path.join(tmp, 'w1')));
  });

  // a worker reads articles in whatever order they reach it: nothing one article leaves behind
  // (memos, reused buffers, wink's cache) may change the next one's record (session 24)
  it('gives an article the same record whatever the process read before it', () => {
    const pipeline = loadPipeline(DEFAULT_PIPELINE);
    const encode = (text: string) => new TextEncoder().encode(text);
    const recordOf = (input: string, bytes: Uint8Array) => {
      const r = processArticle({ index: 0, input, bytes, read: {}, debug: false }, pipeline);
      if (!r.ok) throw new Error(r.reason);
      return r.json;
    };
    const paragraphEnds = encode(
      'College costs keep rising.\n\nHillary Clinton wants to make in-state tuition free for families with less than $125,000 in income, but her plan would require the financial help of states that may not want to chip in.\n\n“A joint operation was launched at dawn,” the Army said in a post on X.\n',
    );
    const articles: Array<[string, Uint8Array]> = [
      ['paragraph-ends.txt', paragraphEnds],
      ...readdirSync('corpus').sort().map((f): [string, Uint8Array] => [f, new Uint8Array(readFileSync(path.join('corpus', f)))]),
    ];
    const capitals = encode(`${'One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve. '.repeat(20)}\n`);
    for (const [name, bytes] of articles) {
      recordOf('tiny.txt', encode('Ok.\n'));
      const afterTiny = recordOf(name, bytes);
      for (const [other, otherBytes] of [['capitals.txt', capitals] as [string, Uint8Array], ...articles]) {
        recordOf(other, otherBytes);
        expect(recordOf(name, bytes), `${name} after ${other}`).toEqual(afterTiny);
      }
    }
  });

  // an article that never ends (a hang in some stage) must not hold up the batch: its worker
  // is stopped, it fails with the reason, the articles queued behind it go to a new worker
  it('stops an article that passes --time-limit, fails it, and goes on with new workers', async () => {
    const input = corpus('limit');
    const inputs = readdirSync(input).length;
    for (const workers of [1, 2]) {
      // (no article is done in a millisecond: each one is stopped, in turn, by a worker of its own)
      const r = await run(input, path.join(tmp, `limit-${workers}`), { workers, timeLimit: 0.001 });
      expect(r.exitCode).toBe(1);
      expect(r.manifest.entries).toHaveLength(inputs);
      for (const e of r.manifest.entries) {
        expect(e.status).toBe('failed');
        expect(e.reason).toBe('stopped: processing took longer than 0.001 s (--time-limit)');
      }
    }
  });

  it('answers a job handed to the pool after it closed without running it (a read still in flight when --strict stopped)', async () => {
    const pool = workerPool(loadPipeline(DEFAULT_PIPELINE), 1, 60_000);
    const job = (index: number) => ({ index, input: 'a.txt', bytes: new TextEncoder().encode('The minister said the plan would work.\n'), read: {}, debug: false });
    expect((await pool.run(job(0))).ok).toBe(true);
    await pool.close();
    expect(await pool.run(job(1))).toEqual({ index: 1, ok: false, id: null, reason: 'not processed: the run stopped', line: null, column: null });
  });

  it('gives the same records with a time limit that no article reaches', async () => {
    const input = corpus('limit-none');
    await run(input, path.join(tmp, 'ln-inline'), { workers: 1 });
    const r = await run(input, path.join(tmp, 'ln-limit'), { workers: 1, timeLimit: 120 });
    expect(r.exitCode).toBe(0);
    expect(snapshot(path.join(tmp, 'ln-limit'))).toEqual(snapshot(path.join(tmp, 'ln-inline')));
  });

  it('starts workers from the bundle of this code version, without tsx', async () => {
    const entry = await workerEntry();
    expect(entry.url.pathname).toMatch(/\/\.cache\/worker\/worker-[0-9a-f]{16}\.mjs$/u);
    expect(existsSync(entry.url)).toBe(true);
    const argv = ['--require', '/x/node_modules/tsx/dist/preflight.cjs', '--import', 'file:///x/node_modules/tsx/dist/loader.mjs', '--import=tsx', '--max-old-space-size=4096'];
    expect(withoutTsx(argv)).toEqual(['--max-old-space-size=4096']);
  });
});

describe('incremental reruns', () => {
  const input = corpus('incr');
  const out = path.join(tmp, 'incr-out');
  const statuses = (m: Awaited<ReturnType<typeof run>>['manifest']) => Object.fromEntries(m.entries.map((e) => [e.id, e.status]));

  it('processes everything the first time, nothing the second', async () => {
    const first = await run(input, out, { workers: 1 });
    expect(first.manifest.processed).toBe(4);
    const before = snapshot(out);
    const second = await run(input, out, { workers: 1 });
    expect(second.manifest.processed).toBe(0);
    expect(second.manifest.skipped).toBe(4);
    expect(second.manifest.entries.every((e) => e.reason === 'unchanged since the last run')).toBe(true);
    expect(snapshot(out)).toEqual(before);
  });

  it('reprocesses only a changed article, and the result equals a clean run', async () => {
    writeFileSync(path.join(input, 'short-one.txt'), 'Officials said the plane was hit by fragments. “We will find out,” Aliyev told reporters.\n');
    const r = await run(input, out, { workers: 1 });
    expect(statuses(r.manifest)['short-one']).toBe('processed');
    expect(r.manifest.processed).toBe(1);
    const clean = path.join(tmp, 'incr-clean');
    await run(input, clean, { workers: 1 });
    expect(snapshot(out)).toEqual(snapshot(clean));
  });

  it('processes an added article and reports a removed one', async () => {
    writeFileSync(path.join(input, 'short-three.txt'), 'The senator told reporters that the bill would pass.\n');
    rmSync(path.join(input, 'short-two.txt'));
    const r = await run(input, out, { workers: 1 });
    const s = statuses(r.manifest);
    expect(s['short-three']).toBe('processed');
    expect(s['short-two']).toBe('removed');
    expect(r.manifest.processed).toBe(1);
    expect(readdirSync(path.join(out, 'articles'))).not.toContain('short-two.json');
  });

  it('reprocesses everything when the pipeline changes, or with force', async () => {
    const pipeline = path.join(tmp, 'quotes-copy.json');
    writeFileSync(pipeline, readFileSync('pipelines/quotes.json', 'utf8'));
    const changed = await run(input, out, { workers: 1, pipeline });
    expect(changed.manifest.processed).toBe(4);
    const again = await run(input, out, { workers: 1, pipeline });
    expect(again.manifest.processed).toBe(0);
    const forced = await run(input, out, { workers: 1, pipeline, force: true });
    expect(forced.manifest.processed).toBe(4);
  });

  it('does not trust a claims.jsonl that no longer matches its manifest', async () => {
    writeFileSync(path.join(out, 'claims.jsonl'), 'garbage\n');
    const r = await run(input, out, { workers: 1, pipeline: path.join(tmp, 'quotes-copy.json') });
    expect(r.manifest.processed).toBe(4);
  });
});

describe('output folder', () => {
  it('refuses an output folder that cannot be written, naming it', async () => {
    const file = path.join(tmp, 'not-a-folder');
    writeFileSync(file, 'x');
    await expect(run('corpus', path.join(file, 'out'))).rejects.toThrow(/--out .*not-a-folder\/out: the output folder is not writable \(ENOTDIR\)/u);
  });

  // Node's own recursive mkdir never returned there (session 36)
  it.runIf(existsSync('/proc/self'))('refuses a folder under /proc at once', async () => {
    await expect(run('corpus', '/proc/claim-extract-out')).rejects.toThrow(/--out \/proc\/claim-extract-out: the output folder is not writable \(ENOENT\)/u);
  });

  it('names where a symbolic link to a folder that is gone points', async () => {
    const link = path.join(tmp, 'dangling-out');
    symlinkSync(path.join(tmp, 'gone-folder'), link);
    await expect(run('corpus', link)).rejects.toThrow(/--out .*dangling-out: a symbolic link to .*gone-folder, which does not exist \(ENOENT\)/u);
    await expect(run('corpus', `${link}/`)).rejects.toThrow(/--out .*dangling-out\/: a symbolic link to .*gone-folder, which does not exist/u);
    const loop = path.join(tmp, 'loop-out');
    symlinkSync(loop, loop);
    await expect(run('corpus', loop)).rejects.toThrow(/--out .*loop-out: a symbolic link to .*loop-out, which leads back to itself \(ELOOP\)/u);
  });

  it('does not take a file, or a link to nothing, inside the output path for a folder', async () => {
    const dir = path.join(tmp, 'with-dangling');
    const dangling = path.join(dir, 'gone');
    mkdirSync(dir);
    symlinkSync(path.join(tmp, 'nowhere'), dangling);
    await expect(makeDirs(path.join(dangling, 'deeper'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(makeDirs(dangling)).rejects.toMatchObject({ code: 'ENOTDIR' });
  });

  it('makes the missing folders of a deep output path', async () => {
    const r = await run('corpus', path.join(tmp, 'deep', 'a', 'b'), { workers: 1 });
    expect(r.manifest.processed).toBe(2);
  });
});

describe('unreadable input', () => {
  it('records an input that cannot be read as failed, with the system reason, and goes on', async () => {
    const dir = path.join(tmp, 'unreadable');
    cpSync('corpus', dir, { recursive: true });
    // a link to an article that is gone: listed with the folder, unreadable (ENOENT)
    symlinkSync(path.join(dir, 'gone.txt'), path.join(dir, 'broken.txt'));
    const r = await run(dir, path.join(tmp, 'unreadable-out'), { workers: 1 });
    expect(r.exitCode).toBe(1);
    const failed = r.manifest.entries.filter((e) => e.status === 'failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]!.input).toMatch(/broken\.txt$/u);
    expect(failed[0]!.reason).toBe('cannot read file: ENOENT');
    // the id its file name gives (session 36: null for every input that failed before it was read)
    expect(failed[0]!.id).toBe('broken');
    expect(r.manifest.processed).toBe(2);
  });

  it('gives a failed input the id of its file name when that is safe, and none when it is not', async () => {
    const dir = path.join(tmp, 'failing-ids');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'bad-yaml.md'), '---\ntitle: [unclosed\n---\nThe Kremlin said so.\n');
    writeFileSync(path.join(dir, 'my story.txt'), 'The Kremlin said so.\n');
    const r = await run(dir, path.join(tmp, 'failing-ids-out'), { workers: 1 });
    expect(r.manifest.entries.map((e) => [e.status, e.id])).toEqual([
      ['failed', 'bad-yaml'],
      ['failed', null],
    ]);
  });
});

describe('duplicate article ids', () => {
  it('processes the first of two inputs with one id and fails the second, naming the first', async () => {
    const dir = path.join(tmp, 'dupes');
    cpSync('corpus', dir, { recursive: true });
    writeFileSync(path.join(dir, 'same.txt'), 'The Kremlin said that drones attacked Grozny.\n');
    writeFileSync(path.join(dir, 'same.md'), '---\ntitle: Same\n---\nAliyev said that Russia owed an explanation.\n');
    const r = await run(dir, path.join(tmp, 'dupes-out'), { workers: 1 });
    expect(r.exitCode).toBe(1);
    const byInput = Object.fromEntries(r.manifest.entries.map((e) => [path.basename(e.input), e]));
    expect(byInput['same.md']!.status).toBe('processed');
    expect(byInput['same.txt']!.status).toBe('failed');
    expect(byInput['same.txt']!.reason).toMatch(/^duplicate article id "same": .*same\.md has the same id$/u);
  });
});
