import { describe, expect, it } from 'vitest';
import { prepareDoc } from '../../src/tagger/data.ts';
import type { Sequence } from '../../src/tagger/chain.ts';
import {
  chunkFeatures,
  chunksOf,
  ENTITY_CHAIN,
  entityModel,
  NER_LABELS,
  sentenceRanges,
  silverLabels,
  tagNames,
  type NerClass,
} from '../../src/entities/tagger.ts';
import { ATTRIBUTION_CHAIN } from '../../src/tagger/model.ts';
import { record } from '../helpers.ts';

const named = (text: string): Array<[string, NerClass]> => {
  const doc = prepareDoc(text);
  const t = doc.tokens!;
  return tagNames(doc, entityModel()).map((n): [string, NerClass] => [text.slice(t[n.first]!.start, t[n.last]!.end), n.cls]);
};

describe('entity tagger: the shipped model', () => {
  it('tags the persons, organisations and places of a news sentence', () => {
    expect(named('Pentagon spokesman John Kirby said the Department of Defense would ask Congress for money on Tuesday in Washington.')).toEqual([
      ['Pentagon', 'ORGANIZATION'],
      ['John Kirby', 'PERSON'],
      ['Department of Defense', 'ORGANIZATION'],
      ['Congress', 'ORGANIZATION'],
      ['Washington', 'LOCATION'],
    ]);
  });

  it('keeps a name that opens a sentence, which its CoreNLP training data often missed', () => {
    expect(named('Trump said he would win Iowa.')).toContainEqual(['Trump', 'PERSON']);
  });

  it('gives the entities stage its names: a surname joins the full name', () => {
    const r = record('Hillary Clinton spoke in Ohio on Monday. Clinton said the Democratic Party would win.', { stages: ['segment', 'sentences', 'entities'] });
    const clinton = r.entities.find((e) => e.name === 'Hillary Clinton')!;
    expect(clinton.type).toBe('PERSON');
    expect(clinton.mentions.map((m) => m.text)).toEqual(['Hillary Clinton', 'Clinton']);
    expect(r.entities.find((e) => e.name === 'Democratic Party')?.type).toBe('ORG');
    expect(r.entities.find((e) => e.name === 'Ohio')?.type).toBe('GPE');
    for (const e of r.entities) for (const m of e.mentions) expect(r.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('entity tagger: candidates', () => {
  it('tags only chunks around capitalised words, bridging up to two lower-case words and glued parts', () => {
    const text = 'The loan from Bank of America went to a Texas-based firm and then to the city.';
    const doc = prepareDoc(text);
    const t = doc.tokens!;
    const [first, last] = doc.sentenceTokens![0]!;
    const chunks = chunksOf(t, first, last).map(([a, b]) => text.slice(t[a]!.start, t[b]!.end));
    expect(chunks).toEqual(['The loan from Bank of America', 'Texas-based']);
    expect(named(text)).toEqual([
      ['Bank of America', 'ORGANIZATION'],
      ['Texas-based', 'MISC'],
    ]);
  });
});

// a tiny training set: silver spans by their text
const TINY: Array<{ text: string; names: Array<[string, NerClass]> }> = [
  { text: 'Angela Merkel met Emmanuel Macron in Berlin.', names: [['Angela Merkel', 'PERSON'], ['Emmanuel Macron', 'PERSON'], ['Berlin', 'LOCATION']] },
  { text: 'The European Union fined Google on Monday.', names: [['European Union', 'ORGANIZATION'], ['Google', 'ORGANIZATION']] },
  { text: 'French voters backed the Socialists in Paris.', names: [['French', 'MISC'], ['Paris', 'LOCATION']] },
];

function tinySet(bits: number): Sequence[] {
  const seqs: Sequence[] = [];
  for (const { text, names } of TINY) {
    const doc = prepareDoc(text);
    const tokens = doc.tokens!;
    const spans = names.map(([s, cls]) => ({ cls, start: text.indexOf(s), end: text.indexOf(s) + s.length }));
    const labels = silverLabels(tokens, spans);
    for (const s of sentenceRanges(doc)) {
      for (const [a, b] of chunksOf(tokens, s.first, s.last)) {
        seqs.push({ feats: chunkFeatures(tokens, a, b, s.first, s.last, s.kind, bits), n: b - a + 1, gold: labels.slice(a, b + 1) });
      }
    }
  }
  return seqs;
}

describe('entity tagger: training', () => {
  it('turns silver spans into BIO labels', () => {
    const { text, names } = TINY[0]!;
    const doc = prepareDoc(text);
    const labels = silverLabels(doc.tokens!, names.map(([s, cls]) => ({ cls, start: text.indexOf(s), end: text.indexOf(s) + s.length })));
    expect(Array.from(labels, (l) => NER_LABELS[l])).toEqual(['B-PERSON', 'I-PERSON', 'O', 'B-PERSON', 'I-PERSON', 'O', 'B-LOCATION', 'O']);
  });

  it('is deterministic and learns the tiny set, through the model file', () => {
    const a = ENTITY_CHAIN.train(tinySet(12), { bits: 12, epochs: 5, seed: 3 });
    const b = ENTITY_CHAIN.train(tinySet(12), { bits: 12, epochs: 5, seed: 3 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Array.from(a.transitions)).toEqual(Array.from(b.transitions));
    const back = ENTITY_CHAIN.decode(ENTITY_CHAIN.encode(a));
    for (const s of tinySet(12)) expect(Array.from(ENTITY_CHAIN.tag(back, s.feats, s.n))).toEqual(Array.from(s.gold));
  });

  it('refuses a model file of another kind', () => {
    expect(() => ENTITY_CHAIN.decode(ATTRIBUTION_CHAIN.encode(ATTRIBUTION_CHAIN.empty(8)))).toThrow(/not an entity-tagger model/u);
  });
});
