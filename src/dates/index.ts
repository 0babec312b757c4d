// Stage: temporal expressions (TIMEX3-style DATE, TIME, DURATION, SET) with ISO
// values resolved against the publication date (doc.article.publishedAt).
//
// Per sentence: a cheap pre-filter, then candidates from chrono-node (month-name,
// slash and ISO dates; chrono.ts) and from the grammar (grammar.ts); overlaps go
// to the longest; neighbours merge and take in modifiers (compose.ts); values
// come from resolve.ts. Offsets are mapped back into the full text.
//
// Resolution (anchor):
// - absolute: the text states the year ("December 25, 2024", "in 2024", "the 1990s").
// - publishedAt: resolved against the publication date. News is past tense: a bare
//   weekday never resolves into the future ("Friday" on Monday 2016-10-10 →
//   2016-10-07; same day allowed); a month, month-day, holiday, season or quarter
//   without a year goes to its latest occurrence on or before the publication date,
//   or to the next one when the sentence carries a future cue ("will", "is
//   scheduled to", …; option futureCues) or is a month, month-day or holiday at
//   most 60 days ahead, 30 in a sentence with a past form ("states that vote on
//   March 1", "The debate came 15 days before the Iowa caucuses on Feb. 1"), and
//   not after "since" or a past verb and its preposition ("peaked in January").
//   "last/this/next" are explicit. "last week" → ISO week, "last month" → YYYY-MM, "this year" → YYYY; "two years ago"
//   → YYYY-MM (a year or two keeps the month; three or more → YYYY).
// - event: "X after/before <event>", "X later/earlier", "the next day": against a
//   date written inside the event phrase ("a year after the 2012 election"), else
//   the most recent absolute date before it with enough precision, else the first
//   absolute full date of the article (the seed's "Nearly a year after an aircraft
//   accident" precedes "December 25, 2024"). "X after <clause>" ("days after
//   Clinton tapped Kaine") has no anchor. Hedges are not subtracted: "nearly a
//   year after 2024-12-25" → "2025-12".
// - none: durations and sets (value P2Y, P1W, …), underspecified values without a
//   publication date (XXXX-WXX-5, XXXX-09-11), and value null when nothing can be
//   resolved (a relative date without publishedAt, an event phrase without anchor).
//
// Choices worth knowing:
// - "now", "currently", "recently", "the past", "the future", "once" are not
//   dates: they name no calendar position and carry no value.
// - A vague count ("days after", "a few weeks ago") stands for a window (2–6 days);
//   its value is the finest calendar unit both ends share (2–6 days after
//   2024-12-25 → "2024-12"), or null when they fall in different years.
// - A time of day alone ("at 3 p.m.") is taken to be on the publication day.
// - Ranges: "Sept. 28 to Oct. 2" is one DATE valued by its start; "from 2011 to
//   2016" gives two DATEs.
import { z } from 'zod';
import type { DateExpr } from '../schemas/index.ts';
import { defineStage } from '../pipeline/stage.ts';
import { analysisText, need } from '../pipeline/doc.ts';
import { chronoAtoms } from './chrono.ts';
import { compose, select } from './compose.ts';
import { grammarAtoms } from './grammar.ts';
import { AFTER_PAST_PARTICIPLE, BEHIND_BEFORE, FUTURE_CUE, PAST_FORM } from './lexicon.ts';
import { parseIsoDate, type Granularity, type Ymd } from './calendar.ts';
import {
  anchorPrecision,
  applyOffset,
  atLeast,
  resolveCal,
  resolveRefOffset,
  type Ctx,
  type Resolved,
} from './resolve.ts';
import type { Atom, OffsetSem, Sem } from './sem.ts';

export const DatesOptions = z
  .object({
    /** Ages ("a 40-year-old man", "80 years old") are TIMEX3 durations (P40Y); false drops them. */
    ages: z.boolean().default(true),
    /**
     * Let "will"/"is scheduled to"/… send a month, month-day, holiday or season to its next occurrence.
     * (A month, month-day or holiday at most 60 days ahead, 30 in a sentence with a past form, is the coming one either way.)
     */
    futureCues: z.boolean().default(true),
    /** Resolve "X after the <event>", "X later" against dates in the article. */
    eventAnchors: z.boolean().default(true),
    /**
     * Let future cues move a bare weekday forward too ("will travel to Florida Friday"). Off by
     * default: in news a bare weekday is nearly always past, and then it never resolves into the future.
     */
    futureWeekdays: z.boolean().default(false),
  })
  .strict();
export type DatesOptions = z.infer<typeof DatesOptions>;

/** Sentences without any of these cannot hold a date: skip them cheaply (tested on the lower-cased text: /i is slow). */
const PREFILTER =
  /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|year|month|week|day|hour|minute|second|decade|centur|millenni|fortnight|annual|yearly|daily|nightly|hourly|quarter|spring|summer|fall|autumn|winter|morning|afternoon|evening|night|overnight|noon|midday|midnight|christmas|thanksgiving|easter|halloween|valentine|juneteenth|independence|election|inauguration|labor|memorial|veterans|columbus|mother|father|new year|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|o['’]clock)/;

function typeOf(sem: Sem): DateExpr['type'] {
  switch (sem.kind) {
    case 'dur':
      return 'DURATION';
    case 'set':
      return 'SET';
    case 'offset':
      return sem.tod ? 'TIME' : 'DATE';
    case 'cal':
      return sem.clock !== undefined || sem.tod !== undefined ? 'TIME' : 'DATE';
  }
}

interface Found {
  start: number;
  end: number;
  sem: Sem;
  resolved: Resolved;
  sentenceEnd: number;
  /** In a heading or prose line (not "ALSO READ: …" furniture): may anchor an event phrase. */
  canAnchor: boolean;
}

/** Atoms of one sentence (sentence-relative offsets). */
export function sentenceAtoms(text: string, refYear: number | undefined, opts: DatesOptions): Atom[] {
  if (!PREFILTER.test(text.toLowerCase())) return [];
  let atoms = [...chronoAtoms(text), ...grammarAtoms(text, { ages: opts.ages, refYear })];
  if (atoms.length === 0) return [];
  // markup left in the text (`<tweet … datetime="2015-12-02">`): attribute values are no prose
  if (text.includes('<')) atoms = atoms.filter((a) => !insideTag(text, a.start));
  return compose(text, select(atoms));
}

function insideTag(text: string, i: number): boolean {
  const open = text.lastIndexOf('<', i);
  return open >= 0 && text.lastIndexOf('>', i - 1) < open && /^<\/?[A-Za-z][\w-]*(?:\s|>)/u.test(text.slice(open, open + 40));
}

function resolveEvents(found: Found[]): void {
  const absolute = (f: Found): boolean =>
    f.canAnchor && f.resolved.anchor === 'absolute' && f.resolved.date !== undefined && f.resolved.date.gran !== 'week';
  for (let k = 0; k < found.length; k++) {
    const f = found[k]!;
    if (f.sem.kind !== 'offset' || f.sem.base !== 'event') continue;
    const o: OffsetSem = f.sem;
    const need: Granularity = anchorPrecision(o.unit);
    let anchor: { ymd: Ymd; gran: Granularity } | undefined;
    // 1. a date inside the event phrase: "a day after Christmas", "a year after the 2012 election"
    if (o.eventFrom !== undefined) {
      const inside = found.find(
        (g) =>
          g !== f &&
          g.start >= o.eventFrom! &&
          g.start <= o.eventFrom! + 40 &&
          g.end <= f.sentenceEnd &&
          g.sem.kind === 'cal' &&
          g.resolved.date !== undefined &&
          g.resolved.date.gran !== 'week',
      );
      if (inside) anchor = inside.resolved.date;
    }
    // 2. the most recent absolute date before it, else the first one of the article
    if (!anchor && !o.noEvent) {
      for (let j = k - 1; j >= 0 && !anchor; j--) {
        const g = found[j]!;
        if (absolute(g) && atLeast(g.resolved.date!.gran, need)) anchor = g.resolved.date;
      }
      if (!anchor) {
        const first = found.find((g) => absolute(g) && g.resolved.date!.gran === 'day');
        if (first && first.start > f.start) anchor = first.resolved.date;
      }
    }
    f.resolved = anchor ? applyOffset(anchor.ymd, anchor.gran, o, 'event') : { value: null, anchor: 'none' };
  }
}

export const datesStage = defineStage({
  name: 'dates',
  requires: ['sentences'],
  assigns: ['dates'],
  options: DatesOptions,
  run(doc, opts) {
    const sentences = need(doc, 'sentences', 'dates');
    const ref = parseIsoDate(doc.article.publishedAt);
    const found: Found[] = [];
    // read in the segment stage's reading (tags and entities of an HTML body, Markdown marks, as it reads them); spans from the text
    const reading = analysisText(doc);
    for (const sent of sentences) {
      const sText = reading.slice(sent.start, sent.end);
      const atoms = sentenceAtoms(sText, ref?.y, opts);
      if (atoms.length === 0) continue;
      const future = opts.futureCues && FUTURE_CUE.test(sText);
      const ctx: Ctx = { ref, future, futureWeekdays: future && opts.futureWeekdays, past: PAST_FORM.test(sText) };
      const pastCtx: Ctx = { ...ctx, future: false, futureWeekdays: false };
      for (const a of atoms) {
        const before = sText.slice(Math.max(0, a.start - 60), a.start);
        // ("since" or a past verb and its preposition look back whatever the sentence's future: "who has been out since December, is expected to return")
        const atCtx = future && AFTER_PAST_PARTICIPLE.test(before) ? pastCtx : BEHIND_BEFORE.test(before) ? { ...pastCtx, behind: true } : ctx;
        const sem: Sem =
          a.sem.kind === 'offset' && a.sem.eventFrom !== undefined ? { ...a.sem, eventFrom: a.sem.eventFrom + sent.start } : a.sem;
        let resolved: Resolved;
        switch (sem.kind) {
          case 'cal':
            resolved = resolveCal(sem, atCtx);
            break;
          case 'dur':
          case 'set':
            resolved = { value: sem.value, anchor: 'none' };
            break;
          case 'offset':
            resolved = sem.base === 'ref' ? resolveRefOffset(sem, atCtx) : { value: null, anchor: 'none' };
            break;
        }
        found.push({
          start: sent.start + a.start,
          end: sent.start + a.end,
          sem,
          resolved,
          sentenceEnd: sent.end,
          canAnchor: sent.kind !== 'boilerplate',
        });
      }
    }
    found.sort((a, b) => a.start - b.start);
    if (opts.eventAnchors) resolveEvents(found);
    const dates: DateExpr[] = found.map((f, k) => ({
      id: `d${k + 1}`,
      start: f.start,
      end: f.end,
      text: doc.text.slice(f.start, f.end),
      type: typeOf(f.sem),
      value: f.resolved.value,
      anchor: f.resolved.anchor,
    }));
    return { ...doc, dates };
  },
});
