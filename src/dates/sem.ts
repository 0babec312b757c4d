// What a temporal expression means, before it is resolved against a date.
import type { Unit } from './lexicon.ts';

export type TimeOfDay = 'MO' | 'AF' | 'EV' | 'NI' | 'DT';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
/** last / this / next / this past / this coming, and bare (undefined). */
export type Rel = 'last' | 'this' | 'next' | 'past' | 'coming';

/** A calendar position: any subset of fields, read off the text. */
export interface CalSem {
  kind: 'cal';
  year?: number;
  month?: number;
  day?: number;
  weekday?: number; // 1 = Monday … 7 = Sunday
  rel?: Rel; // applies to the weekday, month, season or holiday
  yearRel?: number; // "of last year" → -1
  decade?: string; // "199X"
  century?: string; // "19XX"
  season?: Season;
  quarter?: number;
  holiday?: string; // key of HOLIDAYS
  unitRel?: { unit: 'day' | 'week' | 'weekend' | 'month' | 'year' | 'decade' | 'century'; n: number };
  tod?: TimeOfDay;
  clock?: string; // "14:45"
  /** A day part or day of some event told elsewhere ("that night", "late afternoon", "earlier in the day"): no anchor. */
  floating?: true;
}

/** "two years ago", "a week later", "days after the incident". */
export interface OffsetSem {
  kind: 'offset';
  base: 'ref' | 'event';
  sign: 1 | -1;
  unit: Unit;
  /** Exact count, or a [min, max] window for vague counts ("days", "a few weeks"). */
  n: number | [number, number];
  /** Where, in the sentence, the event phrase after "after"/"before" starts (to look for a date inside it). */
  eventFrom?: number;
  /** "after"/"before" followed by something that is no event noun phrase (a clause, a name): no anchor. */
  noEvent?: boolean;
  tod?: TimeOfDay;
}

export interface DurSem {
  kind: 'dur';
  value: string;
}

export interface SetSem {
  kind: 'set';
  value: string;
}

export type Sem = CalSem | OffsetSem | DurSem | SetSem;

/** A candidate temporal expression in a sentence; offsets are sentence-relative. */
export interface Atom {
  start: number;
  end: number;
  sem: Sem;
  /** Higher wins between overlapping candidates of equal length. */
  prio: number;
}
