// Pipelines are data: a JSON file naming stages and their options, validated
// here before anything runs (unknown stage, bad option, unmet requirement).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { sha256 } from '../corpus/article.ts';
import type { Doc, Layer } from './doc.ts';
import { STAGES } from './registry.ts';
import type { Stage } from './stage.ts';

export const PipelineFile = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    stages: z
      .array(z.object({ name: z.string(), options: z.record(z.string(), z.unknown()).optional() }).strict())
      .min(1),
  })
  .strict();

export interface LoadedPipeline {
  name: string;
  path: string;
  /** Hash of the file's content: part of what makes a cached record reusable. */
  sha256: string;
  stages: Array<{ stage: Stage<unknown>; options: unknown }>;
}

export class PipelineError extends Error {
  override name = 'PipelineError';
}

export function loadPipeline(file: string): LoadedPipeline {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (e) {
    throw new PipelineError(`cannot read pipeline file ${file}: ${(e as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new PipelineError(`pipeline file ${file} is not valid JSON: ${(e as Error).message}`);
  }
  return buildPipeline(json, file, sha256(raw));
}

export function buildPipeline(json: unknown, file = '<inline>', hash = sha256(JSON.stringify(json))): LoadedPipeline {
  const parsed = PipelineFile.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new PipelineError(`pipeline ${file}: ${i.path.join('.') || '(root)'}: ${i.message}`);
  }
  const have = new Set<Layer>();
  const stages = parsed.data.stages.map((entry, k) => {
    const stage = STAGES.get(entry.name);
    if (!stage) {
      throw new PipelineError(`pipeline ${file}: stage ${k + 1} "${entry.name}" is unknown (known: ${[...STAGES.keys()].join(', ')})`);
    }
    const missing = stage.requires.filter((l) => !have.has(l));
    if (missing.length > 0) {
      throw new PipelineError(
        `pipeline ${file}: stage "${entry.name}" requires ${missing.join(', ')}, which no earlier stage assigns`,
      );
    }
    const opts = stage.options.safeParse(entry.options ?? {});
    if (!opts.success) {
      const i = opts.error.issues[0]!;
      throw new PipelineError(`pipeline ${file}: options of stage "${entry.name}": ${i.path.join('.') || '(root)'}: ${i.message}`);
    }
    for (const l of stage.assigns) have.add(l);
    return { stage, options: opts.data };
  });
  return { name: parsed.data.name, path: file, sha256: hash, stages };
}

export class StageError extends Error {
  override name = 'StageError';
  constructor(
    readonly stage: string,
    cause: unknown,
  ) {
    super(`stage "${stage}" failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/** Run the stages in order; the input doc is never mutated. `timings` collects milliseconds per stage. */
export function runPipeline(pipeline: LoadedPipeline, doc: Doc, timings?: Record<string, number>): Doc {
  let current = doc;
  for (const { stage, options } of pipeline.stages) {
    const t0 = timings ? performance.now() : 0;
    try {
      current = stage.run(current, options);
    } catch (e) {
      throw new StageError(stage.name, e);
    }
    if (timings) timings[stage.name] = (timings[stage.name] ?? 0) + performance.now() - t0;
  }
  return current;
}
