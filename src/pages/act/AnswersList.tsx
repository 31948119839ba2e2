import { useTranslation } from 'react-i18next';
import { answersOnPath, pathOf, type Answers } from '../../../machines';
import { SummaryList } from '../../components/SummaryList';
import { audienceOf, questionKeys, questionText } from '../../wording';

/** The questions on the person's path and their answers, as check answers shows them (without Change). */
export function AnswersList({ answers }: { answers: Answers }) {
  const { t } = useTranslation(['common', 'questions']);
  const kept = answersOnPath(answers);
  const context = audienceOf(kept);
  return (
    <SummaryList
      rows={pathOf(kept).map((id) => {
        const value = kept[id];
        return {
          id,
          key: questionText(t, id, kept, 'checkLabel'),
          value:
            value === undefined
              ? t('checkAnswers.notAnswered')
              : t(questionKeys(id, kept, `options.${value}`), { ns: 'questions', context }),
        };
      })}
    />
  );
}
