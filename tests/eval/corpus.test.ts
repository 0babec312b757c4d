// The reader on real gold: scoring gold against itself must give 100 everywhere.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { annFor, detectLayout, pairArticles, readGold, readPredictions } from '../../src/eval/corpus.ts';
import { scoreArticle, summarize, ROLES } from '../../src/eval/score.ts';
import { goldAsRecord, writePredDir } from './helpers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = path.resolve(ROOT, '../shared');
const SEED_GOLD = path.join(SHARED, 'gold/seeds');
const SEED_TEXTS = path.join(SHARED, 'seeds');
const DEV = path.join(SHARED, 'polnear/data/dev');

describe('annFor', () => {
  const anns = ['a.ann', 'b_4e07.ann', 'b_0abc.ann', 'c_d_4e07.ann', 'c_d.ann', 'x_y_z.ann'];
  const texts = new Set(['a', 'b', 'c', 'c_d', 'e']);
  const cases: Array<[string, string | null]> = [
    ['a', 'a.ann'], // exact name
    ['b', 'b_0abc.ann'], // several annotators: first in sorted order
    ['c', null], // c_d.ann belongs to the text c_d
    ['c_d', 'c_d.ann'],
    ['e', null], // a text without gold
  ];
  it.each(cases)('%s → %s', (id, expected) => {
    expect(annFor(id, anns, texts)).toBe(expected);
  });
});

const temp: string[] = [];
afterAll(async () => {
  for (const d of temp) await rm(d, { recursive: true, force: true });
});

async function goldVsGold(gold: string, texts?: string) {
  const g = await readGold(detectLayout(gold, texts));
  const dir = await writePredDir(g.articles.map(goldAsRecord));
  temp.push(dir);
  const preds = await readPredictions(dir);
  expect(preds.warnings).toEqual([]);
  const paired = pairArticles(g.articles, preds.byId);
  expect(paired.missingPredictions).toEqual([]);
  expect(paired.textMismatches).toEqual([]);
  return { gold: g, summary: summarize(paired.articles.map(scoreArticle)) };
}

describe.skipIf(!existsSync(SEED_GOLD) || !existsSync(SEED_TEXTS))('seed gold against itself', () => {
  it('scores 100 on every metric', async () => {
    const { gold, summary } = await goldVsGold(SEED_GOLD, SEED_TEXTS);
    expect(gold.articles.map((a) => a.id)).toEqual(['000_553696576d4a387f', '002_0995e0179602f20a']);
    expect(gold.articles.flatMap((a) => a.warnings)).toEqual([]);
    expect(summary.docs).toBe(2);
    for (const role of ROLES) {
      const r = summary.roles[role];
      expect(r.gold, role).toBeGreaterThan(0);
      expect([r.precision, r.recall, r.f1, r.jaccard], role).toEqual([1, 1, 1, 1]);
    }
    expect(summary.linked.gold).toBe(summary.linked.pred);
    expect([summary.linked.precision, summary.linked.recall, summary.linked.f1]).toEqual([1, 1, 1]);
    expect(summary.errors).toEqual([]);
  });
});

describe.skipIf(!existsSync(DEV))('PolNeAR dev gold against itself', () => {
  it('reads every article, and scores 100 but for gold attributions without a content', async () => {
    const { gold, summary } = await goldVsGold(DEV);
    expect(gold.articles).toHaveLength(84);
    expect(gold.articles.flatMap((a) => a.warnings)).toEqual([]);
    expect(gold.unusedAnn).toEqual([]);
    for (const role of ROLES) expect(summary.roles[role].precision, role).toBe(1);
    expect(summary.roles.cue.recall).toBeGreaterThan(0.999);
    expect(summary.linked.precision).toBe(1);
    // Those few can never link: a prediction always has a content.
    const noContent = gold.articles.flatMap((a) => a.attributions).filter((a) => !a.content).length;
    expect(summary.linked.gold - summary.linked.tp).toBe(noContent);
  });
});
