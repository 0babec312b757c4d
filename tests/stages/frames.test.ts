import { describe, expect, it } from 'vitest';
import { annotate, attributionOver as attribution, record } from '../helpers.ts';
import { joinFramedContent } from '../../src/attributions/frames.ts';

function joined(text: string, source: string, cue: string, content: string): string[] {
  const doc = annotate(text, { stages: ['language', 'segment', 'sentences'] });
  const [a] = joinFramedContent(doc, [attribution(text, source, cue, content)]);
  expect(a!.content.text).toBe(a!.content.spans.map(([s, e]) => text.slice(s, e)).join(' '));
  return a!.content.spans.map(([s, e]) => text.slice(s, e));
}

describe('a reporting frame set inside its content', () => {
  it.each([
    ['Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.', 'Mr. Clarke', 'said', 'until it went bankrupt in 1999', ['Lenox was a juggernaut', 'until it went bankrupt in 1999']],
    ['All of this, he acknowledges, could be undone at the ballot box.', 'he', 'acknowledges', 'could be undone at the ballot box', ['All of this', 'could be undone at the ballot box']],
    // inverted frame
    ['The repairs, said the ministry, will take two years.', 'the ministry', 'said', 'will take two years', ['The repairs', 'will take two years']],
    // only the clause the frame interrupts, without the conjunction that joins it
    [
      'China had long resisted such deals, but the pollution had become so bad, Mr. Obama noted, that the embassy monitor was the most-visited page.',
      'Mr. Obama',
      'noted',
      'that the embassy monitor was the most-visited page',
      ['the pollution had become so bad', 'that the embassy monitor was the most-visited page'],
    ],
    // a quotation opening in lower case continues the sentence begun before the frame
    ['It was, the president said, ‘a stone where families were torn apart.’', 'the president', 'said', '‘a stone where families were torn apart.’', ['It was', '‘a stone where families were torn apart.’']],
  ])('joins the clause before the frame: %s', (text, source, cue, content, expected) => {
    expect(joined(text, source, cue, content)).toEqual(expected);
  });

  it.each([
    // a quotation opening with a capital letter is a sentence of its own; the clause before sets the scene
    ['Asked about the crash, the minister said, “We will know more tomorrow.”', 'the minister', 'said', '“We will know more tomorrow.”'],
    // the frame interrupts a coordination: only the second conjunct is framed
    ['He praised the crews and, she said, thanked the volunteers.', 'she', 'said', 'thanked the volunteers'],
    // no comma before the frame
    ['The minister said, after a pause, that the flight was shot down.', 'The minister', 'said', 'that the flight was shot down'],
    // no comma after the frame
    ['Officials said the flight was shot down.', 'Officials', 'said', 'the flight was shot down'],
  ])('leaves it alone: %s', (text, source, cue, content) => {
    expect(joined(text, source, cue, content)).toEqual([content]);
  });

  it('runs in the default pipeline, with exact offsets', () => {
    // the shipped tagger alone gives only "until it went bankrupt in 1999"
    const text = 'The airline resumed some flights on Monday. Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt in 1999.';
    const r = record(text);
    const a = r.attributions.find((x) => x.cue.text === 'said');
    expect(a?.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(['Lenox was a juggernaut', 'until it went bankrupt in 1999']);
    expect(a?.content.text).toBe('Lenox was a juggernaut until it went bankrupt in 1999');
  });
});
