import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { questionById } from '../machines';
import {
  answer,
  currentQuestion,
  heading,
  optionLabel,
  pressButton,
  questionTitle,
  renderTool,
  resetBrowser,
  screen,
  t,
  text,
} from './support/ui';

// One question per page, as the GOV.UK radios pattern has it: the legend is the h1, Continue
// with nothing chosen shows an error summary, Back keeps the answer, focus goes to the heading.

beforeEach(resetBrowser);
afterEach(cleanup);

async function startAndAnswer(answers: [Parameters<typeof answer>[1], string][]) {
  const tool = renderTool();
  await pressButton(tool.user, 'start.button');
  const given: Record<string, string> = {};
  for (const [id, value] of answers) {
    await answer(tool.user, id, value, given);
    given[id] = value;
  }
  return tool;
}

describe('the start page', () => {
  it('says what the tool does, how long it takes, that nothing is kept, and that it is not legal advice', () => {
    renderTool();
    expect(heading().textContent).toBe(text('start.title'));
    for (const key of ['start.time', 'start.privacy', 'start.notLegalAdvice']) expect(screen.getByText(text(key))).toBeTruthy();
    expect(document.title).toBe(text('pageTitle', { page: text('start.title') }));
  });
});

describe('a question page', () => {
  it('has the question as the legend and the h1, names it in the title, and focuses the h1', async () => {
    await startAndAnswer([]);
    const title = questionTitle('audience', {});
    const h1 = heading();
    expect(h1.textContent).toBe(title);
    expect(h1.closest('legend')).not.toBeNull();
    expect(document.activeElement).toBe(h1);
    expect(document.title).toBe(text('pageTitle', { page: title }));
    expect(window.location.pathname).toBe(`/${questionById('audience').slug}`);
  });

  it('shows an error summary and an inline error when Continue is pressed with nothing chosen', async () => {
    const { user } = await startAndAnswer([]);
    await pressButton(user, 'continue');
    const error = t('audience.error', { ns: 'questions', context: 'self' });
    const summary = document.querySelector<HTMLElement>('.govuk-error-summary')!;
    expect(summary).not.toBeNull();
    expect(document.activeElement).toBe(summary);
    expect(screen.getByRole('link', { name: error }).getAttribute('href')).toBe('#audience');
    expect(document.querySelector('.govuk-error-message')!.textContent).toContain(error);
    expect(document.title).toBe(text('errorTitle', { title: text('pageTitle', { page: questionTitle('audience', {}) }) }));
    expect(currentQuestion()).toBe('audience');

    // the summary's link takes focus to the first option
    await user.click(screen.getByRole('link', { name: error }));
    expect(document.activeElement).toBe(document.getElementById('audience'));
  });

  it('words the questions for a helper once the audience is someone else', async () => {
    await startAndAnswer([
      ['audience', 'someone-else'],
      ['nation', 'england'],
    ]);
    expect(heading().textContent).toBe(t('age.title', { ns: 'questions', context: 'helper' }));
  });

  it('uses the Scottish wording of a question where the registry gives a variant', async () => {
    await startAndAnswer([
      ['audience', 'myself'],
      ['nation', 'scotland'],
      ['age', '25-plus'],
    ]);
    const answers = { audience: 'myself', nation: 'scotland', age: '25-plus' } as const;
    expect(heading().textContent).toBe(questionTitle('mha', answers));
    // Scotland offers no guardianship under the 1983 Act
    expect(screen.queryByRole('radio', { name: optionLabel('mha', 'guardianship', answers) })).toBeNull();
  });

  it('keeps the answer when the person goes Back', async () => {
    const { user } = await startAndAnswer([
      ['audience', 'myself'],
      ['nation', 'wales'],
    ]);
    expect(currentQuestion()).toBe('age');
    await user.click(screen.getByRole('link', { name: text('back') }));
    expect(currentQuestion()).toBe('nation');
    expect(document.activeElement).toBe(heading());
    const wales = screen.getByRole<HTMLInputElement>('radio', { name: optionLabel('nation', 'wales', { audience: 'myself' }) });
    expect(wales.checked).toBe(true);
  });
});

describe('the next question', () => {
  it('starts afresh: no error, nothing chosen and "why we ask" closed, though the page keeps its elements', async () => {
    const { user } = await startAndAnswer([
      ['audience', 'myself'],
      ['nation', 'england'],
    ]);
    expect(currentQuestion()).toBe('age');
    await pressButton(user, 'continue');
    expect(document.querySelector('.govuk-error-summary')).not.toBeNull();
    await user.click(screen.getByText(text('whyWeAsk')));
    expect(document.querySelector('details')!.open).toBe(true);
    const continueButton = screen.getByRole('button', { name: text('continue') });

    await answer(user, 'age', '25-plus', { audience: 'myself', nation: 'england' });
    expect(currentQuestion()).toBe('mha');
    expect(document.activeElement).toBe(heading());
    expect(document.querySelector('.govuk-error-summary, .govuk-error-message')).toBeNull();
    expect(screen.getAllByRole<HTMLInputElement>('radio').filter((radio) => radio.checked)).toEqual([]);
    expect(document.querySelector('details')!.open).toBe(false);
    // the focused Continue button is not made again at each step (bench/README.md, "Step latency")
    expect(screen.getByRole('button', { name: text('continue') })).toBe(continueButton);
  });
});

describe('check your answers', () => {
  const s3 = [
    ['audience', 'myself'],
    ['nation', 'england'],
    ['age', '25-plus'],
    ['mha', 'detained'],
    ['section', '3'],
    ['decision', 'none'],
    ['careProcess', 'none'],
    ['nhsComplaint', 'no'],
    ['refused', 'no'],
  ] as [Parameters<typeof answer>[1], string][];

  it('lists the answers on the path, and Change comes back to check answers', async () => {
    const { user } = await startAndAnswer(s3);
    expect(window.location.pathname).toBe('/check-answers');
    expect(heading().textContent).toBe(text('checkAnswers.title'));
    const rows = document.querySelectorAll('.govuk-summary-list__row');
    expect(rows.length).toBe(s3.length);

    const ageLabel = t('age.checkLabel', { ns: 'questions', context: 'self' });
    await user.click(screen.getByRole('link', { name: `${text('checkAnswers.change')} ${ageLabel}` }));
    expect(currentQuestion()).toBe('age');
    const sixteen = screen.getByRole<HTMLInputElement>('radio', { name: optionLabel('age', '16-17', { audience: 'myself' }) });
    await user.click(sixteen);
    await pressButton(user, 'continue');
    // At 16 the change opens a new question (children's services) before check answers.
    await answer(user, 'childrensServices', 'none', { audience: 'myself', nation: 'england', age: '16-17' });
    expect(window.location.pathname).toBe('/check-answers');
    expect(screen.getByText(optionLabel('age', '16-17', { audience: 'myself' }))).toBeTruthy();
  });

  it('Start again clears the answers and returns to the start page', async () => {
    const { user } = await startAndAnswer(s3);
    await pressButton(user, 'startAgain');
    expect(window.location.pathname).toBe('/');
    expect(heading().textContent).toBe(text('start.title'));
    expect(window.sessionStorage.getItem('advocacy-check')).toBeNull();
  });
});
