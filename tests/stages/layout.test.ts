import { describe, expect, it } from 'vitest';
import { record } from '../helpers.ts';
import { datelineOf } from '../../src/attributions/layout.ts';

describe('layout before a content: datelines and list markers', () => {
  it.each([
    ['MOSCOW (Reuters) — Russia’s air defence was active.', 'MOSCOW (Reuters) — '],
    ['BEDFORD, N.H. (AP) — Marco Rubio’s uneven debate performance drew notice.', 'BEDFORD, N.H. (AP) — '],
    ['PORTLAND, Ore. - Peter Santilli was arrested.', 'PORTLAND, Ore. - '],
    ['MEXICO CITY - The rise of Donald Trump worries officials.', 'MEXICO CITY - '],
    ['WASHINGTON --  A six-year trend will end this year.', 'WASHINGTON --  '],
    // Reuters: the date after the place, two places
    ['BAKU, Jan 9 (Reuters) - A majority of Azerbaijanis blame Russia.', 'BAKU, Jan 9 (Reuters) - '],
    ['BAKU/MOSCOW, Dec 26 (Reuters) - A Russian air defence system downed the plane.', 'BAKU/MOSCOW, Dec 26 (Reuters) - '],
    // after a title and a byline
    ['Plane crash kills 38\n\nBy Jane Doe\n\nAKTAU, Kazakhstan (AP) — The plane broke apart on landing.', 'AKTAU, Kazakhstan (AP) — '],
  ])('finds the dateline of %j', (text, dateline) => {
    const found = datelineOf(text);
    expect(found && text.slice(found[0], found[1])).toBe(dateline);
  });

  it.each([
    ['The plane — an Embraer 190 — broke apart.'],
    ['NATO said the plane was shot down.'],
    ['A — the first option — was chosen.'],
    ['AND/OR, 2 - 1 was the score.'],
    ['One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nSix.\n\nMOSCOW (Reuters) — Too late in the article to be a dateline.'],
  ])('finds none in %j', (text) => {
    expect(datelineOf(text)).toBeNull();
  });

  it('leaves the dateline out of a content that runs back to the paragraph start', () => {
    const text = 'MOSCOW (Reuters) — Russia’s air defence systems were repelling drone attacks near Grozny, the Kremlin said.';
    const [a] = record(text).attributions;
    expect(a!.content.text).toBe('Russia’s air defence systems were repelling drone attacks near Grozny');
    expect(text.slice(a!.content.spans[0]![0], a!.content.spans[0]![1])).toBe(a!.content.text);
    const [rules] = record(text, { stages: ['segment', 'sentences', 'entities', 'attributions'] }).attributions;
    expect(rules!.content.text).toBe('Russia’s air defence systems were repelling drone attacks near Grozny');
  });

  it('leaves a list marker out of a content on a list line', () => {
    const text = 'What we know so far:\n\n- 38 people were killed and 29 survived, according to Kazakh authorities.\n- The plane had been diverted from Grozny.';
    const found = record(text).attributions.map((a) => [a.source?.text, a.content.text, text.slice(a.content.spans[0]![0], a.content.spans[0]![1])]);
    expect(found).toContainEqual(['Kazakh authorities', '38 people were killed and 29 survived', '38 people were killed and 29 survived']);
  });
});
