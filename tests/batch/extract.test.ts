// The batch job end to end on a temp folder mixing good and bad articles:
// the batch goes on, every input is in the manifest, records validate and
// their offsets slice back, reruns are byte-identical, removed inputs go.
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract, type ExtractOptions } from '../../src/batch/extract.ts';
import { lockFolder } from '../../src/batch/fsutil.ts';
import { PipelineError } from '../../src/pipeline/load.ts';
import { ArticleRecord, ClaimLine, Manifest, type ArticleRecord as ArticleRecordT, type Manifest as ManifestT } from '../../src/schemas/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = path.resolve(ROOT, 'tests/fixtures/seeds');
const SEED_A = '000_553696576d4a387f';
const SEED_B = '002_0995e0179602f20a';
const PIPELINE = path.join(ROOT, 'pipelines/default.json');
const quiet = { log: () => {}, quiet: true, pipeline: PIPELINE } satisfies Partial<ExtractOptions>;

const seedText = (id: string) => readFileSync(path.join(SEEDS, `${id}.txt`), 'utf8');
const SENTENCE = 'The revelation came after a meeting of Putin with Azerbaijani President Ilham Aliyev in a Tajikistani city.';

/** Every file under `dir`, relative path → bytes. */
function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.set(path.relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

/** Every {start, end, text} span and every {text, spans} part in the record must slice back from record.text. */
function checkOffsets(r: ArticleRecordT): number {
  let checked = 0;
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) return v.forEach(visit);
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') {
      expect(r.text.slice(o.start, o.end), JSON.stringify(o)).toBe(o.text);
      checked++;
    }
    if (Array.isArray(o.spans) && typeof o.text === 'string') {
      const spans = o.spans as Array<[number, number]>;
      expect(spans.map(([s, e]) => r.text.slice(s, e)).join(' '), JSON.stringify(o)).toBe(o.text);
      checked++;
    }
    for (const [k, child] of Object.entries(o)) if (k !== 'text') visit(child);
  };
  visit([r.sentences, r.entities, r.dates, r.quantities, r.attributions, r.claims]);
  return checked;
}

let tmp: string;
let input: string;
let out: string;
const inputPath = (name: string) => path.join(input, name);
const readManifest = () => Manifest.parse(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')));
const entryOf = (m: ManifestT, name: string) => m.entries.find((e) => e.input === inputPath(name));

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'extract-test-'));
  input = path.join(tmp, 'in');
  out = path.join(tmp, 'out');
  mkdirSync(input);
  for (const id of [SEED_A, SEED_B]) copyFileSync(path.join(SEEDS, `${id}.txt`), path.join(input, `${id}.txt`));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fresh input folder holding the seeds, and an output folder beside it. */
const folders = (name: string) => {
  const dir = path.join(tmp, `${name}-in`);
  mkdirSync(dir);
  for (const id of [SEED_A, SEED_B]) copyFileSync(path.join(SEEDS, `${id}.txt`), path.join(dir, `${id}.txt`));
  return { dir, dest: path.join(tmp, `${name}-out`) };
};

describe('runExtract on a mixed folder', () => {
  const BAD: Record<string, { bytes: Buffer; reason: RegExp; line: number | null; column: number | null }> = {
    'empty.txt': { bytes: Buffer.alloc(0), reason: /^file is empty$/u, line: null, column: null },
    // NUL after the first line and "The ": line 2, column 5
    'binary.txt': {
      bytes: Buffer.from(`${SENTENCE}\nThe \u0000 end.\n`),
      reason: new RegExp(`^binary content: NUL byte at byte offset ${Buffer.byteLength(SENTENCE) + 1 + 4}$`, 'u'),
      line: 2,
      column: 5,
    },
    // the broken flow sequence is reported at the closing line of the YAML block: file line 4
    'broken.md': {
      bytes: Buffer.from(`---\ntitle: Putin admits\npublisher: [unclosed\n---\n${SENTENCE}\n`),
      reason: /^broken YAML front matter: Flow sequence in block collection/u,
      line: 4,
      column: 1,
    },
    'latin1.txt': {
      bytes: Buffer.concat([Buffer.from(`${SENTENCE}\nAlready `), Buffer.from([0xe9]), Buffer.from('t\u00e9\n')]),
      reason: new RegExp(`^invalid UTF-8 at byte offset ${Buffer.byteLength(SENTENCE) + 1 + 8} \\(byte 0xe9\\)$`, 'u'),
      line: 2,
      column: 9,
    },
    'unclosed.md': {
      bytes: Buffer.from(`---\ntitle: Putin admits\n${SENTENCE}\n`),
      reason: /^front matter opened with "---" on line 1 is never closed/u,
      line: 1,
      column: 1,
    },
  };

  it('goes on past bad articles, exits 1 and lists every input', async () => {
    for (const [name, { bytes }] of Object.entries(BAD)) writeFileSync(inputPath(name), bytes);
    const { exitCode, manifest } = await runExtract({ ...quiet, inputs: [input], out });
    expect(exitCode).toBe(1);
    expect(manifest.entries.map((e) => e.input)).toEqual(
      [`${SEED_A}.txt`, `${SEED_B}.txt`, 'binary.txt', 'broken.md', 'empty.txt', 'latin1.txt', 'unclosed.md'].map(inputPath),
    );
    expect(manifest).toMatchObject({ processed: 2, failed: 5, removed: 0, skipped: 0 });
    expect(readManifest()).toEqual(manifest);
    for (const id of [SEED_A, SEED_B]) {
      expect(entryOf(manifest, `${id}.txt`)).toMatchObject({
        id,
        status: 'processed',
        output: path.join(out, 'articles', `${id}.json`),
        reason: null,
      });
    }
    for (const [name, want] of Object.entries(BAD)) {
      const e = entryOf(manifest, name)!;
      expect(e, name).toMatchObject({ status: 'failed', output: null, counts: null, line: want.line, column: want.column });
      expect(e.reason, name).toMatch(want.reason);
    }
    expect(readdirSync(path.join(out, 'articles')).sort()).toEqual([`${SEED_A}.json`, `${SEED_B}.json`]);
  });

  it('prints a failed article with its line and column, as compilers do', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'extract-position-'));
    try {
      const file = path.join(dir, 'in', 'broken.md');
      mkdirSync(path.dirname(file));
      writeFileSync(file, BAD['broken.md']!.bytes);
      const lines: string[] = [];
      await runExtract({ ...quiet, quiet: false, log: (l) => lines.push(l), inputs: [path.dirname(file)], out: path.join(dir, 'out') });
      expect(lines.some((l) => l.startsWith(`${file}:4:1: broken YAML front matter`))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('writes records that validate, with offsets that slice back, and one claims.jsonl line per claim', () => {
    const manifest = readManifest();
    let claims = 0;
    for (const id of [SEED_A, SEED_B]) {
      const record = ArticleRecord.parse(JSON.parse(readFileSync(path.join(out, 'articles', `${id}.json`), 'utf8')));
      expect(record.text).toBe(seedText(id));
      expect(record.article.id).toBe(id);
      expect(record.sentences.length).toBeGreaterThan(5);
      expect(record.claims.length).toBeGreaterThan(0);
      expect(checkOffsets(record)).toBeGreaterThan(record.sentences.length);
      expect(entryOf(manifest, `${id}.txt`)!.counts).toMatchObject({ sentences: record.sentences.length, claims: record.claims.length });
      claims += record.claims.length;
    }
    const lines = readFileSync(path.join(out, 'claims.jsonl'), 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(claims);
    expect(manifest.counts.claims).toBe(claims);
    const ids = lines.map((l) => ClaimLine.parse(JSON.parse(l)).claimId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives byte-identical files on a second, forced run', async () => {
    const before = snapshot(out);
    const { exitCode } = await runExtract({ ...quiet, inputs: [input], out, force: true });
    expect(exitCode).toBe(1);
    const after = snapshot(out);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [k, v] of before) expect(after.get(k)!.equals(v), k).toBe(true);
  });

  it('deletes the record of a removed input and says so in the manifest', async () => {
    unlinkSync(inputPath(`${SEED_B}.txt`));
    const { manifest } = await runExtract({ ...quiet, inputs: [input], out });
    const removed = manifest.entries.filter((e) => e.status === 'removed');
    expect(removed).toEqual([
      expect.objectContaining({ id: SEED_B, input: path.join(out, 'articles', `${SEED_B}.json`), reason: 'no longer among the inputs' }),
    ]);
    // the other seed is unchanged since the last run: kept, not reprocessed
    expect(manifest).toMatchObject({ processed: 0, skipped: 1, failed: 5, removed: 1 });
    expect(readdirSync(path.join(out, 'articles'))).toEqual([`${SEED_A}.json`]);
    const lines = readFileSync(path.join(out, 'claims.jsonl'), 'utf8').trim().split('\n');
    expect(lines.every((l) => (JSON.parse(l) as { articleId: string }).articleId === SEED_A)).toBe(true);
  });

  it('an input that now fails loses its old record and is reported failed, not removed', async () => {
    writeFileSync(inputPath(`${SEED_A}.txt`), Buffer.concat([Buffer.from(seedText(SEED_A)), Buffer.from([0xc3])]));
    const { exitCode, manifest } = await runExtract({ ...quiet, inputs: [input], out });
    expect(exitCode).toBe(1);
    expect(manifest.entries.filter((e) => e.status !== 'failed')).toEqual([]);
    expect(entryOf(manifest, `${SEED_A}.txt`)!.reason).toMatch(/^invalid UTF-8 at byte offset \d+ \(byte 0xc3\)$/u);
    expect(manifest).toMatchObject({ processed: 0, failed: 6, removed: 0 });
    expect(readdirSync(path.join(out, 'articles'))).toEqual([]);
    expect(readFileSync(path.join(out, 'claims.jsonl'), 'utf8')).toBe('');
  });
});

describe('runExtract --strict', () => {
  it('stops at the first failure, lists the inputs not reached as skipped and keeps their records', async () => {
    const dir = path.join(tmp, 'strict-in');
    const dest = path.join(tmp, 'strict-out');
    mkdirSync(dir);
    for (const id of [SEED_A, SEED_B]) copyFileSync(path.join(SEEDS, `${id}.txt`), path.join(dir, `${id}.txt`));
    expect((await runExtract({ ...quiet, inputs: [dir], out: dest })).exitCode).toBe(0);
    const records = snapshot(path.join(dest, 'articles'));
    writeFileSync(path.join(dir, '0-bad.txt'), ' \n'); // sorts first
    const { exitCode, manifest } = await runExtract({ ...quiet, strict: true, inputs: [dir], out: dest });
    expect(exitCode).toBe(1);
    expect(manifest.entries.map((e) => [path.basename(e.input), e.status, e.reason])).toEqual([
      ['0-bad.txt', 'failed', 'file holds only white space'],
      [`${SEED_A}.txt`, 'skipped', 'not processed: --strict stopped at the first failure'],
      [`${SEED_B}.txt`, 'skipped', 'not processed: --strict stopped at the first failure'],
    ]);
    expect(manifest).toMatchObject({ processed: 0, failed: 1, skipped: 2, removed: 0 });
    expect(snapshot(path.join(dest, 'articles'))).toEqual(records);
  });
});

describe('runExtract: inputs that clash, and what it says', () => {
  it('keeps the record of the first of two inputs with one id, and fails the second', async () => {
    const { dir, dest } = folders('dup');
    copyFileSync(path.join(dir, `${SEED_A}.txt`), path.join(dir, `${SEED_A}.md`));
    const { exitCode, manifest } = await runExtract({ ...quiet, inputs: [dir], out: dest });
    expect(exitCode).toBe(1);
    expect(manifest.entries.map((e) => [path.basename(e.input), e.status])).toEqual([
      [`${SEED_A}.md`, 'processed'],
      [`${SEED_A}.txt`, 'failed'],
      [`${SEED_B}.txt`, 'processed'],
    ]);
    expect(readdirSync(path.join(dest, 'articles')).sort()).toEqual([`${SEED_A}.json`, `${SEED_B}.json`]);
  });

  it('reads one file named twice by two paths once', async () => {
    const { dir, dest } = folders('twice');
    const file = path.join(dir, `${SEED_A}.txt`);
    const again = `${dir}/../${path.basename(dir)}/${SEED_A}.txt`; // (not path.join, which would normalise it)
    const { exitCode, manifest } = await runExtract({ ...quiet, inputs: [file, again], out: dest });
    expect(exitCode).toBe(0);
    expect(manifest.entries.map((e) => e.status)).toEqual(['processed']);
    expect(readdirSync(path.join(dest, 'articles'))).toEqual([`${SEED_A}.json`]);
    // or through a link to its folder
    const link = path.join(tmp, 'twice-link');
    symlinkSync(dir, link);
    const linked = await runExtract({ ...quiet, inputs: [dir, link], out: `${dest}-link` });
    expect(linked.manifest.entries.map((e) => [path.basename(e.input), e.status])).toEqual([
      [`${SEED_A}.txt`, 'processed'],
      [`${SEED_B}.txt`, 'processed'],
    ]);
  });

  it('refuses a folder with no article in it, and leaves the output as it was', async () => {
    const { dir, dest } = folders('nothing');
    expect((await runExtract({ ...quiet, inputs: [dir], out: dest })).exitCode).toBe(0);
    const before = snapshot(dest);
    const empty = path.join(tmp, 'nothing-empty');
    mkdirSync(empty);
    await expect(runExtract({ ...quiet, inputs: [empty], out: dest })).rejects.toThrow(/^--input .*nothing-empty: the folder holds no \.txt or \.md file$/u);
    expect(snapshot(dest)).toEqual(before);
  });

  it('prints failures under --quiet, and no summary', async () => {
    const { dir, dest } = folders('quiet');
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const lines: string[] = [];
    await runExtract({ ...quiet, log: (l) => lines.push(l), inputs: [dir], out: dest });
    expect(lines).toEqual([`${path.join(dir, 'empty.txt')}: file is empty`]);
  });

  it('tells inputs --strict did not reach from unchanged ones in its summary', async () => {
    const { dir, dest } = folders('summary');
    writeFileSync(path.join(dir, '0-bad.txt'), '');
    const lines: string[] = [];
    await runExtract({ ...quiet, quiet: false, strict: true, log: (l) => lines.push(l), inputs: [dir], out: dest });
    expect(lines.at(-1)).toMatch(/^0 processed, 0 unchanged, 1 failed, 0 removed, 2 not reached \(--strict stopped\); /u);
  });

  it('stops a second run into a folder a live run holds, and takes over the lock of a run that was killed', async () => {
    const { dir, dest } = folders('lock');
    mkdirSync(dest);
    // a live process (a child that sleeps) holds the folder
    const child = spawn('sleep', ['30']);
    try {
      writeFileSync(path.join(dest, '.lock'), `${child.pid} 0123456789abcdef\n`);
      await expect(runExtract({ ...quiet, inputs: [dir], out: dest })).rejects.toThrow(new RegExp(`another run \\(process ${child.pid}\\) is writing to this folder`, 'u'));
      expect(readdirSync(dest).sort()).toEqual(['.lock', 'articles']);
    } finally {
      child.kill();
    }
    // a process id no process has (above Linux's pid_max); then this process's own id with a token it
    // does not hold (a killed run's id, reused: a container restarted)
    for (const dead of ['99999999', `${process.pid} 0123456789abcdef`]) {
      writeFileSync(path.join(dest, '.lock'), `${dead}\n`);
      expect((await runExtract({ ...quiet, inputs: [dir], out: dest })).exitCode).toBe(0);
      expect(readdirSync(dest).sort()).toEqual(['articles', 'claims.jsonl', 'manifest.json']);
    }
  });

  it('lets one of many runs finding a dead lock take it', async () => {
    const dest = path.join(tmp, 'lock-race');
    mkdirSync(dest);
    for (let round = 0; round < 10; round++) {
      writeFileSync(path.join(dest, '.lock'), '99999999\n');
      const held = await Promise.all(Array.from({ length: 6 }, () => lockFolder(dest)));
      const winners = held.filter((h) => 'release' in h);
      expect(winners).toHaveLength(1);
      for (const h of held) if ('heldBy' in h) expect(h.heldBy).toBe(process.pid);
      await (winners[0] as { release: () => Promise<void> }).release();
      expect(readdirSync(dest)).toEqual([]);
    }
  });
});

describe('runExtract with a bad pipeline', () => {
  it('throws PipelineError on an unknown stage, before writing anything', async () => {
    const file = path.join(tmp, 'bogus-pipeline.json');
    writeFileSync(file, JSON.stringify({ name: 'bogus', stages: [{ name: 'segment' }, { name: 'telepathy' }] }));
    const where = path.join(tmp, 'never');
    const run = runExtract({ ...quiet, pipeline: file, inputs: [tmp], out: where });
    await expect(run).rejects.toBeInstanceOf(PipelineError);
    await expect(run).rejects.toThrow(/stage 2 "telepathy" is unknown/u);
    expect(() => readdirSync(where)).toThrow();
  });
});

describe('extract CLI', () => {
  const run = (...args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/extract.ts'), ...args], { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
      );
    });

  it('--help prints usage and exits 0; an unknown option exits 2 with a clear message', async () => {
    const [help, bogus] = await Promise.all([run('--help'), run('--bogus')]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run extract/u);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toMatch(/^extract: Unknown option '--bogus'/u);
    expect(bogus.stderr).toContain('Run with --help for usage.');
  });

  it('refuses a --time-limit that is no number of seconds (exit 2)', async () => {
    // (past 2^31 − 1 ms setTimeout would fire at once, stopping every article)
    const [word, empty, huge] = await Promise.all([run('--time-limit', 'soon'), run('--time-limit='), run('--time-limit', '3000000')]);
    for (const r of [word, empty, huge]) expect(r.code).toBe(2);
    expect(word.stderr).toMatch(/^extract: --time-limit must be a number of seconds from 0 to 2147483, got "soon"/u);
  });
});

describe('runExtract --metadata', () => {
  it.each([
    // [what, the TSV (null: no such file), the message]
    ['a missing file', null, /^--metadata .*nope\.tsv: cannot read it \(ENOENT\)$/u],
    ['no date column', 'filename\tdate\nx\t2024-12-26\n', /^--metadata .*: metadata TSV needs a "filename" \(or "id"\) and a "publication_date"/u],
    ['a date in another form', 'filename\tpublication_date\nx.txt\t26/12/2024\n', /^--metadata .*: line 2: publication date "26\/12\/2024" of "x" is not YYYY-MM-DD$/u],
  ])('stops on %s, naming --metadata', async (_what, tsv, message) => {
    const file = path.join(tmp, `meta-${Math.random().toString(36).slice(2)}-nope.tsv`);
    if (tsv !== null) writeFileSync(file, tsv);
    await expect(runExtract({ ...quiet, metadata: file, inputs: [input], out: path.join(tmp, 'meta-out') })).rejects.toThrow(message);
  });

  it('reads a file name in the filename column as its article id', async () => {
    const file = path.join(tmp, 'meta-names.tsv');
    writeFileSync(file, `filename\tpublication_date\n${SEED_A}.txt\t2024-12-27\n${SEED_B}\t\n`);
    const { dir, dest } = folders('meta-names');
    await runExtract({ ...quiet, metadata: file, inputs: [dir], out: dest });
    const published = (id: string) => ArticleRecord.parse(JSON.parse(readFileSync(path.join(dest, 'articles', `${id}.json`), 'utf8'))).article.publishedAt;
    expect([published(SEED_A), published(SEED_B)]).toEqual(['2024-12-27', null]);
  });
});
