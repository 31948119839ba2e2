import { useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { answersOnPath, type Answers, type QuestionId } from '../../machines';
import { Button } from '../components/Button';
import { Details } from '../components/Details';
import { ErrorSummary } from '../components/ErrorSummary';
import { Radios, radioId } from '../components/Radios';
import { useDocumentTitle } from '../page';
import { questionWording } from '../wording';

/**
 * One generic page for every question in the registry: the options the machine offers for these
 * answers, pre-filled with the current answer (so Back and Change keep it).
 */
export function QuestionPage({
  id,
  answers,
  headingRef,
  onAnswer,
}: {
  id: QuestionId;
  answers: Answers;
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (value: string) => void;
}) {
  const { t } = useTranslation(['questions', 'common']);
  const kept = answersOnPath(answers);
  const current = kept[id] as string | undefined;
  // The next question reuses this page's elements rather than making them again: above all the
  // Continue button, which has focus (removing a focused element costs a step about a millisecond).
  // What was chosen and whether the error shows belong to the question they were for.
  const [choice, setChoice] = useState<{ for: QuestionId; selected: string | undefined; showError: boolean }>({
    for: id,
    selected: current,
    showError: false,
  });
  const mine = choice.for === id;
  const selected = mine ? choice.selected : current;
  const showError = mine && choice.showError;
  const [attempts, setAttempts] = useState(0); // each failed Continue focuses the error summary again

  const wording = questionWording(t, id, kept);
  const { title, items, hint, why } = wording;
  const error = showError ? wording.error : undefined;
  useDocumentTitle(title, showError);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected === undefined || !items.some((item) => item.value === selected)) {
      setChoice({ for: id, selected, showError: true });
      setAttempts((n) => n + 1);
      return;
    }
    onAnswer(selected);
  };

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {error && (
          <ErrorSummary key={attempts} title={t('common:errorSummaryTitle')} errors={[{ targetId: radioId(id, 0), text: error }]} />
        )}
        <form noValidate onSubmit={submit}>
          <Radios
            name={id}
            legend={title}
            headingRef={headingRef}
            {...(hint ? { hint } : {})}
            {...(error ? { error } : {})}
            errorPrefix={t('common:errorPrefix')}
            items={items}
            value={selected}
            onChange={(value) => setChoice({ for: id, selected: value, showError })}
          />
          {/* opened for one question, closed for the next */}
          {why && (
            <Details key={id} summary={t('common:whyWeAsk')}>
              {why}
            </Details>
          )}
          <Button type="submit">{t('common:continue')}</Button>
        </form>
      </div>
    </div>
  );
}
