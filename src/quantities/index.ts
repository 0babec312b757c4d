// Stage 5: quantities — a number and what it counts ("38 passengers",
// "two missiles", "about ten meters"). Dates and years are not quantities.
import { z } from 'zod';
import type { Quantity } from '../schemas/index.ts';
import { defineStage } from '../pipeline/stage.ts';
import { analysisText, need } from '../pipeline/doc.ts';
import type { Token } from '../nlp/wink.ts';
import { isNumberToken, numberValue } from '../text/numbers.ts';

export const QuantitiesOptions = z.object({}).strict();

const MULTIPLIERS: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const VAGUE = new Set(['dozens', 'hundreds', 'thousands', 'millions']);
const APPROX = new Set(['about', 'nearly', 'around', 'some', 'approximately', 'almost', 'roughly', 'over', 'more', 'less', 'fewer', 'up', 'at', 'least', 'estimated', 'than', 'under']);
const MONTHS = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu;

/** Spans from `text`; units read in `reading` (the segment stage's same-length reading, so no markup joins a unit). */
export function extractQuantities(text: string, tokens: readonly Token[], dateSpans: ReadonlyArray<{ start: number; end: number }>, reading: string = text): Quantity[] {
  const inDate = (t: Token) => dateSpans.some((d) => t.start >= d.start && t.end <= d.end);
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!isNumberToken(t) || inDate(t)) continue;
    const prev = tokens[i - 1];
    // a four-digit number after a month or "in" is a year: the dates stage's business
    if (/^(1[89]|20)\d\d$/u.test(t.text) && prev && (MONTHS.test(prev.lower) || prev.text === ',' || /^(in|since|by|until|of|from|before|after)$/u.test(prev.lower))) continue;
    if (prev && prev.text === '-' && prev.end === t.start) continue; // "IL-76", "F-16"
    let j = i;
    let value = numberValue(t)!;
    // "2.5 million", "two hundred"
    while (tokens[j + 1] && Object.hasOwn(MULTIPLIERS, tokens[j + 1]!.lower) && tokens[j + 1]!.sentence === t.sentence) {
      value *= MULTIPLIERS[tokens[j + 1]!.lower]!;
      j++;
    }
    let start = t.start;
    let approximate = VAGUE.has(t.lower);
    let k = i - 1;
    while (k >= 0 && APPROX.has(tokens[k]!.lower) && tokens[k]!.sentence === t.sentence && i - k <= 3) {
      approximate = true;
      start = tokens[k]!.start;
      k--;
    }
    // what it counts: the noun(s) right after ("38 passengers", "ten meters", "two missiles")
    let unitEnd = -1;
    let u = j + 1;
    if (tokens[u]?.text === '%' || tokens[u]?.lower === 'percent') unitEnd = u;
    else {
      while (tokens[u] && u - j <= 3 && tokens[u]!.sentence === t.sentence && (tokens[u]!.pos === 'ADJ' || tokens[u]!.pos === 'NOUN' || tokens[u]!.pos === 'PROPN')) {
        if (tokens[u]!.pos === 'NOUN' || tokens[u]!.pos === 'PROPN') unitEnd = u;
        if (tokens[u]!.pos === 'NOUN' && tokens[u + 1]?.pos !== 'NOUN') break;
        u++;
      }
    }
    const end = unitEnd >= 0 ? tokens[unitEnd]!.end : tokens[j]!.end;
    const unit = unitEnd >= 0 ? reading.slice(tokens[j + 1]!.start, tokens[unitEnd]!.end) : null;
    if (unit === null && !/^\d/u.test(t.text)) continue; // a bare number word is rarely a fact
    out.push({ id: `q${out.length + 1}`, start, end, text: text.slice(start, end), value, approximate, unit });
    i = Math.max(i, unitEnd, j);
  }
  return out;
}

export const quantitiesStage = defineStage({
  name: 'quantities',
  requires: ['tokens'],
  uses: ['dates'],
  assigns: ['quantities'],
  options: QuantitiesOptions,
  run(doc) {
    const tokens = need(doc, 'tokens', 'quantities');
    return { ...doc, quantities: extractQuantities(doc.text, tokens, doc.dates ?? [], analysisText(doc)) };
  },
});
