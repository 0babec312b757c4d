// Atomic writes: a temporary file in the same folder, then rename, so no
// half-written file is ever visible, whatever kills the process.
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';

/**
 * `mkdir -p`, one folder at a time from the nearest that exists: Node's recursive mkdir never
 * returns under /proc (a folder it cannot make there reads as missing, and it tries again).
 */
export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = path.resolve(dir); ; ) {
    try {
      await stat(d);
      break;
    } catch (e) {
      const parent = path.dirname(d);
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || parent === d) throw e;
      missing.push(d);
      d = parent;
    }
  }
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
    } catch (e) {
      // made meanwhile by another run; but a file, or a link to nothing, is no folder
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (!(await stat(d).then((st) => st.isDirectory(), () => false))) throw Object.assign(new Error(`${d} is not a folder`), { code: 'ENOTDIR', path: d });
    }
  }
}

export async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await makeDirs(path.dirname(file));
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, 'utf8');
    await rename(tmp, file);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Whether process `pid` is running (EPERM: it is, under another user). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The locks this process holds, by token: a lock with this process's id and another token is a dead run's (its id reused). */
const heldHere = new Set<string>();

/** Whether the lock `content` ("pid token") belongs to a run still going. */
function holderAlive(content: string): number | null {
  const [pidText, token] = content.trim().split(/\s+/u);
  const pid = Number(pidText);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  if (pid === process.pid) return token !== undefined && heldHere.has(token) ? pid : null;
  return alive(pid) ? pid : null;
}

/** A file made only if absent (O_EXCL): false when it exists. */
async function createExclusive(file: string, data: string): Promise<boolean> {
  try {
    await writeFile(file, data, { flag: 'wx' });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** How old a takeover may be before it counts as a killed run's (it lasts a few file operations). */
const TAKEOVER_STALE_MS = 10_000;

/**
 * The folder held by this run: `.lock` made there (O_EXCL), holding the process id and a token,
 * so that a second run into the same folder stops before it removes the first one's temporaries
 * or records. A lock whose run is gone (killed; or its id now another process's, when that is
 * this one) is taken over under `.lock.takeover`, itself made with O_EXCL, so that of two runs
 * finding one dead lock only one replaces it. `release` removes the lock only while it is this
 * run's. Gives `release`, or the id of the process that holds the folder.
 */
export async function lockFolder(dir: string): Promise<{ release: () => Promise<void> } | { heldBy: number }> {
  const file = path.join(dir, '.lock');
  const takeover = `${file}.takeover`;
  const token = randomBytes(8).toString('hex');
  const mine = `${process.pid} ${token}\n`;
  const release = async () => {
    heldHere.delete(token);
    if ((await readFile(file, 'utf8').catch(() => '')) === mine) await rm(file, { force: true });
  };
  for (;;) {
    if (await createExclusive(file, mine)) {
      heldHere.add(token);
      return { release };
    }
    const holder = holderAlive(await readFile(file, 'utf8').catch(() => ''));
    if (holder !== null) return { heldBy: holder };
    if (!(await createExclusive(takeover, mine))) {
      // another run is taking over: wait for it, or clear a takeover left by a run killed in it
      const age = Date.now() - ((await stat(takeover).catch(() => null))?.mtimeMs ?? Date.now());
      if (age > TAKEOVER_STALE_MS) await rm(takeover, { force: true });
      else await new Promise((resolve) => setTimeout(resolve, 50));
      continue;
    }
    try {
      // still dead now that only this run may remove it: remove it and take it, both under the takeover
      if (holderAlive(await readFile(file, 'utf8').catch(() => '')) === null) {
        await rm(file, { force: true });
        if (await createExclusive(file, mine)) {
          heldHere.add(token);
          return { release };
        }
      }
    } finally {
      await rm(takeover, { force: true });
    }
  }
}
