// Peak memory that stays flat as the corpus grows. A batch run keeps little
// alive between articles (models, lexicons and memos: ~80 MB of heap) but
// promotes tens of MB per second of per-article objects to the old generation.
// V8 lets the old generation grow to up to four times what is live before a
// full collection, and the limit it reaches depends on how long the run has
// gone on: peak RSS grew with the corpus (1 worker: ~460 MB at 10 MB of input,
// ~530 MB at 50 MB). Growing it by half of what is live instead holds the peak
// near 330 MB at both sizes, at no wall time measurable here (README,
// Performance). The setting is V8's, so it holds for the whole process and
// its worker threads; it changes when memory is collected, never a result.
import v8 from 'node:v8';

/** Heap growth factor 1 + HEAP_GROWING_PERCENT / 100 after each full collection. */
export const HEAP_GROWING_PERCENT = 50;

let applied = false;

/** Bound the heap's growth for the rest of this process (once; later calls do nothing). */
export function boundHeapGrowth(): void {
  if (applied) return;
  applied = true;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
