// Linking each attribution's source to an entity: a name inside the source
// ("White House spokesperson John Kirby" → John Kirby), or, for a pronoun
// ("He said"), the person it most likely refers to. The source span stays on
// the pronoun; the entity gains a "pronoun" mention.
import { z } from 'zod';
import type { Attribution, Entity, Mention, Part } from '../schemas/index.ts';
import { defineStage } from '../pipeline/stage.ts';
import { analysisText, need, type Doc } from '../pipeline/doc.ts';
import { quoteRegions, regionAt, type QuoteRegion } from '../attributions/quotes.ts';
import { partEnd, span } from '../text/spans.ts';
import { indexContaining, itemsWithin, lowerBound } from '../text/search.ts';
import { genderOfGivenName, isCompanyHead, isDemonym, isOfRegulator, isOrganisationHead, isTitleWord, surnameFirst } from '../entities/lexicon.ts';
import { CHANNEL_NOUNS, DOCUMENT_HEADS, headNoun, NEITHER_NOR, PASSIVE_ASIDE, speakerPhrase } from '../attributions/phrases.ts';

export const SpeakersOptions = z
  .object({
    /** How many sentences back a pronoun may look for its person. */
    lookback: z.number().int().min(0).max(10).default(3),
  })
  .strict();
export type SpeakersOptions = z.infer<typeof SpeakersOptions>;

/**
 * A clause that names the one it is about ("who identified himself as John Brown", "who gave
 * only her first name, Maria", "whose name is …"), unlike one that names another ("who
 * represents Kano Central", "who called on Senator Warren to resign").
 */
const NAMING_CLAUSE = /\b(?:identified\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?(?:only\s+)?as|named\s+as|gave\s+(?:only\s+)?(?:his|her|their)\s+(?:\w+\s+)?names?|(?:whose|his|her|their)\s+names?\s+(?:is|was|are|were)|(?:calls|called|introduced)\s+(?:him|her|them)sel(?:f|ves)|goes\s+by|known\s+as)\b/iu;
/**
 * In order of preference; a product speaks as its maker, a platform ("Telegram said"), a building
 * as who sits in it ("Buckingham Palace said", "the Elysee Palace said", "Heathrow Airport said").
 */
const SPEAKER_TYPES = ['PERSON', 'ORG', 'GPE', 'FAC', 'PRODUCT'] as const;
/**
 * The comma and first word of an apposition that describes: "…, a NATO member,", "…, the company
 * founded by …", "…, spokesman for …", "…, Clinton's press secretary,"; not a list ("…, and Martin
 * O'Malley") nor a title and a name ("Jeb Bush, digital consultant Phil Musser": a second speaker).
 */
const APPOSITION_OPENING = /^,\s+(?:(?:a|an|the|one|another)\s|(?!(?:and|or|nor|but)\b)\p{Ll}|(?:\p{Lu}[\p{L}.-]*\s+){0,2}\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll})/u;
const TITLE_AND_NAME = /^,\s+(?:(?!(?:a|an|the|one|another|for|of|at|to|with|in|on|from|under|by|and|or|who|whom|whose|which|that)\b)\p{Ll}+(?<!ing)\s+){1,3}(?:\p{Lu}[\p{L}.'’-]*\s*)+,?$/u;
const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
/** What may stand between the possessive and the relative: "'s late wife", "'s 12-year-old son". */
const KIN_MODIFIERS = String.raw`['’]s?\s+(?:(?:late|former|estranged|elder|older|younger|eldest|youngest|new|twin|only|\d+-year-old)\s+)*`;
const FEMALE_KIN = 'wife|widow|mother|mum|mom|daughter|sister|aunt|niece|grandmother|granddaughter|girlfriend|fianc[ée]e';
const MALE_KIN = 'husband|widower|father|dad|son|brother|uncle|nephew|grandfather|grandson|boyfriend|fianc[ée]';
/**
 * A person named in the possessive before a relative or a friend ("Mr Kumar's wife", "Ochieng's
 * mother", "the victim's family") is whose relative speaks, not the speaker ("Priya, Mr Kumar's
 * wife," is Priya; "Ochieng's mother, Grace," Grace). Not a lawyer or a spokesman, who speak for them.
 */
const KIN = `${KIN_MODIFIERS}(?:${FEMALE_KIN}|${MALE_KIN}|spouse|partner|parents?|sons|daughters|children|child|brothers|sisters|siblings?|family|relatives?|cousin|grandparents|friends?|neighbou?rs?|classmates?|colleagues?|teammates?|flatmate|roommate)`;
const KIN_AFTER = new RegExp(`^${KIN}\\b`, 'iu');
/** Relatives of one gender, named after the possessive: "Ochieng's mother, Grace,", "Biden's son, Hunter,". */
const NAMED_FEMALE_KIN_AFTER = new RegExp(`^${KIN_MODIFIERS}(?:${FEMALE_KIN})\\b,\\s+\\p{Lu}`, 'iu');
const NAMED_MALE_KIN_AFTER = new RegExp(`^${KIN_MODIFIERS}(?:${MALE_KIN})\\b,\\s+\\p{Lu}`, 'iu');
/** A preposition (or "like") right before a name, perhaps with a title: the name is an object. */
const OBJECT_BEFORE = /\b(?:like|of|to|with|by|against|for|from|about|on|at|than|as)\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$/iu;
/** Who speaks for the organisation named next: "A spokeswoman for ", "an official at the ". */
const SPEAKING_FOR = /^(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:spokes(?:man|woman|person)|representative|official)\s+(?:for|at|of|from)\s+(?:the\s+)?$/iu;
/** Nouns of those who stand against someone, then "of": whom they stand against is no speaker. */
const OPPONENT_BEFORE = /\b(?:critics?|opponents?|rivals?|enemy|enemies|detractors?|foes?|victims?|accusers?)\s+of\s+(?:the\s+)?$/iu;
/** Roles of a member of a club or a force, not one who speaks for it: "the Villa manager", "the Air Force veteran" (not "the FBI director"). */
const MEMBER_ROLES = new Set(['manager', 'coach', 'boss', 'striker', 'midfielder', 'defender', 'goalkeeper', 'winger', 'forward', 'captain', 'player', 'veteran', 'star']);
/** After a name, people of its who speak for themselves: "Loop's investors", "Trump's supporters". */
const GROUP_AFTER = /^['’]s?\s+(?:[\p{Ll}-]+\s+)?(?:investors|shareholders|supporters|fans|voters|critics|allies|backers|donors|customers|users|opponents|detractors)\b/u;
/** Who is near someone, not them: "An official close to Merz", "a source close to Benfica", "people familiar with Mr Musk's thinking". */
const NEAR_BEFORE = /\b(?:close|closest|near|allied|loyal)\s+to\s+(?:the\s+)?$|\bfamiliar\s+with\s+(?:the\s+)?$/iu;
/**
 * Nouns of those who speak for themselves, then where they sit: the place is no speaker ("Critics in
 * Congress", "a labour relations expert at the University of Toronto"), unlike "officials at the ministry".
 */
const INDEPENDENT_BEFORE = /\b(?:(critics?)|experts?|analysts?|observers?|commentators?|academics?|professors?|lecturers?|economists?|historians?)\s+(?:in|at|from|with)\s+(?:the\s+)?$/iu;
/** Names of places of learning, whose staff speak for themselves. */
const ACADEMIC = /\b(?:University|College|Institute|School|Academy|Polytechnic)\b/u;

/**
 * Whether the source's words before an organisation (`before`) make it where someone who speaks for
 * themself sits, heading the source: critics anywhere ("Critics in Congress"), experts and academics
 * at a place of learning ("an expert at the University of Toronto"; not "Analysts at Goldman Sachs",
 * who speak for the bank, nor "a group of experts at …").
 */
function independentAt(before: string, entity: Entity): boolean {
  const m = INDEPENDENT_BEFORE.exec(before);
  return !!m && !/\bof\s/u.test(before) && (!!m[1] || ACADEMIC.test(entity.name));
}
/** A role after a possessive, then the name of the one who holds it: "'s counsel, Wole Olanipekun,", "'s agent, Marco Ricci,". */
const NAMED_ROLE_AFTER = /^['’]s?\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*),/u;
/** How many sentences back the report whose organisation "it" stands for may lie. */
const IT_REACH = 2;
const FEMALE = new Set(['she', 'her']);

interface Located {
  entity: Entity;
  mention: Mention;
}

/** A person fits a pronoun unless the given name says otherwise. */
function genderFits(name: string, female: boolean): boolean {
  const gender = nameGender(name);
  return gender === null || (gender === 'female') === female;
}

/** The gender a person's name tells: its given name's, written first, else null. */
function nameGender(name: string): 'female' | 'male' | null {
  const words = name.split(' ');
  return words.length > 1 && !surnameFirst(words) ? genderOfGivenName(words[0]!.toLowerCase()) : null;
}

/** Whether a person's name tells their gender (a given name of one gender, written first). */
function genderKnown(name: string): boolean {
  return nameGender(name) !== null;
}

/** A courtesy title right before a name, and the gender it gives. */
const MALE_TITLE = /\b(?:Mr|Mister|Sir|Lord)\.?\s+$/u;
const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss|Madam|Dame|Lady)\.?\s+$/u;

/** A couple's two titles, which fit either pronoun: "Mr and Mrs Evans". */
const COUPLE_TITLES = /\b(?:Mr|Mrs|Ms|Dr)\.?\s+(?:and|&)\s+(?:Mr|Mrs|Ms|Dr)\.?\s+$/u;

/** A person's mention at `start` fits a pronoun unless a courtesy title before it says otherwise ("Mr Kumar" is no "she"). */
function titleFits(text: string, start: number, female: boolean): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (!(female ? MALE_ROLE : FEMALE_ROLE).test(text.slice(Math.max(0, start - 24), start))) return COUPLE_TITLES.test(before) || !(female ? MALE_TITLE : FEMALE_TITLE).test(before);
  return false;
}

/** A role of one gender right before a name ("spokesman Fazzolari" is no "she", "spokeswoman Jane Roe" no "he"). */
const MALE_ROLE = /\b(?:spokesman|chairman|businessman|congressman|councilman|sportsman|anchorman)\s+$/iu;
const FEMALE_ROLE = /\b(?:spokeswoman|chairwoman|businesswoman|congresswoman|councilwoman|sportswoman|actress|anchorwoman)\s+$/iu;

/** Words that make a role another than the one a bare description names ("Prime Minister" is no "the minister", a "former governor" no "the governor"). */
const OTHER_ROLE_WORDS = new Set(['former', 'ex', 'prime', 'deputy', 'vice', 'assistant', 'acting', 'shadow', 'junior', 'associate', 'lieutenant', 'under', 'late']);

export function linkSpeakers(doc: Doc, options: SpeakersOptions): { attributions: Attribution[]; entities: Entity[] } {
  const attributions = need(doc, 'attributions', 'speakers');
  const sentences = need(doc, 'sentences', 'speakers');
  const tokens = doc.tokens ?? [];
  const entities = (doc.entities ?? []).map((e) => ({ ...e, mentions: [...e.mentions] }));
  const mentions: Located[] = entities
    .flatMap((entity) => entity.mentions.filter((m) => m.kind === 'name').map((mention) => ({ entity, mention })))
    .sort((a, b) => a.mention.start - b.mention.start);
  const sentenceAt = (pos: number) => indexContaining(sentences, pos);
  // the quotations, read once and only for an article with a pronoun to resolve
  let regions: QuoteRegion[] | undefined;
  const quotes = () => (regions ??= quoteRegions(analysisText(doc)));
  const spans = mentions.map((m) => ({ start: m.mention.start, end: m.mention.end, located: m }));
  // a pronoun that is the source of two reports ('"…," he said, adding …': one "he", two reports)
  // is one mention of its entity, not two
  const pronouns = new Set<string>();
  const addPronoun = (entity: Entity, s: number, e: number) => {
    const key = `${entity.id} ${s} ${e}`;
    if (pronouns.has(key)) return;
    pronouns.add(key);
    entity.mentions.push({ ...span(doc.text, s, e), kind: 'pronoun' });
  };

  const linked = attributions.map((a) => {
    if (!a.source) return a;
    const [s, e] = [a.source.spans[0]![0], a.source.spans[a.source.spans.length - 1]![1]];
    // "Jeb Bush, who …, said": the names are in the phrase the relative pronoun stands for, or the
    // phrase before the source's clause; failing that, anywhere in the source ("A witness, who
    // identified himself as John Brown,")
    const phrase = speakerPhrase(doc, a.source);
    let [ns, ne] = phrase ?? [s, e];
    // a phrase that is the last words of a name ("the Met/VERB Office, which said …": the phrase
    // stopped at the word wink read as a verb) starts where the name does
    const cut = indexContaining(spans, ns);
    // (words before it, not a mark glued on: ">Trump" in a scraped tweet's markup)
    if (phrase && cut >= 0 && spans[cut]!.start < ns && spans[cut]!.end <= ne && /^[\p{L}\p{N}][\p{L}\p{N}.'’ -]*\s$/u.test(doc.text.slice(spans[cut]!.start, ns))) ns = spans[cut]!.start;
    let inside = itemsWithin(spans, ns, ne).map((x) => x.located);
    // (not the agent of a passive aside: "The document, seen by Reuters," speaks for itself)
    if (phrase && inside.length === 0 && ns === s && !PASSIVE_ASIDE.test(a.source.text) && NAMING_CLAUSE.test(doc.text.slice(ne, e))) {
      [ns, ne] = [s, e];
      inside = itemsWithin(spans, ns, ne).map((x) => x.located);
    }
    // "Poland, a NATO member,", "Tesla, the company founded by Elon Musk,", "Doug Andres, spokesman for
    // House Speaker Paul Ryan,": a name and its apposition on a description; the name speaks, not one
    // inside the description
    const comma = !phrase && a.source.spans.length === 1 ? a.source.text.indexOf(',') : -1;
    if (comma > 0 && APPOSITION_OPENING.test(a.source.text.slice(comma)) && !TITLE_AND_NAME.test(a.source.text.slice(comma))) {
      const head = inside.filter((m) => m.mention.end <= s + comma);
      // (the name may be whom a spokesperson speaks for: "A spokeswoman for UK Research and Innovation, the MRC's parent body,")
      if (head.length === 1 && head[0]!.mention.end === s + comma && (/^(?:the\s+)?$/iu.test(doc.text.slice(s, head[0]!.mention.start)) || SPEAKING_FOR.test(doc.text.slice(s, head[0]!.mention.start)))) {
        inside = head;
        ne = s + comma;
      }
    }
    // "Prime Minister Shigeru Ishiba and President Lee Jae-myung said": two persons speak, neither alone;
    // "Neither the ministry nor the Kremlin responded": neither speaks
    if (coordinatedPersons(doc.text, inside) || coordinatedNames(doc.text, inside, ns) || NEITHER_NOR.test(a.source.text)) return a;
    for (const type of SPEAKER_TYPES) {
      // the last name of the preferred type: "White House spokesperson John Kirby" → John Kirby;
      // a place or a product speaks only as the head of the source ("Russia said", "Telegram said"), not
      // as a modifier ("U.S. officials", "officials in Moscow", "A post shared on Facebook")
      // (and an organisation named after a document's head is where it appeared or who made it: "a
      // study published in the journal Neurology", "a poll conducted by Gallup")
      const hit = inside
        .filter(
          (m) =>
            m.entity.type === type &&
            (type === 'PERSON' || type === 'ORG' || placeHeads(doc.text, ns, ne, m.mention) || (type === 'FAC' && channelOf(doc.text, ns, ne, m.mention))) &&
            (type !== 'ORG' || !afterDocument(doc, ns, ne, m.mention)) &&
            !agentOfParticiple(doc, ns, ne, m.mention) &&
            // (not whom the speaker stands against: "A critic of the United National Party said"; nor where
            // one who speaks for themself sits, the head of the source: "an expert at the University of
            // Toronto", not "a group of experts at the Aspen Institute Homeland Security Group")
            !OPPONENT_BEFORE.test(doc.text.slice(ns, m.mention.start)) &&
            !NEAR_BEFORE.test(doc.text.slice(ns, m.mention.start)) &&
            // (nor whose people speak for themselves: "Loop's investors", "Trump's supporters")
            !GROUP_AFTER.test(doc.text.slice(m.mention.end, ne)) &&
            // (nor the client a pollster worked for: "A survey by YouGov for The Economist")
            !(type === 'ORG' && /\bfor\s+(?:the\s+)?$/iu.test(doc.text.slice(ns, m.mention.start)) && /\bby\s/iu.test(doc.text.slice(ns, m.mention.start))) &&
            // (nor a club or a company before a definite person's role: "the Villa manager", whom the role's look back finds)
            !(type === 'ORG' && /^the\s+$/iu.test(doc.text.slice(ns, m.mention.start)) && MEMBER_ROLES.has(doc.text.slice(m.mention.end, ne).trim().toLowerCase())) &&
            !independentAt(doc.text.slice(ns, m.mention.start), m.entity) &&
            !(type === 'PERSON' && KIN_AFTER.test(doc.text.slice(m.mention.end, ne))),
        )
        .pop();
      if (hit) {
        if (ns !== s) addPronoun(hit.entity, s, e);
        return { ...a, speaker: { entityId: hit.entity.id, name: hit.entity.name } };
      }
    }
    const word = a.source.text.toLowerCase();
    if (a.source.spans.length === 1 && PERSON_PRONOUNS.has(word)) {
      const person = antecedent(doc, spans, sentences, sentenceAt(s), s, options.lookback, FEMALE.has(word), a.content, quotes(), attributions);
      if (person) {
        addPronoun(person.entity, s, e);
        return { ...a, speaker: { entityId: person.entity.id, name: person.entity.name } };
      }
    }
    return a;
  });
  // "Acme Corp cut its forecast. Revenue will fall, it said": "it" is the organisation or place that
  // made the report before, within two sentences (not a person, whom "it" never stands for)
  const byId = new Map(entities.map((ent) => [ent.id, ent]));
  /**
   * The report nearest before the k-th whose source ends before its source (reports are in cue
   * order, so this looks back one or two) and its speaker's entity, when it lies within IT_REACH
   * sentences (and, with `sameParagraph`, in the same paragraph); else null.
   */
  const linkedBefore = (k: number, sameParagraph = false): { before: Attribution; entity: Entity } | null => {
    const s = linked[k]!.source!.spans[0]![0];
    let before: Attribution | undefined;
    for (let j = k - 1; j >= 0 && !before; j--) if (linked[j]!.source && partEnd(linked[j]!.source!) <= s) before = linked[j];
    const entity = before?.speaker ? byId.get(before.speaker.entityId) : undefined;
    if (!before || !entity) return null;
    const [here, there] = [sentenceAt(s), sentenceAt(before.source!.spans[0]![0])];
    if (there < 0 || here - there > IT_REACH || (sameParagraph && sentences[here]!.segment !== sentences[there]!.segment)) return null;
    return { before, entity };
  };
  /** The one organisation named in the sentence before `at` in its paragraph (two sentences over one-sentence paragraphs) whose name holds `word`, else undefined. */
  const organisationNamedBefore = (at: number, word: string): Entity | undefined => {
    const here = sentenceAt(at);
    if (here <= 0) return undefined;
    // (two sentences back in its paragraph, or over paragraphs of one sentence each, as a wire story's:
    // "Swindon Borough Council said …. | Ward councillor Priya Sandhu said …. | A council spokesman said")
    const alone = (j: number) => sentences[j - 1]?.segment !== sentences[j]!.segment && sentences[j + 1]?.segment !== sentences[j]!.segment;
    let first = here;
    while (first > 0 && here - first < IT_REACH && (sentences[first - 1]!.segment === sentences[first]!.segment || (alone(first - 1) && (first === here ? alone(here) : alone(first))))) first--;
    if (first === here) return undefined;
    const named = organisationsNamedIn(sentences[first]!.start, at).filter((e) => e.name.toLowerCase().split(/\s+/u).includes(word));
    return named.length === 1 ? named[0] : undefined;
  };
  // another of the noun, with a word of its own, in [from, to): "One of them, UnitedHealth Group, … The
  // trade group for the Blue Cross Blue Shield plans spelled out its concerns. … the group wrote"
  const anotherOfNoun = (from: number, to: number, noun: string) => new RegExp(`\\b(?:[Aa]n?|[Tt]he|[Aa]nother|[Oo]ther)\\s+(?:[\\p{Ll}-]+\\s+){1,2}${noun}\\b`, 'u').test(doc.text.slice(from, to));
  /** The organisations with a name mention in [from, to), each once. */
  const organisationsNamedIn = (from: number, to: number): Entity[] => [...new Set(itemsWithin(spans, from, to).map((x) => x.located.entity).filter((e) => e.type === 'ORG'))];
  // an outlet the story cites anywhere is no business of it ("told Reuters", "Bloomberg reported"), by entity
  const outlets = new Map<Entity, boolean>();
  const outlet = (e: Entity): boolean => {
    let is = outlets.get(e);
    if (is === undefined) outlets.set(e, (is = e.mentions.some((m) => OUTLET_BEFORE.test(doc.text.slice(Math.max(0, m.start - 25), m.start)) || OUTLET_AFTER.test(doc.text.slice(m.end, m.end + 20)))));
    return is;
  };
  // the business a person speaks for: the one the source of a report of theirs names them by, in the
  // possessive or before their title ("Boeing's chief executive, Kelly Ortberg", "Tesla CEO Elon Musk")
  const employerOf = (person: Entity): Entity | undefined => {
    const found = new Set<Entity>();
    for (const b of linked) {
      if (b.speaker?.entityId !== person.id || !b.source) continue;
      const [s, e] = [b.source.spans[0]![0], partEnd(b.source)];
      for (const { entity: o, mention: m } of itemsWithin(spans, s, e).map((x) => x.located)) {
        if (o.type === 'ORG' && business(o.name) && !outlet(o) && EMPLOYER_AFTER.test(doc.text.slice(m.end, e))) found.add(o);
      }
    }
    return found.size === 1 ? [...found][0] : undefined;
  };
  // "Tesla cut prices in China again. The company said …", "Shares in Nvidia rose after the chipmaker
  // reported …": "the" and a business's noun is news's epithet for the company it has just named: the
  // organisation of the report right before it when that is a business, else the one business named
  // within two sentences before it (none where two are, nor a public body, nor a news outlet)
  for (let k = 0; k < linked.length; k++) {
    const a = linked[k]!;
    const noun = a.source && !a.speaker && a.source.spans.length === 1 ? businessEpithet(a.source.text) : null;
    if (!noun) continue;
    const at = a.source!.spans[0]![0];
    const here = sentenceAt(at);
    if (here < 0) continue;
    const before = k > 0 ? linkedBefore(k) : null;
    let entity: Entity | undefined;
    // (a public body that spoke before "the company" is no competitor for it: "The Federal Trade
    // Commission sued Amazon …. The company called the lawsuit …")
    const publicToo = PUBLIC_TOO.has(noun);
    const publicBefore = !!before && before.entity.type === 'ORG' && !business(before.entity.name) && !publicToo;
    if (before && !outlet(before.entity) && !publicBefore) {
      // the report right before names who spoke: its business, heading its source and alone there,
      // or none ("Shell said it would not follow. The company said …" is not BP's of the sentence before;
      // "A group of shareholders in Glencore wrote …. The group said" is not Glencore's; nor "Vodafone and Three")
      const src = before.before.source!;
      // (a person who spoke for the business the story named them by: "Boeing's new chief executive,
      // Kelly Ortberg, said …. “…,” Ortberg wrote. The planemaker also said …")
      if (before.entity.type === 'PERSON') {
        entity = employerOf(before.entity);
        // (none where another business is named within two sentences before it: "Ryanair boss Michael
        // O'Leary criticised Boeing. “…,” O'Leary said. The planemaker said …")
        const from = Math.min(sentences[sentenceAt(src.spans[0]![0])]!.start, sentences[Math.max(0, here - IT_REACH)]!.start);
        const other = (e: Entity) => e !== entity && e.type === 'ORG' && business(e.name) && !outlet(e);
        if (!entity || mentions.some(({ entity: e, mention: x }) => x.start >= from && x.end <= at && other(e))) continue;
      } else {
        const head = headNoun(tokens, lowerBound(tokens, src.spans[0]![0]), lowerBound(tokens, partEnd(src)) - 1);
        const heads = !!head && before.entity.mentions.some((m) => m.kind === 'name' && m.start <= head.start && head.end <= m.end);
        if (before.entity.type !== 'ORG' || !business(before.entity.name) || !heads || /\b(?:and|or)\b/u.test(src.text)) continue;
        entity = before.entity;
      }
    } else {
      // else the one business named within two sentences before it; for a noun a public body takes too,
      // the one organisation ("The Reserve Bank of India fined HDFC Bank. The lender said …" is neither's;
      // "The European Commission fined Google. The company said …" is Google's)
      const from = sentences[Math.max(0, here - IT_REACH)]!.start;
      const candidates = new Set(mentions.filter(({ entity: e, mention: m }) => m.start >= from && m.end <= at && e.type === 'ORG' && (publicToo || business(e.name)) && !regionAt(quotes(), m.start) && !outlet(e)).map((x) => x.entity));
      const only = candidates.size === 1 ? [...candidates][0]! : undefined;
      if (only && business(only.name)) entity = only;
    }
    if (!entity) continue;
    // (nor past another of the noun after the business's last mention)
    const last = entity.mentions.reduce((x, m) => (m.end <= at ? Math.max(x, m.end) : x), -1);
    if (last >= 0 && anotherOfNoun(last, at, noun)) continue;
    linked[k] = { ...a, speaker: { entityId: entity.id, name: entity.name } };
  }
  for (let k = 0; k < linked.length; k++) {
    const a = linked[k]!;
    if (!a.source || a.speaker || a.source.text.toLowerCase() !== 'it') continue;
    const [s, e] = [a.source.spans[0]![0], a.source.spans[a.source.spans.length - 1]![1]];
    const found = linkedBefore(k);
    if (!found || found.entity.type === 'PERSON') continue;
    const { before, entity } = found;
    // the entity heads the report's source ("The Post reported"), not "its FEC reports"
    const [bs, be] = [before.source!.spans[0]![0], partEnd(before.source!)];
    const head = headNoun(tokens, lowerBound(tokens, bs), lowerBound(tokens, be) - 1);
    // (or an "it" this pass linked, or a business's epithet the pass before linked: "It said …. It
    // added …", "The airline said …. It added …")
    const chained = before.source!.text.toLowerCase() === 'it' || businessEpithet(before.source!.text) !== null;
    if (!chained && head && !entity.mentions.some((m) => m.kind === 'name' && m.start <= head.start && head.end <= m.end)) continue;
    addPronoun(entity, s, e);
    linked[k] = { ...a, speaker: before.speaker };
  }
  /**
   * The one person named with the role `role` in the IT_REACH sentences before `at`, in its
   * paragraph, whose role's text also holds every word of the description before the role's
   * ("the former president" a "former President", not "The French president" for "President
   * Barack Obama"); undefined when none or two.
   */
  const roleHolderBefore = (at: number, role: string, description: string): Entity | undefined => {
    const modifiers = description.toLowerCase().split(/\s+/u).slice(1, -1);
    // (not a role that is another, or no longer held: "Prime Minister", "Deputy …", "former President")
    const holds = (r: string) => {
      const words = r.toLowerCase().split(/[\s,]+/u);
      return holdsTitle(r, role) && modifiers.every((w) => words.includes(w)) && !words.some((w) => OTHER_ROLE_WORDS.has(w) && !modifiers.includes(w));
    };
    const here = sentenceAt(at);
    if (here <= 0) return undefined;
    let first = here;
    while (first > 0 && here - first < IT_REACH && sentences[first - 1]!.segment === sentences[here]!.segment) first--;
    const holders = new Set<Entity>();
    const roleSpans: Array<[number, number]> = [];
    for (const { located } of itemsWithin(spans, sentences[first]!.start, at)) {
      if (located.entity.type !== 'PERSON') continue;
      for (const r of located.entity.roles) if (r.start >= sentences[first]!.start && r.start < at) roleSpans.push([r.start, r.end]);
      if (located.entity.roles.some((r) => holds(r.text) && r.start < at)) holders.add(located.entity);
    }
    if (holders.size !== 1) return undefined;
    // (nor where someone unnamed holds the role too: "Modi met Nepal's foreign minister. The minister said")
    const word = new RegExp(`\\b${role}\\b`, 'giu');
    const window = doc.text.slice(sentences[first]!.start, at);
    for (let m = word.exec(window); m; m = word.exec(window)) {
      const pos = sentences[first]!.start + m.index;
      if (!roleSpans.some(([a, b]) => a <= pos && pos < b)) return undefined;
    }
    return [...holders][0];
  };
  // "Arsenal manager Mikel Arteta admitted …. “…,” the Arsenal manager told Sky Sports": a definite
  // description of a role with no name in it stands for the person who spoke in the report right
  // before it, in the same paragraph and within two sentences, when the article gives that person
  // the role (not when another report, or no person, spoke there)
  for (let k = 0; k < linked.length; k++) {
    const a = linked[k]!;
    const role = a.source && !a.speaker && a.source.spans.length === 1 ? roleDescription(a.source.text) : null;
    // (in the same paragraph, or in the one right before: "Arsenal manager Mikel Arteta said the loss had
    // hurt.\n“I understand the frustration,” the manager said.")
    if (!role) continue;
    const before = linkedBefore(k);
    const found = before && sentences[sentenceAt(before.before.source!.spans[0]![0])]!.segment >= sentences[sentenceAt(a.source!.spans[0]![0])]!.segment - 1 ? before : null;
    // the role must be one the article gives the person ("the Texas senator" for "Sen. Ted Cruz", "the
    // Arsenal manager" for "Arsenal manager Mikel Arteta"; not "the governor" for a justice a governor
    // named, "the president" for a senator who spoke of him, "the former chief executive" for the
    // prosecutor who accused him)
    // (or the source of that report calls them so right before their name, a role the entity stage
    // keeps no title of: "Senior coroner Andrew Cox criticised …. The coroner said"; not "Inspector
    // Gadget creator Andy Heyward")
    const called = (b: Attribution, e: Entity) => {
      const [bs, be] = [b.source!.spans[0]![0], partEnd(b.source!)];
      // (or before a comma setting the name off: "The Minister, Rebecca Moore, said")
      const before = new RegExp(`\\b${role},?\\s+$`, 'iu');
      return e.mentions.some((m) => m.kind === 'name' && m.start >= bs && m.end <= be && before.test(doc.text.slice(bs, m.start)));
    };
    if (found && found.entity.type === 'PERSON' && (found.entity.roles.some((r) => holdsTitle(r.text, role)) || called(found.before, found.entity))) {
      linked[k] = { ...a, speaker: found.before.speaker };
      continue;
    }
    // with no report of its paragraph before it, the one person the sentences before it there name
    // with that role ("Finance Minister Nirmala Sitharaman presented the budget. The minister said …")
    if (linkedBefore(k, true)) continue;
    const holder = roleHolderBefore(a.source!.spans[0]![0], role, a.source!.text);
    if (holder) linked[k] = { ...a, speaker: { entityId: holder.id, name: holder.name } };
  }
  // "“…,” Djokovic said after the match. … The Serb, who was seeking a 25th title, said …": "the" and
  // a nationality or an age ("the Spaniard", "the 37-year-old") is news's epithet for the person who
  // spoke in the report right before it, in the same paragraph and within two sentences, when the
  // article names no other person before it (an entity the tagger made of the epithet's word alone gives way)
  for (let k = 0; k < linked.length; k++) {
    const a = linked[k]!;
    const word = a.source && a.source.spans.length === 1 ? epithetWord(a.source.text) : null;
    if (!word || (a.speaker && byId.get(a.speaker.entityId)?.name.toLowerCase() !== word)) continue;
    const at = a.source!.spans[0]![0];
    // (in the same paragraph, or in the one right before: "… Guardiola said he had never experienced a
    // run like it.\n“I am the boss …,” the Spaniard told Sky Sports.")
    const before = linkedBefore(k);
    const found = before && sentences[sentenceAt(before.before.source!.spans[0]![0])]!.segment >= sentences[sentenceAt(at)]!.segment - 1 ? before : null;
    if (!found && /year-old$/u.test(word) && !a.speaker) {
      // with no report before it there, an age stands for the one person the article has named before
      // it, named in the two sentences before it ("Green co-leader Chlöe Swarbrick spoke to reporters.
      // “We will be back,” the 35-year-old said."; not past a person unnamed there, "a man")
      const persons = entities.filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.kind === 'name' && m.start < at && !regionAt(quotes(), m.start)));
      const here = sentenceAt(at);
      const from = sentences[Math.max(0, here - IT_REACH)]!.start;
      const named = persons.length === 1 ? persons[0]! : undefined;
      if (named && named.mentions.some((m) => m.kind === 'name' && m.start >= from && m.start < at) && !itemsWithin(tokens, from, at).some((t) => UNNAMED_PERSONS.has(t.lower))) {
        linked[k] = { ...a, speaker: { entityId: named.id, name: named.name } };
      }
      continue;
    }
    if (!found || found.entity.type !== 'PERSON' || found.before.speaker?.entityId === a.speaker?.entityId) continue;
    // (no other person named in the article before it: "Carlos Alcaraz beat Novak Djokovic …\n\n“…,”
    // Djokovic said. The Spaniard said …", "Keir Starmer met Emmanuel Macron. “…,” Starmer said. The Frenchman said …")
    if (entities.some((e) => e.type === 'PERSON' && e.id !== found.entity.id && e.mentions.some((m) => m.kind === 'name' && m.start < at))) continue;
    // (from the start of the report before's paragraph)
    let first = sentenceAt(found.before.source!.spans[0]![0]);
    while (first > 0 && sentences[first - 1]!.segment === sentences[first]!.segment) first--;
    const from = sentences[first]!.start;
    // (nor a person unnamed, or of the epithet's own word: "Detective Inspector Jane Smith said the man had been
    // charged. The 34-year-old told the court …", "… said a Briton had been arrested. The Briton …")
    if (itemsWithin(tokens, from, at).some((t) => UNNAMED_PERSONS.has(t.lower) || t.lower === word)) continue;
    linked[k] = { ...a, speaker: found.before.speaker };
  }
  /** The pronoun mention [s, e) the speaker of `a` was given, taken back (its speaker changes). */
  const dropPronoun = (a: Attribution, s: number, e: number) => {
    const old = a.speaker ? byId.get(a.speaker.entityId) : undefined;
    if (old) old.mentions = old.mentions.filter((x) => !(x.kind === 'pronoun' && x.start === s && x.end === e));
  };
  /**
   * Whether a person is named in [from, to) outside what the report `before` says ("A spokeswoman
   * for the Metropolitan Police said Ms Begum had been released. She said …" is the spokeswoman's).
   */
  const personBetween = (before: Attribution, from: number, to: number): boolean =>
    itemsWithin(spans, from, to).some((x) => x.located.entity.type === 'PERSON' && !before.content.spans.some(([cs, ce]) => cs <= x.start && x.end <= ce));
  /**
   * Whether an organisation other than the found report's is named between its source and the source
   * of `a`, standing alone there, not in a report's source or content ("The Independent Office for
   * Police Conduct is investigating, and the watchdog said"; not "The FAA said it would audit Boeing.
   * The agency said", "… American Airlines chief executive Robert Isom said …. The board said").
   */
  const otherOrganisationBetween = (found: { before: Attribution; entity: Entity }, a: Attribution): boolean => {
    const [from, to] = [partEnd(found.before.source!), a.source!.spans[0]![0]];
    const inReport = (x: { start: number; end: number }) => linked.some((b) => [b.source, b.content].some((p) => p && p.spans.some(([ps, pe]) => ps <= x.start && x.end <= pe)));
    return itemsWithin(spans, from, to).some((x) => x.located.entity !== found.entity && x.located.entity.type === 'ORG' && !inReport(x));
  };
  /**
   * "…, the UK Health Security Agency warned. …, the agency said": a definite description of an
   * organisation by the head of its name (`noun`) stands for the organisation of the nearest report
   * before the k-th within two sentences (news gives each its paragraph), when the article names it
   * with the head ("Agency"), past the reports of persons or of no one between ("NASA said …. “…,”
   * NASA Administrator Bill Nelson told a briefing. The agency said …"; "The National Transportation
   * Safety Board said …. American Airlines CEO Robert Isom said …. …, the board said."); its speaker, else undefined.
   */
  const byNameHead = (k: number, noun: string): Attribution['speaker'] => {
    // (the head written in the name the report before gave: "the UK Health Security Agency (UKHSA)";
    // or in a name the article gave the organisation, "the Federal Bureau of Investigation"; or the
    // acronym of an agency news calls "the agency" unspelled, "NASA", "the FDA", not "the NHS", "NATO")
    const written = (text: string) => text.split(/[\s()]+/u).some((w) => /^\p{Lu}/u.test(w) && namesNoun(w, noun));
    const at = linked[k]!.source!.spans[0]![0];
    const here = sentenceAt(at);
    for (let j = k - 1; j >= 0; j--) {
      const b = linked[j]!;
      if (!b.source || partEnd(b.source) > at) continue;
      if (here - sentenceAt(b.source.spans[0]![0]) > IT_REACH) return undefined;
      const entity = b.speaker ? byId.get(b.speaker.entityId) : undefined;
      if (entity?.type !== 'ORG') continue;
      const named = written(b.source.text) || entity.mentions.some((x) => x.kind === 'name' && written(x.text)) || (noun === 'agency' && AGENCY_ACRONYMS.has(entity.name));
      // (none past another organisation named between outside any report)
      return named && !otherOrganisationBetween({ before: b, entity }, linked[k]!) && !anotherOfNoun(partEnd(b.source), at, noun) ? b.speaker : undefined;
    }
    return undefined;
  };
  for (let k = 1; k < linked.length; k++) {
    const a = linked[k]!;
    const m = a.source && !a.speaker && a.source.spans.length === 1 ? /^[Tt]he\s+(\p{Ll}+)$/u.exec(a.source.text) : null;
    if (!m) continue;
    const noun = m[1]!;
    const speaker = isOrganisationHead(noun) || isCompanyHead(noun) ? byNameHead(k, noun) : undefined;
    if (speaker) {
      linked[k] = { ...a, speaker };
      continue;
    }
    // "…, the Met Office said. …, the forecaster said": a public body's noun that no name holds stands
    // for the public body of the report right before it, as "the agency" does for a commission or an
    // office ("The US Consumer Product Safety Commission said …. …, the agency warned.")
    // (a body whose name says what it is, "… Authority", "… Office", Ofcom, or a known agency's acronym;
    // not "NHS England" for "the watchdog", nor past another organisation named between: "Greater
    // Manchester Police said …. The Independent Office for Police Conduct is investigating, and the watchdog said")
    const found = PUBLIC_EPITHETS.has(noun) || noun === 'agency' ? linkedBefore(k) : null;
    if (!found || found.entity.type !== 'ORG' || outlet(found.entity) || otherOrganisationBetween(found, a)) continue;
    const name = found.entity.name;
    const fits = noun === 'forecaster' ? FORECASTER_NAME.test(name) : AGENCY_NAME_WORDS.test(name) || AGENCY_ACRONYMS.has(name) || (noun !== 'agency' && isOfRegulator(name));
    if (fits) linked[k] = { ...a, speaker: found.before.speaker };
  }
  // "…, prompting the Japan Meteorological Agency to issue a tsunami advisory. …, the agency said.": a
  // definite description of an organisation that no report before resolved stands for the one
  // organisation named within two sentences before it (in its paragraph or the one before) whose name
  // holds its noun written with a capital ("Agency", "Department", "Office"), or, for a business's noun
  // ("the lender", "the company", "the power utility"), the one business named there
  for (let k = 0; k < linked.length; k++) {
    const a = linked[k]!;
    const m = a.source && !a.speaker && a.source.spans.length === 1 ? ORGANISATION_DESCRIPTION.exec(a.source.text) : null;
    // (an organisation's noun: not "the inspector" after "Inspector Gadget creator Andy Heyward")
    const noun = m?.[1];
    if (!noun || !(isOrganisationHead(noun) || isCompanyHead(noun) || BUSINESS_ONLY_NOUNS.has(noun) || NAME_WORDS_OF_NOUN.has(noun))) continue;
    const at = a.source!.spans[0]![0];
    const here = sentenceAt(at);
    if (here < 0) continue;
    let first = here;
    while (first > 0 && here - first < IT_REACH && sentences[first - 1]!.segment >= sentences[here]!.segment - 1) first--;
    // (a name, not a headline's words typed as one: "Democratic Elite Betrayed Their Party And …")
    const named = organisationsNamedIn(sentences[first]!.start, at).filter((e) => !outlet(e) && e.name.split(/\s+/u).length <= MAX_NAME_WORDS);
    // (one whose name holds the noun before any business: "Harwick Bank", not Citi, for "the bank"; and
    // only a business's noun no person is called by: not "the real estate developer", "the group")
    const byName = named.filter((e) => e.name.split(/\s+/u).some((w) => /^\p{Lu}/u.test(w) && namesNoun(w, noun)));
    // (a business's noun only where every organisation named is a business: "The Reserve Bank of India
    // fined HDFC Bank …. The lender said" is not told)
    const businesses = BUSINESS_ONLY_NOUNS.has(noun) && named.every((e) => business(e.name)) ? named : [];
    const fitting = byName.length > 0 ? byName : businesses;
    if (fitting.length !== 1) continue;
    const found = fitting[0]!;
    // (nor past a report of anyone else after the organisation's last mention: "BP raised its dividend.
    // Shell said …. The company said", "… John Smith, a retired engineer, said …. The company said")
    const last = Math.max(...itemsWithin(spans, sentences[first]!.start, at).filter((x) => x.located.entity === found).map((x) => x.start));
    // (a report of no one named counts only where its source has the noun: "the trade group for the Blue
    // Cross Blue Shield plans … wrote. … the group wrote", not "A professor at the University of
    // Northbridge manipulated images, an inquiry has concluded. The university said")
    const nounWord = new RegExp(`\\b${noun}\\b`, 'iu');
    const other = (b: Attribution) => (b.speaker ? b.speaker.entityId !== found.id : nounWord.test(b.source!.text));
    const between = linked.some((b, j) => j !== k && b.source && b.source.spans[0]![0] > last && b.source.spans[0]![0] < at && other(b));
    if (!between && !anotherOfNoun(last, at, noun)) linked[k] = { ...a, speaker: { entityId: found.id, name: found.name } };
  }
  // "The council denied the figure. A spokesperson said …": a spokesperson named by no one and for no
  // one speaks for the organisation of the report right before it (a modifier must be a word of its
  // name, "a council spokesperson", or "company" for a business)
  for (let k = 0; k < linked.length; k++) {
    const a = linked[k]!;
    const m = a.source && !a.speaker && a.source.spans.length === 1 ? UNNAMED_SPOKESPERSON.exec(a.source.text) : null;
    if (!m) continue;
    const modifier = (m[1] ?? m[2])?.toLowerCase();
    const found = linkedBefore(k);
    if (found && found.entity.type === 'ORG' && !outlet(found.entity) && !otherOrganisationBetween(found, a)) {
      const name = found.entity.name;
      // (an agency's, as "the agency" is: "The FDA said …. An agency spokesperson said")
      const fitting = !modifier || name.toLowerCase().split(/\s+/u).includes(modifier) || (BUSINESS_NOUNS.has(modifier) && business(name)) || (modifier === 'charity' && CHARITY_NAME.test(name)) || (modifier === 'agency' && (AGENCY_NAME_WORDS.test(name) || AGENCY_ACRONYMS.has(name)));
      if (fitting) linked[k] = { ...a, speaker: found.before.speaker };
      continue;
    }
    // (no report of an organisation right before: the one organisation the sentence before names with
    // the modifier, "Students occupied the library at Northmoor University. A university spokesperson said")
    // (or where a person spoke right before: "Swindon Borough Council said …. Ward councillor Priya Sandhu said …. A council spokesman said")
    const named = modifier && (!found || found.entity.type === 'PERSON') ? organisationNamedBefore(a.source!.spans[0]![0], modifier) : undefined;
    if (named) linked[k] = { ...a, speaker: { entityId: named.id, name: named.name } };
  }
  // "In a statement, the Fed said …. Two officials dissented, according to the statement.": "the" and a
  // document's noun stands for who spoke in the nearest report before it with a speaker, within two
  // sentences, when that is an organisation (who issues releases) or its sentence names the document
  for (let k = 0; k < linked.length; k++) {
    const a = linked[k]!;
    const m = a.source && !a.speaker && a.source.spans.length === 1 ? ISSUED_DOCUMENT.exec(a.source.text) : null;
    if (!m) continue;
    const s = a.source!.spans[0]![0];
    for (let j = k - 1; j >= 0; j--) {
      const b = linked[j]!;
      if (!b.source || partEnd(b.source) > s) continue;
      if (sentenceAt(s) - sentenceAt(b.source.spans[0]![0]) > IT_REACH) break;
      const entity = b.speaker ? byId.get(b.speaker.entityId) : undefined;
      if (!entity) continue;
      // (where that sentence names the document, outside what the report says: not "The Times said
      // Cook provided a written statement. … the statement said", which is Cook's)
      const sentence = sentences[sentenceAt(b.source.spans[0]![0])]!;
      // (a poll and a survey are one: "A survey by YouGov found …. The same poll found")
      const word = /^(?:poll|survey)$/u.test(m[1]!) ? /\b(?:poll|survey)\b/giu : new RegExp(`\\b${m[1]}\\b`, 'giu');
      const named = [...doc.text.slice(sentence.start, sentence.end).matchAll(word)].map((x) => sentence.start + x.index);
      // (one the report's verb issued is named by its maker: "The NSIA released a preliminary report. According to the report, …")
      const issued = ISSUING_CUE.test(b.cue.text);
      const reported = !issued && named.length > 0 && named.every((at) => b.content.spans.some(([cs, ce]) => cs <= at && at < ce));
      // (a report, a study, …: only one the sentence names, whose maker may be a paper, "a report by the Times")
      const document = NAMED_DOCUMENTS.has(m[1]!.toLowerCase());
      const maker = document ? named.length > 0 && entity.type === 'ORG' : entity.type === 'ORG' && !outlet(entity);
      // (a person's only for a statement or a release: one quoted "in the report" did not write it)
      if (!reported && (maker || (!document && entity.type === 'PERSON' && named.length > 0))) linked[k] = { ...a, speaker: b.speaker };
      break;
    }
    if (linked[k]!.speaker) continue;
    // (with none, the one who issued it, named after "by" in a sentence before that names it: "The warning was
    // contained in a statement issued on Sunday in Ilorin by the governor's Chief Press Secretary, Rafiu
    // Ajakaye. “…,” the statement said.")
    const here = sentenceAt(s);
    for (let j = here - 1; j >= 0 && here - j <= IT_REACH; j--) {
      const sentence = sentences[j]!;
      const issuedBy = new RegExp(`\\b${m[1]}\\s+(?:[\\p{L}\\d,'’-]+\\s+){0,8}?(?:issued|released|published|signed|sent|put\\s+out|prepared)\\s+(?:[\\p{L}\\d,'’-]+\\s+){0,6}?by\\s`, 'iu').exec(doc.text.slice(sentence.start, sentence.end));
      if (!issuedBy) continue;
      const after = sentence.start + issuedBy.index + issuedBy[0].length;
      const maker = itemsWithin(spans, after, sentence.end).map((x) => x.located.entity).find((e) => e.type === 'PERSON' || e.type === 'ORG');
      if (maker) linked[k] = { ...a, speaker: { entityId: maker.id, name: maker.name } };
      break;
    }
  }
  // "K Suresh Reddy was arrested. A victim told TOI he lost his savings. “I trusted them,” he said.":
  // "he" or "she" in the sentence after the report of someone unnamed, of fitting gender, with no
  // person named between, is that someone, not a person named further back (the claim's speaker
  // is then the unnamed one: see the claims stage)
  for (let k = 1; k < linked.length; k++) {
    const a = linked[k]!;
    const word = a.source && a.source.spans.length === 1 ? a.source.text.toLowerCase() : '';
    if ((word !== 'he' && word !== 'she') || !a.speaker) continue;
    const s = a.source!.spans[0]![0];
    let before: Attribution | undefined;
    for (let j = k - 1; j >= 0 && !before; j--) if (linked[j]!.source && partEnd(linked[j]!.source!) <= s) before = linked[j];
    // (for a quotation, which goes on in the voice of who spoke last: "A victim told TOI …. “I trusted
    // them,” he said"; not a report of the person named before, "Maria Lopez … lost her home. A
    // neighbour said she had tried to save her dog. She said she would rebuild.")
    const unnamed = before && !before.speaker && a.kind !== 'indirect' ? UNNAMED_SOMEONE.exec(before.source!.text) : null;
    if (!unnamed || sentenceAt(s) - sentenceAt(before!.source!.spans[0]![0]) > 1) continue;
    const gender = FEMALE_NOUNS.test(unnamed[1]!) ? 'she' : MALE_NOUNS.test(unnamed[1]!) ? 'he' : null;
    if (gender && gender !== word) continue;
    if (personBetween(before!, partEnd(before!.source!), s)) continue;
    dropPronoun(a, s, partEnd(a.source!));
    linked[k] = { ...a, speaker: undefined };
  }
  // "A spokeswoman for Singapore Airlines said …. “…,” she said.": "he" or "she" right after a
  // spokesperson's report, with no person named between, is that spokesperson, who speaks for the
  // organisation (the pronoun's mention moves from a person found further back)
  for (let k = 1; k < linked.length; k++) {
    const a = linked[k]!;
    const word = a.source && a.source.spans.length === 1 ? a.source.text.toLowerCase() : '';
    if (word !== 'he' && word !== 'she') continue;
    const found = linkedBefore(k);
    const spokes = found && found.entity.type === 'ORG' ? SPOKESPERSON_OF.exec(found.before.source!.text) : null;
    if (!spokes || sentenceAt(a.source!.spans[0]![0]) - sentenceAt(found!.before.source!.spans[0]![0]) > 1) continue;
    const noun = spokes[1]!.toLowerCase();
    if ((noun === 'spokesman' && word !== 'he') || (noun === 'spokeswoman' && word !== 'she')) continue;
    const [from, to] = [partEnd(found!.before.source!), a.source!.spans[0]![0]];
    if (personBetween(found!.before, from, to)) continue;
    const [s, e] = [a.source!.spans[0]![0], partEnd(a.source!)];
    dropPronoun(a, s, e);
    addPronoun(found!.entity, s, e);
    linked[k] = { ...a, speaker: found!.before.speaker };
  }
  for (const ent of entities) ent.mentions.sort((x, y) => x.start - y.start);
  return { attributions: linked, entities };
}

/** Nouns of a business that name no person ("the lender", "the carmaker" do; "the developer", "the group" may not). */
const BUSINESS_ONLY_NOUNS = new Set(['company', 'firm', 'lender', 'bank', 'airline', 'carrier', 'utility', 'retailer', 'insurer', 'manufacturer', 'automaker', 'carmaker', 'corporation', 'conglomerate']);
/** Most words of an organisation's name that a description may stand for. */
const MAX_NAME_WORDS = 6;

/**
 * Words of organisations' names that news calls by another noun: "Wiltshire Police … the force",
 * "the National Multifamily Housing Council … the group", "Met Éireann … the forecaster".
 */
const NAME_WORDS_OF_NOUN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['force', new Set(['police', 'constabulary'])],
  ['group', new Set(['association', 'council', 'coalition', 'alliance', 'federation', 'network', 'society', 'campaign'])],
  ['forecaster', new Set(['met', 'weather', 'meteorological'])],
]);
/** Whether a word of an organisation's name names it by the noun: its own word, or one NAME_WORDS_OF_NOUN gives the noun. */
function namesNoun(word: string, noun: string): boolean {
  const lower = word.toLowerCase();
  return lower === noun || !!NAME_WORDS_OF_NOUN.get(noun)?.has(lower);
}
/** "The agency", "the state health department", "the sheriff's office", "the power utility": "the", at most two words, and the head noun. */
const ORGANISATION_DESCRIPTION = /^[Tt]he\s+(?:[\p{Ll}'’-]+\s+){0,2}(\p{Ll}+)$/u;

/** Nouns news calls a business by once it has named it ("the company", "the carmaker", "the lender"). */
const BUSINESS_NOUNS = new Set([
  'company', 'firm', 'group', 'business', 'corporation', 'conglomerate', 'startup', 'start-up', 'giant', 'manufacturer', 'maker', 'retailer',
  'lender', 'bank', 'insurer', 'airline', 'carrier', 'broadcaster', 'publisher', 'operator', 'utility', 'supplier', 'developer', 'brand', 'chain',
]);

/** "The company", "the Japanese carmaker", "the iPhone maker", "the social media giant": "the", at most three words, and a business's noun, which it returns, else null (not "the central bank", "the state broadcaster"). */
function businessEpithet(text: string): string | null {
  const noun = /^[Tt]he\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}?([\p{Ll}-]+)$/u.exec(text)?.[1];
  if (noun === undefined || !(BUSINESS_NOUNS.has(noun) || /^\p{Ll}{3,}maker$/u.test(noun))) return null;
  return /\b(?:central|state|national|public|federal|government|regional|local)\b/iu.test(text) ? null : noun;
}

/** After a business's name in a source, the title of the person who speaks for it: "'s new chief executive, …", " CEO …". */
const EMPLOYER_AFTER = /^(?:['’]s)?\s+(?:(?:new|former|interim|acting|outgoing|incoming|top|senior|deputy|global|group)\s+)*(?:chief\s+executive|chief\s+\p{Ll}+\s+officer|ceo|chairman|chairwoman|chair|president|boss|founder|co-founder|head|managing\s+director|spokesperson|spokesman|spokeswoman|executive)\b/iu;

/** "The statement", "the release", "the news release": a document someone issued; its noun (not "the letter", often one sent to the organisation named). */
const ISSUED_DOCUMENT = /^[Tt]he\s+(?:(?:news|press|joint|written|new|latest|annual|same)\s+)?(statement|release|report|study|survey|poll|audit|review|analysis)$/u;
/** Verbs that bring a document out, whose object its maker names: "released a report", "published a study". */
const ISSUING_CUE = /\b(?:released|publish(?:ed|es)|issued|unveiled|produced)\b/iu;
/** Documents that speak for their maker only where the sentence before names them ("According to a report by X, … The report found"). */
const NAMED_DOCUMENTS = new Set(['report', 'study', 'survey', 'poll', 'audit', 'review', 'analysis']);

/** Nouns of one person left unnamed ("a victim", "the owner of the takeaway", "her colleague"). */
const UNNAMED_PERSON_NOUNS = [
  'victim', 'parent', 'mother', 'father', 'resident', 'witness', 'neighbou?r', 'woman', 'man', 'relative', 'passenger', 'survivor', 'student',
  'worker', 'shopper', 'villager', 'farmer', 'driver', 'teacher', 'nurse', 'doctor', 'trader', 'vendor', 'commuter', 'customer', 'fan', 'tourist',
  'pupil', 'girl', 'boy', 'wife', 'husband', 'daughter', 'son', 'sister', 'brother', 'owner', 'colleague', 'captain', 'shopkeeper', 'friend',
  'employee', 'manager',
].join('|');

/** Someone unnamed, one person: "A victim", "a parent of one of the abducted pupils", "One woman", "another resident"; the head noun. */
const UNNAMED_SOMEONE = new RegExp(`^(?:[Aa]n?|[Oo]ne|[Aa]nother)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,2}?(${UNNAMED_PERSON_NOUNS})\\b(?!\\s*,?\\s*\\p{Lu})`, 'u');
const FEMALE_NOUNS = /^(?:mother|woman|girl|wife|daughter|sister)$/u;
const MALE_NOUNS = /^(?:father|man|boy|husband|son|brother)$/u;

/** "A spokesperson", "a council spokesman": a spokesperson named by no one and for no one; the modifier, if any. */
const UNNAMED_SPOKESPERSON = /^(?:[Aa]n?|[Tt]he)\s+(?:(\p{Ll}+)\s+)?(?:spokes(?:man|woman|person)|representative)(?:\s+for\s+the\s+(charity|company|firm|council|university|club|zoo|union|ministry|department|agency|hospital|school|airline|bank|board|commission|authority|trust|foundation))?$/u;
/** Names of charities, which "a spokeswoman for the charity" speaks for ("Born Wild Foundation"; not "Countryside Alliance", "the Democratic Alliance"). */
const CHARITY_NAME = /\b(?:Foundation|Trust|Fund|Society|Charity|Appeal|Aid|Relief|Rescue)$/u;
/** A spokesperson's phrase, named or not ("A spokeswoman for Singapore Airlines", "a company spokesman"); the noun. */
const SPOKESPERSON_OF = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{L}-]+\s+){0,2}?(spokes(?:man|woman|person)|representative)\b(?!\s*,)/u;

/** Words of the names of public bodies news calls "the agency", "the regulator" or "the forecaster" ("Commission", "Office"), besides those named "Agency". */
const AGENCY_NAME_WORDS = /\b(?:Commission|Administration|Office|Bureau|Board|Authority|Agency|Service)\b/u;
/** Names of weather services, the only bodies "the forecaster" stands for ("Met Office", "National Weather Service", "Bureau of Meteorology"; not "UK Health Security Agency"). */
const FORECASTER_NAME = /\b(?:Met|Weather|Meteorolog\w*|Hurricane)\b/u;

/** Nouns news calls a public body by that are no word of its name ("the regulator" for Ofcom, "the forecaster" for the Met Office). */
const PUBLIC_EPITHETS = new Set(['regulator', 'watchdog', 'forecaster']);

/** Acronyms of public agencies that news calls "the agency" without spelling their name. */
const AGENCY_ACRONYMS = new Set(['NASA', 'FDA', 'CDC', 'EPA', 'FEMA', 'FBI', 'CIA', 'NSA', 'DEA', 'ATF', 'TSA', 'IAEA', 'ESA', 'IRS', 'NOAA', 'NIH', 'FAA', 'EMA', 'EFSA', 'MHRA', 'UKHSA', 'IEA', 'NCA', 'DVLA', 'HMRC', 'USAID', 'UNHCR', 'UNRWA', 'NEMA', 'NAFDAC', 'EFCC', 'NDMA', 'ISRO', 'JAXA', 'ASIO', 'ASIC']);

/** Business nouns a public body takes too ("the bank", "the broadcaster"). */
const PUBLIC_TOO = new Set(['bank', 'lender', 'broadcaster', 'operator', 'utility', 'carrier', 'group', 'publisher']);

/** Words of a public body's name, which no business epithet stands for ("the European Commission fined Google. The company said …"). */
const PUBLIC_BODY = /\b(?:Commission|Union|Ministry|Department|Agency|Court|Council|Parliament|Party|Congress|Senate|House|Police|Government|Authority|Organi[sz]ation|Nations|Committee|Office|Bureau|Service|Administration|Reserve|Federation|Assembly|Army|Navy|Force|University|EU|UN|NATO|WHO|IMF|ECB|FBI|CIA|FDA|SEC|FTC|NHS|EPA|OPEC)\b/u;
const business = (name: string) => !PUBLIC_BODY.test(name);
/**
 * Where a news outlet is named as the channel, not a company of the story: "told Reuters", "according
 * to Bloomberg", "(AP)"; "to", "with" and "on" only after a verb or noun of speaking ("spoke to the
 * BBC", "an interview with Reuters", "appeared on CNN"; not "sold to Unilever", "clashed with
 * Unilever", "bet on Nvidia").
 */
const OUTLET_BEFORE = /(?:\btold|\b(?:spoke|speaking|speak|talking|talked|talk|said|says|say|wrote|writing|statement|statements|comments?)\s+to|\b(?:reported|reporting|published|obtained|seen|reviewed|broadcast|aired|quoted|cited|written|carried|first)\s+by|\baccording to|\bvia|\b(?:interviews?|spoke|speaking|talking|talked|conversation|podcast)\s+with|\b(?:appeared|appearing|appearance|appears|spoke|speaking|said|says|interview|aired|broadcast)\s+on|\()\s*(?:the\s+)?$/iu;
const OUTLET_AFTER = /^\s*(?:(?:first|earlier|later|also|\p{Ll}+ly)\s+)?(?:reported|reports|reporting)(?=\s*(?:[.,;:]|that\b|on\b|in\b|citing\b|last\b|this\b|earlier\b|$))|^\s*\)/u;

/** Nouns of a person left unnamed that an epithet may stand for instead of the speaker before it. */
const UNNAMED_PERSONS = new Set(['man', 'woman', 'boy', 'girl', 'person', 'suspect', 'victim', 'defendant', 'driver', 'passenger', 'teenager', 'pilot', 'player', 'officer', 'soldier', 'worker', 'resident', 'mother', 'father', 'son', 'daughter', 'husband', 'wife', 'student', 'patient', 'accused', 'gunman', 'attacker', 'opponent', 'rival']);

/** Nouns of nationals that compromise does not tag as demonyms. */
const NATIONALS = new Set(['serb', 'briton', 'scot', 'englishman', 'frenchman', 'irishman', 'welshman', 'dutchman', 'turk', 'pole', 'englishwoman', 'frenchwoman', 'irishwoman', 'welshwoman', 'dutchwoman']);

/**
 * "The Serb", "the Spaniard", "The 37-year-old", "the 54-year-old libertarian" (before an aside's comma): an epithet news gives a
 * person it has named; the nationality's or the age's word, lower-cased, else null.
 */
function epithetWord(source: string): string | null {
  // (an age may go before a noun of the person: "the 54-year-old libertarian", "the 29-year-old mother of two")
  const m = /^[Tt]he\s+(?:(?:former|veteran|young)\s+)?(\p{Lu}\p{Ll}+|\d{1,3}-year-old(?=(?:\s+\p{Ll}[\p{Ll}-]*){0,2}(?:\s+of\s+\p{Ll}+)?(?:\s*,.*)?$))(?:\s+\p{Ll}[\p{Ll}-]*){0,2}(?:\s+of\s+\p{Ll}+)?(?:\s*,.*)?$/su.exec(source);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  return /year-old$/u.test(word) || isDemonym(word) || NATIONALS.has(word) ? word : null;
}

/** Roles a news story names a person by after naming them ("the Arsenal manager", "the actress"), besides titles. */
const ROLE_WORDS = new Set(['boss', 'coach', 'manager', 'director', 'chairman', 'chairwoman', 'ceo', 'founder', 'executive', 'economist', 'host', 'anchor', 'editor', 'columnist', 'striker', 'midfielder', 'defender', 'goalkeeper', 'star', 'billionaire', 'tycoon', 'mogul', 'veteran', 'actor', 'actress', 'singer', 'author', 'businessman', 'businesswoman', 'entrepreneur', 'politician',
  // (of the courts, the police and public services: "Senior coroner Andrew Cox …. The coroner said")
  'coroner', 'prosecutor', 'magistrate', 'detective', 'inspector', 'superintendent', 'principal', 'headteacher', 'headmaster', 'headmistress', 'surgeon']);

/** "the Arsenal manager", "the former minister": "the", at most three words, and a role (no "of" phrase, no plural); the role word, else null. */
function roleDescription(text: string): string | null {
  const m = /^[Tt]he\s+(?:[\p{L}\p{N}'’.-]+\s+){0,3}([\p{L}-]+)$/u.exec(text);
  const role = m?.[1]!.toLowerCase();
  return role !== undefined && (isTitleWord(role) || ROLE_WORDS.has(role)) ? role : null;
}

/** Titles written short before a name: "Sen." is a senator's. */
const SHORT_TITLES: Record<string, string[]> = {
  senator: ['sen.', 'sen'],
  governor: ['gov.', 'gov'],
  representative: ['rep.', 'rep'],
  congressman: ['rep.', 'rep'],
  congresswoman: ['rep.', 'rep'],
  general: ['gen.', 'gen'],
  professor: ['prof.'],
  president: ['pres.'],
};

/** Whether a role's text ("Sen.", "Republican presidential nominee", "Chancellor") holds the title `title` ("senator", "nominee"). */
function holdsTitle(role: string, title: string): boolean {
  const words = role.toLowerCase().split(/[\s,]+/u);
  return words.includes(title) || (SHORT_TITLES[title] ?? []).some((w) => words.includes(w));
}

/**
 * Whether the phrase [start, end) is headed by a document or figures and names the mention after
 * that head as where it appeared ("a study published … in the journal Neurology"), not as who
 * made it ("an analysis released by the Department of Veterans Affairs", "data from the census").
 */
function afterDocument(doc: Doc, start: number, end: number, mention: Mention): boolean {
  const tokens = doc.tokens ?? [];
  const head = headNoun(tokens, lowerBound(tokens, start), lowerBound(tokens, end) - 1);
  if (!head || !DOCUMENT_HEADS.has(head.lower) || mention.start < head.end) return false;
  const prepositions = doc.text.slice(head.end, mention.start).match(/\b(?:in|on|by|from|of|for|at|with)\b/giu);
  return !!prepositions && /^(?:in|on)$/iu.test(prepositions[prepositions.length - 1]!);
}

/** Participles of being asked: who asked passes on what the askers said ("Economists polled by Reuters"). */
const ASKED_BY = /^\s+(?:polled|surveyed|interviewed|questioned|consulted|contacted|quoted|cited|reached|asked)\s+by\s+(?:the\s+)?$/u;

/** Participles that give the head its name ("a man calling himself …", "a user going by the handle …"). */
const NAME_GIVING_PARTICIPLES = new Set(['calling', 'going', 'naming', 'styling', 'signing', 'identifying', 'using']);
/** Words in "-ing" of titles, that take no object: "managing director", "acting administrator", "visiting professor". */
const TITLE_PARTICIPLES = new Set(['managing', 'acting', 'presiding', 'visiting', 'outgoing', 'incoming', 'founding', 'governing', 'consulting', 'supervising', 'commanding', 'ranking', 'ruling', 'reigning', 'sitting', 'serving', 'contributing', 'coordinating']);

/**
 * Whether the mention is who asked the phrase's head ("Economists polled by Reuters", "voters
 * surveyed by CNN"; not "An order issued by the Supreme Court", whose issuer speaks) or what the
 * head is busy with ("Investigators probing the crash of a Jeju Air jet", "Lawyers representing
 * the Trump Organization").
 */
function agentOfParticiple(doc: Doc, start: number, end: number, mention: Mention): boolean {
  const tokens = doc.tokens ?? [];
  const first = lowerBound(tokens, start);
  // a present participle after a noun, before the mention, that takes an object ("probing | the crash",
  // "representing | Donald Trump", "demanding | justice for George Floyd"; not a title's word, "managing
  // director John Smith", "acting administrator"), with no comma between ("One pastor supporting Mr.
  // Cruz, | Darran Whiting" speaks), and that gives no name ("a man calling himself Paul Paul", "a user
  // going by the handle X")
  for (let k = first + 1; k < tokens.length && tokens[k]!.end <= mention.start; k++) {
    const t = tokens[k]!;
    if (t.pos !== 'VERB' || !/^\p{Ll}+ing$/u.test(t.text) || NAME_GIVING_PARTICIPLES.has(t.text) || TITLE_PARTICIPLES.has(t.text) || !/^(?:NOUN|PROPN)$/u.test(tokens[k - 1]!.pos)) continue;
    if (!doc.text.slice(t.end, mention.start).includes(',')) return true;
  }
  const head = headNoun(tokens, first, lowerBound(tokens, end) - 1);
  return !!head && mention.start >= head.end && ASKED_BY.test(doc.text.slice(head.end, mention.start));
}

/**
 * What joins two persons who speak together: a label, a state or an apposition, "and", up to four words of a
 * title ("Ishiba and President Lee", "Brown (D-Ohio) and Menendez", "Ted Cruz of Texas and Marco Rubio",
 * "Smith and his spokesman John Brown").
 */
const PERSONS_JOINED = /^(?:\s*\([^()]{1,20}\))?(?:\s+of\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?(?:,[^,]{1,40},)?\s*,?\s*and\s+(?:[\p{L}.'’-]+\s+){0,4}$/u;

/** Two or more persons joined by "and" in the source (not "Sunak's spokesman and former aide James Forsyth"). */
function coordinatedPersons(text: string, inside: readonly Located[]): boolean {
  const persons = inside.filter((m) => m.entity.type === 'PERSON');
  const k = persons.length - 1;
  if (k < 1) return false;
  // (a name set after a comma closes the description before it, and speaks: "The widow of John Lennon
  // and mother of Sean Lennon, | Yoko Ono,")
  const lastBetween = text.slice(persons[k - 1]!.mention.end, persons[k]!.mention.start);
  if (/,\s*$/u.test(lastBetween) && !/\band\b/u.test(lastBetween)) return false;
  return persons.some((m, j) => j > 0 && m.entity !== persons[j - 1]!.entity && PERSONS_JOINED.test(text.slice(persons[j - 1]!.mention.end, m.mention.start)));
}

/** What joins two names that speak together, whatever they name: "and" or "or", perhaps "the" ("Both Moscow and Kyiv said", "Apple and the EU said"). */
const NAMES_JOINED = /^\s*,?\s*(?:and|or)\s+(?:the\s+)?$/iu;

/** Words before a pair of names that make it a modifier of the source's head ("The foreign minister of | Bosnia and Herzegovina"). */
const MODIFIER_BEFORE = /\b(?:of|for|from|at|in|with|by|on|to|and)\s+(?:the\s+)?$/iu;

/**
 * Two different names joined by "and" (or "or") heading the source (`start`): neither speaks alone.
 * Not a pair that only modifies the head ("The foreign minister of Bosnia and Herzegovina, Elmedin
 * Konakovic", "The Ministry of Trade and Industry's spokesman"), nor one beside a person who speaks
 * ("Sarah Jones, Europe and Africa director at Oxfam").
 */
function coordinatedNames(text: string, inside: readonly Located[], start: number): boolean {
  return inside.some((m, j) => {
    const left = inside[j - 1];
    if (!left || m.entity === left.entity || !NAMES_JOINED.test(text.slice(left.mention.end, m.mention.start))) return false;
    if (MODIFIER_BEFORE.test(text.slice(start, left.mention.start)) || /^['’]s\b/u.test(text.slice(m.mention.end, m.mention.end + 3))) return false;
    return !inside.some((o) => o !== m && o !== left && o.entity.type === 'PERSON');
  });
}

/** A place heads the phrase [start, end): it ends it, and no preposition comes before it ("officials in Moscow", "One operative inside Trump Tower"), or only a spokesperson follows it. */
function placeHeads(text: string, start: number, end: number, mention: Mention): boolean {
  // (or before a spokesperson, who speaks for the place's club, council or government: "A Tottenham spokesperson said")
  if (/^\s+spokes(?:man|woman|person)$/u.test(text.slice(mention.end, end)) && !/\b(?:in|of|from|at|for)\s/iu.test(text.slice(start, mention.start))) return true;
  return mention.end === end && !/\b(?:in|of|from|at|for|on|with|to|near|inside|outside|within|across|around|behind|among|under|over|beyond|throughout)\s/iu.test(text.slice(start, mention.start));
}

/** "The statement from Buckingham Palace": a channel's noun and the building it came from, which ends the phrase (not "A report from Kyiv", a dispatch filed there). */
const CHANNEL_FROM = /^(?:[Tt]he|[Aa]n?)\s+(?:[\p{L}-]+\s+)?(\p{Ll}+)\s+(?:from|by)\s+(?:the\s+)?$/u;
function channelOf(text: string, start: number, end: number, mention: Mention): boolean {
  if (mention.end !== end) return false;
  const noun = CHANNEL_FROM.exec(text.slice(start, mention.start))?.[1];
  return noun !== undefined && CHANNEL_NOUNS.has(noun);
}

/** An opening question put to the speaker, up to the comma before the pronoun: "Asked whether he would debate Trump, | he …". */
const QUESTION_PUT = /^["“']?(?:When\s+|After\s+being\s+|Later\s+)?(?:asked|pressed|questioned|quizzed)\b[^,]*,\s*$/iu;

/** Someone unnamed, one person, as a report's source: "The owner of the takeaway, who …", "A witness", "Her colleague", "The team captain". */
const UNNAMED_PERSON_SOURCE = new RegExp(`^(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:[\\p{Ll}'’-]+\\s+){0,2}?(?:${UNNAMED_PERSON_NOUNS})\\b`, 'u');

/** A pronoun of each gender in what was said; "her" or "his" before a role and a name ("her spokesman Steffen Seibert"). */
const SHE = /\b(?:she|her)\b/iu;
const HE = /\b(?:he|him|his)\b/iu;
const HER_ROLE_BEFORE = /\bher\s+(?:[\p{Ll}-]+\s+)*$/u;
const HIS_ROLE_BEFORE = /\bhis\s+(?:[\p{Ll}-]+\s+)*$/u;

/** Whether a sentence lies wholly inside one quotation, from its opening mark (or inside it) to its close. */
function quotedWhole(text: string, quotes: readonly QuoteRegion[], sent: { start: number; end: number }): boolean {
  let from = sent.start;
  while (from < sent.end && /\s/u.test(text[from]!)) from++;
  const region = regionAt(quotes, from + 1);
  return !!region && region.start <= from && region.end >= sent.end - 1;
}

/**
 * Hobbs-style search: persons earlier in the pronoun's own sentence, then
 * each earlier sentence read left to right (its subject first), a report's speaker before the
 * persons it names.
 */
function antecedent(
  doc: Doc,
  mentions: ReadonlyArray<{ start: number; end: number; located: Located }>,
  sentences: readonly { start: number; end: number; kind: string }[],
  si: number,
  pos: number,
  lookback: number,
  female: boolean,
  said: Part,
  quotes: readonly QuoteRegion[],
  reports: readonly Attribution[],
): Located | undefined {
  const fits = (m: Located) => m.entity.type === 'PERSON' && genderFits(m.entity.name, female);
  // persons of [from, to) in reading order, less a name that only modifies the next one
  // (not a person named inside a quotation: someone's words, not the story's, '"My opponent, Jane
  // Doe, is a liar," she said', '"It was supposed to be Jeb Bush …," she said, recalling …')
  // (nor one whose relative of the pronoun's gender is named after it, "Ochieng's mother, Grace, … She
  // said" — not "Prince Harry's wife, Meghan, … He said"; nor one a title gives the other gender,
  // "Mr Kumar" for "she")
  const kinOfGender = female ? NAMED_FEMALE_KIN_AFTER : NAMED_MALE_KIN_AFTER;
  // (nor one whose named agent or counsel is the sentence's subject: "Danjuma's counsel, Wole Olanipekun, told …
  // '…,' he said" is the counsel's, when the name fits the pronoun)
  const namedForIt = (after: string) => {
    const m = NAMED_ROLE_AFTER.exec(after);
    return !!m && !KIN_AFTER.test(after) && genderFits(m[1]!, female);
  };
  const persons = (from: number, to: number) =>
    heads(doc, itemsWithin(mentions, from, to).map((x) => x.located)).filter((m) => {
      const after = doc.text.slice(m.mention.end, m.mention.end + 80);
      return fits(m) && !regionAt(quotes, m.mention.start) && !kinOfGender.test(after) && !namedForIt(after) && titleFits(doc.text, m.mention.start, female);
    });
  // (not a person the question put to the speaker names: "Asked whether he would debate Trump, | he said …")
  const question = si >= 0 && QUESTION_PUT.test(doc.text.slice(sentences[si]!.start, pos));
  // (nor, in the pronoun's own sentence, a person its report's content names as an object or an owner:
  // "People like Scott, | he said", "including Murray's home state, she said"; "Ms. Nwanguma was
  // shocked …, she said" may be hers)
  // (nor, in a quotation's content, a person named in the writer's aside inside it: '"I don't think the
  // conventional wisdom" -- that Bloomberg is perceived as … -- "is going to last," he says')
  const inContent = (m: Located) =>
    said.spans.some(([s, e]) => s <= m.mention.start && m.mention.end <= e) &&
    (/^['’]s\b/u.test(doc.text.slice(m.mention.end, m.mention.end + 3)) || OBJECT_BEFORE.test(doc.text.slice(Math.max(0, m.mention.start - 20), m.mention.start)) || /^["“]/u.test(said.text));
  const same = si >= 0 && !question ? persons(sentences[si]!.start, pos).filter((m) => !inContent(m)) : [];
  if (same.length > 0) return same[0];
  let seen = 0;
  for (let k = si - 1; k >= 0 && seen < lookback; k--) {
    const sent = sentences[k]!;
    if (sent.kind !== 'prose') continue;
    // a sentence of the report's own quotation is the speaker's words, not the story's: it names no
    // antecedent and takes no step of the lookback ('"People think it was lonely. It wasn't. …," he says')
    if (said.spans.some(([s, e]) => s <= sent.start && sent.end <= e + 1)) continue;
    // (nor does a sentence wholly inside another quotation: '"I will not fail," Rebecca Moore said.
    // "Britain welcomes the best. … The rules will change." She added …')
    if (quotedWhole(doc.text, quotes, sent)) continue;
    seen++;
    // (a sentence whose report is someone unnamed's ends the search: "The owner of the takeaway, who did
    // not want to be named, told the BBC …. '…,' he said" is the owner's, not a person named before)
    // (unless what they said speaks of someone by the pronoun's gender, who goes on: "A neighbour said she
    // had tried to save her dog. She said she would rebuild" is Maria Lopez's, named before)
    const ofGender = female ? SHE : HE;
    if (reports.some((r) => r.source && r.source.spans[0]![0] >= sent.start && r.source.spans[0]![0] < sent.end && UNNAMED_PERSON_SOURCE.test(r.source.text) && !ofGender.test(r.content.text) && !itemsWithin(mentions, r.source.spans[0]![0], partEnd(r.source)).some((x) => x.located.entity.type === 'PERSON'))) return undefined;
    // the sentence's speaker before the persons its report names ("Guterres regrets the outcome, his
    // spokesman Stephane Dujarric told reporters. He said …": the subject, not the first name read)
    // (the first person a source names: not one in its relative clause, "Stephens, who, after trading
    // insults with Mr. Hannity, said")
    const found = persons(sent.start, sent.end);
    const inSource = (m: Located, r: Attribution) => !!r.source?.spans.some(([s, e]) => s <= m.mention.start && m.mention.end <= e);
    const speaking = found.find((m) => reports.some((r) => inSource(m, r) && found.find((x) => inSource(x, r)) === m));
    // (not one whose name tells no gender, who speaks for another as "her spokesman" does, over the first,
    // whose name tells the pronoun's: "Angela Merkel would not comment, her spokesman Steffen Seibert
    // said. She told …" is Merkel's)
    const forOther = (m: Located) => (female ? HER_ROLE_BEFORE : HIS_ROLE_BEFORE).test(doc.text.slice(Math.max(0, m.mention.start - 40), m.mention.start));
    const hit = speaking && !(found[0] !== speaking && genderKnown(found[0]!.entity.name) && !genderKnown(speaking.entity.name) && forOther(speaking)) ? speaking : found[0];
    if (hit) return hit;
  }
  return undefined;
}

/**
 * "Chelsea head coach Enzo Maresca was more upbeat.", "Trump adviser Kellyanne Conway": a name
 * followed, within its noun phrase, by a role in lower case and another name modifies that name,
 * which heads the phrase (and is its sentence's subject where the phrase is). Those modifiers are
 * left out, so a pronoun after the sentence finds the head.
 */
function heads(doc: Doc, located: readonly Located[]): Located[] {
  const tokens = doc.tokens ?? [];
  return located.filter((m, k) => {
    const next = located[k + 1];
    if (!next || next.entity === m.entity || next.entity.type !== 'PERSON') return true;
    // (after the possessive too: "St Anne's principal Declan O'Rourke", "Trump's adviser Kellyanne Conway")
    if (!/^(?:['’]s)?\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}$/u.test(doc.text.slice(m.mention.end, next.mention.start))) return true;
    // the words between are a role (nouns, adjectives: "head coach", "former aide"), not a verb ("met", "told")
    const between = tokens.slice(lowerBound(tokens, m.mention.end), lowerBound(tokens, next.mention.start)).filter((t) => t.lower !== "'s" && t.lower !== '’s');
    return !(between.length > 0 && between.every((t) => t.pos === 'NOUN' || t.pos === 'ADJ'));
  });
}

export const speakersStage = defineStage<SpeakersOptions>({
  name: 'speakers',
  requires: ['attributions', 'sentences'],
  uses: ['entities'],
  assigns: ['attributions', 'entities'],
  options: SpeakersOptions,
  run(doc, options) {
    const { attributions, entities } = linkSpeakers(doc, options);
    return doc.entities ? { ...doc, attributions, entities } : { ...doc, attributions };
  },
});
