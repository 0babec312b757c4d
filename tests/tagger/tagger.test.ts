import { describe, expect, it } from 'vitest';
import { goldLabels, prepareDoc } from '../../src/tagger/data.ts';
import { unitFeatures, unitsOf } from '../../src/tagger/tag.ts';
import { quoteRegions } from '../../src/attributions/quotes.ts';
import { train, type Sequence } from '../../src/tagger/train.ts';
import { decodeModel, encodeModel, tagFeatures } from '../../src/tagger/model.ts';
import { decodeTags, kindOf } from '../../src/tagger/decode.ts';
import { record } from '../helpers.ts';
import { LABELS, labelIndex, type Label } from '../../src/tagger/labels.ts';
import { taggerAttributions, AttributionTaggerOptions } from '../../src/attributions/tagger-stage.ts';
import type { GoldAttribution } from '../../src/eval/brat.ts';
import { STACK_FEATURES, stackFeatures } from '../../src/tagger/stack.ts';
import { endCandidates, loadRanker, rankerDoc, ruleSpans } from '../../src/tagger/content-ranker.ts';
import { DEFAULT_RANKER_MODEL } from '../../src/attributions/tagger-stage.ts';
import { AttributionsOptions, extractAttributions } from '../../src/attributions/index.ts';
import { attach, draftOf, runsOf } from '../../src/tagger/decode.ts';

const span = (text: string, s: string, from = 0): [number, number] => {
  const i = text.indexOf(s, from);
  if (i < 0) throw new Error(`${s} not in text`);
  return [i, i + s.length];
};

// A tiny hand-made training set: gold spans by their text.
const TEXTS = [
  { text: 'The minister said that taxes would rise next year.', source: 'The minister', cue: 'said', content: 'that taxes would rise next year' },
  { text: '“We will win,” the coach told reporters.', source: 'the coach', cue: 'told', content: '“We will win,”' },
  { text: 'Officials warned that the storm could strengthen.', source: 'Officials', cue: 'warned', content: 'that the storm could strengthen' },
  { text: 'The bridge was closed on Monday after heavy rain.', source: null, cue: null, content: null },
];

function tinySet(bits: number): Sequence[] {
  const seqs: Sequence[] = [];
  for (const t of TEXTS) {
    const doc = prepareDoc(t.text);
    const gold: GoldAttribution[] = t.cue
      ? [{ id: 'E1', source: t.source ? [span(t.text, t.source)] : null, cue: [span(t.text, t.cue)], content: [span(t.text, t.content!)] }]
      : [];
    const labels = goldLabels(doc.tokens!, gold);
    const quotes = quoteRegions(t.text);
    const { units } = unitsOf(doc);
    for (const u of units) {
      seqs.push({ feats: unitFeatures(doc.tokens!, u, quotes, bits), n: u.last - u.first + 1, gold: labels.slice(u.first, u.last + 1) });
    }
  }
  return seqs;
}

describe('tagger training', () => {
  it('is deterministic: two trainings give identical weights', () => {
    const a = train(tinySet(12), { bits: 12, epochs: 3, seed: 7 });
    const b = train(tinySet(12), { bits: 12, epochs: 3, seed: 7 });
    expect(Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer))).toBe(true);
    expect(Array.from(a.transitions)).toEqual(Array.from(b.transitions));
    expect(a.weights.some((w) => w !== 0)).toBe(true);
  });

  it('learns the tiny set and round-trips through the model file', () => {
    const seqs = tinySet(14);
    const model = train(seqs, { bits: 14, epochs: 30, seed: 1 });
    const back = decodeModel(encodeModel(model));
    for (const s of seqs) {
      expect(Array.from(tagFeatures(back, s.feats, s.n))).toEqual(Array.from(s.gold));
    }
  });
});

describe('gold tags', () => {
  it('tags tokens by role with B at each run start', () => {
    const t = TEXTS[0]!;
    const doc = prepareDoc(t.text);
    const labels = goldLabels(doc.tokens!, [
      { id: 'E1', source: [span(t.text, t.source!)], cue: [span(t.text, t.cue!)], content: [span(t.text, t.content!)] },
    ]);
    const names = Array.from(labels, (l) => LABELS[l]);
    expect(names).toEqual(['B-SRC', 'I-SRC', 'B-CUE', 'B-CON', 'I-CON', 'I-CON', 'I-CON', 'I-CON', 'I-CON', 'O']);
  });
});

describe('decoding tags into attributions', () => {
  it('attaches a discontinuous content around the cue and the nearest source, with exact offsets', () => {
    const text = '“Prices will fall,” he said, “and wages will rise.” Later, officials said the plan was ready.';
    const doc = prepareDoc(text);
    const tokens = doc.tokens!;
    const tag = (from: string, to: string, role: 'SRC' | 'CUE' | 'CON', labels: Label[], after = 0) => {
      const [s] = span(text, from, after);
      const [, e] = span(text, to, s);
      let first = true;
      tokens.forEach((t, i) => {
        if (t.start >= s && t.end <= e) {
          labels[i] = `${first ? 'B' : 'I'}-${role}` as Label;
          first = false;
        }
      });
    };
    const labels: Label[] = tokens.map(() => 'O');
    tag('“Prices', 'fall,”', 'CON', labels);
    tag('he', 'he', 'SRC', labels);
    tag('said', 'said', 'CUE', labels);
    tag('“and', 'rise.”', 'CON', labels);
    tag('officials', 'officials', 'SRC', labels);
    tag('said the', 'said', 'CUE', labels, text.indexOf('officials'));
    tag('the plan', 'ready', 'CON', labels);
    const { unitOf } = unitsOf(doc);
    const attrs = decodeTags(text, tokens, labels.map(labelIndex), unitOf);
    expect(attrs).toHaveLength(2);
    const [a, b] = attrs;
    expect(a!.cue.spans).toEqual([span(text, 'said')]);
    expect(a!.source!.spans).toEqual([span(text, 'he')]);
    expect(a!.content.spans).toEqual([span(text, '“Prices will fall,”'), span(text, '“and wages will rise.”')]);
    expect(a!.kind).toBe('direct');
    expect(b!.source!.text).toBe('officials');
    expect(b!.cue.spans).toEqual([span(text, 'said', text.indexOf('officials'))]);
    expect(b!.content.text).toBe('the plan was ready');
    expect(b!.kind).toBe('indirect');
  });
});

describe('the kind of a decoded attribution', () => {
  it.each([
    ['“Prices will fall,”', 'direct'],
    ['"Prices will fall."', 'direct'],
    // wire copy quotes with a doubled apostrophe
    ["''Prices will fall,''", 'direct'],
    ["that prices would ''fall sharply''", 'mixed'],
    ['that “prices” would fall', 'mixed'],
    ['that prices would fall', 'indirect'],
    ["that the voters' choice was clear", 'indirect'],
    // marks with no word between them quote nothing
    ["''", 'indirect'],
  ])('%s is %s', (content, kind) => {
    expect(kindOf(content, 'said', [[0, content.length]])).toBe(kind);
  });

  it('reads wire copy\'s doubled apostrophes as quotation marks, so a quotation goes on after its reporting clause', () => {
    const text = "''I think it can work,'' said Louisa Smith, the reviews director at a trade magazine. ''Even though she is rich and powerful, she is still up against men in suits.''";
    const said = record(text).attributions.find((a) => a.cue.text === 'said');
    expect(said?.kind).toBe('direct');
    expect(said?.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(["''I think it can work,''", "''Even though she is rich and powerful, she is still up against men in suits.''"]);
  });
});

describe('wire copy: a doubled apostrophe is a quotation mark to the repairs', () => {
  it.each([
    // a circumstance between the two parts of a quotation is no part of it
    ["''The people of Iowa have spoken,'' Mr. Bush said, holding back tears. ''And I really respect their decision.''", ["''The people of Iowa have spoken,''", "''And I really respect their decision.''"]],
    // nor is the show the speaker was on
    ["''Obama doesn't get along with Putin,'' he said on ABC's ''This Week.'' ''Putin can't stand our president.''", ["''Obama doesn't get along with Putin,''"]],
    ["''I don't feel like I made light of anyone's pain,'' Ms. Sherry said, sitting at the table of her apartment.", ["''I don't feel like I made light of anyone's pain,''"]],
  ])('%s', (text, expected) => {
    const said = record(text).attributions.find((a) => a.cue.text === 'said');
    expect(said?.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(expected);
    expect(said?.kind).toBe('direct');
  });
});

describe('shipped model', () => {
  it('tags a plain reported-speech sentence', () => {
    const text = 'White House spokesperson John Kirby stated that there were early indications.';
    const doc = prepareDoc(text);
    for (const mode of ['tagger', 'hybrid'] as const) {
      const attrs = taggerAttributions(doc, AttributionTaggerOptions.parse({ mode }));
      expect(attrs).toHaveLength(1);
      const a = attrs[0]!;
      expect(a.source?.text).toBe('White House spokesperson John Kirby');
      expect(a.cue.text).toBe('stated');
      expect(a.content.text.replace(/\.$/u, '')).toBe('that there were early indications');
      expect(a.kind).toBe('indirect');
    }
  });

  it('names the model file it cannot load', () => {
    const doc = prepareDoc('Officials said the plane was hit.');
    for (const [option, kind] of [
      ['rankerModel', 'content-ranker'],
      ['filterModel', 'attribution-filter'],
      ['model', 'tagger'],
    ] as const) {
      const options = AttributionTaggerOptions.parse({ [option]: '/nonexistent/model.bin.gz' });
      expect(() => taggerAttributions(doc, options)).toThrow(`cannot load the ${kind} model /nonexistent/model.bin.gz`);
    }
  });
});

describe('the learned filter over the rules', () => {
  // The rules' lexicon takes "respond to" for a cue; the filter, trained on tagged drafts of
  // PolNeAR train, scores that cue with a non-speaker object ("requests for comment") below zero.
  const text = 'The complaint was filed on Monday.\n\nAn attorney for Mills did not immediately respond to requests for comment.';
  const doc = prepareDoc(text);

  it('drops a rule attribution the filter scores under filterMin, and keeps it when told not to filter', () => {
    const rules = extractAttributions(doc, AttributionsOptions.parse({}));
    expect(rules.map((a) => a.cue.text)).toEqual(['respond to']);
    const cues = (filterRules: boolean) => taggerAttributions(doc, AttributionTaggerOptions.parse({ filterRules })).map((a) => a.cue.text);
    expect(cues(false)).toContain('respond to');
    // (the news formula is read whole after the merge, its cue the negated verb group: closing.ts noReplyToComment)
    expect(cues(true)).toEqual(['did not immediately respond to']);
  });

  it('keeps a rule attribution with a reporting cue', () => {
    const said = prepareDoc('The economy is growing, officials said.');
    const attrs = taggerAttributions(said, AttributionTaggerOptions.parse({ filterRules: true, mode: 'hybrid', prefer: 'rules' }));
    expect(attrs.map((a) => [a.source?.text, a.cue.text, a.content.text])).toEqual([['officials', 'said', 'The economy is growing']]);
  });

  it('keeps a quotation its cue opens with a colon, which it does not score', () => {
    const statement = prepareDoc('The airline has not said why. The statement read: "Azerbaijan Airlines expresses its deepest condolences to the families."');
    const found = taggerAttributions(statement, AttributionTaggerOptions.parse({})).map((a) => [a.source?.text, a.cue.text, a.content.text]);
    expect(found).toContainEqual(['The statement', 'read', '"Azerbaijan Airlines expresses its deepest condolences to the families."']);
  });

  it('keeps a transcript’s turns, which it does not score', () => {
    // the filter was trained mostly on tagged colons ("Two questions:", "as follows:") and
    // scores a speaker's turn below zero; the rules read turns by the line's shape
    const transcript = prepareDoc(
      'Gov. Mike Pence spoke to Chris Wallace on Sunday. Partial transcript as follows:\n\n"WALLACE: Do you really see those two as equivalent?\n\n"PENCE: Well, look, Mark Cuban has been out there saying some pretty tough stuff about my running mate.',
    );
    const turns = taggerAttributions(transcript, AttributionTaggerOptions.parse({})).filter((a) => a.cue.text === ':');
    expect(turns.map((a) => [a.source?.text, a.content.text])).toEqual([
      ['WALLACE', 'Do you really see those two as equivalent?'],
      ['PENCE', 'Well, look, Mark Cuban has been out there saying some pretty tough stuff about my running mate'],
    ]);
  });

  it('rebuilds the draft of an attribution from its spans', () => {
    const [a] = extractAttributions(doc, AttributionsOptions.parse({}));
    const d = draftOf(doc.tokens!, a!)!;
    const words = (r: { first: number; last: number }) => doc.tokens!.slice(r.first, r.last + 1).map((t) => t.text).join(' ');
    expect(words(d.cue)).toBe('respond to');
    expect(words(d.source!)).toBe('An attorney for Mills');
    expect(d.content.map(words)).toEqual(['requests for comment']);
  });
});

describe('stacked second pass', () => {
  const text = '“The deal is dead,” the senator said on Tuesday. Aides said later that talks would resume.';
  const doc = prepareDoc(text);
  const tokens = doc.tokens!;
  const { units } = unitsOf(doc);
  const u = units[0]!;
  const n = u.last - u.first + 1;
  const base = unitFeatures(tokens, u, quoteRegions(text), 18);

  it('has templates over the first-pass labels that see the cue of the sentence', () => {
    const none = stackFeatures(tokens, u.first, n, base, new Uint8Array(n), 18);
    const cueAt = new Uint8Array(n);
    cueAt[tokens.findIndex((t) => t.text === 'said') - u.first] = labelIndex('B-CUE');
    const withCue = stackFeatures(tokens, u.first, n, base, cueAt, 18);
    expect(none.length).toBe(n * STACK_FEATURES);
    const row = (m: Int32Array, i: number) => Array.from(m.subarray(i * STACK_FEATURES, (i + 1) * STACK_FEATURES));
    // a token of the quote, far from the cue, sees it (sentence summary, nearest cue)
    expect(row(withCue, 1)).not.toEqual(row(none, 1));
    // the first-pass columns are the same whatever the first-pass labels
    const baseCols = STACK_FEATURES - 15;
    for (let i = 0; i < n; i++) expect(row(withCue, i).slice(0, baseCols)).toEqual(row(none, i).slice(0, baseCols));
  });

  it('the shipped models tag the quote, the source and the cue with and without the second pass', () => {
    for (const stacked of [true, false]) {
      const attrs = taggerAttributions(doc, AttributionTaggerOptions.parse({ mode: 'tagger', stacked }));
      const first = attrs.find((a) => a.cue.text.startsWith('said'))!;
      expect(first.source?.text).toBe('the senator');
      expect(first.content.text).toBe('“The deal is dead,”');
      expect(first.kind).toBe('direct');
    }
  });
});

describe('content ranker: the rules as a second opinion', () => {
  const text = 'A statement from the presidential office claimed the aircraft experienced “external physical and technical interference” while in Russian airspace, leading to its crash.';
  const doc = prepareDoc(text);
  const tokens = doc.tokens!;
  const rules = extractAttributions(doc, AttributionsOptions.parse({}));

  it('maps the rules’ attributions to their cue tokens and first and last content words', () => {
    const spans = ruleSpans(rules.map((a) => draftOf(tokens, a)));
    expect(spans).toHaveLength(1);
    const r = spans[0]!;
    expect(text.slice(tokens[r.cueFirst]!.start, tokens[r.cueLast]!.end)).toBe('claimed');
    // word tokens only: the closing quotation mark and the final period stay outside
    expect(text.slice(tokens[r.first]!.start, tokens[r.last]!.end)).toBe(
      'the aircraft experienced “external physical and technical interference” while in Russian airspace, leading to its crash',
    );
  });

  it('scores the end candidate the rules chose differently when it knows their choice', () => {
    const ranker = loadRanker(DEFAULT_RANKER_MODEL);
    // hand-made tagger labels: the cue, and a content cut at the closing quotation mark
    const labels = new Uint8Array(tokens.length);
    const { unitOf } = unitsOf(doc);
    for (const a of rules) {
      for (const t of tokens) {
        if (t.start >= a.cue.spans[0]![0] && t.end <= a.cue.spans[0]![1]) labels[t.i] = labelIndex('B-CUE');
      }
    }
    const quotes = quoteRegions(text);
    // a content run from "the" to the closing quotation mark: the tagger's usual cut here
    const first = tokens.findIndex((t) => t.start === text.indexOf('the aircraft'));
    const close = tokens.findIndex((t) => t.text === '”');
    for (let i = first; i <= close; i++) labels[i] = labelIndex(i === first ? 'B-CON' : 'I-CON');
    const drafts = attach(tokens, labels, runsOf(labels, unitOf));
    expect(drafts).toHaveLength(1);
    const without = endCandidates(rankerDoc(tokens, labels, unitOf, quotes, []), drafts[0]!, ranker.bits, ranker.weights)!;
    const withRules = endCandidates(rankerDoc(tokens, labels, unitOf, quotes, ruleSpans(rules.map((a) => draftOf(tokens, a)))), drafts[0]!, ranker.bits, ranker.weights)!;
    expect(withRules.at).toEqual(without.at);
    const k = withRules.at.indexOf(ruleSpans(rules.map((a) => draftOf(tokens, a)))[0]!.last);
    expect(k).toBeGreaterThanOrEqual(0);
    expect(withRules.scores![k]).not.toBe(without.scores![k]);
  });
});
