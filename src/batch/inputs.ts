// Turning --input arguments (folders, files, globs) into a sorted list of article files.
import { existsSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

const ARTICLE = /\.(txt|md)$/iu;

export class UsageError extends Error {
  override name = 'UsageError';
}

/**
 * The article files under `dir`. A folder that cannot be listed stops the run (a usage error,
 * named): whether its articles were removed would be unknown, and their records would go.
 */
async function walk(dir: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`cannot list the folder ${dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}): no record is changed until it can be read`);
  }
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    // (a loop, not push(...): a folder may hold more files than a call takes arguments)
    if (e.isDirectory()) for (const f of await walk(p)) out.push(f);
    // symlinks are followed at read time; a broken one fails there, named, instead of vanishing from the run
    else if ((e.isFile() || e.isSymbolicLink()) && ARTICLE.test(e.name)) out.push(p);
  }
  return out;
}

/** `*` and `?` within a path segment, `**` across segments. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      re += '.*';
      i++;
      if (glob[i + 1] === '/') i++;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/gu, '\\$&');
  }
  return new RegExp(`^${re}$`, 'u');
}

export async function resolveInputs(inputs: readonly string[]): Promise<string[]> {
  const files = new Set<string>();
  for (const input of inputs) {
    if (/[*?]/u.test(input)) {
      const base = input.split(/[*?]/u)[0]!.replace(/[^/]*$/u, '') || '.';
      const re = globToRegExp(path.normalize(input));
      // (a base that does not exist matches nothing; one that cannot be listed stops the run)
      const all = existsSync(base) ? await walk(base) : [];
      const hits = all.filter((f) => re.test(path.normalize(f)));
      if (hits.length === 0) throw new UsageError(`--input ${input}: no .txt or .md file matches`);
      hits.forEach((f) => files.add(f));
      continue;
    }
    let st;
    try {
      st = await stat(input);
    } catch {
      throw new UsageError(`--input ${input}: no such file or folder`);
    }
    if (st.isDirectory()) {
      const found = await walk(input);
      // (an empty run would remove every record of the output folder: a wrong folder is a usage error)
      if (found.length === 0) throw new UsageError(`--input ${input}: the folder holds no .txt or .md file`);
      found.forEach((f) => files.add(f));
    } else files.add(input);
  }
  // one file named twice ("a/x.txt", "a/../a/x.txt", or through a link) is one input
  const byPath = new Map<string, string>();
  for (const f of files) {
    const real = await realpath(f).catch(() => path.resolve(f));
    if (!byPath.has(real)) byPath.set(real, f);
  }
  return [...byPath.values()].sort();
}
