import { z } from 'zod';
import { PUBLISHED_SCHEMAS } from './index.ts';

/** The JSON Schemas published in output/schema/, generated from the zod schemas. */
export function jsonSchemas(): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(PUBLISHED_SCHEMAS).map(([name, schema]) => [name, z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'output' })]),
  );
}
