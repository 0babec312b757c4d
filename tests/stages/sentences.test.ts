import { describe, expect, it } from 'vitest';
import { annotate, record, seed } from '../helpers.ts';

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

describe('a verb wink reads as a noun after a plural subject (session 22)', () => {
  const posOf = (text: string, word: string) => annotate(text, { stages: ['segment', 'sentences'] }).tokens!.find((t) => t.text === word)?.pos;

  it.each([
    ['The documents show that the agency knew about the flaw.', 'show'],
    ['Critics claim that he lied.', 'claim'],
    ['Democrats charge that the plan was rushed.', 'charge'],
    ['Even some of his admirers question whether he can win.', 'question'],
    ['Polls show a close contest in the state.', 'show'],
    ['Voters view her as honest.', 'view'],
    ['The plane was sold in 2010, records show.', 'show'],
    ['He does not use the plane much, F.A.A. records show, and rarely flies abroad.', 'show'],
  ])('reads a verb: %s', (text, word) => {
    expect(posOf(text, word)).toBe('VERB');
  });

  it.each([
    // a singular noun phrase, a relative clause after the noun, a verb after it, a preposition's object
    ['A New York Times report that Trump lost money was denied.', 'report'],
    ['The jobs report that was released on Friday showed gains.', 'report'],
    ['The strong jobs report has cleared the way for a rate rise.', 'report'],
    ['Economists were cautious in the jobs report that he cited.', 'report'],
    ['He waited for the jobs report.', 'report'],
    // a sentence's end closes a report only after a comma or "as"
    ['What moved markets was not the rate decision but the jobs report.', 'report'],
  ])('keeps a noun: %s', (text, word) => {
    expect(posOf(text, word)).toBe('NOUN');
  });
});
