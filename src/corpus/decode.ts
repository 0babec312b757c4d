// Strict decoding of an article's bytes: the text we annotate must be exactly
// what the file says, so anything that is not clean UTF-8 is refused with the
// byte offset where it goes wrong, never silently repaired.

export class InputError extends Error {
  constructor(
    message: string,
    readonly ruleId: string,
    readonly position: { offset?: number; line?: number; column?: number } = {},
  ) {
    super(message);
    this.name = 'InputError';
  }
}

/** Offset of the first byte that is not part of a valid UTF-8 sequence, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) (need = 1), (min = 0x80);
    else if (b >= 0xe0 && b <= 0xef) (need = 2), (min = 0x800);
    else if (b >= 0xf0 && b <= 0xf4) (need = 3), (min = 0x10000);
    else return i;
    if (i + need >= n) return i; // truncated sequence at end of file
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * "little-endian" or "big-endian" when the file reads as UTF-16 written without its mark: in
 * its first 4 KB, NUL bytes stand on one side of the 16-bit units only (the high byte of a
 * space, of punctuation and of Latin letters), in at least one unit in twenty, and never two
 * together; else null (NUL bytes on both sides are binary content). Text in another script
 * (Cyrillic, Chinese) is caught by its spaces and punctuation.
 */
function utf16WithoutMark(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return null;
  let low = 0;
  let high = 0;
  for (let i = 0; i < n; i += 2) {
    const [a, b] = [bytes[i]!, bytes[i + 1]!];
    if (a === 0 && b === 0) return null;
    if (b === 0) low++;
    else if (a === 0) high++;
  }
  const enough = Math.max(1, (n / 2) * 0.05);
  return low >= enough && high === 0 ? 'little-endian' : high >= enough && low === 0 ? 'big-endian' : null;
}

export interface Decoded {
  text: string;
  /** A UTF-8 byte-order mark was present and dropped. */
  bomDropped: boolean;
}

export function decodeArticle(bytes: Uint8Array, maxBytes: number): Decoded {
  if (bytes.length > maxBytes) {
    throw new InputError(
      `file is ${bytes.length} bytes, over the limit of ${maxBytes} (raise it with --max-bytes)`,
      'read/too-large',
    );
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError('file is UTF-16 (it starts with a UTF-16 byte-order mark); convert it to UTF-8', 'read/utf16', {
      offset: 0,
    });
  }
  const nul = bytes.indexOf(0);
  const utf16 = nul >= 0 ? utf16WithoutMark(bytes) : null;
  if (utf16) {
    throw new InputError(`file looks like UTF-16 (${utf16}) without a byte-order mark: its NUL bytes stand on one side of every pair; convert it to UTF-8`, 'read/utf16', {
      offset: nul,
    });
  }
  if (nul >= 0) {
    throw new InputError(`binary content: NUL byte at byte offset ${nul}`, 'read/binary', { offset: nul });
  }
  const bad = invalidUtf8Offset(bytes);
  if (bad >= 0) {
    throw new InputError(
      `invalid UTF-8 at byte offset ${bad} (byte 0x${bytes[bad]!.toString(16).padStart(2, '0')})`,
      'read/invalid-utf8',
      { offset: bad },
    );
  }
  let text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  const bomDropped = text.charCodeAt(0) === 0xfeff;
  if (bomDropped) text = text.slice(1);
  if (text.trim().length === 0) {
    throw new InputError(bytes.length === 0 ? 'file is empty' : 'file holds only white space', 'read/empty');
  }
  return { text, bomDropped };
}
