import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { prepareDoc } from '../../src/tagger/data.ts';
import { TokenMemo } from '../../src/tagger/token-memo.ts';
import type { Token } from '../../src/nlp/wink.ts';

interface Entry {
  text: string;
  pos: string;
  next: Entry | undefined;
}

const tokens: readonly Token[] = prepareDoc(readFileSync('../shared/seeds/000_553696576d4a387f.txt', 'utf8'), 'seed-000').tokens!;

function memo(half: number) {
  const made: string[] = [];
  const m = new TokenMemo<Entry>(
    half,
    (e, t) => e.pos === t.pos,
    (t) => {
      made.push(`${t.text}/${t.pos}`);
      return { text: t.text, pos: t.pos, next: undefined };
    },
  );
  return { m, made };
}

describe('TokenMemo', () => {
  it('gives the entry of each token (text and part of speech), however small the bound', () => {
    for (const half of [1, 4, 64, 100_000]) {
      const { m } = memo(half);
      for (const t of [...tokens, ...tokens]) expect(m.get(t)).toMatchObject({ text: t.text, pos: t.pos });
    }
  });

  it('holds at most twice `half` texts over a whole article', () => {
    const texts = new Set(tokens.map((t) => t.text)).size;
    expect(texts).toBeGreaterThan(256);
    const { m } = memo(64);
    let most = 0;
    for (const t of tokens) {
      m.get(t);
      most = Math.max(most, m.size);
    }
    expect(most).toBeLessThanOrEqual(128);
    expect(most).toBeGreaterThan(64);
  });

  it('keeps the words a text keeps using when the bound is reached', () => {
    const { m, made } = memo(64);
    for (const t of tokens) m.get(t);
    // "the" recurs every few tokens: each use moves it back to the young generation, so it is computed once
    const the = tokens.find((t) => t.text === 'the')!;
    expect(made.filter((k) => k === `the/${the.pos}`)).toHaveLength(1);
    // a memo without a bound computes each (text, part of speech) once
    const unbounded = memo(100_000);
    for (const t of tokens) unbounded.m.get(t);
    expect(new Set(unbounded.made).size).toBe(unbounded.made.length);
    expect(made.length).toBeGreaterThan(unbounded.made.length);
  });
});
