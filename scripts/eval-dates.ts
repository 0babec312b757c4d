// Evaluate the dates stage against CoreNLP's silver TIMEX spans on PolNeAR.
//
//   npx tsx scripts/eval-dates.ts [--split dev|train] [--errors N] [--show fn|fp|boundary|type] [--bench N]
//
// Detection P/R/F1 with three matchings (one-to-one):
//   exact        same [start, end)
//   first-token  overlapping spans whose first word is the same token, after a
//                leading "the" is skipped in both ("the 1990s" ~ "1990s")
//   overlap      any overlap
// over all four types (type ignored), and per type (type required). Twice: over
// all silver spans, and over silver without CoreNLP's deictic "dates" (value
// PRESENT_REF / PAST_REF / FUTURE_REF: "now", "currently", "recently", "the
// past", "once", …), which this stage deliberately does not annotate.
// Value agreement on matched pairs where CoreNLP's value is fully specified
// (2016-10-07, 2012, P2Y, T14:00 — no X, no OFFSET/THIS), plus a looser check
// where X's in CoreNLP's value are wildcards (XXXX-WXX-5 ~ any Friday).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { newDoc } from '../src/pipeline/doc.ts';
import { segmentStage } from '../src/segment/index.ts';
import { sentencesStage } from '../src/sentences/index.ts';
import { datesStage } from '../src/dates/index.ts';
import type { ArticleMeta, DateExpr } from '../src/schemas/index.ts';
import { isoWeekday, parseIsoDate } from '../src/dates/calendar.ts';
import { firstWord } from '../src/eval/entities.ts';
import { scriptArgs } from '../src/cli/args.ts';

const ROOT = '../shared/polnear/data';
const { values } = scriptArgs(import.meta.url, {
  split: { type: 'string', default: 'dev' },
  errors: { type: 'string', default: '0' },
  show: { type: 'string', default: '' },
  bench: { type: 'string', default: '0' },
});
const split = values.split;
const showErrors = Number(values.errors);
/** --show fn|fp|boundary|type: print each missed / spurious / boundary-mismatched span in context. */
const show = values.show;
/** --bench N: time the dates stage N more times over the split (already split into sentences); report the median. */
const bench = Number(values.bench);
const benchDocs: Array<ReturnType<typeof sentencesStage.run>> = [];
const ctx = (text: string, s: number, e: number): string =>
  `${text.slice(Math.max(0, s - 60), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 40)}`.replace(/\s+/gu, ' ');
if (split === 'test' || !['dev', 'train'].includes(split)) {
  console.error('--split must be dev or train (the test split stays untouched)');
  process.exit(2);
}

interface Silver {
  start: number;
  end: number;
  type: string;
  text: string;
  value: string;
}

function readMetadata(): Map<string, string> {
  const lines = readFileSync(join(ROOT, 'metadata.tsv'), 'utf8').split('\n');
  const head = lines[0]!.split('\t');
  const fi = head.indexOf('filename');
  const di = head.indexOf('publication_date');
  const out = new Map<string, string>();
  for (const l of lines.slice(1)) {
    const c = l.split('\t');
    if (c[fi] && c[di]) out.set(c[fi]!, c[di]!);
  }
  return out;
}

function readSilver(path: string): Silver[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const notes = new Map<string, string>();
  for (const l of lines) {
    if (!l.startsWith('#')) continue;
    const c = l.split('\t');
    const target = c[1]?.split(' ')[1];
    if (target) notes.set(target, c[2] ?? '');
  }
  const out: Silver[] = [];
  for (const l of lines) {
    if (!l.startsWith('T')) continue;
    const c = l.split('\t');
    const parts = c[1]!.split(/[ ;]/u);
    const type = parts[0]!;
    if (!['DATE', 'TIME', 'DURATION', 'SET'].includes(type)) continue;
    const nums = parts.slice(1).map(Number);
    out.push({ start: nums[0]!, end: nums[nums.length - 1]!, type, text: c[2] ?? '', value: notes.get(c[0]!) ?? '' });
  }
  return out;
}

const DEICTIC = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);
const FULL_VALUE = /^(?:\d{4}(?:-\d\d(?:-\d\d)?)?|\d{4}-W\d\d|\d{3}X|P[\d.]+[YMWD]|PT[\d.]+[HMS]|T\d\d:\d\d)$/u;


type Matching = 'exact' | 'first' | 'overlap';
function matches(text: string, p: { start: number; end: number }, g: { start: number; end: number }, how: Matching): boolean {
  if (p.start >= g.end || g.start >= p.end) return false;
  if (how === 'overlap') return true;
  if (how === 'exact') return p.start === g.start && p.end === g.end;
  return firstWord(text, p.start, p.end)[0] === firstWord(text, g.start, g.end)[0];
}

/** Greedy one-to-one matching; returns pairs [predIndex, goldIndex]. */
function align(text: string, pred: DateExpr[], gold: Silver[], how: Matching, sameType: boolean): Array<[number, number]> {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  pred.forEach((p, i) => {
    const j = gold.findIndex((g, k) => !used.has(k) && (!sameType || g.type === p.type) && matches(text, p, g, how));
    if (j >= 0) {
      used.add(j);
      pairs.push([i, j]);
    }
  });
  return pairs;
}

interface Counts {
  tp: number;
  np: number;
  ng: number;
}
const prf = (c: Counts): string => {
  const p = c.np ? c.tp / c.np : 0;
  const r = c.ng ? c.tp / c.ng : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F1 ${(100 * f).toFixed(1)}   (tp ${c.tp}, pred ${c.np}, silver ${c.ng})`;
};

/** CoreNLP value with X's as wildcards, against our resolved value. */
function looseAgree(ours: string | null, silver: string): boolean {
  if (ours === null) return false;
  if (ours === silver) return true;
  const wk = /^XXXX-WXX-(\d)(T.*)?$/u.exec(silver);
  if (wk) {
    const d = parseIsoDate(ours.slice(0, 10));
    return d !== undefined && isoWeekday(d) === Number(wk[1]) && (wk[2] === undefined || ours.endsWith(wk[2]));
  }
  if (/^XXXX-/u.test(silver)) return ours.length >= silver.length - 0 && ours.slice(4).startsWith(silver.slice(4));
  if (/^T/u.test(silver)) return ours.endsWith(silver);
  if (/X/u.test(silver)) {
    const re = new RegExp(`^${silver.replace(/X/gu, '[\\dX]')}$`, 'u');
    return re.test(ours);
  }
  return false;
}

const meta = readMetadata();
const dir = join(ROOT, split);
const files = readdirSync(join(dir, 'text')).filter((f) => f.endsWith('.txt')).sort();
const TYPES = ['DATE', 'TIME', 'DURATION', 'SET'] as const;
const zero = (): Counts => ({ tp: 0, np: 0, ng: 0 });
const totals: Record<string, Counts> = {};
const key = (subset: string, how: Matching, type: string): string => `${subset}|${how}|${type}`;
let valFull = 0;
let valFullAgree = 0;
let valLoose = 0;
let valLooseAgree = 0;
let tokens = 0;
let msDates = 0;
let msAll = 0;
let chars = 0;
const fn = new Map<string, number>();
const fp = new Map<string, number>();
const valueErrors: string[] = [];

const segOpts = segmentStage.options.parse({});
const sentOpts = sentencesStage.options.parse({});
const dateOpts = datesStage.options.parse({});

for (const f of files) {
  const id = f.replace(/\.txt$/u, '');
  const annPath = join(dir, 'entities-corenlp', `${id}.ann`);
  if (!existsSync(annPath)) continue;
  let text = readFileSync(join(dir, 'text', f), 'utf8');
  // the .ann offsets count the BOM when there is one; keep the text as is so offsets agree
  const silverAll = readSilver(annPath);
  const article: ArticleMeta = {
    id,
    title: null,
    publisher: null,
    url: null,
    publishedAt: meta.get(id) ?? null,
    language: 'en',
    sourcePath: join(dir, 'text', f),
    sha256: '',
  };
  const t0 = performance.now();
  let doc = newDoc(article, text);
  doc = segmentStage.run(doc, segOpts);
  doc = sentencesStage.run(doc, sentOpts);
  if (bench > 0) benchDocs.push(doc);
  const t1 = performance.now();
  doc = datesStage.run(doc, dateOpts);
  const t2 = performance.now();
  msDates += t2 - t1;
  msAll += t2 - t0;
  tokens += doc.tokens?.length ?? 0;
  chars += text.length;
  const pred = [...doc.dates!];
  for (const p of pred) {
    if (text.slice(p.start, p.end) !== p.text) throw new Error(`${id}: span text mismatch at ${p.start}`);
  }
  text = doc.text;
  const subsets: Record<string, Silver[]> = {
    all: silverAll,
    'no-deictic': silverAll.filter((g) => !DEICTIC.has(g.value)),
  };
  for (const [subset, gold] of Object.entries(subsets)) {
    for (const how of ['exact', 'first', 'overlap'] as Matching[]) {
      const k = key(subset, how, 'ALL');
      totals[k] ??= zero();
      const pairs = align(text, pred, gold, how, false);
      totals[k]!.tp += pairs.length;
      totals[k]!.np += pred.length;
      totals[k]!.ng += gold.length;
      for (const t of TYPES) {
        const kt = key(subset, how, t);
        totals[kt] ??= zero();
        const pt = pred.filter((p) => p.type === t);
        const gt = gold.filter((g) => g.type === t);
        totals[kt]!.tp += align(text, pt, gt, how, true).length;
        totals[kt]!.np += pt.length;
        totals[kt]!.ng += gt.length;
      }
      if (subset === 'no-deictic' && how === 'first') {
        const pi = new Set(pairs.map(([i]) => i));
        const gi = new Set(pairs.map(([, j]) => j));
        gold.forEach((g, j) => {
          if (!gi.has(j)) fn.set(`${g.type} ${g.text}`, (fn.get(`${g.type} ${g.text}`) ?? 0) + 1);
        });
        if (show === 'fn') gold.forEach((g, j) => gi.has(j) || console.log(`FN ${g.type} ${g.value} | ${ctx(text, g.start, g.end)}`));
        if (show === 'fp') pred.forEach((p, i) => pi.has(i) || console.log(`FP ${p.type} ${p.value} | ${ctx(text, p.start, p.end)}`));
        if (show === 'type')
          for (const [i, j] of pairs) if (pred[i]!.type !== gold[j]!.type) console.log(`TY ours ${pred[i]!.type} silver ${gold[j]!.type} [${pred[i]!.text}] [${gold[j]!.text}]`);
        if (show === 'boundary')
          for (const [i, j] of align(text, pred, gold, 'overlap', false)) {
            const p = pred[i]!;
            const g = gold[j]!;
            if (p.start !== g.start || p.end !== g.end) console.log(`BD ours [${p.text}] silver [${g.text}] | ${ctx(text, Math.min(p.start, g.start), Math.max(p.end, g.end))}`);
          }
        pred.forEach((p, i) => {
          if (!pi.has(i)) fp.set(`${p.type} ${p.text}`, (fp.get(`${p.type} ${p.text}`) ?? 0) + 1);
        });
        for (const [i, j] of pairs) {
          const p = pred[i]!;
          const g = gold[j]!;
          if (FULL_VALUE.test(g.value)) {
            valFull++;
            const ok = p.value === g.value || (g.value.startsWith('T') && (p.value ?? '').endsWith(g.value));
            if (ok) valFullAgree++;
            else valueErrors.push(`${id}: "${g.text}" silver ${g.value} ours ${p.value} [${p.text}]`);
          } else if (/X/u.test(g.value) && !/OFFSET|THIS|REF|INTERSECT|NEXT|PREV/u.test(g.value)) {
            valLoose++;
            if (looseAgree(p.value, g.value)) valLooseAgree++;
            else valueErrors.push(`${id}: "${g.text}" silver ${g.value} ours ${p.value} [${p.text}] (wildcard)`);
          }
        }
      }
    }
  }
}

console.log(`split ${split}: ${files.length} articles, ${tokens} tokens`);
for (const subset of ['all', 'no-deictic']) {
  console.log(`\n== silver: ${subset === 'all' ? 'all CoreNLP spans' : 'without PRESENT_REF/PAST_REF/FUTURE_REF'}`);
  for (const how of ['exact', 'first', 'overlap'] as Matching[]) {
    console.log(`  ${how.padEnd(8)} ALL       ${prf(totals[key(subset, how, 'ALL')]!)}`);
    for (const t of TYPES) console.log(`  ${''.padEnd(8)} ${t.padEnd(9)} ${prf(totals[key(subset, how, t)]!)}`);
  }
}
const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) : '-');
console.log(`\nvalue agreement (first-token matches, no-deictic):`);
console.log(`  fully specified silver value: ${valFullAgree}/${valFull} = ${pct(valFullAgree, valFull)}%`);
console.log(`  silver with X wildcards:      ${valLooseAgree}/${valLoose} = ${pct(valLooseAgree, valLoose)}%`);
console.log(
  `\nspeed: dates stage ${msDates.toFixed(0)} ms = ${Math.round(tokens / (msDates / 1000))} tokens/s (${(chars / 1e6 / (msDates / 1000)).toFixed(1)} MB/s); segment+sentences+dates ${Math.round(tokens / (msAll / 1000))} tokens/s`,
);
if (bench > 0) {
  const runs: number[] = [];
  for (let k = 0; k < bench; k++) {
    const t = performance.now();
    for (const d of benchDocs) datesStage.run(d, dateOpts);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const med = runs[Math.floor(runs.length / 2)]!;
  console.log(`bench: dates stage median of ${bench} runs ${med.toFixed(0)} ms = ${Math.round(tokens / (med / 1000))} tokens/s`);
}
if (showErrors > 0) {
  const top = (m: Map<string, number>): string =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, showErrors)
      .map(([k, v]) => `${v}× ${k}`)
      .join('\n    ');
  console.log(`\nmissed (first-token, no-deictic):\n    ${top(fn)}`);
  console.log(`\nspurious (first-token, no-deictic):\n    ${top(fp)}`);
  console.log(`\nvalue disagreements:\n    ${valueErrors.slice(0, showErrors).join('\n    ')}`);
}
