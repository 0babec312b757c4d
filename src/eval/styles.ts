// Typographic styles of the same articles, for `npm run eval:styles`: most a
// same-length rewrite of a text (so gold offsets into the original hold); a
// markup style inserts text, and the gold spans move with it (`inserted`).
import { TEXT_BOUND } from './brat.ts';

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

/**
 * Text inserted before the character at `at` of the original; with `drop`,
 * in place of the `drop` characters from `at` (an HTML entity for a mark).
 */
export type Insertion = readonly [at: number, text: string, drop?: number];

/**
 * The text with the insertions made, and where an original span's start and
 * end land: text inserted at a span's start goes before it ("[" of a link),
 * text inserted at its end after it ("](url)"); text replacing characters
 * stands where they stood, inside a span that held them.
 */
export function inserted(t: string, insertions: readonly Insertion[]): { text: string; start: (o: number) => number; end: (o: number) => number } {
  // at one offset, pure insertions before a replacement
  const sorted = [...insertions].sort((a, b) => a[0] - b[0] || (a[2] ?? 0) - (b[2] ?? 0));
  let text = '';
  let last = 0;
  for (const [o, add, drop = 0] of sorted) {
    if (o < last) throw new Error('inserted: overlapping replacements');
    text += t.slice(last, o) + add;
    last = o + drop;
  }
  text += t.slice(last);
  // offsets move by what every edit wholly before them added; a span starting at an offset also moves past the pure insertions there
  const at = sorted.map((e) => e[0]);
  const grow: number[] = [];
  for (const [, add, drop = 0] of sorted) grow.push((grow[grow.length - 1] ?? 0) + add.length - drop);
  const shiftBefore = (o: number): number => {
    let lo = 0;
    let hi = at.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at[mid]! < o) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : grow[lo - 1]!;
  };
  const insertedAt = new Map<number, number>();
  for (const [o, add, drop = 0] of sorted) if (drop === 0) insertedAt.set(o, (insertedAt.get(o) ?? 0) + add.length);
  return { text, start: (o) => o + shiftBefore(o) + (insertedAt.get(o) ?? 0), end: (o) => o + shiftBefore(o) };
}

/**
 * A brat .ann with its text-bound spans moved by `map` and their text taken
 * from `text` (fragments joined by a space, as brat does). brat counts code
 * points and `map` UTF-16 units: the two agree only for text without astral
 * characters, so a text with any is refused.
 */
export function moveBrat(ann: string, text: string, map: { start: (o: number) => number; end: (o: number) => number }): string {
  if (/[\uD800-\uDFFF]/.test(text)) throw new Error('moveBrat: the text has astral characters, whose brat offsets are not UTF-16 offsets');
  return ann
    .split(/\r?\n/u)
    .map((line) => {
      const m = TEXT_BOUND.exec(line);
      if (!m) return line;
      const moved = m[3]!.split(';').map((f) => f.split(' ').map(Number)).map(([s, e]) => [map.start(s!), map.end(e!)] as const);
      return `${m[1]}\t${m[2]} ${moved.map(([s, e]) => `${s} ${e}`).join(';')}\t${moved.map(([s, e]) => text.slice(s, e)).join(' ')}`;
    })
    .join('\n');
}

const NAME = /\b[A-Z][a-z]+ [A-Z][a-z]+\b/gu;
const EMPHASISED = /\b(?:very|not|never|only|really)\b/gu;
/** The article as a scraper's Markdown: "# " before the title, every third two-word name linked, every fourth intensifier in *italics*. */
function markdown(t: string): Insertion[] {
  return [[0, '# '], ...around(t, NAME, 3, () => '[', (name) => `](${topic(name)})`), ...around(t, EMPHASISED, 4, () => '*', () => '*')];
}

/** Insertions around every `nth` match of `re` (global): `open` before it, `close` after. */
function around(t: string, re: RegExp, nth: number, open: (m: string) => string, close: (m: string) => string): Insertion[] {
  const out: Insertion[] = [];
  let k = 0;
  for (const m of t.matchAll(re)) if (++k % nth === 0) out.push([m.index, open(m[0])], [m.index + m[0].length, close(m[0])]);
  return out;
}
const topic = (name: string) => `https://www.example.com/topic/${name.toLowerCase().replace(' ', '-')}`;

const AS_ENTITY: Record<string, string> = { '“': '&ldquo;', '”': '&rdquo;', '’': '&#8217;', '&': '&amp;' };
/**
 * The article as a news API or feed delivers its body: every paragraph in
 * <p>…</p>, every third two-word name linked, every fourth intensifier in
 * <em>, curly double marks and & as named entities, ’ as a numeric one.
 */
function html(t: string): Insertion[] {
  return [
    ...around(t, /[^\n]+(?:\n[^\n]+)*/gu, 1, () => '<p>', () => '</p>'),
    ...around(t, NAME, 3, (name) => `<a href="${topic(name)}">`, () => '</a>'),
    ...around(t, EMPHASISED, 4, () => '<em>', () => '</em>'),
    ...[...t.matchAll(/[“”’&]/gu)].map((m): Insertion => [m.index, AS_ENTITY[m[0]]!, 1]),
  ];
}

/** One rewrite of a text: same-length, or insertions (the gold spans move with them). */
export type Step = { rewrite: (t: string) => string } | { markup: (t: string) => Insertion[] };

export interface Style {
  what: string;
  /** Applied in order, each to the previous step's text. */
  steps: readonly Step[];
}

/** Where an original offset lands in the styled text, when a step inserted text (null: offsets hold). */
export type OffsetMap = { start: (o: number) => number; end: (o: number) => number };

/** Offsets moved by `a`, then by `b`. */
const then = (a: OffsetMap, b: OffsetMap): OffsetMap => ({ start: (o) => b.start(a.start(o)), end: (o) => b.end(a.end(o)) });

/** The text in a style, and how gold offsets move with it. */
export function applyStyle(style: Style, t: string): { text: string; moved: OffsetMap | null } {
  let text = t;
  let moved: OffsetMap | null = null;
  for (const step of style.steps) {
    if ('rewrite' in step) {
      const u = step.rewrite(text);
      if (u.length !== text.length) throw new Error('a rewrite step changed the length of the text');
      text = u;
      continue;
    }
    const m = inserted(text, step.markup(text));
    moved = moved ? then(moved, m) : m;
    text = m.text;
  }
  return { text, moved };
}

const rewrite = (what: string, f: (t: string) => string): Style => ({ what, steps: [{ rewrite: f }] });
/** Insertions before every match of `re` (global), of `add`. */
const insertBefore = (re: RegExp, add: string) => (t: string): Insertion[] => [...t.matchAll(re)].map((m) => [m.index, add] as const);

export const STYLES: Record<string, Style> = {
  'as-is': rewrite('the texts as they are', (t) => t),
  straight: rewrite('curly marks made straight (" and \')', (t) => t.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'")),
  curly: rewrite('straight double marks made curly, straight apostrophes ’', (t) => doubles(t, '“', '”').replace(/'/gu, '’')),
  'single-curly': rewrite('quotations in ‘single’ curly marks (British style)', (t) => doubles(t, '‘', '’')),
  'single-straight': rewrite("quotations in 'single' straight marks", (t) => doubles(t, "'", "'")),
  'wire-doubled': {
    what: "double marks as two apostrophes (''…'', as in some wire and archive copy)",
    steps: [{ markup: (t) => [...t.matchAll(/[“”"]/gu)].map((m): Insertion => [m.index, "''", 1]) }],
  },
  nbsp: rewrite('every tenth space a no-break space', (t) => { let n = 0; return t.replace(/ /gu, () => (++n % 10 === 0 ? '\u00a0' : ' ')); }),
  'wrap-60': rewrite('hard-wrapped at 60 columns', (t) => wrap(t, 60)),
  'wrap-72': rewrite('hard-wrapped at 72 columns', (t) => wrap(t, 72)),
  'wrap-100': rewrite('hard-wrapped at 100 columns', (t) => wrap(t, 100)),
  'one-line': rewrite('every line break a space (paragraphs lost)', (t) => t.replace(/[\r\n]/gu, ' ')),
  'one-line-single': {
    what: 'on one line, paragraphs joined by one space (nothing left to tell them from sentences)',
    steps: [{ markup: (t) => [...t.matchAll(/[\r\n]+/gu)].map((m) => [m.index, ' ', m[0].length] as const) }],
  },
  'one-line-typed': {
    what: 'on one line, two spaces after every sentence as on a typewriter (paragraph ends alike)',
    steps: [{ markup: insertBefore(/(?<=[.!?]["”’)]?) (?=["“]?\p{Lu})/gu, ' ') }, { rewrite: (t) => t.replace(/[\r\n]/gu, ' ') }],
  },
  markdown: { what: 'Markdown: # title, [linked names](https://…), *emphasis*', steps: [{ markup: markdown }] },
  'ascii-dashes': rewrite('dashes (— ― –) as hyphens (-)', (t) => t.replace(/[—―–]/gu, '-')),
  'tab-wrap-72': {
    what: 'paragraphs indented by a tab, no blank lines, hard-wrapped at 72 columns',
    steps: [{ rewrite: (t) => t.replace(/\n\n/gu, '\n\t') }, { markup: insertBefore(/(?<=\n)(?=[^\t\n])/gu, '\t') }, { rewrite: (t) => wrap(t, 72) }],
  },
  html: { what: 'HTML body: <p> paragraphs, <a href> names, <em>, &ldquo; &rdquo; &#8217; &amp;', steps: [{ markup: html }] },
  'html-one-line': {
    what: 'HTML body on one line: <p>…</p><p>…</p>, <a href> names, <em>, entities',
    steps: [{ markup: html }, { rewrite: (t) => t.replace(/<\/p>\n+<p>/gu, (m) => `</p>${' '.repeat(m.length - 7)}<p>`) }],
  },
  'crlf-wrap-72': { what: 'hard-wrapped at 72 columns, CRLF line ends', steps: [{ rewrite: (t) => wrap(t, 72) }, { markup: insertBefore(/\n/gu, '\r') }] },
};
