// Word lists for naming and typing entities. compromise's lexicon (a plain
// dictionary lookup, no tagger run) supplies countries, cities, regions,
// given names and demonyms; the short lists here cover what news adds.
import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import type { EntityType } from '../schemas/index.ts';
import { CLASS_OF, type NerClass } from './classes.ts';

type Lexicon = Record<string, string | string[]>;
const compromiseLexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;

const NO_TAGS: readonly string[] = [];
/** Split tag lists, by key (compromise keeps some as "Place,ProperNoun" strings). */
const splitTags = new Map<string, readonly string[]>();

function tagsOf(key: string): readonly string[] {
  // own keys only: "constructor" or "__proto__" in a text must not reach Object.prototype
  const v = Object.hasOwn(compromiseLexicon, key) ? compromiseLexicon[key] : undefined;
  if (v === undefined) return NO_TAGS;
  if (Array.isArray(v)) return v;
  let tags = splitTags.get(v);
  if (!tags) {
    tags = v.split(',');
    splitTags.set(v, tags);
  }
  return tags;
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

/**
 * Last words of companies' names ("Helix Therapeutics", "Acme Holdings"): a head like ORG_HEADS,
 * kept apart from them because ORG_HEADS is one of the entity tagger's features, which this list
 * must not change.
 */
const COMPANY_HEADS = new Set(
  `therapeutics pharmaceuticals pharma holdings technologies labs laboratories capital partners motors industries
   enterprises ventures biosciences biotherapeutics biotech semiconductor semiconductors resources energy systems solutions
   networks logistics films pictures studios records entertainment productions brands foods insurance sports management
   investments securities advisors advisers consulting consultants associates zoo aquarium ferries shipping railways
   cruises freight couriers telecoms mining petroleum chemicals steel publishing trading engineering banking broadcasting
   manufacturing marketing printing catering computing lending brewing farming clothing accounting drilling refining
   packaging staffing roofing plumbing`.split(/\s+/u),
);

const ORG_NAMES = new Set(
  `kremlin pentagon congress senate parliament nato un eu fbi cia nsa who imf opec tass reuters ap afp bbc cnn
   fox msnbc nbc abc cbs npr gop dnc rnc duma knesset interpol unesco unicef embraer boeing airbus`.split(/\s+/u).concat(['white house']),
);

/**
 * Companies in the news since PolNeAR's 2016 train, which its silver spans never name or name as
 * something else ("Amazon" the river, "Tesla" a person): a judgement, not a measurement. Kept out of
 * ORG_NAMES, a feature of the entity tagger, which this list must not change: it only types a name
 * the tagger found, in any class but a place's ("the Amazon rainforest").
 */
const COMPANY_NAMES = new Set(
  `tesla nvidia meta huawei uber openai anthropic spacex tiktok bytedance alibaba tencent baidu xiaomi samsung toyota
   nissan alphabet amazon moderna qualcomm amd oracle adobe salesforce spotify airbnb lufthansa ryanair easyjet aramco
   rosneft barclays jpmorgan starbucks disney tsmc foxconn`.split(/\s+/u).concat(['goldman sachs', 'morgan stanley', 'deutsche bank']),
);

const LOC_HEADS = new Set(
  `sea ocean river mountains mountain lake valley gulf bay peninsula desert island islands strait coast
   basin plain plains canyon forest region`.split(/\s+/u),
);

const FAC_HEADS = new Set(
  `airport bridge tower stadium square street avenue building station base hall arena palace prison dam highway
   terminal plaza`.split(/\s+/u),
);

/** The first word of a named storm's name. */
export const STORM_WORDS = new Set(['storm', 'hurricane', 'typhoon', 'cyclone', 'superstorm', 'depression', 'tropical']);
const EVENT_HEADS = new Set(`war olympics games summit convention crisis election elections revolution conference`.split(/\s+/u));

/** Country names that are written as acronyms. */
const GPE_ACRONYMS = new Set(['u.s.', 'us', 'u.s', 'usa', 'u.s.a.', 'uk', 'u.k.', 'uae', 'drc', 'prc', 'ussr']);

/**
 * The full names of abbreviations news writes with stops, by type: the
 * canonical name is the fullest proper name, and "U.S." and "United States"
 * in one article are one entity. Only the dotted forms: "US" or "UN" in
 * capitals may be a word of a shouted headline.
 */
const FULL_NAMES: ReadonlyMap<string, { type: EntityType; words: readonly string[] }> = new Map([
  ['u.s.', { type: 'GPE', words: ['United', 'States'] }],
  ['u.s', { type: 'GPE', words: ['United', 'States'] }],
  ['u.s.a.', { type: 'GPE', words: ['United', 'States'] }],
  ['u.k.', { type: 'GPE', words: ['United', 'Kingdom'] }],
  ['u.n.', { type: 'ORG', words: ['United', 'Nations'] }],
  ['e.u.', { type: 'ORG', words: ['European', 'Union'] }],
]);

/** The words a name of this type is canonically called by: its full name when it is a known abbreviation, else its own. */
export function canonicalWords(words: readonly string[], type: EntityType): readonly string[] {
  // (a Map, so that a name such as "Constructor" finds no inherited property)
  const full = words.length === 1 ? FULL_NAMES.get(words[0]!.toLowerCase()) : undefined;
  return full && full.type === type ? full.words : words;
}

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

/** Whether compromise lists the word as a verb's base form or a singular noun, which a title-case headline may use as a verb ("Visit", "Meet", "Buy"). */
export function isBaseFormOrSingular(lower: string): boolean {
  return tagsOf(lower).some((t) => t === 'Infinitive' || t === 'Singular');
}

/** Whether compromise lists the word as an adjective: a participle that describes as often as it reports ("reduced services", "growing inequality"). */
export function isAdjective(lower: string): boolean {
  return tagsOf(lower).includes('Adjective');
}

export function isGivenName(lower: string): boolean {
  return tagsOf(lower).some((t) => t === 'MaleName' || t === 'FemaleName' || t === 'FirstName');
}

/** Whether compromise lists the word as an occupation ("seismologist", "producer", "economist"; not "archer", "baker"). */
export function isOccupation(lower: string): boolean {
  return tagsOf(lower).includes('Actor') && !isPersonsName(lower);
}

/** Whether compromise lists the word as a person's name, given or family ("morgan", "smith", "ford"). */
export function isPersonsName(lower: string): boolean {
  return isGivenName(lower) || tagsOf(lower).includes('LastName');
}

/**
 * Given names that are also common words, whose gender compromise's lexicon does not give (it
 * lists "bill", "ray", "hope" as words only, and "jack", "grace", "sue" as first names without a
 * gender): their usual gender as a person's first name, the only place they are asked about.
 */
const GIVEN_NAMES_ALSO_WORDS: ReadonlyMap<string, 'female' | 'male'> = new Map([
  ...['bill', 'bob', 'nick', 'jack', 'chuck', 'ray', 'al', 'mark', 'will', 'newt', 'buck', 'duke', 'rob', 'rusty', 'chip'].map((n) => [n, 'male'] as const),
  ...['hope', 'faith', 'grace', 'rose', 'june', 'april', 'dawn', 'eve', 'joy', 'peg', 'sue', 'ivy', 'holly', 'ruby', 'pearl', 'iris', 'summer', 'autumn'].map((n) => [n, 'female'] as const),
  // (men's names of French and Italian that compromise's lexicon has as women's: "Stephane Dujarric")
  ...['stephane', 'daniele', 'jules'].map((n) => [n, 'male'] as const),
]);

/** Given names borne by men and women alike in the news, which compromise's lexicon gives one gender: "Lindsey Graham", "Nicola Sturgeon", "Kim Jong Un". */
const GIVEN_NAMES_OF_EITHER = new Set(['lindsey', 'nicola', 'kim', 'dana', 'leslie', 'michele']);

/** Gender a given name usually has (the list above, else compromise's lexicon), or null when unknown or both. */
export function genderOfGivenName(lower: string): 'female' | 'male' | null {
  const known = GIVEN_NAMES_ALSO_WORDS.get(lower);
  if (known) return known;
  if (GIVEN_NAMES_OF_EITHER.has(lower)) return null;
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
  return lexiconEntry(words)?.type ?? null;
}

/** A model name: capitalised letters, a hyphen, then digits or a capital ("IL-76", "Pantsir-S"). */
export function isProductName(w: string): boolean {
  return /^[\p{L}]+-[\p{L}\p{N}]+$/u.test(w) && /\p{Lu}.*-/u.test(w) && /-(\p{N}+|\p{Lu})$/u.test(w);
}

/** Which word list typed a name: the hand lists, the learned gazetteer, compromise's lexicon, a head word, or its shape. */
export type LexiconSource = 'hand' | 'gazetteer' | 'compromise' | 'head' | 'shape';

// what lexiconEntry returns, by list (module-level: closures made per call cost a name each under tsx)
const hand = (type: EntityType) => ({ type, source: 'hand' as const });
const lexicon = (type: EntityType) => ({ type, source: 'compromise' as const });
const head = (type: EntityType) => ({ type, source: 'head' as const });
const shape = (type: EntityType) => ({ type, source: 'shape' as const });

/** Type from the words of a name alone, and the list that told it; null when none does. */
export function lexiconEntry(words: readonly string[]): { type: EntityType; source: LexiconSource } | null {
  const lower = words.map((w) => w.toLowerCase());
  const joined = lower.join(' ');
  const last = lower[lower.length - 1] ?? '';
  if (GPE_ACRONYMS.has(joined)) return hand('GPE');
  if (ORG_NAMES.has(joined)) return hand('ORG');
  if (NORP_WORDS.has(joined)) return hand('NORP');
  if (US_STATES.has(joined) || US_STATES_TWO_WORDS.has(joined)) return hand('GPE');
  if (/^(\p{Lu}\.){2,}$/u.test(words.join(''))) return hand('ORG'); // E.U., U.N., F.B.I.
  // names seen in train (after the hand lists above, which encode what this product means by ORG:
  // CoreNLP files "White House" and "Kremlin" under LOCATION)
  const learned = typeByGazetteer(words.join(' '));
  if (learned) return { type: learned, source: 'gazetteer' };
  const tags = tagsOf(joined);
  if (tags.includes('Country') || tags.includes('City') || tags.includes('Region')) return lexicon('GPE');
  if (tags.includes('Organization') || tags.includes('SportsTeam')) return lexicon('ORG');
  if (tags.includes('Person')) return lexicon('PERSON');
  if (tags.includes('Place')) return lexicon('GPE');
  if (words.length > 1) {
    // a named storm: "Storm Eowyn", "Hurricane Sandy", "Cyclone Mocha", "Tropical Storm Ana" (a storm word and one name; not "Tropical Smoothie Cafe")
    if (/^\p{Lu}/u.test(words[words.length - 1]!) && ((words.length === 2 && STORM_WORDS.has(lower[0]!)) || (words.length === 3 && lower[0] === 'tropical' && STORM_WORDS.has(lower[1]!)))) return head('EVENT');
    if (LOC_HEADS.has(last)) return head('LOC');
    if (FAC_HEADS.has(last)) return head('FAC');
    if (EVENT_HEADS.has(last)) return head('EVENT');
    if (ORG_HEADS.has(last) || COMPANY_HEADS.has(last)) return head('ORG');
    if (isGivenName(lower[0]!) && words.every((w) => /^\p{Lu}/u.test(w))) return lexicon('PERSON');
  }
  if (words.length === 1) {
    const w = words[0]!;
    // a shouted name (transcripts: "PENCE:") is the name it shouts, when train knows it
    if (/^\p{Lu}{3,}$/u.test(w)) {
      const known = typeByGazetteer(w[0] + w.slice(1).toLowerCase());
      if (known) return { type: known, source: 'gazetteer' };
    }
    if (/^\p{Lu}{2,5}$/u.test(w)) return shape('ORG'); // acronyms: NYPD, FBI
    if (isProductName(w)) return shape('PRODUCT');
  }
  return null;
}

// ---------------------------------------------------------------- word classes (entity tagger features)

/** compromise lexicon tags that make a word a common word (one that need not be a name). */
const COMMON_TAGS = new Set(
  `PhrasalVerb Gerund PastTense PresentTense Plural Infinitive Adjective Singular Comparative Superlative Uncountable
   Participle Noun Adverb Preposition Conjunction Determiner Modal Pronoun Copula Verb Expression QuestionWord`.split(/\s+/u),
);
/** compromise tags worth a class of their own, by bit. */
const NAME_TAGS: ReadonlyArray<readonly [string, number]> = [
  ['FemaleName', 1], ['MaleName', 1], ['FirstName', 1], ['LastName', 2], ['Person', 4], ['Country', 8], ['City', 16],
  ['Region', 32], ['Place', 64], ['Organization', 128], ['SportsTeam', 128], ['Demonym', 256], ['ProperNoun', 512],
  ['Honorific', 1024], ['Month', 2048], ['WeekDay', 2048], ['Actor', 4096],
];
const HAND_LISTS: ReadonlyArray<readonly [ReadonlySet<string>, number]> = [
  [TITLE_WORDS, 1 << 13], [ORG_HEADS, 1 << 14], [LOC_HEADS, 1 << 15], [FAC_HEADS, 1 << 16], [EVENT_HEADS, 1 << 17],
  [NORP_WORDS, 1 << 18], [US_STATES, 1 << 19], [GPE_ACRONYMS, 1 << 20], [ORG_NAMES, 1 << 21], [MEDIA_HEADS, 1 << 22],
];
/** The bit of wordClasses() for a word compromise knows as a common word. */
export const COMMON_WORD = 1 << 23;

/**
 * What the word lists say of a lower-cased word, as bits: compromise's name
 * classes (given name, surname, country, city, organisation, demonym, …), the
 * hand lists above (titles, organisation and place heads, party words, states),
 * and whether compromise knows it as a common word. 0 when nothing knows it.
 */
export function wordClasses(lower: string): number {
  let bits = 0;
  for (const t of tagsOf(lower)) {
    if (COMMON_TAGS.has(t)) bits |= COMMON_WORD;
    for (const [tag, bit] of NAME_TAGS) if (t === tag) bits |= bit;
  }
  for (const [set, bit] of HAND_LISTS) if (set.has(lower)) bits |= bit;
  return bits;
}

/** Britain's regulators named "Of…", which a tagger reads as surnames ("Ofcom", "Ofgem", "Ofwat", "Ofsted", "Ofqual"). */
export function isOfRegulator(name: string): boolean {
  return /^Of(?:com|gem|wat|sted|qual|tel|reg)$/u.test(name);
}

/** Whether a lower-cased noun heads organisations' names ("company", "ministry", "committee", "times"). */
export function isOrganisationHead(lower: string): boolean {
  return ORG_HEADS.has(lower);
}

/** Whether a lower-cased word ends companies' names ("Motors", "Holdings", "Therapeutics"). */
export function isCompanyHead(lower: string): boolean {
  return COMPANY_HEADS.has(lower);
}

/** Korean surnames news writes first, which compromise's lexicon takes for given names ("Kim" a woman's). */
const SURNAMES_WRITTEN_FIRST = new Set(['kim', 'lee', 'park', 'choi', 'jung', 'kang', 'cho', 'yoon', 'jang', 'lim', 'han', 'moon', 'shin', 'kwon', 'yoo']);

/**
 * Chinese and Vietnamese surnames, written first ("Lin Hao", "He Yadong", "Nguyen Thi Lan"), whose
 * given names compromise's lexicon reads as English ones or not at all ("Hao" a man's, "Lin" a woman's).
 */
const CHINESE_VIETNAMESE_SURNAMES = new Set(
  `wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo zheng liang xie tang song deng
   feng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding shen ren yao fan jin qin
   nguyen nguyễn tran trần pham phạm hoang hoàng huynh phan vu vũ vo võ dang đặng bui bùi ngo ngô duong dương ly lý`.split(/\s+/u),
);

/**
 * A Korean name, surname first: "Kim Jong Un", "Lee Jae-myung", "Choi Sang-mok" (not "Kim Reynolds");
 * or a Chinese or Vietnamese one of two or three short words ("Wang Yi", "Nguyen Thi Lan").
 */
export function surnameFirst(words: readonly string[]): boolean {
  const surname = words[0]!.toLowerCase();
  if (CHINESE_VIETNAMESE_SURNAMES.has(surname) && words.length <= 3 && words.slice(1).every((w) => w.length <= 7)) return true;
  if (!SURNAMES_WRITTEN_FIRST.has(surname)) return false;
  return words[1]!.includes('-') || (words.length === 3 && words.slice(1).every((w) => w.length <= 4));
}

/** Lower-case particles inside persons' names ("Ludwig van Beethoven", "Rafael van der Vaart", "Michery el Soheil"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'del', 'della', 'du', 'ten', 'ter', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'la', 'le', 'zu']);

/** compromise's class of a two-word phrase ("new york", "united states"): 0 when unknown, else 1 place, 2 organisation, 3 person. */
export function phraseClass(lowerPhrase: string): number {
  const tags = tagsOf(lowerPhrase);
  if (US_STATES_TWO_WORDS.has(lowerPhrase)) return 1;
  if (ORG_NAMES.has(lowerPhrase)) return 2;
  if (tags.some((t) => t === 'Country' || t === 'City' || t === 'Region' || t === 'Place')) return 1;
  if (tags.some((t) => t === 'Organization' || t === 'SportsTeam')) return 2;
  if (tags.some((t) => t === 'Person' || t === 'FemaleName' || t === 'MaleName')) return 3;
  return 0;
}

/**
 * Platforms: products ("an Instagram video", "posted on Facebook"), which the tagger files among
 * groups (MISC) and typing made nationalities (NORP), or persons ("Twitter" at a sentence's start);
 * where the tagger calls one an organisation ("Telegram founder Pavel Durov"), the company. Either
 * speaks (src/speakers: "Telegram said …").
 */
const PLATFORMS = new Set(
  `facebook instagram twitter tiktok youtube telegram whatsapp snapchat linkedin reddit weibo wechat threads bluesky`
    .split(/\s+/u)
    .concat(['truth social']),
);
/** A state by its form: "Democratic Republic of Congo", "Republic of Ireland" (not "Central Bank of the Republic of Turkey"). */
const REPUBLIC_OF = /^(?:(?!of |the )[\p{L}'’]+ ){0,2}republic of /u;

/**
 * Our type for a name the entity tagger put in a CoreNLP class: what the word
 * lists say when it falls in that class, or when the learned gazetteer or a
 * head word says it (measured on dev: +0.3 F1), else the class's usual type (a
 * place by its head word, MISC of one word a group, of several an event). The
 * hand list of organisations wins over the class: this product files "White
 * House" and "Kremlin" under ORG, where CoreNLP (and so the tagger) says LOCATION.
 */
/** Last words of places named after people ("Scott County", "Gracie Mansion", "Virginia Beach"), which LOC_HEADS and FAC_HEADS leave out. */
const NAMED_PLACE_HEADS = new Set(`county city state province district township parish borough village town heights falls springs beach park hill hills creek point mansion`.split(/\s+/u));

/** Every list of last words that make a name something other than a person's. */
const NAME_HEADS: ReadonlyArray<ReadonlySet<string>> = [ORG_HEADS, COMPANY_HEADS, LOC_HEADS, FAC_HEADS, EVENT_HEADS, MEDIA_HEADS, NAMED_PLACE_HEADS];

/** A given name (or a name compromise knows as a person's) and one more word that heads no organisation, place, building, event or paper. */
function personShaped(lower: readonly string[]): boolean {
  if (lower.length !== 2) return false;
  const [first, last] = lower as [string, string];
  return (isGivenName(first) || tagsOf(first).includes('Person')) && !NAME_HEADS.some((h) => h.has(last));
}

export function typeInClass(words: readonly string[], cls: NerClass): EntityType {
  const lower = words.map((w) => w.toLowerCase());
  const joined = lower.join(' ');
  if (ORG_NAMES.has(joined) || (COMPANY_NAMES.has(joined) && cls !== 'LOCATION')) return 'ORG';
  if (REPUBLIC_OF.test(joined)) return 'GPE';
  if (PLATFORMS.has(joined) && cls !== 'ORGANIZATION') return 'PRODUCT';
  // a name train's silver knows, or one with a telling head word ("Caspian Sea"), keeps that type whatever the class
  const entry = lexiconEntry(words);
  // (but a person's name the tagger reads as one, which the silver filed otherwise once: "Taylor
  // Swift", "Winston Churchill" under LOCATION)
  if (cls === 'PERSON' && entry?.source === 'gazetteer' && entry.type !== 'PERSON' && personShaped(lower)) return 'PERSON';
  if (entry && (CLASS_OF[entry.type] === cls || entry.source === 'gazetteer' || entry.source === 'head')) return entry.type;
  const last = lower[lower.length - 1] ?? '';
  switch (cls) {
    case 'PERSON':
      return 'PERSON';
    case 'ORGANIZATION':
      return 'ORG';
    case 'LOCATION':
      return words.length > 1 && LOC_HEADS.has(last) ? 'LOC' : words.length > 1 && FAC_HEADS.has(last) ? 'FAC' : 'GPE';
    case 'MISC':
      if (words.length === 1 && isProductName(words[0]!)) return 'PRODUCT';
      // a group by its first or last word: "Shiite militias", "Liberal Democrats"
      return words.length === 1 || isDemonym(lower[0]!) || NORP_WORDS.has(lower[0]!) || NORP_WORDS.has(last) ? 'NORP' : 'EVENT';
  }
}
