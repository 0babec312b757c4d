import { describe, expect, it } from 'vitest';
import type { GoldAttribution } from '../../src/eval/brat.ts';
import { scoreArticle, summarize, type ErrorCause, type PredAttribution, type Role } from '../../src/eval/score.ts';
import type { Range } from '../../src/eval/tokens.ts';
import { ScoredRecord } from '../../src/eval/entities.ts';
import { ArticleRecord } from '../../src/schemas/index.ts';
import { record } from '../helpers.ts';

const TEXT = [
  'Putin said that the plane was hit by a missile.',
  '"We will win," Trump said, "and soon."',
  'Kirby: "No comment."',
  'The weather was fine.',
].join('\n');

/** Range of the n-th occurrence of `s` in TEXT. */
function at(s: string, n = 1): Range {
  let i = -1;
  for (let k = 0; k < n; k++) {
    i = TEXT.indexOf(s, i + 1);
    if (i < 0) throw new Error(`"${s}" #${n} not in text`);
  }
  return [i, i + s.length];
}

type Parts = { source: Range[] | null; cue: Range[]; content: Range[] | null };
const gold = (p: Parts, id = 'E1'): GoldAttribution => ({ id, ...p });
const pred = (p: Parts, id = 'a1', kind = 'indirect'): PredAttribution => ({ id, kind, ...p });

const PUTIN: Parts = { source: [at('Putin')], cue: [at('said')], content: [at('that the plane was hit by a missile')] };
const TRUMP: Parts = { source: [at('Trump')], cue: [at('said', 2)], content: [at('"We will win,"'), at('"and soon."')] };
const KIRBY: Parts = { source: [at('Kirby')], cue: [at(':', 1)], content: [at('"No comment."')] };

interface Expected {
  /** [exact-P, exact-R, exact-F1, jaccard] per role; null = undefined (0/0). */
  roles?: Partial<Record<Role, [number | null, number | null, number | null, number | null]>>;
  /** [P, R, F1] */
  linked: [number | null, number | null, number | null];
  errors?: ErrorCause[];
}

const cases: Array<{ name: string; gold: GoldAttribution[]; pred: PredAttribution[]; expected: Expected }> = [
  {
    name: 'perfect',
    gold: [gold(PUTIN), gold(TRUMP, 'E2'), gold(KIRBY, 'E3')],
    pred: [pred(PUTIN), pred(TRUMP, 'a2'), pred(KIRBY, 'a3')],
    expected: { roles: { source: [1, 1, 1, 1], cue: [1, 1, 1, 1], content: [1, 1, 1, 1] }, linked: [1, 1, 1], errors: [] },
  },
  {
    name: 'empty prediction',
    gold: [gold(PUTIN), gold(TRUMP, 'E2')],
    pred: [],
    expected: { roles: { source: [null, 0, 0, 0], cue: [null, 0, 0, 0], content: [null, 0, 0, 0] }, linked: [null, 0, 0], errors: ['cue missed', 'cue missed'] },
  },
  {
    name: 'nothing to find, nothing found',
    gold: [],
    pred: [],
    expected: { roles: { cue: [null, null, null, null] }, linked: [null, null, null], errors: [] },
  },
  {
    name: 'shifted by a character inside a word: still exact (token level)',
    gold: [gold(PUTIN)],
    pred: [pred({ ...PUTIN, content: [[at('that')[0] + 1, at('missile.')[1]]] })],
    expected: { roles: { content: [1, 1, 1, 1] }, linked: [1, 1, 1] },
  },
  {
    name: 'shifted by a word: not exact, Jaccard 6/8, still linked',
    gold: [gold(PUTIN)],
    pred: [pred({ ...PUTIN, content: [at('the plane was hit by a')] })],
    expected: { roles: { content: [0, 0, 0, 6 / 8], cue: [1, 1, 1, 1] }, linked: [1, 1, 1], errors: [] },
  },
  {
    name: 'content too short to link (Jaccard 2/8 < 0.5)',
    gold: [gold(PUTIN)],
    pred: [pred({ ...PUTIN, content: [at('the plane')] })],
    expected: { roles: { content: [0, 0, 0, 2 / 8] }, linked: [0, 0, 0], errors: ['content too short'] },
  },
  {
    name: 'longer content, Jaccard 8/11: still linked',
    gold: [gold(PUTIN)],
    pred: [pred({ ...PUTIN, content: [[at('that')[0], at('Trump said,')[0]]] })],
    expected: { roles: { content: [0, 0, 0, 8 / 11] }, linked: [1, 1, 1] },
  },
  {
    name: 'content too long to link (Jaccard 8/22 < 0.5)',
    gold: [gold(PUTIN)],
    pred: [pred({ ...PUTIN, content: [[at('that')[0], TEXT.length]] })],
    expected: { roles: { content: [0, 0, 0, 8 / 22] }, linked: [0, 0, 0], errors: ['content too long'] },
  },
  {
    name: 'content elsewhere',
    gold: [gold(PUTIN)],
    pred: [pred({ ...PUTIN, content: [at('The weather was fine')] })],
    expected: { roles: { content: [0, 0, 0, 0 / 2] }, linked: [0, 0, 0], errors: ['content wrong'] },
  },
  {
    name: 'discontinuous gold content = one span from first to last token',
    gold: [gold(TRUMP)],
    pred: [pred({ ...TRUMP, content: [[at('"We')[0], at('soon."')[1]]] })],
    expected: { roles: { content: [1, 1, 1, 1] }, linked: [1, 1, 1] },
  },
  {
    name: 'discontinuous gold content, only its first fragment predicted (3/7)',
    gold: [gold(TRUMP)],
    pred: [pred({ ...TRUMP, content: [at('"We will win,"')] })],
    expected: { roles: { content: [0, 0, 0, 3 / 7] }, linked: [0, 0, 0], errors: ['content too short'] },
  },
  {
    name: 'missing source: source recall 0, attribution not linked',
    gold: [gold(PUTIN)],
    pred: [pred({ ...PUTIN, source: null })],
    expected: { roles: { source: [null, 0, 0, 0], cue: [1, 1, 1, 1], content: [1, 1, 1, 1] }, linked: [0, 0, 0], errors: ['source missing'] },
  },
  {
    name: 'both sources absent: linked',
    gold: [gold({ ...PUTIN, source: null })],
    pred: [pred({ ...PUTIN, source: null })],
    expected: { roles: { source: [null, null, null, null] }, linked: [1, 1, 1] },
  },
  {
    name: 'source in prediction only',
    gold: [gold({ ...PUTIN, source: null })],
    pred: [pred(PUTIN)],
    expected: { roles: { source: [0, null, 0, 0] }, linked: [0, 0, 0], errors: ['source not in gold'] },
  },
  {
    name: 'wrong source',
    gold: [gold(PUTIN)],
    pred: [pred({ ...PUTIN, source: [at('plane')] })],
    expected: { roles: { source: [0, 0, 0, 0] }, linked: [0, 0, 0], errors: ['wrong source'] },
  },
  {
    name: 'source overlapping but not exact still links',
    gold: [gold({ ...PUTIN, source: [[0, at('said')[1]]] })],
    pred: [pred(PUTIN)],
    expected: { roles: { source: [0, 0, 0, 1 / 2] }, linked: [1, 1, 1] },
  },
  {
    name: 'punctuation cue ":"',
    gold: [gold(KIRBY)],
    pred: [pred(KIRBY)],
    expected: { roles: { cue: [1, 1, 1, 1] }, linked: [1, 1, 1] },
  },
  {
    name: 'cue "Kirby:" does not overlap gold cue ":"',
    gold: [gold(KIRBY)],
    pred: [pred({ ...KIRBY, cue: [at('Kirby:')] })],
    expected: { roles: { cue: [0, 0, 0, 0] }, linked: [0, 0, 0], errors: ['cue missed', 'spurious cue'] },
  },
  {
    name: 'spurious prediction elsewhere: in Jaccard denominator',
    gold: [gold(PUTIN)],
    pred: [pred(PUTIN), pred({ source: null, cue: [at('was', 2)], content: [at('The weather')] }, 'a2')],
    expected: { roles: { cue: [1 / 2, 1, 2 / 3, 1 / 2], content: [1 / 2, 1, 2 / 3, 1 / 2], source: [1, 1, 1, 1] }, linked: [1 / 2, 1, 2 / 3], errors: ['spurious cue'] },
  },
  {
    name: 'one-to-one: two predictions on one gold, the better content wins',
    gold: [gold(PUTIN)],
    pred: [pred({ ...PUTIN, content: [at('the plane was hit by a')] }), pred(PUTIN, 'a2')],
    expected: { roles: { content: [1 / 2, 1, 2 / 3, 1] }, linked: [1 / 2, 1, 2 / 3], errors: ['duplicate'] },
  },
  {
    name: 'duplicate gold spans count once per role',
    gold: [gold(PUTIN), gold(PUTIN, 'E2')],
    pred: [pred(PUTIN)],
    expected: { roles: { cue: [1, 1, 1, 1] }, linked: [1, 1 / 2, 2 / 3], errors: ['cue already used'] },
  },
  {
    name: 'gold without content cannot link',
    gold: [gold({ ...PUTIN, content: null })],
    pred: [pred(PUTIN)],
    expected: { roles: { content: [0, null, 0, 0] }, linked: [0, 0, 0], errors: ['gold has no content'] },
  },
];

describe('scoreArticle + summarize', () => {
  it.each(cases)('$name', ({ gold: g, pred: p, expected }) => {
    const s = summarize([scoreArticle({ id: 'doc', text: TEXT, gold: g, pred: p })]);
    for (const [role, [P, R, F, J]] of Object.entries(expected.roles ?? {}) as Array<[Role, [number | null, number | null, number | null, number | null]]>) {
      const r = s.roles[role];
      const got = [r.precision, r.recall, r.f1, r.jaccard];
      [P, R, F, J].forEach((want, i) => {
        if (want === null) expect(got[i], `${role}[${i}]`).toBeNull();
        else expect(got[i], `${role}[${i}]`).toBeCloseTo(want, 10);
      });
    }
    const l = s.linked;
    expected.linked.forEach((want, i) => {
      const got = [l.precision, l.recall, l.f1][i];
      if (want === null) expect(got).toBeNull();
      else expect(got).toBeCloseTo(want, 10);
    });
    if (expected.errors) expect(s.errors.map((e) => e.cause).sort()).toEqual([...expected.errors].sort());
  });
});

describe('micro-averaging', () => {
  it('sums counts over articles before dividing', () => {
    const a = scoreArticle({ id: 'a', text: TEXT, gold: [gold(PUTIN), gold(TRUMP, 'E2'), gold(KIRBY, 'E3')], pred: [pred(PUTIN)] });
    const b = scoreArticle({ id: 'b', text: TEXT, gold: [gold(PUTIN)], pred: [pred(PUTIN), pred({ ...KIRBY, cue: [at('Kirby:')] }, 'a2')] });
    const s = summarize([a, b]);
    expect(s.docs).toBe(2);
    expect(s.linked).toMatchObject({ gold: 4, pred: 3, tp: 2 });
    expect(s.linked.precision).toBeCloseTo(2 / 3);
    expect(s.linked.recall).toBeCloseTo(2 / 4);
    expect(s.linked.f1).toBeCloseTo(4 / 7);
    // cue: a has 3 gold / 1 pred / 1 exact; b has 1 gold / 2 pred / 1 exact.
    expect(s.roles.cue).toMatchObject({ gold: 4, pred: 3, exact: 2 });
    expect(s.roles.cue.jaccard).toBeCloseTo(2 / (4 + 1));
  });

  it('breaks down by predicted kind and by gold cue', () => {
    const a = scoreArticle({
      id: 'a',
      text: TEXT,
      gold: [gold(PUTIN), gold(TRUMP, 'E2')],
      pred: [pred(PUTIN, 'a1', 'indirect'), pred({ ...TRUMP, source: null }, 'a2', 'direct'), pred(KIRBY, 'a3', 'direct')],
    });
    const s = summarize([a]);
    expect(s.byKind).toEqual([
      { kind: 'direct', pred: 2, linked: 0, precision: 0 },
      { kind: 'indirect', pred: 1, linked: 1, precision: 1 },
    ]);
    expect(s.byCue).toEqual([{ cue: 'said', gold: 2, goldLinked: 1, recall: 0.5, pred: 2, predLinked: 1, precision: 0.5 }]);
    expect(s.errorCounts).toEqual([
      { cause: 'source missing', count: 1 },
      { cause: 'spurious cue', count: 1 },
    ]);
    const missing = s.errors.find((e) => e.cause === 'source missing')!;
    expect(missing.line).toBe('"We will win," Trump said, "and soon."');
    expect(missing.gold?.source).toBe('Trump');
    expect(missing.pred?.source).toBeNull();
  });
});

describe('exact to the character', () => {
  it.each([
    // the same spans
    ['the same spans', TRUMP, 1],
    // one more character (a full stop): the same first and last tokens, not the same characters
    ['a full stop more', { ...PUTIN, content: [[at('that the plane')[0], at('missile.')[1]] as Range] }, 0],
    // the two parts of a quotation as one span: the same extent, not the same spans
    ['one span for two', { ...TRUMP, content: [[at('"We will win,"')[0], at('"and soon."')[1]] as Range] }, 0],
  ])('%s', (_name, p, expected) => {
    const g = p.cue[0]![0] === TRUMP.cue[0]![0] ? TRUMP : PUTIN;
    const s = summarize([scoreArticle({ id: 'doc', text: TEXT, gold: [gold(g)], pred: [pred(p as Parts)] })]);
    expect(s.roles.content.charExact).toBe(expected);
    // the token-based exact match does not see the difference
    expect(s.roles.content.exact).toBe(1);
  });

  it('counts a gold part in touching fragments as the one span the pipeline writes, and each distinct predicted part once', () => {
    const [s0, e0] = at('that the plane was hit by a missile');
    const g = gold({ ...PUTIN, content: [[s0, s0 + 8], [s0 + 8, e0]] });
    // two predictions of the same content (the same characters) count once, against one predicted part
    const s = summarize([scoreArticle({ id: 'doc', text: TEXT, gold: [g], pred: [pred(PUTIN), pred(PUTIN, 'a2')] })]);
    expect([s.roles.content.charExact, s.roles.content.charPred]).toEqual([1, 1]);
  });
});

// words are read as the pipeline reads them: markup is no word (session 36, when a span over one
// mark of a link began to take in the other)
describe('words without markup', () => {
  it.each([
    ['Markdown', 'White House spokesperson [John Kirby](https://example.com/john-kirby) said it was over.', 'White House spokesperson [John Kirby', 'White House spokesperson [John Kirby](https://example.com/john-kirby)'],
    ['HTML', '<p>White House spokesperson <a href="https://example.com/k">John Kirby</a> said it was over.</p><p>More.</p>', 'White House spokesperson <a href="https://example.com/k">John Kirby', 'White House spokesperson <a href="https://example.com/k">John Kirby</a>'],
  ])('%s: a source that takes in the link\'s closing mark ends on the gold source\'s last word', (_name, text, goldSource, predSource) => {
    const r = (s: string): Range => [text.indexOf(s), text.indexOf(s) + s.length];
    const parts = (source: string): Parts => ({ source: [r(source)], cue: [r('said')], content: [r('it was over')] });
    const s = summarize([scoreArticle({ id: 'a', text, gold: [gold(parts(goldSource))], pred: [pred(parts(predSource))] })]);
    expect([s.roles.source.f1, s.roles.source.jaccard, s.linked.f1]).toEqual([1, 1, 1]);
  });
});

describe('entity scores of records of an earlier schema', () => {
  it('reads a record written before claims carried saidAt (schema 1.0.0)', () => {
    const r = JSON.parse(JSON.stringify(record('The minister said on Tuesday that the plan would fail.')));
    r.schemaVersion = '1.0.0';
    for (const c of r.claims) delete c.saidAt;
    expect(ArticleRecord.safeParse(r).success).toBe(false);
    expect(ScoredRecord.parse(r).dates.map((d) => d.text)).toEqual(['Tuesday']);
  });
});
