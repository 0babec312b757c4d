// Wire copy's doubled apostrophes. The New York Times' archive (116 of
// PolNeAR train's 120 NYT texts) and older wire feeds type a double quotation
// mark as two apostrophes: ''We will win,'' she said. wink reads them as two
// `'` tokens, which the taggers learned far less well than `"` (dev typed this
// way scored 67.5 linked against 68.7 as published, session 33). The article
// is read through a same-length copy in which each doubled apostrophe that
// opens or closes a quotation is one `"` beside its words and a space on its
// other side: ` "We will win," ` — offsets do not move. Each pair is returned
// as an atom, which no output span may cut (src/text/atoms.ts), so a span that
// ends at the `"` takes in both apostrophes.
import { SameLengthCopy } from './same-length-copy.ts';
import { straightMarkOpens } from './quote-style.ts';

export interface WireMarkReading {
  /** The text with each quoting '' read as `"` and a space (the input itself when there is none). */
  text: string;
  /** Doubled apostrophes read as marks. */
  marks: number;
  /** Their ranges [start, start + 2), ascending. */
  atoms: Array<[number, number]>;
}

/** What may follow a closing mark: a space, punctuation, a dash or bracket, the end (not a letter or digit). */
const AFTER_CLOSING = /[^\p{L}\p{N}]/u;

/** Whether the mark opened at `opening` (−1: none) is still open at `at`: no line break between. */
const quoteOpen = (text: string, opening: number, at: number): boolean => opening >= 0 && text.lastIndexOf('\n', at) < opening;

export function readWireMarks(text: string): WireMarkReading {
  let at = text.indexOf("''");
  if (at < 0) return { text, marks: 0, atoms: [] };
  const copy = new SameLengthCopy(text);
  const atoms: Array<[number, number]> = [];
  let lastOpening = -1;
  for (; at >= 0; at = text.indexOf("''", at + 2)) {
    // a run of exactly two: three or more hold a single mark beside the double one ("bad.'''")
    if (text[at - 1] === "'" || text[at + 2] === "'") {
      while (text[at + 2] === "'") at++;
      continue;
    }
    const next = text[at + 2];
    // (at a line's start a mark opens even before a space: "\n'' … he delivered …")
    if (straightMarkOpens(text, at, 2) || at === 0 || text[at - 1] === '\n' || text[at - 1] === '\r') {
      lastOpening = at;
      // the mark beside its words; at a line's start before a space, where the line starts
      const markFirst = /\s/u.test(next ?? '');
      copy.put(at, markFirst ? '"' : ' ');
      copy.put(at + 1, markFirst ? ' ' : '"');
    } else if ((next === undefined || AFTER_CLOSING.test(next)) && (!/\s/u.test(text[at - 1] ?? ' ') || quoteOpen(text, lastOpening, at))) {
      // (a closing mark after a space closes a quotation opened in its paragraph: "would fail, ''")
      lastOpening = -1;
      copy.put(at, '"');
      copy.put(at + 1, ' ');
    } else continue; // inside a word ("don''t"): not read
    atoms.push([at, at + 2]);
  }
  return { text: atoms.length > 0 ? copy.toString() : text, marks: atoms.length, atoms };
}
