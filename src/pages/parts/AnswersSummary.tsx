import { useTranslation } from 'react-i18next';
import { answersOnPath, pathOf, type Answers, type QuestionId } from '../../../machines';
import { SummaryList, type SummaryRow } from '../../components/SummaryList';
import { optionLabel, questionText } from '../../wording';

/** Every question on the person's path and the answer they gave, with a Change link when `onChange` is given. */
export function AnswersSummary({
  answers,
  onChange,
  changeHref,
  first,
}: {
  answers: Answers;
  onChange?: (question: QuestionId) => void;
  changeHref?: (question: QuestionId) => string;
  /** Only the first rows (a page painting its first screen first). */
  first?: number;
}) {
  const { t } = useTranslation(['common', 'questions']);
  const kept = answersOnPath(answers);
  const rows: SummaryRow[] = pathOf(kept)
    .slice(0, first)
    .map((id) => {
      const value = kept[id];
      return {
        id,
        key: questionText(t, id, kept, 'checkLabel'),
        value: value === undefined ? t('checkAnswers.notAnswered') : optionLabel(t, id, kept, value),
        ...(onChange && changeHref
          ? { action: { label: t('checkAnswers.change'), href: changeHref(id), onClick: () => onChange(id) } }
          : {}),
      };
    });
  return <SummaryList rows={rows} />;
}
