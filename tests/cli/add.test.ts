// Adding an article to a corpus folder (always a temp one, never corpus/):
// ids, duplicates, front matter, the body byte for byte; then the CLI's exit codes.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { UsageError } from '../../src/batch/inputs.ts';
import { addArticle, AddError, renderArticle, slugify, type AddOptions } from '../../src/corpus/add.ts';
import { parseArticle, sha256, splitFrontMatter } from '../../src/corpus/article.ts';
import { InputError } from '../../src/corpus/decode.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = path.resolve(ROOT, 'tests/fixtures/seeds');
const SEED_A = readFileSync(path.join(SEEDS, '000_553696576d4a387f.txt'), 'utf8');
const SEED_B = readFileSync(path.join(SEEDS, '002_0995e0179602f20a.txt'), 'utf8');
const LINES_B = SEED_B.split('\n');

const tmp = mkdtempSync(path.join(os.tmpdir(), 'add-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
let dir: string;
let corpus: string;
beforeEach(() => {
  dir = path.join(tmp, `case-${++n}`);
  corpus = path.join(dir, 'corpus');
  mkdirSync(dir);
});

function source(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
}
const add = (file: string, opts: Omit<AddOptions, 'file'> = {}) => addArticle({ corpus, ...opts, file });
const fail = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a refusal');
};
/** The written file read back the way the pipeline reads it. */
const readBack = (file: string) => parseArticle(readFileSync(file), file);
const frontMatterOf = (file: string) => parseYaml(splitFrontMatter(readFileSync(file, 'utf8')).frontMatter!) as Record<string, unknown>;

describe('slugify', () => {
  it.each([
    ['Putin admits Russian role in Azerbaijan Airlines crash', 'putin-admits-russian-role-in-azerbaijan-airlines-crash'],
    ['Drones, Defenses & Lethal Mistake', 'drones-defenses-lethal-mistake'],
    ['Russia’s air defense: “a technical failure”', 'russias-air-defense-a-technical-failure'],
    ['Türkiye, Azərbaycan, Ελλάδα and Kraków', 'turkiye-azrbaycan-and-krakow'],
    ['Crème brûlée — ﬁnal', 'creme-brulee-final'],
    ['  --IL-76 // Antarctica!!  ', 'il-76-antarctica'],
    ['Москва', ''],
    [LINES_B[0]!, 'a-devastating-crash-involving-an-azerbaijan-airlines-plane'],
    ['x'.repeat(70), 'x'.repeat(60)],
  ])('%j → %j', (title, slug) => {
    const s = slugify(title);
    expect(s).toBe(slug);
    expect(s.length).toBeLessThanOrEqual(60);
    if (s) expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/u);
  });
});

describe('renderArticle', () => {
  it('writes the keys in order, quotes what YAML would misread, and reads back identically', () => {
    const fm = {
      title: 'Putin: "we" did it',
      publisher: 'true',
      url: 'https://example.com/a?b=1#c',
      publishedAt: '2024-12-28',
      language: 'en',
      notes: `${'long '.repeat(30)}\nsecond line\n---\nthird`,
    };
    const text = renderArticle(fm, SEED_B);
    expect(text.split('\n').slice(0, 4)).toEqual(['---', `title: 'Putin: "we" did it'`, 'publisher: "true"', 'url: https://example.com/a?b=1#c']);
    const back = parseArticle(Buffer.from(text), 'x.md');
    expect(back.text).toBe(SEED_B);
    expect(back.article).toMatchObject({ title: fm.title, publisher: 'true', url: fm.url, publishedAt: '2024-12-28', language: 'en' });
    expect(parseYaml(splitFrontMatter(text).frontMatter!)).toEqual(fm);
  });
});

describe('addArticle', () => {
  // Hugo's TOML front matter is read and written back as YAML, its notes kept (session 36)
  it('adds a .md with TOML front matter: its fields as YAML, the body byte for byte', async () => {
    const file = source('hugo.md', `+++\ntitle = "Kremlin admits air defenses were active"\ndate = 2024-12-28T09:00:00+04:00\nnotes = "from a Hugo site"\n+++\n${SEED_B}`);
    const r = await add(file);
    expect(r.id).toBe('kremlin-admits-air-defenses-were-active');
    expect(frontMatterOf(r.path)).toMatchObject({ title: 'Kremlin admits air defenses were active', publishedAt: '2024-12-28', notes: 'from a Hugo site' });
    expect(readBack(r.path).text).toBe(SEED_B);
  });

  it('adds a .txt with flags: front matter in key order, nulls for unknowns, the body byte for byte', async () => {
    const file = source('aktau.txt', SEED_B);
    const r = await add(file, { title: 'Kremlin admits air defenses were active near Grozny', published: '2024-12-28', language: 'en' });
    expect(r.id).toBe('kremlin-admits-air-defenses-were-active-near-grozny');
    expect(r.path).toBe(path.join(corpus, `${r.id}.md`));
    expect(r.warnings).toEqual([]);
    const written = readFileSync(r.path, 'utf8');
    expect(written).toBe(
      [
        '---',
        'title: Kremlin admits air defenses were active near Grozny',
        'publisher: null',
        'url: null',
        'publishedAt: 2024-12-28',
        'language: en',
        'notes: null',
        '---',
        '',
      ].join('\n') + SEED_B,
    );
    const back = readBack(r.path);
    expect(back.text).toBe(SEED_B);
    expect(back.article.sha256).toBe(sha256(SEED_B));
    expect(r.sha256).toBe(back.article.sha256);
    expect(back.article).toMatchObject({ id: r.id, publishedAt: '2024-12-28', language: 'en', publisher: null, url: null });
    expect(back.messages).toEqual([]);
  });

  it.each([
    { name: 'CRLF and no final newline', body: `${LINES_B[0]}\r\n${LINES_B[1]}` },
    { name: 'leading blank lines and trailing spaces', body: `\n\n  ${LINES_B[1]}  \n\n` },
    { name: 'a body line "---"', body: `${LINES_B[0]}\n---\n${LINES_B[1]}\n` },
    { name: 'a .txt starting with "---"', body: `---\n${LINES_B[2]}\n---\n` },
    { name: 'non-ASCII text', body: `${SEED_A.split('\n')[0]}\nAzərbaycan Hava Yolları 🇦🇿\n` },
  ])('keeps the body exactly: $name', async ({ body }) => {
    const r = await add(source('story.txt', body));
    expect(readFileSync(r.path, 'utf8').endsWith(`---\n${body}`)).toBe(true);
    const back = readBack(r.path);
    expect(back.text).toBe(body);
    expect(back.article.sha256).toBe(sha256(body));
  });

  it('drops a UTF-8 BOM (like the pipeline) and writes none', async () => {
    const r = await add(source('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED_B)])));
    expect(readFileSync(r.path)[0]).toBe(0x2d);
    expect(readBack(r.path).text).toBe(SEED_B);
  });

  it('takes a .md file\'s front matter as defaults that flags override ("" clears)', async () => {
    const file = source(
      'Draft (v2).md', // not a safe id itself: read under a stand-in name, reported under its own
      [
        '---',
        'title: "Kremlin: air defenses were repelling drones"',
        'publisher: Draft Wire',
        'url: https://example.com/draft',
        'publishedAt: 2024-12-28',
        'language: en',
        'notes: "Seed 002."',
        'author: Jane Doe',
        '---',
        SEED_B,
      ].join('\n'),
    );
    const r = await add(file, { publisher: 'Example News', url: '' });
    expect(r.id).toBe('kremlin-air-defenses-were-repelling-drones');
    expect(frontMatterOf(r.path)).toEqual({
      title: 'Kremlin: air defenses were repelling drones',
      publisher: 'Example News',
      url: null,
      publishedAt: '2024-12-28',
      language: 'en',
      notes: 'Seed 002.',
    });
    expect(Object.keys(frontMatterOf(r.path))).toEqual(['title', 'publisher', 'url', 'publishedAt', 'language', 'notes']);
    expect(r.warnings).toEqual([`unknown front-matter key "author" on line 8 of ${file} (known: title, publisher, url, publishedAt, language, notes): not copied`]);
    expect(readBack(r.path).text).toBe(SEED_B);
  });

  it.each([
    { name: 'the title', file: 'x.txt', opts: { title: 'Crème brûlée — ﬁnal' }, id: 'creme-brulee-final' },
    { name: 'the file stem without a title', file: 'Aktau Crash (Dec 2024).txt', opts: {}, id: 'aktau-crash-dec-2024' },
    { name: 'the file stem when the title has no ASCII', file: 'moscow.txt', opts: { title: 'Москва' }, id: 'moscow' },
    { name: '"article" when neither has', file: 'Москва.txt', opts: {}, id: 'article' },
    { name: '--id', file: 'x.txt', opts: { title: 'Ignored', id: 'AZAL-8243_v1.2' }, id: 'AZAL-8243_v1.2' },
    { name: 'a 60-character cut at a word', file: 'x.txt', opts: { title: LINES_B[0]! }, id: 'a-devastating-crash-involving-an-azerbaijan-airlines-plane' },
  ])('takes its id from $name', async ({ file, opts, id }) => {
    const r = await add(source(file, SEED_B), opts);
    expect(r.id).toBe(id);
    expect(readdirSync(corpus)).toEqual([`${id}.md`]);
    expect(readBack(r.path).article.id).toBe(id);
  });

  it('appends -2, -3, … when the id is taken by a different article (.md or .txt)', async () => {
    mkdirSync(path.join(corpus, 'sub'), { recursive: true });
    writeFileSync(path.join(corpus, 'crash.md'), `---\ntitle: Crash\n---\n${LINES_B[0]}\n`);
    writeFileSync(path.join(corpus, 'sub', 'crash-2.txt'), `${LINES_B[1]}\n`);
    const r = await add(source('a.txt', SEED_B), { title: 'Crash' });
    expect(r.id).toBe('crash-3');
    const r2 = await add(source('b.txt', SEED_A), { title: 'Crash' });
    expect(r2.id).toBe('crash-4');
    const long = 'x'.repeat(60);
    writeFileSync(path.join(corpus, `${long}.md`), `---\ntitle: X\n---\n${LINES_B[2]}\n`);
    const r3 = await add(source('c.txt', `${LINES_B[3]}\n`), { title: long });
    expect(r3.id).toBe(`${'x'.repeat(58)}-2`);
  });

  it('refuses a body already in the corpus (.md or .txt, BOM or front matter aside), naming the file', async () => {
    writeFileSync(path.join(dir, 'seed.txt'), SEED_B);
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, '002_0995e0179602f20a.txt'), SEED_B);
    writeFileSync(path.join(corpus, 'other.md'), `---\ntitle: Other\n---\n${SEED_A}`);
    const e = await fail(add(path.join(dir, 'seed.txt'), { title: 'New title' }));
    expect(e).toBeInstanceOf(AddError);
    expect((e as AddError).ruleId).toBe('add/duplicate');
    expect((e as AddError).existing).toBe(path.join(corpus, '002_0995e0179602f20a.txt'));
    expect(e.message).toBe(
      `${path.join(dir, 'seed.txt')} is already in the corpus: ${path.join(corpus, '002_0995e0179602f20a.txt')} has the same body (sha256 ${sha256(SEED_B)})`,
    );
    const md = source('seed-a.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`---\ntitle: Again\n---\n${SEED_A}`)]));
    expect(((await fail(add(md))) as AddError).existing).toBe(path.join(corpus, 'other.md'));
    expect(readdirSync(corpus).sort()).toEqual(['002_0995e0179602f20a.txt', 'other.md']);
  });

  it('gives a .txt the title extract reads from it (its first line), its id from the file name', async () => {
    const r = await add(source('aktau.txt', SEED_B));
    expect(r.id).toBe('aktau');
    expect(frontMatterOf(r.path).title).toBe(LINES_B[0]);
    expect(readBack(r.path).article.title).toBe(parseArticle(Buffer.from(SEED_B), 'aktau.txt').article.title);
    expect(readBack(r.path).text).toBe(SEED_B);
  });

  it('adds a body that differs by one byte, and the pipeline then finds two distinct articles', async () => {
    const first = await add(source('a.txt', SEED_B));
    const second = await add(source('b.txt', `${SEED_B}\n`));
    expect(first.id).toBe('a');
    expect(second.id).toBe('b');
    expect(second.sha256).not.toBe(first.sha256);
  });

  it('refuses a --id taken by another article', async () => {
    mkdirSync(corpus);
    writeFileSync(path.join(corpus, 'crash.txt'), `${LINES_B[0]}\n`);
    const e = await fail(add(source('a.txt', SEED_B), { id: 'Crash' }));
    expect(e).toBeInstanceOf(AddError);
    expect((e as AddError).ruleId).toBe('add/id-taken');
    expect(e.message).toMatch(/^article id "Crash" is taken by .*crash\.txt \(a different article\): choose another --id$/u);
  });

  it.each([
    { name: 'an empty file', content: Buffer.alloc(0), ruleId: 'read/empty' },
    { name: 'a binary file', content: Buffer.from(`${LINES_B[0]}\u0000`), ruleId: 'read/binary' },
    { name: 'invalid UTF-8', content: Buffer.concat([Buffer.from(LINES_B[0]!), Buffer.from([0xe9])]), ruleId: 'read/invalid-utf8' },
    { name: 'UTF-16', content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED_B, 'utf16le')]), ruleId: 'read/utf16' },
    { name: 'broken front matter', content: Buffer.from(`---\ntitle: [x\n---\n${SEED_B}`), ruleId: 'read/front-matter', md: true },
    { name: 'a bad publishedAt in front matter', content: Buffer.from(`---\npublishedAt: yesterday\n---\n${SEED_B}`), ruleId: 'read/front-matter', md: true },
  ])('refuses $name like the pipeline ($ruleId), writing nothing', async ({ content, ruleId, md }) => {
    const e = await fail(add(source(md ? 'a.md' : 'a.txt', content)));
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).ruleId).toBe(ruleId);
    expect(() => readdirSync(corpus)).toThrow();
  });

  it('refuses a file over maxBytes', async () => {
    const e = await fail(add(source('a.txt', SEED_B), { maxBytes: 100 }));
    expect((e as InputError).ruleId).toBe('read/too-large');
  });

  it.each([
    { name: 'a bad --id (..)', opts: { id: '..' }, message: /^--id "\.\." is not a safe article id/u },
    { name: 'a bad --id (slash)', opts: { id: '../escape' }, message: /^--id "\.\.\/escape" is not a safe article id/u },
    { name: 'a bad --id (space)', opts: { id: 'my story' }, message: /^--id "my story" is not a safe article id/u },
    { name: 'an impossible --published', opts: { published: '2024-13-45' }, message: /^--published must be a date as YYYY-MM-DD, got "2024-13-45"$/u },
    { name: 'a 30 February', opts: { published: '2024-02-30' }, message: /^--published must be a date as YYYY-MM-DD, got "2024-02-30"$/u },
    { name: '--published yesterday', opts: { published: 'yesterday' }, message: /^--published must be a date/u },
    { name: 'a .html file', opts: {}, file: 'a.html', message: /a\.html: only \.txt and \.md files can be added$/u },
    { name: 'a missing file', opts: {}, file: 'missing.txt', write: false, message: /missing\.txt: no such file$/u },
  ])('refuses $name as bad usage', async ({ opts, file, write, message }) => {
    const f = write === false ? path.join(dir, file!) : source(file ?? 'a.txt', SEED_B);
    const e = await fail(add(f, opts));
    expect(e).toBeInstanceOf(UsageError);
    expect(e.message).toMatch(message);
  });

  it('refuses a corpus path that is a file', async () => {
    writeFileSync(corpus, 'not a folder');
    expect(await fail(add(source('a.txt', SEED_B)))).toBeInstanceOf(UsageError);
  });
});

describe('add CLI', () => {
  // run from the repo (where tsx resolves) with absolute paths into the temp folder; each run
  // costs a Node start, so the independent ones run side by side
  const run = (...args: string[]) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/add.ts'), ...args], { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) =>
        resolve({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
      );
    });

  it('exit codes: 0 written (path printed), 1 duplicate or bad input, 2 bad usage; --help 0', async () => {
    const file = source('aktau.txt', SEED_B);
    const written = path.join(corpus, 'kremlin-admits-air-defenses-were-active.md');
    const ok = await run(file, '--corpus', corpus, '--title', 'Kremlin admits air defenses were active', '--published', '2024-12-28', '--language', 'en');
    expect(ok).toEqual({ code: 0, stdout: `${written}\n`, stderr: '' });
    const back = readBack(written);
    expect(back.text).toBe(SEED_B);
    expect(back.article.publishedAt).toBe('2024-12-28');

    const latin1 = source('latin1.txt', Buffer.concat([Buffer.from(`${LINES_B[0]}\nCaf`), Buffer.from([0xe9, 0x0a])]));
    const [dup, badInput, badDate, help, bogus, noFile, twoFiles] = await Promise.all([
      run(file, '--corpus', corpus),
      run(latin1, '--corpus', corpus),
      run(file, '--corpus', corpus, '--published', '2024-13-45'),
      run('--help'),
      run('--bogus'),
      run('--corpus', corpus),
      run('a.txt', 'b.txt'),
    ]);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toBe(`add: ${file} is already in the corpus: ${written} has the same body (sha256 ${sha256(SEED_B)})\n`);
    expect(badInput.code).toBe(1);
    expect(badInput.stderr).toBe(`add: ${latin1}:2:4: invalid UTF-8 at byte offset ${Buffer.byteLength(LINES_B[0]!) + 4} (byte 0xe9) [read/invalid-utf8]\n`);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toBe('add: --published must be a date as YYYY-MM-DD, got "2024-13-45"\nRun with --help for usage.\n');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run add -- <file> \[options\]/u);
    expect(bogus).toMatchObject({ code: 2, stderr: expect.stringMatching(/^add: Unknown option '--bogus'/u) });
    expect(noFile).toMatchObject({ code: 2, stderr: expect.stringMatching(/^add: name the article file to add\n/u) });
    expect(twoFiles).toMatchObject({ code: 2, stderr: expect.stringMatching(/^add: add one file at a time, got 2\n/u) });
    expect(readdirSync(corpus)).toEqual(['kremlin-admits-air-defenses-were-active.md']);
  });
});
