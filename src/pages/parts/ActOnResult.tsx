import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { referralFor, type Answers, type Assessment, type Letter } from '../../../machines';
import { Button, ButtonGroup } from '../../components/Button';
import { PageLink } from '../../components/PageLink';
import { inPlace } from '../../components/plainClick';
import { isoDate, calendarToday } from '../../letters/draft';
import { urlOf } from '../../routes';
import { answersFile, downloadFile } from '../../saved-answers';
import { kindKeys, type Audience } from '../../wording';

/**
 * Acting on the result, after the steps: the letters no step on the page asks for (most letters go
 * with the step that says to write or ask: machines/result-plan.ts), a referral summary for
 * professionals, a summary to print, and "Save your answers". Which letters there are, and to whom,
 * is the assessment's (machines/letters.ts).
 */
export function ActOnResult({
  assessment,
  answers,
  otherLetters,
  context,
  onOpenReferral,
  onOpenSummary,
  children,
}: {
  assessment: Assessment;
  answers: Answers;
  otherLetters: readonly Letter[];
  context: Audience;
  onOpenReferral: () => void;
  onOpenSummary: () => void;
  /** The result page's own buttons (print, start again), in the same group. */
  children?: ReactNode;
}) {
  const { t } = useTranslation(['letters', 'result']);
  const [saved, setSaved] = useState(false);
  const professional = answers.audience === 'professional' && referralFor(assessment) !== undefined;

  const save = () => {
    const today = calendarToday();
    downloadFile(answersFile(answers, isoDate(today)), `${t('files.answers', { date: isoDate(today) })}.json`, 'application/json');
    setSaved(true);
  };

  return (
    <section className="app-act app-no-print" aria-label={t('act.heading', { context })}>
      {(otherLetters.length > 0 || professional) && (
        <ul className="govuk-list app-act-list">
          {otherLetters.map((letter) => (
            <li key={letter.id}>
              <PageLink href={urlOf(`letter-${letter.id}`)}>
                {t(`act.${letter.purpose}`, { advocate: t(kindKeys(letter.kind, assessment.nation, 'withArticle'), { ns: 'result' }) })}
              </PageLink>
            </li>
          ))}
          {professional && (
            <li>
              <a className="govuk-link" href={urlOf('referral')} onClick={inPlace(onOpenReferral)}>
                {t('act.referral')}
              </a>
            </li>
          )}
        </ul>
      )}
      <ButtonGroup>
        <Button variant="secondary" onClick={save}>
          {t('act.save')}
        </Button>
        <a className="govuk-link" href={urlOf('summary')} onClick={inPlace(onOpenSummary)}>
          {t('act.summary', { context })}
        </a>
        {children}
      </ButtonGroup>
      {/* a live region, there (empty) before anything is said in it */}
      <p className={saved ? 'govuk-body' : 'govuk-body govuk-!-margin-bottom-0'} role="status">
        {saved ? t('act.saved', { context }) : ''}
      </p>
    </section>
  );
}
