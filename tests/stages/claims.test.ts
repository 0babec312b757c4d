import { describe, expect, it } from 'vitest';
import { modalityOf, reportNegated } from '../../src/claims/index.ts';
import { extractQuantities } from '../../src/quantities/index.ts';
import { annotate, attributionOver, record, seed } from '../helpers.ts';

describe('quantities', () => {
  it.each([
    ['An aircraft accident killed 38 passengers.', '38 passengers', 38, 'passengers', false],
    ['A malfunction caused unintended fire of two missiles.', 'two missiles', 2, 'missiles', false],
    ['The missiles exploded nearby about ten meters from the plane.', 'about ten meters', 10, 'meters', true],
    ['Nearly 2.5 million voters stayed home.', 'Nearly 2.5 million voters', 2.5e6, 'voters', true],
    ['Turnout was 58 percent.', '58 percent', 58, 'percent', false],
  ])('%s → %s', (text, span, value, unit, approximate) => {
    const doc = annotate(text, { stages: ['segment', 'sentences'] });
    const [q] = extractQuantities(text, doc.tokens!, []);
    expect(q).toMatchObject({ text: span, value, unit, approximate });
  });

  it('words named like Object.prototype members are not numbers: "the constructor company", "5 constructor firms"', () => {
    const value = (text: string) => {
      const doc = annotate(text, { stages: ['segment', 'sentences'] });
      return extractQuantities(text, doc.tokens!, []).map((q) => [q.text.split(' ')[0], q.value]);
    };
    expect(value('The constructor company built 12 bridges.')).toEqual([['12', 12]]);
    expect(value('They hired 5 constructor firms.')).toEqual([['5', 5]]);
  });

  it.each([['The Russian IL-76 landed.'], ['It happened in 2024.'], ['On December 25, 2024, it crashed.'], ['Only one person knew.']])('no quantity in: %s', (text) => {
    const doc = annotate(text, { stages: ['segment', 'sentences'] });
    const dates = text.includes('December') ? [{ start: text.indexOf('December'), end: text.indexOf('2024') + 4 }] : [];
    expect(extractQuantities(text, doc.tokens!, dates)).toEqual([]);
  });
});

describe('claims: a role that stands for the person who spoke before (session 38)', () => {
  const speakers = (text: string) => record(text).claims.filter((c) => c.origin === 'attribution').map((c) => c.speaker.name);

  it.each([
    ['Arsenal manager Mikel Arteta admitted his side had been poor. "We were too slow," the Arsenal manager told Sky Sports.', ['Mikel Arteta', 'Mikel Arteta']],
    ['Sen. Ted Cruz said the convention would be a disaster. "We need to respect the voters," the Texas senator said.', ['Ted Cruz', 'Ted Cruz']],
    // a title the person does not hold in the article stands for someone else
    ['Justice Rebecca Bradley said she would run. The governor said he had named her in 2012.', ['Rebecca Bradley', 'The governor']],
    ['Prosecutor John Brown said the company had hidden losses. The former chief executive denied any wrongdoing.', ['John Brown', 'The former chief executive']],
    ['Detective Inspector Jane Smith said the man had been charged. The 34-year-old told the court he was innocent.', ['Jane Smith', 'The 34-year-old']],
    // an organisation by the head of its name, in the next paragraph
    ['Measles cases have risen sharply, the UK Health Security Agency warned on Tuesday.\n\nThere were 2,911 cases last year, the agency said.', ['UK Health Security Agency', 'UK Health Security Agency']],
    // not one the report before did not name so
    ['Measles cases have risen sharply, the UK Health Security Agency warned on Tuesday.\n\nThe ministry said there were 2,911 cases last year.', ['UK Health Security Agency', 'The ministry']],
  ])('%s', (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe('claims: the speaker of a relative pronoun (session 38)', () => {
  it.each([
    ['The document, seen by Reuters, shows that the company paid $5 million.', 'The document'],
    ['The man, arrested by police in Leeds, told reporters he was innocent.', 'The man'],
  ])('names no agent of a passive aside in the source: %s', (text, speaker) => {
    expect(record(text).claims.find((c) => c.origin === 'attribution')?.speaker.name).toBe(speaker);
  });

  it('names the whole name a relative pronoun stands for, when wink read its first word as a verb', () => {
    const text = 'The storm is the fifth named storm of the season, according to the Met Office, which said climate change was making such events more likely.';
    const claim = record(text).claims.find((c) => c.statement.text.startsWith('climate change'));
    expect([claim?.speaker.name, claim?.speaker.type]).toEqual(['Met Office', 'ORG']);
  });
});

describe('claims: modality', () => {
  it.each([
    ['Russian air defense systems may have inadvertently downed the plane', 'suggest', 'hedged'],
    ['that there were “early indications” pointing to such a scenario', 'state', 'hedged'],
    ['that the plane was not hit directly', 'say', 'negated'],
    ['the report', 'deny', 'negated'],
    ['that Russia must be held accountable', 'assert', 'asserted'],
    // hearsay: the adverb is the cue, and no longer in the statement
    ['The FBI is making arrangements to interview the minister', 'reportedly', 'hedged'],
    // how things look to the writer: "The statistics appear to be fabricated"
    ['The statistics to be fabricated', 'appear', 'hedged'],
    // "suspect" hedges as a verb after its pronoun, not as a noun or an adjective
    ["he suspects he'll campaign for Canova", 'say', 'hedged'],
    ['a suspected missile strike hit the plane', 'say', 'hedged'],
    ['the suspect, a 34-year-old man from Leeds, had been arrested on suspicion of murder', 'say', 'asserted'],
    ['The timing of it is quite suspect', 'say', 'asserted'],
    // certainty, and "not only", negate nothing; a doubt of its own does
    ['"We have no doubt that the plane was shot down by Russia,"', 'tell', 'asserted'],
    ['there was no question that the strike had been deliberate', 'say', 'asserted'],
    ['the talks would cover not only trade but also security', 'say', 'asserted'],
    ['no one doubted the result', 'say', 'negated'],
    ['there was no doubt', 'say', 'asserted'],
    ['the plane was not only damaged', 'say', 'asserted'],
    ['it was not clear who fired', 'say', 'negated'],
    ['Nobody saw this coming.', 'say', 'negated'],
    // (ruling out is a negation: the review's)
    ['there was no question of the minister resigning', 'say', 'negated'],
    ["''There's no question Obama could name someone exceptionally well qualified,''", 'say', 'hedged'],
    ['the reporter asked no question about the money', 'say', 'negated'],
  ])('%s (%s) → %s', (statement, cue, modality) => {
    expect(modalityOf(statement, cue)).toBe(modality);
  });

  it.each([
    // a negation or a hedge inside a relative clause is the clause's, not the statement's
    ['The county governor vowed to demolish buildings that did not meet safety standards.', 'asserted'],
    ['The minister said the plan, which could cost billions, would go ahead.', 'asserted'],
    ['Officials said the suspect, who had no criminal record, acted alone.', 'asserted'],
    // (and the statement's own after the clause's comma)
    ['The minister said the plan, which was drawn up in May, would not go ahead.', 'negated'],
    ['He said the report that he had read was not accurate.', 'negated'],
    ['He said that he did not know.', 'negated'],
    // (a clause that runs to the end where wink read the statement's verb as a noun)
    ['The minister said teachers who joined the strike face no disciplinary action.', 'negated'],
    // "n't" glued to its verb, and "cannot", negate
    ['"We didn\'t turn up," he said.', 'negated'],
    ['The minister said the numbers simply don’t add up.', 'negated'],
    ['He said the party cannot win without them.', 'negated'],
    // a negation inside a clause of condition is the condition's (session 44)
    ['The Nigeria Labour Congress has threatened to go on strike if the minimum wage is not raised.', 'asserted'],
    ['Officials said that if the wage is not raised, workers will strike.', 'asserted'],
    ['He said he might leave the country if Sanders isn\'t elected.', 'hedged'],
    // (the statement's own stays, before or after it, and past the condition's sentence)
    ['The union said it would not strike if the offer improved.', 'negated'],
    ['"If we were to start bombing recklessly, that would not help us," he said.', 'negated'],
    ['"We can fix this if we try. It will not be easy," she said.', 'negated'],
    ['The union said it will strike if the talks fail and will not return to work until pay rises.', 'negated'],
    ['He said if Iran does not comply, the US will act.', 'asserted'],
    // (not an "if" that asks)
    ['Officials said it was uncertain if the bridge had not been damaged.', 'negated'],
    ['He would not say if the talks had not failed.', 'negated'],
    ['She asked if he would not run again.', 'negated'],
    ['The minister said it was unclear if the talks would not resume.', 'negated'],
    ['"Tell me if this doesn\'t sound familiar," he said.', 'negated'],
  ])('%s → %s', (text, modality) => {
    expect(record(text).claims.filter((c) => c.origin === 'attribution').map((c) => c.modality)).toEqual([modality]);
  });

  it.each([
    ['The report, which did not say what the objects were, found that the crew had lost control.', 'what the objects were', 'negated'],
    ['Lawmakers have not said when they would take up the bill.', 'when they would take up the bill', 'negated'],
    ['Peskov declined to confirm that talks were under way.', 'that talks were under way', 'negated'],
    ['He has never confirmed that the plan exists.', 'that the plan exists', 'negated'],
    // a source that names no one who reported
    ['Neither the Russian defence ministry nor the Kremlin responded to requests for comment.', 'requests for comment', 'negated'],
    ['None of the three candidates said the war should end.', 'the war should end', 'negated'],
    // two negations cancel
    ['No one disputes that the economy grew.', 'that the economy grew', 'asserted'],
    ['But he did not dispute that he lends his thoughts to Mr. Trump.', 'that he lends his thoughts to Mr. Trump', 'asserted'],
    // the negation of something else, not of the report
    ['The minister, who does not drink, said the talks would resume.', 'the talks would resume', 'asserted'],
    ['The research not only documented faster increases in temperature but predicted more.', 'faster increases in temperature', 'asserted'],
    // the writer's caveat after the statement is no denial by the speaker
    ['The ministry said 25 soldiers had been killed, which could not be independently confirmed.', '25 soldiers had been killed', 'asserted'],
  ])('reads a report negated in or before its cue: %s', (text, statement, modality) => {
    const claim = record(text).claims.find((c) => c.origin === 'attribution' && c.statement.text.startsWith(statement));
    expect(claim?.modality).toBe(modality);
  });

  it.each([
    ['Lawmakers have not said when they would vote.', 'Lawmakers', 'said', true],
    ['He would never confirm it was true.', 'He', 'confirm', true],
    // the negation of a clause of the source's, not of the report
    ['An official who was not named said the talks would resume.', 'An official', 'said', false],
    ['Neither Maples nor Trump responded to the claims.', 'Neither Maples nor Trump', 'responded', true],
    ['No one answered the questions.', 'No one', 'answered', true],
    ['Nobody opposed him.', 'Nobody', 'opposed', true],
  ])('negates a report only through its own verb group: %s', (text, source, cue, negated) => {
    const doc = annotate(text, { stages: ['segment', 'sentences'] });
    const content = text.slice(text.indexOf(cue) + cue.length + 1, -1);
    expect(reportNegated(attributionOver(text, source, cue, content), doc.tokens!)).toBe(negated);
  });
});

describe('claims', () => {
  it('names the source of "Neither … nor …" as written, linked to neither party', () => {
    const text = 'Neither the Russian defence ministry nor the Kremlin responded to requests for comment.';
    const r = record(text);
    expect(r.attributions.map((a) => [a.source?.text, a.speaker ?? null])).toEqual([['Neither the Russian defence ministry nor the Kremlin', null]]);
    expect(r.claims.filter((c) => c.origin === 'attribution').map((c) => [c.speaker.name, c.speaker.type, c.modality])).toEqual([
      ['Neither the Russian defence ministry nor the Kremlin', 'OTHER', 'negated'],
    ]);
  });

  it('makes one claim per attribution, with the speaker resolved and the entities inside the statement', () => {
    const r = record(seed('002'), { publishedAt: '2024-12-28' });
    const fromAttributions = r.claims.filter((c) => c.origin === 'attribution');
    expect(fromAttributions).toHaveLength(r.attributions.length);
    const kirby = fromAttributions.find((c) => c.speaker.name === 'John Kirby')!;
    expect(kirby).toMatchObject({ cue: 'state', kind: 'mixed', modality: 'hedged', speaker: { type: 'PERSON' } });
    const yermak = fromAttributions.find((c) => c.speaker.name === 'Andriy Yermak')!;
    const russia = r.entities.find((e) => e.name === 'Russia')!;
    expect(yermak.entities).toContain(russia.id);
  });

  it('adds the article’s own statements that carry a fact, never from headings or promotions', () => {
    const text = seed('000');
    const r = record(text, { publishedAt: '2025-10-09' });
    const own = r.claims.filter((c) => c.origin === 'article');
    expect(own.some((c) => c.statement.text.includes('killing 38 people'))).toBe(true);
    for (const c of own) {
      expect(c.speaker.type).toBe('ARTICLE');
      expect(c.statement.text.startsWith('ALSO READ')).toBe(false);
      expect(c.statement.text).not.toBe('Russian Air Defense Error Blamed for 38 Lives Lost');
    }
    // ids in text order
    const starts = r.claims.map((c) => c.statement.spans[0]![0]);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });

  it('starts the article’s own statement after the story’s dateline, whose date is when it was filed', () => {
    const text = 'WASHINGTON (AP) — The Senate on Friday passed a bill to keep the government funded through September.';
    const r = record(text, { publishedAt: '2025-03-14' });
    const own = r.claims.filter((c) => c.origin === 'article');
    expect(own.map((c) => c.statement.text)).toEqual(['The Senate on Friday passed a bill to keep the government funded through September']);
    for (const c of own) for (const [s, e] of c.statement.spans) expect(text.slice(s, e)).toBe(c.statement.text);
    const ids = new Set(own.flatMap((c) => c.entities));
    expect(r.entities.filter((e) => ids.has(e.id)).map((e) => e.name)).not.toContain('WASHINGTON');
  });
});

describe('claims: who spoke', () => {
  const speakerOf = (text: string, cue: string) => record(text).claims.find((c) => c.cue === cue)?.speaker;

  it.each([
    // "it" after an organisation's report is that organisation, linked when it is an entity
    ['The Foreign Ministry said the talks had failed. It said a new round would start in May.', 'a new round would start in May', 'Foreign Ministry', 'ORG'],
    // …and named by its source when it is none
    ['The company said sales fell. It added that costs had risen.', 'that costs had risen', 'The company', 'OTHER'],
    // …along a chain of "it"
    ['The Foreign Ministry said the talks had failed. It said a new round would start. It added that Iran was ready.', 'that Iran was ready', 'Foreign Ministry', 'ORG'],
    ['The company said sales fell. It said costs rose. It added that prices had risen.', 'that prices had risen', 'The company', 'OTHER'],
    // not a person's report, nor an organisation that only modifies the source
    ['One attendee said the speech was long. It was, it said, too long.', 'It was too long', 'it', 'OTHER'],
    ['Spending was low, according to its FEC reports. It rose later, it said.', 'It rose later', 'it', 'OTHER'],
  ])('resolves "it" to the organisation or document of the report before: %s', (text, statement, name, type) => {
    const claim = record(text).claims.find((c) => c.origin === 'attribution' && c.statement.text === statement);
    expect([claim?.speaker.name, claim?.speaker.type]).toEqual([name, type]);
  });

  it.each([
    // [text, cue lemma, name, type] — the source span stays on the relative pronoun (PolNeAR's convention)
    ['Clinton has been attacked on the speeches by Bernie Sanders, who said they showed her ties to Wall Street.', 'say', 'Bernie Sanders', 'PERSON'],
    ['A diplomat in Baku, who declined to be named, said relations were at their lowest point in decades.', 'say', 'A diplomat in Baku', 'OTHER'],
    ['Two people familiar with the matter, who asked not to be identified because the talks are private, said the deal was close.', 'say', 'Two people familiar with the matter', 'OTHER'],
    // a name given only inside the clause
    ['A witness, who identified himself as John Brown, said the fire started at noon.', 'say', 'John Brown', 'PERSON'],
    // a place speaks as the head of its phrase, not inside a prepositional phrase
    ['Officials in Moscow said the plane was hit by a drone.', 'say', 'Officials in Moscow', 'OTHER'],
    ['Russia said the plane was hit by a drone.', 'say', 'Russia', 'GPE'],
    // an organisation after a document's head is where it appeared, not who speaks; before it, who made it
    ['Aspirin did not help, according to a large study published on Monday in the journal Neurology.', 'according to', 'a large study published on Monday in the journal Neurology', 'OTHER'],
    ['A Reuters poll of economists showed growth would slow next year.', 'show', 'Reuters', 'ORG'],
    ['Suicides rose, according to an analysis released by the Department of Veterans Affairs last month.', 'according to', 'Department of Veterans Affairs', 'ORG'],
    // "a number of" counts, it is no document
    ['A number of other members of Congress said they would vote no.', 'say', 'Congress', 'ORG'],
    // the agent of a participle after a speaker's noun is no speaker; a survey's maker is
    ['Economists polled by Reuters had said the bank would hold rates.', 'say', 'Economists polled by Reuters', 'OTHER'],
    ['A survey conducted by the Pew Research Center showed support had fallen.', 'show', 'Pew Research Center', 'ORG'],
    // …but whoever issued a document speaks
    ['An order issued by the Supreme Court said the ban would stay in place.', 'say', 'Supreme Court', 'ORG'],
    // two persons speak together: neither alone; a possessive's role and a name are one speaker
    ['Prime Minister Shigeru Ishiba and President Lee Jae-myung said they shared a strong determination.', 'say', 'Prime Minister Shigeru Ishiba and President Lee Jae-myung', 'OTHER'],
    ["Rishi Sunak's spokesman and former aide James Forsyth said the plan was sound.", 'say', 'James Forsyth', 'PERSON'],
    // a platform speaks as its maker when it heads the source
    ['Telegram said in a statement that it complied with EU law.', 'say', 'Telegram', 'PRODUCT'],
  ])('%s → %s', (text, cue, name, type) => {
    expect(speakerOf(text, cue)).toMatchObject({ name, type });
  });

  it('gives the person a pronoun mention at the relative pronoun', () => {
    const text = 'Clinton has been attacked on the speeches by Bernie Sanders, who said they showed her ties to Wall Street.';
    const sanders = record(text).entities.find((e) => e.name === 'Bernie Sanders')!;
    const at = text.indexOf('who');
    expect(sanders.mentions).toContainEqual(expect.objectContaining({ start: at, end: at + 3, kind: 'pronoun' }));
  });

  // the pronoun source of two reports is one mention (session 36: it was listed twice, in 8 of 84 dev records)
  it('lists a pronoun that is the source of two reports once', () => {
    const text = 'Cruz refused to endorse Trump in July. "The day that was abrogated was the day this became personal," he said, adding he would never vote for Clinton.';
    const r = record(text);
    const at = text.indexOf('he said');
    expect(r.attributions.filter((a) => a.source?.spans[0]![0] === at).length).toBe(2);
    const cruz = r.entities.find((e) => e.name === 'Cruz')!;
    expect(cruz.mentions.filter((m) => m.start === at)).toEqual([expect.objectContaining({ end: at + 2, kind: 'pronoun' })]);
    for (const e of r.entities) expect(new Set(e.mentions.map((m) => `${m.start} ${m.end}`)).size).toBe(e.mentions.length);
  });
});

describe('claims: the cue lemma', () => {
  it.each([
    // the reporting verb of a cue that runs on ("said on Friday"), with its particle ("call for")
    ['Kazakhstan’s Deputy Prime Minister Kanat Bozumbayev said on Friday that the black boxes would be sent to Brazil.', 'said on Friday', 'say'],
    ['The senator called for new talks with Moscow.', 'called for', 'call for'],
    ['“We did everything we could,” the chief pilot wrote in an internal message seen by AFP.', 'wrote in an internal message seen', 'write'],
  ])('%s', (text, cue, lemma) => {
    const r = record(text);
    const a = r.attributions.find((x) => x.cue.text === cue)!;
    expect(r.claims.find((c) => c.attributionId === a.id)!.cue).toBe(lemma);
  });
});

describe('claims: when it was said', () => {
  const saidAt = (text: string) => {
    const r = record(text, { publishedAt: '2025-03-14' });
    const dates = new Map(r.dates.map((d) => [d.id, d.text]));
    return r.claims.filter((c) => c.origin === 'attribution').map((c) => [c.cue, c.saidAt.value, c.saidAt.from, c.saidAt.dateId && dates.get(c.saidAt.dateId)]);
  };

  it.each([
    // the report's own date, after the cue or before it
    ['The minister said on Tuesday that the plan would fail.', ['say', '2025-03-11', 'report', 'Tuesday']],
    ['In a statement on Wednesday, the ministry said the plan would fail.', ['say', '2025-03-12', 'report', 'Wednesday']],
    ['The minister told reporters on Monday that the plan would fail.', ['tell', '2025-03-10', 'report', 'Monday']],
    ['Vance told NBC\'s "Meet the Press" on Sunday that prices would come down.', ['tell', '2025-03-09', 'report', 'Sunday']],
    ['The minister said in a statement on Friday that talks had failed.', ['say', '2025-03-14', 'report', 'Friday']],
    ['The ministry on Tuesday said the talks had failed.', ['say', '2025-03-11', 'report', 'Tuesday']],
    ['The minister this week also said the talks had failed.', ['say', '2025-W11', 'report', 'this week']],
    // a date inside the statement says what the claim is about, not when it was said
    ['The minister said the plan would fail on Tuesday.', ['say', '2025-03-14', 'publishedAt', null]],
    ['Late on Friday, the bridge collapsed into the river, police said.', ['say', '2025-03-14', 'publishedAt', null]],
    // nor another event's after the cue
    ['Smith spoke after the plan was signed on Monday, saying it would fail.', ['say', '2025-03-14', 'publishedAt', null]],
    ['Smith warned after the bill was signed on Monday that it would fail.', ['warn', '2025-03-14', 'publishedAt', null]],
    // nor one inside the source ("which filed the lawsuit in March")
    ['Civil rights groups, which filed the lawsuit in January, hailed the ruling as a victory.', ['hail', '2025-03-14', 'publishedAt', null]],
    // a date elsewhere in the sentence is another event's
    ['Nearly a year after the crash in March 2024, Putin admitted some degree of responsibility.', ['admit', '2025-03-14', 'publishedAt', null]],
    // a report to come is no report made by the publication date
    ['The ministry will announce in April whether the talks resume.', ['announce', '2025-03-14', 'publishedAt', null]],
  ])('dates the report of %j', (text, expected) => {
    expect(saidAt(text)).toEqual([expected]);
  });

  it('takes no date of the first report’s statement for a report joined to it by "and"', () => {
    const found = saidAt('May said the country would declare its intention by the end of March and suggested that it would leave.');
    expect(found.map(([cue, , from]) => [cue, from])).toEqual([['say', 'publishedAt'], ['suggest', 'publishedAt']]);
  });

  it.each([
    ['Northern Powergrid said on Thursday that 45,000 customers were cut off and warned that some might not be reconnected.', [['say', '2025-03-13', 'report'], ['warn', '2025-03-13', 'report']]],
    ['The minister said on Monday that the plan would fail, adding that talks would continue.', [['say', '2025-03-10', 'report'], ['add', '2025-03-10', 'report']]],
    // another source's report is not dated by the first's
    ['The minister said on Monday that the plan would fail, while critics argued it would work.', [['say', '2025-03-10', 'report'], ['argue', '2025-03-14', 'publishedAt']]],
  ])('dates a second report of the same source in the sentence by the first: %s', (text, expected) => {
    expect(saidAt(text).map(([cue, value, from]) => [cue, value, from])).toEqual(expected);
  });

  it('dates a second report by the first when the article has no publication date', () => {
    const r = record('Northern Powergrid said on Thursday that 45,000 homes were cut off and warned that more outages were likely.', { publishedAt: null });
    expect(r.claims.filter((c) => c.origin === 'attribution').map((c) => [c.saidAt.value, c.saidAt.from])).toEqual([
      ['XXXX-WXX-4', 'report'],
      ['XXXX-WXX-4', 'report'],
    ]);
  });

  it('has no date at all without a publication date or a date of the report', () => {
    const r = record('The minister said the plan would fail.', { publishedAt: null });
    expect(r.claims.map((c) => c.saidAt)).toEqual([{ dateId: null, value: null, from: 'none' }]);
  });
});

describe('claims: a pronoun for an unnamed speaker', () => {
  const speakers = (text: string) => record(text).claims.filter((c) => c.origin === 'attribution').map((c) => c.speaker.name);

  it.each([
    ["Another neighbour said the dog had 'terrorised' the street. 'We complained twice,' she claimed.", ['Another neighbour', 'Another neighbour']],
    ['Two officials said the talks had stalled. "We are not hopeful," they said.', ['Two officials', 'Two officials']],
    // not of another number, nor a thing that "confirmed"
    ['Two officials said the talks had stalled. "We are not hopeful," she said.', ['Two officials', 'she']],
    // the number of the head, not of the last word
    ['A spokesman for the Democrats said the bill would fail. "We will vote no," they added.', ['A spokesman for the Democrats', 'they']],
    ['My father died of brain cancer, which confirmed what I knew. My mother has softened, but she still says things such as, "Who cares?"', ['brain cancer', 'she']],
  ])('names the speaker a pronoun stands for: %s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('claims: a report at second hand, a refusal (session 39)', () => {
  it.each([
    ['Putin reportedly told aides that the war would be over within weeks.', 'hedged'],
    ['The minister has allegedly said the deal is done.', 'hedged'],
    ['Putin told aides that the war would be over within weeks.', 'asserted'],
    // a refusal inside the cue decides, whichever verb names it
    ['The company declined to say how many customers had been affected.', 'negated'],
  ])('%s → %s', (text, modality) => {
    expect(record(text).claims.filter((c) => c.origin === 'attribution').map((c) => c.modality)).toEqual([modality]);
  });
});

describe('claims: a pronoun after a long quotation (session 39)', () => {
  const speakers = (text: string) => record(text).claims.filter((c) => c.origin === 'attribution').map((c) => c.speaker.name);

  it.each([
    // the report's own quotation takes no step of the lookback
    [
      'Fraser, now 78, was one of the last keepers in Scotland. He believes something was lost when the keepers left.\n\n"People think it was lonely. It wasn\'t. You had the sea, the birds, the ships going by. You knew every one of them," he says.',
      ['Fraser', 'Fraser'],
    ],
    // nor a person named inside it, in the pronoun's own sentence
    ['Governor Mary Smith spoke at the rally in Dayton on Tuesday.\n\n"My opponent, Jane Doe, is a liar," she said.', ['Mary Smith']],
    // a given name that is also a word says the person's gender ("she" is not Bill Clinton)
    ['Former President Bill Clinton campaigned in Ohio on Monday. "We will win this state," she said.', ['she']],
    ['Former President Bill Clinton campaigned in Ohio on Monday. "We will win this state," he said.', ['Bill Clinton']],
    // a relative clause names its own speaker only when it says the name ("who gave only her first name"), not another's
    ['The senator, who represents Kano Central, described the attack as "barbaric and cowardly".', ['The senator']],
    ['"It\'s a disaster," one resident, who gave only her first name, Maria, said of the flooding.', ['Maria']],
    ['A protester, who called on Senator Elizabeth Warren to resign, said the vote was rigged.', ['A protester']],
  ])('names the person a pronoun stands for: %s', (text, names) => {
    expect(speakers(text)).toEqual(names);
  });
});

describe('claims: a name and its apposition (session 40)', () => {
  it.each([
    // the name speaks, not a name inside its description
    ['Minyon Moore, a senior adviser to the Clinton campaign, called the remarks "a true wake-up call".', 'Minyon Moore'],
    ['Tommy Vietor, a former spokesman for Mr. Obama, said the speech had worked.', 'Tommy Vietor'],
    ['Poland, a NATO member, said it had scrambled fighter jets as a precaution.', 'Poland'],
    ['Tesla, the company founded by Elon Musk, said sales had fallen.', 'Tesla'],
    ['Doug Andres, spokesman for House Speaker Paul Ryan, said the bill would pass.', 'Doug Andres'],
    ["Brian Fallon, Clinton's press secretary, said the campaign would respond.", 'Brian Fallon'],
    // (a description before the name is no such apposition, nor a title and a name after the comma)
    ["Trump's lawyer, John Lauro, said the order was unlawful.", 'John Lauro'],
    ['Jeb Bush, digital consultant Phil Musser said the ad was weak.', 'Phil Musser'],
  ])('%s → %s', (text, speaker) => {
    expect(record(text).claims.find((c) => c.origin === 'attribution')?.speaker.name).toBe(speaker);
  });
});
