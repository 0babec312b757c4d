// Rendering a Summary: the text table, the JSON summary and the error listing.
import { ROLES, type ErrorItem, type Summary } from './score.ts';

export interface RunInfo {
  gold: string;
  pred: string;
  /** Gold documents without a predicted record (scored as empty predictions). */
  missingPredictions: string[];
  /** Predicted records whose text differs from the gold text. */
  textMismatches: string[];
}

function pct(x: number | null): string {
  return x === null ? '-' : (100 * x).toFixed(1);
}

function round(x: number | null): number | null {
  return x === null ? null : Math.round(x * 10000) / 10000;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  // First column left-aligned (names), the rest right-aligned (numbers).
  const fmt = (r: string[]) =>
    r
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [fmt(header), ...rows.map(fmt)].join('\n');
}

export function formatTable(s: Summary, info: RunInfo): string {
  const rows = ROLES.map((role) => {
    const r = s.roles[role];
    return [role, String(r.gold), String(r.pred), pct(r.precision), pct(r.recall), pct(r.f1), pct(r.jaccard)];
  });
  const l = s.linked;
  const main = table(
    ['role', 'gold', 'pred', 'exact-P', 'exact-R', 'exact-F1', 'jaccard'],
    [...rows, ['linked', String(l.gold), String(l.pred), pct(l.precision), pct(l.recall), pct(l.f1), '']],
  );
  const charExact = ROLES.map((role) => `${role} ${s.roles[role].charExact} of ${s.roles[role].charPred}`).join(', ');
  const out = [
    `docs ${s.docs}  (gold ${info.gold}; predictions ${info.pred})`,
    '',
    main,
    '(linked row: P, R, F1 of whole attributions)',
    `exact to the character, every span: ${charExact} predicted`,
  ];
  if (info.missingPredictions.length > 0) {
    out.push('', `${info.missingPredictions.length} document(s) without a predicted record, scored as empty: ${info.missingPredictions.slice(0, 10).join(', ')}${info.missingPredictions.length > 10 ? ', …' : ''}`);
  }
  if (info.textMismatches.length > 0) {
    out.push('', `WARNING: ${info.textMismatches.length} predicted record(s) whose text differs from the gold text (offsets may not line up): ${info.textMismatches.slice(0, 10).join(', ')}`);
  }
  if (s.byKind.length > 0) {
    out.push('', 'by predicted kind', table(['kind', 'pred', 'linked', 'P'], s.byKind.map((k) => [k.kind, String(k.pred), String(k.linked), pct(k.precision)])));
  }
  if (s.byCue.length > 0) {
    out.push(
      '',
      `by gold cue (top ${s.byCue.length})`,
      table(
        ['cue', 'gold', 'linked-R', 'pred', 'linked-P'],
        s.byCue.map((c) => [JSON.stringify(c.cue), String(c.gold), pct(c.recall), String(c.pred), pct(c.precision)]),
      ),
    );
  }
  if (s.errorCounts.length > 0) {
    out.push('', 'errors by cause (--errors for examples)', table(['cause', 'count'], s.errorCounts.map((e) => [e.cause, String(e.count)])));
  }
  return out.join('\n');
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

function attributionLine(label: string, a: NonNullable<ErrorItem['gold']>): string {
  const kind = a.kind ? ` (${a.kind})` : '';
  return `    ${label}${kind}: [${clip(a.source ?? '∅', 60)}] —${clip(a.cue, 40)}→ [${clip(a.content ?? '∅', 120)}]`;
}

export function formatErrors(s: Summary, maxExamples: number): string {
  const out: string[] = [];
  for (const { cause, count } of s.errorCounts) {
    out.push('', `== ${cause} (${count})`);
    for (const e of s.errors.filter((x) => x.cause === cause).slice(0, maxExamples)) {
      out.push(`  ${e.articleId} @${e.offset}: ${clip(e.line, 300)}`);
      if (e.gold) out.push(attributionLine('gold', e.gold));
      if (e.pred) out.push(attributionLine('pred', e.pred));
    }
  }
  return out.join('\n').replace(/^\n/u, '');
}

/** The machine-readable summary: fractions in [0, 1] (null when undefined), counts, breakdowns, error group sizes. */
export function summaryJson(s: Summary, info: RunInfo, opts: { errors: boolean; maxExamples: number }): unknown {
  const roles = Object.fromEntries(
    ROLES.map((role) => {
      const r = s.roles[role];
      return [
        role,
        {
          gold: r.gold,
          pred: r.pred,
          exactMatches: r.exact,
          charExactMatches: r.charExact,
          charPred: r.charPred,
          exact: { precision: round(r.precision), recall: round(r.recall), f1: round(r.f1) },
          jaccard: round(r.jaccard),
        },
      ];
    }),
  );
  const l = s.linked;
  return {
    docs: s.docs,
    gold: info.gold,
    pred: info.pred,
    missingPredictions: info.missingPredictions,
    textMismatches: info.textMismatches,
    roles,
    linked: { gold: l.gold, pred: l.pred, tp: l.tp, precision: round(l.precision), recall: round(l.recall), f1: round(l.f1) },
    byKind: s.byKind.map((k) => ({ ...k, precision: round(k.precision) })),
    byCue: s.byCue.map((c) => ({ ...c, recall: round(c.recall), precision: round(c.precision) })),
    errors: Object.fromEntries(s.errorCounts.map((e) => [e.cause, e.count])),
    ...(opts.errors
      ? { errorExamples: Object.fromEntries(s.errorCounts.map((e) => [e.cause, s.errors.filter((x) => x.cause === e.cause).slice(0, opts.maxExamples)])) }
      : {}),
  };
}
