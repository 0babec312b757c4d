// Learn the cue lexicon from PolNeAR train: for each word lemma, how often a
// token with that lemma is (the head of) a gold cue, against how often it
// occurs at all. Deterministic: sorted output, no randomness.
// Usage: npx tsx scripts/learn-cues.ts [--data ../shared/polnear/data/train] [--out src/attributions/cues.json]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { scriptArgs } from '../src/cli/args.ts';
import { tokenizeRange } from '../src/nlp/wink.ts';

const { values } = scriptArgs(import.meta.url, { data: { type: 'string', default: '../shared/polnear/data/train' }, out: { type: 'string', default: 'src/attributions/cues.json' }, 'min-count': { type: 'string', default: '4' } });
const dataDir = values.data!;
const minCount = Number(values['min-count']);

const texts = readdirSync(path.join(dataDir, 'text')).filter((f) => f.endsWith('.txt')).sort();
const anns = readdirSync(path.join(dataDir, 'attributions')).sort();
const stats = new Map<string, { cue: number; total: number; pos: Record<string, number> }>();
const sourceHeads = new Map<string, number>();
const particles = new Map<string, number>();
const particleTotals = new Map<string, number>();
let docs = 0;
for (const t of texts) {
  const stem = t.replace(/\.txt$/u, '');
  const ann = anns.find((a) => a.startsWith(`${stem}_`) || a === `${stem}.ann`);
  if (!ann) continue;
  docs++;
  let text = readFileSync(path.join(dataDir, 'text', t), 'utf8');
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (shift) text = text.slice(1);
  const cueChars = new Uint8Array(text.length);
  const sources: Array<[number, number]> = [];
  for (const line of readFileSync(path.join(dataDir, 'attributions', ann), 'utf8').split(/\r?\n/u)) {
    const src = /^T\d+\tSource (\d+) [\d; ]*?(\d+)\t/u.exec(line);
    if (src) sources.push([Number(src[1]) - shift, Number(src[2]) - shift]);
    const m = /^T\d+\tCue ([\d; ]+)\t/u.exec(line);
    if (!m) continue;
    for (const frag of m[1]!.split(';')) {
      const [s, e] = frag.trim().split(' ').map(Number) as [number, number];
      for (let i = s - shift; i < e - shift; i++) if (i >= 0) cueChars[i] = 1;
    }
  }
  const { tokens } = tokenizeRange(text, 0, text.length, 0, 0);
  // verb + particle cues: "called for", "pointed out", "complained about"
  for (let k = 0; k + 1 < tokens.length; k++) {
    const v = tokens[k]!;
    const p = tokens[k + 1]!;
    if (v.pos === 'VERB' && (p.pos === 'ADP' || p.pos === 'PART' || p.pos === 'ADV') && cueChars[v.start] && /^[a-z]+$/u.test(p.lower)) {
      const key = `${v.lemma.toLowerCase()} ${p.lower}`;
      particleTotals.set(key, (particleTotals.get(key) ?? 0) + 1);
      if (cueChars[p.start]) particles.set(key, (particles.get(key) ?? 0) + 1);
    }
  }
  // the head of each source: its last common noun before any preposition ("officials", "statement")
  for (const [s, e] of sources) {
    let head: string | null = null;
    for (const tok of tokens) {
      if (tok.start < s || tok.end > e) continue;
      if (tok.pos === 'ADP') break;
      if (tok.pos === 'NOUN') head = tok.lemma.toLowerCase();
    }
    if (head) sourceHeads.set(head, (sourceHeads.get(head) ?? 0) + 1);
  }
  for (const tok of tokens) {
    if (tok.type !== 'word') continue;
    const key = tok.pos === 'VERB' || tok.pos === 'NOUN' || tok.pos === 'ADJ' ? `${tok.lemma.toLowerCase()}/${tok.pos}` : null;
    if (!key) continue;
    const st = stats.get(key) ?? { cue: 0, total: 0, pos: {} };
    st.total++;
    if (cueChars[tok.start]) st.cue++;
    stats.set(key, st);
  }
}
const lexicon = [...stats.entries()]
  .filter(([, s]) => s.cue >= minCount)
  .map(([key, s]) => {
    const [lemma, pos] = key.split('/') as [string, string];
    return { lemma, pos, cue: s.cue, total: s.total, p: Math.round((s.cue / s.total) * 1000) / 1000 };
  })
  .sort((a, b) => b.cue - a.cue || a.lemma.localeCompare(b.lemma) || a.pos.localeCompare(b.pos));
// kept when the particle is inside the cue at least half the times it follows a cue verb
const verbParticles = Object.fromEntries(
  [...particles.entries()]
    .filter(([k, n]) => n >= 3 && n / (particleTotals.get(k) ?? n) >= 0.5)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
);
const heads = Object.fromEntries([...sourceHeads.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
writeFileSync(
  values.out!,
  `${JSON.stringify({ about: `Learned from ${docs} PolNeAR train articles by scripts/learn-cues.ts. lexicon: cue = times the token lies in a gold cue, total = times the lemma occurs with that POS, p = cue / total. sourceHeads: common-noun heads of gold sources (seen at least twice) with counts. verbParticles: verb lemma + particle pairs inside gold cues (seen at least 3 times, and in the cue at least half the times the particle follows a cue verb).`, lexicon, sourceHeads: heads, verbParticles }, null, 1)}\n`,
);
console.error(`${docs} documents, ${lexicon.length} cue lemmas → ${values.out}`);
