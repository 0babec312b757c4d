// Reading one article file into (metadata, body text). `.md` files carry YAML
// front matter (or TOML, as Hugo writes it); `.txt` files are all body (a PolNeAR-style first line also
// serves as the title but stays in the text, since annotations index it).
import { createHash } from 'node:crypto';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { z } from 'zod';
import type { ArticleMeta, Message } from '../schemas/index.ts';
import { message } from '../pipeline/doc.ts';
import { decodeArticle, InputError } from './decode.ts';
import { htmlTitle, readHtml } from '../text/html.ts';

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export const FrontMatter = z.object({
  title: z.string().nullish(),
  publisher: z.string().nullish(),
  url: z.string().nullish(),
  publishedAt: z.iso.date().nullish(),
  language: z.string().nullish(),
  notes: z.unknown().optional(),
});
const KNOWN_KEYS = new Set(Object.keys(FrontMatter.shape));
/** Front-matter keys read as `publishedAt` when it is absent. */
export const DATE_ALIASES = ['published', 'date', 'published_at', 'publication_date', 'pubDate'];

/** A time of day, and a zone (Z, ±hh, ±hhmm, ±hh:mm, or a name: GMT, EST), after a day. */
const TIME = '(?:[01]?\\d|2[0-3]):[0-5]\\d(?::(?:[0-5]\\d|60)(?:\\.\\d+)?)?(?: ?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?|[A-Z]{1,5}))?';
/** ISO 8601 or YAML's timestamp: "2024-12-26T10:00:00Z", "2024-12-26 10:00:00 +0000". */
const ISO_DATE_TIME = new RegExp(`^(\\d{4}-\\d{2}-\\d{2})(?:[Tt]| {1,2})${TIME}$`, 'u');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** RFC 2822, as RSS's pubDate has it: "Thu, 26 Dec 2024 10:00:00 +0000". */
const RFC_2822 = new RegExp(`^(?:[A-Z][a-z]{2}, ?)?(\\d{1,2}) ([A-Z][a-z]{2}) (\\d{4})(?: ${TIME})?$`, 'u');

/** A publication date as its day, YYYY-MM-DD, when it is a date-time; else the value as it is. */
function dayOf(value: string): string {
  const iso = ISO_DATE_TIME.exec(value);
  if (iso) return iso[1]!;
  const rfc = RFC_2822.exec(value);
  const month = rfc ? MONTHS.indexOf(rfc[2]!.toLowerCase()) : -1;
  if (rfc && month >= 0) return `${rfc[3]}-${String(month + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  return value;
}
/** Front-matter keys whose values are text. */
const TEXT_KEYS = ['title', 'publisher', 'url', 'language'] as const;

export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/u;

export interface ReadOptions {
  maxBytes?: number;
  /** Publication dates by article id (from --metadata), used when front matter has none. */
  publishedById?: ReadonlyMap<string, string>;
  /** Overrides every article's publication date (--published). */
  published?: string;
}

export interface ReadArticle {
  article: ArticleMeta;
  text: string;
  messages: Message[];
}

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function articleIdOf(file: string): string {
  const ext = /\.(md|txt)$/iu.exec(file)?.[0] ?? '';
  const id = path.basename(file).slice(0, path.basename(file).length - ext.length);
  if (!ID_PATTERN.test(id) || id === '.' || id === '..') {
    const safe = safeIdFor(id);
    throw new InputError(
      `article id "${id}" (from the file name) is not safe as a file name: it must start with a letter or digit, then letters, digits, ".", "_" and "-" (at most 200)${safe ? `; rename the file, e.g. to "${safe}${ext}"` : ''}`,
      'read/bad-id',
    );
  }
  return id;
}

/** `text` with the accents split off its letters ("Ünïcode" → "Unicode", "café" → "cafe"). */
export function withoutAccents(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/gu, '');
}

/** A safe id near `id` ("with space" → "with-space", "-dash" → "dash", "Ünïcode" → "Unicode"), or null. */
function safeIdFor(id: string): string | null {
  const safe = withoutAccents(id)
    .replace(/[^A-Za-z0-9._-]+/gu, '-')
    .replace(/^[^A-Za-z0-9]+/u, '')
    .slice(0, 200);
  return ID_PATTERN.test(safe) ? safe : null;
}

export interface FrontMatterSplit {
  /** The front matter between its fences, or null when the file opens with none. */
  frontMatter: string | null;
  /** YAML between "---" lines (Jekyll, most tools), TOML between "+++" lines (Hugo). */
  format: 'yaml' | 'toml';
  /** Everything after the closing fence, its bytes exactly. */
  body: string;
  /** File lines before the front matter's first line. */
  lineOffset: number;
}

/** Split `---\n yaml \n---\n body` (or `+++\n toml \n+++\n body`); the body keeps its bytes exactly. */
export function splitFrontMatter(raw: string): FrontMatterSplit {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/u.exec(raw);
  if (!open) return { frontMatter: null, format: 'yaml', body: raw, lineOffset: 0 };
  const fence = open[1]!;
  const close = fence === '---' ? /^---[ \t]*(\r?\n|$)/mu : /^\+\+\+[ \t]*(\r?\n|$)/mu;
  const rest = raw.slice(open[0].length);
  const m = close.exec(rest);
  if (!m) throw new InputError(`front matter opened with "${fence}" on line 1 is never closed by a "${fence}" line`, 'read/front-matter', { line: 1, column: 1 });
  return { frontMatter: rest.slice(0, m.index), format: fence === '---' ? 'yaml' : 'toml', body: rest.slice(m.index + m[0].length), lineOffset: 1 };
}

/** The front matter's keys and values (a title, publisher, url or language written as a number or a boolean as its text), or an InputError at its line. */
export function readFrontMatter(source: string, format: 'yaml' | 'toml', lineOffset: number): Record<string, unknown> {
  return format === 'toml' ? readToml(source, lineOffset) : readYaml(source, lineOffset);
}

function readToml(toml: string, lineOffset: number): Record<string, unknown> {
  let obj: Record<string, unknown>;
  try {
    obj = parseToml(toml);
  } catch (e) {
    if (!(e instanceof TomlError)) throw e;
    throw new InputError(`broken TOML front matter: ${e.message.split('\n')[0]!.replace(/^Invalid TOML document: /u, '')}`, 'read/front-matter', {
      line: e.line + lineOffset,
      column: e.column,
    });
  }
  // a date is kept as written (TOML's own dates keep their offset: "2024-12-26T10:00:00-05:00");
  // a title, publisher, url or language written as a number or a boolean is its text as written ("title = 1e3")
  for (const [k, v] of Object.entries(obj)) {
    if (v instanceof TomlDate) obj[k] = v.toISOString();
    else if ((TEXT_KEYS as readonly string[]).includes(k) && (typeof v === 'number' || typeof v === 'boolean')) {
      obj[k] = new RegExp(`^\\s*${k}\\s*=\\s*([^#\\s]+)`, 'mu').exec(toml)?.[1] ?? String(v);
    }
  }
  return obj;
}

function readYaml(yaml: string, lineOffset: number): Record<string, unknown> {
  // With prettyErrors off, yaml sets no linePos: a LineCounter turns the error's offset into a line.
  const lineCounter = new LineCounter();
  const doc = parseDocument(yaml, { prettyErrors: false, lineCounter });
  const err = doc.errors[0];
  if (err) {
    const lp = lineCounter.linePos(err.pos[0]);
    // (a flow collection nested thousands deep overflows the parser's stack)
    const said = /Maximum call stack size exceeded/u.test(err.message) ? 'nested too deeply to read' : err.message.split('\n')[0]!;
    // the usual cause: a title with a colon in it, unquoted ("title: Crash: what we know")
    const hint = /^Nested mappings are not allowed in compact mappings/u.test(said) ? ' (a value holding ": " must be quoted: title: "Crash: what we know")' : '';
    throw new InputError(`broken YAML front matter: ${said}${hint}`, 'read/front-matter', {
      line: lp.line + lineOffset,
      column: lp.col,
    });
  }
  let value: unknown;
  try {
    value = doc.toJS() ?? {};
  } catch (e) {
    // yaml refuses aliases that would expand past its limit ("a billion laughs")
    const said = /alias count/iu.test((e as Error).message) ? 'its aliases (*name) expand to too many values' : (e as Error).message;
    throw new InputError(`broken YAML front matter: ${said}`, 'read/front-matter', { line: 1 + lineOffset });
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError('front matter must be a YAML mapping of keys to values', 'read/front-matter', { line: 1 + lineOffset });
  }
  const obj = value as Record<string, unknown>;
  // a title, publisher, url or language YAML reads as a number or a boolean ("title: 007") is its text
  // as written: read again with the failsafe schema, where every scalar is a string
  if (TEXT_KEYS.some((k) => typeof obj[k] === 'number' || typeof obj[k] === 'boolean')) {
    const asText = parseDocument(yaml, { schema: 'failsafe' }).toJS() as Record<string, unknown>;
    for (const k of TEXT_KEYS) if (typeof obj[k] === 'number' || typeof obj[k] === 'boolean') obj[k] = asText[k];
  }
  return obj;
}

function parseFrontMatter(fm: FrontMatterSplit & { frontMatter: string }, sourcePath: string): { data: z.infer<typeof FrontMatter>; warnings: string[] } {
  const obj = readFrontMatter(fm.frontMatter, fm.format, fm.lineOffset);
  // the names other tools give the publication date (Jekyll and Hugo "date", feeds "pubDate"): the first present, when publishedAt is not
  const alias = DATE_ALIASES.find((k) => obj[k] !== undefined && obj[k] !== null);
  // the key the date was written under, for messages
  let dateKey = 'publishedAt';
  if (alias && (obj.publishedAt === undefined || obj.publishedAt === null)) {
    obj.publishedAt = obj[alias];
    delete obj[alias];
    dateKey = alias;
  }
  // YAML may read an unquoted date as a Date: accept it as its ISO day.
  if (obj.publishedAt instanceof Date) obj.publishedAt = obj.publishedAt.toISOString().slice(0, 10);
  // a time after the day (Hugo's and Jekyll's "2024-12-26T10:00:00Z", a feed's "Thu, 26 Dec 2024 10:00:00 +0000"): the day as written
  const written = obj.publishedAt;
  if (typeof obj.publishedAt === 'string') obj.publishedAt = dayOf(obj.publishedAt);
  const parsed = FrontMatter.safeParse(obj);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    const key = field === 'publishedAt' ? dateKey : field;
    const shown = field === 'publishedAt' ? ` (got ${JSON.stringify(written)}; expected YYYY-MM-DD)` : '';
    throw new InputError(`front matter field "${key}": ${issue.message}${shown}`, 'read/front-matter', {
      line: keyLines(fm).get(key),
    });
  }
  const lines = keyLines(fm);
  const warnings = Object.keys(obj)
    .filter((k) => !KNOWN_KEYS.has(k))
    .map((k) => {
      const line = lines.get(k);
      return `unknown front-matter key "${k}" ${line === undefined ? 'in' : `on line ${line} of`} ${sourcePath} (known: ${[...KNOWN_KEYS].join(', ')})`;
    });
  return { data: parsed.data, warnings };
}

/** The file line of each key written plainly at a line's start (read once: thousands of unknown keys are named in linear time). */
function keyLines(fm: FrontMatterSplit & { frontMatter: string }): Map<string, number> {
  const lines = new Map<string, number>();
  // "key: value" in YAML, "key = value" in TOML
  // (a TOML key may be quoted, or a table's name: "[params]")
  const keyRe = fm.format === 'toml' ? /^\s*(?:\[+\s*)?(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*(?:=|\])/u : /^([^\s:#][^:]*):/u;
  fm.frontMatter.split(/\r?\n/u).forEach((l, i) => {
    const m = keyRe.exec(l);
    const key = m?.[1] ?? m?.[2] ?? m?.[3];
    if (key !== undefined && !lines.has(key)) lines.set(key, i + 1 + fm.lineOffset);
  });
  return lines;
}

/** A .txt's title: its first line (of an HTML page, its <title>, else the first line of its text with the tags read). */
function firstLineTitle(text: string): string | null {
  const html = readHtml(text);
  if (html.tags > 0) {
    const title = htmlTitle(text);
    if (title !== null) return title.length <= 200 ? title : null;
  }
  // (the first line with a word: a rule of dashes or stars is no title)
  const line = html.text.split(/\r\n|\r|\n/u).find((l) => /[\p{L}\p{N}]/u.test(l));
  // (the reading pads a tag's or an entity's place with spaces)
  const first = html.tags > 0 ? line?.replace(/\s+/gu, ' ').trim() : line?.trim();
  return first && first.length <= 200 ? first : null;
}

/** Parse an article from its bytes. Throws InputError with a position on bad input. */
export function parseArticle(bytes: Uint8Array, sourcePath: string, opts: ReadOptions = {}): ReadArticle {
  const id = articleIdOf(sourcePath);
  const { text: raw, bomDropped } = decodeArticle(bytes, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  const isMarkdown = /\.md$/iu.test(sourcePath);
  const split: FrontMatterSplit = isMarkdown ? splitFrontMatter(raw) : { frontMatter: null, format: 'yaml', body: raw, lineOffset: 0 };
  const { body } = split;
  const fm = split.frontMatter === null ? { data: {} as z.infer<typeof FrontMatter>, warnings: [] } : parseFrontMatter({ ...split, frontMatter: split.frontMatter }, sourcePath);
  if (body.trim().length === 0) throw new InputError('article has front matter but no body text', 'read/empty');
  const published = opts.published ?? fm.data.publishedAt ?? opts.publishedById?.get(id) ?? null;
  if (published !== null && !z.iso.date().safeParse(published).success) {
    throw new InputError(`publication date "${published}" is not an ISO date (YYYY-MM-DD)`, 'read/published');
  }
  const article: ArticleMeta = {
    id,
    title: fm.data.title ?? (isMarkdown ? null : firstLineTitle(body)),
    publisher: fm.data.publisher ?? null,
    url: fm.data.url ?? null,
    publishedAt: published,
    language: fm.data.language ?? null,
    sourcePath,
    sha256: sha256(body),
  };
  const messages: Message[] = fm.warnings.map((reason) => message(body, { ruleId: 'read/unknown-key', reason, severity: 'warning' }));
  if (bomDropped) messages.push(message(body, { ruleId: 'read/bom', reason: 'a UTF-8 byte-order mark was dropped', severity: 'info' }));
  if (published === null) {
    messages.push(message(body, { ruleId: 'read/no-date', reason: 'no publication date: relative dates stay unresolved', severity: 'info' }));
  }
  return { article, text: body, messages };
}

/** A cell that says there is no value, as exporters write it (pandas "None", R "NA", SQL "NULL"). */
const NO_VALUE = /^(?:none|na|n\/a|nan|null|-)$/iu;

/** Publication dates from a TSV with a `filename` (or `id`) and a `publication_date` (or `publishedAt`) column. */
export function parseMetadataTsv(tsv: string): Map<string, string> {
  // (line numbers of the file as it is: blank lines count)
  const rows = tsv.split(/\r?\n/u).map((line, k) => ({ line, no: k + 1 })).filter((r) => r.line.length > 0);
  const header = rows.shift()?.line.split('\t') ?? [];
  const idCol = header.findIndex((h) => h === 'filename' || h === 'id');
  const dateCol = header.findIndex((h) => h === 'publication_date' || h === 'publishedAt');
  if (idCol < 0 || dateCol < 0) throw new Error('metadata TSV needs a "filename" (or "id") and a "publication_date" (or "publishedAt") column');
  const out = new Map<string, string>();
  for (const { line, no } of rows) {
    const cells = line.split('\t');
    const date = cells[dateCol]?.trim();
    // (a file name stands for its id: "crash.txt" is article "crash")
    const id = cells[idCol]?.trim().replace(/\.(txt|md)$/iu, '');
    if (!id || !date || NO_VALUE.test(date)) continue; // no date given
    const day = dayOf(date);
    if (!z.iso.date().safeParse(day).success) throw new Error(`line ${no}: publication date "${date}" of "${id}" is not YYYY-MM-DD`);
    out.set(id, day);
  }
  return out;
}
