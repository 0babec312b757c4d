// Turning --input arguments (folders, files, globs) into a sorted list of article files.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

const ARTICLE = /\.(txt|md)$/iu;

export class UsageError extends Error {
  override name = 'UsageError';
}

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    // a sub-folder that cannot be listed is an input of its own: it fails at read time, named, and the batch goes on
    if (e.isDirectory()) out.push(...(await walk(p).catch(() => [p])));
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
      const all = await walk(base).catch(() => [] as string[]);
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
  // one file named twice ("a/x.txt", "a/../a/x.txt") is one input
  const byPath = new Map<string, string>();
  for (const f of files) if (!byPath.has(path.resolve(f))) byPath.set(path.resolve(f), f);
  return [...byPath.values()].sort();
}
