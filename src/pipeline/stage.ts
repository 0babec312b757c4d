import type { z } from 'zod';
import type { Doc, Layer } from './doc.ts';

/** A named function from document to document, with its contract declared (spaCy-style). */
export interface Stage<O = unknown> {
  name: string;
  /** Layers that must exist before the stage runs. */
  requires: readonly Layer[];
  /** Layers used when present, but not required (e.g. entities for speaker linking). */
  uses?: readonly Layer[];
  assigns: readonly Layer[];
  options: z.ZodType<O>;
  run(doc: Doc, options: O): Doc;
}

export function defineStage<O>(stage: Stage<O>): Stage<O> {
  return stage;
}
