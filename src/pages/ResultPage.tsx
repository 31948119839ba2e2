import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, Assessment } from '../../machines';
import { Button, ButtonGroup } from '../components/Button';
import { Details } from '../components/Details';
import { InsetText } from '../components/InsetText';
import { WarningText } from '../components/WarningText';
import { useDocumentTitle } from '../page';
import { andList, kindKeys, type Audience } from '../wording';
import { ActionChecklist, ActionGroupSection, groupActions } from './parts/ActionList';
import { AdvocateSection, Reasons } from './parts/AdvocateSection';

/**
 * The result: a headline for the route, each advocate that may apply with its reasons and how to
 * ask, then the rest of the next steps; the advocates that do not apply are folded away. Every
 * action appears once, as a checklist item.
 */
export function ResultPage({
  assessment,
  context,
  headingRef,
  onRestart,
  onPrint,
  act,
}: {
  assessment: Assessment;
  context: Audience;
  headingRef: Ref<HTMLHeadingElement>;
  onRestart: () => void;
  onPrint: () => void;
  /** Acting on the result: letters, summaries, saving the answers (parts/ActOnResult). */
  act?: ReactNode;
}) {
  const { t, i18n } = useTranslation('result');
  const applies = assessment.advocates.filter((a) => a.status !== 'not-entitled');
  const notEntitled = assessment.advocates.filter((a) => a.status === 'not-entitled');
  const entitled = applies.filter((a) => a.status === 'entitled');
  const headline = t(`headline.${assessment.route}`, {
    context,
    advocates: andList(entitled.map((a) => t(kindKeys(a.kind, assessment.nation, 'withArticle'))), i18n.language),
  });
  useDocumentTitle(headline);

  // How to ask for an advocate is shown with that advocate, so it is not repeated below.
  const shownKinds = new Set<string>(applies.map((a) => a.kind));
  const askFor = (kind: string): Action[] => assessment.actions.filter((a) => a.group === 'ask' && a.kind === kind);
  const shownWithAdvocate = (a: Action) => a.group === 'ask' && a.kind !== undefined && shownKinds.has(a.kind);
  const groups = groupActions(assessment.actions.filter((a) => !shownWithAdvocate(a)));
  // When a right may have been refused, the complaint and legal steps come before everything else.
  const legalFirst = assessment.legalAdvice ? groups.find((g) => g.group === 'legal-help') : undefined;
  const rest = groups.filter((g) => g !== legalFirst);

  return (
    <div className="govuk-grid-row app-result">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          {headline}
        </h1>
        <p className="govuk-body-l">{t(`lead.${assessment.route}`, { context })}</p>
        <InsetText>{t('disclaimer')}</InsetText>

        {legalFirst && (
          <section className="app-action-group app-action-group--first" aria-labelledby="actions-legal-help">
            <WarningText assistive={t('warning')}>{t('legalAdvice.warning', { context })}</WarningText>
            <h2 className="govuk-heading-l" id="actions-legal-help">
              {t('legalAdvice.heading', { context })}
            </h2>
            <ActionChecklist actions={legalFirst.actions} nation={assessment.nation} context={context} contactLevel={3} />
          </section>
        )}

        {applies.length > 0 && (
          <>
            <h2 className="govuk-heading-l">{t('advocatesHeading', { context })}</h2>
            {applies.map((advocate) => (
              <AdvocateSection
                key={advocate.kind}
                advocate={advocate}
                howToAsk={askFor(advocate.kind)}
                nation={assessment.nation}
                context={context}
              />
            ))}
          </>
        )}

        {act}

        {rest.length > 0 && (
          <>
            <h2 className="govuk-heading-l">{t('actionsHeading', { context })}</h2>
            <p className="govuk-body">{t('actionsIntro', { context })}</p>
            {rest.map((g) => (
              <ActionGroupSection key={g.group} {...g} nation={assessment.nation} context={context} />
            ))}
          </>
        )}

        {notEntitled.length > 0 && (
          <div className="app-not-entitled">
            <h2 className="govuk-heading-m">{t('notEntitledHeading', { context })}</h2>
            {notEntitled.map((advocate) => (
              <Details key={advocate.kind} summary={t(kindKeys(advocate.kind, assessment.nation, 'name'))}>
                <Reasons advocate={advocate} context={context} />
              </Details>
            ))}
          </div>
        )}

        <ButtonGroup>
          <Button variant="secondary" className="app-no-print" onClick={onPrint}>
            {t('print')}
          </Button>
          <Button variant="secondary" className="app-no-print" onClick={onRestart}>
            {t('common:startAgain')}
          </Button>
        </ButtonGroup>
      </div>
    </div>
  );
}
