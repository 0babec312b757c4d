// Text that is odd but valid is processed, with offsets still exact.
import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../src/schemas/index.ts';
import { annotate, record } from '../helpers.ts';

function allSpansExact(r: ArticleRecord): void {
  const spans = [...r.sentences, ...r.dates, ...r.quantities, ...r.entities.flatMap((e) => [...e.mentions, ...e.roles])];
  for (const s of spans) expect(r.text.slice(s.start, s.end)).toBe(s.text);
  for (const a of r.attributions) {
    for (const p of [a.cue, a.content, ...(a.source ? [a.source] : [])]) {
      expect(p.spans.map(([s, e]) => r.text.slice(s, e)).join(' ')).toBe(p.text);
    }
  }
}

const SAID = 'The Kremlin said that Russian air defenses were repelling drones. “We will find out,” Aliyev said.';

describe('odd but valid text', () => {
  it.each([
    ['CRLF line endings', `Drones, Defenses & Lethal Mistake\r\n${SAID}\r\nAliyev told reporters that Russia owed an explanation.\r\n`],
    ['CR line endings', `Drones, Defenses & Lethal Mistake\r${SAID}\rAliyev told reporters that Russia owed an explanation.\r`],
    ['non-breaking spaces', SAID.replace(/ /gu, '\u00a0')],
    ['an unbalanced opening quote', '“We will find out, Aliyev said. The Kremlin said that drones attacked Grozny.'],
    ['an unbalanced closing quote', 'We will find out,” Aliyev said. The Kremlin said that drones attacked Grozny.'],
    ['nested quotes', '“He told me ‘we will find out’ last week,” Aliyev said.'],
    ['straight and curly quotes mixed', '"We will find out,” Aliyev said. “It was a missile," the official said.'],
    ['HTML and XML tags', '<p>The Kremlin said that <b>drones</b> attacked Grozny.</p>\n<tweet id="1" author="x">Aliyev said it was a missile.</tweet>'],
    ['emoji and other astral characters', '🚀 The Kremlin said that 🛩️ drones attacked Grozny 𝒳. “We will 😀 find out,” Aliyev said.'],
    ['right-to-left text', 'The Kremlin said that drones attacked Grozny. قال الكرملين إن الطائرات هاجمت. Aliyev said it was a missile.'],
    ['one very long line', `${'The Kremlin said that drones attacked Grozny on Wednesday, killing 38 people. '.repeat(3000)}`],
  ])('%s', (_name, text) => {
    const r = record(text);
    expect(r.text).toBe(text);
    allSpansExact(r);
  });

  it('finds the attributions in CRLF text as in LF text, at the same offsets', () => {
    const lf = `Heading Line Here\n${SAID}\n`;
    const crlf = lf.replace(/\n/gu, '\r\n');
    const a = record(lf).attributions.map((x) => x.cue.text);
    const b = record(crlf).attributions.map((x) => x.cue.text);
    expect(b).toEqual(a);
    expect(a.length).toBeGreaterThan(0);
  });
});

describe('lines of marks alone', () => {
  it.each([[': \r\n ᏸ'], [':\n\nThe minister said the plan would fail.']])('reads a line that is only a colon without throwing: %j', (text) => {
    const r = record(text);
    for (const a of r.attributions) expect(text.slice(a.cue.spans[0]![0], a.cue.spans[0]![1])).toBe(a.cue.text.split(' ')[0]);
    expect(r.attributions.map((a) => a.cue.text)).toEqual(text.includes('said') ? ['said'] : []);
  });
});

describe('contractions without their apostrophe', () => {
  it.each([['ive!'], ['Ive been there, youve seen it, theyre here.']])('reads %j without throwing, every token with a lemma', (text) => {
    const d = annotate(text, { stages: ['language', 'segment', 'sentences'] });
    for (const t of d.tokens ?? []) expect(typeof t.lemma).toBe('string');
    expect(() => record(text)).not.toThrow();
  });
});

describe('non-English articles', () => {
  const french =
    'Le Kremlin a déclaré que les défenses aériennes russes repoussaient des drones ukrainiens au-dessus de Grozny. « Nous allons trouver la vérité », a dit Aliyev. Les enquêteurs ont confirmé que des fragments de missile ont été retrouvés parmi les débris de l’avion.';

  it('flags a French article and invents no English claims', () => {
    const r = record(french, { publishedAt: '2024-12-28' });
    expect(r.messages.some((m) => m.ruleId === 'language/not-english')).toBe(true);
    expect(r.attributions).toEqual([]);
    expect(r.claims).toEqual([]);
    expect(r.entities).toEqual([]);
    expect(r.sentences.length).toBeGreaterThan(0);
  });

  it.each([
    // short: under the 20 words the share is read on, not one common English word and two of another language's
    ['El ministro dijo que el plan fracasaría. Según el gobierno, la economía crecerá un 3% este año.', true],
    // short English, and a headline of few words with none of them
    ['The minister said the plan would fail.', false],
    ['Quake Kills Dozens Across Eastern Turkey', false],
    ['Stocks tumble amid tariff fears; Nasdaq slides 3% Monday, traders say.', false],
    ['Die Regierung lehnt den Plan ab, sagte Scholz am Montag vor Journalisten.', true],
    ['O governo rejeita o plano, disse Lula na segunda-feira em Brasília.', true],
    // names that are foreign words written in capitals
    ['Von der Leyen, Macron, Scholz meet Monday; EU tariffs loom large.', false],
    ['Markets: Dow Jones closes down 2%, S&P 500 drops 1.5%, Nasdaq falls 3%.', false],
  ])('reads a short text by whether any of its words is a common English one: %s', (text, flagged) => {
    const r = record(text);
    expect(r.messages.some((m) => m.ruleId === 'language/not-english')).toBe(flagged);
    if (flagged) expect(r.claims).toEqual([]);
  });

  // front matter's language as people write it (session 36: "English", "eng" and "en_GB" were read as another language)
  it.each([
    ['en', false, false],
    ['en-GB', false, false],
    ['en_GB', false, false],
    ['EN-us', false, false],
    ['eng', false, false],
    ['English', false, false],
    ['english (UK)', false, false],
    ['fr', true, false],
    ['pt-BR', true, false],
    ['deu', true, false],
    // no code: the text decides, and a message says so
    ['French', false, true],
    ['und', false, true],
    ['5', false, true],
    // placeholders that look like codes (a review, session 36)
    ['NA', false, true],
    ['tbd', false, true],
    ['xx', false, true],
    ['any', false, true],
  ])('reads front matter language %j of English text: not English %s, not a code %s', (language, flagged, noCode) => {
    const r = record(`${SAID} ${SAID}`, { language });
    expect(r.messages.some((m) => m.ruleId === 'language/not-english')).toBe(flagged);
    expect(r.messages.some((m) => m.ruleId === 'language/not-a-code')).toBe(noCode);
    expect(r.attributions.length > 0).toBe(!flagged);
  });

  it('reads French text under a language name from the text', () => {
    const r = record(french, { language: 'Français' });
    expect(r.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['language/not-a-code', 'language/not-english']));
    expect(r.messages.find((m) => m.ruleId === 'language/not-english')?.reason).toMatch(/few common English words/u);
  });

  it('does not flag English news', () => {
    const r = record(`${SAID} ${SAID}`);
    expect(r.messages.some((m) => m.ruleId === 'language/not-english')).toBe(false);
  });

  // a saved page: 20 KB of script in its head, then the story (session 35)
  const script = 'var t = function (x) { return window.dataLayer.push({ event: "gtm.js", id: x }); };\n'.repeat(250);
  const page = (body: string) => `<!DOCTYPE html>\n<html><head><title>News</title><script>${script}</script></head>\n<body><p>${body}</p><p>${body}</p></body></html>\n`;
  // a base64 image left in a scraped text: 6,000 characters without a space
  const blob = (body: string) => `${body}\n\ndata:image/png;base64,${'iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB'.repeat(200)}\n\n${body}\n`;

  it.each([
    ['an English page with a script in its head', page(`${SAID} ${SAID}`), false],
    ['a French page with a script in its head', page(french), true],
    ['English text around a base64 image', blob(`${SAID} ${SAID}`), false],
    ['French text around a base64 image', blob(french), true],
    // Chinese is written without spaces: a paragraph is one long run, and it is prose
    ['Chinese paragraphs', `${'克里姆林宫表示，俄罗斯防空系统当时正在击退乌克兰无人机。调查人员确认，在飞机残骸中发现了导弹碎片。'.repeat(12)}\n\n${'阿利耶夫说：“我们会查明真相。”'.repeat(40)}\n`, true],
  ])('reads the language of the prose: %s', (_name, text, flagged) => {
    const r = record(text);
    expect(r.messages.some((m) => m.ruleId === 'language/not-english')).toBe(flagged);
    if (!flagged) expect(r.attributions.length).toBeGreaterThan(0);
  });
});
