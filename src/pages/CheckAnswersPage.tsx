import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { answersOnPath, pathOf, type Answers, type QuestionId } from '../../machines';
import { Button, ButtonGroup } from '../components/Button';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { useDocumentTitle } from '../page';
import { urlOf } from '../routes';
import { audienceOf, questionKeys, questionText } from '../wording';

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
  const { t } = useTranslation(['common', 'questions']);
  const kept = answersOnPath(answers);
  const context = audienceOf(kept);
  useDocumentTitle(t('checkAnswers.title'));

  const rows: SummaryRow[] = pathOf(kept).map((id) => {
    const value = kept[id];
    return {
      id,
      key: questionText(t, id, kept, 'checkLabel'),
      value:
        value === undefined
          ? t('checkAnswers.notAnswered')
          : t(questionKeys(id, kept, `options.${value}`), { ns: 'questions', context }),
      action: { label: t('checkAnswers.change'), href: urlOf(id), onClick: () => onChange(id) },
    };
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          {t('checkAnswers.title')}
        </h1>
        <SummaryList rows={rows} />
        <h2 className="govuk-heading-m">{t('checkAnswers.nextHeading')}</h2>
        <p className="govuk-body">{t('checkAnswers.next', { context })}</p>
        <ButtonGroup>
          <Button onClick={onConfirm}>{t('checkAnswers.confirm')}</Button>
          <Button variant="secondary" onClick={onRestart}>
            {t('startAgain')}
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}
