// Peak memory that stays flat as the corpus grows. A batch run keeps little
// alive between articles (models, lexicons, memos: ~45 MB of heap once the
// token memos are full) but promotes tens of MB per second of per-article
// objects to the old generation. V8 lets the old generation grow to up to four
// times what is live before a full collection, and how far it goes varies with
// the run: 1-worker peaks of ~450 MB at 10 MB of input and up to ~545 MB at
// 50 MB. Capping the growth at three times what is live gave 401 and 426 MB
// with no wall time lost (50 MB: 88.0 s against 90.0 s uncapped); 1.5 times
// held ~330 MB but cost 8-19 % of wall time in extra collections. The setting
// is V8's, so it holds for the whole process and its worker threads; it
// changes when memory is collected, never a result.
import v8 from 'node:v8';

/** After each full collection the heap may grow to (1 + HEAP_GROWING_PERCENT / 100) × what is live. */
export const HEAP_GROWING_PERCENT = 200;

let applied = false;

/** Bound the heap's growth for the rest of this process (once; later calls do nothing). */
export function boundHeapGrowth(): void {
  if (applied) return;
  applied = true;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
