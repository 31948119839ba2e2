import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { assess } from './assess';
import { en } from '../content/locales/en';
import { organisations } from '../content/organisations';
import { actionGroupOrder, actionItems, canApplyToTribunal, planActions } from './actions';
import { cite } from './rules/citations';
import type { Action, AdvocateKind, AdvocateResult, Assessment, Facts, MhaStatus, Nation, Section, Status } from './types';

// Inputs are built directly (no rules), so these tests pin the action list alone.

const kindsIn: Record<Nation, AdvocateKind[]> = {
  england: ['imha', 'imca', 'imca-dols', 'care-act', 'nhs-complaints'],
  wales: ['imha', 'imca', 'imca-dols', 'wales-ipa', 'nhs-complaints'],
  scotland: ['scotland-advocacy'],
  'northern-ireland': ['ni-imca'],
};

function advocate(kind: AdvocateKind, status: Status): AdvocateResult {
  const source = cite('mha1983', 's130C', 'section/130C');
  return {
    kind,
    status,
    reasons: [{ text: 'test reason', citation: 'Mental Health Act 1983, s130C', key: 'test.reason', source }],
    arrangedBy: 'test',
    arrangedByKey: 'arrangedBy.test',
  };
}

type Statuses = Partial<Record<AdvocateKind, Status>>;

/** Advocates for the nation (not-entitled unless given), with route and legalAdvice as law/README.md derives them. */
function plan(facts: Facts, statuses: Statuses = {}): { actions: Action[]; legalAdvice: boolean } {
  const advocates = kindsIn[facts.nation].map((kind) => advocate(kind, statuses[kind] ?? 'not-entitled'));
  const all = advocates.map((a) => a.status);
  const route: Assessment['route'] = all.includes('entitled')
    ? 'statutory'
    : all.some((s) => s === 'may-be-entitled' || s === 'may-be-offered')
      ? 'check'
      : 'non-statutory';
  const legalAdvice = facts.refused === 'yes' && route !== 'non-statutory';
  return { actions: planActions(facts, advocates, route, legalAdvice), legalAdvice };
}

const ids = (actions: Action[]) => actions.map((a) => a.id);
const keys = (actions: Action[]) => actions.map((a) => a.key);
const find = (actions: Action[], id: string) => actions.find((a) => a.id === id);

// Reads a dotted key from the `actions` namespace of the English catalogue.
function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en.actions);
}

/** A key has wording either as one audience-neutral string, or as both `_self` and `_helper`. */
function hasWording(key: string): boolean {
  const neutral = typeof lookup(key) === 'string';
  const self = typeof lookup(`${key}_self`) === 'string';
  const helper = typeof lookup(`${key}_helper`) === 'string';
  return neutral ? !self && !helper : self && helper;
}

const english = i18next.createInstance();
void english.init({ lng: 'en', resources: { en }, initAsync: false, interpolation: { escapeValue: false } });

function expectWellFormed(actions: Action[], nation: Nation): void {
  expect(new Set(ids(actions)).size, 'ids are unique').toBe(actions.length);
  for (const action of actions) {
    expect(hasWording(action.key), `wording for ${action.key}`).toBe(true);
    for (const context of ['self', 'helper']) {
      expect(english.t(action.key, { ns: 'actions', context, defaultValue: '' }), `${action.key} (${context})`).not.toBe('');
    }
    for (const item of actionItems[action.key] ?? []) expect(hasWording(item), item).toBe(true);
    for (const id of action.contacts) {
      expect(organisations[id], `${action.id}: organisation ${id}`).toBeDefined();
      expect(organisations[id]!.nations, `${action.id}: ${id} serves ${nation}`).toContain(nation);
    }
    if (action.source) expect(action.source.url).toMatch(/^https:\/\/www\.(legislation|gov)\./);
  }
}

// --- generated inputs --------------------------------------------------------------------------

const answer = fc.constantFrom('yes', 'no', 'unsure' as const);
const optional = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const nations: Nation[] = ['england', 'wales', 'scotland', 'northern-ireland'];
const mhaValues: MhaStatus[] = ['detained', 'cto', 'guardianship', 'conditional-discharge', 'informal-inpatient', 'none', 'unsure'];
const sections: Section[] = ['2', '3', '4', '5(2)', '5(4)', '135', '136', '35', '36', '37', '37/41', '38', '45A', '47', '47/49', '48', '48/49', 'other', 'unsure'];
const statuses: Status[] = ['entitled', 'may-be-entitled', 'may-be-offered', 'not-entitled'];

const arbitraryFacts: fc.Arbitrary<Facts> = fc.record({
  nation: fc.constantFrom(...nations),
  age: fc.constantFrom('under-16', '16-17', '18-plus' as const),
  mha: fc.constantFrom(...mhaValues),
  section: optional(fc.constantFrom(...sections)),
  treatmentDiscussed: optional(fc.constantFrom('s57', 'ect', 'none', 'unsure' as const)),
  lacksCapacity: optional(answer),
  decision: optional(fc.constantFrom('serious-medical-treatment', 'accommodation', 'accommodation-review', 'safeguarding', 'none' as const)),
  treatmentFor: optional(fc.constantFrom('physical', 'mental' as const)),
  longStay: optional(answer),
  requiredByMha: optional(answer),
  someoneToConsult: optional(answer),
  attorneyOrDeputy: optional(answer),
  dols: optional(fc.constantFrom('being-assessed', 'authorised', 'none', 'unsure' as const)),
  representative: optional(fc.constantFrom('unpaid', 'paid', 'none', 'unsure' as const)),
  careProcess: optional(fc.constantFrom('needs-assessment', 'carers-assessment', 'care-plan', 'review', 'safeguarding', 'transition', 'none' as const)),
  substantialDifficulty: optional(answer),
  appropriateIndividual: optional(answer),
  nhsPlacementLikely: optional(answer),
  disagreement: optional(answer),
  mentalDisorder: optional(answer),
  nhsComplaint: optional(answer),
  refused: optional(answer),
});
const arbitraryStatuses: fc.Arbitrary<Statuses> = fc.record(
  Object.fromEntries(
    (['imha', 'imca', 'imca-dols', 'care-act', 'wales-ipa', 'scotland-advocacy', 'ni-imca', 'nhs-complaints'] as const).map((k) => [
      k,
      fc.constantFrom(...statuses),
    ]),
  ) as Record<AdvocateKind, fc.Arbitrary<Status>>,
);
const runs = { numRuns: 500 };

// --- tests -------------------------------------------------------------------------------------

describe('planActions, over generated facts and statuses', () => {
  it('gives unique ids, wording for every key (both _self and _helper where it has them) and contacts that exist in the nation', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryStatuses, (facts, given) => {
        expectWellFormed(plan(facts, given).actions, facts.nation);
      }),
      runs,
    );
  }, 30_000);

  it('keeps the groups in order, with legal help first when a right may have been refused (law/README.md)', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryStatuses, (facts, given) => {
        const { actions, legalAdvice } = plan(facts, given);
        const order = actionGroupOrder(legalAdvice);
        const positions = actions.map((a) => order.indexOf(a.group));
        expect(positions).toEqual([...positions].sort((x, y) => x - y));
        if (legalAdvice) expect(actions[0]?.group).toBe('legal-help');
      }),
      runs,
    );
  });

  it('always includes the questions to ask an advocate and the non-statutory routes, after every statutory step (law/README.md)', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryStatuses, (facts, given) => {
        const { actions } = plan(facts, given);
        const groups = actions.map((a) => a.group);
        expect(groups.filter((g) => g === 'questions')).toHaveLength(1);
        expect(groups).toContain('non-statutory');
        expect(groups).toContain('self-advocacy');
        const lastStatutory = Math.max(...groups.map((g, i) => (['legal-help', 'ask', 'rights'].includes(g) ? i : -1)));
        expect(lastStatutory).toBeLessThan(groups.indexOf('questions'));
      }),
      runs,
    );
  });

  it('asks only about advocates the person has or may have, in the order of the advocates', () => {
    fc.assert(
      fc.property(arbitraryFacts, arbitraryStatuses, (facts, given) => {
        const { actions } = plan(facts, given);
        const open = kindsIn[facts.nation].filter((k) => (given[k] ?? 'not-entitled') !== 'not-entitled');
        const asked = [...new Set(actions.filter((a) => a.group === 'ask').map((a) => a.kind))];
        expect(open).toEqual(expect.arrayContaining(asked as AdvocateKind[]));
        expect(asked).toEqual(open.filter((k) => asked.includes(k)));
      }),
      runs,
    );
  });
});

describe('legal help (complaints-and-legal-help.md)', () => {
  const s3: Facts = { nation: 'england', age: '18-plus', mha: 'detained', section: '3', refused: 'yes' };

  it('leads with the point that someone entitled cannot lawfully be told there is no service', () => {
    const { actions, legalAdvice } = plan(s3, { imha: 'entitled' });
    expect(legalAdvice).toBe(true);
    expect(actions[0]?.key).toBe('legal.noServiceIsUnlawful');
    expect(ids(actions).indexOf('legal-ask-in-writing-imha')).toBeLessThan(ids(actions).indexOf('ask-imha'));
  });

  it('England IMHA: complain to the hospital, PALS, the council, then LGSCO or PHSO; CQC for Mental Health Act powers (MHA s120)', () => {
    const { actions } = plan(s3, { imha: 'entitled' });
    expect(find(actions, 'legal-complain-imha')?.contacts).toEqual(['pals', 'lgsco', 'phso']);
    expect(find(actions, 'legal-complain-cqc')?.source?.provision).toBe('s120');
    expect(find(actions, 'legal-complain-council-or-nhs')).toBeUndefined();
  });

  it('England IMCA, Care Act or DoLS: the council or NHS body, then LGSCO or PHSO', () => {
    const { actions } = plan({ nation: 'england', age: '18-plus', mha: 'none', refused: 'yes' }, { 'care-act': 'entitled' });
    expect(find(actions, 'legal-complain-council-or-nhs')?.contacts).toEqual(['lgsco', 'phso']);
    expect(find(actions, 'legal-complain-cqc')).toBeUndefined();
    expect(keys(actions)).toContain('legal.askInWriting.careAct');
  });

  it('Wales: Putting Things Right or the council, then PSOW; HIW for how the Mental Health Act is used', () => {
    const { actions } = plan({ ...s3, nation: 'wales' }, { imha: 'entitled' });
    expect(find(actions, 'legal-complain')?.contacts).toEqual(['llais', 'psow']);
    expect(find(actions, 'legal-complain-hiw')?.contacts).toEqual(['hiw']);
  });

  it('Scotland: the Mental Welfare Commission; Northern Ireland: the HSC trust and the Patient and Client Council', () => {
    const scot = plan({ nation: 'scotland', age: '18-plus', mha: 'none', refused: 'yes' }, { 'scotland-advocacy': 'entitled' }).actions;
    expect(find(scot, 'legal-complain')?.contacts).toContain('mental-welfare-commission');
    expect(keys(scot)).toContain('legal.solicitorScotland');
    const ni = plan({ nation: 'northern-ireland', age: '18-plus', mha: 'none', dols: 'authorised', refused: 'yes' }, { 'ni-imca': 'entitled' }).actions;
    expect(find(ni, 'legal-complain')?.contacts).toEqual(['patient-and-client-council']);
  });

  it('names tribunal solicitors (the Law Society\'s Mental Health Accreditation) only to people who can apply to a tribunal (MHA s66)', () => {
    const tribunal = find(plan(s3, { imha: 'entitled' }).actions, 'legal-solicitor');
    expect(tribunal?.key).toBe('legal.solicitorTribunal');
    expect(tribunal?.contacts).toContain('law-society-mental-health-accreditation');
    const careAct = find(plan({ nation: 'england', age: '18-plus', mha: 'none', refused: 'yes' }, { 'care-act': 'entitled' }).actions, 'legal-solicitor');
    expect(careAct?.key).toBe('legal.solicitor');
    expect(careAct?.contacts).toEqual(['law-society-find-a-solicitor']);
    expect(english.t('legal.solicitor', { ns: 'actions', context: 'self' })).not.toMatch(/tribunal/i);
  });

  it('says tribunal legal aid is not means-tested (SI 2013/480 reg 5(1)(f)) only to people who can apply to a tribunal', () => {
    expect(find(plan(s3, { imha: 'entitled' }).actions, 'legal-aid-tribunal')?.source?.provision).toBe('reg 5(1)(f)');
    const s136ect = { nation: 'england', age: '16-17', mha: 'detained', section: '136', treatmentDiscussed: 'ect', refused: 'yes' } as const;
    const actions = plan(s136ect, { imha: 'entitled' }).actions;
    expect(find(actions, 'legal-aid-tribunal')).toBeUndefined();
    expect(find(actions, 'legal-aid-means-tested')?.key).toBe('legal.legalAid.meansTested');
  });

  it('says Court of Protection DoLS challenges are not means-tested (reg 5(1)(g)) only when DoLS is authorised', () => {
    const base: Facts = { nation: 'england', age: '18-plus', mha: 'none', representative: 'unpaid', refused: 'yes' };
    expect(find(plan({ ...base, dols: 'authorised' }, { 'imca-dols': 'entitled' }).actions, 'legal-aid-dols')?.source?.provision).toBe('reg 5(1)(g)');
    expect(find(plan({ ...base, dols: 'being-assessed' }, { 'imca-dols': 'entitled' }).actions, 'legal-aid-dols')).toBeUndefined();
  });

  it('points to means-tested legal aid, GOV.UK and Civil Legal Advice, and Citizens Advice for the nation', () => {
    const eng = plan(s3, { imha: 'entitled' }).actions;
    expect(find(eng, 'legal-aid-means-tested')?.contacts).toEqual(['gov-uk-check-legal-aid', 'civil-legal-advice']);
    expect(find(eng, 'legal-citizens-advice')?.contacts).toEqual(['citizens-advice-england']);
    expect(find(plan({ ...s3, nation: 'wales' }, { imha: 'entitled' }).actions, 'legal-citizens-advice')?.contacts).toEqual(['advicelink-cymru']);
  });

  it('without a refusal, adds one "if you are told you can\'t have one" step after the statutory steps', () => {
    const { actions } = plan({ ...s3, refused: 'no' }, { imha: 'entitled' });
    const legal = actions.filter((a) => a.group === 'legal-help');
    expect(keys(legal)).toEqual(['legal.ifRefused']);
    expect(ids(actions).indexOf('legal-if-refused')).toBeGreaterThan(ids(actions).indexOf('rights-tribunal'));
  });

  it('has no legal-help step when there is no right to refuse', () => {
    const { actions } = plan({ nation: 'england', age: '18-plus', mha: 'none', refused: 'yes' });
    expect(actions.filter((a) => a.group === 'legal-help')).toEqual([]);
  });
});

describe('asking for an advocate (imha.md, imca.md, care-and-support.md, scotland-and-ni.md)', () => {
  it('IMHA, England: ask the ward or MHA office; the nearest relative, RC or AMHP can ask for a visit (s130B(5))', () => {
    // Who must tell them follows the IMHA rule's own conclusion, so these use the real rules.
    const { actions } = assess({ nation: 'england', age: '18-plus', mha: 'detained', section: '3' });
    expect(find(actions, 'ask-imha')?.key).toBe('ask.imha.detained');
    expect(find(actions, 'ask-imha')?.source?.provision).toBe('s130D');
    expect(find(actions, 'ask-imha-visit')?.source?.provision).toBe('s130B(5)');
  });

  it('IMHA, Wales: the person can ask for a visit themselves (s130H); informal in-patients qualify (s130J)', () => {
    const { actions } = assess({ nation: 'wales', age: '18-plus', mha: 'informal-inpatient' });
    expect(find(actions, 'ask-imha')?.key).toBe('ask.imha.informalWales');
    expect(find(actions, 'ask-imha-visit')?.key).toBe('ask.imha.visitWales');
  });

  it('IMHA from a s57 discussion only (s130C(3)): the doctor discussing the treatment must tell them', () => {
    const { actions } = assess({ nation: 'england', age: '18-plus', mha: 'detained', section: '136', treatmentDiscussed: 's57' });
    expect(find(actions, 'ask-imha')?.key).toBe('ask.imha.treatment');
  });

  it.each([
    [{ mha: 'detained', section: 'unsure' }, 'ask.imha.checkSection'],
    [{ mha: 'detained' }, 'ask.imha.checkSection'],
    [{ mha: 'unsure' }, 'ask.imha.checkStatus'],
    [{ mha: 'none', treatmentDiscussed: 'unsure' }, 'ask.imha.checkTreatment'],
  ] as const)('IMHA may-be-entitled with %o: first says what to check and whom to ask', (partial, key) => {
    const { actions } = plan({ nation: 'england', age: '18-plus', ...partial } as Facts, { imha: 'may-be-entitled' });
    expect(find(actions, 'ask-imha')?.key).toBe(key);
    expect(find(actions, 'ask-imha-visit')).toBeUndefined();
  });

  it('IMCA may-be-entitled: names each open fact to check, once even when DoLS turns on it too', () => {
    const facts: Facts = { nation: 'england', age: '18-plus', mha: 'none', decision: 'accommodation', lacksCapacity: 'yes', dols: 'being-assessed' };
    const { actions } = plan(facts, { imca: 'may-be-entitled', 'imca-dols': 'may-be-entitled' });
    const ask = keys(actions.filter((a) => a.group === 'ask'));
    expect(ask).toEqual(['ask.imca.checkWho', 'ask.check.someoneToConsult', 'ask.check.attorneyOrDeputy', 'ask.check.longStay']);
  });

  it('IMCA accommodation review (SI 2006/2883 reg 3): a power, so its checks say "may", and any attorney, even one for money only, rules it out (reg 3(1)(d))', () => {
    const facts: Facts = { nation: 'england', age: '18-plus', mha: 'none', decision: 'accommodation-review', lacksCapacity: 'yes' };
    const { actions } = plan(facts, { imca: 'may-be-offered' });
    const ask = keys(actions.filter((a) => a.group === 'ask'));
    expect(ask).toEqual(['ask.imca.review', 'ask.check.someoneToConsultReview', 'ask.check.attorneyOrDeputyReview']);
    expect(english.t('ask.check.someoneToConsultReview', { ns: 'actions', context: 'self' })).not.toMatch(/must/);
    expect(english.t('ask.check.attorneyOrDeputyReview', { ns: 'actions', context: 'self' })).toMatch(/money and property/);
  });

  it('IMCA accommodation review in Wales: the attorney exclusion is said as "may not be available", as the reason says (SI 2007/852)', () => {
    const facts: Facts = { nation: 'wales', age: '18-plus', mha: 'none', decision: 'accommodation-review', lacksCapacity: 'yes' };
    const ask = keys(plan(facts, { imca: 'may-be-offered' }).actions.filter((a) => a.group === 'ask'));
    expect(ask).toEqual(['ask.imca.reviewWales', 'ask.check.someoneToConsultReview', 'ask.check.attorneyOrDeputyReviewWales']);
  });

  it('a review and a DoLS check both open: each keeps its own attorney check (reg 3(1)(d); MCA s40)', () => {
    const facts: Facts = { nation: 'england', age: '18-plus', mha: 'none', decision: 'accommodation-review', lacksCapacity: 'yes', dols: 'being-assessed' };
    const ids_ = ids(plan(facts, { imca: 'may-be-offered', 'imca-dols': 'may-be-entitled' }).actions);
    expect(ids_).toContain('ask-check-attorneyOrDeputyReview');
    expect(ids_).toContain('ask-check-attorneyOrDeputy');
  });

  it('IMCA may-be-offered: safeguarding is a power (SI 2006/2883 reg 4), said as such', () => {
    const { actions } = plan({ nation: 'england', age: '18-plus', mha: 'none', decision: 'safeguarding', lacksCapacity: 'yes' }, { imca: 'may-be-offered' });
    expect(find(actions, 'ask-imca')?.key).toBe('ask.imca.safeguarding');
    expect(find(actions, 'ask-imca')?.source?.provision).toBe('reg 4');
  });

  it.each([
    ['being-assessed', undefined, 'ask.imcaDols.beingAssessed', 's39A'],
    ['authorised', 'none', 'ask.imcaDols.representativeGone', 's39C'],
    ['authorised', 'unpaid', 'ask.imcaDols.unpaidRepresentative', 's39D'],
  ] as const)('DoLS IMCA, dols %s with representative %s: %s (MCA %s)', (dols, representative, key, provision) => {
    const facts: Facts = { nation: 'england', age: '18-plus', mha: 'none', dols, someoneToConsult: 'no', attorneyOrDeputy: 'no', ...(representative ? { representative } : {}) };
    const step = find(plan(facts, { 'imca-dols': 'entitled' }).actions, 'ask-imca-dols');
    expect(step?.key).toBe(key);
    expect(step?.source?.provision).toBe(provision);
    // In Wales the supervisory body may be the health board, for a hospital (imca.md).
    const welsh = find(plan({ ...facts, nation: 'wales' }, { 'imca-dols': 'entitled' }).actions, 'ask-imca-dols');
    expect(welsh?.key).toBe(`${key}Wales`);
    expect(english.t(key, { ns: 'actions', context: 'self' })).not.toMatch(/health board|supervisory body/);
    expect(english.t(`${key}Wales`, { ns: 'actions', context: 'self' })).toMatch(/health board/);
  });

  it('Care Act reg 4 (SI 2014/2889): a duty that turns on the council\'s judgment', () => {
    const { actions } = plan({ nation: 'england', age: '18-plus', mha: 'none', careProcess: 'needs-assessment' }, { 'care-act': 'may-be-offered' });
    expect(find(actions, 'ask-care-act')?.key).toBe('ask.careAct.judgment');
  });

  it('NHS complaints advocacy: the council in England (LGPIHA 2007 s223A), Llais in Wales', () => {
    expect(find(plan({ nation: 'england', age: '18-plus', mha: 'none' }, { 'nhs-complaints': 'entitled' }).actions, 'ask-nhs-complaints')?.contacts).toContain('pals');
    expect(find(plan({ nation: 'wales', age: '18-plus', mha: 'none' }, { 'nhs-complaints': 'entitled' }).actions, 'ask-nhs-complaints')?.contacts).toEqual(['llais']);
  });

  it('Scotland (2003 Act s259): points to the SIAA directory', () => {
    const step = find(plan({ nation: 'scotland', age: '18-plus', mha: 'none' }, { 'scotland-advocacy': 'may-be-entitled' }).actions, 'ask-scotland-advocacy');
    expect(step?.key).toBe('ask.scotlandAdvocacy.check');
    expect(step?.contacts).toEqual(['siaa']);
  });
});

describe('tribunal step (complaints-and-legal-help.md "Tribunals"; MHA s66, s75(2))', () => {
  const eligibleSections: Section[] = ['2', '3', '37', '37/41', '45A', '47', '47/49', '48', '48/49'];
  const eligibleStatuses: MhaStatus[] = ['cto', 'guardianship', 'conditional-discharge'];
  const cases = (['england', 'wales'] as const).flatMap((nation) =>
    mhaValues.flatMap((mha) =>
      (mha === 'detained' ? [...sections, undefined] : [undefined]).map((section) => ({
        nation,
        mha,
        section,
        expected: mha === 'detained' ? section !== undefined && eligibleSections.includes(section) : eligibleStatuses.includes(mha),
      })),
    ),
  );

  it.each(cases)('$nation, mha $mha, section $section: tribunal step is $expected', ({ nation, mha, section, expected }) => {
    const facts: Facts = { nation, age: '18-plus', mha, ...(section ? { section } : {}) };
    const { actions } = plan(facts, { imha: 'entitled' });
    expect(canApplyToTribunal(facts)).toBe(expected);
    const step = find(actions, 'rights-tribunal');
    expect(step !== undefined).toBe(expected);
    if (step) {
      expect(step.contacts[0]).toBe(nation === 'england' ? 'first-tier-tribunal-mental-health' : 'mhrt-wales');
    }
  });

  it('is not offered to someone whose IMHA right comes only from a s57 or ECT discussion', () => {
    for (const treatmentDiscussed of ['s57', 'ect'] as const) {
      const facts: Facts = { nation: 'england', age: '16-17', mha: 'informal-inpatient', treatmentDiscussed };
      expect(find(plan(facts, { imha: 'entitled' }).actions, 'rights-tribunal')).toBeUndefined();
    }
  });

  it('is never offered in Scotland or Northern Ireland, whose tribunals differ', () => {
    for (const nation of ['scotland', 'northern-ireland'] as const) {
      expect(canApplyToTribunal({ nation, age: '18-plus', mha: 'detained', section: '3' })).toBe(false);
    }
  });
});

describe('other rights', () => {
  it.each(['being-assessed', 'authorised', 'none', 'unsure', undefined] as const)(
    'DoLS %s: the RPR and Court of Protection steps (Sch A1 Part 10, MCA s21A) only when authorised',
    (dols) => {
      for (const nation of ['england', 'wales'] as const) {
        const facts: Facts = { nation, age: '18-plus', mha: 'none', ...(dols ? { dols } : {}) };
        const actions = plan(facts, { 'imca-dols': 'may-be-entitled' }).actions;
        expect(find(actions, 'rights-dols-representative') !== undefined).toBe(dols === 'authorised');
        expect(find(actions, 'rights-dols-court-of-protection')?.source?.provision).toBe(dols === 'authorised' ? 's21A' : undefined);
      }
    },
  );

  it('no DoLS steps for someone detained under the Mental Health Act, who cannot be under DoLS (MCA Sch 1A)', () => {
    const facts: Facts = { nation: 'england', age: '18-plus', mha: 'detained', section: '3', dols: 'authorised' };
    expect(find(plan(facts).actions, 'rights-dols-representative')).toBeUndefined();
  });

  it('IMCA with someone to consult: says what the family member or friend can do instead (MCA s4(7))', () => {
    const facts: Facts = { nation: 'england', age: '18-plus', mha: 'none', decision: 'serious-medical-treatment', lacksCapacity: 'yes', someoneToConsult: 'yes' };
    // The note follows the IMCA rule's own conclusion, so these use the real rules.
    expect(find(assess(facts).actions, 'rights-family-consulted')?.key).toBe('rights.familyConsulted');
    expect(find(assess({ ...facts, someoneToConsult: 'no' }).actions, 'rights-family-consulted')).toBeUndefined();
  });

  it.each([
    ['a short stay (s38/s39 need 28 days or 8 weeks)', { decision: 'accommodation', longStay: 'no' }],
    ['a place the Mental Health Act requires (s39(3))', { decision: 'accommodation', longStay: 'yes', mha: 'guardianship', requiredByMha: 'yes' }],
    ['treatment under Part 4 of the Mental Health Act (s37(2))', { decision: 'serious-medical-treatment', treatmentFor: 'mental', mha: 'detained', section: '3' }],
    ['a person who can decide for themselves', { decision: 'accommodation', lacksCapacity: 'no' }],
    ['an attorney or deputy with authority over the decision (s40)', { decision: 'accommodation-review', attorneyOrDeputy: 'yes' }],
  ] as const)('no family-consulted note where the MCA does not reach the decision: %s', (_, partial) => {
    const facts = { nation: 'england', age: '18-plus', mha: 'none', lacksCapacity: 'yes', someoneToConsult: 'yes', ...partial } as Facts;
    expect(find(assess(facts).actions, 'rights-family-consulted')).toBeUndefined();
  });

  it.each(['under-16', '16-17'] as const)("under-18s (%s): children's advocacy — Children Act 1989 s26A in England, SSWBA s178 in Wales", (age) => {
    const eng = find(plan({ nation: 'england', age, mha: 'none' }).actions, 'rights-children');
    expect(eng?.source?.provision).toBe('s26A');
    expect(eng?.contacts).toContain('nyas');
    const wal = find(plan({ nation: 'wales', age, mha: 'none' }).actions, 'rights-children');
    expect(wal?.source?.provision).toBe('s178');
    expect(wal?.contacts).toContain('tgp-cymru');
  });

  it("adults get no children's advocacy step", () => {
    expect(find(plan({ nation: 'england', age: '18-plus', mha: 'none' }).actions, 'rights-children')).toBeUndefined();
  });

  it('Northern Ireland, detained: says there is no statutory IMHA and points to trust advocacy and the PCC', () => {
    const detained = plan({ nation: 'northern-ireland', age: '18-plus', mha: 'detained' }).actions;
    expect(find(detained, 'rights-ni-no-imha')?.contacts).toEqual(['patient-and-client-council']);
    expect(find(plan({ nation: 'northern-ireland', age: '18-plus', mha: 'none' }).actions, 'rights-ni-no-imha')).toBeUndefined();
  });

  it('Scotland: Social Security Scotland advocacy (2018 Act s10), PASS, SPSO and the Mental Welfare Commission', () => {
    const actions = plan({ nation: 'scotland', age: '18-plus', mha: 'none' }).actions;
    expect(find(actions, 'rights-scotland-social-security')?.source?.provision).toBe('s10');
    expect(find(actions, 'rights-scotland-pass')?.contacts).toEqual(['pass-scotland']);
    expect(find(actions, 'rights-scotland-spso')?.contacts).toEqual(['spso']);
    expect(find(actions, 'rights-scotland-mental-welfare-commission')?.contacts).toEqual(['mental-welfare-commission']);
  });

  it('England informal in-patients: the MHA 2025 change is mentioned as not yet in force, unless they have an IMHA right already', () => {
    const facts: Facts = { nation: 'england', age: '18-plus', mha: 'informal-inpatient' };
    expect(find(plan(facts).actions, 'rights-england-informal-inpatient')).toBeDefined();
    expect(find(plan({ ...facts, treatmentDiscussed: 's57' }, { imha: 'entitled' }).actions, 'rights-england-informal-inpatient')).toBeUndefined();
  });
});

describe('non-statutory routes and questions (non-statutory.md)', () => {
  const contactsIn = (nation: Nation) =>
    plan({ nation, age: '18-plus', mha: 'none' }).actions.filter((a) => a.group === 'non-statutory').flatMap((a) => a.contacts);

  it('fits the routes to the nation', () => {
    expect(contactsIn('england')).toEqual(expect.arrayContaining(['mind-infoline', 'local-minds', 'rethink-mental-illness', 'voiceability', 'pohwer']));
    expect(contactsIn('wales')).toEqual(expect.arrayContaining(['mind-infoline', 'local-minds', 'advocacy-support-cymru', 'llais']));
    expect(contactsIn('scotland')).toContain('siaa');
    expect(contactsIn('northern-ireland')).toContain('patient-and-client-council');
  });

  it('gives the checklist of questions as wording keys', () => {
    const questions = find(plan({ nation: 'england', age: '18-plus', mha: 'none' }).actions, 'questions');
    expect(questions?.key).toBe('questions.intro');
    expect(actionItems['questions.intro']).toHaveLength(7);
  });

  it('is the whole list, after the questions, for someone with no statutory right', () => {
    const { actions } = plan({ nation: 'england', age: '18-plus', mha: 'none', refused: 'yes' });
    expect(actions[0]?.id).toBe('questions');
    expect(actions.map((a) => a.group)).toEqual(['questions', 'non-statutory', 'non-statutory', 'non-statutory', 'non-statutory', 'non-statutory', 'self-advocacy', 'self-advocacy', 'self-advocacy']);
  });
});
