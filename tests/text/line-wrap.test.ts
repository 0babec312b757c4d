import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/text/line-wrap.ts';
import { record, seed } from '../helpers.ts';
import { wrap } from '../../src/eval/styles.ts';

const PARAGRAPHS = [
  'Rail workers will strike next month after their union rejected a pay offer that it called an insult to every one of its members.',
  '“We have tried everything to reach a fair deal,” said the general secretary of the union, who has led the talks since the spring.',
  'The transport secretary said the government was disappointed by the decision and urged both sides to return to the table.',
];

describe('readLines: which texts are hard-wrapped', () => {
  it('reads a text wrapped at 60 columns with its soft breaks as spaces, and keeps the paragraph breaks', () => {
    const text = PARAGRAPHS.join('\n\n');
    const wrapped = wrap(text, 60);
    expect(wrapped).not.toBe(text);
    const r = readLines(wrapped);
    expect(r.text).toBe(text);
    // every line break but the two blank lines' (two breaks each) is soft
    expect(r.softBreaks).toBe(wrapped.split('\n').length - 1 - 4);
    expect(r.width).toBeLessThanOrEqual(61);
  });

  it('reads CRLF line breaks as two spaces', () => {
    const wrapped = wrap(PARAGRAPHS.join('\n\n'), 60).replaceAll('\n', '\r\n');
    const r = readLines(wrapped);
    expect(r.text).toHaveLength(wrapped.length);
    expect(r.text.split('\r\n\r\n')).toHaveLength(3);
    expect(r.text).not.toMatch(/\S\r\n\S/u);
  });

  it('keeps the break after a heading', () => {
    const wrapped = `Union rejects pay offer\n${wrap(PARAGRAPHS.join('\n'), 60)}`;
    const r = readLines(wrapped);
    expect(r.softBreaks).toBeGreaterThan(0);
    expect(r.text.startsWith('Union rejects pay offer\n')).toBe(true);
  });

  // first-line indentation, no blank lines: the indented line opens a paragraph, whatever the line before
  it.each([
    ['a tab, counted as one column by the wrapper', '\t', 1],
    ['a tab, counted as eight columns (fmt, par)', '\t', 8],
    ['four spaces', '    ', 4],
  ])('reads paragraphs indented by %s', (_name, indent, cols) => {
    // wrap with the indent standing in for `cols` columns, then put the indent back
    const pad = '§'.repeat(cols);
    const wrapped = wrap(PARAGRAPHS.map((p) => pad + p).join('\n'), 60).replaceAll(pad, indent);
    const r = readLines(wrapped);
    expect(r.softBreaks).toBeGreaterThan(0);
    expect(r.text.split('\n')).toEqual(PARAGRAPHS.map((p) => indent + p));
  });

  it.each([
    ['one paragraph per line', PARAGRAPHS.join('\n')],
    ['a list of items of equal length', ['- the first item of the list here', '- the second item of the list', '- the third item on the list is', '- the fourth item of the list', '- the fifth item on this list'].join('\n')],
    ['numbered lines', ['1. Rail workers will strike next', '2. Union rejected a pay offer', '3. Talks are to resume Monday', '4. Ministers urged a deal'].join('\n')],
    ['short lines of different lengths', ['Contact:', 'Press office', 'Phone: 0123 456 789', 'Email: press@example.org', 'Ends'].join('\n')],
  ])('leaves %s as it is', (_name, text) => {
    const r = readLines(text);
    expect(r.softBreaks).toBe(0);
    expect(r.text).toBe(text);
  });
});

describe('a hard-wrapped article', () => {
  const text = seed('002');
  const wrapped = wrap(text, 72);
  const plain = record(text);
  const r = record(wrapped);

  it('keeps its own text and says how it was read', () => {
    expect(r.text).toBe(wrapped);
    expect(r.messages.map((m) => m.ruleId)).toContain('segment/hard-wrapped');
    expect(plain.messages.map((m) => m.ruleId)).not.toContain('segment/hard-wrapped');
  });

  it('gives the attributions of the unwrapped article, at the same offsets', () => {
    const spans = (x: typeof r) => x.attributions.map((a) => [a.kind, a.cue.spans, a.source?.spans ?? null, a.content.spans]);
    expect(plain.attributions.length).toBeGreaterThan(5);
    expect(spans(r)).toEqual(spans(plain));
    for (const a of r.attributions) expect(a.content.text).toBe(a.content.spans.map(([s, e]) => wrapped.slice(s, e)).join(' '));
  });
});

describe('a hard-wrapped article quoting in single marks', () => {
  const text = wrap(
    [
      'Rail workers will strike next month after their union rejected a pay offer that it called an insult to every one of its members.',
      '',
      '‘We have tried everything to reach a fair deal with the company and the government,’ said Mick Lynch, the general secretary of the union.',
      '',
      'The transport secretary said the decision was disappointing. ‘Strikes are in nobody’s interest and we urge the union to return to the table,’ she told the BBC.',
    ].join('\n'),
    60,
  );
  const r = record(text);

  it('is unwrapped first, then read for its quotation style', () => {
    expect(r.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['segment/hard-wrapped', 'segment/quote-style']));
    // the quotations run over soft breaks, and still come out whole
    const quoted = r.attributions.filter((a) => a.kind === 'direct');
    expect(quoted.map((a) => a.cue.text).sort()).toEqual(['said', 'told']);
    for (const a of quoted) {
      expect(a.content.text).toMatch(/^‘[\s\S]*,’$/u);
      expect(a.content.text).toContain('\n');
    }
  });
});
