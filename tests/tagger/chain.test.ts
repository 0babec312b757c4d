import { describe, expect, it } from 'vitest';
import { mulberry32, type LinearChain } from '../../src/tagger/chain.ts';
import { ATTRIBUTION_CHAIN } from '../../src/tagger/model.ts';
import { ENTITY_CHAIN } from '../../src/entities/tagger.ts';

/** Viterbi as a plain loop over every label pair, testing the allowed table inside (the generated forward pass must agree, ties included). */
function plainViterbi(L: number, allowed: (a: number, b: number) => boolean, em: Float32Array, transitions: Float32Array, n: number): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * L);
  const back = new Uint8Array(n * L);
  for (let y = 0; y < L; y++) score[y] = allowed(-1, y) ? em[y]! + transitions[L * L + y]! : -1e30;
  for (let i = 1; i < n; i++) {
    for (let y = 0; y < L; y++) {
      let best = -1e30;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (!allowed(p, y)) continue;
        const s = score[(i - 1) * L + p]! + transitions[p * L + y]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * L + y] = best + em[i * L + y]!;
      back[i * L + y] = arg;
    }
  }
  let best = -1e30;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (score[(n - 1) * L + y]! > best) {
      best = score[(n - 1) * L + y]!;
      arg = y;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * L + arg]!;
  }
  return out;
}

describe('LinearChain.viterbi', () => {
  it.each([
    ['attribution', ATTRIBUTION_CHAIN],
    ['entity', ENTITY_CHAIN],
  ] as Array<[string, LinearChain]>)('%s chain: the same path as a plain loop, on random and tied scores', (_name, chain) => {
    const L = chain.spec.labels;
    const rand = mulberry32(7);
    for (let trial = 0; trial < 2000; trial++) {
      const n = Math.floor(rand() * 30);
      // small integers make ties common: they must break the same way
      const value = trial % 2 === 0 ? () => Math.floor(rand() * 5) - 2 : () => (rand() - 0.5) * 20;
      const em = Float32Array.from({ length: n * L }, value);
      const transitions = Float32Array.from({ length: (L + 1) * L }, value);
      expect(chain.viterbi(em, transitions, n)).toEqual(plainViterbi(L, chain.spec.allowed, em, transitions, n));
    }
  });
});
