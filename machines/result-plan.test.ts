import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryFacts } from '../tests/support/facts';
import { assess } from './assess';
import { lettersFor } from './letters';
import { maxNextSteps, maxOrganisationsOnResult, maxWhy, planResult, type PlannedStep, type ResultPlan } from './result-plan';
import type { Facts } from './types';

// The result's shape is tested through assess(): the plan only places the steps the rules and the
// action planner give, so the inputs are facts.

const runs = { numRuns: 1500 };
const planFor = (facts: Facts) => planResult(assess(facts));
const idsOf = (steps: readonly PlannedStep[]) => steps.flatMap((s) => s.actions.map((a) => a.id));
const firstIds = (steps: readonly PlannedStep[]) => steps.map((s) => s.actions[0].id);
const contactsOf = (steps: readonly PlannedStep[]) => steps.flatMap((s) => s.contacts);

function pagesOf(plan: ResultPlan): PlannedStep[][] {
  const refused = plan.pages.ifRefused;
  return [
    [...plan.now, ...plan.next],
    plan.pages.gettingReady,
    plan.pages.moreHelp,
    ...(refused ? [[...refused.write, ...refused.complain, ...refused.advice]] : []),
  ];
}

const s3: Facts = {
  nation: 'england',
  age: '18-plus',
  mha: 'detained',
  section: '3',
  decision: 'none',
  careProcess: 'none',
  nhsComplaint: 'no',
  refused: 'no',
};

describe('the result plan, over generated facts', () => {
  it('has a first step, at most five next steps, at most three organisations on the result page, and each organisation at most once on every page', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const plan = planFor(facts);
        expect(plan.now.length).toBeGreaterThan(0);
        expect(plan.next.length).toBeLessThanOrEqual(maxNextSteps);
        expect(plan.why.length).toBeLessThanOrEqual(maxWhy);
        expect(contactsOf([...plan.now, ...plan.next]).length).toBeLessThanOrEqual(maxOrganisationsOnResult);
        for (const page of pagesOf(plan)) {
          const contacts = contactsOf(page);
          expect(new Set(contacts).size, JSON.stringify(contacts)).toBe(contacts.length);
        }
        // the organisations named on the result page but not shown there are on "more places to get help"
        for (const id of plan.pages.namedOnResult) expect(contactsOf([...plan.now, ...plan.next])).not.toContain(id);
      }),
      runs,
    );
  }, 120_000);

  it('shows every step of the action list on the result page or a page it links to', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const assessment = assess(facts);
        const plan = planResult(assessment);
        const shown = new Set([...pagesOf(plan).flatMap(idsOf), ...(plan.pages.ifRefused?.intro ? [plan.pages.ifRefused.intro.id] : [])]);
        expect(assessment.actions.map((a) => a.id).filter((id) => !shown.has(id))).toEqual([]);
        // and once on the result page
        const onResult = idsOf([...plan.now, ...plan.next]);
        expect(new Set(onResult).size).toBe(onResult.length);
      }),
      runs,
    );
  }, 120_000);

  it('leads with an advocate that agrees with the route: a right, then "may", and with no right one whose reasons are about the person', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const assessment = assess(facts);
        const plan = planResult(assessment);
        if (assessment.route === 'statutory') {
          expect(plan.lead?.status).toBe('entitled');
          expect(plan.headline).toEqual({
            route: 'statutory',
            kinds: assessment.advocates.filter((a) => a.status === 'entitled').map((a) => a.kind),
          });
        }
        if (assessment.route === 'check') expect(['may-be-entitled', 'may-be-offered']).toContain(plan.lead?.status);
        if (assessment.route === 'non-statutory') {
          expect(plan.headline).toEqual({ route: 'non-statutory' });
          if (plan.lead) expect(plan.lead.outside).toBeUndefined();
        }
        if (plan.lead) {
          expect(plan.reason).toBe(plan.lead.reasons[0]);
          expect(plan.others).not.toContain(plan.lead);
        }
        expect(plan.others.length + (plan.lead ? 1 : 0)).toBe(assessment.advocates.length);
      }),
      runs,
    );
  }, 120_000);

  it('after a refusal, starts "what to do now" with asking again in writing, for the advocate the result is about', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const assessment = assess(facts);
        const plan = planResult(assessment);
        if (!assessment.legalAdvice) {
          expect(plan.askInWriting).toBeUndefined();
          return;
        }
        expect(plan.askInWriting).toBe(plan.now[0]);
        expect(plan.now[0]!.actions[0].id).toBe(`legal-ask-in-writing-${plan.lead!.kind}`);
        // and, if they still say no, the way to the refusal page goes with it
        expect(plan.now[0]!.actions.at(-1)!.id).toBe('legal-if-refused');
        expect(plan.now[0]!.page).toBe('ifRefused');
      }),
      runs,
    );
  }, 120_000);

  it('puts every step with a time limit running in "what to do now"', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const plan = planFor(facts);
        const withDeadline = pagesOf(plan)
          .flat()
          .filter((s) => s.actions.some((a) => a.deadline));
        for (const step of withDeadline) expect(plan.now).toContain(step);
      }),
      runs,
    );
  }, 120_000);

  it('says a "may be offered" result is a power, a duty on the body\'s judgment, or one that starts with a complaint, and nothing else has one', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        for (const a of assess(facts).advocates) {
          expect(a.offer !== undefined, `${a.kind} ${a.status}`).toBe(a.status === 'may-be-offered');
          if (a.outside) expect(a.status).toBe('not-entitled');
        }
      }),
      runs,
    );
  }, 120_000);
});

describe('the letters the result offers', () => {
  const lettersOn = (steps: readonly PlannedStep[]) => steps.flatMap((s) => s.letters ?? []);

  it('offers every letter once: with the step that does what it does, or in the list below the steps; at most one per advocate on the result page', () => {
    fc.assert(
      fc.property(arbitraryFacts, (facts) => {
        const assessment = assess(facts);
        const plan = planResult(assessment);
        const onResult = lettersOn([...plan.now, ...plan.next]);
        const onRefusal = lettersOn(plan.pages.ifRefused?.write ?? []);
        const offered = [...onResult, ...onRefusal, ...plan.otherLetters].map((l) => l.id);
        expect(new Set(offered)).toEqual(new Set(lettersFor(assessment).map((l) => l.id)));
        expect(new Set(onResult.map((l) => l.kind)).size).toBe(onResult.length);
        expect(new Set(onRefusal.map((l) => l.id)).size).toBe(onRefusal.length);
        for (const l of plan.otherLetters) expect(onResult.includes(l) || onRefusal.includes(l)).toBe(false);
        for (const step of [...plan.now, ...plan.next]) {
          for (const l of step.letters ?? []) {
            expect(l.kind).toBe(step.actions[0].kind);
            // asking again in writing has the letter that asks again and complains; asking for one, the request
            expect(l.purpose).toBe(step === plan.askInWriting ? 'complaint' : 'request');
            if (l.purpose === 'request') expect(step.actions[0].group).toBe('ask');
          }
        }
      }),
      runs,
    );
  });

  it('section 3: the letter asking for an IMHA goes with asking the ward', () => {
    const plan = planFor(s3);
    expect(plan.now[0]!.letters?.map((l) => l.id)).toEqual(['imha']);
    expect(plan.otherLetters).toEqual([]);
  });

  it('section 3, refused: the letter that asks again and complains goes with asking again in writing; the plain request with asking again on the refusal page', () => {
    const plan = planFor({ ...s3, refused: 'yes' });
    expect(plan.now[0]!.letters?.map((l) => l.id)).toEqual(['imha-complaint']);
    expect(lettersOn(plan.next)).toEqual([]);
    expect(lettersOn(plan.pages.ifRefused!.write).map((l) => l.id)).toEqual(['imha']);
    expect(plan.otherLetters).toEqual([]);
  });
});

describe('the result plan for the people the issue names', () => {
  it('detained under section 3: the IMHA leads, asking the ward is the first step, and the tribunal (no deadline) is a next step', () => {
    const plan = planFor(s3);
    expect(plan.headline).toEqual({ route: 'statutory', kinds: ['imha'] });
    expect(plan.reason?.key).toBe('imha.detainedQualifying');
    expect(plan.now.map((s) => s.actions.map((a) => a.id))).toEqual([['ask-imha']]);
    // who else can ask for a visit: with the other things to do, off the result page
    expect(plan.pages.moreHelp[0]?.actions[0].id).toBe('ask-imha-visit');
    expect(firstIds(plan.next)).toEqual(['rights-tribunal', 'legal-if-refused']);
    expect(plan.next[0]!.actions.map((a) => a.id)).toEqual(['rights-tribunal', 'rights-tribunal-when']);
    expect(plan.others.map((a) => a.kind)).toEqual(['imca', 'imca-dols', 'care-act', 'children', 'nhs-complaints']);
    expect(plan.pages.ifRefused?.write.map((s) => s.actions[0].id)).toEqual(['legal-ask-in-writing-imha']);
  });

  it('detained under section 2: the tribunal, with its 14 days, is in "what to do now"', () => {
    const plan = planFor({ ...s3, section: '2' });
    expect(plan.now.map((s) => s.actions[0].id)).toEqual(['ask-imha', 'rights-tribunal']);
  });

  it('the same patient, refused: ask again in writing first, then ask the ward, the tribunal and complaints', () => {
    const plan = planFor({ ...s3, refused: 'yes' });
    expect(plan.now.map((s) => s.actions.map((a) => a.key))).toEqual([['legal.askInWriting.imha', 'legal.ifStillRefused']]);
    expect(firstIds(plan.next)).toEqual(['ask-imha', 'rights-tribunal']);
    expect(plan.pages.ifRefused?.intro?.key).toBe('legal.noServiceIsUnlawful');
    expect(firstIds(plan.pages.ifRefused!.complain)).toEqual(['legal-complain-imha', 'legal-complain-cqc']);
  });

  it('not sure of the section: "may have a right", and the first step is to find out the section', () => {
    const plan = planFor({ ...s3, section: 'unsure', treatmentDiscussed: 'none' });
    expect(plan.headline).toEqual({ route: 'check', kind: 'imha', status: 'may-be-entitled' });
    expect(firstIds(plan.now)).toEqual(['ask-imha-checkSection']);
  });

  it('held under section 136 in England: no right, the reason is the section, and the first step is what to do if detained under another', () => {
    const plan = planFor({
      nation: 'england',
      age: '18-plus',
      mha: 'detained',
      section: '136',
      treatmentDiscussed: 'none',
      decision: 'none',
      careProcess: 'none',
      nhsComplaint: 'no',
    });
    expect(plan.headline).toEqual({ route: 'non-statutory' });
    expect(plan.lead?.kind).toBe('imha');
    expect(plan.why.map((r) => r.key)).toEqual(['imha.excludedPlaceOfSafety', 'imha.thenDetained']);
    expect(firstIds(plan.now)).toEqual(['rights-imha-if-detained-later']);
    // places to get help, as long as no more than three organisations are shown
    expect(firstIds(plan.next)).toEqual(['non-statutory-mind-infoline', 'non-statutory-local-mind', 'non-statutory-rethink']);
    expect(contactsOf(plan.next)).toEqual(['mind-infoline', 'local-minds', 'rethink-mental-illness']);
    expect(plan.pages.ifRefused).toBeUndefined();
    expect(firstIds(plan.pages.moreHelp)).toEqual(['non-statutory-advocacy-providers', 'non-statutory-more-advice']);
  });

  it('an NHS complaint not yet decided is offered "if you complain", not as a power', () => {
    const nhs = assess({ ...s3, nhsComplaint: 'unsure' }).advocates.find((a) => a.kind === 'nhs-complaints')!;
    expect(nhs).toMatchObject({ status: 'may-be-offered', offer: 'ifYouComplain' });
    const review = assess({
      nation: 'england',
      age: '18-plus',
      mha: 'none',
      decision: 'accommodation-review',
      lacksCapacity: 'yes',
    }).advocates.find((a) => a.kind === 'imca')!;
    expect(review).toMatchObject({ status: 'may-be-offered', offer: 'power' });
    const reg4 = assess({
      nation: 'england',
      age: '18-plus',
      mha: 'none',
      careProcess: 'needs-assessment',
      substantialDifficulty: 'yes',
      appropriateIndividual: 'yes',
      disagreement: 'yes',
    }).advocates.find((a) => a.kind === 'care-act')!;
    expect(reg4).toMatchObject({ status: 'may-be-offered', offer: 'bodyDecides' });
  });
});
