// Every stage a pipeline file may name.
import type { Stage } from './stage.ts';
import { languageStage } from '../language/index.ts';
import { segmentStage } from '../segment/index.ts';
import { sentencesStage } from '../sentences/index.ts';
import { entitiesStage } from '../entities/index.ts';
import { datesStage } from '../dates/index.ts';
import { quantitiesStage } from '../quantities/index.ts';
import { attributionsStage } from '../attributions/index.ts';
import { attributionTaggerStage } from '../attributions/tagger-stage.ts';
import { speakersStage } from '../speakers/index.ts';
import { claimsStage } from '../claims/index.ts';

const all: Array<Stage<any>> = [
  languageStage,
  segmentStage,
  sentencesStage,
  entitiesStage,
  datesStage,
  quantitiesStage,
  attributionsStage,
  attributionTaggerStage,
  speakersStage,
  claimsStage,
];

export const STAGES: ReadonlyMap<string, Stage<any>> = new Map(all.map((s) => [s.name, s]));
