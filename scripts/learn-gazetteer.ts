// Learn a name gazetteer from PolNeAR train's silver entity spans (CoreNLP):
// surface form → our entity type, kept when seen at least twice with one
// class in at least 70 % of its occurrences. Deterministic, sorted output.
// Usage: npx tsx scripts/learn-gazetteer.ts [--data ../shared/polnear/data/train] [--out src/entities/gazetteer.json]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scriptArgs } from '../src/cli/args.ts';
import { parseSilver } from '../src/eval/entities.ts';

const { values } = scriptArgs(import.meta.url, {
  data: { type: 'string', default: '../shared/polnear/data/train' },
  out: { type: 'string', default: 'src/entities/gazetteer.json' },
  'min-count': { type: 'string', default: '1' },
  'min-share': { type: 'string', default: '0.7' },
});
const minCount = Number(values['min-count']);
const minShare = Number(values['min-share']);
const textDir = path.join(values.data!, 'text');
const silverDir = path.join(values.data!, 'entities-corenlp');

const counts = new Map<string, Map<string, number>>();
let docs = 0;
for (const name of readdirSync(silverDir).filter((f) => f.endsWith('.ann')).sort()) {
  const raw = readFileSync(path.join(textDir, name.replace(/\.ann$/u, '.txt')), 'utf8');
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  docs++;
  for (const s of parseSilver(readFileSync(path.join(silverDir, name), 'utf8'), bom ? 1 : 0)) {
    if (!['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'].includes(s.type)) continue;
    const form = text.slice(s.start, s.end);
    if (!/^\p{Lu}/u.test(form) || form.length < 2) continue;
    const byClass = counts.get(form) ?? new Map<string, number>();
    byClass.set(s.type, (byClass.get(s.type) ?? 0) + 1);
    counts.set(form, byClass);
  }
}

/** CoreNLP class → our type (LOCATION splits by the head word; MISC of one word is a group, else an event). */
function typeOf(cls: string, form: string): string {
  if (cls === 'PERSON') return 'PERSON';
  if (cls === 'ORGANIZATION') return 'ORG';
  if (cls === 'LOCATION') return /\b(Sea|Ocean|River|Mountains?|Lake|Valley|Gulf|Bay|Peninsula|Desert|Islands?|Coast|Region)$/u.test(form) ? 'LOC' : 'GPE';
  return form.includes(' ') ? 'EVENT' : 'NORP';
}

const names: Record<string, string> = {};
for (const form of [...counts.keys()].sort()) {
  const byClass = counts.get(form)!;
  const total = [...byClass.values()].reduce((a, b) => a + b, 0);
  const [cls, n] = [...byClass.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
  if (total >= minCount && n / total >= minShare) names[form] = typeOf(cls, form);
}
writeFileSync(
  values.out!,
  `${JSON.stringify({ about: `Learned by scripts/learn-gazetteer.ts from the CoreNLP silver spans of ${docs} PolNeAR train articles: surface form → type, seen >= ${minCount} times with one class in >= ${minShare * 100} % of them.`, names }, null, 1)}\n`,
);
console.error(`${docs} documents, ${Object.keys(names).length} names → ${values.out}`);
