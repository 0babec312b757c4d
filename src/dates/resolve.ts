// From meaning (Sem) to a TIMEX3-style value, given the publication date.
// News is past tense: a bare weekday never resolves into the future; a month,
// month-day, holiday or season without a year resolves to its latest occurrence
// on or before the publication date, unless the sentence speaks of the future
// ("will", "is scheduled to", …) — then to the next one — or it is a month,
// month-day or holiday at most 60 days ahead (30 in a sentence with a past form).
import type { CalSem, OffsetSem, Rel, Season } from './sem.ts';
import type { Unit } from './lexicon.ts';
import {
  HOLIDAYS,
  addDays,
  addMonths,
  commonGranularity,
  compare,
  fmtDay,
  format,
  isoWeekday,
  pad2,
  type Granularity,
  type Ymd,
} from './calendar.ts';

export type Anchor = 'absolute' | 'publishedAt' | 'event' | 'none';

export interface Resolved {
  value: string | null;
  anchor: Anchor;
  /** The calendar date and precision behind the value, for anchoring later event-relative phrases. */
  date?: { ymd: Ymd; gran: Granularity };
}

export interface Ctx {
  ref: Ymd | undefined;
  /** The sentence speaks of the future. */
  future: boolean;
  /** …and a bare weekday may follow it there (option futureWeekdays). */
  futureWeekdays?: boolean;
  /** The sentence has a past-tense verb form ("said", "was", "interrupted"). */
  past?: boolean;
  /** The date follows "since" or a past verb form and its preposition ("was founded on", "peaked in"): it lies behind. */
  behind?: boolean;
}

/** How far ahead an upcoming holiday, day of a month or month (its first day) still beats last year's in a sentence with no tense cue. */
const AHEAD_DAYS = 60;
/**
 * …and in a sentence with a past form ("The debate came 15 days before the Iowa caucuses on Feb. 1",
 * "Cruz openly admitted that his pick was politically motivated, looking to the February 20 primary"):
 * a past verb rarely reaches back a whole year to a day that is weeks away.
 */
const PAST_AHEAD_DAYS = 30;

/**
 * The year `pickYear` chose for a day that has no year, moved to the coming occurrence when it
 * lies within AHEAD_DAYS (PAST_AHEAD_DAYS in a past sentence) and nothing else said which: no
 * "last"/"next", no future cue, and neither "since" nor a past verb and its preposition right
 * before it ("Unemployment peaked in January", "was founded on Jan. 5", "up 4 percent since January").
 */
function aheadIfNear(y: number, at: (y: number) => Ymd, ref: Ymd, c: CalSem, ctx: Ctx): number {
  if (c.rel !== undefined || ctx.future || ctx.behind || compare(at(y), ref) >= 0) return y;
  return compare(at(y + 1), addDays(ref, ctx.past ? PAST_AHEAD_DAYS : AHEAD_DAYS)) <= 0 ? y + 1 : y;
}

const NONE: Resolved = { value: null, anchor: 'none' };

function dated(ymd: Ymd, gran: Granularity, anchor: Anchor, c?: CalSem): Resolved {
  let value = format(ymd, gran);
  if (gran === 'day' && c) {
    if (c.clock) value += `T${c.clock}`;
    else if (c.tod) value += `T${c.tod}`;
  }
  return { value, anchor, date: { ymd, gran } };
}

/** Which year puts (month, day) on the right side of the reference. */
function pickYear(ref: Ymd, at: (y: number) => Ymd, rel: Rel | undefined, future: boolean, monthOnly: boolean): number {
  const cmp = (y: number): number => {
    const d = at(y);
    if (monthOnly) return d.y * 12 + d.m - (ref.y * 12 + ref.m);
    return compare(d, ref);
  };
  const y = ref.y;
  switch (rel) {
    case 'last':
    case 'past':
      return cmp(y) < 0 ? y : y - 1;
    case 'this':
      return y;
    case 'next':
    case 'coming':
      return cmp(y) > 0 ? y : y + 1;
    default:
      if (future) return cmp(y) >= 0 ? y : y + 1;
      return cmp(y) <= 0 ? y : y - 1;
  }
}

const SEASON_START: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

function seasonYear(ref: Ymd, season: Season, rel: Rel | undefined, future: boolean): number {
  const start = (y: number): Ymd => ({ y, m: SEASON_START[season], d: 1 });
  const end = (y: number): Ymd => addMonths(start(y), 3);
  const y = ref.y;
  // occurrences around the reference, oldest first
  const ys = [y - 2, y - 1, y, y + 1];
  const containing = ys.find((k) => compare(start(k), ref) <= 0 && compare(ref, end(k)) < 0);
  switch (rel) {
    case 'last':
    case 'past':
      return [...ys].reverse().find((k) => compare(end(k), ref) <= 0)!;
    case 'this':
      return containing ?? ys.find((k) => compare(start(k), ref) > 0)!;
    case 'next':
    case 'coming':
      return ys.find((k) => compare(start(k), ref) > 0)!;
    default:
      if (future) return containing ?? ys.find((k) => compare(start(k), ref) > 0)!;
      return [...ys].reverse().find((k) => compare(start(k), ref) <= 0)!;
  }
}

function weekdayDate(ref: Ymd, wd: number, rel: Rel | undefined, future = false): Ymd {
  const cur = isoWeekday(ref);
  switch (rel) {
    case 'last':
    case 'past':
      return addDays(ref, -((cur - wd + 7) % 7 || 7));
    case 'this':
      return addDays(ref, wd - cur);
    case 'next':
      return addDays(ref, wd - cur + 7);
    case 'coming':
      return addDays(ref, (wd - cur + 7) % 7 || 7);
    default:
      if (future) return addDays(ref, (wd - cur + 7) % 7);
      return addDays(ref, -((cur - wd + 7) % 7)); // never into the future
  }
}

export function resolveCal(c: CalSem, ctx: Ctx): Resolved {
  const { ref, future } = ctx;
  if (c.floating) return c.tod || c.clock ? { value: `T${c.tod ?? c.clock}`, anchor: 'none' } : NONE;
  if (c.decade) return { value: c.decade, anchor: 'absolute' };
  if (c.century) return { value: c.century, anchor: 'absolute' };

  if (c.unitRel) {
    const { unit, n } = c.unitRel;
    if (!ref) return NONE;
    if (c.weekday !== undefined && unit === 'week') {
      const monday = addDays(ref, 1 - isoWeekday(ref) + 7 * n);
      return dated(addDays(monday, c.weekday - 1), 'day', 'publishedAt', c);
    }
    switch (unit) {
      case 'day':
        return dated(addDays(ref, n), 'day', 'publishedAt', c);
      case 'week':
        return dated(addDays(ref, 7 * n), 'week', 'publishedAt');
      case 'weekend': {
        let shift = n;
        // "the weekend": the last one ("over the weekend"); after "at", "by", "until" or "before" (the
        // grammar leaves those without "past") in a sentence about the future, the coming one ("talks
        // will resume at the weekend")
        if (c.rel === undefined && n === 0 && future) shift = 0;
        else if ((c.rel === 'past' || c.rel === undefined) && n === 0) shift = isoWeekday(ref) >= 6 ? 0 : -1;
        const d = addDays(ref, 7 * shift);
        return { value: `${format(d, 'week')}-WE`, anchor: 'publishedAt', date: { ymd: d, gran: 'week' } };
      }
      case 'month':
        return dated(addMonths(ref, n), 'month', 'publishedAt');
      case 'year':
        return dated({ y: ref.y + n, m: 1, d: 1 }, 'year', 'publishedAt');
      case 'decade':
        return { value: `${String(Math.floor(ref.y / 10) + n).padStart(3, '0')}X`, anchor: 'publishedAt' };
      case 'century':
        return { value: `${pad2(Math.floor(ref.y / 100) + n)}XX`, anchor: 'publishedAt' };
    }
  }

  let y = c.year;
  let anchor: Anchor = 'absolute';
  if (y === undefined && c.yearRel !== undefined) {
    if (!ref) return NONE;
    y = ref.y + c.yearRel;
    anchor = 'publishedAt';
  }

  if (c.season) {
    if (y === undefined) {
      if (!ref) return { value: `XXXX-${c.season}`, anchor: 'none' };
      y = seasonYear(ref, c.season, c.rel, future);
      anchor = 'publishedAt';
    }
    return { value: `${y}-${c.season}`, anchor, date: { ymd: { y, m: SEASON_START[c.season], d: 1 }, gran: 'year' } };
  }
  if (c.quarter) {
    const q = c.quarter;
    if (y === undefined) {
      // "the third quarter of the year": the last one begun (or the next one, in a sentence about the future)
      if (!ref) return { value: `XXXX-Q${q}`, anchor: 'none' };
      y = pickYear(ref, (k) => ({ y: k, m: q * 3 - 2, d: 1 }), undefined, future, true);
      anchor = 'publishedAt';
    }
    return { value: `${y}-Q${q}`, anchor, date: { ymd: { y, m: q * 3 - 2, d: 1 }, gran: 'year' } };
  }
  if (c.holiday) {
    const rule = HOLIDAYS[c.holiday];
    if (!rule) return NONE;
    if (y === undefined) {
      if (!ref) {
        const d = rule(2000);
        return { value: /christmas|new year|independence|veterans|halloween|valentine|patrick|juneteenth|flag|tax|inauguration/u.test(c.holiday) ? `XXXX-${pad2(d.m)}-${pad2(d.d)}` : null, anchor: 'none' };
      }
      // "as Election Day grows near" in September: the coming one (see aheadIfNear)
      y = aheadIfNear(pickYear(ref, rule, c.rel, future, false), rule, ref, c, ctx);
      anchor = 'publishedAt';
    }
    return dated(rule(y), 'day', anchor, c);
  }
  if (c.month !== undefined) {
    const month = c.month;
    const day = c.day;
    if (y === undefined) {
      if (!ref) {
        return { value: day !== undefined ? `XXXX-${pad2(month)}-${pad2(day)}` : `XXXX-${pad2(month)}`, anchor: 'none' };
      }
      const at = (k: number): Ymd => ({ y: k, m: month, d: day ?? 1 });
      y = pickYear(ref, at, c.rel, future, day === undefined);
      // "The vote is on Dec. 25" two days before it, "wins in November" in September: the coming one
      // (see aheadIfNear)
      y = aheadIfNear(y, at, ref, c, ctx);
      anchor = 'publishedAt';
    }
    if (day !== undefined) return dated({ y, m: month, d: day }, 'day', anchor, c);
    return dated({ y, m: month, d: 1 }, 'month', anchor);
  }
  if (c.weekday !== undefined) {
    if (!ref) {
      const v = `XXXX-WXX-${c.weekday}`;
      return { value: c.tod ? `${v}T${c.tod}` : c.clock ? `${v}T${c.clock}` : v, anchor: 'none' };
    }
    return dated(weekdayDate(ref, c.weekday, c.rel, ctx.futureWeekdays === true), 'day', 'publishedAt', c);
  }
  if (y !== undefined) return dated({ y, m: 1, d: 1 }, 'year', anchor);
  if (c.clock || c.tod) {
    // a time of day alone: the day of publication
    if (!ref) return { value: c.clock ? `T${c.clock}` : `T${c.tod}`, anchor: 'none' };
    return dated(ref, 'day', 'publishedAt', c);
  }
  return NONE;
}

// ---------------------------------------------------------------- offsets

/** The precision a shift by n units can honestly claim. */
export function unitGranularity(unit: Unit, n: number): Granularity {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
    case 'day':
      return 'day';
    case 'week':
      return 'week';
    case 'month':
      return 'month';
    case 'year':
      return n <= 2 ? 'month' : 'year';
    default:
      return 'year';
  }
}

/** The precision an anchor needs for a shift by this unit to make sense. */
export function anchorPrecision(unit: Unit): Granularity {
  switch (unit) {
    case 'month':
      return 'month';
    case 'year':
    case 'decade':
    case 'century':
      return 'year';
    default:
      return 'day';
  }
}

const GRAN_ORDER: Granularity[] = ['day', 'week', 'month', 'year'];
export const coarser = (a: Granularity, b: Granularity): Granularity =>
  GRAN_ORDER.indexOf(a) >= GRAN_ORDER.indexOf(b) ? a : b;
export const atLeast = (have: Granularity, need: Granularity): boolean =>
  have !== 'week' && GRAN_ORDER.indexOf(have) <= GRAN_ORDER.indexOf(need);

function shift(base: Ymd, units: number, unit: Unit): Ymd {
  switch (unit) {
    case 'second':
    case 'minute':
      return base;
    case 'hour':
      return addDays(base, Math.round(units / 24));
    case 'day':
      return addDays(base, Math.round(units));
    case 'week':
      return addDays(base, Math.round(units * 7));
    case 'month':
      return addMonths(base, Math.round(units));
    case 'year':
      return addMonths(base, Math.round(units * 12));
    case 'decade':
      return addMonths(base, Math.round(units * 120));
    case 'century':
      return addMonths(base, Math.round(units * 1200));
  }
}

/** Shift a base date by the offset; vague counts give the coarsest precision both ends of the window share. */
export function applyOffset(
  base: Ymd,
  baseGran: Granularity,
  o: Pick<OffsetSem, 'sign' | 'unit' | 'n' | 'tod'>,
  anchor: Anchor,
): Resolved {
  if (typeof o.n === 'number') {
    const target = shift(base, o.sign * o.n, o.unit);
    const gran = coarser(unitGranularity(o.unit, o.n), baseGran);
    let value = format(target, gran);
    if (gran === 'day' && o.tod) value += `T${o.tod}`;
    return { value, anchor, date: { ymd: target, gran } };
  }
  const [a, b] = o.n;
  const t1 = shift(base, o.sign * a, o.unit);
  const t2 = shift(base, o.sign * b, o.unit);
  const gran = commonGranularity(t1, t2, coarser(unitGranularity(o.unit, a), baseGran));
  if (!gran) return NONE;
  return { value: format(t1, gran), anchor, date: { ymd: t1, gran } };
}

export function resolveRefOffset(o: OffsetSem, ctx: Ctx): Resolved {
  if (!ctx.ref) return NONE;
  return applyOffset(ctx.ref, 'day', o, 'publishedAt');
}

export { fmtDay };
