import { describe, expect, it } from 'vitest';
import { readWireMarks } from '../../src/text/wire-marks.ts';
import { mergeAtoms } from '../../src/text/atoms.ts';
import { record, seed } from '../helpers.ts';

describe('readWireMarks: wire copy\'s doubled apostrophes read as double marks', () => {
  it.each([
    // [text, reading]
    ["''We will win,'' she said.", ' "We will win,"  she said.'],
    // a mark after a dash or bracket opens; one before a stop or bracket closes
    ["the plan--''a disaster''.", 'the plan-- "a disaster" .'],
    ["(''never'')", '( "never" )'],
    // a closing mark after a space closes the quotation its paragraph opened
    ["The minister said ''the plan would fail, ''", 'The minister said  "the plan would fail, " '],
    // three apostrophes hold a single mark beside the double one: left as they are
    ["''He said 'China bad.''' she said.", " \"He said 'China bad.''' she said."],
    // inside a word (a typo for an apostrophe), or between spaces with no quotation open: left
    ["don''t", "don''t"],
    ["said Mr. Trump ''", "said Mr. Trump ''"],
    ["No marks at all.", 'No marks at all.'],
    // at a line's start a mark opens even before a space, and stays at the line's start
    ["The debate went on.\n\n'' ... he delivered,'' Barabak wrote.", 'The debate went on.\n\n"  ... he delivered,"  Barabak wrote.'],
  ])('%s', (text, reading) => {
    const r = readWireMarks(text);
    expect(r.text).toBe(reading);
    expect(r.text).toHaveLength(text.length);
    // each mark read is an atom over its two apostrophes
    expect(r.atoms.map(([s, e]) => text.slice(s, e))).toEqual(Array(r.marks).fill("''"));
  });

  it('opens no quotation across a paragraph break', () => {
    expect(readWireMarks("''We will win,\nsaid X ''").text).toBe(' "We will win,\nsaid X \'\'');
  });
});

describe('mergeAtoms', () => {
  it('sorts two readings\' atoms and joins those that overlap', () => {
    expect(mergeAtoms([[10, 17], [30, 36]], [[2, 4], [16, 18], [40, 42]])).toEqual([[2, 4], [10, 18], [30, 36], [40, 42]]);
  });
});

describe('an article typed as wire copy', () => {
  const text = seed('002');
  const wire = text.replace(/[“”]/gu, "''");
  const r = record(wire);
  // attributions as texts, double marks written as wire copy writes them
  const texts = (x: ReturnType<typeof record>) => x.attributions.map((a) => [a.kind, a.cue.text, a.source?.text ?? null, a.content.text.replace(/[“”]/gu, "''")]);

  it('keeps its own text and says how it was read', () => {
    expect(r.text).toBe(wire);
    expect(r.messages.map((m) => m.ruleId)).toContain('segment/wire-marks');
  });

  it('gives the attributions of the article quoted in curly marks', () => {
    const plain = record(text);
    expect(plain.attributions.length).toBeGreaterThan(5);
    expect(texts(r)).toEqual(texts(plain));
  });

  it('cuts no doubled apostrophe in half', () => {
    const edges = [...r.sentences.flatMap((s) => [s.start, s.end]), ...r.attributions.flatMap((a) => [a.cue, a.content, ...(a.source ? [a.source] : [])].flatMap((p) => p.spans.flat()))];
    for (const at of edges) expect(wire.slice(at - 1, at + 1)).not.toBe("''");
  });
});

describe('a wire-copy quotation the tagger takes without its opening mark', () => {
  it.each([
    // the content takes both apostrophes of its opening mark, as it takes a " ("often say, "Poor Mexico …"")
    ["Lamenting their luck, Mexicans often say, ''Poor Mexico, so far from God and so close to the United States.'' Facing a new president, many would hope their neighbor were farther away.", 'often say', "''Poor Mexico, so far from God and so close to the United States.''"],
  ])('%s', (text, cue, content) => {
    const a = record(text).attributions.find((x) => x.cue.text === cue);
    expect(a?.content.text).toBe(content);
    const plain = record(text.replaceAll("''", '"')).attributions.find((x) => x.cue.text === cue);
    expect(plain?.content.text).toBe(content.replaceAll("''", '"'));
  });
});
