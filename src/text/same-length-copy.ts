// A same-length copy of a text, edited in place: how the readings (Markdown,
// HTML) blank syntax without moving any offset. The characters are split out
// at the first edit only, so a text left as it is costs nothing.
export class SameLengthCopy {
  private chars: string[] | null = null;
  constructor(private readonly text: string) {}

  /** Characters [start, end) made spaces; line breaks stay, so every line keeps its place. */
  blank(start: number, end: number): void {
    const chars = (this.chars ??= this.text.split(''));
    for (let i = start; i < end; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  }

  /** The UTF-16 unit at `i` set to `c`. */
  put(i: number, c: string): void {
    (this.chars ??= this.text.split(''))[i] = c;
  }

  /** The UTF-16 unit at `i`, as edited so far. */
  at(i: number): string {
    return this.chars ? this.chars[i]! : this.text[i]!;
  }

  toString(): string {
    return this.chars ? this.chars.join('') : this.text;
  }
}
