// Word clusters for the attribution tagger's features, learned from raw text
// by scripts/learn-clusters.ts (models/word-clusters.json.gz): per word, a
// cluster id at each granularity (coarse, fine); -1 for a word not seen often enough.
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Token } from '../nlp/wink.ts';

/** The key a token is clustered by: its lower-cased text, numbers by shape. */
export function clusterKey(t: Token): string {
  return t.type === 'number' ? '<num>' : t.lower;
}

const file = new URL('../../models/word-clusters.json.gz', import.meta.url);
let table: Map<string, readonly number[]> | undefined;

function load(): Map<string, readonly number[]> {
  const parsed = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as { clusters: Record<string, number[]> };
  return new Map(Object.entries(parsed.clusters));
}

const NONE: readonly number[] = [-1, -1];

/** A cluster id no word has: "not looked up yet" in per-token arrays of cluster ids. */
export const NOT_LOOKED_UP = -2;

/** Per doc token, its cluster ids (coarse, fine) or NOT_LOOKED_UP: what the tagger's features saw, for the ranker to reuse. */
export interface TokenClusters {
  coarse: Int32Array;
  fine: Int32Array;
}

/** Cluster ids of a token (coarse, fine). */
export function clustersOf(t: Token): readonly number[] {
  table ??= load();
  return table.get(clusterKey(t)) ?? NONE;
}
