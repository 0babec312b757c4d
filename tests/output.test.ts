// The committed output/ for the bundled corpus is reproduced byte for byte,
// and the published JSON Schemas are current.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runExtract } from '../src/batch/extract.ts';
import { jsonSchemas } from '../src/schemas/json-schema.ts';
import { ArticleRecord } from '../src/schemas/index.ts';

describe('committed output', () => {
  it('is reproduced exactly by a fresh run over corpus/', async () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'claims-out-'));
    const { exitCode, manifest } = await runExtract({ inputs: ['corpus'], out, quiet: true, log: () => {} });
    expect(exitCode).toBe(0);
    expect(manifest.failed).toBe(0);
    const names = readdirSync('output/articles').sort();
    expect(readdirSync(path.join(out, 'articles')).sort()).toEqual(names);
    for (const name of names) {
      expect(readFileSync(path.join(out, 'articles', name), 'utf8'), name).toBe(readFileSync(path.join('output/articles', name), 'utf8'));
    }
    expect(readFileSync(path.join(out, 'claims.jsonl'), 'utf8')).toBe(readFileSync('output/claims.jsonl', 'utf8'));
    const committed = JSON.parse(readFileSync('output/manifest.json', 'utf8'));
    const fresh = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
    // only the output folder differs, and the code hash (the committed tree vs a working tree)
    for (const m of [committed, fresh]) {
      delete m.codeVersion;
      for (const e of m.entries) {
        e.output = e.output ? path.basename(e.output) : null;
        delete e.fingerprint;
      }
    }
    expect(fresh).toEqual(committed);
  });

  it('validates against the schema, with every offset slicing back to its text', () => {
    for (const name of readdirSync('output/articles')) {
      const r = ArticleRecord.parse(JSON.parse(readFileSync(path.join('output/articles', name), 'utf8')));
      const spans = [...r.sentences, ...r.dates, ...r.quantities, ...r.entities.flatMap((e) => [...e.mentions, ...e.roles])];
      for (const s of spans) expect(r.text.slice(s.start, s.end)).toBe(s.text);
      for (const a of r.attributions) {
        for (const p of [a.cue, a.content, ...(a.source ? [a.source] : [])]) {
          expect(p.spans.map(([s, e]) => r.text.slice(s, e)).join(' ')).toBe(p.text);
        }
      }
    }
  });

  it('keeps the bodies of the seed articles byte for byte', () => {
    for (const name of readdirSync('output/articles')) {
      const r = ArticleRecord.parse(JSON.parse(readFileSync(path.join('output/articles', name), 'utf8')));
      const seedFile = path.join('tests/fixtures/seeds', `${r.article.id}.txt`);
      let seedText: string;
      try {
        seedText = readFileSync(seedFile, 'utf8');
      } catch {
        continue; // not a seed
      }
      expect(r.text).toBe(seedText);
    }
  });

  it('publishes JSON Schemas that match the zod schemas (run `npm run schema` after changing them)', () => {
    for (const [name, schema] of Object.entries(jsonSchemas())) {
      const file = JSON.parse(readFileSync(path.join('output/schema', `${name}.json`), 'utf8'));
      expect(file, name).toEqual(schema);
    }
  });
});
