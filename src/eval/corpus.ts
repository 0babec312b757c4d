// Finding and reading the gold (brat) and the predictions (ArticleRecord JSON)
// from disk, and pairing them into the scorer's EvalArticles. All file access
// of the evaluation lives here; score.ts stays pure.
import { existsSync, statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { Attribution } from '../schemas/index.ts';
import { alignGold, type GoldAttribution } from './brat.ts';
import type { EvalArticle, PredAttribution } from './score.ts';

export interface GoldLayout {
  /** Folder of .ann files. */
  annDir: string;
  /** Folder of NAME.txt files: every one is a gold document, with or without an .ann. */
  textDir: string;
  /** PolNeAR split: <gold>/text + <gold>/attributions. */
  polnear: boolean;
  /** Publication dates, when the layout provides them (PolNeAR: <gold>/../metadata.tsv). */
  metadata: string | null;
}

export function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export function detectLayout(gold: string, texts?: string): GoldLayout {
  const polnear = isDir(path.join(gold, 'attributions'));
  const metadata = path.join(gold, '..', 'metadata.tsv');
  return {
    annDir: polnear ? path.join(gold, 'attributions') : gold,
    textDir: texts ?? (polnear ? path.join(gold, 'text') : gold),
    polnear,
    metadata: polnear && existsSync(metadata) ? metadata : null,
  };
}

export interface GoldArticle {
  id: string;
  txtPath: string;
  annPath: string | null;
  /** The .txt without a leading BOM: what the gold offsets (after alignment) index. */
  text: string;
  attributions: GoldAttribution[];
  warnings: string[];
}

/**
 * The .ann of a text NAME: NAME.ann, else the first in sorted order of
 * NAME_<annotator>.ann (PolNeAR, where several annotators may have done one
 * article), leaving out names that are some other text's exact match.
 */
export function annFor(id: string, annNames: readonly string[], textIds: ReadonlySet<string>): string | null {
  if (annNames.includes(`${id}.ann`)) return `${id}.ann`;
  const prefix = `${id}_`;
  const candidates = annNames
    .filter((n) => n.startsWith(prefix) && n.endsWith('.ann') && !n.slice(prefix.length, -4).includes('_'))
    .filter((n) => !textIds.has(n.slice(0, -4)))
    .sort();
  return candidates[0] ?? null;
}

export async function readGold(layout: GoldLayout): Promise<{ articles: GoldArticle[]; unusedAnn: string[] }> {
  const textNames = (await readdir(layout.textDir)).filter((n) => n.endsWith('.txt')).sort();
  const annNames = (await readdir(layout.annDir)).filter((n) => n.endsWith('.ann')).sort();
  const ids = textNames.map((n) => n.slice(0, -4));
  const textIds = new Set(ids);
  const used = new Set<string>();
  const articles = await Promise.all(
    ids.map(async (id): Promise<GoldArticle> => {
      const txtPath = path.join(layout.textDir, `${id}.txt`);
      const raw = await readFile(txtPath, 'utf8');
      const ann = annFor(id, annNames, textIds);
      if (!ann) return { id, txtPath, annPath: null, text: raw.replace(/^\uFEFF/u, ''), attributions: [], warnings: [] };
      used.add(ann);
      const annPath = path.join(layout.annDir, ann);
      const gold = alignGold(await readFile(annPath, 'utf8'), raw);
      return { id, txtPath, annPath, text: gold.text, attributions: gold.attributions, warnings: gold.warnings };
    }),
  );
  // .ann files of other annotators of an article are expected to be unused; report only those of no text at all.
  const unusedAnn = annNames.filter((n) => !used.has(n) && !ids.some((id) => n === `${id}.ann` || n.startsWith(`${id}_`)));
  return { articles, unusedAnn };
}

/** Only what the scorer reads of an ArticleRecord, so hand-made fixtures stay small. */
const PredRecord = z.object({
  article: z.object({ id: z.string() }),
  text: z.string(),
  attributions: z.array(Attribution.pick({ id: true, kind: true, cue: true, source: true, content: true })),
});

export interface PredArticle {
  id: string;
  text: string;
  attributions: PredAttribution[];
}

export async function readPredictions(dir: string): Promise<{ byId: Map<string, PredArticle>; warnings: string[] }> {
  const articlesDir = path.join(dir, 'articles');
  const names = (await readdir(articlesDir)).filter((n) => n.endsWith('.json')).sort();
  const byId = new Map<string, PredArticle>();
  const warnings: string[] = [];
  await Promise.all(
    names.map(async (name) => {
      const file = path.join(articlesDir, name);
      let json: unknown;
      try {
        json = JSON.parse(await readFile(file, 'utf8'));
      } catch (e) {
        warnings.push(`${file}: not JSON (${(e as Error).message}); ignored`);
        return;
      }
      const parsed = PredRecord.safeParse(json);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        warnings.push(`${file}: not an ArticleRecord (${issue?.path.join('.')}: ${issue?.message}); ignored`);
        return;
      }
      const r = parsed.data;
      byId.set(r.article.id, {
        id: r.article.id,
        text: r.text,
        attributions: r.attributions.map((a) => ({
          id: a.id,
          kind: a.kind,
          cue: a.cue.spans,
          source: a.source ? a.source.spans : null,
          content: a.content.spans,
        })),
      });
    }),
  );
  return { byId, warnings };
}

/** Pair gold and predictions by article id; a gold document without a record is an empty prediction. */
export function pairArticles(
  gold: readonly GoldArticle[],
  preds: ReadonlyMap<string, PredArticle>,
): { articles: EvalArticle[]; missingPredictions: string[]; textMismatches: string[] } {
  const missingPredictions: string[] = [];
  const textMismatches: string[] = [];
  const articles = gold.map((g): EvalArticle => {
    const p = preds.get(g.id);
    if (!p) missingPredictions.push(g.id);
    else if (p.text !== g.text) textMismatches.push(g.id);
    return { id: g.id, text: g.text, gold: g.attributions, pred: p?.attributions ?? [] };
  });
  return { articles, missingPredictions, textMismatches };
}
