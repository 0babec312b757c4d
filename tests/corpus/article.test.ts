// Reading one article: front matter (validated, with line numbers when it is
// broken), the body kept byte for byte, .txt titles, safe ids, metadata TSV.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleIdOf, parseArticle, parseMetadataTsv, sha256, splitFrontMatter } from '../../src/corpus/article.ts';
import { InputError } from '../../src/corpus/decode.ts';
import { ArticleMeta, Message } from '../../src/schemas/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = path.resolve(ROOT, 'tests/fixtures/seeds');
const seedA = readFileSync(path.join(SEEDS, '000_553696576d4a387f.txt'), 'utf8');
const seedB = readFileSync(path.join(SEEDS, '002_0995e0179602f20a.txt'), 'utf8');
const [S1, S2] = seedA.split('\n') as [string, string]; // a long paragraph, then the short heading "Drones, Defenses & Lethal Mistake"
const BODY = `${S1}\n${S2}\n`;

const md = (frontMatter: string, body = BODY) => Buffer.from(`---\n${frontMatter}---\n${body}`, 'utf8');

function refusal(bytes: Uint8Array, file = 'corpus/story.md'): InputError {
  try {
    parseArticle(bytes, file);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected parseArticle to refuse the input');
}

describe('parseArticle: front matter', () => {
  it('reads every field, and the body after the closing line exactly', () => {
    const r = parseArticle(
      md(
        [
          'title: "Putin admits Russian role in Azerbaijan Airlines crash"',
          'publisher: Example News',
          'url: https://example.com/news/aktau?id=8243#top',
          'publishedAt: 2025-10-09',
          'language: en',
          'notes: "Reports the 25 Dec 2024 crash: flight 8243."',
          '',
        ].join('\n'),
      ),
      'corpus/putin-admits.md',
    );
    expect(ArticleMeta.parse(r.article)).toEqual({
      id: 'putin-admits',
      title: 'Putin admits Russian role in Azerbaijan Airlines crash',
      publisher: 'Example News',
      url: 'https://example.com/news/aktau?id=8243#top',
      publishedAt: '2025-10-09',
      language: 'en',
      sourcePath: 'corpus/putin-admits.md',
      sha256: sha256(BODY),
    });
    expect(r.text).toBe(BODY);
    expect(r.messages).toEqual([]);
  });

  it.each([
    { name: 'all null', fm: 'title: null\npublisher: null\nurl: null\npublishedAt: null\nlanguage: null\nnotes: null\n' },
    { name: 'empty', fm: '' },
    { name: 'a quoted date and trailing blanks on the fences', fm: 'publishedAt: "2024-12-28"\n', open: '---  \n', close: '--- \t\n' },
    { name: 'notes as a mapping', fm: 'notes:\n  source: Kremlin statement\n  checked: true\n' },
  ])('accepts front matter: $name', ({ fm, open, close }) => {
    const bytes = Buffer.from(`${open ?? '---\n'}${fm}${close ?? '---\n'}${BODY}`);
    const r = parseArticle(bytes, 'a.md');
    expect(r.text).toBe(BODY);
    expect(r.article.title).toBeNull();
    expect(r.messages.filter((m) => m.severity !== 'info')).toEqual([]);
  });

  it.each([
    // YAML lines start on file line 2
    { name: 'an unclosed flow sequence', fm: 'title: ok\npublisher: [unclosed\nurl: x\n', message: /^broken YAML front matter: Flow sequence in block collection/u, line: 4, column: 1 },
    { name: 'a tab as indentation', fm: 'title: ok\n\tpublisher: y\n', message: /^broken YAML front matter: Tabs are not allowed as indentation$/u, line: 3, column: 1 },
    { name: 'a duplicate key', fm: 'title: ok\nlanguage: en\ntitle: again\n', message: /^broken YAML front matter: Map keys must be unique$/u, line: 4, column: 1 },
    { name: 'a nested mapping in a compact one', fm: 'title: a: b\n', message: /^broken YAML front matter: Nested mappings are not allowed in compact mappings \(a value holding ": " must be quoted: title: "Crash: what we know"\)$/u, line: 2, column: 8 },
    { name: 'a list, not a mapping', fm: '- a\n- b\n', message: /^front matter must be a YAML mapping of keys to values$/u, line: 2, column: undefined },
    { name: 'a list as the title', fm: 'title: [a, b]\n', message: /^front matter field "title": Invalid input: expected string, received array$/u, line: 2, column: undefined },
    // session 36: an alias bomb's message came without "broken YAML front matter" or a line; deep nesting said "Maximum call stack size exceeded"
    {
      name: 'aliases that expand past the limit',
      fm: ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`)].join('\n') + '\n',
      message: /^broken YAML front matter: its aliases \(\*name\) expand to too many values$/u,
      line: 2,
      column: undefined,
    },
    { name: 'a sequence nested 5,000 deep', fm: `title: ${'['.repeat(5000)}\n`, message: /^broken YAML front matter: nested too deeply to read$/u, line: 2, column: expect.any(Number) },
  ])('refuses broken front matter ($name) with its line', ({ fm, message, line, column }) => {
    const e = refusal(md(fm));
    expect(e.ruleId).toBe('read/front-matter');
    expect(e.message).toMatch(message);
    expect(e.position).toEqual({ line, column });
  });

  // Hugo writes TOML between +++ lines (session 36: it was read as the body)
  it('reads TOML front matter, its date as written, an unknown key named with its line', () => {
    const raw = `+++\ntitle = "Putin admits"\ndate = 2024-12-27T23:30:00-05:00\ndraft = false\nlanguage = "en"\n+++\n${BODY}`;
    const r = parseArticle(Buffer.from(raw), 'corpus/crash.md');
    expect(r.text).toBe(BODY);
    expect(r.article).toMatchObject({ title: 'Putin admits', publishedAt: '2024-12-27', language: 'en' });
    expect(r.messages.map((m) => m.reason)).toContainEqual(expect.stringMatching(/^unknown front-matter key "draft" on line 4 of corpus\/crash\.md/u));
  });

  it('reads a TOML title written as a number as written, and names a table and a quoted key with their lines', () => {
    const raw = `+++\ntitle = 1e3\n"publisher" = 5\n[params]\nx = 1\n+++\n${BODY}`;
    const r = parseArticle(Buffer.from(raw), 'corpus/crash.md');
    expect(r.article).toMatchObject({ title: '1e3', publisher: '5' });
    expect(r.messages.map((m) => m.reason)).toContainEqual(expect.stringMatching(/^unknown front-matter key "params" on line 4 of/u));
  });

  it.each([
    { name: 'an unclosed string', fm: 'title = "Putin\nurl = "x"\n', line: 2 },
    { name: 'a key twice', fm: 'title = "a"\ntitle = "b"\n', line: 3 },
    { name: 'a title that is a table', fm: '[title]\nx = 1\n', line: 2 },
  ])('refuses broken TOML front matter ($name) with its line', ({ fm, line }) => {
    const e = refusal(Buffer.from(`+++\n${fm}+++\n${BODY}`));
    expect(e.ruleId).toBe('read/front-matter');
    expect(e.message).toMatch(/^(broken TOML front matter: |front matter field "title": )/u);
    expect(e.position.line).toBe(line);
  });

  it('refuses TOML front matter that is never closed', () => {
    expect(refusal(Buffer.from(`+++\ntitle = "a"\n${BODY}`)).message).toBe('front matter opened with "+++" on line 1 is never closed by a "+++" line');
  });

  it('refuses front matter that is never closed', () => {
    const e = refusal(Buffer.from(`---\ntitle: Putin admits\n${BODY}`));
    expect(e.ruleId).toBe('read/front-matter');
    expect(e.message).toBe('front matter opened with "---" on line 1 is never closed by a "---" line');
    expect(e.position).toEqual({ line: 1, column: 1 });
  });

  it.each(['2024-13-45', 'yesterday', '2024-02-30', '2024-12-28T25:99', '2024-12-28T10', '28/12/2024', '2024-1-5', 'Sat, 31 Feb 2024'])(
    'refuses publishedAt: %s, naming the value and the line',
    (value) => {
      const e = refusal(md(`title: Crash\npublishedAt: ${value}\n`));
      expect(e.ruleId).toBe('read/front-matter');
      expect(e.message).toBe(`front matter field "publishedAt": Invalid ISO date (got ${JSON.stringify(value)}; expected YYYY-MM-DD)`);
      expect(e.position.line).toBe(3);
    },
  );

  it.each([
    // Hugo's, Jekyll's and feeds' date-times: the day as written
    ['publishedAt', '2024-12-28T10:00:00Z'],
    ['date', '2024-12-28 10:00:00 +0000'],
    ['date', '2024-12-28T23:30:00-05:00'],
    ['pubDate', '2024-12-28T10:00'],
    ['pubDate', 'Sat, 28 Dec 2024 10:00:00 +0000'],
    ['pubDate', 'Sat, 28 Dec 2024 10:00:00 GMT'],
  ])('reads %s: %s as its day', (key, value) => {
    expect(parseArticle(md(`title: Crash\n${key}: ${value}\n`), 'corpus/crash.md').article.publishedAt).toBe('2024-12-28');
  });

  it('names the key a bad date was written under, and its line', () => {
    const e = refusal(md('title: Crash\nlanguage: en\ndate: yesterday\n'));
    expect(e.message).toBe('front matter field "date": Invalid ISO date (got "yesterday"; expected YYYY-MM-DD)');
    expect(e.position.line).toBe(4);
  });

  it('reads a title, publisher or url that YAML reads as a number or a boolean as its text, as written', () => {
    const r = parseArticle(md('title: 007\npublisher: 1.50\nurl: true\nlanguage: no\n'), 'corpus/crash.md');
    expect([r.article.title, r.article.publisher, r.article.url, r.article.language]).toEqual(['007', '1.50', 'true', 'no']);
  });

  it.each(['date', 'published', 'published_at', 'publication_date', 'pubDate'])('reads "%s" as publishedAt when publishedAt is absent', (key) => {
    const r = parseArticle(md(`title: Crash\n${key}: 2024-12-28\n`), 'corpus/crash.md');
    expect(r.article.publishedAt).toBe('2024-12-28');
    expect(r.messages.filter((m) => m.ruleId === 'read/unknown-key')).toEqual([]);
  });

  it('keeps publishedAt over an alias, and warns of the alias', () => {
    const r = parseArticle(md('title: Crash\npublishedAt: 2024-12-28\ndate: 2024-12-30\n'), 'corpus/crash.md');
    expect(r.article.publishedAt).toBe('2024-12-28');
    expect(r.messages.map((m) => m.ruleId)).toContain('read/unknown-key');
  });

  it('an unknown key is named with its line of the file, where it can be found as written', () => {
    const r = parseArticle(md('title: Crash\npublishedAt: 2024-12-28\n\nsource_url: https://example.com\n"by line": Jane Doe\n'), 'corpus/crash.md');
    expect(r.messages.map((m) => m.reason)).toEqual([
      'unknown front-matter key "source_url" on line 5 of corpus/crash.md (known: title, publisher, url, publishedAt, language, notes)',
      'unknown front-matter key "by line" in corpus/crash.md (known: title, publisher, url, publishedAt, language, notes)',
    ]);
  });

  it('an unknown key is a warning in messages, not a failure', () => {
    const r = parseArticle(md('title: Crash\nauthor: Jane Doe\npublishedAt: 2024-12-28\n'), 'corpus/crash.md');
    expect(r.text).toBe(BODY);
    expect(r.messages).toEqual([
      Message.parse({
        ruleId: 'read/unknown-key',
        reason: 'unknown front-matter key "author" on line 3 of corpus/crash.md (known: title, publisher, url, publishedAt, language, notes)',
        severity: 'warning',
        stage: null,
        start: null,
        end: null,
        line: null,
        column: null,
      }),
    ]);
  });

  it('refuses front matter with no body', () => {
    const e = refusal(md('title: Crash\n', '\n  \n'));
    expect(e.ruleId).toBe('read/empty');
    expect(e.message).toBe('article has front matter but no body text');
  });

  it('a UTF-8 BOM before the front matter is dropped and reported', () => {
    const r = parseArticle(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), md('publishedAt: 2024-12-28\n')]), 'a.md');
    expect(r.text).toBe(BODY);
    expect(r.article.publishedAt).toBe('2024-12-28');
    expect(r.messages.map((m) => [m.ruleId, m.severity])).toEqual([['read/bom', 'info']]);
  });

  it('a .md file without front matter is all body, with no title', () => {
    const r = parseArticle(Buffer.from(BODY), 'a.md');
    expect(r.text).toBe(BODY);
    expect(r.article.title).toBeNull();
  });
});

describe('parseArticle: the body is kept exactly', () => {
  it.each([
    { name: 'CRLF front matter and body', raw: `---\r\ntitle: Crash\r\n---\r\n${S1}\r\n${S2}\r\n`, file: 'a.md', text: `${S1}\r\n${S2}\r\n` },
    { name: 'a CRLF .txt', raw: `${S1}\r\n\r\n${S2}\r\n`, file: 'a.txt', text: `${S1}\r\n\r\n${S2}\r\n` },
    { name: 'lone CRs', raw: `${S2}\r${S1}\r`, file: 'a.txt', text: `${S2}\r${S1}\r` },
    { name: 'no final newline', raw: `---\ntitle: Crash\n---\n${S2}`, file: 'a.md', text: S2 },
    { name: 'leading blank lines and trailing spaces', raw: `---\ntitle: Crash\n---\n\n\n  ${S2}  \n\n`, file: 'a.md', text: `\n\n  ${S2}  \n\n` },
    { name: 'a later "---" line stays in the body', raw: `---\ntitle: Crash\n---\n${S2}\n---\n${S1}\n`, file: 'a.md', text: `${S2}\n---\n${S1}\n` },
    { name: 'a .txt starting with "---" is not front matter', raw: `---\n${S2}\n---\n`, file: 'a.txt', text: `---\n${S2}\n---\n` },
    { name: 'the whole seed', raw: seedB, file: '002_0995e0179602f20a.txt', text: seedB },
  ])('$name', ({ raw, file, text }) => {
    const r = parseArticle(Buffer.from(raw, 'utf8'), file);
    expect(r.text).toBe(text);
    expect(r.article.sha256).toBe(sha256(text));
  });

  it('splitFrontMatter returns the YAML and the body, and null YAML without an opening line', () => {
    expect(splitFrontMatter(`---\na: 1\n---\n${S2}`)).toEqual({ frontMatter: 'a: 1\n', format: 'yaml', body: S2, lineOffset: 1 });
    expect(splitFrontMatter(`---\n---\n${S2}`)).toEqual({ frontMatter: '', format: 'yaml', body: S2, lineOffset: 1 });
    expect(splitFrontMatter(`---\na: 1\n---`)).toEqual({ frontMatter: 'a: 1\n', format: 'yaml', body: '', lineOffset: 1 });
    expect(splitFrontMatter(`+++\na = 1\n+++\n${S2}`)).toEqual({ frontMatter: 'a = 1\n', format: 'toml', body: S2, lineOffset: 1 });
    expect(splitFrontMatter(`${S2}\n---\n`)).toEqual({ frontMatter: null, format: 'yaml', body: `${S2}\n---\n`, lineOffset: 0 });
  });
});

describe('parseArticle: .txt titles', () => {
  it.each([
    { name: 'a short first line', raw: `${S2}\n${S1}\n`, title: S2 },
    { name: 'after blank lines, trimmed', raw: `\n \n  ${S2}  \n${S1}\n`, title: S2 },
    { name: 'a first line over 200 characters: none', raw: `${S1}\n${S2}\n`, title: null },
    {
      name: "an HTML page: its <title>, entities read",
      raw: `<!DOCTYPE html>\n<html><head><title>Kremlin &amp; Baku: the crash</title></head>\n<body><h1>Kremlin and Baku</h1>\n<p>${S2}</p></body></html>\n`,
      title: 'Kremlin & Baku: the crash',
    },
    { name: 'an HTML body without a title: its first line, tags read', raw: `<h1>Crash probe &amp; findings</h1>\n<p>${S2}</p>\n`, title: 'Crash probe & findings' },
    { name: 'a plain first line keeps its spaces', raw: `Crash  probe\n${S2}\n`, title: 'Crash  probe' },
    // a rule of dashes or stars is no title (session 36: "---")
    { name: 'after a rule of dashes, the first line with a word', raw: `---\n${S2}\n---\n`, title: S2 },
    { name: 'after a rule of stars', raw: `* * *\n\n${S2}\n`, title: S2 },
  ])('$name', ({ raw, title }) => {
    const r = parseArticle(Buffer.from(raw), 'corpus/aktau.txt');
    expect(r.article.title).toBe(title);
    expect(r.text).toBe(raw); // the title line stays in the text
  });

  it('the seed: its first line (a 160-character lead) becomes the title', () => {
    const r = parseArticle(Buffer.from(seedB), '002_0995e0179602f20a.txt');
    expect(r.article.title).toBe(seedB.split('\n')[0]);
    expect(r.text.startsWith(r.article.title!)).toBe(true);
  });
});

describe('article ids', () => {
  it.each([
    ['corpus/000_553696576d4a387f.md', '000_553696576d4a387f'],
    ['x/putin-admits.txt', 'putin-admits'],
    ['Story.v2.MD', 'Story.v2'],
    ['a..b.txt', 'a..b'], // dots inside a name cannot leave the folder
    [`${'a'.repeat(200)}.md`, 'a'.repeat(200)],
  ])('%s → %s', (file, id) => {
    expect(articleIdOf(file)).toBe(id);
  });

  it.each(['..md', '...txt', '.hidden.md', '-dash.md', '_x.txt', 'my story.txt', 'café.md', 'a;b.md', 'a:b.txt', `${'a'.repeat(201)}.md`, '.md'])(
    'refuses %s',
    (file) => {
      const e = refusal(Buffer.from(BODY), `corpus/${file}`);
      expect(e.ruleId).toBe('read/bad-id');
      expect(e.message).toMatch(/^article id ".*" \(from the file name\) is not safe as a file name: it must start with a letter or digit/u);
    },
  );

  // a name near the refused one that would be read (session 36: "-dash" was told to "use letters, digits, … and -")
  it.each([
    ['-dash.md', 'dash.md'],
    ['my story.txt', 'my-story.txt'],
    ['café.md', 'cafe.md'],
    ['a;b.md', 'a-b.md'],
    ['_x.txt', 'x.txt'],
  ])('suggests a name for %s: %s', (file, suggested) => {
    const e = refusal(Buffer.from(BODY), `corpus/${file}`);
    expect(e.message).toContain(`; rename the file, e.g. to "${suggested}"`);
    expect(articleIdOf(suggested)).toBe(suggested.replace(/\.(md|txt)$/u, ''));
  });

  it('suggests nothing where no letter or digit is left', () => {
    expect(refusal(Buffer.from(BODY), 'corpus/..md').message).not.toContain('rename the file');
  });
});

describe('publication dates', () => {
  const byId = new Map([['crash', '2024-12-30']]);
  it.each([
    { name: 'front matter', fm: 'publishedAt: 2024-12-28\n', opts: {}, want: '2024-12-28' },
    { name: '--published over front matter', fm: 'publishedAt: 2024-12-28\n', opts: { published: '2025-01-02' }, want: '2025-01-02' },
    { name: 'front matter over the metadata TSV', fm: 'publishedAt: 2024-12-28\n', opts: { publishedById: byId }, want: '2024-12-28' },
    { name: 'the metadata TSV when front matter has none', fm: 'title: Crash\n', opts: { publishedById: byId }, want: '2024-12-30' },
    { name: 'none', fm: 'title: Crash\n', opts: {}, want: null },
  ])('$name', ({ fm, opts, want }) => {
    const r = parseArticle(md(fm), 'corpus/crash.md', opts);
    expect(r.article.publishedAt).toBe(want);
    expect(r.messages.some((m) => m.ruleId === 'read/no-date')).toBe(want === null);
  });

  it.each([{ published: '2024-02-30' }, { publishedById: new Map([['crash', '2024-13-45']]) }])('refuses an impossible date from outside the file (%o)', (opts) => {
    const e = (() => {
      try {
        parseArticle(md('title: Crash\n'), 'corpus/crash.md', opts);
      } catch (err) {
        return err as InputError;
      }
      throw new Error('expected a refusal');
    })();
    expect(e.ruleId).toBe('read/published');
    expect(e.message).toMatch(/^publication date "2024-(02-30|13-45)" is not an ISO date \(YYYY-MM-DD\)$/u);
  });
});

describe('parseMetadataTsv', () => {
  it.each([
    {
      name: 'PolNeAR columns, extra columns, CRLF, blank lines',
      tsv: 'filename\tsource\tpublication_date\r\n000_553696576d4a387f\tNYT\t2025-10-09\r\n002_0995e0179602f20a\tWP\t2024-12-28\r\n\r\n',
      want: [
        ['000_553696576d4a387f', '2025-10-09'],
        ['002_0995e0179602f20a', '2024-12-28'],
      ],
    },
    { name: 'id / publishedAt columns in any order', tsv: 'publishedAt\tid\n2024-12-28\tcrash\n', want: [['crash', '2024-12-28']] },
    { name: 'cells trimmed', tsv: 'id\tpublishedAt\n crash \t 2024-12-28 \n', want: [['crash', '2024-12-28']] },
    {
      name: 'rows without a date or an id are left out; a date-time gives its day',
      tsv: 'id\tpublishedAt\nb\t\nc\n\t2024-12-28\nd\t2024-12-28T10:00\ne\t2024-12-28\nf\tNone\ng\tNA\nh\tnull\n',
      want: [
        ['d', '2024-12-28'],
        ['e', '2024-12-28'],
      ],
    },
    // a file name stands for its article's id
    { name: 'file names as ids', tsv: 'filename\tpublication_date\ncrash.txt\t2024-12-28\nnotes.md\t2024-12-29\n', want: [['crash', '2024-12-28'], ['notes', '2024-12-29']] },
    { name: 'a header only', tsv: 'id\tpublishedAt\n', want: [] },
  ])('$name', ({ tsv, want }) => {
    expect([...parseMetadataTsv(tsv)]).toEqual(want);
  });

  it.each(['yesterday', '28/12/2024', '2024-02-30'])('refuses a date written otherwise (%s), naming its line', (date) => {
    // (blank lines count: the line of the file as it is)
    expect(() => parseMetadataTsv(`id\tpublishedAt\na\t2024-12-28\n\nb\t${date}\n`)).toThrow(`line 4: publication date "${date}" of "b" is not YYYY-MM-DD`);
  });

  it.each(['', 'name\tdate\na\t2024-12-28\n', 'filename\ta\t2024-12-28\n', 'filename,publication_date\na,2024-12-28\n'])('refuses a TSV without the columns: %j', (tsv) => {
    expect(() => parseMetadataTsv(tsv)).toThrow('metadata TSV needs a "filename" (or "id") and a "publication_date" (or "publishedAt") column');
  });
});
