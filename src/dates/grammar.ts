// The date grammar: regular expressions over one sentence, each giving candidate
// atoms with a meaning (Sem). chrono-node reads the month-name, slash and ISO
// dates (see chrono.ts); everything else — weekdays, years, decades, durations,
// sets, holidays, "last week", "two years ago", "days after the incident" — is here.
import type { Atom, CalSem, OffsetSem, Rel, Season, Sem, TimeOfDay } from './sem.ts';
import {
  COUNT_NOUNS,
  DETERMINERS,
  EVENT_NOUNS,
  MONTHS_FULL,
  MONTH_NAMES,
  NUM_WORD,
  UNIT,
  VAGUE_Q,
  WEEKDAYS,
  WEEKDAY_NUM,
  YEAR_NEXT,
  YEAR_PREV,
  parseCount,
  unitOf,
  type Unit,
} from './lexicon.ts';

const TOD: Record<string, TimeOfDay> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
  daytime: 'DT',
};

// ---------------------------------------------------------------- helpers

interface Word {
  word: string;
  start: number;
  end: number;
}

/** The word right before `i` (skipping spaces, not punctuation): undefined at sentence start or after punctuation. */
export function wordBefore(s: string, i: number): Word | undefined {
  const m = /([\p{L}\p{N}][\p{L}\p{N}.'’-]*)\s+$/u.exec(s.slice(Math.max(0, i - 40), i));
  if (!m) return undefined;
  const end = i - (m[0].length - m[1]!.length);
  return { word: m[1]!, start: end - m[1]!.length, end };
}

export function wordAfter(s: string, i: number): Word | undefined {
  const m = /^\s+([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u.exec(s.slice(i, i + 40));
  if (!m) return undefined;
  const start = i + m[0].length - m[1]!.length;
  return { word: m[1]!, start, end: start + m[1]!.length };
}

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);
const isLowerWord = (w: string): boolean => /^\p{Ll}+$/u.test(w);

/** Is position `i` at the start of the sentence (only quotes/brackets/dashes before it)? */
function atStart(s: string, i: number): boolean {
  return /^[\s"“‘'(\[—–-]*$/u.test(s.slice(0, i));
}

/** A capitalized word that is not sentence-initial and follows a capitalized word: part of a name ("USA Today"). */
function inName(s: string, start: number): boolean {
  const prev = wordBefore(s, start);
  return prev !== undefined && isCap(prev.word) && !atStart(s, prev.start);
}

function* matches(re: RegExp, s: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    yield m;
    if (m[0].length === 0) re.lastIndex++;
  }
}

function relOf(w: string | undefined): Rel | undefined {
  if (!w) return undefined;
  const t = w.toLowerCase().replace(/\s+/gu, ' ');
  if (t === 'last' || t === 'this past' || t === 'past') return t === 'last' ? 'last' : 'past';
  if (t === 'this') return 'this';
  if (t === 'next') return 'next';
  if (t === 'this coming' || t === 'coming') return 'coming';
  return undefined;
}

function unitCode(unit: Unit): { code: string; time: boolean; mult: number } {
  switch (unit) {
    case 'second':
      return { code: 'S', time: true, mult: 1 };
    case 'minute':
      return { code: 'M', time: true, mult: 1 };
    case 'hour':
      return { code: 'H', time: true, mult: 1 };
    case 'day':
      return { code: 'D', time: false, mult: 1 };
    case 'week':
      return { code: 'W', time: false, mult: 1 };
    case 'month':
      return { code: 'M', time: false, mult: 1 };
    case 'year':
      return { code: 'Y', time: false, mult: 1 };
    case 'decade':
      return { code: 'Y', time: false, mult: 10 };
    case 'century':
      return { code: 'Y', time: false, mult: 100 };
  }
}

/** For a fractional count: the next smaller unit ("M" after "T" is minutes). */
const SMALLER: Record<string, { code: string; per: number; time: boolean }> = {
  Y: { code: 'M', per: 12, time: false },
  M: { code: 'D', per: 30, time: false },
  W: { code: 'D', per: 7, time: false },
  D: { code: 'H', per: 24, time: true },
  TH: { code: 'M', per: 60, time: true },
  TM: { code: 'S', per: 60, time: true },
};

/** ISO-8601 duration for n units; n undefined → vague ("PXY"). A fraction goes to the next smaller unit: 7.5 years → P7Y6M. */
export function durationValue(unit: Unit, n: number | undefined): string {
  const u = unitCode(unit);
  const prefix = u.time ? 'PT' : 'P';
  if (n === undefined) return `${prefix}X${u.code}`;
  const v = n * u.mult;
  if (Number.isInteger(v)) return `${prefix}${v}${u.code}`;
  const sm = SMALLER[u.time ? `T${u.code}` : u.code];
  const whole = Math.floor(v);
  const rest = Math.round((v - whole) * (sm?.per ?? 0) * 1000) / 1000;
  if (!sm || !Number.isInteger(rest)) return `${prefix}${v}${u.code}`;
  const head = whole > 0 ? `${whole}${u.code}` : '';
  // "a day and a half" → P1DT12H: the hours go after the T
  return sm.time && !u.time ? `P${head}T${rest}${sm.code}` : `${prefix}${head}${rest}${sm.code}`;
}

// ---------------------------------------------------------------- durations and offsets

const HEDGE =
  '(?:nearly|almost|about|around|roughly|approximately|more\\s+than|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|close\\s+to|just\\s+over|just\\s+under|well\\s+over|over|under|some|only|just)';
const DUR_DET =
  '(?:(?:(?:the|these|those|its|his|her|their|our)\\s+)?(?:past|last|next|coming)|(?:the|these|those|its|his|her|their|our)\\s+(?:first|second|third|final|opening|previous|following|remaining|ensuing|early|initial|same|entire|whole)(?:\\s+full)?)\\s+';
const NUMERIC = '(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?:\\s+1/2|½)?|½)';
const COUNT = `(?:${NUMERIC}|${NUM_WORD}|a\\s+dozen|a\\s+half|half\\s+an?|an?|${VAGUE_Q})`;
const REL_SUFFIX = '(?:ago|earlier|later|before|after|afterwards?|from\\s+now|prior)';

const DURATION_RE = new RegExp(
  `\\b(?<hedge>${HEDGE}\\s+)?(?<det>${DUR_DET})?(?:(?<num>${COUNT})(?<range>\\s*(?:to|or|-|–)\\s*(?:${NUMERIC}|${NUM_WORD}))?(?<plus>-plus|\\+)?(?<half1>\\s+and\\s+a\\s+half)?(?<sep>[\\s-]+))?` +
    `(?<unit>${UNIT})\\b(?!-to-)(?<half2>\\s+and\\s+a\\s+half)?(?<old>[\\s-]old\\b)?(?<rel>\\s+${REL_SUFFIX}\\b)?`,
  'gi',
);

/**
 * The phrase after "after"/"before": does it name an event ("the incident", "an aircraft
 * accident", "the 2012 election")? `keepEnd` is set for a short definite phrase
 * ("the incident", "the deadly crash"), which joins the span.
 */
export function eventPhrase(rest: string): { event: boolean; keepEnd?: number } {
  const words: Array<{ w: string; end: number }> = [];
  const re = /\s*([\p{L}\p{N}][\p{L}\p{N}'’.-]*)/uy;
  let pos = 0;
  for (let k = 0; k < 6; k++) {
    re.lastIndex = pos;
    const m = re.exec(rest);
    if (!m) break;
    const w = m[1]!.replace(/[.]$/u, '');
    words.push({ w, end: pos + m[0].length - (m[1]!.length - w.length) });
    pos += m[0].length;
    if (/^[,.;:!?)"”]/u.test(rest.slice(words[words.length - 1]!.end))) break;
  }
  if (words.length === 0) return { event: false };
  const first = words[0]!.w.toLowerCase();
  const det = /^(?:the|this|that|an?|his|her|their|its|our|last|these|those)$/u.test(first) || /['’]s$/u.test(first);
  if (!det) return { event: false };
  const definite = /^(?:the|this|that)$/u.test(first);
  for (let k = 1; k < words.length && k <= 4; k++) {
    const w = words[k]!.w;
    const lw = w.toLowerCase();
    if (EVENT_NOUNS.has(lw)) {
      const modsLower = words.slice(1, k).every((x) => /^\p{Ll}[\p{Ll}-]*$/u.test(x.w));
      const after = rest.slice(words[k]!.end);
      const keep = definite && k <= 2 && modsLower && !/^\s*(?:of|in|on|at|by)\s/u.test(after);
      return keep ? { event: true, keepEnd: words[k]!.end } : { event: true };
    }
    if (/^(?:that|which|who|when|where|and|or|but|was|were|is|are|had|has)$/u.test(lw)) break;
  }
  return { event: false };
}

function durationAtoms(s: string, out: Atom[], opts: GrammarOptions): void {
  for (const m of matches(DURATION_RE, s)) {
    const g = m.groups!;
    const unitInfo = unitOf(g.unit!);
    if (!unitInfo) continue;
    const unitLower = g.unit!.toLowerCase();
    const singular = !unitInfo.plural;
    if (/[\d/]$/u.test(s.slice(Math.max(0, m.index - 1), m.index))) continue; // "3 1/2 hours" read from the middle
    let start = m.index;
    let end = m.index + m[0].length;
    const numText = g.num?.trim();
    const lowerNum = numText?.toLowerCase().replace(/\s+/gu, ' ');
    const det = g.det?.trim().toLowerCase().replace(/\s+/gu, ' ');
    const hedge = g.hedge?.trim().toLowerCase().replace(/\s+/gu, ' ');
    const hyphen = g.sep !== undefined && g.sep.includes('-');
    let n: number | undefined;
    let window: [number, number] | undefined;
    if (numText !== undefined) {
      n = parseCount(numText);
      if (n !== undefined && g.half1) n += 0.5;
      if (n !== undefined && g.range) {
        const hi = parseCount(g.range.replace(/^\s*(?:to|or|-|–)\s*/u, ''));
        if (hi === undefined || hi <= n) continue;
        window = [n, hi];
        n = undefined;
      } else if (n === undefined) {
        window = vagueWindow(lowerNum);
      }
    } else if (!(det && singular)) {
      window = vagueWindow(undefined);
    }
    if (g.half2) n = (n ?? 1) + 0.5;
    if (g.plus && n !== undefined) {
      window = [n, n * 2];
      n = undefined;
    }

    // ---- shape checks
    if (numText === undefined) {
      if (!det && singular) continue; // "year", "day" alone
      // singular with a determiner: "the past week", "the last year", "the final month" ("the next day" is an anaphor)
      if (det && singular && !/^(?:(?:the|its|his|her|their|our)\s+)?(?:past|last|coming|final|entire|whole|first|second|third|opening|initial)(?:\s+full)?$/u.test(det)) continue;
      if (det && singular && !/^(?:the|its|his|her|their|our)\s/u.test(det)) continue; // "last year" is a date
      if (det && singular) n = 1;
    } else if (lowerNum === 'a' || lowerNum === 'an' || lowerNum === 'half a' || lowerNum === 'half an') {
      if (!singular || hyphen) continue; // "$12-an-hour"
    } else if (window && singular && !g.range && !g.plus) {
      continue; // "several year"
    } else if (n !== undefined && singular && n !== 1 && n !== 0.5 && !hyphen) {
      continue; // "20 year" without a hyphen
    }
    if (unitLower === 'second' && (lowerNum === 'a' || lowerNum === 'one' || det)) continue; // "a second term"
    if (/^(?:seconds|minutes)$/u.test(unitLower) && !numText && !det && !g.rel) continue; // "the minutes of the meeting"
    if (lowerNum === 'one' && unitLower === 'day' && !g.rel) continue; // "one day he will …"
    if (g.old && !opts.ages) continue;
    const before = s.slice(Math.max(0, start - 12), start).toLowerCase();
    // "these days", "those days", "the old days": a present or past reference, not a duration
    if (!numText && !det && /\b(?:these|those|old|good|olden|early)\s+$/u.test(before)) continue;
    // hedges that are prepositions stay out of the span; "many" too ("for many years" → "years")
    if (hedge && /^(?:over|under|only|just)$/u.test(hedge)) start += g.hedge!.length;
    // "her first year": the possessive stays out, as "his" stays out of "his birthday"
    else if (!hedge && det && /^(?:its|his|her|their|our)\s/u.test(det)) start += /^\S+\s+/u.exec(g.det!)![0].length;
    if (hedge === 'some' && n === undefined) start += g.hedge!.length;
    if (!hedge && !det && lowerNum === 'many') start += /^many\s+/iu.exec(m[0])![0].length;
    // "the six weeks", "the days since": take in a bare "the"
    if (!det && !hedge && (numText === undefined || n !== undefined || window) && /\bthe\s+$/u.test(before) && start === m.index) {
      if (!/^(?:minutes|hours|seconds)$/u.test(unitLower) || numText !== undefined) start -= /the\s+$/iu.exec(before)![0].length;
    }

    const unit = unitInfo.unit;
    const count: number | [number, number] | undefined =
      n !== undefined ? n * unitInfo.factor : window ? [window[0] * unitInfo.factor, window[1] * unitInfo.factor] : undefined;
    if (count === undefined) continue;

    // ---- relative: "two years ago", "a week later", "days after the incident"
    const relWord = g.rel?.trim().toLowerCase().replace(/\s+/gu, ' ');
    const pre = wordBefore(s, m.index);
    const durPrep = pre !== undefined && /^(?:for|over|within|during|spent|spend|spends|spending|lasted|lasting|lasts|took|take|takes)$/iu.test(pre.word);
    const tookThe = start < m.index; // "the three years after the merger": a stretch, not a date
    if (relWord && !det && !g.old && !tookThe && !(durPrep && (relWord === 'after' || relWord === 'before'))) {
      const relEnd = end;
      if (relWord === 'ago' || relWord === 'from now') {
        out.push({ start, end: relEnd, sem: { kind: 'offset', base: 'ref', sign: relWord === 'ago' ? -1 : 1, unit, n: count }, prio: 3 });
        continue;
      }
      if (relWord === 'after' || relWord === 'before') {
        const rest = s.slice(relEnd);
        const sign = relWord === 'after' ? 1 : -1;
        const ev = eventPhrase(rest);
        const bare = /^\s*(?:$|[,.;:!?)"”—–])/u.test(rest);
        const sem: OffsetSem = { kind: 'offset', base: 'event', sign, unit, n: count };
        if (!bare) sem.eventFrom = relEnd;
        // "hours before boarding a flight", "days after Clinton tapped Kaine": only a date inside can anchor it
        if (!bare && !ev.event) sem.noEvent = true;
        out.push({ start, end: ev.keepEnd !== undefined ? relEnd + ev.keepEnd : relEnd, sem, prio: 3 });
        continue;
      }
      // later / afterwards / earlier / prior
      const sign = relWord === 'earlier' || relWord === 'prior' ? -1 : 1;
      out.push({ start, end: relEnd, sem: { kind: 'offset', base: 'event', sign, unit, n: count }, prio: 3 });
      continue;
    }
    if (g.rel) end -= g.rel.length;
    const value = durationValue(unit, typeof count === 'number' ? count : undefined);
    out.push({ start, end, sem: { kind: 'dur', value }, prio: 2 });
  }
}

/** The [min, max] count a vague quantity stands for. */
function vagueWindow(q: string | undefined): [number, number] {
  switch (q?.replace(/^a\s+/u, '').replace(/\s+of$/u, '')) {
    case 'few':
      return [2, 5];
    case 'several':
      return [3, 7];
    default:
      return [2, 6];
  }
}

// ---------------------------------------------------------------- anaphoric dates: "the next day", "the day before"

const ANAPHOR_RE =
  /\bthe\s+(?:(?<rel>next|following|previous|prior|same)\s+(?<u1>day|week|month|year|morning|afternoon|evening|night)|(?<u2>day|night|morning|evening|week|month|year)\s+(?<ba>before|after|earlier|later))\b/gi;

function anaphorAtoms(s: string, out: Atom[]): void {
  for (const m of matches(ANAPHOR_RE, s)) {
    const g = m.groups!;
    const w = (g.u1 ?? g.u2)!.toLowerCase();
    const tod = TOD[w];
    const unit: Unit = tod ? 'day' : (w as Unit);
    const rel = (g.rel ?? g.ba)!.toLowerCase();
    const end = m.index + m[0].length;
    // "over the next year", "in the next week": a stretch of time, not a date
    if (rel === 'next' && !tod && w !== 'day') {
      const prev = wordBefore(s, m.index);
      if (prev && /^(?:over|during|within|in|for|throughout|through)$/iu.test(prev.word)) {
        out.push({ start: m.index, end, sem: { kind: 'dur', value: durationValue(unit, 1) }, prio: 2 });
        continue;
      }
    }
    const n = rel === 'same' ? 0 : 1;
    const sign: 1 | -1 = rel === 'previous' || rel === 'prior' || rel === 'before' || rel === 'earlier' ? -1 : 1;
    const sem: OffsetSem = { kind: 'offset', base: 'event', sign, unit, n };
    if (tod) sem.tod = tod;
    if (g.ba === undefined || /^(?:earlier|later)$/u.test(rel)) {
      out.push({ start: m.index, end, sem, prio: 2 });
      continue;
    }
    // "the day before the debate", "the day after Monday's debate": anchored by the phrase that follows
    const rest = s.slice(end);
    const bare = /^\s*(?:$|[,.;:!?)"”—–])/u.test(rest);
    if (!bare) {
      sem.eventFrom = end;
      if (!eventPhrase(rest).event) sem.noEvent = true;
    }
    out.push({ start: m.index, end, sem, prio: 2 });
  }
}

// ---------------------------------------------------------------- day parts of a day told elsewhere: "that night", "late afternoon", "overnight"

// CoreNLP's spans: the noun alone after "that"/"all"/"one (recent)"/"in the"; "early"/"late" join it.
const DAYPART_RE =
  /\b(?:(?<float>[Tt]hat|[Tt]he|[Aa]ll|[Oo]ne|(?:[Aa]|[Oo]ne)\s+recent|(?:(?:[Ee]arlier|[Ll]ater)\s+)?in\s+the|(?:[Mm]ost|[Mm]uch|[Rr]est|[Pp]art|[Ee]nd|[Cc]ourse|[Rr]emainder)\s+of\s+the)\s+|(?<el>(?:[Ee]arly|[Ll]ate)\s+))(?<w>morning|afternoon|evening|night)\b|\b(?<on>[Oo]vernight)\b|\b(?:(?:[Rr]est|[Rr]emainder)\s+of\s+(?<day>the\s+day)|(?:(?:[Ee]arlier|[Ll]ater)\s+in|(?:[Mm]ost|[Mm]uch|[Pp]art|[Cc]ourse)\s+of|[Tt]hroughout|[Dd]uring)\s+(?<day2>the\s+(?:day|week|month|year)))\b(?!['’])|\b(?<day3>[Tt]he\s+(?:very\s+)?(?:day|week|month|year))\b(?!['’-]|\s+\d)/gu;
// "late night show", "morning news shows", "an overnight success": a genre or a manner, no time
const DAYPART_NOT_AFTER = /^\s+(?:shows?|hosts?|talk|television|tv|comedy|comedians?|news|programming|programs?|editions?|slots?|lineup|anchors?|success|sensation|celebrity|star|stardom|bags?|camps?|stays?|guests?|flights?|shifts?)\b/iu;
const DAY_NOT_AFTER = /^\s+(?:care|jobs?|traders?|trips?|pass(?:es)?|rates?|schools?|shifts?|to\s+day|one)\b/iu;
const DAYPART_NOT_BEFORE = /^(?:happen|happens|happened|happening|change|changes|changed|changing|transform|transformed|disappear|disappeared|vanish|vanished|succeed|succeeded)$/iu;
const DAY_DUR_RE = /\b(?:[Aa]ll|[Aa]\s+single)\s+(?<u>day|week|month|year)\b(?!['’-])/gu;

function dayPartAtoms(s: string, out: Atom[]): void {
  for (const m of matches(DAYPART_RE, s)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    if (DAYPART_NOT_AFTER.test(s.slice(end))) continue;
    const theUnit = g.day ?? g.day2 ?? g.day3;
    // "the day care centre", "the day-to-day", "the day job": a modifier, no day
    if (g.day3 && DAY_NOT_AFTER.test(s.slice(end))) continue;
    if (theUnit) {
      out.push({ start: end - theUnit.length, end, sem: { kind: 'cal', floating: true }, prio: 1 });
      continue;
    }
    if (g.on) {
      const prev = wordBefore(s, m.index);
      if (prev && DAYPART_NOT_BEFORE.test(prev.word)) continue;
      out.push({ start: m.index, end, sem: { kind: 'cal', tod: 'NI', floating: true }, prio: 1 });
      continue;
    }
    // "three o'clock in the morning": the clock time's own phrase
    if (g.float && /^in\s+the$/iu.test(g.float) && /(?:o['’]clock|[ap]\.?m\.?|\d)\s+$/iu.test(s.slice(Math.max(0, m.index - 12), m.index))) continue;
    const tod = TOD[g.w!]!;
    const start = g.el ? m.index : end - g.w!.length;
    out.push({ start, end, sem: { kind: 'cal', tod, floating: true }, prio: 1 });
  }
  for (const m of matches(DAY_DUR_RE, s)) {
    const u = m.groups!.u! as Unit;
    const end = m.index + m[0].length;
    if (/^\s+(?:long|round)\b/u.test(s.slice(end)) === false && /^[\s-]+\p{L}/u.test(s.slice(end)) && !/^\s+(?:to|in|on|at|for|of|and|or|but|with|after|before|since|until|as|from|by|he|she|they|we|i|it|you|the|this|that|there|when|while|because|so)\b/iu.test(s.slice(end)))
      continue; // "all day events"? a noun follows: the unit is a modifier
    out.push({ start: end - m.groups!.u!.length, end, sem: { kind: 'dur', value: durationValue(u, 1) }, prio: 1 });
  }
}

// ---------------------------------------------------------------- weekdays

const WEEKDAY_RE = new RegExp(
  `\\b(?:(?<rel>[Ll]ast|[Tt]his\\s+past|[Tt]his\\s+coming|[Tt]his|[Nn]ext|[Cc]oming)\\s+)?(?<wd>${WEEKDAYS}|${WEEKDAYS.toUpperCase()})(?<pl>s)?\\b(?:\\s+(?<tod>morning|afternoon|evening|night|overnight))?(?<of>\\s+of\\s+(?<wrel>last|this|next)\\s+week)?`,
  'gu',
);
const WEEKDAY_NAME_BEFORE = /\b(?:Super|Black|Cyber|Good|Ash|Easter|Palm|Bloody|Giving|Holy|Fat|Maundy|Mega|Titanic|Man|Girl|Blue|Manic)\s+$/u;
const WEEKDAY_NAME_AFTER = /^['’]?s?\s+(?:Times|Express|Telegraph|Mirror|Herald|Morning\s+Herald|Night\s+Live|Night\s+Football|Show)\b/u;

function weekdayAtoms(s: string, out: Atom[]): void {
  for (const m of matches(WEEKDAY_RE, s)) {
    const g = m.groups!;
    const wdStart = m.index + m[0].indexOf(g.wd!, g.rel ? g.rel.length : 0);
    if (WEEKDAY_NAME_BEFORE.test(s.slice(Math.max(0, wdStart - 12), wdStart))) continue;
    if (WEEKDAY_NAME_AFTER.test(s.slice(wdStart + g.wd!.length + (g.pl ? 1 : 0)))) continue;
    const weekday = WEEKDAY_NUM[g.wd!.toLowerCase()]!;
    // "the last Friday in August": a weekday of some month, not relative to today
    if (g.rel && /\bthe\s+$/iu.test(s.slice(Math.max(0, m.index - 5), m.index))) continue;
    if (g.pl) {
      out.push({ start: wdStart, end: wdStart + g.wd!.length + 1, sem: { kind: 'set', value: `XXXX-WXX-${weekday}` }, prio: 2 });
      continue;
    }
    const sem: CalSem = { kind: 'cal', weekday };
    const rel = relOf(g.rel);
    if (rel) sem.rel = rel;
    if (g.of && g.wrel) {
      // "Monday of last week"
      sem.rel = g.wrel === 'last' ? 'last' : g.wrel === 'next' ? 'next' : 'this';
      sem.unitRel = { unit: 'week', n: g.wrel === 'last' ? -1 : g.wrel === 'next' ? 1 : 0 };
    }
    if (g.tod) sem.tod = TOD[g.tod]!;
    out.push({ start: m.index, end: m.index + m[0].length, sem, prio: 3 });
  }
}

// ---------------------------------------------------------------- clock times
// (with am/pm the minutes may follow a stop, as British and Australian copy writes them: "9.30pm")

const CLOCK_RE =
  /(?<![A-Za-z0-9:.,$/])(?<h>\d{1,2})(?:[:.](?<mi>[0-5]\d))?\s*(?<ap>[ap]\.\s?m\.|[ap]\.m\b|[ap]m\b)|\b(?<oh>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+o['’]clock\b|(?<![\d:.,$])(?<h24>[01]?\d|2[0-3]):(?<m24>[0-5]\d)(?![\d:])|\b(?<nm>noon|midnight|midday)\b/gi;
const WORD_HOURS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

const p2 = (n: number): string => String(n).padStart(2, '0');

function clockAtoms(s: string, out: Atom[]): void {
  for (const m of matches(CLOCK_RE, s)) {
    const g = m.groups!;
    let clock: string | undefined;
    const start = m.index;
    const end = m.index + m[0].length;
    if (g.h !== undefined) {
      let h = Number(g.h);
      if (h < 1 || h > 12) continue;
      const pm = /^p/iu.test(g.ap!);
      if (pm && h < 12) h += 12;
      if (!pm && h === 12) h = 0;
      clock = `${p2(h)}:${g.mi ?? '00'}`;
      // "I am": need a digit right before "am" — given by the regex
    } else if (g.oh !== undefined) {
      const h = /^\d+$/u.test(g.oh) ? Number(g.oh) : WORD_HOURS[g.oh.toLowerCase()]!;
      if (h < 1 || h > 12) continue;
      clock = `${p2(h)}:00`;
    } else if (g.h24 !== undefined) {
      // a bare "14:30" only after "at"/"by"/…: scores and ratios look the same
      const prev = wordBefore(s, start);
      if (!prev || !/^(?:at|by|until|till|before|after|around|from|to|since)$/iu.test(prev.word)) continue;
      clock = `${p2(Number(g.h24))}:${g.m24}`;
    } else if (g.nm !== undefined) {
      const prev = wordBefore(s, start);
      const next = wordAfter(s, end);
      const okPrev = prev && /^(?:at|by|until|till|before|after|around|past|about|since|from|to|near|approximately|shortly|just)$/iu.test(prev.word);
      const okNext = next && new RegExp(`^(?:${WEEKDAYS}|tonight|today|tomorrow|yesterday|on)$`, 'iu').test(next.word);
      // "a midnight curfew" is a time; "Midnight Run" is a title
      if (!okPrev && !okNext && !/^[a-z]/u.test(g.nm)) continue;
      clock = g.nm.toLowerCase() === 'midnight' ? '00:00' : '12:00';
      // "a midnight curfew": a time of some day the sentence does not tell
      if (!okPrev && !okNext) {
        out.push({ start, end, sem: { kind: 'cal', clock, floating: true }, prio: 2 });
        continue;
      }
    }
    if (!clock) continue;
    out.push({ start, end, sem: { kind: 'cal', clock }, prio: 2 });
  }
}

// ---------------------------------------------------------------- today, tonight, last night, this morning

const CASUAL_RE =
  /\b(?:(?<w>today|tonight|yesterday|tomorrow)(?:\s+(?<tod>morning|afternoon|evening|night))?|(?<ln>last|tomorrow|yesterday)\s+night|this\s+(?<this>morning|afternoon|evening))\b/gi;

function casualAtoms(s: string, out: Atom[]): void {
  for (const m of matches(CASUAL_RE, s)) {
    const g = m.groups!;
    const text = m[0];
    // "USA TODAY", "the Today show": a name
    // "USA TODAY", "Lopez Tonight", "CBS This Morning": a name
    if (isCap(text) && !atStart(s, m.index)) {
      const prev = wordBefore(s, m.index);
      if (prev && isCap(prev.word)) continue;
    }
    if (/^today/iu.test(text) && /^\s*(?:show|program)\b/iu.test(s.slice(m.index + text.length)) && isCap(text)) continue;
    let n = 0;
    let tod: TimeOfDay | undefined;
    if (g.w) {
      const w = g.w.toLowerCase();
      n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
      if (w === 'tonight') tod = 'NI';
      if (g.tod) tod = TOD[g.tod.toLowerCase()];
    } else if (g.ln) {
      const w = g.ln.toLowerCase();
      n = w === 'tomorrow' ? 1 : -1;
      tod = 'NI';
    } else if (g.this) {
      tod = TOD[g.this.toLowerCase()];
    }
    const sem: CalSem = { kind: 'cal', unitRel: { unit: 'day', n } };
    if (tod) sem.tod = tod;
    out.push({ start: m.index, end: m.index + text.length, sem, prio: 3 });
  }
}

// ---------------------------------------------------------------- last week, this year, next month, the end of the year

const REL_UNIT_RE =
  /\b(?<rel>last|this\s+past|this\s+coming|this|next)\s+(?<u>week|weekend|month|year|decade|century)\b|\bthe\s+(?:end|beginning|start|middle|rest|remainder|close)\s+of\s+the\s+(?<u2>week|month|year|decade)\b|\bthe\s+(?<u3>weekend)\b/gi;

function relUnitAtoms(s: string, out: Atom[]): void {
  for (const m of matches(REL_UNIT_RE, s)) {
    const g = m.groups!;
    let start = m.index;
    const unit = (g.u ?? g.u2 ?? g.u3)!.toLowerCase() as 'week' | 'weekend' | 'month' | 'year' | 'decade' | 'century';
    if (g.u3) {
      // "the weekend": the last one (past-biased), only in a date-like position
      const prev = wordBefore(s, start);
      if (!prev || !/^(?:over|during|on|at|this|that|through|for|by|until|since|before|after|in)$/iu.test(prev.word)) continue;
      // ("at", "by", "until", "before" the weekend: the coming one in a sentence about the future; after any other word the last one)
      const ahead = /^(?:at|by|until|before)$/iu.test(prev.word);
      out.push({ start, end: m.index + m[0].length, sem: { kind: 'cal', unitRel: { unit: 'weekend', n: 0 }, ...(ahead ? {} : { rel: 'past' as const }) }, prio: 2 });
      continue;
    }
    let n = 0;
    let rel: Rel | undefined;
    if (g.rel) {
      rel = relOf(g.rel);
      n = rel === 'last' || rel === 'past' ? -1 : rel === 'next' || (rel === 'coming' && unit !== 'weekend') ? 1 : 0;
      if (rel === 'coming' && unit === 'weekend') n = 0;
      // "last year's" fine; "this year" fine. "next year" fine.
    } else {
      start = m.index; // "the end of the year": whole phrase
    }
    const sem: CalSem = { kind: 'cal', unitRel: { unit, n } };
    if (rel) sem.rel = rel;
    out.push({ start, end: m.index + m[0].length, sem, prio: 3 });
  }
}

// ---------------------------------------------------------------- bare months with last/this/next ("last December"), month names alone

const REL_MONTH_RE = new RegExp(`\\b(?<rel>[Ll]ast|[Tt]his\\s+past|[Tt]his\\s+coming|[Tt]his|[Nn]ext)\\s+(?<m>${MONTHS_FULL})\\b`, 'gu');

function relMonthAtoms(s: string, out: Atom[]): void {
  for (const m of matches(REL_MONTH_RE, s)) {
    const g = m.groups!;
    const month = MONTH_NAMES[g.m!.toLowerCase()]!;
    out.push({ start: m.index, end: m.index + m[0].length, sem: { kind: 'cal', month, rel: relOf(g.rel)! }, prio: 3 });
  }
}

/** Context that makes a capitalized month name alone a date: "in May", "since March", "a June interview". */
export function monthAloneOk(s: string, start: number, end: number, word: string): boolean {
  if (!isCap(word)) return false;
  const prev = wordBefore(s, start);
  const prevLower = prev?.word.toLowerCase();
  const next = wordAfter(s, end);
  const lower = word.toLowerCase();
  const prevIsName = prev !== undefined && isCap(prev.word) && !atStart(s, prev.start);
  /** "between June and July", "from March to May", "Jan. 18 and February": a list or range of dates before. */
  const afterDate = (): boolean => {
    const pp = prev ? wordBefore(s, prev.start) : undefined;
    return (
      pp !== undefined &&
      (MONTH_NAMES[pp.word.toLowerCase().replace(/[.,]$/u, '')] !== undefined ||
        /^\d{1,2}(?:st|nd|rd|th)?,?$/u.test(pp.word) ||
        /^(?:19|20)\d\d,?$/u.test(pp.word))
    );
  };
  // "November's election", "October's jobs report" — not "Theresa May's"
  if (/^['’]s\b/u.test(s.slice(end, end + 3))) return !prevIsName;
  if (/mid-$/iu.test(s.slice(Math.max(0, start - 4), start))) return true;
  if (prevLower && MONTH_PREV.has(prevLower)) {
    if (/^(?:and|or|to)$/u.test(prevLower) && !afterDate()) return false;
    if (lower === 'may' || lower === 'march') {
      // "that May have", "by March for Our Lives": the modal verb, a name
      if ((prevLower === 'that' || prevLower === 'by') && !afterDate()) return false;
      if (next && MODAL_NEXT.test(next.word)) return false;
      if (lower === 'march' && /^\s*\p{Lu}/u.test(s.slice(end, end + 2))) return false;
    }
    return true;
  }
  // "a May interview", "the June primary", "his March visit"
  if ((prevLower !== undefined && DETERMINERS.has(prevLower)) || /['’]s$/u.test(prev?.word ?? '')) {
    return next !== undefined && /^\s/u.test(s.slice(end, end + 1)) && isLowerWord(next.word) && !FUNCTION_NEXT.test(next.word);
  }
  return false;
}

const MONTH_PREV = new Set(
  `in since until till before after during through throughout early late mid last next this of from between by to and or around
  beginning starting ending each every that toward towards into come than past`
    .split(/\s+/u)
    .filter(Boolean),
);
const MODAL_NEXT =
  /^(?:have|has|had|be|been|not|well|also|never|still|do|say|said|says|soon|want|need|seem|decide|face|lose|win|get|go|come|take|make)$/iu;
const FUNCTION_NEXT = /^(?:for|of|on|to|in|and|the|a|an|is|was|has|had|have|will|would|said|says|may|might|can|could|be|been|who|which|that)$/u;

const MONTH_ALONE_RE = new RegExp(`\\b(?<m>${MONTHS_FULL}|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)(?!\\s*\\d|[\\p{L}-])`, 'gu');

function monthAloneAtoms(s: string, out: Atom[]): void {
  for (const m of matches(MONTH_ALONE_RE, s)) {
    const word = m.groups!.m!;
    const end = m.index + word.length;
    if (!monthAloneOk(s, m.index, end, word)) continue;
    const month = MONTH_NAMES[word.toLowerCase().replace(/\.$/u, '')]!;
    out.push({ start: m.index, end, sem: { kind: 'cal', month }, prio: 2 });
  }
}

// ---------------------------------------------------------------- years

const YEAR_RE = /(?<![\p{L}\p{N}$£€#@/.,:_])(?<y>(?:19|20)\d\d|1[6-8]\d\d)(?![\p{L}\p{N}%_]|[.,]\d|\s*(?:%|percent|per\s+cent)\b)/gu;

function yearAtoms(s: string, out: Atom[]): void {
  for (const m of matches(YEAR_RE, s)) {
    const start = m.index;
    const end = start + m.groups!.y!.length;
    const year = Number(m.groups!.y);
    const before = s.slice(Math.max(0, start - 24), start);
    const next = wordAfter(s, end);
    const nextLower = next?.word.toLowerCase().replace(/['’]s$/u, '');
    if (nextLower && COUNT_NOUNS.has(nextLower) && /^\s/u.test(s.slice(end, end + 1))) continue;
    if (/\b(?:No\.|number|flight|route|section|room|suite|page|pages|item|H\.R\.|S\.|Rule|Highway|Interstate|I-|Article|Chapter|Model|Windows|Office|Vision|Agenda)\s*$/iu.test(before)) continue;
    const prev = wordBefore(s, start);
    const p = prev?.word.toLowerCase().replace(/[’']s$/u, "'s");
    const pp = prev ? wordBefore(s, prev.start) : undefined;
    const yearBefore = /(?:19|20)\d\d(?:s)?,?\s+(?:and|or|to|through|nor)\s+$/u.test(before);
    let ok: boolean;
    if (year < 1900) {
      // older years only after a plain temporal preposition: "in 1830", "since 1776"
      ok = p !== undefined && /^(?:in|since|until|till|before|after|circa|from)$/u.test(p);
    } else if (/-$/u.test(before)) {
      // "mid-2015", "pre-2008", "2011-2016"
      ok = /(?:\bmid|\bpre|\bpost|\bearly|\blate|(?:19|20)\d\d)-$/iu.test(before);
    } else if (!prev) {
      // sentence start or after punctuation: "(2012)", "— 2012", "© 2015", "2012 was …"
      const punct = /([(\[,;:—–©-])\s*$/u.exec(before);
      if (atStart(s, start)) ok = next !== undefined && /^[\s,]/u.test(s.slice(end, end + 1));
      else if (punct && punct[1] === ',') ok = /^\s*(?:$|[,.;:)])/u.test(s.slice(end)); // ", 2012." after a place
      else ok = punct !== null;
    } else if (p === 'and' || p === 'or' || p === 'nor' || p === 'through' || p === 'than') {
      // only in a list or range of years: "2008 and 2012"; "later than 2020"
      ok = yearBefore || (p === 'than' && /\b(?:earlier|later|before|after|sooner|no\s+later)\s+than\s+$/iu.test(before));
    } else if (p !== undefined && (YEAR_PREV.has(p) || p.endsWith("'s") || DETERMINERS.has(p))) {
      ok = true;
    } else if (p !== undefined && MONTH_NAMES[p.replace(/[.,]$/u, '')] !== undefined) {
      ok = true; // "December 2024" (chrono usually has it)
    } else {
      // "the entire 2012 election cycle", "billionaire 2016 GOP frontrunner": a year-like noun follows
      ok = nextLower !== undefined && YEAR_NEXT.has(nextLower) && !(prev !== undefined && isCap(prev.word) && !atStart(s, prev.start) && !YEAR_NEXT.has(prev.word.toLowerCase()));
    }
    if (!ok && pp && /^(?:prior|up|back|leading|heading|forward|fast-forward|compared|going)$/iu.test(pp.word) && /^(?:to|into|with)$/u.test(p ?? '')) ok = true;
    if (!ok) continue;
    out.push({ start, end, sem: { kind: 'cal', year }, prio: 1 });
  }
}

// ---------------------------------------------------------------- decades and centuries

const DECADE_RE =
  /(?<![A-Za-z0-9'’])(?:(?<det>the)\s+)?(?:(?<mod>early|mid|late)(?:\s+|-))?(?:(?<d4>1[89]\d0|20\d0)|['’](?<d2>\d0))['’]?s\b|\b(?<det2>the)\s+(?:(?:early|mid|late)(?:\s+|-))?(?<w>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const DECADE_WORDS: Record<string, number> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

function decadeAtoms(s: string, out: Atom[], refYear: number | undefined): void {
  for (const m of matches(DECADE_RE, s)) {
    const g = m.groups!;
    let decade: string;
    if (g.d4) decade = `${g.d4.slice(0, 3)}X`;
    else if (g.d2) {
      // "the '90s" → 199X; "the '00s" → 200X: the latest such decade begun by the publication year
      const century = 2000 + Number(g.d2) <= (refYear ?? new Date().getUTCFullYear()) ? 20 : 19;
      decade = `${century}${g.d2[0]}X`;
    } else decade = `19${DECADE_WORDS[g.w!.toLowerCase()]}X`;
    // "in their 70s" (an age) is not matched: two digits need an apostrophe
    out.push({ start: m.index, end: m.index + m[0].length, sem: { kind: 'cal', decade }, prio: 3 });
  }
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};
const CENTURY_RE =
  /\b(?:(?<det>the)\s+)?(?:(?<mod>early|mid|late)(?:\s+|-))?(?:(?<n>\d{1,2})(?:st|nd|rd|th)|(?<w>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first))[\s-]centur(?:y|ies)\b/gi;

function centuryAtoms(s: string, out: Atom[]): void {
  for (const m of matches(CENTURY_RE, s)) {
    const g = m.groups!;
    const n = g.n ? Number(g.n) : ORDINAL_WORDS[g.w!.toLowerCase()]!;
    if (n < 1 || n > 30) continue;
    out.push({ start: m.index, end: m.index + m[0].length, sem: { kind: 'cal', century: `${p2(n - 1)}XX` }, prio: 3 });
  }
}

// ---------------------------------------------------------------- seasons and quarters

const SEASON_RE =
  /\b(?:(?<det>the)\s+)?(?:(?<rel>last|this\s+past|this\s+coming|this|next|early|late|mid)(?:\s+|-))?(?<s>spring|summer|fall|autumn|winter)\b(?:(?<of>\s+of|,)?\s+(?<y>(?:19|20)\d\d)\b)?/gi;
const SEASONS: Record<string, Season> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };

function seasonAtoms(s: string, out: Atom[]): void {
  for (const m of matches(SEASON_RE, s)) {
    const g = m.groups!;
    const word = g.s!;
    const sStart = m.index + m[0].toLowerCase().lastIndexOf(word.toLowerCase(), m[0].length - (g.y ? g.y.length + (g.of?.length ?? 0) : 0));
    if (isCap(word) && !atStart(s, sStart) && !g.rel && !g.y) continue; // "Arab Spring", "Summer Olympics"
    const relWord = g.rel?.toLowerCase().replace(/\s+/gu, ' ');
    const rel = relOf(relWord);
    let start = m.index;
    if (g.det && !g.y) start = m.index + /^the\s+/iu.exec(m[0])![0].length; // "in the fall" → "fall"; "the summer of 2010" keeps it
    if (!g.y && !rel) {
      // bare season: needs a temporal preposition ("in the fall", "over the summer"), and no "fall of Rome"
      const prev = wordBefore(s, m.index);
      const prevOk =
        prev &&
        (/^(?:in|during|over|through|throughout|by|until|till|since|before|after|this|last|next|early|late|that|each|every|all|into|toward|towards|until)$/iu.test(prev.word) ||
          (/^of$/iu.test(prev.word) && /\b(?:much|most|rest|part|end|start|beginning|middle|remainder|course)\s+of\s+$/iu.test(s.slice(Math.max(0, prev.start - 12), prev.end + 1))) ||
          (/^(?:and|or)$/iu.test(prev.word) && /\b(?:spring|summer|fall|autumn|winter)\s+(?:and|or)\s+(?:the\s+)?$/iu.test(s.slice(Math.max(0, m.index - 20), m.index))));
      // "the summer after the loss", "looking ahead to the fall": the article makes it a time
      if (!prevOk && !g.det && !(relWord && /^(?:early|late|mid)$/u.test(relWord))) continue;
      if (/^\s+(?:of|in)\b/iu.test(s.slice(m.index + m[0].length))) continue;
      if (word.toLowerCase() === 'fall' && !g.det && !relWord) continue;
    }
    const sem: CalSem = { kind: 'cal', season: SEASONS[word.toLowerCase()]! };
    if (g.y) sem.year = Number(g.y);
    if (rel) sem.rel = rel;
    out.push({ start, end: m.index + m[0].length, sem, prio: 3 });
  }
}

const QUARTER_RE =
  /\b(?:the\s+)?(?<o>first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+of\s+(?:(?<y>(?:19|20)\d\d)|(?<r>this|last|next|the)\s+year)\b|\b(?<q>Q[1-4])\s+(?<y2>(?:19|20)\d\d)\b/gu;

function quarterAtoms(s: string, out: Atom[]): void {
  const ord: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4 };
  for (const m of matches(QUARTER_RE, s)) {
    const g = m.groups!;
    const quarter = g.q ? Number(g.q[1]) : ord[g.o!.toLowerCase()]!;
    const sem: CalSem = { kind: 'cal', quarter };
    const y = g.y ?? g.y2;
    if (y) sem.year = Number(y);
    else if (g.r !== 'the') sem.yearRel = g.r === 'last' ? -1 : g.r === 'next' ? 1 : 0;
    out.push({ start: m.index, end: m.index + m[0].length, sem, prio: 3 });
  }
}

// ---------------------------------------------------------------- holidays

const HOLIDAY_RE =
  /\b(?:(?<rel>[Ll]ast|[Tt]his\s+past|[Tt]his\s+coming|[Tt]his|[Nn]ext)\s+)?(?<h>Christmas\s+Eve|Christmas(?:\s+Day)?|New\s+Year['’]?s(?:\s+Day|\s+Eve)?|New\s+Year(?:\s+Day|\s+Eve)|Thanksgiving(?:\s+Day)?|Independence\s+Day|the\s+Fourth\s+of\s+July|Fourth\s+of\s+July|July\s+Fourth|Labor\s+Day|Memorial\s+Day|Veterans['’]?\s+Day|Columbus\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?(?:['’]s)?\s+Day|MLK\s+Day|Presidents['’]?\s+Day|Election\s+(?:Day|Night)|[Ee]lection\s+(?:day|night)|Inauguration\s+Day|Halloween|Valentine['’]?s\s+Day|St\.?\s+Patrick['’]?s\s+Day|Mother['’]?s\s+Day|Father['’]?s\s+Day|Juneteenth|Flag\s+Day|Easter(?:\s+Sunday)?|Good\s+Friday|Black\s+Friday|Cyber\s+Monday|Tax\s+Day)\b(?:(?<of>\s+of|,)?\s+(?<y>(?:19|20)\d\d)\b)?/gu;

function holidayKey(h: string): string {
  const t = h.toLowerCase().replace(/['’]/gu, '').replace(/\s+/gu, ' ');
  if (t === 'christmas eve') return 'christmas eve';
  if (t.startsWith('christmas')) return 'christmas';
  if (/^new years? eve$/u.test(t)) return 'new year eve';
  if (t.startsWith('new year')) return 'new year';
  if (t.startsWith('thanksgiving')) return 'thanksgiving';
  if (/independence|fourth of july|july fourth/u.test(t)) return 'independence';
  if (t.startsWith('labor')) return 'labor';
  if (t.startsWith('memorial')) return 'memorial';
  if (t.startsWith('veterans')) return 'veterans';
  if (t.startsWith('columbus')) return 'columbus';
  if (/martin luther king|mlk/u.test(t)) return 'mlk';
  if (t.startsWith('presidents')) return 'presidents';
  if (t.startsWith('election')) return 'election';
  if (t.startsWith('inauguration')) return 'inauguration';
  if (t === 'halloween') return 'halloween';
  if (t.startsWith('valentine')) return 'valentine';
  if (/patrick/u.test(t)) return 'st patrick';
  if (t.startsWith('mother')) return 'mother';
  if (t.startsWith('father')) return 'father';
  if (t === 'juneteenth') return 'juneteenth';
  if (t.startsWith('flag')) return 'flag';
  if (t.startsWith('easter')) return 'easter';
  if (t === 'good friday') return 'good friday';
  if (t === 'black friday') return 'black friday';
  if (t === 'cyber monday') return 'cyber monday';
  return 'tax day';
}

function holidayAtoms(s: string, out: Atom[]): void {
  for (const m of matches(HOLIDAY_RE, s)) {
    const g = m.groups!;
    const h = g.h!;
    const key = holidayKey(h);
    const hStart = m.index + (m[0].length - m[0].trimStart().length) + (g.rel ? m[0].indexOf(h) : 0);
    const hEnd = hStart + h.length;
    // "Christmas tree", "a Thanksgiving dinner": a bare feast name needs a date-like position
    if (/^(?:Christmas|Thanksgiving|Easter|Halloween|Juneteenth)$/u.test(h) && !g.rel && !g.y) {
      const prev = wordBefore(s, hStart);
      const okPrev = prev && /^(?:on|at|before|after|by|until|till|since|over|for|through|during|of|around|near|until|this|last|next|from|to|til)$/iu.test(prev.word);
      const next = wordAfter(s, hEnd);
      const nounNext = next && isLowerWord(next.word) && !/^(?:and|or|but|when|as|in|on|at|is|was|will|with|to|the|a|this|that|he|she|they|we|i|it|after|before|because|so)$/u.test(next.word);
      if (!okPrev || nounNext) continue;
    }
    if (/^election/iu.test(h)) {
      // "election day" lower case is common; "Election Night" is a time
    }
    const sem: CalSem = { kind: 'cal', holiday: key };
    if (/night$/iu.test(h)) sem.tod = 'NI';
    if (g.y) sem.year = Number(g.y);
    const rel = relOf(g.rel);
    if (rel) sem.rel = rel;
    const start = /^the\s/iu.test(h) ? hStart : g.rel ? m.index : hStart;
    out.push({ start, end: m.index + m[0].length, sem, prio: 4 });
  }
}

// ---------------------------------------------------------------- sets: every year, annually, twice a week, $50,000 a year

const SET_RE = new RegExp(
  `\\b(?:every|each)\\s+(?:other\\s+)?(?:(?<n>\\d+|${NUM_WORD}|few)\\s+)?(?<u>${UNIT}|(?:${WEEKDAYS})s?|mornings?|afternoons?|evenings?|nights?|weekends?|spring|summer|fall|autumn|winter|${MONTHS_FULL})\\b` +
    `|\\b(?<adv>annually|yearly|monthly|weekly|daily|nightly|hourly|quarterly|bi-?weekly|bi-?monthly|bi-?annually|semi-?annually|annual|semi-?annual|bi-?annual|biennial|biennially)\\b` +
    `|\\b(?<freq>once|twice|thrice|(?:\\d+|${NUM_WORD}|several|many|multiple)\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<fu>second|minute|hour|day|night|week|month|year|decade)\\b` +
    `|\\b(?<per>per|a|an)\\s+(?<pu>year|month|week|day|hour|night)\\b` +
    // "day after day", "week by week", "year upon year": a repetition, every such unit
    `|\\b(?<rep>day|night|week|month|year)\\s+(?:after|by|upon)\\s+\\k<rep>\\b`,
  'gi',
);
const ADV_VALUE: Record<string, string> = {
  annually: 'P1Y', yearly: 'P1Y', annual: 'P1Y', monthly: 'P1M', weekly: 'P1W', daily: 'P1D', nightly: 'P1D', hourly: 'PT1H',
  quarterly: 'P3M', biweekly: 'P2W', bimonthly: 'P2M', biannually: 'P6M', semiannually: 'P6M', semiannual: 'P6M', biannual: 'P6M',
  biennial: 'P2Y', biennially: 'P2Y',
};

function setAtoms(s: string, out: Atom[]): void {
  for (const m of matches(SET_RE, s)) {
    const g = m.groups!;
    const start = m.index;
    const end = m.index + m[0].length;
    let value: string | undefined;
    if (g.u) {
      const u = g.u.toLowerCase().replace(/s$/u, '');
      const wd = WEEKDAY_NUM[u];
      const tod = TOD[u];
      const month = MONTH_NAMES[u];
      const n = g.n ? parseCount(g.n) : 1;
      if (wd) value = `XXXX-WXX-${wd}`;
      else if (month && isCap(g.u)) value = `XXXX-${p2(month)}`;
      else if (month) continue;
      else if (tod) value = `T${tod}`;
      else if (u === 'weekend') value = 'XXXX-WXX-WE';
      else if (SEASONS[u]) value = `XXXX-${SEASONS[u]}`;
      else {
        const info = unitOf(g.u);
        if (!info) continue;
        // "each day of the week" fine; "every single day" not matched (fine)
        value = durationValue(info.unit, n === undefined ? undefined : n * info.factor);
      }
    } else if (g.adv) {
      const w = g.adv.toLowerCase().replace(/-/gu, '');
      // "The Daily Caller", "Weekly Standard", "Daily Mail": capitalized inside a name
      if (isCap(g.adv)) {
        const next = wordAfter(s, end);
        if (!atStart(s, start) || (next && isCap(next.word))) continue;
      }
      value = ADV_VALUE[w];
    } else if (g.freq) {
      const info = unitOf(g.fu!);
      if (!info) continue;
      value = durationValue(info.unit, 1);
    } else if (g.per) {
      const per = g.per.toLowerCase();
      if (per !== 'per') {
        // "a year" is a rate only after an amount: "$50,000 a year", "20 percent a year", "three meals a day"
        const before = s.slice(Math.max(0, start - 30), start);
        if (!/(?:\d|\b(?:million|billion|trillion|thousand|hundred|dollars?|cents?|percent|times|meals|hours|miles|people|cases)|%)\s*$/iu.test(before)) continue;
      }
      const info = unitOf(g.pu!);
      if (!info) continue;
      value = g.pu!.toLowerCase() === 'night' ? 'P1D' : durationValue(info.unit, 1);
    } else if (g.rep) {
      // "step by step" needs no guard: only time units repeat here; "little by little, day by day"
      const u = g.rep.toLowerCase();
      value = u === 'night' ? 'P1D' : durationValue(unitOf(u)!.unit, 1);
    }
    if (!value) continue;
    out.push({ start, end, sem: { kind: 'set', value }, prio: 4 });
  }
}

// ---------------------------------------------------------------- entry point

export interface GrammarOptions {
  ages: boolean;
  refYear: number | undefined;
}

export type Extractor = (s: string, out: Atom[], opts: GrammarOptions) => void;

/**
 * The extractors, by name, each behind a cheap trigger: the big expressions start
 * with optional parts, which makes them slow to scan; the trigger (a plain word
 * alternation) skips the sentences that cannot match. Order does not matter.
 */
export const EXTRACTORS: ReadonlyArray<readonly [string, RegExp, Extractor, 'lower' | 'text']> = [
  // triggers marked 'lower' run, case-sensitively, on the lower-cased sentence (much faster than /i)
  ['duration', /second|minute|hour|day|week|fortnight|month|year|decade|centur|millenni/, durationAtoms, 'lower'],
  ['anaphor', /\bthe\s+(?:next|following|previous|prior|same|day|night|morning|evening|week|month|year)\b/, anaphorAtoms, 'lower'],
  ['weekday', /(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY/, weekdayAtoms, 'text'],
  ['clock', /\d\s*[ap]\.?\s?m\b|o['’]clock|noon|midnight|midday|\d:\d\d/, clockAtoms, 'lower'],
  ['dayPart', /\b(?:that|all|one|recent|the|early|late|a\s+single)\s+(?:very\s+)?(?:morning|afternoon|evening|night|day|week|month|year)|overnight/, dayPartAtoms, 'lower'],
  ['casual', /today|tonight|yesterday|tomorrow|night|this\s+(?:morning|afternoon|evening)/, casualAtoms, 'lower'],
  ['relUnit', /\b(?:last|this|next)\s|\bthe\s+(?:end|beginning|start|middle|rest|remainder|close)\s+of|weekend/, relUnitAtoms, 'lower'],
  ['relMonth', /\b(?:[Ll]ast|[Tt]his|[Nn]ext)\s/, relMonthAtoms, 'text'],
  ['monthAlone', /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/, monthAloneAtoms, 'text'],
  ['year', /(?:1[6-9]|20)\d\d/, yearAtoms, 'text'],
  ['decade', /\d0['’]?s\b|ties\b/, (s, out, o) => decadeAtoms(s, out, o.refYear), 'lower'],
  ['century', /centur/, centuryAtoms, 'lower'],
  ['season', /spring|summer|fall|autumn|winter/, seasonAtoms, 'lower'],
  ['quarter', /quarter|\bQ[1-4]\b/, quarterAtoms, 'text'],
  ['holiday', /Christmas|Year|Thanksgiving|Day|Fourth|Halloween|Juneteenth|Easter|Friday|Monday|[Ee]lection\s+(?:day|night)/, holidayAtoms, 'text'],
  [
    'set',
    /every|each|annual|yearly|monthly|weekly|daily|nightly|hourly|quarterly|biweekly|bi-|semi|biennial|once|twice|thrice|times|\bper\s|\ban?\s+(?:year|month|week|day|hour|night)\b|(?:day|night|week|month|year)\s+(?:after|by|upon)\s/,
    setAtoms,
    'lower',
  ],
];

/** All candidate atoms of one sentence, before overlap resolution (chrono's come separately). */
export function grammarAtoms(s: string, opts: GrammarOptions): Atom[] {
  const out: Atom[] = [];
  const lower = s.toLowerCase();
  for (const [, trigger, extract, on] of EXTRACTORS) if (trigger.test(on === 'lower' ? lower : s)) extract(s, out, opts);
  return out;
}
