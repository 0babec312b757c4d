// Calendar arithmetic on plain {y, m, d} dates (UTC, no time zones): ISO weeks,
// month/year offsets, holidays, and TIMEX3-style formatting. Pure functions.

export interface Ymd {
  y: number;
  m: number; // 1–12
  d: number; // 1–31
}

const DAY_MS = 86_400_000;

export function toMs(x: Ymd): number {
  return Date.UTC(x.y, x.m - 1, x.d);
}

export function fromMs(ms: number): Ymd {
  const t = new Date(ms);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Parse `YYYY-MM-DD`; undefined when it is not a real calendar date. */
export function parseIsoDate(s: string | null | undefined): Ymd | undefined {
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(s);
  if (!m) return undefined;
  const x = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return isValid(x) ? x : undefined;
}

export function isValid(x: Ymd): boolean {
  if (x.m < 1 || x.m > 12 || x.d < 1) return false;
  return x.d <= daysInMonth(x.y, x.m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function addDays(x: Ymd, n: number): Ymd {
  return fromMs(toMs(x) + n * DAY_MS);
}

/** Add months, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(x: Ymd, n: number): Ymd {
  const total = x.y * 12 + (x.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return { y, m, d: Math.min(x.d, daysInMonth(y, m)) };
}

export function compare(a: Ymd, b: Ymd): number {
  return toMs(a) - toMs(b);
}

export function diffDays(a: Ymd, b: Ymd): number {
  return Math.round((toMs(a) - toMs(b)) / DAY_MS);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(x: Ymd): number {
  const w = new Date(toMs(x)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** ISO-8601 week-numbering year and week. */
export function isoWeek(x: Ymd): { year: number; week: number } {
  const thursday = addDays(x, 4 - isoWeekday(x));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const pad4 = (n: number): string => String(n).padStart(4, '0');

export type Granularity = 'day' | 'week' | 'month' | 'year';

export function format(x: Ymd, g: Granularity): string {
  switch (g) {
    case 'day':
      return `${pad4(x.y)}-${pad2(x.m)}-${pad2(x.d)}`;
    case 'week': {
      const w = isoWeek(x);
      return `${pad4(w.year)}-W${pad2(w.week)}`;
    }
    case 'month':
      return `${pad4(x.y)}-${pad2(x.m)}`;
    case 'year':
      return pad4(x.y);
  }
}

export const fmtDay = (x: Ymd): string => format(x, 'day');
export { pad2, pad4 };

/** The coarsest-needed common granularity of two dates, not finer than `min`; undefined when they differ in year. */
export function commonGranularity(a: Ymd, b: Ymd, min: Granularity): Granularity | undefined {
  const order: Granularity[] = ['day', 'week', 'month', 'year'];
  for (const g of order.slice(order.indexOf(min))) {
    if (format(a, g) === format(b, g)) return g;
  }
  return undefined;
}

/** The n-th (1-based) given weekday of a month; n = -1 for the last one. */
export function nthWeekday(y: number, m: number, weekday: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    const shift = (weekday - isoWeekday(first) + 7) % 7;
    return addDays(first, shift + (n - 1) * 7);
  }
  const last = { y, m, d: daysInMonth(y, m) };
  const shift = (isoWeekday(last) - weekday + 7) % 7;
  return addDays(last, -shift);
}

/** Western Easter Sunday (anonymous Gregorian computus). */
export function easter(y: number): Ymd {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

const thanksgiving = (y: number): Ymd => nthWeekday(y, 11, 4, 4);

/** Holidays with a rule giving their date in a year (US calendar: the corpus is US news). */
export const HOLIDAYS: Record<string, (y: number) => Ymd> = {
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  'new year': (y) => ({ y, m: 1, d: 1 }),
  'new year eve': (y) => ({ y, m: 12, d: 31 }),
  independence: (y) => ({ y, m: 7, d: 4 }),
  thanksgiving,
  'black friday': (y) => addDays(thanksgiving(y), 1),
  'cyber monday': (y) => addDays(thanksgiving(y), 4),
  labor: (y) => nthWeekday(y, 9, 1, 1),
  memorial: (y) => nthWeekday(y, 5, 1, -1),
  veterans: (y) => ({ y, m: 11, d: 11 }),
  columbus: (y) => nthWeekday(y, 10, 1, 2),
  mlk: (y) => nthWeekday(y, 1, 1, 3),
  presidents: (y) => nthWeekday(y, 2, 1, 3),
  // US general election: the Tuesday after the first Monday of November
  election: (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  inauguration: (y) => ({ y, m: 1, d: 20 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
  valentine: (y) => ({ y, m: 2, d: 14 }),
  'st patrick': (y) => ({ y, m: 3, d: 17 }),
  mother: (y) => nthWeekday(y, 5, 7, 2),
  father: (y) => nthWeekday(y, 6, 7, 3),
  juneteenth: (y) => ({ y, m: 6, d: 19 }),
  flag: (y) => ({ y, m: 6, d: 14 }),
  easter,
  'good friday': (y) => addDays(easter(y), -2),
  'tax day': (y) => ({ y, m: 4, d: 15 }),
};
