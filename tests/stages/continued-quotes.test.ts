import { describe, expect, it } from 'vitest';
import { annotate, attributionOver, record } from '../helpers.ts';
import { joinContinuedQuotes } from '../../src/attributions/continued-quotes.ts';
import type { Attribution } from '../../src/schemas/index.ts';
import { part } from '../../src/text/spans.ts';

const doc = (text: string) => annotate(text, { stages: ['language', 'segment', 'sentences'] });
const spansOf = (text: string, a: Attribution) => a.content.spans.map(([s, e]) => text.slice(s, e));

describe('a quotation that goes on after its reporting clause', () => {
  it.each([
    [
      '“This is a disgusting day,” said Rep. Jane Doe, head of the caucus. “He is a fraud. He started this years ago.”',
      'Rep. Jane Doe',
      ['“This is a disgusting day,”', '“He is a fraud. He started this years ago.”'],
    ],
    // a run of quoted sentences, each a quotation of its own
    ['"These are strange days," said Peter Morgan, a lawyer. "I don\'t know." "I am skeptical."', 'Peter Morgan', ['"These are strange days,"', '"I don\'t know."', '"I am skeptical."']],
  ])('joins the quotations after it: %s', (text, source, expected) => {
    const first = expected[0]!;
    const [a] = joinContinuedQuotes(doc(text), [attributionOver(text, source, 'said', first, 'direct')]);
    expect(spansOf(text, a!)).toEqual(expected);
    expect(a!.content.text).toBe(expected.join(' '));
    expect(a!.kind).toBe('direct');
  });

  it.each([
    // a new paragraph is somebody else's turn
    ['“We will rebuild,” said the mayor.\n\n“It will take years,” the engineer warned.', 'the mayor'],
    // the next sentence is not a quotation
    ['“We will rebuild,” said the mayor. The council agreed. “It will take years.”', 'the mayor'],
    // an indirect content: the reporting clause comes first
    ['The mayor said the city would rebuild. “It will take years.”', 'The mayor'],
  ])('leaves it alone: %s', (text, source) => {
    const content = text.startsWith('The mayor') ? 'the city would rebuild' : '“We will rebuild,”';
    const kind = text.startsWith('The mayor') ? 'indirect' : 'direct';
    const [a] = joinContinuedQuotes(doc(text), [attributionOver(text, source, 'said', content, kind)]);
    expect(spansOf(text, a!)).toEqual([content]);
  });

  it('leaves a quotation another attribution holds', () => {
    const text = '“We will rebuild,” said the mayor. “It will take years,” the engineer warned.';
    const mayor = attributionOver(text, 'the mayor', 'said', '“We will rebuild,”', 'direct');
    const engineer = { ...attributionOver(text, 'the engineer', 'warned', '“It will take years,”', 'direct'), id: 'a2' };
    const [a, b] = joinContinuedQuotes(doc(text), [mayor, engineer]);
    expect(spansOf(text, a!)).toEqual(['“We will rebuild,”']);
    expect(spansOf(text, b!)).toEqual(['“It will take years,”']);
  });

  it('gives a quotation to one attribution only', () => {
    // two reporting clauses close quotations in one sentence; the first takes what follows
    const text = '“We will rebuild,” said the mayor, and “never again,” the engineer added. “It will take years.”';
    const mayor = attributionOver(text, 'the mayor', 'said', '“We will rebuild,”', 'direct');
    const engineer = { ...attributionOver(text, 'the engineer', 'added', '“never again,”', 'direct'), id: 'a2' };
    const [a, b] = joinContinuedQuotes(doc(text), [mayor, engineer]);
    expect([...spansOf(text, a!), ...spansOf(text, b!)].filter((s) => s === '“It will take years.”')).toHaveLength(1);
  });

  it('takes the quotation over from a participle set after the reporting clause, but not from "adding that …"', () => {
    const text = '“We will rebuild,” said the mayor, speaking of the harbour. “It will take years.”';
    const mayor = attributionOver(text, 'the mayor', 'said', '“We will rebuild,”', 'direct');
    const at = (s: string): [number, number] => [text.indexOf(s), text.indexOf(s) + s.length];
    const speaking = { ...attributionOver(text, 'the mayor', 'speaking of', 'the harbour'), id: 'a2' };
    const held = { ...speaking, kind: 'mixed' as const, content: part(text, [at('the harbour'), at('“It will take years.”')]) };
    const [a, b] = joinContinuedQuotes(doc(text), [mayor, held]);
    expect(spansOf(text, a!)).toEqual(['“We will rebuild,”', '“It will take years.”']);
    expect(spansOf(text, b!)).toEqual(['the harbour']);
    expect(b!.kind).toBe('indirect');

    const adding = text.replace('speaking of the harbour', 'adding that the harbour was ruined');
    const mayor2 = attributionOver(adding, 'the mayor', 'said', '“We will rebuild,”', 'direct');
    const at2 = (s: string): [number, number] => [adding.indexOf(s), adding.indexOf(s) + s.length];
    const added = { ...attributionOver(adding, 'the mayor', 'adding', 'that the harbour was ruined'), id: 'a2', content: part(adding, [at2('that the harbour was ruined'), at2('“It will take years.”')]) };
    const [c, d] = joinContinuedQuotes(doc(adding), [mayor2, added]);
    expect(spansOf(adding, c!)).toEqual(['“We will rebuild,”']);
    expect(spansOf(adding, d!)).toEqual(['that the harbour was ruined', '“It will take years.”']);
  });

  it.each([
    // (the shipped tagger and rules alone give only the first quotation of each)
    [
      '“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus. “Donald Trump is a disgusting fraud. He started this silliness years ago.”',
      ['“This is a disgusting day,”', '“Donald Trump is a disgusting fraud. He started this silliness years ago.”'],
    ],
    // a participle after the reporting clause gives the quotation back
    [
      '“This is in their heads. This is in their consciousness,” said Caddell, speaking of Clinton’s health issue. “It is one of the things worrying them.”',
      ['“This is in their heads. This is in their consciousness,”', '“It is one of the things worrying them.”'],
    ],
    // another attribution in the frame ("referring to …") does not hold the quotation after it
    [
      '"We remain open to credible talks," he said, referring to the country\'s official name. "Sadly, the regime has made clear it would not be a credible partner."',
      ['"We remain open to credible talks,"', '"Sadly, the regime has made clear it would not be a credible partner."'],
    ],
  ])('runs in the default pipeline, with exact offsets: %s', (text, expected) => {
    const a = record(text).attributions.find((x) => x.cue.text === 'said');
    expect(a?.content.spans.map(([s, e]) => text.slice(s, e))).toEqual(expected);
    expect(a?.kind).toBe('direct');
  });
});
