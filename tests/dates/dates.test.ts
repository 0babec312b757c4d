import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newDoc, type Doc } from '../../src/pipeline/doc.ts';
import { segmentStage } from '../../src/segment/index.ts';
import { sentencesStage } from '../../src/sentences/index.ts';
import { DatesOptions, datesStage } from '../../src/dates/index.ts';
import type { DateExpr } from '../../src/schemas/index.ts';
import { DateExpr as DateExprSchema } from '../../src/schemas/index.ts';
import { durationValue } from '../../src/dates/grammar.ts';
import { isoWeek } from '../../src/dates/calendar.ts';

function run(text: string, publishedAt: string | null, options: Partial<DatesOptions> = {}): Doc {
  const article = {
    id: 't',
    title: null,
    publisher: null,
    url: null,
    publishedAt,
    language: 'en',
    sourcePath: 't.txt',
    sha256: '',
  };
  let doc = newDoc(article, text);
  doc = segmentStage.run(doc, segmentStage.options.parse({}));
  doc = sentencesStage.run(doc, sentencesStage.options.parse({}));
  return datesStage.run(doc, datesStage.options.parse(options));
}
const dates = (text: string, publishedAt: string | null = '2016-10-10', options: Partial<DatesOptions> = {}): DateExpr[] => [
  ...run(text, publishedAt, options).dates!,
];
const brief = (d: DateExpr): [string, string, string | null] => [d.text, d.type, d.value];

const seed000 = readFileSync('tests/fixtures/seeds/000_553696576d4a387f.txt', 'utf8');
const seed002 = readFileSync('tests/fixtures/seeds/002_0995e0179602f20a.txt', 'utf8');

// [sentence, publishedAt, expected (text, type, value) in text order]
type Row = [string, string | null, Array<[string, string, string | null]>];

const TABLE: Row[] = [
  // absolute dates
  [
    'That flight, from Baku to Grozny disappeared from radar over the Caspian Sea on December 25, 2024 but has now been located crashed near Aktau, Kazakhstan.',
    '2025-10-10',
    [['December 25, 2024', 'DATE', '2024-12-25']],
  ],
  ['Trump had a net loss of more than $915 million in 1995.', '2016-10-03', [['1995', 'DATE', '1995']]],
  // day parts of a day told elsewhere: CoreNLP's span (the noun), no anchor; "early"/"late" join it
  ['Trump took to Twitter overnight to accuse Clinton.', '2016-10-10', [['overnight', 'TIME', 'TNI']]],
  ["But it's not going to happen overnight.", '2016-10-10', []],
  ['Clinton says she was awake all night after the attacks.', '2016-10-10', [['night', 'TIME', 'TNI']]],
  ['Based on her actions that night, nobody can trust her.', '2016-10-10', [['night', 'TIME', 'TNI']]],
  ['By late afternoon, the banner had been removed.', '2016-10-10', [['late afternoon', 'TIME', 'TAF']]],
  ['Trump attacked Clinton in a speech earlier in the day.', '2016-10-10', [['the day', 'DATE', null]]],
  ['Trump called for a special prosecutor earlier in the week.', '2016-10-10', [['the week', 'DATE', null]]],
  ['The chant ricocheted through the arena throughout the week.', '2016-10-10', [['the week', 'DATE', null]]],
  ['Lopez spoke about the cancellation of his late night show.', '2016-10-10', []],
  ["He tweeted at three o'clock in the morning.", '2016-10-10', [["three o'clock", 'TIME', '2016-10-10T03:00']]],
  // British and Australian copy: the minutes after a stop
  ['Emergency services were called about 9.30pm.', '2016-10-10', [['9.30pm', 'TIME', '2016-10-10T21:30']]],
  ['The market closed at 5.45 p.m. on Monday.', '2016-10-10', [['5.45 p.m. on Monday', 'TIME', '2016-10-10T17:45']]],
  ['Shares rose 4.30 points.', '2016-10-10', []],
  ['Trump lost nearly $916 million in a single year.', '2016-10-10', [['year', 'DURATION', 'P1Y']]],
  ['She has held that advantage all month, Reuters reported.', '2016-10-10', [['month', 'DURATION', 'P1M']]],
  ['After devoting much of the summer to suburban voters, Clinton turned to cities.', '2016-10-10', [['summer', 'DATE', '2016-SU']]],
  // a day part or unit after "the", told by the story: no anchor ("the morning Mr. Obama unveiled …")
  ['The morning Mr. Obama unveiled the plan, protests began.', '2016-10-10', [['morning', 'TIME', 'TMO']]],
  ['Teachers hope the day of action sends a message.', '2016-10-10', [['the day', 'DATE', null]]],
  ['It was the corporate scandal of the year.', '2016-10-10', [['the year', 'DATE', null]]],
  ['He was born in the year 1946.', '2016-10-10', [['the year 1946', 'DATE', '1946']]],
  ['The day care centre closed.', '2016-10-10', []],
  ['The city lifted a midnight curfew.', '2016-10-10', [['midnight', 'TIME', 'T00:00']]],
  ['Midnight Run is a film.', '2016-10-10', []],
  ["O'Neill spoke on his first full day on the job.", '2016-10-10', [['first full day', 'DURATION', 'P1D']]],
  ['They were torn from their families day after day.', '2016-10-10', [['day after day', 'SET', 'P1D']]],
  ['Looking ahead to the fall, the campaign hired staff.', '2016-06-10', [['fall', 'DATE', '2016-FA']]],
  ['The fall in oil prices hurt Texas.', '2016-10-10', []],
  // a holiday close ahead, in a sentence with no past verb, is the coming one
  ['Clinton is raising money as Election Day grows near.', '2016-09-21', [['Election Day', 'DATE', '2016-11-08']]],
  // …and so is a day of a month ("states that vote on March 1") or a month; in a sentence with a past form,
  // only within 30 days ("The debate came 15 days before the Iowa caucuses on Feb. 1"); never one just gone,
  ['The vote is on Dec. 25.', '2016-12-23', [['Dec. 25', 'DATE', '2016-12-25']]],
  ['The two states hold primaries on March 1.', '2016-02-20', [['March 1', 'DATE', '2016-03-01']]],
  ['Dec. 20 is the anniversary of the vote.', '2016-12-23', [['Dec. 20', 'DATE', '2016-12-20']]],
  ['Obama and Biden campaign for Clinton in September.', '2016-08-26', [['September', 'DATE', '2016-09']]],
  ['The debate came 15 days before the Iowa caucuses on Feb. 1.', '2016-01-18', [['15 days before', 'DATE', '2016-01-17'], ['Feb. 1', 'DATE', '2016-02-01']]],
  ['Their most recent debate was held the Saturday before Christmas.', '2015-12-23', [['Saturday', 'DATE', '2015-12-19'], ['Christmas', 'DATE', '2015-12-25']]],
  ['Cruz announced his candidacy in March at Liberty University.', '2016-01-12', [['March', 'DATE', '2015-03']]],
  // but never one that "since" or a past verb and its preposition put behind
  ['Families gathered on Christmas Day to mourn.', '2024-12-10', [['Christmas Day', 'DATE', '2023-12-25']]],
  ['Unemployment peaked in January and the company was founded on Jan. 5.', '2016-12-15', [['January', 'DATE', '2016-01'], ['Jan. 5', 'DATE', '2016-01-05']]],
  ['Bevin was elected in November.', '2016-10-20', [['November', 'DATE', '2015-11']]],
  ['Prices are up 4 percent since January.', '2016-12-15', [['January', 'DATE', '2016-01']]],
  // (a plan's participle, or one after a present "be", looks ahead)
  ['A decision is expected in mid-May in the voter ID challenge.', '2016-04-15', [['mid-May', 'DATE', '2016-05']]],
  ['About 70% of the ads reserved in December were placed by super PACs.', '2015-11-27', [['December', 'DATE', '2015-12']]],
  // not further: at 120 days 11 more PolNeAR values moved, 2 of them wrongly (this one, a run announced "in April")
  ['Guns are an emotional issue after the church massacre in June.', '2016-02-25', [['June', 'DATE', '2015-06']]],
  ['The budget passed in 2024 after a long fight.', '2025-01-15', [['2024', 'DATE', '2024']]],
  ['Sales peaked in December 2024.', '2025-03-01', [['December 2024', 'DATE', '2024-12']]],
  ['Crime fell sharply in the 1990s.', '2016-10-10', [['the 1990s', 'DATE', '199X']]],
  ['The poll was conducted Sept. 28 to Oct. 2.', '2016-10-10', [['Sept. 28 to Oct. 2', 'DATE', '2016-09-28']]],
  // past-biased resolution against the publication date
  ['On Thursday, the Kremlin said the plane was hit.', '2024-12-30', [['Thursday', 'DATE', '2024-12-26']]],
  ['Clinton spoke in Ohio on Friday.', '2016-10-10', [['Friday', 'DATE', '2016-10-07']]],
  ['The president spoke on Monday.', '2016-10-10', [['Monday', 'DATE', '2016-10-10']]],
  ['Trump tweeted Tuesday night about the debate.', '2016-10-10', [['Tuesday night', 'TIME', '2016-10-04TNI']]],
  ['Families gathered on Christmas Day to mourn.', '2024-12-30', [['Christmas Day', 'DATE', '2024-12-25']]],
  ['Clinton attended the Sept. 11 memorial service.', '2016-10-10', [['Sept. 11', 'DATE', '2016-09-11']]],
  ['The Senate will vote on Nov. 8.', '2016-10-10', [['Nov. 8', 'DATE', '2016-11-08']]],
  // a date after a past participle is past whatever the main verb: a reduced relative, a past passive
  ['Groups warned that tax rises announced in October will push up prices.', '2025-01-06', [['October', 'DATE', '2024-10']]],
  ['The law, passed in November, will take effect soon.', '2025-03-03', [['November', 'DATE', '2024-11']]],
  ['The plan was approved in November and will start in April.', '2025-03-03', [['November', 'DATE', '2024-11'], ['April', 'DATE', '2025-04']]],
  ['The summit will be held in October.', '2025-03-03', [['October', 'DATE', '2025-10']]],
  ['Passed in November, the law will take effect soon.', '2025-03-03', [['November', 'DATE', '2024-11']]],
  // a participle that looks ahead, a form of "get", a word in -ed that is no participle, "due in part"
  ['A strike planned in October will disrupt flights.', '2025-03-03', [['October', 'DATE', '2025-10']]],
  ['The couple will get married in June.', '2025-03-03', [['June', 'DATE', '2025-06']]],
  ['Several hundred in October will lose their jobs.', '2025-03-03', [['October', 'DATE', '2025-10']]],
  ['The increase is due in part to higher food prices in January.', '2025-03-03', [['January', 'DATE', '2025-01']]],
  ['The next policy announcement is due on February 6.', '2025-01-06', [['February 6', 'DATE', '2025-02-06']]],
  // reported speech looks ahead with "would"
  ['Officials said applications would open in March.', '2025-02-20', [['March', 'DATE', '2025-03']]],
  ['Officials met last week to discuss the crash.', '2024-12-23', [['last week', 'DATE', '2024-W51']]],
  ['The White House said yesterday that it would respond.', '2016-10-10', [['yesterday', 'DATE', '2016-10-09']]],
  ['Unemployment rose last month.', '2016-10-10', [['last month', 'DATE', '2016-09']]],
  ['The report is due early next month.', '2016-10-10', [['early next month', 'DATE', '2016-11']]],
  ['This year has been hard for the party.', '2016-10-10', [['This year', 'DATE', '2016']]],
  ['Two years ago, the party lost the Senate.', '2016-10-10', [['Two years ago', 'DATE', '2014-10']]],
  ['She held a rally this morning and another at 3 p.m. Friday.', '2016-10-10', [
    ['this morning', 'TIME', '2016-10-10TMO'],
    ['3 p.m. Friday', 'TIME', '2016-10-07T15:00'],
  ]],
  ['The debate on Sunday, Sept. 11, 2016 drew a crowd.', '2016-10-10', [['Sunday, Sept. 11, 2016', 'DATE', '2016-09-11']]],
  ['It happened on June 16th of last year.', '2016-10-10', [['June 16th of last year', 'DATE', '2015-06-16']]],
  ['“I think the plan should be developed by 6 o’clock this afternoon.”', '2016-09-12', [['6 o’clock this afternoon', 'TIME', '2016-09-12T18:00']]],
  ['She left the memorial on September 11th earlier than scheduled.', '2016-09-15', [['September 11th', 'DATE', '2016-09-11']]],
  ['By Jan. 18, 10 days after the New Hampshire primary, he led.', '2016-01-20', [
    ['Jan. 18', 'DATE', '2016-01-18'],
    ['10 days after', 'DATE', null],
  ]],
  ['Four years after the 2012 election, the party is split.', '2016-10-10', [
    ['Four years after', 'DATE', '2016'],
    ['2012', 'DATE', '2012'],
  ]],
  // durations and sets
  ['He served two years in prison and three days in jail.', '2016-10-10', [
    ['two years', 'DURATION', 'P2Y'],
    ['three days', 'DURATION', 'P3D'],
  ]],
  ['The talks lasted a month, then 48 hours more.', '2016-10-10', [
    ['a month', 'DURATION', 'P1M'],
    ['48 hours', 'DURATION', 'PT48H'],
  ]],
  ['The feud has gone on for decades.', '2016-10-10', [['decades', 'DURATION', 'PXY']]],
  ['During his seven and a half years in office, he signed it.', '2016-10-10', [['seven and a half years', 'DURATION', 'P7Y6M']]],
  ['The group meets every year, publishes annually and posts weekly.', '2016-10-10', [
    ['every year', 'SET', 'P1Y'],
    ['annually', 'SET', 'P1Y'],
    ['weekly', 'SET', 'P1W'],
  ]],
  ['Workers making less than $47,000 per year would get overtime.', '2016-10-10', [['per year', 'SET', 'P1Y']]],
  // relative to an event
  [
    'The plane crashed on December 25, 2024. Days after the incident, the Kremlin admitted that air defenses were active.',
    '2024-12-30',
    [
      ['December 25, 2024', 'DATE', '2024-12-25'],
      // 2–6 days after 2024-12-25 all fall in December 2024: the approximate value is the month
      ['Days after the incident', 'DATE', '2024-12'],
    ],
  ],
  [
    'The crash killed 38 people on December 25, 2024. Two days later, the Kremlin spoke.',
    '2024-12-30',
    [
      ['December 25, 2024', 'DATE', '2024-12-25'],
      ['Two days later', 'DATE', '2024-12-27'],
    ],
  ],
  [
    'Days after Clinton tapped Kaine as her running mate, he spoke in Miami.',
    '2016-10-10',
    [['Days after', 'DATE', null]],
  ],
  // "the weekend": the last one, or after "at", "by", "until" in a sentence about the future the coming one (Friday 2025-01-10)
  ['Protests took place over the weekend.', '2025-01-10', [['the weekend', 'DATE', '2025-W01-WE']]],
  ['The talks will resume at the weekend.', '2025-01-10', [['the weekend', 'DATE', '2025-W02-WE']]],
  ['Engineers are expected to finish the repairs by the weekend.', '2025-01-10', [['the weekend', 'DATE', '2025-W02-WE']]],
  ['Republicans expressed optimism over the weekend that the attack would change the race.', '2025-01-10', [['the weekend', 'DATE', '2025-W01-WE']]],
  ['Police said the attack on the weekend will be investigated by a special unit.', '2025-01-08', [['the weekend', 'DATE', '2025-W01-WE']]],
  // "since" and "said in" look back whatever future the sentence speaks of
  ['Saka, who has been out with a hamstring injury since December, is expected to return in March.', '2025-01-02', [['December', 'DATE', '2024-12'], ['March', 'DATE', '2025-03']]],
  ['"I will never eat them again," Trump said in August.', '2016-05-18', [['August', 'DATE', '2015-08']]],
  ['The couple, who got married in June, will move to Paris next year.', '2025-01-02', [['June', 'DATE', '2024-06'], ['next year', 'DATE', '2026']]],
  // not dates
  ['Russian President Vladimir Putin now admits to some degree of responsibility for the crash.', '2025-10-10', []],
  ['Russian Air Defense Error Blamed for 38 Lives Lost', '2025-10-10', []],
  ['Initial reports stated that the plane might have crashed, or that it may have crashed due to poor visibility.', '2025-10-10', []],
  ['Fragments of a Russian Pantsir-S missile were found; two missiles exploded near the IL-76 and an F-16.', '2025-10-10', []],
  ['Will Smith joined a march in the Sun Belt.', '2016-10-10', []],
  ['Trump needs 270 electoral votes; 38 percent of voters and $2,016 in donations.', '2016-10-10', []],
  ['One of them said the 2000 people were late.', '2016-10-10', []],
  ['Theresa May said the Daily Caller was wrong.', '2016-10-10', []],
];

describe('dates stage: table of real sentences', () => {
  it.each(TABLE)('%s', (text, publishedAt, expected) => {
    expect(dates(text, publishedAt).map(brief)).toEqual(expected);
  });
});

describe('dates stage: seed articles', () => {
  it('000: "Nearly a year after" resolves on the crash date stated in the next sentence', () => {
    const ds = dates(seed000, '2025-10-10');
    expect(ds[0]).toMatchObject({ text: 'Nearly a year after', type: 'DATE', value: '2025-12', anchor: 'event' });
    const crash = ds.filter((d) => d.text === 'December 25, 2024');
    expect(crash).toHaveLength(2);
    for (const d of crash) expect(d).toMatchObject({ type: 'DATE', value: '2024-12-25', anchor: 'absolute' });
    expect(ds.map((d) => d.text)).not.toContain('now');
    expect(ds.map((d) => d.text).some((t) => /38|IL-76|Pantsir/u.test(t))).toBe(false);
  });

  it('002: "Days after the incident" has no date to hang on: value null', () => {
    const ds = dates(seed002, '2024-12-28');
    expect(ds.map((d) => [d.text, d.type, d.value, d.anchor])).toEqual([['Days after the incident', 'DATE', null, 'none']]);
  });
});

describe('dates stage: resolution rules', () => {
  it('a weekday never resolves into the future', () => {
    const monday = '2016-10-10';
    for (const wd of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']) {
      const [d] = dates(`The senator spoke on ${wd}.`, monday);
      expect(d!.value! <= monday).toBe(true);
      expect(d!.anchor).toBe('publishedAt');
    }
    // …unless the text says "next"
    expect(dates('He will speak next Friday.', monday).map(brief)).toEqual([['next Friday', 'DATE', '2016-10-21']]);
  });

  it('without a publication date, relative expressions have no value', () => {
    expect(dates('The White House said yesterday that it would respond last week.', null).map((d) => [d.text, d.value, d.anchor])).toEqual([
      ['yesterday', null, 'none'],
      ['last week', null, 'none'],
    ]);
    // absolute dates and durations do not need one
    expect(dates('It crashed on December 25, 2024, after two hours.', null).map((d) => [d.value, d.anchor])).toEqual([
      ['2024-12-25', 'absolute'],
      ['PT2H', 'none'],
    ]);
    // a weekday alone stays underspecified
    expect(dates('He spoke on Friday.', null).map((d) => d.value)).toEqual(['XXXX-WXX-5']);
  });

  it('options: ages and event anchors can be switched off', () => {
    expect(dates('A 40-year-old man was arrested.').map(brief)).toEqual([['40-year-old', 'DURATION', 'P40Y']]);
    expect(dates('A 40-year-old man was arrested.', '2016-10-10', { ages: false })).toEqual([]);
    const off = dates('It crashed on December 25, 2024. Two days later, the Kremlin spoke.', '2024-12-30', { eventAnchors: false });
    expect(off[1]).toMatchObject({ text: 'Two days later', value: null, anchor: 'none' });
    expect(() => DatesOptions.parse({ nope: true })).toThrow();
    // a weekday in a sentence about the future stays in the past, unless asked otherwise
    const text = 'Clinton will travel to Florida on Friday.';
    expect(dates(text, '2016-09-28').map((d) => d.value)).toEqual(['2016-09-23']);
    expect(dates(text, '2016-09-28', { futureWeekdays: true }).map((d) => d.value)).toEqual(['2016-09-30']);
    // month-days follow the future cue unless it is switched off (one within 60 days is the coming one either way)
    expect(dates('The Senate will vote on Dec. 20.', '2016-10-10').map((d) => d.value)).toEqual(['2016-12-20']);
    expect(dates('The Senate will vote on Dec. 20.', '2016-10-10', { futureCues: false }).map((d) => d.value)).toEqual(['2015-12-20']);
    expect(dates('The Senate will vote on Nov. 8.', '2016-10-10', { futureCues: false }).map((d) => d.value)).toEqual(['2016-11-08']);
  });

  it('ISO weeks and duration values', () => {
    expect(isoWeek({ y: 2024, m: 12, d: 30 })).toEqual({ year: 2025, week: 1 });
    expect(isoWeek({ y: 2016, m: 1, d: 3 })).toEqual({ year: 2015, week: 53 });
    expect(durationValue('hour', 1.5)).toBe('PT1H30M');
    expect(durationValue('year', 1.5)).toBe('P1Y6M');
    expect(durationValue('decade', 2)).toBe('P20Y');
    expect(durationValue('day', undefined)).toBe('PXD');
  });
});

describe('dates stage: spans', () => {
  it('every span is the slice it claims, ids run d1, d2, … in text order, records validate', () => {
    for (const [text, pub] of [[seed000, '2025-10-10'], [seed002, '2024-12-28'], ...TABLE.map(([t, p]) => [t, p] as const)] as const) {
      const doc = run(text, pub);
      let last = -1;
      doc.dates!.forEach((d, k) => {
        expect(doc.text.slice(d.start, d.end)).toBe(d.text);
        expect(d.id).toBe(`d${k + 1}`);
        expect(d.start).toBeGreaterThanOrEqual(last);
        last = d.end;
        expect(() => DateExprSchema.parse(d)).not.toThrow();
      });
    }
  });

  it('holds on random mixes of date-like words (property)', () => {
    const words = [
      'on', 'Friday', 'night', 'December', '25,', '2024', 'in', 'the', '1990s', 'two', 'years', 'ago', 'after', 'incident', 'May',
      'may', 'last', 'week', 'every', 'year', '3', 'p.m.', 'Sept.', '11', 'Christmas', 'Day', 'early', 'next', 'month', 'days',
      '—', '.', ',', '\n', '48', 'hours', 'annually', 'since', '1995', "'80s", 'tonight', 'Tuesday', 'morning',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 40 }), fc.constantFrom('2016-10-10', '2024-12-30', null), (ws, pub) => {
        const text = ws.join(' ');
        const doc = run(text, pub);
        let last = 0;
        for (const d of doc.dates!) {
          if (doc.text.slice(d.start, d.end) !== d.text || d.start < last || d.end <= d.start) return false;
          last = d.end;
        }
        return true;
      }),
      { numRuns: 200 },
    );
  });
});
