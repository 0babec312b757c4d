// Markdown syntax. Articles saved by scrapers and readers (trafilatura, Jina
// Reader, Obsidian clippers, markdownify) arrive as Markdown: "# " headings,
// [linked names](https://…), *emphasis*, "> " block quotes. The taggers were
// trained on plain prose, where "[York Times](https://…)" is not a name and a
// bracket splits a source from its cue, so the article is read through a copy
// of its text with that syntax blanked to spaces. Only syntax is blanked (the
// words of a link or of an emphasis stay where they are): the copy is the same
// length, offset for offset, and records keep the article's own text.

import { lines as lineRangesOf } from './line-wrap.ts';
import { SameLengthCopy } from './same-length-copy.ts';
import type { MarkPair } from './atoms.ts';

export interface MarkdownReading {
  /** The text with Markdown syntax blanked (the input itself when it has none). */
  text: string;
  /** Inline links and images read. */
  links: number;
  /** Heading lines read ("# …", or a line underlined with === or ---). */
  headings: number;
  /** Emphasis pairs (*…*, **…**, _…_, __…__) read. */
  emphasis: number;
  /** Block-quote markers ("> ") read. */
  blockQuotes: number;
  /**
   * The opening and closing syntax of each link and emphasis read, as [open start, open end,
   * close start, close end] ("[" and "](https://…)", "**" and "**"), sorted by where they open:
   * a record's span that holds one of the two takes in the other (src/text/atoms.ts).
   */
  pairs: MarkPair[];
}


// [text](url "title") or ![alt](url): the destination a URL, a path or an anchor, on one line
const LINK = /(!?)\[([^\]\n]{0,500})\]\(\s*<?(?:[a-z][a-z0-9+.-]{1,20}:|\/|#|\.{1,2}\/|www\.)[^\s()<>]*(?:\([^\s()]*\)[^\s()<>]*)*>?(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)/giu;
// [text][ref] or [text][]: a reference link, when the text defines the reference ("[ref]: https://…", a line blanked whole)
const REF_LINK = /\[([^\]\n]{1,500})\]\[([^\]\n]{0,100})\]/gu;
const REF_DEFINITION = /^ {0,3}\[([^\]\n]{1,100})\]:[ \t]*\S+[^\n]*$/gmu;
const ATX_HEADING = /^ {0,3}#{1,6}[ \t]+(?=\S)/gmu;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-{2,})[ \t]*$/u;
const BLOCK_QUOTE = /^ {0,3}(?:>[ \t]?)+/gmu;
// emphasis on one line (strong: at most 300 characters, so that a line of unpaired ** is read in linear time): the marks hug the words (CommonMark's flanking rule); _ never inside a word
const STRONG = /(?<![\p{L}\p{N}*\\])(\*\*|__)(?=[^\s*_])([^\n]{0,300}?[^\s\\*_])\1(?![\p{L}\p{N}*])/gu;
const EM_STAR = /(?<![\p{L}\p{N}*\\])\*(?=[^\s*])([^\n*]*?[^\s\\*])\*(?![\p{L}\p{N}*])/gu;
const EM_UNDERSCORE = /(?<![\p{L}\p{N}_\\])_(?=[^\s_])([^\n_]*?[^\s\\_])_(?![\p{L}\p{N}_])/gu;

/**
 * Reads Markdown syntax: the text's inline links and images, reference links
 * and their definitions, ATX and setext headings, emphasis and block-quote
 * markers. An article counts as Markdown when it has a link, a heading line
 * marked with #, or an emphasis pair ("*Aliyev* said": wink reads "*Aliyev*" as no
 * name); otherwise it comes back as it is (a
 * lone *asterisk* or a "#hashtag" line in plain text is not Markdown).
 */
export function readMarkdown(text: string): MarkdownReading {
  const none: MarkdownReading = { text, links: 0, headings: 0, emphasis: 0, blockQuotes: 0, pairs: [] };
  // cheap rejection: no character Markdown syntax starts with
  if (!/[[#*_>]/u.test(text)) return none;
  const copy = new SameLengthCopy(text);
  const pairs: MarkPair[] = [];
  let links = 0;
  for (const m of text.matchAll(LINK)) {
    const [all, bang, label] = m;
    const at = m.index;
    links++;
    if (bang) copy.blank(at, at + all.length); // an image: its alt text is no prose of the article
    else {
      copy.blank(at, at + 1);
      copy.blank(at + 1 + label!.length, at + all.length);
      pairs.push([at, at + 1, at + 1 + label!.length, at + all.length]);
    }
  }
  const defined = new Set([...text.matchAll(REF_DEFINITION)].map((m) => m[1]!.trim().toLowerCase()));
  for (const m of defined.size > 0 ? text.matchAll(REF_LINK) : []) {
    if (!defined.has((m[2] || m[1]!).trim().toLowerCase())) continue;
    links++;
    copy.blank(m.index, m.index + 1);
    copy.blank(m.index + 1 + m[1]!.length, m.index + m[0].length);
    pairs.push([m.index, m.index + 1, m.index + 1 + m[1]!.length, m.index + m[0].length]);
  }
  let headings = 0;
  for (const m of text.matchAll(ATX_HEADING)) {
    headings++;
    const start = m.index + m[0].length;
    copy.blank(m.index, start);
    // closing hashes, "## Title ##": scanned back from the line's end (a regex to the end would be quadratic in a long line)
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    let i = end;
    while (i > start && /[ \t\r]/u.test(text[i - 1]!)) i--;
    let h = i;
    while (h > start && text[h - 1] === '#') h--;
    if (h < i && h > start && /[ \t]/u.test(text[h - 1]!)) copy.blank(h, i);
  }
  let emphasis = 0;
  for (const re of [STRONG, EM_STAR, EM_UNDERSCORE]) {
    // each pass reads the text as the previous one left it, so **bold** is not also read as *…*
    const width = re === STRONG ? 2 : 1;
    for (const m of copy.toString().matchAll(re)) {
      const inner = m[m.length - 1]!;
      emphasis++;
      copy.blank(m.index, m.index + width);
      copy.blank(m.index + width + inner.length, m.index + m[0].length);
      pairs.push([m.index, m.index + width, m.index + width + inner.length, m.index + m[0].length]);
    }
  }
  if (links === 0 && headings === 0 && emphasis === 0) return none;
  for (const m of text.matchAll(REF_DEFINITION)) copy.blank(m.index, m.index + m[0].length);
  let blockQuotes = 0;
  for (const m of text.matchAll(BLOCK_QUOTE)) {
    blockQuotes++;
    copy.blank(m.index, m.index + m[0].length);
  }
  // setext headings: a line of text underlined with === or ---
  const lines = lineRangesOf(text);
  for (let k = 1; k < lines.length; k++) {
    const [s, e] = lines[k]!;
    const [ps, pe] = lines[k - 1]!;
    if (!SETEXT_UNDERLINE.test(text.slice(s, e)) || text.slice(ps, pe).trim() === '') continue;
    headings++;
    copy.blank(s, e);
  }
  return { text: copy.toString(), links, headings, emphasis, blockQuotes, pairs: pairs.sort((a, b) => a[0] - b[0] || a[2] - b[2]) };
}
