// CoreNLP's four entity classes (what PolNeAR's silver spans use) and how this
// pipeline's finer types fall into them.
import type { EntityType } from '../schemas/index.ts';

export const NER_CLASSES = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'] as const;
export type NerClass = (typeof NER_CLASSES)[number];

export const CLASS_OF: Record<EntityType, NerClass> = {
  PERSON: 'PERSON',
  ORG: 'ORGANIZATION',
  GPE: 'LOCATION',
  LOC: 'LOCATION',
  FAC: 'LOCATION',
  NORP: 'MISC',
  EVENT: 'MISC',
  PRODUCT: 'MISC',
};
