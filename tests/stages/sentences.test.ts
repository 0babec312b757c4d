import { describe, expect, it } from 'vitest';
import { annotate, record, seed } from '../helpers.ts';
import { sentencesStage } from '../../src/sentences/index.ts';
import { LONG_RUN, MAX_SENTENCE, tokenizeRange } from '../../src/nlp/wink.ts';

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

  // wink's token values are gathered into arrays reused between calls; a paragraph's last token
  // once read the entry after it, left by a longer paragraph read earlier (session 24)
  it('reads a paragraph\'s last token without the entry a longer paragraph left after it', async () => {
    const { tokenizeRange } = await import('../../src/nlp/wink.ts');
    const probe = 'They do not want to chip in.';
    const show = (t: string) => tokenizeRange(t, 0, t.length, 0, 0, true).tokens.map((x) => `${x.text}/${x.pos}`).join(' ');
    show('one two three four five six seven eight nine ten');
    const afterLower = show(probe);
    show('One Two Three Four Five Six Seven Eight Nine Ten.');
    expect(show(probe)).toBe(afterLower);
    // the end of the paragraph ends the sentence: "in." is the word and the full stop
    expect(afterLower).toBe('They/PRON do/AUX not/PART want/VERB to/PART chip/VERB in/ADP ./PUNCT');
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
    // a past form wink reads as an adjective, before its "that" clause
    ['The Congress on Tuesday alleged that the BJP was misusing central agencies.', 'alleged'],
    ['Some experts have alleged that the Russian government was behind the hack.', 'alleged'],
    // a participle wink reads as a noun, before its "that" clause
    ['The bank held rates, saying inflation remained high and warning that cuts were unlikely.', 'warning'],
    ['He won the crowd over by joking that he would bring a roasting box to Washington.', 'joking'],
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

  it.each([
    // after "be" it is the adjective it is; before a noun, the attribute
    ['Some Democrats are concerned that the tactics could backfire.', 'concerned'],
    ['The alleged victim said that he was attacked.', 'alleged'],
  ])('keeps an adjective: %s', (text, word) => {
    expect(posOf(text, word)).toBe('ADJ');
  });

  it.each([
    // after a possessive or a determiner it is the noun; a time of day is no participle
    ['He repeated his warning that Britain would go to the back of the queue.', 'warning'],
    ['Cornyn told a reporter Monday morning that he would be surprised.', 'morning'],
  ])('keeps a noun before "that": %s', (text, word) => {
    expect(posOf(text, word)).toBe('NOUN');
  });
});

describe('sentence breaks wink makes at a party-and-state label, and misses after "in." and "no." (session 23)', () => {
  const sentencesOf = (text: string, mend = true) => (mend ? record(text, { stages: ['segment', 'sentences'] }).sentences : unmended(text)).map((s) => s.text);
  const unmended = (text: string) => {
    const doc = annotate(text, { stages: ['segment'] });
    return sentencesStage.run(doc, sentencesStage.options.parse({ mendSentenceBreaks: false })).sentences!;
  };

  it.each([
    ['It was a good decision, Sen. Lindsey Graham (R-S.C.) told reporters. He left.', ['It was a good decision, Sen. Lindsey Graham (R-S.C.) told reporters.', 'He left.']],
    ['Rep. Joe Smith (D-N.Y.) disagreed. Sen. Tim Kaine (D-Va.), the nominee, spoke.', ['Rep. Joe Smith (D-N.Y.) disagreed.', 'Sen. Tim Kaine (D-Va.), the nominee, spoke.']],
    ['Sen. Marco Rubio (R-Fla.) said yes.', ['Sen. Marco Rubio (R-Fla.) said yes.']],
    ['Trump weighed in. “This is terrible,” he said.', ['Trump weighed in.', '“This is terrible,” he said.']],
    ['Asked whether he would run, he said no. Then he left.', ['Asked whether he would run, he said no.', 'Then he left.']],
    // a parenthesis whose sentence ends inside it, and a sentence after it, stay apart
    ['(She said she would retire.) Then she left.', ['(She said she would retire.)', 'Then she left.']],
    // a parenthesis the split leaves open is joined only after an initial's full stop
    ['(She won. He lost.) Then they left.', ['(She won.', 'He lost.)', 'Then they left.']],
    ['The bill is H-R. The firm (LMT) said no.', ['The bill is H-R.', 'The firm (LMT) said no.']],
    ['(The bill is H-R. The firm said it would, in time, lose money.)', ['(The bill is H-R.', 'The firm said it would, in time, lose money.)']],
    ['He lives in Washington, D.C. The city is big.', ['He lives in Washington, D.C.', 'The city is big.']],
    // AP's labels, with stops and no parenthesis: inside the sentence, and closing it
    ['Rep. Alexandria Ocasio-Cortez, D-N.Y., called the vote "a slap." Others agreed.', ['Rep. Alexandria Ocasio-Cortez, D-N.Y., called the vote "a slap."', 'Others agreed.']],
    ['"This is a win," said Senate Majority Leader John Thune, R-S.D. He spoke on Friday.', ['"This is a win," said Senate Majority Leader John Thune, R-S.D.', 'He spoke on Friday.']],
    ['"This is a win," said Senate Majority Leader John Thune, R-S.D.', ['"This is a win," said Senate Majority Leader John Thune, R-S.D.']],
    // a quotation closing on "!" or "?" inside a sentence that goes on in lower case
    ['She declared “What a night!” and said that her campaign would go on. Then she left.', ['She declared “What a night!” and said that her campaign would go on.', 'Then she left.']],
    ['“Why not?” he asked the crowd. It cheered.', ['“Why not?” he asked the crowd.', 'It cheered.']],
    ['“What a night!” The crowd cheered.', ['“What a night!”', 'The crowd cheered.']],
    // (session 45) a capitalised "No." too, its closing mark glued to it staying with its sentence
    ['Asked if he would pardon his son, Biden told reporters: "No." He later reversed course.', ['Asked if he would pardon his son, Biden told reporters: "No."', 'He later reversed course.']],
    ['He said no." Then he left.', ['He said no."', 'Then he left.']],
    // (session 49) words wink keeps whole with their full stop as if abbreviations of states ("Ill.", "Mass."), in lower case
    ['Two children fell ill. Police said the food was contaminated.', ['Two children fell ill.', 'Police said the food was contaminated.']],
    ['Pilgrims gathered for the mass. Officials said the crowd was peaceful.', ['Pilgrims gathered for the mass.', 'Officials said the crowd was peaceful.']],
    ['The support has become impossible to miss. This week some voters wore T-shirts.', ['The support has become impossible to miss.', 'This week some voters wore T-shirts.']],
    // a figure after a currency's letter, which wink parts at its decimal point ("N4. | 5 billion")
    ['The company said it had paid arrears it put at N4.5 billion. Workers disputed the figure.', ['The company said it had paid arrears it put at N4.5 billion.', 'Workers disputed the figure.']],
    // (the capitalised state stays an abbreviation: "Springfield, Ill. Officials" is left as it was)
    ['He was born in Springfield, Ill., in 1960.', ['He was born in Springfield, Ill., in 1960.']],
    ['The building at No. 10 Downing Street was closed.', ['The building at No. 10 Downing Street was closed.']],
    // (the second review's) not before a code, and past a curly or a straight single closing mark
    ['The plane, Flight No. MH17, was shot down over Ukraine in 2014, investigators said.', ['The plane, Flight No. MH17, was shot down over Ukraine in 2014, investigators said.']],
    ['Biden told reporters: “No.” He later reversed course.', ['Biden told reporters: “No.”', 'He later reversed course.']],
    ["He said no.' Then he left.", ["He said no.'", 'Then he left.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it('opens no sentence on the closing mark after a label ("…, R-S.D.”"), and keeps the label whole', () => {
    const found = sentencesOf('“He was praised by Sen. John Thune, R-S.D.” Then he left.');
    for (const s of found) expect(s, s).not.toMatch(/^[”"’')]/u);
    expect(found.some((s) => s.includes('R-S.D.”'))).toBe(true);
  });

  it('leaves wink\'s breaks as they are when the models are trained (mendSentenceBreaks: false)', () => {
    const text = 'Sen. Lindsey Graham (R-S.C.) told reporters. Trump weighed in. “This is terrible,” he said.';
    expect(sentencesOf(text, false)).toEqual(['Sen. Lindsey Graham (R-S.', 'C.) told reporters.', 'Trump weighed in. “This is terrible,” he said.']);
  });

  it('keeps offsets exact and renumbers the tokens\' sentences after a join and a split', () => {
    const text = 'Rep. Nancy Pelosi (D-Calif.) said no. Sen. Joe Manchin (D-W.Va.) agreed.';
    const doc = annotate(text, { stages: ['segment', 'sentences'] });
    expect(doc.sentences!.map((s) => text.slice(s.start, s.end))).toEqual(['Rep. Nancy Pelosi (D-Calif.) said no.', 'Sen. Joe Manchin (D-W.Va.) agreed.']);
    for (const t of doc.tokens!) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens!.filter((t) => t.sentence === 0).map((t) => t.text).join(' ')).toBe('Rep. Nancy Pelosi ( D - Calif . ) said no .');
    doc.sentenceTokens!.forEach(([a, b], n) => {
      expect(doc.tokens![a]!.start).toBe(doc.sentences![n]!.start);
      expect(doc.tokens![b]!.end).toBe(doc.sentences![n]!.end);
    });
  });
});

describe('"state" after "to" before a noun it modifies (session 23)', () => {
  const posOf = (text: string, options = {}) => {
    const doc = annotate(text, { stages: ['segment'] });
    return sentencesStage.run(doc, sentencesStage.options.parse(options)).tokens!.find((t) => t.lower === 'state')?.pos;
  };

  it.each([
    ['Aliyev, speaking to state television, said the plane had been damaged.', 'NOUN'],
    ['Officials speaking to state broadcaster RTR said the crew survived.', 'NOUN'],
    // an infinitive's verb stays a verb
    ['He refused to state his reasons.', 'VERB'],
  ])('%s → %s', (text, pos) => {
    expect(posOf(text)).toBe(pos);
  });

  it('leaves wink\'s tag when the models are trained (stateBeforeNouns: false)', () => {
    expect(posOf('Aliyev, speaking to state television, said it.', { stateBeforeNouns: false })).toBe('VERB');
  });
});

describe('text that is no prose stays linear (session 35)', () => {
  // a base64 image left in a scraped page: 3,000 characters without a space
  const blob = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB/'.repeat(100).slice(0, 3000);
  const text = `The minister said the plan would work.\n\n<img src="data:image/png;base64,${blob}">\n\nShe said it had failed.\n`;

  it('reads a paragraph of more tokens than a call takes arguments, with a long run in it', () => {
    const paragraph = `${'a '.repeat(150_000)}${'x'.repeat(LONG_RUN)} b`;
    const r = tokenizeRange(paragraph, 0, paragraph.length, 0, 0);
    expect(r.tokens).toHaveLength(150_002);
    expect(r.tokens[150_000]!.text).toBe('x'.repeat(LONG_RUN));
    r.tokens.forEach((t, k) => expect(t.i).toBe(k));
  });

  it(`reads a run of ${LONG_RUN} or more characters without a space as one token, a sentence of its own`, () => {
    const doc = annotate(text, { stages: ['segment', 'sentences'] });
    const run = doc.tokens!.filter((t) => t.end - t.start >= LONG_RUN);
    expect(run).toHaveLength(1);
    expect(run[0]!.text).toBe(`src="data:image/png;base64,${blob}">`);
    const s = doc.sentences![run[0]!.sentence]!;
    expect([s.start, s.end]).toEqual([run[0]!.start, run[0]!.end]);
    for (const t of doc.tokens!) expect(text.slice(t.start, t.end)).toBe(t.text);
    doc.sentenceTokens!.forEach(([a, b], n) => {
      expect(doc.tokens![a]!.start).toBe(doc.sentences![n]!.start);
      expect(doc.tokens![b]!.end).toBe(doc.sentences![n]!.end);
      for (let k = a; k <= b; k++) expect(doc.tokens![k]!.sentence).toBe(n);
    });
  });

  it('finds the attributions of the prose around it', () => {
    const r = record(text);
    expect(r.attributions.map((a) => [a.source?.text, a.cue.text, a.content.text])).toEqual([
      ['The minister', 'said', 'the plan would work'],
      ['She', 'said', 'it had failed'],
    ]);
  });

  it.each([
    ['an unpunctuated transcript', 'so the governor said we would look at it again and '.repeat(120)],
    // every line a sentence that opens in lower case: joined to the one before (as after "Sen." in "(R-S. | C.)") up to the limit only
    ['one-line entries in lower case', 'smith said.\n'.repeat(400)],
  ])(`cuts a sentence where it would pass ${MAX_SENTENCE} characters: %s`, (_name, transcript) => {
    const doc = annotate(transcript, { stages: ['segment', 'sentences'] });
    expect(doc.sentences!.length).toBeGreaterThan(1);
    for (const s of doc.sentences!) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE);
    // every word in one sentence, in order
    expect(doc.sentences!.map((s) => s.text).join(' ').split(/\s+/u)).toEqual(transcript.trim().split(/\s+/u));
    doc.sentenceTokens!.forEach(([a, b], n) => {
      for (let k = a; k <= b; k++) expect(doc.tokens![k]!.sentence).toBe(n);
    });
  });
});

describe('sentences: a reporting verb wink tags as a plural noun after a name (session 44)', () => {
  it.each([
    ['Israel disputes the figures.', 'disputes', 'VERB'],
    ['Moscow denies that its forces targeted civilians.', 'denies', 'VERB'],
    // (not a noun's relative clause, nor a noun before a preposition)
    ['Rust Belt states that have suffered want change.', 'states', 'NOUN'],
    ['Israel disputes with Egypt have dragged on.', 'disputes', 'NOUN'],
  ])('%s → %s %s', (text, word, pos) => {
    expect(annotate(text, { stages: ['segment', 'sentences'] }).tokens!.find((t) => t.text === word)?.pos).toBe(pos);
  });
});
