// Property-based: whatever the text, the pipeline does not throw, every span
// slices back to its text, ids are unique, records validate, and two runs agree.
// A bounded run here; `npm run fuzz -- --runs 10000` for the long one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRecord } from '../../scripts/fuzz-check.ts';
import { record } from '../helpers.ts';
import { newsText } from './generators.ts';

describe('pipeline properties', () => {
  it('holds on generated news-like texts', () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const r = record(text);
        expect(checkRecord(r)).toEqual([]);
        expect(JSON.stringify(record(text))).toBe(JSON.stringify(r));
      }),
      { numRuns: 60, seed: 20241225 },
    );
  });
});
