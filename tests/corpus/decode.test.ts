// Strict decoding: clean UTF-8 is returned exactly (BOM dropped); anything
// else is refused with a ruleId, a message and the byte offset where it goes wrong.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeArticle, InputError, invalidUtf8Offset } from '../../src/corpus/decode.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SEEDS = path.resolve(ROOT, 'tests/fixtures/seeds');
const seed = readFileSync(path.join(SEEDS, '002_0995e0179602f20a.txt'), 'utf8');
const lines = seed.split('\n');
// "…en route from Baku, Azerbaijan, to Grozny in Russia’s southern Chechnya region…": has a 3-byte ’
const WITH_APOSTROPHE = lines.find((l) => l.includes('’'))!;
const PLAIN = lines[0]!; // "A devastating crash involving an Azerbaijan Airlines plane in Kazakhstan has claimed 38 lives, …"
const MAX = 1 << 20;

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const cat = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? utf8(p) : Buffer.from(p))));
const at = (s: string) => Buffer.byteLength(s, 'utf8');

function refusal(bytes: Uint8Array, maxBytes = MAX): InputError {
  try {
    decodeArticle(bytes, maxBytes);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected decodeArticle to refuse the input');
}

describe('decodeArticle accepts clean UTF-8', () => {
  it.each([
    { name: 'an ASCII line', bytes: utf8(`${PLAIN}\n`), text: `${PLAIN}\n`, bom: false },
    { name: 'a line with a 3-byte ’', bytes: utf8(WITH_APOSTROPHE), text: WITH_APOSTROPHE, bom: false },
    { name: 'the whole seed', bytes: utf8(seed), text: seed, bom: false },
    { name: '2- and 4-byte characters', bytes: utf8('Aliyev in Düsseldorf 🇦🇿.\n'), text: 'Aliyev in Düsseldorf 🇦🇿.\n', bom: false },
    { name: 'a UTF-8 BOM, dropped', bytes: cat([0xef, 0xbb, 0xbf], PLAIN), text: PLAIN, bom: true },
    { name: 'CRLF and a lone CR, kept', bytes: utf8(`${PLAIN}\r\nSecond.\rThird.`), text: `${PLAIN}\r\nSecond.\rThird.`, bom: false },
    { name: 'exactly maxBytes', bytes: utf8(PLAIN), text: PLAIN, bom: false, maxBytes: at(PLAIN) },
  ])('$name', ({ bytes, text, bom, maxBytes }) => {
    expect(decodeArticle(bytes, maxBytes ?? MAX)).toEqual({ text, bomDropped: bom });
  });

  it('keeps a second BOM (U+FEFF inside the text is content, not a mark)', () => {
    const r = decodeArticle(cat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], PLAIN), MAX);
    expect(r.bomDropped).toBe(true);
    expect(r.text).toBe(`\ufeff${PLAIN}`);
  });
});

describe('decodeArticle refuses', () => {
  const p = at(PLAIN);
  it.each([
    { name: 'an empty file', bytes: Buffer.alloc(0), ruleId: 'read/empty', message: 'file is empty', offset: undefined },
    { name: 'white space only', bytes: utf8(' \n\t\r\n  '), ruleId: 'read/empty', message: 'file holds only white space', offset: undefined },
    { name: 'a BOM and white space', bytes: cat([0xef, 0xbb, 0xbf], '\n\n'), ruleId: 'read/empty', message: 'file holds only white space', offset: undefined },
    { name: 'a NUL byte (binary)', bytes: cat(PLAIN, [0], 'rest'), ruleId: 'read/binary', message: `binary content: NUL byte at byte offset ${p}`, offset: p },
    { name: 'a NUL byte at the start', bytes: cat([0, 0, 0, 1], PLAIN), ruleId: 'read/binary', message: 'binary content: NUL byte at byte offset 0', offset: 0 },
    {
      name: 'a Latin-1 byte (invalid UTF-8)',
      bytes: cat(`${PLAIN}\nCaf`, [0xe9], ' Kazakhstan'),
      ruleId: 'read/invalid-utf8',
      message: `invalid UTF-8 at byte offset ${p + 4} (byte 0xe9)`,
      offset: p + 4,
    },
    { name: 'a stray continuation byte', bytes: cat(PLAIN, [0x80]), ruleId: 'read/invalid-utf8', message: `invalid UTF-8 at byte offset ${p} (byte 0x80)`, offset: p },
    { name: 'the byte 0xff', bytes: cat(PLAIN, [0xff]), ruleId: 'read/invalid-utf8', message: `invalid UTF-8 at byte offset ${p} (byte 0xff)`, offset: p },
    {
      name: 'a multi-byte sequence truncated at end of file',
      bytes: cat(PLAIN, [0xe2, 0x80]), // first two bytes of ’
      ruleId: 'read/invalid-utf8',
      message: `invalid UTF-8 at byte offset ${p} (byte 0xe2)`,
      offset: p,
    },
    {
      name: 'a 4-byte sequence truncated at end of file',
      bytes: cat(PLAIN, [0xf0, 0x9f, 0x87]),
      ruleId: 'read/invalid-utf8',
      message: `invalid UTF-8 at byte offset ${p} (byte 0xf0)`,
      offset: p,
    },
    {
      name: 'a multi-byte sequence cut by an ASCII byte',
      bytes: cat(PLAIN, [0xe2, 0x80], 's southern Chechnya'),
      ruleId: 'read/invalid-utf8',
      message: `invalid UTF-8 at byte offset ${p} (byte 0xe2)`,
      offset: p,
    },
    { name: 'an overlong 2-byte "/" (C0 AF)', bytes: cat(PLAIN, [0xc0, 0xaf]), ruleId: 'read/invalid-utf8', message: `invalid UTF-8 at byte offset ${p} (byte 0xc0)`, offset: p },
    { name: 'an overlong 3-byte "/" (E0 80 AF)', bytes: cat(PLAIN, [0xe0, 0x80, 0xaf]), ruleId: 'read/invalid-utf8', message: `invalid UTF-8 at byte offset ${p} (byte 0xe0)`, offset: p },
    { name: 'an overlong 4-byte "/" (F0 80 80 AF)', bytes: cat(PLAIN, [0xf0, 0x80, 0x80, 0xaf]), ruleId: 'read/invalid-utf8', message: `invalid UTF-8 at byte offset ${p} (byte 0xf0)`, offset: p },
    { name: 'an encoded surrogate (ED A0 80)', bytes: cat(PLAIN, [0xed, 0xa0, 0x80]), ruleId: 'read/invalid-utf8', message: `invalid UTF-8 at byte offset ${p} (byte 0xed)`, offset: p },
    { name: 'a code point above U+10FFFF (F4 90 80 80)', bytes: cat(PLAIN, [0xf4, 0x90, 0x80, 0x80]), ruleId: 'read/invalid-utf8', message: `invalid UTF-8 at byte offset ${p} (byte 0xf4)`, offset: p },
    {
      name: 'a UTF-16 LE file (FF FE)',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAIN, 'utf16le')]),
      ruleId: 'read/utf16',
      message: 'file is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8',
      offset: 0,
    },
    {
      name: 'a UTF-16 BE file (FE FF)',
      bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(PLAIN, 'utf16le').swap16()]),
      ruleId: 'read/utf16',
      message: 'file is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8',
      offset: 0,
    },
    // without the mark (session 36: read as "binary content: NUL byte")
    {
      name: 'a UTF-16 LE file without its mark',
      bytes: Buffer.from(PLAIN, 'utf16le'),
      ruleId: 'read/utf16',
      message: 'file looks like UTF-16 (little-endian) without a byte-order mark: its NUL bytes stand on one side of every pair; convert it to UTF-8',
      offset: 1,
    },
    {
      name: 'a UTF-16 BE file without its mark',
      bytes: Buffer.from(PLAIN, 'utf16le').swap16(),
      ruleId: 'read/utf16',
      message: 'file looks like UTF-16 (big-endian) without a byte-order mark: its NUL bytes stand on one side of every pair; convert it to UTF-8',
      offset: 0,
    },
    // text in another script: caught by its spaces and punctuation (a review, session 36)
    {
      name: 'Russian in UTF-16 LE without its mark',
      bytes: Buffer.from('Кремль заявил, что самолёт был сбит. '.repeat(20), 'utf16le'),
      ruleId: 'read/utf16',
      message: 'file looks like UTF-16 (little-endian) without a byte-order mark: its NUL bytes stand on one side of every pair; convert it to UTF-8',
      offset: 13,
    },
  ])('$name: $ruleId', ({ bytes, ruleId, message, offset }) => {
    const e = refusal(bytes);
    expect(e.ruleId).toBe(ruleId);
    expect(e.message).toBe(message);
    expect(e.position.offset).toBe(offset);
  });

  it('a file over maxBytes, naming the size and the limit (before looking at its content)', () => {
    const bytes = cat(PLAIN, [0xff]);
    const e = refusal(bytes, 100);
    expect(e.ruleId).toBe('read/too-large');
    expect(e.message).toBe(`file is ${bytes.length} bytes, over the limit of 100 (raise it with --max-bytes)`);
  });
});

describe('invalidUtf8Offset', () => {
  it('agrees with a fatal TextDecoder on arbitrary bytes, and everything before the offset decodes', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const ok = (b: Uint8Array) => {
      try {
        decoder.decode(b);
        return true;
      } catch {
        return false;
      }
    };
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 24 }),
      fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }).map((s) => [...utf8(s)]), fc.array(fc.integer({ min: 0x80, max: 0xff }), { maxLength: 2 }))).map((parts) => Uint8Array.from(parts.flat())),
    );
    fc.assert(
      fc.property(bytes, (b) => {
        const off = invalidUtf8Offset(b);
        expect(off === -1).toBe(ok(b));
        if (off >= 0) expect(ok(b.subarray(0, off))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
