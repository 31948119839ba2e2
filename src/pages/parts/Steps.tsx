import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { actionItems, orderedItems, type Nation, type PlannedStep } from '../../../machines';
import type { HeadingLevel } from '../../components/ContactDetails';
import { PageLink } from '../../components/PageLink';
import { pagePaths, urlOf } from '../../routes';
import type { Audience } from '../../wording';
import { Citation } from './Citation';
import { Organisation } from './Organisation';

/**
 * One step as the plan gives it: its wording and that of the steps continuing it, any list of its
 * own (numbered when it is steps to take in order), the law it rests on (where the page shows it),
 * the page it points to, and the organisations to show with it on this page.
 */
export function Step({
  step,
  nation,
  context,
  headingLevel,
  showLaw = false,
  brief = false,
}: {
  step: PlannedStep;
  nation: Nation;
  context: Audience;
  /** The heading level of the organisations shown with the step. */
  headingLevel: HeadingLevel;
  showLaw?: boolean;
  /** Organisations by name, phone and website only (the result page; their pages say more). */
  brief?: boolean;
}) {
  const { t } = useTranslation(['actions', 'result', 'letters']);
  return (
    <>
      {step.actions.map((action, i) => {
        const items = actionItems[action.key];
        const List = orderedItems.has(action.key) ? 'ol' : 'ul';
        return (
          <Fragment key={action.id}>
            <p className="govuk-body">
              {t(action.key, { ns: 'actions', context, ...action.vars })}
              {/* the page the step points to, as the end of its last paragraph */}
              {i === step.actions.length - 1 && step.page && (
                <>
                  {' '}
                  <PageLink href={pagePaths[step.page]}>{t(`result:pages.${step.page}.link`, { context })}</PageLink>
                </>
              )}
            </p>
            {items && (
              <List className={`govuk-list ${List === 'ol' ? 'govuk-list--number' : 'govuk-list--bullet'}`}>
                {items.map((item) => (
                  <li key={item}>{t(item, { ns: 'actions', context, ...action.vars })}</li>
                ))}
              </List>
            )}
            {showLaw && action.source && (
              <p className="govuk-body-s app-law">
                {t('result:law.label')} <Citation source={action.source} />
              </p>
            )}
            {/* the letter that does what the step says, straight after it (not after what continues it) */}
            {i === 0 &&
              step.letters?.map((letter) => (
                <p className="govuk-body app-no-print" key={letter.id}>
                  <PageLink href={urlOf(`letter-${letter.id}`)}>{t(`letters:act.inStep.${letter.purpose}`)}</PageLink>
                </p>
              ))}
          </Fragment>
        );
      })}
      {step.contacts.map((id) => (
        <Organisation key={id} id={id} nation={nation} headingLevel={headingLevel} compact brief={brief} />
      ))}
    </>
  );
}

/** Steps to take in order: a numbered list (GOV.UK `govuk-list--number`). */
export function StepList({
  steps,
  nation,
  context,
  headingLevel,
  showLaw = false,
  brief = false,
}: {
  steps: readonly PlannedStep[];
  nation: Nation;
  context: Audience;
  headingLevel: HeadingLevel;
  showLaw?: boolean;
  brief?: boolean;
}) {
  return (
    <ol className="govuk-list govuk-list--number app-steps">
      {steps.map((step) => (
        <li key={step.actions[0].id}>
          <Step step={step} nation={nation} context={context} headingLevel={headingLevel} showLaw={showLaw} brief={brief} />
        </li>
      ))}
    </ol>
  );
}
