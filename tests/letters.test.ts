import fc from 'fast-check';
import type { i18n, TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { cy } from '../content/locales/cy';
import { en } from '../content/locales/en';
import { assess, kindsByNation, lettersFor, type Assessment, type Facts, type Letter, type LetterStatus, type Nation } from '../machines';
import { englishCitation } from '../machines/text';
import { createI18n } from '../src/i18n';
import { citationText, draftLetter, plainText, type LetterDocument } from '../src/letters/draft';
import type { Audience } from '../src/wording';
import { arbitraryFacts } from './support/facts';
import { flatten, placeholders } from './support/catalogues';

// Every letter the tool can draft: for every kind × status that offers a letter, in every nation,
// for "you" and for "the person you're helping", asking and (after a refusal) complaining, in English
// and Welsh. The addressee must be the body the rules name, and every provision the assessment's
// reasons cite must be in the letter, with the duty.

/** The body each of the rules' `arrangedBy` keys names, as the letter addresses it in English. */
const addressees: Record<string, string> = {
  'imha.arrangedBy.england.hospital': 'The hospital managers',
  'imha.arrangedBy.england.cto': 'The managers of the responsible hospital',
  'imha.arrangedBy.england.guardianship': 'The council responsible for the guardianship',
  'imha.arrangedBy.england.conditionalDischarge': 'The responsible clinician',
  'imha.arrangedBy.england.treatment': 'The doctor or approved clinician discussing the treatment',
  'imha.arrangedBy.england.general': 'The local council, which arranges the IMHA service',
  'imha.arrangedBy.wales.hospital': 'The hospital managers',
  'imha.arrangedBy.wales.cto': 'The managers of the responsible hospital',
  'imha.arrangedBy.wales.guardianship': 'The council responsible for the guardianship',
  'imha.arrangedBy.wales.conditionalDischarge': 'The responsible clinician',
  'imha.arrangedBy.wales.informal': 'The hospital managers',
  'imha.arrangedBy.wales.treatment': 'The doctor or approved clinician discussing the treatment',
  'imha.arrangedBy.wales.general': 'The Local Health Board, which arranges the IMHA service',
  'imca.arrangedBy.england': 'The NHS body or council making the decision',
  'imca.arrangedBy.wales': 'The NHS body or council making the decision',
  'imcaDols.arrangedBy.england': "The supervisory body (the council's Deprivation of Liberty Safeguards team)",
  'imcaDols.arrangedBy.wales':
    'The supervisory body (the council, or the health board for a hospital): the Deprivation of Liberty Safeguards team',
  'careAct.arrangedBy': "The council's adult social care team",
  'walesIpa.arrangedBy': "The council's social services",
  'scotlandAdvocacy.arrangedBy': 'The local council and NHS health board',
  'niImca.arrangedBy': 'The Health and Social Care trust',
  'nhsComplaints.arrangedBy.england': 'The local council, which arranges NHS complaints advocacy',
  'nhsComplaints.arrangedBy.wales': 'Llais',
  'nhsComplaints.arrangedBy.scotland': 'The Patient Advice and Support Service (PASS), for the NHS health board',
  'nhsComplaints.arrangedBy.northernIreland': 'The Patient and Client Council',
  'children.arrangedBy.england': "The council's children's services",
  'children.arrangedBy.wales': "The council's social services",
};

/** Every kind × status that offers a letter, in each nation (what the rules can conclude). */
const expectedCombinations: Record<Nation, Record<string, LetterStatus[]>> = {
  england: {
    imha: ['entitled', 'may-be-entitled'],
    imca: ['entitled', 'may-be-entitled', 'may-be-offered'],
    'imca-dols': ['entitled', 'may-be-entitled'],
    'care-act': ['entitled', 'may-be-entitled', 'may-be-offered'],
    children: ['entitled', 'may-be-entitled', 'may-be-offered'],
    'nhs-complaints': ['entitled', 'may-be-offered'],
  },
  wales: {
    imha: ['entitled', 'may-be-entitled'],
    imca: ['entitled', 'may-be-entitled', 'may-be-offered'],
    'imca-dols': ['entitled', 'may-be-entitled'],
    'wales-ipa': ['entitled', 'may-be-entitled'],
    children: ['entitled', 'may-be-entitled', 'may-be-offered'],
    'nhs-complaints': ['entitled', 'may-be-offered'],
  },
  scotland: { 'scotland-advocacy': ['entitled', 'may-be-entitled'], 'nhs-complaints': ['entitled', 'may-be-offered'] },
  'northern-ireland': { 'ni-imca': ['entitled', 'may-be-entitled'], 'nhs-complaints': ['entitled', 'may-be-offered'] },
};

const directKinds = (letter: Letter) =>
  ['imha', 'care-act', 'scotland-advocacy'].includes(letter.kind) || (letter.kind === 'nhs-complaints' && letter.nation === 'england');

/**
 * One case per distinct letter the rules can lead to: nation, kind, status and addressee, and the
 * row of the decision table (so each wording of the duty is met), found among many random facts.
 */
function letterCases(): { key: string; facts: Facts }[] {
  const found = new Map<string, Facts>();
  for (const facts of fc.sample(arbitraryFacts, { numRuns: 40_000, seed: 20261201 })) {
    for (const a of assess(facts).advocates) {
      if (a.status === 'not-entitled') continue;
      const key = `${facts.nation} ${a.kind} ${a.status} ${a.arrangedByKey} ${a.basis} ${a.duty?.provision ?? ''}`;
      if (!found.has(key)) found.set(key, facts);
    }
  }
  return [...found].map(([key, facts]) => ({ key, facts }));
}

const cases = letterCases();

let instance: i18n;
const tFor = (language: 'en' | 'cy'): TFunction => instance.getFixedT(language);

beforeAll(() => {
  instance = createI18n();
  for (const [ns, resources] of Object.entries(cy)) instance.addResourceBundle('cy', ns, resources);
});

const today = new Date(Date.UTC(2026, 11, 1));
const typed = {
  personName: 'Jane Example',
  dateOfBirth: '27 March 1980',
  place: 'Ward 4, Example Hospital',
  decision: 'I was told there is no IMHA service',
  decisionDate: '20 November 2026',
  writerName: 'Sam Helper',
};

function draft(letter: Letter, language: 'en' | 'cy', context: Audience, details = {}): { doc: LetterDocument; text: string } {
  const doc = draftLetter(tFor(language), letter, details, context, today, language);
  return { doc, text: plainText(doc) };
}

describe('the letters cover every kind and status that offers one, in every nation', () => {
  it('finds a case for every kind × status the rules can conclude in each nation, and no other', () => {
    const seen: Record<string, Record<string, Set<string>>> = {};
    for (const { facts } of cases) {
      for (const letter of lettersFor(assess(facts))) ((seen[letter.nation] ??= {})[letter.kind] ??= new Set()).add(letter.status);
    }
    const asLists = Object.fromEntries(
      Object.entries(seen).map(([nation, kinds]) => [
        nation,
        Object.fromEntries(Object.entries(kinds).map(([k, s]) => [k, [...s].sort()])),
      ]),
    );
    const expected = Object.fromEntries(
      Object.entries(expectedCombinations).map(([nation, kinds]) => [
        nation,
        Object.fromEntries(Object.entries(kinds).map(([k, s]) => [k, [...s].sort()])),
      ]),
    );
    expect(asLists).toEqual(expected);
    for (const nation of Object.keys(expectedCombinations) as Nation[])
      expect(Object.keys(expectedCombinations[nation]).sort()).toEqual([...kindsByNation[nation]].sort());
  });

  it('has an English addressee for every body the rules name', () => {
    const named = new Set(
      cases.flatMap(({ facts }) =>
        assess(facts)
          .advocates.filter((a) => a.status !== 'not-entitled')
          .map((a) => a.arrangedByKey),
      ),
    );
    expect([...named].filter((key) => !(key in addressees))).toEqual([]);
  });
});

describe.each(['en', 'cy'] as const)('every letter in %s', (language) => {
  const audiences: Audience[] = ['self', 'helper'];

  it.each(cases.map((c) => [c.key, c.facts] as const))('%s: addressed to the body the rules name, citing every reason', (_key, facts) => {
    for (const refused of ['no', 'yes'] as const) {
      const assessment: Assessment = assess({ ...facts, refused });
      expect(assessment.legalAdvice).toBe(refused === 'yes');
      const letters = lettersFor(assessment);
      const open = assessment.advocates.filter((a) => a.status !== 'not-entitled');
      // a letter asking for each advocate that is, may be or may be offered; after a refusal, a complaint too
      expect(letters.filter((l) => l.purpose === 'request').map((l) => l.kind)).toEqual(open.map((a) => a.kind));
      expect(letters.filter((l) => l.purpose === 'complaint').map((l) => l.kind)).toEqual(refused === 'yes' ? open.map((a) => a.kind) : []);

      for (const letter of letters) {
        const advocate = assessment.advocates.find((a) => a.kind === letter.kind)!;
        expect(letter.to).toBe(advocate.arrangedByKey);
        for (const context of audiences) {
          const { doc, text } = draft(letter, language, context, typed);
          const t = tFor(language);
          // the addressee: the body the rules name
          const toLine = doc.blocks[2]!;
          expect(toLine.kind).toBe('lines');
          const to = toLine.kind === 'lines' ? toLine.lines[0]!.map((r) => r.text).join('') : '';
          if (language === 'en') expect(to).toBe(`To: ${addressees[advocate.arrangedByKey]}`);
          else expect(to).toBe(`At: ${t(`to.${advocate.arrangedByKey}.name`, { ns: 'letters' })}`);
          // every provision the reasons cite, and the duty
          for (const reason of advocate.reasons) {
            if (language === 'en') expect(text).toContain(englishCitation(reason.source));
            expect(text).toContain(citationText(t, reason.source));
          }
          if (advocate.duty) expect(text).toContain(citationText(t, advocate.duty));
          // what was typed, and no gap once everything is typed
          expect(text).toContain('Jane Example');
          if (context === 'helper') expect(text).toContain('Sam Helper');
          expect(
            doc.blocks
              .flatMap((b) => (b.kind === 'lines' ? b.lines.flat() : b.kind === 'list' ? b.items.flat() : b.runs))
              .some((r) => r.gap),
          ).toBe(false);
          // a written reply asked for, as a request with a date
          expect(text).toContain(
            language === 'en' ? 'within 10 working days, by 15 December 2026' : 'o fewn 10 diwrnod gwaith, erbyn 15 Rhagfyr 2026',
          );
          // the advocacy service can be contacted directly, where it can
          const direct = t(`letter.direct.${letter.kind}`, { ns: 'letters', context });
          expect(text.includes(direct)).toBe(directKinds(letter));
          // a complaint names the duty and the nation's complaint route
          if (letter.purpose === 'complaint') {
            expect(text).toContain(t('letter.complain', { ns: 'letters' }));
            for (const body of [...letter.escalation!.bodies, ...letter.escalation!.alsoTell])
              expect(text).toContain(t(`letter.bodies.${body}`, { ns: 'letters' }));
            for (const cite of letter.escalation!.cites) expect(text).toContain(citationText(t, cite));
          }
          // no missing wording: no key, placeholder or marker left over
          // \u0001 and \u0002 are the markers the draft uses inside a paragraph: none may be left
          // eslint-disable-next-line no-control-regex
          expect(text).not.toMatch(/letter\.|to\.[a-z]+\.arrangedBy|\{\{|undefined|[\u0001\u0002]/);
        }
      }
    }
  });
});

describe('gaps for what was not typed', () => {
  const [s3Refused] = lettersFor(
    assess({
      nation: 'england',
      age: '18-plus',
      mha: 'detained',
      section: '3',
      decision: 'none',
      careProcess: 'none',
      nhsComplaint: 'no',
      refused: 'yes',
    }),
  );

  it('shows each empty field as a gap in square brackets, in the words of the audience', () => {
    const self = draft(s3Refused!, 'en', 'self').text;
    for (const gap of ['[your name]', '[your date of birth]', '[where you are]', '[the decision]', '[date of the decision]'])
      expect(self).toContain(gap);
    const helper = draft(s3Refused!, 'en', 'helper').text;
    for (const gap of ['[their name]', '[their date of birth]', '[where they are]', '[your name]']) expect(helper).toContain(gap);
    expect(draft(s3Refused!, 'cy', 'self').text).toContain('[eich enw]');
  });

  it('marks gaps so that the page, the Word file and print can show them', () => {
    const { doc } = draft(s3Refused!, 'en', 'self', { place: 'Ward 4' });
    const runs = doc.blocks.flatMap((b) => (b.kind === 'lines' ? b.lines.flat() : b.kind === 'list' ? b.items.flat() : b.runs));
    expect(runs.filter((r) => r.gap).map((r) => r.text)).toContain('[your name]');
    expect(runs.filter((r) => r.gap).map((r) => r.text)).not.toContain('[where you are]');
  });

  it('names the file after what it is', () => {
    expect(draft(s3Refused!, 'en', 'self').doc.fileName).toBe('letter-complaint-imha-2026-12-01');
    expect(draft(s3Refused!, 'cy', 'self').doc.fileName).toBe('llythyr-cwyn-imha-2026-12-01');
  });
});

describe('the wording of the letters', () => {
  const strings = flatten(en.letters.letter);

  it('keeps every sentence under 20 words (a name filled in counts as one word)', () => {
    const long: string[] = [];
    for (const [key, value] of strings) {
      for (const sentence of value.replace(/{{[^}]*}}/g, 'X').split(/(?<=[.:?!])\s+/)) {
        const words = sentence.split(/\s+/).filter(Boolean).length;
        if (words >= 20) long.push(`${key}: ${words} words: ${sentence}`);
      }
    }
    expect(long).toEqual([]);
  });

  it('asks for a reply as a request, never as a deadline the law sets', () => {
    expect(en.letters.letter.reply_self).toMatch(/It would help/);
    expect([...flatten(en.letters.letter).values()].filter((s) => /must reply|deadline|time limit/i.test(s))).toEqual([]);
  });

  it('uses the same placeholders in Welsh', () => {
    const welsh = flatten(cy.letters.letter);
    for (const [key, value] of strings) expect(placeholders(welsh.get(key) ?? ''), key).toEqual(placeholders(value));
  });
});
