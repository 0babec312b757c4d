import { describe, expect, it } from 'vitest';
import { readMarkdown } from '../../src/text/markdown.ts';
import { applyStyle, inserted, moveBrat, STYLES, type Style } from '../../src/eval/styles.ts';
import { balancedOver, record, seed } from '../helpers.ts';

/** `text` with each of `parts` (in order, each after the last) replaced by as many spaces. */
function blanked(text: string, parts: string[]): string {
  let out = text;
  let from = 0;
  for (const p of parts) {
    const at = out.indexOf(p, from);
    if (at < 0) throw new Error(`no "${p}" after ${from}`);
    out = out.slice(0, at) + p.replace(/[^\n]/gu, ' ') + out.slice(at + p.length);
    from = at + p.length;
  }
  return out;
}

describe('readMarkdown: what is read as Markdown syntax', () => {
  it.each([
    ['an inline link', 'The [White House](https://www.whitehouse.gov/briefing) said on Monday.', ['[', '](https://www.whitehouse.gov/briefing)']],
    ['a link with a title', 'Read [the report](/reports/2024.pdf "PDF") in full.', ['[', '](/reports/2024.pdf "PDF")']],
    ['a link whose address holds brackets', 'See [Aktau](https://en.wikipedia.org/wiki/Aktau_(city)) today.', ['[', '](https://en.wikipedia.org/wiki/Aktau_(city))']],
    ['an image, alt text and all', '![Wreckage near Aktau](https://cdn.example.com/a.jpg)\nThe plane crashed.', ['![Wreckage near Aktau](https://cdn.example.com/a.jpg)']],
    ['a heading and its closing hashes', '## Who shot it down? ##\nThe plane crashed.', ['## ', ' ##']],
    ['strong and emphasis', 'It was **not** an accident, she said, but *deliberate*.', ['**', '**', '*', '*']],
    ['underscores', 'It was __not__ an accident, she said, but _deliberate_.', ['__', '__', '_', '_']],
    // one pair is enough (session 36: "The plane was hit, *Aliyev* said." gave no attribution)
    ['one emphasis alone', 'She said it was *not* over.', ['*', '*']],
    ['a reference link and its definition', '[Kremlin][1] officials said.\n\n[1]: https://www.kremlin.ru', ['[', '][1]', '[1]: https://www.kremlin.ru']],
    ['block quotes beside a link', '> “We will find out,” he said.\n\n[Source](https://example.com)', ['> ', '[', '](https://example.com)']],
    ['a setext heading beside a link', 'Crash in Aktau\n==============\n[Source](https://example.com)', ['==============', '[', '](https://example.com)']],
  ])('reads %s', (_name, text, parts) => {
    const r = readMarkdown(text);
    expect(r.text).toBe(blanked(text, parts));
    expect(r.text).toHaveLength(text.length);
  });

  it.each([
    ['a hashtag at the start of a line', '#MAGA trended on Monday, aides said.\nMore followed.'],
    ['editorial brackets in a quotation', '“[The president] will not resign,” the aide said [sic].'],
    ['a lone asterisk, as in a footnote', 'The figures are provisional.*\n\n*Correction: an earlier version misstated the date.'],
    ['arithmetic and censored words', 'He called it f***ing absurd; 2 * 3 * 4 is 24.'],
    ['snake_case and file names', 'The file my_report_final.pdf was leaked, officials said.'],
    ['brackets that look like a reference without a definition', 'It said ‘no.’â[#x20ac][#x2c6.]"\n\nIt was one of many.'],
  ])('leaves %s as it is', (_name, text) => {
    const r = readMarkdown(text);
    expect(r.text).toBe(text);
    expect(r.links + r.headings + r.emphasis).toBe(0);
  });
});

describe('a name in emphasis, alone in plain text', () => {
  it.each([
    // (a span holding neither mark of an emphasis stays inside it)
    ['The plane was hit, *Aliyev* said.', 'Aliyev', 'The plane was hit'],
    ['_"We will find out,"_ Aliyev said.', 'Aliyev', '"We will find out,"'],
  ])('%s', (text, source, content) => {
    const r = record(text);
    expect(r.attributions.map((a) => [a.source?.text, a.content.text])).toEqual([[source, content]]);
  });
});

describe('a seed article saved as Markdown', () => {
  const text = seed('002');
  const styled = applyStyle(STYLES.markdown!, text);
  const moved = { text: styled.text, ...styled.moved! };
  const plain = record(text);
  const md = record(moved.text);

  it('keeps its own text and says how it was read', () => {
    expect(md.text).toBe(moved.text);
    expect(md.text).toMatch(/\]\(https:\/\/www\.example\.com\/topic\//u);
    expect(md.messages.map((m) => m.ruleId)).toContain('segment/markdown');
    expect(plain.messages.map((m) => m.ruleId)).not.toContain('segment/markdown');
  });

  // (a span that holds one mark of a link takes in the other: "White House spokesperson [John Kirby](https://…)")
  it('gives the attributions of the plain article, at the moved offsets, each holding both marks of a link or emphasis or neither', () => {
    const pairs = readMarkdown(moved.text).pairs;
    const at = (spans: Array<[number, number]>) => spans.map(([s, e]) => balancedOver(pairs, moved.start(s), moved.end(e)));
    const plainSpans = plain.attributions.map((a) => [a.kind, at(a.cue.spans), a.source ? at(a.source.spans) : null, at(a.content.spans)]);
    const mdSpans = md.attributions.map((a) => [a.kind, a.cue.spans, a.source?.spans ?? null, a.content.spans]);
    expect(plain.attributions.length).toBeGreaterThan(5);
    expect(mdSpans).toEqual(plainSpans);
    expect(md.attributions.map((a) => a.source?.text)).toContain('White House spokesperson [John Kirby](https://www.example.com/topic/john-kirby)');
    for (const a of md.attributions) expect(a.content.text).toBe(a.content.spans.map(([s, e]) => md.text.slice(s, e)).join(' '));
  });
});

describe('moving gold spans with inserted markup', () => {
  it('puts text inserted at a span start before it, at its end after it', () => {
    const text = 'Putin said so.';
    const moved = inserted(text, [[0, '['], [5, '](https://x.org)'], [11, '*'], [13, '*']]);
    expect(moved.text).toBe('[Putin](https://x.org) said *so*.');
    const ann = 'T1\tSource 0 5\tPutin\nT2\tCue 6 10\tsaid\nT3\tContent 11 13\tso\nE1\tCue:T2 Source:T1 Content:T3';
    expect(moveBrat(ann, moved.text, moved)).toBe('T1\tSource 1 6\tPutin\nT2\tCue 23 27\tsaid\nT3\tContent 29 31\tso\nE1\tCue:T2 Source:T1 Content:T3');
  });

  it.each(['markdown', 'tab-wrap-72', 'crlf-wrap-72', 'one-line-single', 'one-line-typed'])('moves spans through every step of the %s style', (name) => {
    // a seed with a second paragraph split by one line break
    const text = seed('002').replace('\n\n', '\n');
    const { text: styled, moved } = applyStyle(STYLES[name]!, text);
    expect(styled).not.toBe(text);
    // every word of the text, found again where the map puts it (line breaks and dashes aside)
    const plain = (s: string) => s.replace(/\s+/gu, ' ').replace(/\]\(https:[^)]*\)|[[\]*#]/gu, '');
    for (const m of text.matchAll(/\S+(?: \S+){0,3}/gu)) {
      const [s, e] = [moved!.start(m.index), moved!.end(m.index + m[0].length)];
      expect(plain(styled.slice(s, e))).toBe(plain(m[0]));
    }
  });

  it("moves a quotation's span over both apostrophes of each doubled mark (wire-doubled)", () => {
    const text = '“We won,” he said of "the vote."';
    const { text: styled, moved } = applyStyle(STYLES['wire-doubled']!, text);
    expect(styled).toBe("''We won,'' he said of ''the vote.''");
    expect(styled.slice(moved!.start(0), moved!.end(9))).toBe("''We won,''");
    expect(styled.slice(moved!.start(10), moved!.end(12))).toBe('he');
    expect(styled.slice(moved!.start(21), moved!.end(32))).toBe("''the vote.''");
  });

  it('composes the moves of two inserting steps', () => {
    const style: Style = { what: 'two', steps: [{ markup: () => [[0, '# ']] }, { markup: (t) => [[t.indexOf('said'), '>> ']] }] };
    const { text, moved } = applyStyle(style, 'Putin said so.');
    expect(text).toBe('# Putin >> said so.');
    expect([moved!.start(6), moved!.end(10)]).toEqual([11, 15]);
    expect([moved!.start(0), moved!.end(5)]).toEqual([2, 7]);
  });
});
