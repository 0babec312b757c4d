import { describe, expect, it } from 'vitest';
import { record, seed } from '../helpers.ts';

describe('sentences', () => {
  it.each([
    ['Days after the incident, the Kremlin admitted it. Tragically, the jet veered off course.', 2],
    ['U.S. and Ukrainian officials suggested it. White House spokesperson John Kirby stated that.', 2],
    ['Drones, Defenses & Lethal Mistake\nThe revelation came after a meeting.', 2],
    ['“At that time, Grozny was under attack,” the Kremlin revealed.', 1],
    // the platform, not an initial: wink reads "X." as one and runs the sentences together
    ['He wrote on X. The post was deleted within an hour.', 2],
    ['“We are here,” she wrote on X. “Nothing has changed.”', 2],
    ['She posted on X on Monday.', 1],
    ['Malcolm X. Little was born in Omaha.', 1],
    ['The book is dedicated to E. J. Fleming.', 1],
  ])('%s → %i sentences', (text, n) => {
    expect(record(text, { stages: ['segment', 'sentences'] }).sentences).toHaveLength(n);
  });

  it('splits "X." after a preposition into the name and the full stop, offsets exact', () => {
    const text = 'He wrote on X. The post was deleted.';
    const r = record(text, { stages: ['segment', 'sentences'] });
    expect(r.sentences.map((s) => s.text)).toEqual(['He wrote on X.', 'The post was deleted.']);
  });

  it('offsets slice back exactly on both seeds, and ids run in text order', () => {
    for (const name of ['000', '002'] as const) {
      const text = seed(name);
      const r = record(text, { stages: ['segment', 'sentences'] });
      r.sentences.forEach((s, k) => {
        expect(text.slice(s.start, s.end)).toBe(s.text);
        expect(s.id).toBe(`s${k + 1}`);
        if (k > 0) expect(s.start).toBeGreaterThanOrEqual(r.sentences[k - 1]!.end);
      });
    }
  });

  it('keeps offsets exact with CRLF, non-breaking spaces and emoji', () => {
    const text = 'The Kremlin\u00a0said it. 🚀 Putin apologized.\r\nAliyev said 😀 nothing.';
    const r = record(text, { stages: ['segment', 'sentences'] });
    for (const s of r.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(r.sentences.length).toBeGreaterThanOrEqual(2);
  });
});

describe('tokens do not depend on what was read before', () => {
  it('gives an article the same tokens, POS and lemmas before and after other articles', async () => {
    const { tokenizeRange } = await import('../../src/nlp/wink.ts');
    const b = 'Sanders called for reforming the party’s superdelegate system. Trump’s aides said so.';
    const a = 'He spoke about the party’s. Then about the party’s future and Trump’s. The party’s.';
    const show = (t: string) => tokenizeRange(t, 0, t.length, 0, 0).tokens.map((x) => `${x.start}:${x.text}/${x.pos}/${x.lemma}`);
    const before = show(b);
    show(a);
    show(`${a} ${seed('000')}`);
    expect(show(b)).toEqual(before);
  });
});
