// Word lists for naming and typing entities. compromise's lexicon (a plain
// dictionary lookup, no tagger run) supplies countries, cities, regions,
// given names and demonyms; the short lists here cover what news adds.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import type { EntityType } from '../schemas/index.ts';

type Lexicon = Record<string, string | string[]>;
const compromiseLexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;

function tagsOf(key: string): string[] {
  const v = compromiseLexicon[key];
  return v === undefined ? [] : Array.isArray(v) ? v : v.split(',');
}

/** Titles and roles that precede or follow a person's name. */
export const TITLE_WORDS = new Set(
  `president vice prime minister secretary senator sen. sen rep. rep representative congressman congresswoman
   gov. gov governor mayor chancellor king queen prince princess pope general gen. gen judge justice
   spokesperson spokesman spokeswoman chief director ceo chairman chairwoman chair leader ambassador
   mr. mr mrs. mrs ms. ms dr. dr candidate nominee attorney commissioner sheriff officer head adviser advisor
   aide analyst economist professor prof. minister premier deputy envoy commander colonel col. lt. sgt. captain
   speaker whip strategist pollster manager chairperson founder executive official correspondent reporter
   editor columnist anchor host lawyer diplomat president-elect lawmaker`.split(/\s+/u),
);

/** Words that end an organisation's name. */
const ORG_HEADS = new Set(
  `airlines airways air agency party committee council ministry department university college school inc inc. corp corp.
   co co. company group bank times post news journal institute association union commission court congress senate
   house campaign foundation network service services office administration authority bureau police army navy
   force forces guard command parliament assembly federation league club society organization organisation
   tribune herald gazette press media channel tv radio magazine review board fund trust center centre
   agency coalition alliance caucus church mosque hospital clinic reuters`.split(/\s+/u),
);

const ORG_NAMES = new Set(
  `kremlin pentagon congress senate parliament nato un eu fbi cia nsa who imf opec tass reuters ap afp bbc cnn
   fox msnbc nbc abc cbs npr gop dnc rnc duma knesset interpol unesco unicef embraer boeing airbus`.split(/\s+/u).concat(['white house']),
);

const LOC_HEADS = new Set(
  `sea ocean river mountains mountain lake valley gulf bay peninsula desert island islands strait coast
   basin plain plains canyon forest region`.split(/\s+/u),
);

const FAC_HEADS = new Set(
  `airport bridge tower stadium square street avenue building station base hall arena palace prison dam highway
   terminal plaza`.split(/\s+/u),
);

const EVENT_HEADS = new Set(`war olympics games summit convention crisis election elections revolution conference`.split(/\s+/u));

/** Country names that are written as acronyms. */
const GPE_ACRONYMS = new Set(['u.s.', 'us', 'u.s', 'usa', 'u.s.a.', 'uk', 'u.k.', 'uae', 'drc', 'prc', 'ussr']);

/** Groups named by party, faith or origin (CoreNLP's MISC, OntoNotes' NORP). */
const NORP_WORDS = new Set(
  `republican republicans democrat democrats democratic muslim muslims islamic christian christians jewish jew jews catholic
   catholics evangelical evangelicals hispanic hispanics latino latinos latina latinas african-american african-americans
   asian-american asian-americans sunni sunnis shiite shiites arab arabs libertarian libertarians protestant protestants
   mormon mormons hindu hindus sikh sikhs buddhist buddhists`.split(/\s+/u),
);

export function isGroupWord(lower: string): boolean {
  return NORP_WORDS.has(lower);
}

/** Last words of newspaper and magazine names, which keep their "The": "The New York Times". */
export const MEDIA_HEADS: ReadonlySet<string> = new Set(['times', 'post', 'journal', 'herald', 'tribune', 'globe', 'guardian', 'economist', 'atlantic', 'telegraph', 'independent', 'examiner', 'inquirer', 'chronicle', 'gazette']);

/** US states: compromise files some of them under given names ("Virginia", "Georgia"). */
const US_STATES = new Set(
  `alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
   iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
   nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming`.split(/\s+/u),
);

const US_STATES_TWO_WORDS = new Set([
  'new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota',
  'rhode island', 'south carolina', 'south dakota', 'west virginia',
]);

/** Names learned from PolNeAR train's silver spans (scripts/learn-gazetteer.ts): surface form → type. */
const GAZETTEER: ReadonlyMap<string, EntityType> = new Map(
  Object.entries((JSON.parse(readFileSync(new URL('./gazetteer.json', import.meta.url), 'utf8')) as { names: Record<string, EntityType> }).names),
);

export function typeByGazetteer(form: string): EntityType | null {
  return GAZETTEER.get(form) ?? null;
}

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them']);

export function isTitleWord(lower: string): boolean {
  return TITLE_WORDS.has(lower);
}

export function isGivenName(lower: string): boolean {
  return tagsOf(lower).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
}

/** Gender a given name usually has in compromise's lexicon, or null when unknown or both. */
export function genderOfGivenName(lower: string): 'female' | 'male' | null {
  const tags = tagsOf(lower);
  const f = tags.includes('FemaleName');
  const m = tags.includes('MaleName');
  return f === m ? null : f ? 'female' : 'male';
}

export function isDemonym(lower: string): boolean {
  return tagsOf(lower).includes('Demonym') || /^[a-z]+(ian|ani|stani|ese|ish)$/u.test(lower);
}

/** Type from the words of a name alone, or null when they do not tell. */
export function typeByLexicon(words: readonly string[]): EntityType | null {
  const lower = words.map((w) => w.toLowerCase());
  const joined = lower.join(' ');
  const last = lower[lower.length - 1] ?? '';
  if (GPE_ACRONYMS.has(joined)) return 'GPE';
  if (ORG_NAMES.has(joined)) return 'ORG';
  if (NORP_WORDS.has(joined)) return 'NORP';
  if (US_STATES.has(joined) || US_STATES_TWO_WORDS.has(joined)) return 'GPE';
  if (/^(\p{Lu}\.){2,}$/u.test(words.join(''))) return 'ORG'; // E.U., U.N., F.B.I.
  // names seen in train (after the hand lists above, which encode what this product means by ORG:
  // CoreNLP files "White House" and "Kremlin" under LOCATION)
  const learned = typeByGazetteer(words.join(' '));
  if (learned) return learned;
  const tags = tagsOf(joined);
  if (tags.includes('Country') || tags.includes('City') || tags.includes('Region')) return 'GPE';
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return 'ORG';
  if (tags.includes('Person')) return 'PERSON';
  if (tags.includes('Place')) return 'GPE';
  if (words.length > 1) {
    if (LOC_HEADS.has(last)) return 'LOC';
    if (FAC_HEADS.has(last)) return 'FAC';
    if (EVENT_HEADS.has(last)) return 'EVENT';
    if (ORG_HEADS.has(last)) return 'ORG';
    if (isGivenName(lower[0]!) && words.every((w) => /^\p{Lu}/u.test(w))) return 'PERSON';
  }
  if (words.length === 1) {
    const w = words[0]!;
    // a shouted name (transcripts: "PENCE:") is the name it shouts, when train knows it
    if (/^\p{Lu}{3,}$/u.test(w)) {
      const known = typeByGazetteer(w[0] + w.slice(1).toLowerCase());
      if (known) return known;
    }
    if (/^\p{Lu}{2,5}$/u.test(w)) return 'ORG'; // acronyms: NYPD, FBI
    if (/^[\p{L}]+-[\p{L}\p{N}]+$/u.test(w) && /\p{Lu}.*-/u.test(w) && /-(\p{N}+|\p{Lu})$/u.test(w)) return 'PRODUCT'; // IL-76, Pantsir-S
  }
  return null;
}
