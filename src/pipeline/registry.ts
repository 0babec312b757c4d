// Every stage a pipeline file may name.
import type { Stage } from './stage.ts';
import { segmentStage } from '../segment/index.ts';
import { sentencesStage } from '../sentences/index.ts';
import { entitiesStage } from '../entities/index.ts';
import { attributionsStage } from '../attributions/index.ts';

export const STAGES: ReadonlyMap<string, Stage<any>> = new Map<string, Stage<any>>(
  [segmentStage, sentencesStage, entitiesStage, attributionsStage].map((s) => [s.name, s as Stage<any>]),
);
