// Training data: PolNeAR articles run through the pipeline's own segmentation
// and tokenization, with the gold attributions turned into a tag per token.
import { newDoc, type Doc } from '../pipeline/doc.ts';
import { segmentStage } from '../segment/index.ts';
import { sentencesStage } from '../sentences/index.ts';
import { sha256 } from '../corpus/article.ts';
import type { Token } from '../nlp/wink.ts';
import type { GoldAttribution, Range } from '../eval/brat.ts';
import { B, I, O, type Role } from './labels.ts';

/**
 * A document with segments, sentences and tokens, as the pipeline builds it, but with wink's own
 * POS tags and sentences: the models learn from those. The sentences stage's repairs of them (a
 * verb wink reads as a noun after a plural subject, "state" read as a verb after "to", the
 * sentence breaks it makes or misses) run at inference only, where they give the words the
 * features the models learned for their true reading. (Retrained on the repaired tags in session 22, the attribution models scored lower on
 * dev: source 75.8 against 76.4, cue 69.8 against 70.6, content 61.4 against 62.4.)
 */
export function prepareDoc(text: string, id = 'doc'): Doc {
  const article = {
    id,
    title: null,
    publisher: null,
    url: null,
    publishedAt: null,
    language: 'en',
    sourcePath: `${id}.txt`,
    sha256: sha256(text),
  };
  let doc = newDoc(article, text);
  doc = segmentStage.run(doc, segmentStage.options.parse({}));
  doc = sentencesStage.run(doc, sentencesStage.options.parse({ verbsAfterPluralSubjects: false, verbsAfterNamedSubjects: false, stateBeforeNouns: false, verbsBeforeClauses: false, mendSentenceBreaks: false }));
  return doc;
}

export interface GoldTagStats {
  tokens: number;
  /** Tokens claimed by two roles/attributions (the first claim wins: cues, then sources, then contents). */
  conflicts: number;
}

/**
 * One tag per token: a token overlapping a gold span takes its role; B when
 * the previous token is not in the same role of the same attribution.
 */
export function goldLabels(tokens: readonly Token[], gold: readonly GoldAttribution[], stats?: GoldTagStats): Uint8Array {
  const n = tokens.length;
  const owner = new Int32Array(n).fill(-1);
  const role: Array<Role | null> = new Array<Role | null>(n).fill(null);
  const starts = tokens.map((t) => t.start);
  const firstEndingAfter = (offset: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end > offset) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  void starts;
  const mark = (ranges: readonly Range[] | null, r: Role, a: number) => {
    if (!ranges) return;
    for (const [s, e] of ranges) {
      for (let i = firstEndingAfter(s); i < n && tokens[i]!.start < e; i++) {
        if (owner[i]! >= 0) {
          if (stats && (owner[i] !== a || role[i] !== r)) stats.conflicts++;
          continue;
        }
        owner[i] = a;
        role[i] = r;
      }
    }
  };
  gold.forEach((g, a) => mark(g.cue, 'cue', a));
  gold.forEach((g, a) => mark(g.source, 'source', a));
  gold.forEach((g, a) => mark(g.content, 'content', a));
  const labels = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const r = role[i];
    if (!r) {
      labels[i] = O;
      continue;
    }
    const same = i > 0 && owner[i - 1] === owner[i] && role[i - 1] === r && tokens[i - 1]!.sentence >= 0;
    labels[i] = same ? I[r] : B[r];
  }
  if (stats) stats.tokens += n;
  return labels;
}
