import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { assess, answersOnPath, toFacts, type AdvocateKind, type Status } from '../machines';
import { personas, type Persona } from './support/personas';
import { advocateSection, answerAll, heading, pressButton, renderTool, resetBrowser, screen, t, text, within } from './support/ui';

// Whole journeys, from the start page to the result, for people in different situations. The
// UI shows what the rules decide; these check that it shows it: the headline for the route, each
// advocate with its status, the ones that do not apply folded away, and legal help first.

beforeEach(resetBrowser);
afterEach(cleanup);

const contextOf = (p: Persona) => (p.answers.audience === 'myself' ? 'self' : 'helper');
const kindName = (kind: AdvocateKind) => t(`kinds.${kind}.name`, { ns: 'result' });
const statusLabel = (status: Status, context: string) => t(`status.${status}`, { ns: 'result', context });

async function journey(persona: Persona) {
  const tool = renderTool();
  await answerAll(tool.user, persona.answers);
  await pressButton(tool.user, 'checkAnswers.confirm');
  expect(window.location.pathname).toBe('/result');
  return tool;
}

describe('journeys to a result', () => {
  it.each(Object.values(personas).map((p) => [p.story, p] as const))('%s', async (_, persona: Persona) => {
    await journey(persona);
    const context = contextOf(persona);
    const assessment = assess(toFacts(answersOnPath(persona.answers))!);
    expect(assessment.route).toBe(persona.route);

    // the headline names the route, addressed to the person or to their helper
    const entitled = assessment.advocates.filter((a) => a.status === 'entitled');
    const headline = t(`headline.${persona.route}`, {
      ns: 'result',
      context,
      advocates: new Intl.ListFormat('en', { type: 'conjunction' }).format(
        entitled.map((a) => t(`kinds.${a.kind}.withArticle`, { ns: 'result' })),
      ),
    });
    expect(heading()).toHaveProperty('textContent', headline);
    expect(document.title).toBe(text('pageTitle', { page: headline }));

    for (const [kind, status] of Object.entries(persona.statuses) as [AdvocateKind, Status][]) {
      if (status === 'not-entitled') {
        // folded away with its reason, not hidden
        expect(screen.queryByRole('region', { name: kindName(kind) })).toBeNull();
        const summary = screen.getByText(kindName(kind), { selector: '.govuk-details__summary-text' });
        const details = summary.closest('details')!;
        expect(details.open).toBe(false);
        expect(details.querySelectorAll('.app-reasons li').length).toBeGreaterThan(0);
      } else {
        const section = advocateSection(kindName(kind));
        expect(within(section).getByText(statusLabel(status, context))).toBeTruthy();
        // every reason links to the provision it rests on
        const citations = section.querySelectorAll<HTMLAnchorElement>('.app-citation');
        expect(citations.length).toBeGreaterThan(0);
        for (const link of citations) expect(link.href).toMatch(/^https:\/\/www\.(legislation|gov)\./);
      }
    }

    // every next step appears once, as a checklist item (how to ask sits with its advocate)
    const steps = [...document.querySelectorAll('main li.govuk-checkboxes__item')].filter(
      (item) => item.parentElement?.closest('.app-checklist__details') === null,
    );
    expect(steps.map((item) => item.querySelector('label')!.textContent)).toEqual(
      expect.arrayContaining(assessment.actions.map((a) => t(a.key, { ns: 'actions', context, ...a.vars }))),
    );
    expect(steps.length).toBe(assessment.actions.length);
    expect(screen.getByText(t('disclaimer', { ns: 'result' }))).toBeTruthy();
  });

  it('someone refused an IMHA sees how to complain and get legal advice before anything else', async () => {
    await journey(personas.refusedImha);
    const legal = screen.getByRole('region', { name: t('legalAdvice.heading', { ns: 'result', context: 'self' }) });
    const rights = screen.getByRole('heading', { level: 2, name: t('advocatesHeading', { ns: 'result', context: 'self' }) });
    expect(legal.compareDocumentPosition(rights) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const plan = assess(toFacts(answersOnPath(personas.refusedImha.answers))!);
    const legalSteps = plan.actions.filter((a) => a.group === 'legal-help');
    expect(legalSteps.length).toBeGreaterThan(0);
    for (const step of legalSteps) {
      expect(within(legal).getByText(t(step.key, { ns: 'actions', context: 'self', ...step.vars }))).toBeTruthy();
    }
  });

  it('a daughter who is herself someone to consult is told, as a helper, what she can do', async () => {
    await journey(personas.daughterConsulted);
    expect(heading().textContent).toBe(t('headline.non-statutory', { ns: 'result', context: 'helper' }));
    const plan = assess(toFacts(answersOnPath(personas.daughterConsulted.answers))!);
    const family = plan.actions.find((a) => a.key === 'rights.familyConsulted');
    expect(family, 'the planner offers the family-consulted step').toBeDefined();
    expect(screen.getByText(t(family!.key, { ns: 'actions', context: 'helper' }))).toBeTruthy();
  });

  it('prints the result from the Print this page button', async () => {
    const { user, env } = await journey(personas.detainedS3England);
    await user.click(screen.getByRole('button', { name: t('print', { ns: 'result' }) }));
    expect(env.print).toHaveBeenCalledTimes(1);
  });
});
