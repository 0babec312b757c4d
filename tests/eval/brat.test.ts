import { describe, expect, it } from 'vitest';
import { alignGold, parseBrat, type GoldAttribution } from '../../src/eval/brat.ts';

const BASIC = [
  'T1\tCue 105 111\tadmits',
  'T2\tSource 68 100\tRussian President Vladimir Putin',
  'T3\tContent 112 191\tto some degree …',
  'T4\tAttribution 105 111\tadmits',
  'E1\tAttribution:T4 Source:T2 Cue:T1 Content:T3',
].join('\n');

const cases: Array<{ name: string; ann: string; expected: GoldAttribution[] }> = [
  { name: 'one attribution', ann: BASIC, expected: [{ id: 'E1', source: [[68, 100]], cue: [[105, 111]], content: [[112, 191]] }] },
  { name: 'CRLF line ends', ann: BASIC.replace(/\n/gu, '\r\n'), expected: [{ id: 'E1', source: [[68, 100]], cue: [[105, 111]], content: [[112, 191]] }] },
  {
    name: 'roles in any order, notes and other entity types skipped',
    ann: [
      '#1\tAnnotatorNotes T3\tshould this be longer?',
      'T9\tDiscard 0 10\tRead more.',
      'E1\tAttribution:T4 Content:T3 Cue:T1 Source:T2',
      'T1\tCue 5 9\tsaid',
      'T2\tSource 0 4\tSam.',
      'T3\tContent 10 20\tit rains .',
      'T4\tAttribution 5 9\tsaid',
    ].join('\n'),
    expected: [{ id: 'E1', source: [[0, 4]], cue: [[5, 9]], content: [[10, 20]] }],
  },
  {
    name: 'discontinuous content, fragments sorted',
    ann: ['T1\tCue 21 25\tsaid', 'T3\tContent 25 40;10 20\tb a', 'T4\tAttribution 21 25\tsaid', 'E1\tAttribution:T4 Cue:T1 Content:T3'].join('\n'),
    expected: [{ id: 'E1', source: null, cue: [[21, 25]], content: [[10, 20], [25, 40]] }],
  },
  {
    name: 'Attribution-no-source with Content2 merged into the content',
    ann: [
      'T1\tCue 21 25\tsaid',
      'T3\tContent 0 20\ta',
      'T5\tContent 30 40\tb',
      'T4\tAttribution-no-source 21 25\tsaid',
      'E7\tAttribution-no-source:T4 Content:T3 Cue:T1 Content2:T5',
    ].join('\n'),
    expected: [{ id: 'E7', source: null, cue: [[21, 25]], content: [[0, 20], [30, 40]] }],
  },
  {
    name: 'event without roles: the trigger is the cue',
    ann: ['T83\tAttribution-no-source 3102 3122\tis drawing criticism', 'E21\tAttribution-no-source:T83 '].join('\n'),
    expected: [{ id: 'E21', source: null, cue: [[3102, 3122]], content: null }],
  },
  {
    name: 'span text with a newline: continuation line ignored',
    ann: ['T1\tContent 0 10\tfirst', 'second line of it', 'T2\tCue 11 15\tsaid', 'T4\tAttribution 11 15\tsaid', 'E1\tAttribution:T4 Cue:T2 Content:T1'].join('\n'),
    expected: [{ id: 'E1', source: null, cue: [[11, 15]], content: [[0, 10]] }],
  },
  { name: 'no events', ann: 'T1\tCue 0 4\tsaid\n', expected: [] },
  { name: 'empty file', ann: '', expected: [] },
];

describe('parseBrat', () => {
  it.each(cases)('$name', ({ ann, expected }) => {
    expect(parseBrat(ann).attributions).toEqual(expected);
  });

  it('warns about a role pointing nowhere', () => {
    const doc = parseBrat('T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Cue:T1 Source:T99');
    expect(doc.attributions).toEqual([{ id: 'E1', source: null, cue: [[0, 4]], content: null }]);
    expect(doc.warnings).toHaveLength(1);
  });
});

describe('alignGold', () => {
  const ann = ['T1\tSource 0 3\tSam', 'T2\tCue 4 8\tsaid', 'T3\tContent 9 14\tit is', 'T4\tAttribution 4 8\tsaid', 'E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3'].join('\n');
  const expected = [{ id: 'E1', source: [[0, 3]], cue: [[4, 8]], content: [[9, 14]] }];

  it('plain text: offsets unchanged, no warnings', () => {
    const g = alignGold(ann, 'Sam said it is.');
    expect(g.attributions).toEqual(expected);
    expect(g.warnings).toEqual([]);
  });

  it('leading BOM: dropped from the text, offsets shifted by -1', () => {
    const bomAnn = ann.replace(/(\d+) (\d+)/gu, (_, s: string, e: string) => `${Number(s) + 1} ${Number(e) + 1}`);
    const g = alignGold(bomAnn, '\uFEFFSam said it is.');
    expect(g.text).toBe('Sam said it is.');
    expect(g.attributions).toEqual(expected);
    expect(g.warnings).toEqual([]);
  });

  it('astral characters: brat code-point offsets become UTF-16 offsets', () => {
    // "🙂 " is 2 code points but 3 UTF-16 units.
    const cpAnn = ann.replace(/(\d+) (\d+)/gu, (_, s: string, e: string) => `${Number(s) + 2} ${Number(e) + 2}`);
    const g = alignGold(cpAnn, '🙂 Sam said it is.');
    expect(g.attributions).toEqual([{ id: 'E1', source: [[3, 6]], cue: [[7, 11]], content: [[12, 17]] }]);
    expect(g.warnings).toEqual([]);
  });

  it('reports spans whose text does not match the .ann', () => {
    const g = alignGold(ann, 'Pam told it is.');
    expect(g.warnings.map((w) => w.split(':')[0])).toEqual(['T1', 'T2', 'T4']);
  });

  it('checks discontinuous span texts in the order written', () => {
    const g = alignGold('T1\tContent 9 14;0 3\tit is Sam', 'Sam said it is.');
    expect(g.warnings).toEqual([]);
  });
});
