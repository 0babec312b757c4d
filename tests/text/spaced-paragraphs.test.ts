import { describe, expect, it } from 'vitest';
import { readSpacedParagraphs } from '../../src/text/spaced-paragraphs.ts';
import { record, seed } from '../helpers.ts';

const P = [
  'Rail workers will strike next month. Their union rejected a pay offer it called an insult.',
  '“We have tried everything to reach a fair deal,” said the general secretary. “The company would not move.”',
  'The transport secretary said the decision was disappointing. She urged both sides to return to the table.',
  'Talks are to resume on Monday. Neither side would say what had been offered.',
];

describe('readSpacedParagraphs: which one-line texts have their paragraphs back', () => {
  it.each([
    ['paragraphs parted by two spaces, sentences by one', P.join('  '), P.join('\n\n')],
    ['runs of three spaces (the first two become the break)', P.join('   '), P.join('\n\n ')],
    ['a headline with no final stop', `Rail strike called  ${P.join('  ')}`, `Rail strike called\n\n${P.join('\n\n')}`],
    ['a subheading with no final stop', [...P.slice(0, 2), 'Ministers Step In', ...P.slice(2)].join('  '), [...P.slice(0, 2), 'Ministers Step In', ...P.slice(2)].join('\n\n')],
    [
      'the paragraph runs, not a stray one inside a short paragraph',
      [...P.slice(0, 3), 'Talks resume. Unions meet  Network Rail on Monday.'].join('  '),
      [...P.slice(0, 3), 'Talks resume. Unions meet  Network Rail on Monday.'].join('\n\n'),
    ],
    [
      'a quotation that runs on into a paragraph opening with its mark',
      ['Lynch said the talks had failed. “We tried everything.', '“The company would not move,” he said.', ...P.slice(2)].join('  '),
      ['Lynch said the talks had failed. “We tried everything.', '“The company would not move,” he said.', ...P.slice(2)].join('\n\n'),
    ],
  ])('reads %s', (_name, text, expected) => {
    const r = readSpacedParagraphs(text);
    expect(r.text).toBe(expected);
    expect(r.text).toHaveLength(text.length);
    expect(r.breaks).toBe(expected.split(/\n\n/u).length - 1);
  });

  it.each([
    ['a text with line breaks', `${P.join('  ')}\n${P.join('  ')}`],
    ['two spaces after every sentence (typed)', P.join(' ').replace(/([.”]) (?=[“A-Z])/gu, '$1  ')],
    ['fewer than three runs', P.slice(0, 3).join('  ')],
    ['double spaces inside sentences only', P.map((p) => p.replace('rejected a', 'rejected  Network Rail’s').replace('urged both', 'urged  Network Rail')).join(' ')],
    ['runs only after headings run on from the sentence before them', ['Rail strike called', P[0], 'Talks fail', P[1], 'Minister urges a deal', P[2]].join(' ').replace(/(called|fail|deal) /gu, '$1  ')],
  ])('leaves %s as it is', (_name, text) => {
    const r = readSpacedParagraphs(text);
    expect(r.breaks).toBe(0);
    expect(r.text).toBe(text);
  });

  it.each([
    ['after an abbreviation', 'The transport secretary, Mr.  Shapps, said the decision was disappointing.'],
    ['early in a sentence, after words in lower case', 'The transport secretary  Grant Shapps said the decision was disappointing.'],
    ['before a quotation inside a sentence', 'The transport secretary, who met both sides on Friday, called the walkout  “a disgrace” and urged talks.'],
  ])('keeps a stray run %s inside its paragraph', (_name, para) => {
    const r = readSpacedParagraphs([...P.slice(0, 2), para, P[3]].join('  '));
    expect(r.breaks).toBe(3);
    expect(r.text).toContain(para);
  });

  it.each([
    ['a round-up credit before the next quotation', ['“The deal is dead.” ― Mick Lynch', '“We will not move.” ― Grant Shapps', '“Talks go on.” ― Jane Doe', '“Nobody wins. Not the workers, not the company.” ― Ann Lee'], 3],
    ["quotations in two apostrophes running on (''…)", ["Lynch said the talks had failed. ''We tried everything.", "''The company would not move,'' he said.", ...P.slice(2)], 3],
    ['paragraphs parted by tabs or no-break spaces', P, 3],
  ])('reads %s', (name, paras, breaks) => {
    const sep = name.startsWith('paragraphs parted by tabs') ? '\t\u00a0' : '  ';
    const r = readSpacedParagraphs(paras.join(sep));
    expect(r.breaks).toBe(breaks);
    expect(r.text).toBe(paras.join('\n\n'));
  });

  it('does not count titles as single-spaced sentence ends ("Mr. Lynch" in a typed text)', () => {
    const typed = 'Mr. Lynch said the union would strike next month.  He called the offer an insult.  Mr. Shapps said the decision was disappointing.  He urged Mr. Lynch to return to the table.';
    expect(readSpacedParagraphs(typed).breaks).toBe(0);
  });

  it('does not take a run before the text for a paragraph break', () => {
    expect(readSpacedParagraphs(`  ${P.slice(0, 2).join(' ')}  ${P[2]}  ${P[3]}`).breaks).toBe(0);
  });

  it("keeps a quotation in two apostrophes whole where a run inside it is followed by no mark", () => {
    const quote = "''We tried everything.  The company would not move,'' he said.";
    const r = readSpacedParagraphs([P[0], quote, ...P.slice(2)].join('  '));
    expect(r.breaks).toBe(3);
    expect(r.text).toContain(quote);
  });

  it('keeps a quotation whole where a run inside it is followed by no quotation mark', () => {
    const quote = '“We tried everything.  The company would not move,” he said.';
    const r = readSpacedParagraphs([P[0], quote, ...P.slice(2)].join('  '));
    expect(r.breaks).toBe(3);
    expect(r.text).toContain(quote);
  });
});

describe('an article on one line, its paragraphs parted by two spaces', () => {
  const text = seed('002');
  const oneLine = text.replaceAll('\n', '  ');
  const texts = (x: ReturnType<typeof record>) => x.attributions.map((a) => [a.kind, a.cue.text, a.source?.text ?? null, a.content.text]);
  const plain = record(text);
  const r = record(oneLine);

  it('keeps its own text and says how it was read', () => {
    expect(r.text).toBe(oneLine);
    expect(r.messages.map((m) => m.ruleId)).toContain('segment/spaced-paragraphs');
    expect(plain.messages.map((m) => m.ruleId)).not.toContain('segment/spaced-paragraphs');
  });

  it('gives the attributions of the article with its line breaks', () => {
    expect(plain.attributions.length).toBeGreaterThan(5);
    expect(texts(r)).toEqual(texts(plain));
    for (const a of r.attributions) expect(a.content.text).toBe(a.content.spans.map(([s, e]) => oneLine.slice(s, e)).join(' '));
  });
});
