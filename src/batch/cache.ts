// Incremental reruns: an article whose bytes, resolved publication date,
// pipeline definition and code are unchanged since the last run keeps its
// record; its claims are copied from the last claims.jsonl.
import { createHash } from 'node:crypto';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Manifest, type ManifestEntry } from '../schemas/index.ts';

/** The repository root (where src/, models/ and package-lock.json are). */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

let codeVersionMemo: string | undefined;
/** Hash of everything that shapes the output besides the inputs: the sources, learned lexicons and models, the lockfile. */
export function codeVersion(): string {
  if (codeVersionMemo) return codeVersionMemo;
  const h = createHash('sha256');
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else {
        h.update(path.relative(ROOT, p));
        h.update(readFileSync(p));
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  walk(path.join(ROOT, 'models'));
  try {
    h.update(readFileSync(path.join(ROOT, 'package-lock.json')));
  } catch {
    // no lockfile next to the sources: the sources alone identify the code
  }
  codeVersionMemo = h.digest('hex');
  return codeVersionMemo;
}

export function fingerprint(bytes: Uint8Array, published: string | null, pipelineSha: string, code: string, maxBytes: number): string {
  return createHash('sha256')
    .update(bytes)
    .update(`\0${published ?? ''}\0${pipelineSha}\0${code}\0${maxBytes}`)
    .digest('hex');
}

export interface PreviousRun {
  /** Entries of articles that have a record, by id. */
  byId: Map<string, ManifestEntry>;
  /** Line number of each article's first claim in the previous claims.jsonl. */
  claimStart: Map<string, number>;
  claimsFile: string;
}

/** Large reads: the previous claims.jsonl can be hundreds of MB, and each chunk is a round trip to the thread pool. */
const CHUNK = 1 << 20;

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file, { highWaterMark: CHUNK })
      .on('data', (c) => h.update(c))
      .on('end', () => resolve(h.digest('hex')))
      .on('error', reject);
  });
}

/**
 * The last run's manifest, if it is readable and consistent with the
 * claims.jsonl beside it (a run killed between the two writes is not trusted).
 */
export async function previousRun(out: string): Promise<PreviousRun | null> {
  let manifest: Manifest;
  try {
    manifest = Manifest.parse(JSON.parse(await readFile(path.join(out, 'manifest.json'), 'utf8')));
  } catch {
    return null;
  }
  const claimsFile = path.join(out, 'claims.jsonl');
  try {
    if ((await sha256File(claimsFile)) !== manifest.claimsSha256) return null;
  } catch {
    return null;
  }
  const byId = new Map<string, ManifestEntry>();
  const claimStart = new Map<string, number>();
  let line = 0;
  for (const e of manifest.entries) {
    if ((e.status !== 'processed' && e.status !== 'skipped') || !e.id || !e.counts || !e.fingerprint) continue;
    byId.set(e.id, e);
    claimStart.set(e.id, line);
    line += e.counts.claims;
  }
  return { byId, claimStart, claimsFile };
}

/** Reads the previous claims.jsonl forward only, handing out line ranges in increasing order. */
export class ClaimsReader {
  private readonly lines: AsyncIterator<string>;
  private at = 0;

  constructor(file: string) {
    this.lines = createInterface({ input: createReadStream(file, { highWaterMark: CHUNK }), crlfDelay: Infinity })[Symbol.asyncIterator]();
  }

  /** Lines [start, start + count), as one string with newlines; null if the file has gone short. */
  async take(start: number, count: number): Promise<string | null> {
    if (start < this.at) return null;
    let out = '';
    while (this.at < start + count) {
      const next = await this.lines.next();
      if (next.done) return null;
      if (this.at >= start) out += `${next.value}\n`;
      this.at++;
    }
    return out;
  }

  async close(): Promise<void> {
    await this.lines.return?.();
  }
}
