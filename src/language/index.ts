// Stage 0: is the article English? The extractors are English-only, so on
// another language they would invent claims from misread words. Decided by
// front matter when it says, else by the share of common English words.
import { z } from 'zod';
import { defineStage } from '../pipeline/stage.ts';
import { message, type Doc } from '../pipeline/doc.ts';
import { readHtml } from '../text/html.ts';
import { LONG_RUN_RE } from '../nlp/wink.ts';

export const LanguageOptions = z
  .object({
    /** Below this share of common English words (among at least `minWords` words) the text is not English. */
    minEnglishShare: z.number().min(0).max(1).default(0.12),
    minWords: z.number().int().positive().default(20),
  })
  .strict();
export type LanguageOptions = z.infer<typeof LanguageOptions>;

const ENGLISH = new Set(
  `the of and to a in is that for it was on said with he as at by his be from are have has but not this they were had which
   their an or who will been would she her its we there about after more than also when one all if into could no new year
   can out up so what them other our over some these time you i just like only says told`.split(/\s+/u),
);

/** Fewest words of a short text (under `minWords`) that is read as not English when none of them is a common English word. */
const SHORT_TEXT_WORDS = 8;

/** Common words of Spanish, French, German, Italian and Portuguese that English does not write ("que", "les", "und"). */
const FOREIGN = new Set(
  `el la los las que del y una es por para se su al lo como más pero sus le les des et est pour dans une pas qui sur au du der das und ist nicht mit eine von zu il di che della sono gli não uma com os ao também
   die den dem ein einer einen im am auf sagte na em da dos das pelo`.split(/\s+/u),
);

/** How many words of a short text, written in lower case, are common words of another language (not "Von der Leyen", "Las Vegas", "MIT"). */
function foreignWords(text: string): number {
  let n = 0;
  for (const w of text.match(/\p{Ll}+/gu) ?? []) if (FOREIGN.has(w)) n++;
  return n;
}

/**
 * The text whose words are counted: an HTML page's prose (its head, scripts and
 * styles blanked, as the segment stage reads it), without runs of LONG_RUN or more
 * characters, nine in ten of them ASCII, that hold no space (a base64 image, a minified script), whose
 * letters would count as many words of no language. (A long run of Chinese or
 * Japanese, written without spaces, is prose and stays.)
 */
function proseOf(text: string): string {
  const prose = readHtml(text).text;
  return (prose.length > 200_000 ? prose.slice(0, 200_000) : prose).replace(LONG_RUN_RE, (run) => (run.replace(/[\x21-\x7e]+/gu, '').length <= run.length / 10 ? ' ' : run));
}

function englishShare(text: string): { words: number; share: number } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return { words: 0, share: 0 };
  let hits = 0;
  for (const w of words) if (ENGLISH.has(w)) hits++;
  return { words: words.length, share: hits / words.length };
}

/**
 * The ISO 639-1 codes, and the ISO 639-2 codes of languages news is written in: a code that is
 * none of them ("tbd", "xx", "any") is no declaration. "na" (Nauru) is left out: in front
 * matter it means "not applicable".
 */
const LANGUAGE_CODES = new Set(
  `aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et eu
   fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko
   kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my nb nd ne ng nl nn no nr nv ny oc oj om or os pa pi pl
   ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur
   uz ve vi vo wa wo xh yi yo za zh zu
   eng ara ben bul cat ces cze chi zho dan deu ger ell gre est fas per fin fra fre heb hin hrv hun ind ita jpn kor lav lit msa may
   nld dut nor pol por ron rum rus slk slo slv spa srp swa swe tam tha tur ukr urd vie`.split(/\s+/u),
);

/**
 * What front matter's `language` declares: English ("en", "en-GB", "en_US", "eng",
 * "English"), another language (a code: "fr", "pt-BR", "deu"), or nothing the stage
 * can be sure of (a name, "French"; "und"; "tbd"; a number), when the text decides.
 */
export function declaredLanguage(value: string | null | undefined): 'en' | 'other' | 'unsure' | undefined {
  const v = value?.trim().toLowerCase().replace(/_/gu, '-');
  if (!v) return undefined;
  if (/^english\b/u.test(v)) return 'en';
  // a BCP 47 tag: a language code, then subtags
  const tag = /^([a-z]{2,3})(?:-[a-z0-9]{1,8})*$/u.exec(v);
  if (!tag || !LANGUAGE_CODES.has(tag[1]!)) return 'unsure';
  return tag[1] === 'en' || tag[1] === 'eng' ? 'en' : 'other';
}

export function isEnglish(doc: Doc, opts: LanguageOptions): boolean {
  const declared = declaredLanguage(doc.article.language);
  if (declared === 'en' || declared === 'other') return declared === 'en';
  const prose = proseOf(doc.text);
  const { words, share } = englishShare(prose);
  // a short text is English unless not one of its words is a common English one and two are
  // another language's ("El ministro dijo que el plan fracasaría."): a headline may have none of
  // either ("Stocks tumble amid tariff fears; Nasdaq slides 3% Monday, traders say.")
  if (words < opts.minWords) return words < SHORT_TEXT_WORDS || share > 0 || foreignWords(prose) < 2;
  return share >= opts.minEnglishShare;
}

export const languageStage = defineStage<LanguageOptions>({
  name: 'language',
  requires: [],
  assigns: ['language'],
  options: LanguageOptions,
  run(doc, options) {
    const written = doc.article.language;
    const declared = declaredLanguage(written);
    const messages = [...doc.messages];
    // a front-matter language that is no language code is said, and the text decides
    if (declared === 'unsure') {
      messages.push(
        message(doc.text, {
          ruleId: 'language/not-a-code',
          reason: `front matter language "${written}" is not a language code this tool knows ("en", "en-GB", "fr", "deu"): the language is read from the text`,
          severity: 'info',
          stage: 'language',
        }),
      );
    }
    if (isEnglish(doc, options)) return { ...doc, language: 'en', messages };
    messages.push(
      message(doc.text, {
        ruleId: 'language/not-english',
        reason: `the article does not read as English (${declared === 'other' ? `front matter says "${written}"` : 'few common English words'}): no entities, attributions or claims are extracted`,
        severity: 'warning',
        stage: 'language',
      }),
    );
    return { ...doc, language: 'other', messages };
  },
});

/** Whether the language-dependent stages should stand down. */
export function notEnglish(doc: Doc): boolean {
  return doc.language !== undefined && doc.language !== 'en';
}
