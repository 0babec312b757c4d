// Texts for property tests: fragments of real news mixed with the debris real
// corpora carry (stray quotes, tags, odd line endings, astral characters,
// Markdown syntax).
import fc from 'fast-check';

const FRAGMENTS = [
  'Days after the incident, the Kremlin admitted that Russian air defense forces were repelling drones.',
  '“At that time, Grozny was under attack,” the Kremlin revealed.',
  'According to Putin, the explosion was a result of missile fragments.',
  'White House spokesperson John Kirby stated that there were “early indications” pointing to such a scenario.',
  'Dmitry Yadrov, head of Russia’s civil aviation agency, described the situation as “very complicated.”',
  'On December 25, 2024, an Azerbaijan Airlines plane crashed near Aktau, killing 38 people.',
  'ALSO READ: Why Russian Space Suits Look Different',
  'Drones, Defenses & Lethal Mistake',
  'He said last week that about ten meters separated them.',
  "''This isn't tax reform,'' said Douglas Holtz-Eakin.",
  'PENCE: Well, look, this is serious business.',
];
const DEBRIS = ['“', '”', '"', "'", '‘', '’', '\n', '\r\n', '\r', '\n\n', '\u00a0', '<p>', '</tweet>', '🚀', '𝒳', 'قال', ' ', ',', ':', '—', '(', ')', '…', '\t', '\u200b', '\ufeff', '[', '](https://x.org/a_(b))', '![', '# ', '\n## ', '**', '*', '_', '__', '\n> ', '\n===\n', '\n[1]: https://x.org\n', '][1]',
  // a page saved whole, and runs long enough to be read as one token (src/nlp/wink.ts LONG_RUN)
  '<!DOCTYPE html>', '<head><title>T &amp; U</title>', '</head>', '<body>', '<title>', 'data:image/png;base64,' + 'iVBORw0KGgo'.repeat(50), '.'.repeat(520)];

export const newsText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.constantFrom(...DEBRIS), fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 8 })), {
    minLength: 1,
    maxLength: 14,
  })
  .map((parts) => parts.join(' '))
  .filter((t) => t.trim().length > 0);
