import fc from 'fast-check';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { arbitraryFacts } from '../tests/support/facts';
import { assess } from './assess';
import { en } from '../content/locales/en';
import { organisations } from '../content/organisations';
import { actionItems } from './actions';
import { kindsByNation } from './rules/kinds';
import { sections, type Action, type ActionGroup, type AdvocateKind, type Facts, type MhaStatus, type Nation, type Section } from './types';

// The action list is tested through assess(): every step follows from the rules' own conclusions,
// so the inputs are facts, never hand-built rule results.

const plan = (facts: Facts) => assess(facts);
const ids = (actions: Action[]) => actions.map((a) => a.id);
const keys = (actions: Action[]) => actions.map((a) => a.key);
const find = (actions: Action[], id: string) => actions.find((a) => a.id === id);
const adult = (nation: Nation, over: Partial<Facts> = {}): Facts => ({ nation, age: '18-plus', mha: 'none', ...over });

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

const mhaValues: MhaStatus[] = ['detained', 'cto', 'guardianship', 'conditional-discharge', 'informal-inpatient', 'none', 'unsure'];
const runs = { numRuns: 1000 };

/** The groups in the order they appear: legal help leads when a right may have been refused. */
const groupOrder = (legalAdvice: boolean): readonly ActionGroup[] =>
  legalAdvice
    ? ['legal-help', 'ask', 'rights', 'questions', 'non-statutory', 'self-advocacy']
    : ['ask', 'rights', 'legal-help', 'questions', 'non-statutory', 'self-advocacy'];

// --- tests -------------------------------------------------------------------------------------

describe('the action list, over generated facts', () => {
  it('gives unique ids, wording for every key (both _self and _helper where it has them) and contacts that exist in the nation', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => expectWellFormed(plan(facts).actions, facts.nation)),
      runs,
    );
  }, 60_000);

  it('keeps the groups in order, with legal help first when a right may have been refused (law/README.md)', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const { actions, legalAdvice } = plan(facts);
        const order = groupOrder(legalAdvice);
        const positions = actions.map((a) => order.indexOf(a.group));
        expect(positions).toEqual([...positions].sort((x, y) => x - y));
        if (legalAdvice) expect(actions[0]?.group).toBe('legal-help');
      }),
      runs,
    );
  });

  it('always includes the questions to ask an advocate and the non-statutory routes, after every statutory step (law/README.md)', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const groups = plan(facts).actions.map((a) => a.group);
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
      fc.property(arbitraryFacts, (facts) => {
        const { actions, advocates } = plan(facts);
        const open = advocates.filter((a) => a.status !== 'not-entitled').map((a) => a.kind);
        const asked = [...new Set(actions.filter((a) => a.group === 'ask').map((a) => a.kind))];
        expect(open).toEqual(expect.arrayContaining(asked as AdvocateKind[]));
        expect(asked).toEqual(open.filter((k) => asked.includes(k)));
      }),
      runs,
    );
  });

  it('shows a step for every point a "may be" result says is still open — never "the points below" with no points', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const { actions, advocates } = plan(facts);
        for (const a of advocates.filter((x) => x.status === 'may-be-entitled')) {
          expect(a.open.length, `${a.kind} ${a.basis}`).toBeGreaterThan(0);
          // A point two kinds share (e.g. family to consult) is one step, shown under the first of them.
          for (const point of a.open) {
            const shown = actions.some(
              (s) => s.group === 'ask' && s.key !== 'ask.imca.checkWho' && (s.kind === a.kind || s.key === `ask.check.${point}`),
            );
            expect(shown, `${a.kind}: ${point}`).toBe(true);
          }
        }
        // The IMCA "ask who must decide" step is always followed by at least one point to check.
        const ask = actions.filter((s) => s.group === 'ask');
        const who = ask.findIndex((s) => s.key === 'ask.imca.checkWho');
        if (who >= 0) expect(ask[who + 1]?.kind).toBe('imca');
      }),
      runs,
    );
  });

  it('never names a contact twice in one step, and rests every cited step on a provision the rules give', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        for (const action of plan(facts).actions) expect(new Set(action.contacts).size).toBe(action.contacts.length);
      }),
      runs,
    );
  });
});

describe('legal help (complaints-and-legal-help.md)', () => {
  const s3: Facts = { nation: 'england', age: '18-plus', mha: 'detained', section: '3', refused: 'yes' };

  it('leads with the point that someone entitled cannot lawfully be told there is no service', () => {
    const { actions, legalAdvice } = plan(s3);
    expect(legalAdvice).toBe(true);
    expect(actions[0]?.key).toBe('legal.noServiceIsUnlawful');
    expect(ids(actions).indexOf('legal-ask-in-writing-imha')).toBeLessThan(ids(actions).indexOf('ask-imha'));
    expect(find(actions, 'legal-ask-in-writing-imha')?.source?.provision).toBe('s130D');
  });

  it('England IMHA: complain to the hospital, PALS, the council, then LGSCO or PHSO; CQC for Mental Health Act powers (MHA s120)', () => {
    const { actions } = plan(s3);
    expect(find(actions, 'legal-complain-imha')?.contacts).toEqual(['pals', 'lgsco', 'phso']);
    expect(find(actions, 'legal-complain-cqc')?.source?.provision).toBe('s120');
    expect(find(actions, 'legal-complain-council-or-nhs')).toBeUndefined();
  });

  it('England IMCA, Care Act or DoLS: the council or NHS body, then LGSCO or PHSO', () => {
    const { actions } = plan(
      adult('england', { careProcess: 'needs-assessment', substantialDifficulty: 'yes', appropriateIndividual: 'no', refused: 'yes' }),
    );
    expect(find(actions, 'legal-complain-council-or-nhs')?.contacts).toEqual(['lgsco', 'phso']);
    expect(find(actions, 'legal-complain-cqc')).toBeUndefined();
    expect(keys(actions)).toContain('legal.askInWriting.careAct');
  });

  it("England children's services: the council's children's complaints, then the LGSCO (Children Act 1989 s26A)", () => {
    const { actions } = plan({
      nation: 'england',
      age: '16-17',
      mha: 'none',
      childrensServices: 'looked-after',
      childrensComplaint: 'yes',
      refused: 'yes',
    });
    expect(find(actions, 'legal-ask-in-writing-children')?.key).toBe('legal.askInWriting.children');
    expect(find(actions, 'legal-ask-in-writing-children')?.source?.provision).toBe('s26A(1)(b)');
    expect(find(actions, 'legal-complain-children')?.contacts).toEqual(['lgsco']);
    expect(find(actions, 'legal-complain-council-or-nhs')).toBeUndefined();
  });

  it('Wales: Putting Things Right or the council, then PSOW; HIW for how the Mental Health Act is used', () => {
    const { actions } = plan({ ...s3, nation: 'wales' });
    expect(find(actions, 'legal-complain')?.contacts).toEqual(['llais', 'psow']);
    expect(find(actions, 'legal-complain-hiw')?.contacts).toEqual(['hiw']);
    expect(
      find(
        plan({ nation: 'wales', age: '16-17', mha: 'none', childrensServices: 'care-leaver', childrensComplaint: 'yes', refused: 'yes' })
          .actions,
        'legal-ask-in-writing-children',
      )?.key,
    ).toBe('legal.askInWriting.childrenWales');
  });

  it('Scotland: complain to the health board or council (PASS helps), then the SPSO; the Mental Welfare Commission investigates poor care (2003 Act s11)', () => {
    const scot = plan(adult('scotland', { mentalDisorder: 'yes', refused: 'yes' })).actions;
    expect(find(scot, 'legal-complain')?.contacts).toEqual(['pass-scotland', 'spso']);
    expect(find(scot, 'legal-complain-mental-welfare-commission')?.source?.provision).toBe('s11');
    expect(keys(scot)).toContain('legal.solicitorScotland');
  });

  it('Northern Ireland: the HSC trust, the Patient and Client Council, then the Ombudsman', () => {
    const ni = plan(adult('northern-ireland', { dols: 'authorised', refused: 'yes' })).actions;
    expect(find(ni, 'legal-complain')?.contacts).toEqual(['patient-and-client-council', 'nipso']);
  });

  it("names tribunal solicitors (the Law Society's Mental Health Accreditation) only to people who can apply to a tribunal (MHA s66)", () => {
    const tribunal = find(plan(s3).actions, 'legal-solicitor');
    expect(tribunal?.key).toBe('legal.solicitorTribunal');
    expect(tribunal?.contacts).toContain('law-society-mental-health-accreditation');
    const careAct = find(
      plan(adult('england', { careProcess: 'review', substantialDifficulty: 'yes', appropriateIndividual: 'no', refused: 'yes' })).actions,
      'legal-solicitor',
    );
    expect(careAct?.key).toBe('legal.solicitor');
    expect(careAct?.contacts).toEqual(['law-society-find-a-solicitor']);
    expect(english.t('legal.solicitor', { ns: 'actions', context: 'self' })).not.toMatch(/tribunal/i);
  });

  it('says tribunal legal aid is not means-tested (SI 2013/480 reg 5(1)(f)) only to people who can apply to a tribunal', () => {
    expect(find(plan(s3).actions, 'legal-aid-tribunal')?.source?.provision).toBe('reg 5(1)(f)');
    const s136ect: Facts = { nation: 'england', age: '16-17', mha: 'detained', section: '136', treatmentDiscussed: 'ect', refused: 'yes' };
    const actions = plan(s136ect).actions;
    expect(find(actions, 'legal-aid-tribunal')).toBeUndefined();
    expect(find(actions, 'legal-aid-means-tested')?.key).toBe('legal.legalAid.meansTested');
  });

  it('says Court of Protection DoLS challenges are not means-tested (reg 5(1)(g)) only when DoLS is authorised', () => {
    const base = adult('england', { representative: 'unpaid', attorneyOrDeputy: 'no', refused: 'yes' });
    expect(find(plan({ ...base, dols: 'authorised' }).actions, 'legal-aid-dols')?.source?.provision).toBe('reg 5(1)(g)');
    expect(find(plan({ ...base, dols: 'being-assessed', someoneToConsult: 'no' }).actions, 'legal-aid-dols')).toBeUndefined();
  });

  it('points to means-tested legal aid, GOV.UK and Civil Legal Advice, and Citizens Advice for the nation', () => {
    const eng = plan(s3).actions;
    expect(find(eng, 'legal-aid-means-tested')?.contacts).toEqual(['gov-uk-check-legal-aid', 'civil-legal-advice']);
    expect(find(eng, 'legal-citizens-advice')?.contacts).toEqual(['citizens-advice-england']);
    expect(find(plan({ ...s3, nation: 'wales' }).actions, 'legal-citizens-advice')?.contacts).toEqual(['advicelink-cymru']);
  });

  it('without a refusal, plans the same steps for if it comes, behind an "if you are told you can\'t have one" step, after the statutory steps', () => {
    const refused = plan(s3).actions.filter((a) => a.group === 'legal-help');
    const { actions } = plan({ ...s3, refused: 'no' });
    const legal = actions.filter((a) => a.group === 'legal-help');
    expect(keys(legal)[0]).toBe('legal.ifRefused');
    expect(ids(legal).slice(1).sort()).toEqual(
      ids(refused)
        .filter((id) => id !== 'legal-if-refused')
        .sort(),
    );
    expect(ids(actions).indexOf('legal-if-refused')).toBeGreaterThan(ids(actions).indexOf('rights-tribunal'));
    expect(find(refused, 'legal-if-refused')?.key).toBe('legal.ifStillRefused');
  });

  it('writes complaint routes as numbered steps (each route has its steps, each with wording)', () => {
    for (const nation of ['england', 'wales', 'scotland', 'northern-ireland'] as const) {
      for (const action of plan({ ...s3, nation, mha: nation === 'england' || nation === 'wales' ? 'detained' : 'unsure' }).actions) {
        if (
          action.id.startsWith('legal-complain') &&
          action.id !== 'legal-complain-cqc' &&
          action.id !== 'legal-complain-hiw' &&
          !action.id.includes('mental-welfare')
        ) {
          expect(actionItems[action.key]?.length, action.key).toBeGreaterThan(1);
        }
      }
    }
  });

  it('has no legal-help step when there is no right to refuse', () => {
    const { actions } = plan(adult('england', { refused: 'yes' }));
    expect(actions.filter((a) => a.group === 'legal-help')).toEqual([]);
  });
});

describe('asking for an advocate (imha.md, imca.md, care-and-support.md, children.md, scotland-and-ni.md)', () => {
  it('IMHA, England: ask the ward or MHA office; the nearest relative, RC or AMHP can ask for a visit (s130B(5))', () => {
    const { actions } = plan({ nation: 'england', age: '18-plus', mha: 'detained', section: '3' });
    expect(find(actions, 'ask-imha')?.key).toBe('ask.imha.hospital');
    expect(find(actions, 'ask-imha')?.source?.provision).toBe('s130D');
    expect(find(actions, 'ask-imha-visit')?.key).toBe('ask.imha.visit.england');
    expect(find(actions, 'ask-imha-visit')?.source?.provision).toBe('s130B(5)');
  });

  it('IMHA, Wales: informal in-patients qualify (s130J) and the shorter visit list applies to them (s130H(4)); compulsory patients have the longer one', () => {
    const informal = plan(adult('wales', { mha: 'informal-inpatient' })).actions;
    expect(find(informal, 'ask-imha')?.key).toBe('ask.imha.informal');
    expect(find(informal, 'ask-imha')?.source?.provision).toBe('s130L');
    expect(find(informal, 'ask-imha-visit')?.key).toBe('ask.imha.visit.walesInformal');
    const detained = plan(adult('wales', { mha: 'detained', section: '2' })).actions;
    expect(find(detained, 'ask-imha-visit')?.key).toBe('ask.imha.visit.walesCompulsory');
    expect(english.t('ask.imha.visit.walesInformal', { ns: 'actions', context: 'self' })).not.toMatch(
      /nearest relative|clinician|mental health professional/,
    );
  });

  it.each([
    ['cto', 'ask.imha.cto'],
    ['guardianship', 'ask.imha.guardianship'],
    ['conditional-discharge', 'ask.imha.conditionalDischarge'],
  ] as const)('IMHA, %s: %s, from who must tell them (s130D)', (mha, key) => {
    expect(find(plan(adult('england', { mha })).actions, 'ask-imha')?.key).toBe(key);
  });

  it('IMHA from a s57 discussion only (s130C(3)): the doctor discussing the treatment must tell them, and no visit list', () => {
    const { actions } = plan({ nation: 'england', age: '18-plus', mha: 'detained', section: '136', treatmentDiscussed: 's57' });
    expect(find(actions, 'ask-imha')?.key).toBe('ask.imha.treatment');
    expect(find(actions, 'ask-imha-visit')).toBeUndefined();
  });

  it.each([
    [{ mha: 'detained', section: 'unsure' }, ['ask.imha.checkSection']],
    [{ mha: 'detained' }, ['ask.imha.checkSection']],
    [{ mha: 'unsure' }, ['ask.imha.checkStatus']],
    [{ mha: 'none', treatmentDiscussed: 'unsure' }, ['ask.imha.checkTreatment']],
    [{ mha: 'detained', section: 'unsure', treatmentDiscussed: 'unsure' }, ['ask.imha.checkSection', 'ask.imha.checkTreatment']],
  ] as const)('IMHA may be entitled with %o: says what to check and whom to ask', (partial, expected) => {
    const { actions } = plan({ nation: 'england', age: '18-plus', ...partial } as Facts);
    expect(keys(actions.filter((a) => a.kind === 'imha' && a.group === 'ask'))).toEqual(expected);
    expect(find(actions, 'ask-imha-visit')).toBeUndefined();
  });

  it.each(['136', '135', '4', '5(2)', '5(4)'] as const)(
    'IMHA, England, section %s (no right, s130C(2)(a)): one step, to ask for an IMHA if detained under another section',
    (section) => {
      const { actions } = plan({ nation: 'england', age: '18-plus', mha: 'detained', section, treatmentDiscussed: 'none' });
      expect(keys(actions.filter((a) => a.kind === 'imha'))).toEqual(['ask.imha.ifDetainedLater']);
      expect(
        find(plan({ nation: 'england', age: '18-plus', mha: 'detained', section: '3' }).actions, 'rights-imha-if-detained-later'),
      ).toBeUndefined();
      expect(find(plan({ nation: 'england', age: '18-plus', mha: 'none' }).actions, 'rights-imha-if-detained-later')).toBeUndefined();
    },
  );

  it('IMHA: who else can ask for a visit continues the step to ask for one', () => {
    expect(find(plan(adult('england', { mha: 'detained', section: '3' })).actions, 'ask-imha-visit')?.partOf).toBe('ask-imha');
  });

  it('IMHA, Wales, section 136: if held in a hospital, ask for the IMHA service (s130J); not in a police station', () => {
    const { actions } = plan({ nation: 'wales', age: '18-plus', mha: 'detained', section: '136', treatmentDiscussed: 'none' });
    expect(keys(actions.filter((a) => a.kind === 'imha' && a.group === 'ask'))).toEqual(['ask.imha.checkPlaceOfSafety']);
  });

  it('IMCA may be entitled: names each open fact to check, once even when DoLS turns on it too', () => {
    const facts = adult('england', { decision: 'accommodation', lacksCapacity: 'yes', dols: 'being-assessed' });
    const ask = keys(plan(facts).actions.filter((a) => a.group === 'ask'));
    expect(ask).toEqual(['ask.imca.checkWho', 'ask.check.longStay', 'ask.check.someoneToConsult', 'ask.check.attorneyOrDeputy']);
  });

  it('IMCA, treatment of unknown kind while detained under section 3: "the points below" are there (the drift the code review found)', () => {
    const { actions } = plan({
      nation: 'england',
      age: '18-plus',
      mha: 'detained',
      section: '3',
      decision: 'serious-medical-treatment',
      lacksCapacity: 'yes',
      someoneToConsult: 'no',
      attorneyOrDeputy: 'no',
    });
    expect(keys(actions.filter((a) => a.kind === 'imca' && a.group === 'ask'))).toEqual([
      'ask.imca.checkWho',
      'ask.check.treatmentRegulated',
    ]);
  });

  it('IMCA, not sure what is being decided: ask what the decision is (ss37–39)', () => {
    const { actions } = plan(
      adult('england', { decision: 'unsure', lacksCapacity: 'yes', someoneToConsult: 'no', attorneyOrDeputy: 'no' }),
    );
    expect(keys(actions.filter((a) => a.kind === 'imca' && a.group === 'ask'))).toEqual(['ask.imca.checkWho', 'ask.check.decision']);
    const withFamily = plan(adult('england', { decision: 'unsure', lacksCapacity: 'yes', someoneToConsult: 'yes' })).actions;
    expect(keys(withFamily.filter((a) => a.kind === 'imca' && a.group === 'ask'))).toEqual([
      'ask.imca.decisionUnsurePower',
      'ask.check.decision',
    ]);
  });

  it('IMCA accommodation review (SI 2006/2883 reg 3): a power, so its checks say "may", and any attorney, even one for money only, rules it out (reg 3(1)(d))', () => {
    const facts = adult('england', { decision: 'accommodation-review', lacksCapacity: 'yes' });
    const ask = keys(plan(facts).actions.filter((a) => a.group === 'ask'));
    expect(ask).toEqual(['ask.imca.review', 'ask.check.someoneToConsultReview', 'ask.check.attorneyOrDeputyReview']);
    expect(english.t('ask.check.someoneToConsultReview', { ns: 'actions', context: 'self' })).not.toMatch(/must/);
    expect(english.t('ask.check.attorneyOrDeputyReview', { ns: 'actions', context: 'self' })).toMatch(/money and property/);
  });

  it('IMCA accommodation review in Wales: the attorney exclusion is said as "may not be available", as the reason says (SI 2007/852)', () => {
    const ask = keys(
      plan(adult('wales', { decision: 'accommodation-review', lacksCapacity: 'yes' })).actions.filter((a) => a.group === 'ask'),
    );
    expect(ask).toEqual(['ask.imca.reviewWales', 'ask.check.someoneToConsultReview', 'ask.check.attorneyOrDeputyReviewWales']);
  });

  it('a review and a DoLS check both open: each keeps its own attorney check (reg 3(1)(d); MCA s40)', () => {
    const facts = adult('england', { decision: 'accommodation-review', lacksCapacity: 'yes', dols: 'being-assessed' });
    const stepIds = ids(plan(facts).actions);
    expect(stepIds).toContain('ask-check-attorneyOrDeputyReview');
    expect(stepIds).toContain('ask-check-attorneyOrDeputy');
  });

  it('IMCA may be offered: safeguarding is a power (SI 2006/2883 reg 4), said as such', () => {
    const { actions } = plan(adult('england', { decision: 'safeguarding', lacksCapacity: 'yes' }));
    expect(find(actions, 'ask-imca')?.key).toBe('ask.imca.safeguarding');
    expect(find(actions, 'ask-imca')?.source?.provision).toBe('reg 4');
  });

  it.each([
    ['being-assessed', undefined, 'ask.imcaDols.beingAssessed', 's39A'],
    ['authorised', 'none', 'ask.imcaDols.representativeGone', 's39C'],
    ['authorised', 'unpaid', 'ask.imcaDols.unpaidRepresentative', 's39D'],
  ] as const)('DoLS IMCA, dols %s with representative %s: %s (MCA %s)', (dols, representative, key, provision) => {
    const facts = adult('england', { dols, someoneToConsult: 'no', attorneyOrDeputy: 'no', ...(representative ? { representative } : {}) });
    const step = find(plan(facts).actions, 'ask-imca-dols');
    expect(step?.key).toBe(key);
    expect(step?.source?.provision).toBe(provision);
    // In Wales the supervisory body may be the health board, for a hospital (imca.md).
    const welsh = find(plan({ ...facts, nation: 'wales' }).actions, 'ask-imca-dols');
    expect(welsh?.key).toBe(`${key}Wales`);
    expect(english.t(key, { ns: 'actions', context: 'self' })).not.toMatch(/health board|supervisory body/);
    expect(english.t(`${key}Wales`, { ns: 'actions', context: 'self' })).toMatch(/health board/);
  });

  it('DoLS IMCA, not sure whether detained (Sch 1A): check that first', () => {
    const { actions } = plan(adult('england', { mha: 'unsure', dols: 'being-assessed', someoneToConsult: 'no', attorneyOrDeputy: 'no' }));
    expect(keys(actions.filter((a) => a.kind === 'imca-dols' && a.group === 'ask'))).toEqual(['ask.imcaDols.checkDetained']);
  });

  it("Care Act reg 4 (SI 2014/2889): a duty that turns on the council's judgment", () => {
    const { actions } = plan(
      adult('england', {
        careProcess: 'needs-assessment',
        substantialDifficulty: 'yes',
        appropriateIndividual: 'yes',
        nhsPlacementLikely: 'yes',
      }),
    );
    expect(find(actions, 'ask-care-act')?.key).toBe('ask.careAct.judgment');
    expect(find(actions, 'ask-care-act')?.source?.provision).toBe('reg 4');
  });

  it('Care Act, not sure what the council is doing: ask (ss67–68)', () => {
    const { actions } = plan(adult('england', { careProcess: 'unsure', substantialDifficulty: 'yes', appropriateIndividual: 'no' }));
    expect(keys(actions.filter((a) => a.kind === 'care-act' && a.group === 'ask'))).toEqual(['ask.check.careProcess']);
  });

  it.each([
    ['england', ['pals', 'voiceability', 'pohwer'], 'ask.nhsComplaints.complainEngland', 's223A'],
    ['wales', ['llais'], 'ask.nhsComplaints.complainWales', 's187'],
    ['scotland', ['pass-scotland'], 'ask.nhsComplaints.complainScotland', 'ss17–18'],
    ['northern-ireland', ['patient-and-client-council'], 'ask.nhsComplaints.complainNorthernIreland', 's17(1)(c), (4)'],
  ] as const)('help to complain about NHS care in %s: %o', (nation, contacts, key, provision) => {
    const step = find(plan(adult(nation, { nhsComplaint: 'yes' })).actions, 'ask-nhs-complaints');
    expect(step?.contacts).toEqual(contacts);
    expect(step?.key).toBe(key);
    expect(step?.source?.provision).toBe(provision);
    expect(find(plan(adult(nation, { nhsComplaint: 'unsure' })).actions, 'ask-nhs-complaints')?.key).toBe(
      key.replace('complain', 'ifYouComplain'),
    );
  });

  it.each([
    ['looked-after', 'under-16', 'ask.children.entitled'],
    ['child-in-need', '16-17', 'ask.children.entitled'],
    ['care-leaver', '18-plus', 'ask.children.entitledCareLeaver'],
  ] as const)("children's services (%s, %s) wanting to complain: %s (Children Act 1989 s26A)", (childrensServices, age, key) => {
    const { actions } = plan({ nation: 'england', age, mha: 'none', childrensServices, childrensComplaint: 'yes' });
    expect(find(actions, 'ask-children')?.key).toBe(key);
    expect(find(actions, 'ask-children')?.source?.provision).toMatch(/^s26A\(1\)/);
    expect(find(actions, 'rights-children-commissioner')?.contacts).toEqual(['childrens-commissioner-england']);
  });

  it("children's services in Wales: s178, and the Children's Commissioner for Wales", () => {
    const { actions } = plan({ nation: 'wales', age: '16-17', mha: 'none', childrensServices: 'looked-after', childrensComplaint: 'no' });
    expect(find(actions, 'ask-children')?.key).toBe('ask.children.ifYouComplain');
    expect(find(actions, 'ask-children')?.source?.provision).toBe('s178');
    expect(find(actions, 'rights-children-commissioner')?.contacts).toEqual(['childrens-commissioner-wales']);
  });

  it('Scotland (2003 Act s259): points to the SIAA directory', () => {
    const step = find(plan(adult('scotland', { mentalDisorder: 'unsure' })).actions, 'ask-scotlandAdvocacy-check');
    expect(step?.contacts).toEqual(['siaa']);
    expect(step?.source?.provision).toBe('s259(1)');
  });
});

describe('tribunal step (complaints-and-legal-help.md "Tribunals"; MHA ss66, 69, 70, 75(2))', () => {
  const timing: Partial<Record<Section, string>> = {
    '2': 'first14Days',
    '3': 'oncePerPeriod',
    '37': 'afterSixMonths',
    '37/41': 'afterSixMonths',
    '45A': 'afterSixMonths',
    '47': 'firstSixMonths',
    '47/49': 'firstSixMonths',
    '48': 'firstSixMonths',
    '48/49': 'firstSixMonths',
  };
  const statusTiming: Partial<Record<MhaStatus, string>> = {
    cto: 'oncePerPeriod',
    guardianship: 'oncePerPeriod',
    'conditional-discharge': 'conditionalDischarge',
  };
  const cases = (['england', 'wales'] as const).flatMap((nation) =>
    mhaValues.flatMap((mha) =>
      (mha === 'detained' ? [...sections, undefined] : [undefined]).map((section) => ({
        nation,
        mha,
        section,
        expected: mha === 'detained' ? (section ? timing[section] : undefined) : statusTiming[mha],
      })),
    ),
  );

  it.each(cases)('$nation, mha $mha, section $section: tribunal timing $expected', ({ nation, mha, section, expected }) => {
    const { actions } = plan({ nation, age: '18-plus', mha, ...(section ? { section } : {}) });
    const step = find(actions, 'rights-tribunal');
    expect(step !== undefined).toBe(expected !== undefined);
    expect(find(actions, 'rights-tribunal-when')?.key).toBe(expected ? `rights.tribunalWhen.${expected}` : undefined);
    if (step) expect(step.contacts[0]).toBe(nation === 'england' ? 'first-tier-tribunal-mental-health' : 'mhrt-wales');
  });

  it('never tells someone on a hospital order (s37, s37/41, s45A) that they can apply now', () => {
    for (const section of ['37', '37/41', '45A'] as const) {
      const { actions } = plan(adult('england', { mha: 'detained', section }));
      const text = english.t(find(actions, 'rights-tribunal-when')!.key, { ns: 'actions', context: 'self' });
      expect(text).toMatch(/cannot apply in the first 6 months/);
      expect(english.t(find(actions, 'rights-tribunal')!.key, { ns: 'actions', context: 'self' })).not.toMatch(/14 days|now/);
    }
  });

  it('gives a section 3 patient the section 3 time limits, not the section 2 ones', () => {
    const { actions } = plan(adult('england', { mha: 'detained', section: '3' }));
    const all = keys(actions.filter((a) => a.id.startsWith('rights-tribunal')))
      .map((key) => english.t(key, { ns: 'actions', context: 'self' }))
      .join(' ');
    expect(all).not.toMatch(/14 days/);
    expect(all).toMatch(/once in the first 6 months/);
  });

  it('marks the time limit as running only where the window closes (s2: 14 days; s47–s48/49: the first 6 months), and shows "when" with the tribunal step', () => {
    for (const [section, closing] of [
      ['2', true],
      ['47', true],
      ['48/49', true],
      ['3', false],
      ['37/41', false],
    ] as const) {
      const when = find(plan(adult('england', { mha: 'detained', section })).actions, 'rights-tribunal-when')!;
      expect(when.deadline === true, section).toBe(closing);
      expect(when.partOf).toBe('rights-tribunal');
    }
    expect(find(plan(adult('england', { mha: 'cto' })).actions, 'rights-tribunal-when')?.deadline).toBeUndefined();
  });

  it('is not offered to someone whose IMHA right comes only from a s57 or ECT discussion', () => {
    for (const treatmentDiscussed of ['s57', 'ect'] as const) {
      expect(
        find(plan({ nation: 'england', age: '16-17', mha: 'informal-inpatient', treatmentDiscussed }).actions, 'rights-tribunal'),
      ).toBeUndefined();
    }
  });

  it('is never offered in Scotland or Northern Ireland, whose tribunals differ', () => {
    for (const nation of ['scotland', 'northern-ireland'] as const) {
      expect(find(plan(adult(nation, { mha: 'detained', section: '3' })).actions, 'rights-tribunal')).toBeUndefined();
    }
  });
});

describe('other rights', () => {
  it.each(['being-assessed', 'authorised', 'none', 'unsure', undefined] as const)(
    'DoLS %s: the RPR and Court of Protection steps (Sch A1 Part 10, MCA s21A) only when authorised',
    (dols) => {
      for (const nation of ['england', 'wales'] as const) {
        const actions = plan(adult(nation, dols ? { dols } : {})).actions;
        expect(find(actions, 'rights-dols-representative') !== undefined).toBe(dols === 'authorised');
        expect(find(actions, 'rights-dols-court-of-protection')?.source?.provision).toBe(dols === 'authorised' ? 's21A' : undefined);
      }
    },
  );

  it('no DoLS steps for someone detained under the Mental Health Act, who cannot be under DoLS (MCA Sch 1A)', () => {
    expect(
      find(plan(adult('england', { mha: 'detained', section: '3', dols: 'authorised' })).actions, 'rights-dols-representative'),
    ).toBeUndefined();
  });

  it('IMCA with someone to consult: says what the family member or friend can do instead (MCA s4(7))', () => {
    const facts = adult('england', {
      decision: 'serious-medical-treatment',
      lacksCapacity: 'yes',
      someoneToConsult: 'yes',
      attorneyOrDeputy: 'no',
    });
    expect(find(plan(facts).actions, 'rights-family-consulted')?.key).toBe('rights.familyConsulted');
    expect(find(plan({ ...facts, someoneToConsult: 'no' }).actions, 'rights-family-consulted')).toBeUndefined();
  });

  it.each([
    ['a short stay (s38/s39 need 28 days or 8 weeks)', { decision: 'accommodation', longStay: 'no' }],
    [
      'a place the Mental Health Act requires (s39(3))',
      { decision: 'accommodation', longStay: 'yes', mha: 'guardianship', requiredByMha: 'yes' },
    ],
    [
      'treatment under Part 4 of the Mental Health Act (s37(2))',
      { decision: 'serious-medical-treatment', treatmentFor: 'mental', mha: 'detained', section: '3' },
    ],
    ['a person who can decide for themselves', { decision: 'accommodation', lacksCapacity: 'no' }],
    ['an attorney or deputy with authority over the decision (s40)', { decision: 'accommodation-review', attorneyOrDeputy: 'yes' }],
  ] as const)('no family-consulted note where the MCA does not reach the decision: %s', (_, partial) => {
    const facts = { nation: 'england', age: '18-plus', mha: 'none', lacksCapacity: 'yes', someoneToConsult: 'yes', ...partial } as Facts;
    expect(find(plan(facts).actions, 'rights-family-consulted')).toBeUndefined();
  });

  it("children in Scotland (children's hearing advocacy, 2011 Act s122) and Northern Ireland (NICCY, VOYPIC); not adults", () => {
    const scot = find(plan({ nation: 'scotland', age: '16-17', mha: 'none' }).actions, 'rights-children');
    expect(scot?.source?.provision).toBe('s122');
    expect(scot?.contacts).toEqual(['childrens-hearings-advocacy-scotland']);
    const ni = find(plan({ nation: 'northern-ireland', age: 'under-16', mha: 'none' }).actions, 'rights-children');
    expect(ni?.contacts).toEqual(['niccy', 'voypic']);
    expect(ni?.source).toBeUndefined(); // no statutory right is claimed in Northern Ireland
    expect(find(plan(adult('scotland')).actions, 'rights-children')).toBeUndefined();
  });

  it('Northern Ireland, detained at any age: says there is no statutory IMHA and points to trust advocacy and the PCC', () => {
    for (const age of ['under-16', '16-17', '18-plus'] as const) {
      expect(find(plan({ nation: 'northern-ireland', age, mha: 'detained' }).actions, 'rights-ni-no-imha')?.contacts).toEqual([
        'patient-and-client-council',
      ]);
    }
    expect(find(plan(adult('northern-ireland')).actions, 'rights-ni-no-imha')).toBeUndefined();
  });

  it('Scotland: Social Security Scotland advocacy (2018 Act s10), SPSO and the Mental Welfare Commission', () => {
    const actions = plan(adult('scotland')).actions;
    expect(find(actions, 'rights-scotland-social-security')?.source?.provision).toBe('s10');
    expect(find(actions, 'rights-scotland-spso')?.contacts).toEqual(['spso']);
    expect(find(actions, 'rights-scotland-mental-welfare-commission')?.contacts).toEqual(['mental-welfare-commission']);
  });

  it('England informal in-patients: the MHA 2025 change is mentioned as not in force (c. 33, s40), unless they have an IMHA right already', () => {
    const facts = adult('england', { mha: 'informal-inpatient' });
    const step = find(plan(facts).actions, 'rights-england-informal-inpatient');
    expect(step?.source).toMatchObject({ instrument: 'mha2025', provision: 's40', notInForce: true });
    expect(find(plan({ ...facts, treatmentDiscussed: 's57' }).actions, 'rights-england-informal-inpatient')).toBeUndefined();
  });
});

describe('non-statutory routes and questions (non-statutory.md)', () => {
  const contactsIn = (nation: Nation) =>
    plan(adult(nation))
      .actions.filter((a) => a.group === 'non-statutory')
      .flatMap((a) => a.contacts);

  it('fits the routes to the nation', () => {
    expect(contactsIn('england')).toEqual(
      expect.arrayContaining(['mind-infoline', 'local-minds', 'rethink-mental-illness', 'voiceability', 'pohwer']),
    );
    expect(contactsIn('wales')).toEqual(expect.arrayContaining(['mind-infoline', 'local-minds', 'advocacy-support-cymru', 'llais']));
    expect(contactsIn('scotland')).toContain('siaa');
    expect(contactsIn('northern-ireland')).toContain('patient-and-client-council');
  });

  it('gives the checklist of questions as wording keys', () => {
    expect(find(plan(adult('england')).actions, 'questions')?.key).toBe('questions.intro');
    expect(actionItems['questions.intro']).toHaveLength(7);
  });

  it('is the whole list, after the questions, for someone with no statutory right', () => {
    const { actions } = plan(adult('england', { refused: 'yes' }));
    expect(actions[0]?.id).toBe('questions');
    expect(actions.map((a) => a.group)).toEqual([
      'questions',
      'non-statutory',
      'non-statutory',
      'non-statutory',
      'non-statutory',
      'non-statutory',
      'self-advocacy',
      'self-advocacy',
      'self-advocacy',
    ]);
  });

  it('lists every kind of the nation in the assessment', () => {
    for (const nation of ['england', 'wales', 'scotland', 'northern-ireland'] as const) {
      expect(plan(adult(nation)).advocates.map((a) => a.kind)).toEqual(kindsByNation[nation]);
    }
  });
});
