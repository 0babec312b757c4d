// Typographic styles of the same articles, for `npm run eval:styles`: each a
// same-length rewrite of a text (so gold offsets into the original hold).
const OPENS_AFTER = /[\s([{—–\-/]/u;
/** A straight double mark at `i` opens a quotation (start of text, or after a space, bracket or dash). */
const opensAt = (t: string, i: number) => i === 0 || OPENS_AFTER.test(t[i - 1]!);

/** Every double mark to the given pair (straight ones opening or closing by position). */
function doubles(t: string, open: string, close: string): string {
  let out = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i]!;
    out += c === '“' ? open : c === '”' ? close : c === '"' ? (opensAt(t, i) ? open : close) : c;
  }
  return out;
}

/** Greedy hard wrap at `width` columns, each break replacing one space. */
export function wrap(t: string, width: number): string {
  const chars = t.split('');
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '\n') {
      lineStart = i + 1;
      lastSpace = -1;
      continue;
    }
    if (chars[i] === ' ') lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart) {
      chars[lastSpace] = '\n';
      lineStart = lastSpace + 1;
      lastSpace = -1;
    }
  }
  return chars.join('');
}

export const STYLES: Record<string, { what: string; rewrite: (t: string) => string }> = {
  'as-is': { what: 'the texts as they are', rewrite: (t) => t },
  straight: { what: 'curly marks made straight (" and \')', rewrite: (t) => t.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'") },
  curly: { what: 'straight double marks made curly, straight apostrophes ’', rewrite: (t) => doubles(t, '“', '”').replace(/'/gu, '’') },
  'single-curly': { what: 'quotations in ‘single’ curly marks (British style)', rewrite: (t) => doubles(t, '‘', '’') },
  'single-straight': { what: "quotations in 'single' straight marks", rewrite: (t) => doubles(t, "'", "'") },
  nbsp: { what: 'every tenth space a no-break space', rewrite: (t) => { let n = 0; return t.replace(/ /gu, () => (++n % 10 === 0 ? '\u00a0' : ' ')); } },
  'wrap-60': { what: 'hard-wrapped at 60 columns', rewrite: (t) => wrap(t, 60) },
  'wrap-72': { what: 'hard-wrapped at 72 columns', rewrite: (t) => wrap(t, 72) },
  'wrap-100': { what: 'hard-wrapped at 100 columns', rewrite: (t) => wrap(t, 100) },
  'one-line': { what: 'every line break a space (paragraphs lost)', rewrite: (t) => t.replace(/[\r\n]/gu, ' ') },
};
