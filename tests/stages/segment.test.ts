import { describe, expect, it } from 'vitest';
import { isBoilerplate, isHeading, segment, SegmentOptions } from '../../src/segment/index.ts';
import { lines } from '../../src/text/line-wrap.ts';
import { record, seed } from '../helpers.ts';

const opts = SegmentOptions.parse({});

describe('segment: headings', () => {
  it.each([
    ['Drones, Defenses & Lethal Mistake', true],
    ['Russian Air Defense Error Blamed for 38 Lives Lost', true],
    ['Diplomatic Fallout & Azerbaijan’s Response', true],
    ['Putin Apologizes to Azerbaijan Amid Mounting Pressure', true],
    ['Who Shot Down the Plane?', true],
    ['He said that Russian defense systems had responded.', false],
    ['Days after the incident, the Kremlin admitted that Russian air defense forces were actively repelling Ukrainian drone attacks.', false],
    ['Why would anyone do that?', false],
  ])('%s → heading %s', (line, expected) => {
    expect(isHeading(line, opts, 'Next paragraph.')).toBe(expected);
  });

  it('a line that continues in lower case is a wrapped line, not a heading', () => {
    expect(isHeading('The Kremlin said on Friday that the', opts, 'plane was hit by fragments.')).toBe(false);
  });
});

describe('segment: boilerplate', () => {
  it.each([
    ['ALSO READ: India Deploys Russian IL-76 in Historic First Direct Cargo Flight to Antarctica', true],
    ['Read more: Kremlin statement on the crash', true],
    ['Photo: Reuters/Maxim Shemetov', true],
    ['Follow Pam Key on Twitter @pamkeyNEN.', true],
    ['According to Putin, the explosion was as a result of missile fragments.', false],
    ['Read the full statement below.', false],
    ['Reporting by Jane Doe in Moscow; Editing by John Roe', true],
    ['(Reporting by Tamara Vaal; Editing by Mark Trevelyan)', true],
    ['By LISA MASCARO and MARY CLARE JALONICK Associated Press', true],
    ['By Jane Doe, Reuters', true],
    ['By JOHN F. SMITH', true],
    ['Associated Press writer Kevin Freking contributed to this report.', true],
    ['By Monday, the plan had been dropped.', false],
    ['By the numbers', false],
    ['Additional reporting by Mark Smith in Washington.', true],
    ['Copyright 2016 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.', true],
    ['Updated 10:42 a.m. ET Oct. 3, 2016', true],
    ['Published: October 3, 2016 at 10:42 a.m.', true],
    ['Story continues below advertisement', true],
    ['Reporting by state media suggested the plane was hit by fragments.', false],
    ['Updated figures released on Monday show that 38 people died.', false],
    ['Posted on Oct. 3, the video was watched a million times before the campaign said it was fake and asked for its removal.', false],
  ])('%s → boilerplate %s', (line, expected) => {
    expect(isBoilerplate(line)).toBe(expected);
  });
});

describe('segment: lines and paragraphs', () => {
  it('splits LF, CRLF and CR line endings with exact offsets', () => {
    const text = 'One.\r\nTwo.\rThree.\nFour.';
    expect(lines(text).map(([s, e]) => text.slice(s, e))).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
  });

  it('joins a hard-wrapped paragraph but not lines ending a sentence', () => {
    const text = 'The Kremlin said the plane\nwas hit by fragments.\nAliyev demanded answers.';
    const segs = segment(text, opts);
    expect(segs.map((s) => text.slice(s.start, s.end))).toEqual(['The Kremlin said the plane\nwas hit by fragments.', 'Aliyev demanded answers.']);
  });

  it('keeps the headings and promotions of seed 000 out of the prose', () => {
    const r = record(seed('000'), { stages: ['segment', 'sentences'] });
    const notProse = r.sentences.filter((s) => s.kind !== 'prose').map((s) => s.text);
    expect(notProse).toContain('Drones, Defenses & Lethal Mistake');
    expect(notProse).toContain('Russian Air Defense Error Blamed for 38 Lives Lost');
    expect(notProse).toContain('Diplomatic Fallout & Azerbaijan’s Response');
    expect(notProse.filter((t) => t.startsWith('ALSO READ'))).toHaveLength(3);
    // no prose sentence starts with a heading glued to it
    for (const s of r.sentences.filter((x) => x.kind === 'prose')) {
      expect(s.text.includes('\n')).toBe(false);
      expect(s.text.startsWith('Drones')).toBe(false);
    }
  });
});

describe('segment: headings with abbreviations, signed quotations', () => {
  it.each([
    ['U.S. Strikes Back at Russian Air Defenses', true],
    ['“He represents our greatest shame.” ― Sonya Herridge', false],
  ])('%s → heading %s', (line, expected) => {
    expect(isHeading(line, opts, 'Next paragraph.')).toBe(expected);
  });
});
