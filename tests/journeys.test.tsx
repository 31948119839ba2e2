import { act, cleanup, fireEvent } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assess,
  answersOnPath,
  planResult,
  toFacts,
  type AdvocateKind,
  type AdvocateResult,
  type Nation,
  type ResultPlan,
  type Status,
} from '../machines';
import { runPendingNow } from '../src/after-paint';
import { firstSentence, kindKeys } from '../src/wording';
import { personas, type Persona } from './support/personas';
import { answerAll, heading, pressButton, renderTool, resetBrowser, screen, t, text, within } from './support/ui';

// Whole journeys, from the start page to the result, for people in different situations. The
// UI shows what the rules decide, in the shape the result plan gives (machines/result-plan.ts):
// the headline, based on the answers; one reason; what to do now; at most five next steps; why, with
// the law; every other advocate checked, with its status and a one-line reason, never folded; the
// answers and the law in folds; and the pages for the rest.

beforeEach(resetBrowser);
afterEach(cleanup);

const contextOf = (p: Persona) => (p.answers.audience === 'myself' ? 'self' : 'helper');
const kindName = (kind: AdvocateKind, nation: Nation) =>
  t([...kindKeys(kind, nation, 'short'), ...kindKeys(kind, nation, 'name')], { ns: 'result' });
/** The short status beside an advocate's name in "other advocates we checked". */
const statusLabel = (a: AdvocateResult, context: string) =>
  t(`others.tag.${a.status === 'may-be-offered' && a.offer ? a.offer : a.status}`, { ns: 'result', context });
const region = (key: string, context: string) => screen.getByRole('region', { name: t(key, { ns: 'result', context }) });
const stepText = (key: string, context: string, vars?: Record<string, string>) => t(key, { ns: 'actions', context, ...vars });

function headlineFor(plan: ResultPlan, context: string): string {
  const { headline } = plan;
  const short = (kind: AdvocateKind) => t(`kinds.${kind}.headline`, { ns: 'result' });
  if (headline.route === 'statutory') {
    const advocates = new Intl.ListFormat('en', { type: 'conjunction' }).format(headline.kinds.map(short));
    return t('headline.statutory', { ns: 'result', context, advocates });
  }
  if (headline.route === 'check') {
    const which = headline.status === 'may-be-offered' && headline.offer ? headline.offer : headline.status;
    return t(`headline.check.${which}`, { ns: 'result', context, advocate: short(headline.kind) });
  }
  return t('headline.non-statutory', { ns: 'result', context });
}

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
    const plan = planResult(assessment);
    expect(assessment.route).toBe(persona.route);
    expect(Object.fromEntries(assessment.advocates.map((a) => [a.kind, a.status]))).toMatchObject(persona.statuses);

    // the headline, based on the answers, names the route and the advocates
    const headline = headlineFor(plan, context);
    expect(heading().textContent).toBe(`${t('caption', { ns: 'result' })}${headline}`);
    expect(document.title).toBe(text('pageTitle', { page: headline }));

    // what to do now, then the next steps, each step's wording once
    const now = region('now.heading', context);
    for (const step of plan.now)
      expect(within(now).getAllByText(stepText(step.actions[0].key, context, step.actions[0].vars)).length).toBe(1);
    if (plan.next.length > 0) {
      const next = region('next.heading', context);
      expect(next.querySelectorAll(':scope > ol.govuk-list--number > li')).toHaveLength(plan.next.length);
    }

    // every other advocate: its status and one-line reason, visible (not folded)
    const others = region('others.heading', context);
    for (const advocate of plan.others) {
      const row = within(others).getByText(kindName(advocate.kind, assessment.nation)).closest('.govuk-summary-list__row') as HTMLElement;
      expect(within(row).getByText(statusLabel(advocate, context))).toBeTruthy();
      const reason = advocate.reasons[0]!;
      expect(within(row).getByText(firstSentence(t(reason.key, { ns: 'reasons', context, ...reason.vars })))).toBeTruthy();
      expect(row.closest('details')).toBeNull();
    }

    // the law: every reason links to the provision it rests on
    const citations = document.querySelectorAll<HTMLAnchorElement>('.app-citation');
    expect(citations.length).toBeGreaterThan(0);
    for (const link of citations) expect(link.href).toMatch(/^https:\/\/www\.(legislation|gov)\./);

    // each organisation at most once, and at most three on the page
    const organisations = [...document.querySelectorAll('main .app-contact h3')].map((h) => h.textContent);
    expect(new Set(organisations).size).toBe(organisations.length);
    expect(organisations.length).toBeLessThanOrEqual(3);

    expect(screen.getByText(t('checkAgain', { ns: 'result', context }))).toBeTruthy();
    expect(screen.getByText(t('disclaimer', { ns: 'result' }))).toBeTruthy();
  });

  it('someone refused an IMHA is told first to ask again in writing, then sees the next steps and the way to complain', async () => {
    await journey(personas.refusedImha);
    const now = region('now.heading', 'self');
    expect(within(now).getByText(stepText('legal.askInWriting.imha', 'self'))).toBeTruthy();
    // with the letter that asks again and complains, straight after the step
    expect(within(now).getByRole('link', { name: t('act.inStep.complaint', { ns: 'letters' }) })).toBeTruthy();
    // and if they still say no: complain and get legal advice, on the page the step links to
    expect(now.textContent).toContain(stepText('legal.ifStillRefused', 'self'));
    expect(within(now).getByRole('link', { name: t('pages.ifRefused.link', { ns: 'result', context: 'self' }) })).toBeTruthy();
    expect(within(region('next.heading', 'self')).getByText(stepText('ask.imha.hospital', 'self'))).toBeTruthy();
  });

  it('the refusal page has the steps in order: ask again in writing, complain (as numbered steps), get legal advice', async () => {
    const { user } = await journey(personas.refusedImha);
    await user.click(screen.getAllByRole('link', { name: t('pages.ifRefused.link', { ns: 'result', context: 'self' }) })[0]!);
    expect(window.location.pathname).toBe('/if-you-are-refused');
    expect(heading().textContent).toBe(t('pages.ifRefused.title', { ns: 'result', context: 'self' }));
    const stages = ['write', 'complain', 'advice'].map((stage) => region(`pages.ifRefused.${stage}`, 'self'));
    for (let i = 1; i < stages.length; i++)
      expect(stages[i - 1]!.compareDocumentPosition(stages[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(stages[1]!)
        .getByText(stepText('legal.complain.steps.hospital', 'self'))
        .closest('ol')
        ?.classList.contains('govuk-list--number'),
    ).toBe(true);
    expect(screen.getByText(stepText('legal.noServiceIsUnlawful', 'self'))).toBeTruthy();
    const organisations = [...document.querySelectorAll('main .app-contact h3')].map((h) => h.textContent);
    expect(new Set(organisations).size).toBe(organisations.length);
  });

  it('a daughter who is herself someone to consult is told, as a helper, why there is no right and what she can do', async () => {
    await journey(personas.daughterConsulted);
    const plan = planResult(assess(toFacts(answersOnPath(personas.daughterConsulted.answers))!));
    expect(plan.lead?.kind).toBe('imca');
    expect(heading().textContent).toContain(t('headline.non-statutory', { ns: 'result', context: 'helper' }));
    const family = plan.now[0]!.actions[0];
    expect(family.key).toBe('rights.familyConsulted');
    expect(within(region('now.heading', 'helper')).getByText(stepText(family.key, 'helper'))).toBeTruthy();
  });

  it('prints the result from the Print this page button, with the folds opened for the printout and closed again after', async () => {
    const { user, env } = await journey(personas.detainedS3England);
    const folds = [...document.querySelectorAll<HTMLDetailsElement>('details.app-fold')];
    expect(folds).toHaveLength(2);
    expect(folds.every((d) => !d.open)).toBe(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(folds.every((d) => d.open)).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(folds.every((d) => !d.open)).toBe(true);
    await user.click(screen.getByRole('button', { name: t('print', { ns: 'result' }) }));
    expect(env.print).toHaveBeenCalledTimes(1);
  });

  it('paints the first answers of check your answers first, then the whole page, and only then gives it its address', async () => {
    const persona = personas.refusedImha;
    const tool = renderTool();
    await answerAll(tool.user, persona.answers);
    const rows = () => document.querySelectorAll('.govuk-summary-list__row').length;
    const all = rows();
    expect(all).toBeGreaterThan(6);
    // back to the last question, to come to check your answers again by a press of Continue
    await tool.user.click(screen.getAllByRole('link', { name: new RegExp(`^${text('checkAnswers.change')}`) }).at(-1)!);
    document.documentElement.dataset.app = 'ready'; // the app has taken over the page: Continue is a person's action
    try {
      act(() => void fireEvent.click(screen.getByRole('button', { name: text('continue') })));
      expect(heading().textContent).toBe(text('checkAnswers.title'));
      expect(rows()).toBe(6);
      expect(screen.queryByRole('button', { name: text('checkAnswers.confirm') })).toBeNull();
      expect(window.location.pathname).not.toBe('/check-answers');
      act(() => runPendingNow());
      expect(rows()).toBe(all);
      expect(screen.getByRole('button', { name: text('checkAnswers.confirm') })).toBeTruthy();
      expect(window.location.pathname).toBe('/check-answers');
      expect(document.activeElement).toBe(heading());
    } finally {
      delete document.documentElement.dataset.app;
    }
  });

  it('after Confirm, paints the first screen first, then the whole result, and only then gives it its address and title', async () => {
    const persona = personas.refusedImha;
    const tool = renderTool();
    await answerAll(tool.user, persona.answers);
    const before = document.title;
    document.documentElement.dataset.app = 'ready'; // the app has taken over the page: Confirm is a person's action
    try {
      act(() => void fireEvent.click(screen.getByRole('button', { name: text('checkAnswers.confirm') })));
      // the first frame: the headline, the reason and what to do now
      expect(heading().textContent).toContain(t('caption', { ns: 'result' }));
      expect(region('now.heading', 'self')).toBeTruthy();
      expect(screen.queryByRole('region', { name: t('others.heading', { ns: 'result', context: 'self' }) })).toBeNull();
      expect(window.location.pathname).toBe('/check-answers');
      expect(document.title).toBe(before);
      // after the paint: the rest of the page, then the address and the title
      act(() => runPendingNow());
      expect(region('others.heading', 'self')).toBeTruthy();
      expect(screen.getByText(t('disclaimer', { ns: 'result' }))).toBeTruthy();
      expect(window.location.pathname).toBe('/result');
      expect(document.title).toBe(text('pageTitle', { page: heading().textContent!.replace(t('caption', { ns: 'result' }), '') }));
      expect(document.activeElement).toBe(heading());
    } finally {
      delete document.documentElement.dataset.app;
    }
  });
});

export type { Status };
