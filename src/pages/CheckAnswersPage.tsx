import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { answersOnPath, type Answers, type QuestionId } from '../../machines';
import { Button, ButtonGroup } from '../components/Button';
import { useDocumentTitle } from '../page';
import { usePaintFirstScreenFirst } from '../usePaintFirstScreenFirst';
import { urlOf } from '../routes';
import { audienceOf } from '../wording';
import { AnswersSummary } from './parts/AnswersSummary';

/** The answers a phone's first screen shows (4 at 320 × 640, 6 at 412 × 823): painted first, the rest a frame later. */
const firstScreenRows = 6;

/** Every question still on the person's path, with its answer and a Change link. */
export function CheckAnswersPage({
  answers,
  headingRef,
  onChange,
  onConfirm,
  onRestart,
}: {
  answers: Answers;
  headingRef: Ref<HTMLHeadingElement>;
  onChange: (question: QuestionId) => void;
  onConfirm: () => void;
  onRestart: () => void;
}) {
  const { t } = useTranslation('common');
  const kept = answersOnPath(answers);
  const context = audienceOf(kept);
  useDocumentTitle(t('checkAnswers.title'));
  const whole = usePaintFirstScreenFirst();

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          {t('checkAnswers.title')}
        </h1>
        <AnswersSummary answers={answers} onChange={onChange} changeHref={urlOf} {...(whole ? {} : { first: firstScreenRows })} />
        {whole && (
          <>
            <h2 className="govuk-heading-m">{t('checkAnswers.nextHeading')}</h2>
            <p className="govuk-body">{t('checkAnswers.next', { context })}</p>
            <ButtonGroup>
              <Button onClick={onConfirm}>{t('checkAnswers.confirm')}</Button>
              <Button variant="secondary" onClick={onRestart}>
                {t('startAgain')}
              </Button>
            </ButtonGroup>
          </>
        )}
      </div>
    </div>
  );
}
