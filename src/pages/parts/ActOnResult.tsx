import { useState, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { lettersFor, referralFor, type Answers, type Assessment, type LetterId } from '../../../machines';
import { Button } from '../../components/Button';
import { isoDate, calendarToday } from '../../letters/draft';
import { urlOf } from '../../routes';
import { answersFile, downloadFile } from '../../saved-answers';
import { kindKeys, type Audience } from '../../wording';

/** A link that the app handles itself (a plain click), and the browser otherwise (a new tab…). */
const inApp = (go: () => void) => (event: MouseEvent<HTMLAnchorElement>) => {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  go();
};

/**
 * Acting on the result: a letter for each advocate the person can ask for (and, after a refusal, a
 * letter asking again and complaining), a referral summary for professionals, a summary to print,
 * and "Save your answers". Which letters there are, and to whom, is the assessment's (machines/letters.ts).
 */
export function ActOnResult({
  assessment,
  answers,
  context,
  onOpenLetter,
  onOpenReferral,
  onOpenSummary,
}: {
  assessment: Assessment;
  answers: Answers;
  context: Audience;
  onOpenLetter: (letter: LetterId) => void;
  onOpenReferral: () => void;
  onOpenSummary: () => void;
}) {
  const { t } = useTranslation(['letters', 'result']);
  const [saved, setSaved] = useState(false);
  const letters = lettersFor(assessment);
  const professional = answers.audience === 'professional' && referralFor(assessment) !== undefined;

  const save = () => {
    const today = calendarToday();
    downloadFile(answersFile(answers, isoDate(today)), `${t('files.answers', { date: isoDate(today) })}.json`, 'application/json');
    setSaved(true);
  };

  return (
    <section className="app-act app-no-print" aria-labelledby="act-heading">
      <h2 className="govuk-heading-l" id="act-heading">
        {t('act.heading', { context })}
      </h2>
      {letters.length > 0 && (
        <>
          <p className="govuk-body">{t('act.lettersIntro', { context })}</p>
          <ul className="govuk-list app-act-list">
            {letters.map((letter) => (
              <li key={letter.id}>
                <a className="govuk-link" href={urlOf(`letter-${letter.id}`)} onClick={inApp(() => onOpenLetter(letter.id))}>
                  {t(`act.${letter.purpose}`, { advocate: t(kindKeys(letter.kind, assessment.nation, 'withArticle'), { ns: 'result' }) })}
                </a>
                <br />
                <span className="govuk-hint app-inline-hint">{t('act.to', { to: t(`to.${letter.to}.name`) })}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="govuk-list app-act-list">
        {professional && (
          <li>
            <a className="govuk-link" href={urlOf('referral')} onClick={inApp(onOpenReferral)}>
              {t('act.referral')}
            </a>
            <br />
            <span className="govuk-hint app-inline-hint">{t('act.referralHint')}</span>
          </li>
        )}
        <li>
          <a className="govuk-link" href={urlOf('summary')} onClick={inApp(onOpenSummary)}>
            {t('act.summary', { context })}
          </a>
          <br />
          <span className="govuk-hint app-inline-hint">{t('act.summaryHint')}</span>
        </li>
      </ul>
      <h3 className="govuk-heading-m">{t('act.keepHeading', { context })}</h3>
      <p className="govuk-body">{t('act.keepIntro', { context })}</p>
      <Button variant="secondary" onClick={save}>
        {t('act.save')}
      </Button>
      <p className="govuk-body" role="status">
        {saved ? t('act.saved') : ''}
      </p>
    </section>
  );
}
