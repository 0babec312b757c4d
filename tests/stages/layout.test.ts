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
    ['BELEM, Brazil, Nov 19 (Reuters) - Climate talks ran into the early hours.', 'BELEM, Brazil, Nov 19 (Reuters) - '],
    // after a title and a byline
    ['Plane crash kills 38\n\nBy Jane Doe\n\nAKTAU, Kazakhstan (AP) — The plane broke apart on landing.', 'AKTAU, Kazakhstan (AP) — '],
    // South Asian wires: a place in title case, its date and the agency, no dash
    ['Mumbai, July 8 (PTI) Incessant rain battered Mumbai for the second day on Monday, officials said.', 'Mumbai, July 8 (PTI) '],
    ['Chennai, 8 July (IANS): The state government announced relief for farmers on Monday.', 'Chennai, 8 July (IANS): '],
    // a place and a colon before the story's first sentence, after a title that has a colon of its own
    ['Nipah virus: Kerala confirms second death\n\nThiruvananthapuram: Kerala Health Minister Veena George on Wednesday confirmed a second death.', 'Thiruvananthapuram: '],
    ['DUBAI: The UAE Cabinet on Wednesday approved amendments to its residency rules, the state news agency WAM reported.', 'DUBAI: '],
    ['Court refuses stay\n\nNew Delhi: The Supreme Court on Friday declined to stay the ongoing demolition drive in north Delhi.', 'New Delhi: '],
    // press releases: the date with its year and the wire between slashes or brackets, or the wire between dashes
    ['BOSTON, June 12, 2025 /PRNewswire/ -- Helix Therapeutics, Inc. today announced results.', 'BOSTON, June 12, 2025 /PRNewswire/ -- '],
    ['CAMBRIDGE, Mass., June 12, 2025 /PRNewswire/ -- Acme Inc. today announced results.', 'CAMBRIDGE, Mass., June 12, 2025 /PRNewswire/ -- '],
    ['TORONTO, Jan. 5, 2026 (GLOBE NEWSWIRE) -- Acme Inc. said revenue rose.', 'TORONTO, Jan. 5, 2026 (GLOBE NEWSWIRE) -- '],
    ['SAN DIEGO--(BUSINESS WIRE)--Acme Inc. today announced results.', 'SAN DIEGO--(BUSINESS WIRE)--'],
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
    // a speaker's line: a person the word lists know, a transcript's turns, a title's topic, a headline
    ['Sanders: Clinton is not qualified to be president of the United States, he told the crowd.'],
    ['WALLACE: Let us start with the economy and the plans you have for it tonight.\n\nTRUMP: We are going to bring jobs back to this country, believe me.'],
    ['Poll: Wealthy Voters Abandon Republican Party for Hillary Clinton in Large Numbers.'],
    ['Macron: Europe must wake up'],
    // on the first line a place only the word lists know: a title's speaker otherwise
    ['Trump: Clinton should have congratulated me for making history in this election.'],
    ['Milbank: Republicans ‘Waving The Flag Of Surrender’ To Trump And His Many Supporters.'],
    ['Quake jolts Nepal\n\nDr. Ben Carson: Hillary Clinton is not fit to serve as president of the United States.'],
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

  it('leaves a press release’s dateline out of a source a repair ran back to the story’s start', () => {
    const text = 'BOSTON, June 12, 2025 /PRNewswire/ -- Helix Therapeutics, Inc. (NASDAQ: HLXT), a clinical-stage biopharmaceutical company, today announced that its Phase 3 trial met its primary endpoint.';
    expect(record(text).attributions.map((a) => [a.source?.text, a.cue.text])).toEqual([['Helix Therapeutics, Inc. (NASDAQ: HLXT), a clinical-stage biopharmaceutical company,', 'announced']]);
  });

  it.each([
    ['Quake jolts Nepal\n\nKATHMANDU: A strong earthquake struck western Nepal on Tuesday afternoon, killing at least nine people, officials said.', 'officials', 'said', 'A strong earthquake struck western Nepal on Tuesday afternoon, killing at least nine people'],
    ['Visa rules eased\n\nDUBAI: The UAE Cabinet on Wednesday approved amendments to its residency rules, the state news agency WAM reported.', 'the state news agency WAM', 'reported', 'The UAE Cabinet on Wednesday approved amendments to its residency rules'],
  ])('reads a colon dateline as no speaker, and leaves it out of the content: %s', (text, source, cue, content) => {
    expect(record(text).attributions.map((a) => [a.source?.text, a.cue.text, a.content.text])).toEqual([[source, cue, content]]);
  });

  it.each([
    // a speaker's line on the second line: first person, no day
    ['Delhi polls\nKejriwal: We will give free electricity to every household in Delhi if we are re-elected.', 'Kejriwal'],
    ['Debate night\nModerator: Senator, what would you say to the voters who feel left behind tonight?', 'Moderator'],
  ])('reads a speaker\'s line, not a dateline: %s', (text, speaker) => {
    expect(datelineOf(text)).toBeNull();
    expect(record(text).attributions.map((a) => [a.source?.text, a.cue.text])).toEqual([[speaker, ':']]);
  });

  it.each([
    // "US" is no first person; a "we" the lede quotes is not its own
    ['Nepal power deal\nKATHMANDU: Nepal and the US signed a power trade agreement on Wednesday, officials said.\n', 'KATHMANDU: '],
    ['Nipah alert\nKozhikode: The district collector on Monday ordered all schools shut for a week, saying “we cannot take any risks.”\n', 'Kozhikode: '],
  ])('finds the colon dateline of a third-person lede: %j', (text, dateline) => {
    const found = datelineOf(text);
    expect(found && text.slice(found[0], found[1])).toBe(dateline);
  });

  it('finds a colon dateline in an article whose paragraphs report with colons', () => {
    const text = 'Kerala floods\nThiruvananthapuram: The Kerala government on Monday sanctioned Rs 500 crore for the relief of flood victims.\nThe chief minister said: “We will rebuild every house that was lost.”\n';
    const found = datelineOf(text);
    expect(found && text.slice(found[0], found[1])).toBe('Thiruvananthapuram: ');
  });

  it('still reads a transcript turn as its speaker\'s', () => {
    const text = 'WALLACE: Let us start with the economy and the plans you have for it tonight.\n\nCLINTON: We are going to bring jobs back to this country, believe me.';
    expect(record(text).attributions.map((a) => [a.source?.text, a.cue.text])).toEqual([['WALLACE', ':'], ['CLINTON', ':']]);
  });

  it('leaves a list marker out of a content on a list line', () => {
    const text = 'What we know so far:\n\n- 38 people were killed and 29 survived, according to Kazakh authorities.\n- The plane had been diverted from Grozny.';
    const found = record(text).attributions.map((a) => [a.source?.text, a.content.text, text.slice(a.content.spans[0]![0], a.content.spans[0]![1])]);
    expect(found).toContainEqual(['Kazakh authorities', '38 people were killed and 29 survived', '38 people were killed and 29 survived']);
  });
});
