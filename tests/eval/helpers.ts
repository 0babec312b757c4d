// Shared by the eval tests: build predicted records from gold, write fixture output folders.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { GoldArticle } from '../../src/eval/corpus.ts';
import type { Range } from '../../src/eval/tokens.ts';

const part = (text: string, spans: Range[]) => ({ text: spans.map(([s, e]) => text.slice(s, e)).join(' '), spans });

/** An ArticleRecord-like object (only the fields the scorer reads) whose attributions are the gold ones. */
export function goldAsRecord(g: Pick<GoldArticle, 'id' | 'text' | 'attributions'>) {
  return {
    article: { id: g.id },
    text: g.text,
    attributions: g.attributions
      .filter((a) => a.content) // a prediction always has a content
      .map((a, i) => ({
        id: `a${i + 1}`,
        kind: 'indirect',
        cue: part(g.text, a.cue),
        source: a.source && part(g.text, a.source),
        content: part(g.text, a.content!),
      })),
  };
}

/** A temporary output folder with articles/<id>.json for each record. */
export async function writePredDir<T extends { article: { id: string } }>(records: T[]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'eval-pred-'));
  await mkdir(path.join(dir, 'articles'));
  for (const r of records) await writeFile(path.join(dir, 'articles', `${r.article.id}.json`), JSON.stringify(r));
  return dir;
}
