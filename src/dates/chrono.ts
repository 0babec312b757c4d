// chrono-node, cut down to what it does best here: month-name dates ("December 25,
// 2024", "Sept. 11", "25th of December", "March 2016"), slash dates with a year
// ("9/17/16") and ISO dates. Its casual parsers (weekdays resolved forward, "now",
// "a march" → March) are left out: the grammar in grammar.ts covers those cases.
import * as chrono from 'chrono-node';
import type { Atom, CalSem } from './sem.ts';

const PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENMonthNameParser',
]);
const REFINERS = new Set(['OverlapRemovalRefiner', 'ENMergeDateRangeRefiner', 'UnlikelyFormatFilter', 'ENUnlikelyFormatFilter']);

let instance: chrono.Chrono | undefined;

function parser(): chrono.Chrono {
  if (instance) return instance;
  const base = chrono.en.casual.clone();
  const parsers = base.parsers.filter((p) => PARSERS.has(p.constructor.name));
  const refiners = base.refiners.filter((r) => REFINERS.has(r.constructor.name));
  const found = new Set(parsers.map((p) => p.constructor.name));
  for (const name of PARSERS) {
    if (!found.has(name)) throw new Error(`chrono-node: parser ${name} not found (version change?)`);
  }
  instance = new chrono.Chrono({ parsers, refiners });
  return instance;
}

/** Cheap test: is there anything chrono could read? A capitalized month word, or digits with / or -. */
export const CHRONO_HINT = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\d[/-]\d/u;
const MONTH_WORD = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?/u;

// A fixed reference: chrono's choice of year is ignored (isCertain tells which parts were written).
const REF = { instant: new Date(Date.UTC(2000, 5, 15, 12)), timezone: 0 };

/** Month-name, slash and ISO dates of one sentence as atoms (only parts written in the text). */
export function chronoAtoms(s: string): Atom[] {
  if (!CHRONO_HINT.test(s)) return [];
  const out: Atom[] = [];
  for (const r of parser().parse(s, REF, { forwardDate: false })) {
    let text = r.text;
    let start = r.index;
    // chrono sometimes keeps trailing punctuation ("May,")
    const trimmed = text.replace(/[\s,;:]+$/u, '');
    text = trimmed;
    const lead = /^(?:the\s+)/iu.exec(text);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    const c = r.start;
    const day = c.isCertain('day');
    const month = c.isCertain('month');
    let year = c.isCertain('year');
    // "By Jan. 18, 10 days after …", "Yin Myint May, 60": a year must be written with four digits
    if (year && MONTH_WORD.test(text) && !/\b\d{4}\b/u.test(text)) {
      const cut = /,?\s*['’]?\d{1,3}$/u.exec(text);
      if (!cut || !day) continue;
      text = text.slice(0, cut.index);
      year = false;
    }
    if (!month) continue;
    // month alone is the grammar's business (it checks "May" the verb, "a march")
    if (!day && !year) continue;
    const hasMonthWord = MONTH_WORD.exec(text);
    if (hasMonthWord) {
      // a lower-case "may 5" or "march 2016" is no date
      if (!/^\p{Lu}/u.test(hasMonthWord[0])) continue;
    } else if (!year) {
      continue; // "3/4", "24/7", "9/11": a slash date needs its year
    }
    const sem: CalSem = { kind: 'cal', month: c.get('month')! };
    if (day) sem.day = c.get('day')!;
    if (year) sem.year = c.get('year')!;
    out.push({ start, end: start + text.length, sem, prio: 5 });
  }
  return out;
}
