// How much of a line is in title case: what tells a heading from the start of a sentence.

/** Words a title leaves in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'amid', 'over', 'into', 'after', 'is', 'are', 'be', 'it']);

/** Title-case ratio of the content words of a line (0 when it has none). */
export function titleCaseRatio(words: readonly string[]): number {
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return 0;
  return content.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length / content.length;
}
