import { describe, expect, it } from 'vitest';
import { readQuotes } from '../../src/text/quote-style.ts';
import { record } from '../helpers.ts';

describe('readQuotes: which articles quote in single marks', () => {
  it.each([
    // [text, style]
    ['“We will win,” she said. “The vote is ours.”', 'double'],
    ['‘We will win,’ she said. ‘The vote is ours.’', 'single'],
    ["'We will win,' she said. 'The vote is ours.'", 'single'],
    // nested single marks inside double ones: American style
    ['“He told me ‘never’ and ‘not now,’” she said. “Then he left.”', 'double'],
    // wire copy's '' is a double mark, and its nested 'head in the sand' does not tip it
    ["''People have an ostrich 'head in the sand' approach,'' he said. ''It is 'wrong' to wait.''", 'double'],
    // one single-mark quotation alone (a headline's, a title's) is left as it is
    ['Cooper upset ‘American Sniper’ fans.', 'double'],
    // apostrophes, elisions and plural possessives are not quotations
    ['The voters’ mood in the ’90s was rock ’n’ roll. Don’t tell ’em. It’s the Joneses’ house.', 'double'],
    ['No quotation marks at all.', 'double'],
  ])('%s → %s', (text, style) => {
    expect(readQuotes(text).style).toBe(style);
  });

  it('keeps the text itself for double style', () => {
    const text = '“We will win,” she said, ‘not lose.’';
    expect(readQuotes(text).text).toBe(text);
  });

  it.each([
    // [text, reading]
    ['‘We will win,’ she said. ‘The vote is ours.’', '“We will win,” she said. “The vote is ours.”'],
    // apostrophes inside a quotation stay; the plural possessive is passed over for the real close
    ['‘It’s the voters’ choice,’ he said. ‘Ours.’', '“It’s the voters’ choice,” he said. “Ours.”'],
    // nested double marks become single ones
    ['‘He called it “a farce”,’ she said. ‘Then he left.’', '“He called it ‘a farce’,” she said. “Then he left.”'],
    // a quotation that runs on to the paragraph's end opens, and the next paragraph's continues it
    ['‘We tried everything.\n‘Nothing worked,’ she said.', '“We tried everything.\n“Nothing worked,” she said.'],
    ["'We will win,' she said. 'The vote is ours.'", '“We will win,” she said. “The vote is ours.”'],
  ])('%s', (text, reading) => {
    const r = readQuotes(text);
    expect(r.text).toBe(reading);
    expect(r.text).toHaveLength(text.length);
  });
});

describe('an article quoted in single marks', () => {
  const text = [
    'Rail workers will strike next month after their union rejected a pay offer.',
    '',
    '‘We have tried everything to reach a fair deal,’ said Mick Lynch, general secretary of the RMT. ‘The bosses’ offer does not even cover inflation.’',
    '',
    'The transport secretary said the decision was disappointing. ‘Strikes are in nobody’s interest,’ she told the BBC on Tuesday.',
  ].join('\n');
  const r = record(text);

  it('keeps its own text and says how it was read', () => {
    expect(r.text).toBe(text);
    expect(r.messages.map((m) => m.ruleId)).toContain('segment/quote-style');
  });

  it('finds its direct quotations, with spans into its own text', () => {
    const lynch = r.attributions.find((a) => a.source?.text.startsWith('Mick Lynch'));
    expect(lynch?.kind).toBe('direct');
    expect(lynch?.content.text.startsWith('‘We have tried everything')).toBe(true);
    const told = r.attributions.find((a) => a.cue.text === 'told');
    expect(told?.kind).toBe('direct');
    expect(told?.content.text).toBe('‘Strikes are in nobody’s interest,’');
    for (const a of r.attributions) {
      for (const p of [a.cue, a.content, ...(a.source ? [a.source] : [])]) {
        for (const [s, e] of p.spans) expect(text.slice(s, e)).not.toBe('');
        expect(p.text).toContain(text.slice(p.spans[0]![0], p.spans[0]![1]));
      }
    }
    for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
