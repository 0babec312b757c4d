// Adding one article to the corpus folder: read it with the pipeline's own
// strict reader, refuse it when its body is already there, give it a safe id
// and write `<corpus>/<id>.md` (YAML front matter + the body byte for byte).
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { stringify as stringifyYaml } from 'yaml';
import { z } from 'zod';
import { writeAtomic } from '../batch/fsutil.ts';
import { resolveInputs, UsageError } from '../batch/inputs.ts';
import { articleIdOf, DEFAULT_MAX_BYTES, ID_PATTERN, parseArticle, readFrontMatter, sha256, splitFrontMatter, withoutAccents } from './article.ts';
import { decodeArticle } from './decode.ts';

export const DEFAULT_CORPUS = 'corpus';
export const MAX_SLUG_LENGTH = 60;

export interface AddOptions {
  /** The .txt or .md file to add. */
  file: string;
  /** The corpus folder [default: corpus]. */
  corpus?: string;
  /** The article id; derived from the title (else the file name) when absent. */
  id?: string;
  /** Metadata; each overrides the source's own front matter, and "" clears the field. */
  title?: string;
  publisher?: string;
  url?: string;
  /** YYYY-MM-DD. */
  published?: string;
  language?: string;
  notes?: string;
  maxBytes?: number;
}

/** What goes in the written front matter, in this key order; null when unknown. */
export interface CorpusFrontMatter {
  title: string | null;
  publisher: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  notes: unknown;
}

export interface AddResult {
  id: string;
  /** The file written, `<corpus>/<id>.md`. */
  path: string;
  /** SHA-256 of the body, as the pipeline will compute it. */
  sha256: string;
  frontMatter: CorpusFrontMatter;
  /** Things worth telling the user (unknown front-matter keys dropped, corpus files that could not be checked). */
  warnings: string[];
}

/** The article cannot be added (already in the corpus, or its requested id is taken): exit 1. */
export class AddError extends Error {
  override name = 'AddError';
  constructor(
    message: string,
    readonly ruleId: 'add/duplicate' | 'add/id-taken',
    /** The corpus file in the way. */
    readonly existing: string,
  ) {
    super(message);
  }
}

/** Lowercase ASCII words joined by hyphens, at most `max` characters, cut at a word boundary when possible. */
export function slugify(text: string, max = MAX_SLUG_LENGTH): string {
  const slug = withoutAccents(text)
    .replace(/['’]/gu, '') // "Russia’s" → "russias", not "russia-s"
    .replace(/[^\x00-\x7f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return cutSlug(slug, max);
}

function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return (cut >= max / 2 ? slug.slice(0, cut) : slug.slice(0, max)).replace(/-+$/u, '');
}

/** The YAML front matter block and the body: what `<corpus>/<id>.md` holds. */
export function renderArticle(fm: CorpusFrontMatter, body: string): string {
  const ordered: CorpusFrontMatter = {
    title: fm.title,
    publisher: fm.publisher,
    url: fm.url,
    publishedAt: fm.publishedAt,
    language: fm.language,
    notes: fm.notes ?? null,
  };
  // lineWidth 0: no folding, so long values stay on one line (block scalars for multi-line ones).
  return `---\n${stringifyYaml(ordered, { lineWidth: 0 })}---\n${body}`;
}

const isoDate = z.iso.date();

function checkOptions(opts: AddOptions): void {
  if (!/\.(md|txt)$/iu.test(opts.file)) throw new UsageError(`${opts.file}: only .txt and .md files can be added`);
  if (opts.id !== undefined && (!ID_PATTERN.test(opts.id) || opts.id === '.' || opts.id === '..')) {
    throw new UsageError(
      `--id "${opts.id}" is not a safe article id: start with a letter or digit, then letters, digits, ".", "_" and "-" (at most 200)`,
    );
  }
  if (opts.published !== undefined && opts.published !== '' && !isoDate.safeParse(opts.published).success) {
    throw new UsageError(`--published must be a date as YYYY-MM-DD, got "${opts.published}"`);
  }
}

async function readInput(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such file`);
    if (code === 'EISDIR') throw new UsageError(`${file} is a folder, not an article file`);
    throw new Error(`cannot read ${file}: ${code ?? (e as Error).message}`);
  }
}

/**
 * parseArticle derives an article id from the file name; the file being added
 * need not have a safe name (its id comes from --id or the title), so read it
 * under a safe stand-in name in the same folder when it does not.
 */
function readerPath(file: string): string {
  try {
    articleIdOf(file);
    return file;
  } catch {
    return path.join(path.dirname(file), `source${path.extname(file).toLowerCase()}`);
  }
}

/** `notes` is the one front-matter field parseArticle does not return; the front matter is known to be valid here. */
function frontMatterNotes(bytes: Uint8Array): unknown {
  const { frontMatter, format, lineOffset } = splitFrontMatter(decodeArticle(bytes, Number.POSITIVE_INFINITY).text);
  if (frontMatter === null) return null;
  return readFrontMatter(frontMatter, format, lineOffset).notes ?? null;
}

interface CorpusEntry {
  file: string;
  id: string;
}

/** Every article file in the corpus folder (as the batch job finds them), with its id from the file name. */
async function corpusFiles(corpus: string): Promise<CorpusEntry[]> {
  let st;
  try {
    st = await stat(corpus);
  } catch {
    return []; // created on write
  }
  if (!st.isDirectory()) throw new UsageError(`--corpus ${corpus} is not a folder`);
  const files = await resolveInputs([corpus]);
  return files.map((file) => ({ file, id: path.basename(file).replace(/\.(md|txt)$/iu, '') }));
}

/** The body's SHA-256 as the pipeline computes it (text after the BOM and front matter). */
function bodySha(bytes: Uint8Array, file: string): string {
  const { text } = decodeArticle(bytes, Number.POSITIVE_INFINITY);
  return sha256(/\.md$/iu.test(file) ? splitFrontMatter(text).body : text);
}

const orNull = (flag: string | undefined, fallback: string | null): string | null =>
  flag === undefined ? fallback : flag === '' ? null : flag;

/**
 * Add `opts.file` to the corpus. Throws UsageError (bad options, missing file),
 * InputError (the file is not a clean article: same rules as the pipeline) or
 * AddError (its body is already in the corpus, or the requested id is taken).
 */
export async function addArticle(opts: AddOptions): Promise<AddResult> {
  checkOptions(opts);
  const corpus = opts.corpus ?? DEFAULT_CORPUS;
  const bytes = await readInput(opts.file);
  const isMarkdown = /\.md$/iu.test(opts.file);
  const reader = readerPath(opts.file);
  const read = parseArticle(bytes, reader, { maxBytes: opts.maxBytes ?? DEFAULT_MAX_BYTES });
  const warnings = read.messages
    .filter((m) => m.ruleId === 'read/unknown-key')
    .map((m) => `${m.reason.replace(reader, opts.file)}: not copied`);

  // Front matter of a .md source gives defaults; a .txt's title is its first line, as extract reads
  // it (the line stays body text too), so that the corpus copy gives the same record.
  const src = read.article;
  const frontMatter: CorpusFrontMatter = {
    title: orNull(opts.title, src.title),
    publisher: orNull(opts.publisher, src.publisher),
    url: orNull(opts.url, src.url),
    publishedAt: orNull(opts.published, src.publishedAt),
    language: orNull(opts.language, src.language),
    notes: opts.notes !== undefined ? orNull(opts.notes, null) : isMarkdown ? frontMatterNotes(bytes) : null,
  };

  const existing = await corpusFiles(corpus);
  for (const { file } of existing) {
    let hash: string;
    try {
      hash = bodySha(await readFile(file), file);
    } catch (e) {
      warnings.push(`could not check ${file} for a duplicate body: ${(e as Error).message}`);
      continue;
    }
    if (hash === src.sha256) {
      throw new AddError(`${opts.file} is already in the corpus: ${file} has the same body (sha256 ${hash})`, 'add/duplicate', file);
    }
  }

  // Ids are file names across the whole corpus folder; compare without case for case-insensitive file systems.
  const taken = new Map(existing.map((e) => [e.id.toLowerCase(), e.file]));
  let id: string;
  if (opts.id !== undefined) {
    const other = taken.get(opts.id.toLowerCase());
    if (other) throw new AddError(`article id "${opts.id}" is taken by ${other} (a different article): choose another --id`, 'add/id-taken', other);
    id = opts.id;
  } else {
    // (a .txt's first line is its title, but its id comes from --title or its file name)
    const base = slugify(opts.title ?? (isMarkdown ? (src.title ?? '') : '')) || slugify(path.basename(opts.file).replace(/\.(md|txt)$/iu, '')) || 'article';
    id = base;
    for (let n = 2; taken.has(id); n++) id = `${cutSlug(base, MAX_SLUG_LENGTH - `-${n}`.length)}-${n}`;
  }

  const target = path.join(corpus, `${id}.md`);
  const content = renderArticle(frontMatter, read.text);
  // What the pipeline will read back must be exactly this body and metadata.
  const back = parseArticle(Buffer.from(content, 'utf8'), target, { maxBytes: Number.POSITIVE_INFINITY });
  if (back.text !== read.text || back.article.sha256 !== src.sha256 || back.article.publishedAt !== frontMatter.publishedAt || back.article.title !== frontMatter.title) {
    throw new Error(`internal error: ${target} would not read back as the same article`);
  }
  await writeAtomic(target, content);
  return { id, path: target, sha256: src.sha256, frontMatter, warnings };
}
