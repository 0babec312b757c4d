// HTML markup. News APIs and feeds (an RSS item's content:encoded, the bodies
// that the Guardian's or NewsAPI's endpoints return, CMS exports) deliver an
// article's body as HTML: <p> paragraphs, <a href> names, <em>, and marks as
// entities (&ldquo; &#8217; &amp;). The taggers were trained on plain prose,
// so the article is read through a same-length copy: tags blanked (a block
// tag's first characters become the blank line between paragraphs), the
// contents of <script>, <style> and comments blanked whole, and each entity
// replaced by its character padded with spaces. The character goes at the end
// of the entity when a word follows it ("Clinton&#8217;s" → "Clinton      ’s",
// so the possessive stays with its word), else at the start. Records keep the
// article's own text; the entities' ranges are returned as `atoms`, which no
// output span may cut (src/text/atoms.ts widens a span over them).
import { SameLengthCopy } from './same-length-copy.ts';
import type { MarkPair } from './atoms.ts';

export interface HtmlReading {
  /** The text with tags and entities read (the input itself when it is not HTML). */
  text: string;
  /** Tags read. */
  tags: number;
  /** Entities decoded. */
  entities: number;
  /** [start, end) of every decoded entity, in text order. */
  atoms: ReadonlyArray<readonly [number, number]>;
  /**
   * Each inline element's opening and closing tag in one paragraph ("<a href=…>" and "</a>"), as
   * [open start, open end, close start, close end], sorted by where they open: a record's span
   * that holds one takes in the other (src/text/atoms.ts).
   */
  pairs: readonly MarkPair[];
}

// the elements of article bodies, and of the page around one saved whole (<html>, <body>; <head>
// and <title> hold no prose); an unknown name ("<Trump>", "a <b> c" aside) is not read as a tag
const INLINE = 'a|abbr|b|base|cite|code|em|font|i|img|link|mark|meta|q|s|small|source|span|strong|sub|sup|time|u|wbr';
const BLOCK = 'article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|header|hr|html|li|main|nav|ol|p|picture|pre|section|table|tbody|td|th|thead|tr|ul';
const RAW = 'script|style|noscript|iframe|svg|audio|video|head|title';
// a page's document type declaration, blanked with the comments
const DOCTYPE = /<!doctype[^<>]{0,1000}>/giu;
const TITLE = /<title(?=[\s>])[^<>]{0,1000}>([^<]{0,1000})<\/title\s*>/iu;
// a tag on one line or a few, its attributes at most 1,000 characters (bounded, so a stray "<p" is read in linear time)
const TAG = new RegExp(`<(/?)(${INLINE}|${BLOCK}|${RAW})(?=[\\s/>])[^<>]{0,1000}>`, 'giu');
const IS_BLOCK = new RegExp(`^(?:${BLOCK})$`, 'iu');
/** The blocks of an article's body: one of them makes a text HTML (<html> and <body> named in prose do not). */
const IS_BODY_BLOCK = /^(?!html$|body$)/iu;
/** Elements whose end a page may leave out: without a closing tag only the tag is blanked (a <head> ends where <body> opens). */
const MAY_BE_UNCLOSED = /^(?:head|title)$/iu;
const IS_RAW = new RegExp(`^(?:${RAW})$`, 'iu');
/** The closing tag of each raw element, built once (matched from a set lastIndex, so shared safely: the reading is synchronous). */
const CLOSING = new Map(RAW.split('|').map((n) => [n, new RegExp(`</${n}\\s*>`, 'giu')]));
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z][a-zA-Z0-9]{1,15}));/gu;

/** The named entities of news text; an unknown name stays as it is. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›',
  mdash: '—', ndash: '–', horbar: '―', hellip: '…', minus: '−', bull: '•', middot: '·', prime: '′', Prime: '″',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§', para: '¶',
  times: '×', divide: '÷', frac12: '½', frac14: '¼', frac34: '¾', plusmn: '±', percnt: '%', dollar: '$', num: '#', commat: '@',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú',
  agrave: 'à', egrave: 'è', igrave: 'ì', ograve: 'ò', ugrave: 'ù', acirc: 'â', ecirc: 'ê', icirc: 'î', ocirc: 'ô', ucirc: 'û',
  auml: 'ä', euml: 'ë', iuml: 'ï', ouml: 'ö', uuml: 'ü', Auml: 'Ä', Ouml: 'Ö', Uuml: 'Ü', atilde: 'ã', otilde: 'õ', ntilde: 'ñ', Ntilde: 'Ñ',
  ccedil: 'ç', Ccedil: 'Ç', szlig: 'ß', oslash: 'ø', Oslash: 'Ø', aring: 'å', Aring: 'Å', aelig: 'æ', scaron: 'š', Scaron: 'Š', zcaron: 'ž',
};
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where a page's content begins: its <body>, or the first element of one. */
const CONTENT = /<(?:body|svg|p|div|article|main|section|h[1-6])(?=[\s/>])/iu;

/**
 * A page's <title> (in its head: before its content begins, outside comments), its entities
 * read and its spaces collapsed; null when it has none (or an empty one).
 */
export function htmlTitle(text: string): string | null {
  const at = text.search(CONTENT);
  const head = (at < 0 ? text : text.slice(0, at)).replace(/<!--[\s\S]*?(?:-->|$)/gu, '');
  const inner = TITLE.exec(head)?.[1];
  if (inner === undefined) return null;
  const title = inner.replace(ENTITY, (...m) => decode(m as unknown as RegExpMatchArray) ?? m[0]).replace(/\s+/gu, ' ').trim();
  return title.length > 0 ? title : null;
}

function decode(m: RegExpMatchArray): string | null {
  const [, dec, hex, name] = m;
  if (name !== undefined) return NAMED[name] ?? null;
  const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return null;
  return String.fromCodePoint(code);
}

/** The last text read and its reading: the language and segment stages read the same article in turn. */
let last: { text: string; reading: HtmlReading } | undefined;

/**
 * Reads HTML markup. An article counts as HTML when it has at least two tags
 * of the elements above, one of them a block (<p>, <br>, <div>, …); otherwise
 * it comes back as it is (a plain text that mentions "<p>" once, holds a link
 * scraped with its tags or a stray "&amp;", is not HTML).
 */
export function readHtml(text: string): HtmlReading {
  if (last?.text !== text) last = { text, reading: readHtmlOnce(text) };
  return last.reading;
}

function readHtmlOnce(text: string): HtmlReading {
  const none: HtmlReading = { text, tags: 0, entities: 0, atoms: [], pairs: [] };
  if (!text.includes('<')) return none;
  const tags = [...text.matchAll(TAG)];
  // an HTML body has paragraphs (or line breaks, or divisions); a stray link scraped into plain text does not make one
  if (tags.length < 2 || !tags.some((m) => IS_BLOCK.test(m[2]!) && IS_BODY_BLOCK.test(m[2]!))) return none;
  const copy = new SameLengthCopy(text);
  // comments first, then each tag not inside one; a <script> or <style> is blanked through its closing tag
  for (let at = text.indexOf('<!--'); at >= 0; at = text.indexOf('<!--', at + 4)) {
    const close = text.indexOf('-->', at + 4);
    const end = close < 0 ? text.length : close + 3;
    copy.blank(at, end);
    at = end - 4;
  }
  for (const m of text.matchAll(DOCTYPE)) if (copy.at(m.index) === '<') copy.blank(m.index, m.index + m[0].length);
  let lower: string | undefined;
  const unclosedFrom = new Map<string, number>();
  /** Where the next <body> tag stands (none: 2^32 − 1). */
  let bodyAt = -1;
  const pairs: MarkPair[] = [];
  // the open inline elements of the paragraph, by name (a block tag closes the paragraph's)
  const open = new Map<string, Array<[number, number]>>();
  for (const m of tags) {
    const at = m.index;
    if (copy.at(at) !== '<') continue; // inside a comment or a script, blanked already
    const [all, slash, name] = m;
    const end = at + all.length;
    copy.blank(at, end);
    const lname = name!.toLowerCase();
    const selfClosing = all.endsWith('/>');
    if (!slash && IS_RAW.test(name!) && !selfClosing) {
      // the element's contents are no prose: blank them through the closing tag (or to the end)
      // (once no closing tag follows some point, none follows a later one: each search runs once at most, however many open tags)
      let close: RegExpExecArray | null = null;
      if (end < (unclosedFrom.get(lname) ?? Infinity)) {
        const closing = CLOSING.get(lname)!;
        closing.lastIndex = end;
        close = closing.exec(text);
        if (!close) unclosedFrom.set(lname, end);
      }
      if (close) copy.blank(end, close.index + close[0].length);
      else if (!MAY_BE_UNCLOSED.test(lname)) copy.blank(end, text.length);
      else if (lname === 'head') {
        lower ??= text.toLowerCase();
        if (bodyAt < end) bodyAt = lower.indexOf('<body', end) >>> 0;
        if (bodyAt < text.length) copy.blank(end, bodyAt);
      }
    } else if (IS_BLOCK.test(name!)) {
      // a block tag breaks the line (<br>) or the paragraph (the rest), and closes the paragraph's inline elements
      copy.put(at, '\n');
      if (lname !== 'br') copy.put(at + 1, '\n');
      open.clear();
    } else if (!IS_RAW.test(name!) && !selfClosing) {
      // an inline element: its closing tag pairs with the last open one of its name
      if (!slash) {
        let stack = open.get(lname);
        if (!stack) open.set(lname, (stack = []));
        stack.push([at, end]);
      } else {
        const opener = open.get(lname)?.pop();
        if (opener) pairs.push([opener[0], opener[1], at, end]);
      }
    }
  }
  let entities = 0;
  const atoms: Array<[number, number]> = [];
  for (const m of text.matchAll(ENTITY)) {
    const at = m.index;
    const end = at + m[0].length;
    if (copy.at(at) !== '&') continue; // inside a tag, comment or script, blanked already
    const c = decode(m);
    if (c === null || c.length > m[0].length) continue;
    entities++;
    atoms.push([at, end]);
    copy.blank(at, end);
    if (c === ' ') continue; // a no-break or other space: spaces only
    const place = end < text.length && WORD_CHAR.test(text[end]!) ? end - c.length : at;
    for (let k = 0; k < c.length; k++) copy.put(place + k, c[k]!);
  }
  return { text: copy.toString(), tags: tags.length, entities, atoms, pairs: pairs.sort((a, b) => a[0] - b[0] || a[2] - b[2]) };
}
