// Words and regular-expression pieces of the date grammar.

export const MONTH_NAMES: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const MONTHS_FULL = 'January|February|March|April|May|June|July|August|September|October|November|December';
export const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
/** The parts of a day that may follow it ("Monday night"). */
export const PARTS_OF_DAY = 'morning|afternoon|evening|night';
/** A day as news dates a statement, without an adverb before it: "on Monday", "last week", "earlier this week", "on Dec. 5" (a pattern, unanchored). */
export const DAY_PHRASE_CORE = `(?:on\\s+)?(?:today|yesterday|tonight|overnight|(?:last|this|next)\\s+(?:week|weekend|month|year)|(?:last|this)\\s+(?:night|morning|afternoon|evening)|(?:earlier|later)\\s+this\\s+(?:week|month)|(?:last\\s+)?(?:${WEEKDAYS})|(?:${MONTHS_FULL}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?\\s+\\d{1,2})(?:\\s+(?:${PARTS_OF_DAY}))?`;
/** …perhaps after "late", "early", "earlier" or "later": "late on Tuesday night". */
export const DAY_PHRASE = `(?:(?:late|early|earlier|later)\\s+)?${DAY_PHRASE_CORE}`;
export const WEEKDAY_NUM: Record<string, number> = {
  monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7,
};

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Number words up to ninety-nine, as a regex alternation (longest first). */
export const NUM_WORD =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-](?:one|two|three|four|five|six|seven|eight|nine)\\b)?' +
  '|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen' +
  '|one|two|three|four|five|six|seven|eight|nine|ten)';

/** Vague quantities: the count is unknown ("several years" → PXY). */
export const VAGUE_Q =
  '(?:a\\s+few|few|several|many|some|(?:a\\s+)?couple(?:\\s+of)?|dozens\\s+of|hundreds\\s+of|thousands\\s+of|a\\s+number\\s+of|numerous|countless|multiple|recent)';

export const UNIT =
  '(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centur(?:y|ies)|millenni(?:um|a))';

/** Words that name a stretch or point of time (an alternation, unanchored, for case-insensitive use). */
export const TIME_WORD = `${UNIT}|nights?|mornings?|afternoons?|evenings?|weekends?|seasons?|time|today|yesterday|tonight|${MONTHS_FULL}|${WEEKDAYS}`;

/**
 * One word, lower case, that names a day, a month or a moment relative to now, which wink may tag
 * a proper noun or a noun ("Yesterday, Amazon and Alphabet said", "said Sunday that"): never a
 * speaker's name nor a reported clause's subject.
 */
export const CALENDAR_WORD = new RegExp(`^(?:${MONTHS_FULL}|${WEEKDAYS}|today|yesterday|tonight|overnight|tomorrow|now|meanwhile|last|this|next|earlier|later)$`, 'iu');

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade' | 'century';

export function unitOf(word: string): { unit: Unit; factor: number; plural: boolean } | undefined {
  const w = word.toLowerCase();
  const table: Array<[RegExp, Unit, number]> = [
    [/^seconds?$/u, 'second', 1],
    [/^minutes?$/u, 'minute', 1],
    [/^hours?$/u, 'hour', 1],
    [/^days?$/u, 'day', 1],
    [/^weeks?$/u, 'week', 1],
    [/^fortnights?$/u, 'week', 2],
    [/^months?$/u, 'month', 1],
    [/^years?$/u, 'year', 1],
    [/^decades?$/u, 'decade', 1],
    [/^centur(y|ies)$/u, 'century', 1],
    [/^millenni(um|a)$/u, 'century', 10],
  ];
  for (const [re, unit, factor] of table) {
    if (re.test(w)) return { unit, factor, plural: /s$|ies$|a$/u.test(w) && !/^millennium$/u.test(w) };
  }
  return undefined;
}

/** Read a count: digits, number words, "a"/"an"/"a dozen"; undefined when vague or unreadable. */
export function parseCount(s: string): number | undefined {
  const t = s.toLowerCase().replace(/\s+/gu, ' ').trim();
  if (/^\d{1,3}(,\d{3})+$/u.test(t)) return Number(t.replace(/,/gu, ''));
  if (/^\d+(\.\d+)?$/u.test(t)) return Number(t);
  const frac = /^(\d+)?\s*(?:1\/2|½)$/u.exec(t);
  if (frac) return Number(frac[1] ?? 0) + 0.5;
  if (t === 'a' || t === 'an') return 1;
  if (t === 'a dozen' || t === 'dozen') return 12;
  if (/^(?:a )?couple(?: of)?$/u.test(t)) return 2;
  if (t === 'a half' || t === 'half a' || t === 'half an') return 0.5;
  if (t in SMALL) return SMALL[t];
  const m = /^([a-z]+)(?:[ -]([a-z]+))?$/u.exec(t);
  if (m && m[1]! in TENS) {
    const tens = TENS[m[1]!]!;
    if (!m[2]) return tens;
    const ones = SMALL[m[2]];
    if (ones !== undefined && ones > 0 && ones < 10) return tens + ones;
  }
  return undefined;
}

/** Nouns of an event a relative expression can hang on ("days after the incident"). */
export const EVENT_NOUNS = new Set(
  `incident incidents crash crashes attack attacks accident accidents election elections shooting shootings bombing bombings
  debate debates convention conventions vote votes referendum primary primaries caucus caucuses announcement meeting meetings
  summit speech interview hearing hearings verdict ruling decision storm hurricane earthquake explosion explosions massacre
  killing killings death deaths murder murders arrest raid strike strikes invasion war coup protest protests riot riots disaster
  tragedy event events collision fire blast shootdown downing release report revelation revelations leak leaks scandal
  inauguration victory defeat loss win nomination endorsement resignation firing indictment impeachment trial conviction
  sentencing hack hacks breach outbreak ceasefire deal agreement launch landing flight operation visit trip rally rallies
  takeover uprising surrender merger bankruptcy collapse ban shutdown disappearance kidnapping abduction assassination
  fall flood floods wildfire wildfires eruption attacks sinking hijacking standoff siege offensive strike episode encounter
  confrontation exchange call conversation broadcast debut premiere opening closing`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Nouns a bare four-digit number counts ("2000 people"): such a number is no year. */
export const COUNT_NOUNS = new Set(
  `people persons votes voters delegates jobs troops soldiers members workers employees residents students children kids cases
  deaths dollars euros pounds miles feet meters metres kilometers acres tons homes houses units signatures words points seats
  times others refugees migrants immigrants americans men women calories rounds guns weapons missiles rockets prisoners inmates
  officers police agents staff staffers supporters donors contributors protesters demonstrators participants attendees pages
  emails documents files messages tweets posts comments ballots districts counties precincts locations sites stores companies
  businesses organizations groups victims casualties patients doctors nurses teachers lawyers judges cops plants vehicles cars
  planes aircraft ships barrels gallons shares hours minutes days weeks months years percent copies viewers readers followers
  likes views users accounts households families cities towns villages schools`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Words before a bare year that make it a date: "in 2012", "since 1995", "Trump's 1995 tax returns". */
export const YEAR_PREV = new Set(
  `in since by until till til before after from to through thru during between of around circa early late mid into on toward
  towards year fiscal for as vs versus spring summer fall autumn winter pre post following throughout starting beginning ending
  ca c. election class campaign`
    .split(/\s+/u)
    .filter(Boolean),
);
export const DETERMINERS = new Set(
  'the a an his her their its our my your this that these those whose each every any another no'.split(' '),
);

/** Nouns after a bare four-digit number that make it a year: "the 2012 election", "his 1995 tax returns". */
export const YEAR_NEXT = new Set(
  `election elections campaign campaigns race races cycle cycles primary primaries caucus caucuses convention conventions season
  presidential gop republican republicans democratic democrat democrats candidate candidates nominee nominees contest contests run
  bid ticket debate debates budget tax taxes return returns filing filings study survey poll polls census law laws act bill report
  memo interview visit trip speech attack attacks shooting crash midterm midterms olympics world super spending loss losses win
  victory defeat opinion ruling decision agreement deal accord summit deadline levels level general state federal national
  presidency administration term session hearing hearings book film movie documentary article column op-ed editorial statement
  letter video vote votes referendum hopefuls hopeful field contender contenders white house senate congressional gubernatorial
  mayoral rally platform playbook strategy event events law's invasion war recession crisis financial economic attacks
  nomination endorsement edition`
    .split(/\s+/u)
    .filter(Boolean),
);

/** Sentence-level cues that a date without a year lies ahead ("will", "is scheduled to"). */
export const FUTURE_CUE =
  /\b(?:will|would|won['’]t|shall|going\s+to|gonna|(?:is|are|was|were|be|been)\s+(?:scheduled|slated|set|expected|due|poised)\s+to|(?:is|are)\s+due\s+(?:on|by|in\s+(?!(?:large\s+|small\s+|great\s+|no\s+small\s+)?part\b))|(?:scheduled|slated|set)\s+for|upcoming|ahead\s+of|looking\s+ahead|plans?\s+to|planning\s+to|intends?\s+to|(?:i|you|he|she|we|they|it|that|who)['’]ll)\b/iu;

/** Words in -ed that are no participle ("Several hundred in October"). */
const NOT_PARTICIPLES = 'hundred|kindred|sacred|naked|wicked|beloved|aged|need|seed|speed|breed|feed|greed|deed|bleed|shed|bed|red|wed';
/** What makes a participle after it no past form: a present or future "be", "get", a modal ("will get married in June"). */
const NOT_PAST_BEFORE = 'am|is|are|be|being|get|gets|got|getting|become|becomes|became|remain|remains|stay|stays|will|would|shall|should|may|might|must|can|could|to|not|never';

/**
 * A date a past participle introduces after a noun, not after a form of "be" or "get" ("tax rises
 * announced in October's budget will push up prices", "The law, passed in October, will …",
 * "Passed in November, the law will …"): a reduced relative clause or a past passive ("was approved
 * in November and will start in April"), past whatever the sentence's main verb says; "will be held
 * in October" is not one, nor a participle that looks ahead ("A strike planned in October will …")
 * or a word in -ed that is no participle ("Several hundred in October will …").
 */
export const AFTER_PAST_PARTICIPLE = new RegExp(
  `(?:^|(?:^|[^\\p{L}'’])(?!(?:${NOT_PAST_BEFORE})\\s)\\p{L}+,?\\s+)(?!(?:planned|expected|anticipated|scheduled|proposed|slated|intended|predicted|forecasted|projected|promised|pledged|timed|pencilled|penciled|targeted|envisaged|envisioned|awaited|touted|mooted|${NOT_PARTICIPLES})\\s)(?!(?:ne|fe|spe|se|bre|inde|procee|excee|succee)ed\\b)\\p{L}{2,}ed\\s+(?:in|on|during|at|last)\\s+$`,
  'iu',
);

/** A past-tense verb form, read off the surface (wink's tags carry no tense): "was", "said", "interrupted". */
export const PAST_FORM =
  /\b(?:was|were|had|did|said|told|went|came|took|gave|made|saw|spoke|wrote|won|lost|began|ran|left|met|held|sent|(?!(?:ne|fe|spe|se|bre|inde|procee|excee|succee)ed\b)\p{Ll}{2,}ed)\b/u;

/** Participles of a plan or a booking, which look ahead whatever their tense. */
const PLANNED = 'planned|expected|anticipated|scheduled|proposed|slated|intended|predicted|projected|forecasted|promised|pledged|reserved|booked|timed|targeted|awaited';

/**
 * What puts the date after it behind the publication date, whatever the rest of the sentence
 * says: "since", or a past verb form and its preposition ("peaked in", "was founded on", "gathered
 * on", "had been arrested on", "got married in"), read on the text before the date; not a
 * participle after a present or future "be", "get" or a modal ("is expected in", "will be held on",
 * "will get married in") nor one of a plan ("ads reserved in December"), nor a word in -ed that is
 * no participle ("Several hundred in October").
 */
export const BEHIND_BEFORE = new RegExp(
  `(?:\\bsince|(?<!\\b(?:am|is|are|be|being|get|gets|getting|will|would|shall|should|may|might|must|can|could|to)\\s+)(?!(?:${PLANNED}|${NOT_PARTICIPLES})\\b)${PAST_FORM.source}\\s+(?:in|on|at|during|by|from))\\s+(?:the\\s+)?(?:(?:early|late|mid)[-\\s]+)?$`,
  'u',
);
