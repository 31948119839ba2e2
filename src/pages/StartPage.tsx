import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../components/Button';
import { InsetText } from '../components/InsetText';
import { useDocumentTitle } from '../page';
import { ContinueFromSaved } from './parts/ContinueFromSaved';

/** What the tool does, how long it takes, that nothing is kept, and that it is not legal advice. */
export function StartPage({
  headingRef,
  startHref,
  onStart,
  continueFromSaved,
}: {
  headingRef: Ref<HTMLHeadingElement>;
  /** The first question's address: where Start leads even before the app has loaded. */
  startHref: string;
  onStart: () => void;
  /** "Continue from saved answers": a link, so it works before the app has loaded. */
  continueFromSaved?: { href: string; onClick: () => void };
}) {
  const { t } = useTranslation('common');
  useDocumentTitle(t('start.title'));
  const bullets = t('start.helpsWith', { returnObjects: true }) as unknown;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl" tabIndex={-1} ref={headingRef}>
          {t('start.title')}
        </h1>
        <p className="govuk-body-l">{t('start.lead')}</p>
        <p className="govuk-body">{t('start.helpsWithIntro')}</p>
        {Array.isArray(bullets) && (
          <ul className="govuk-list govuk-list--bullet">
            {bullets.map((item) => (
              <li key={String(item)}>{String(item)}</li>
            ))}
          </ul>
        )}
        <p className="govuk-body">{t('start.time')}</p>
        <p className="govuk-body">{t('start.privacy')}</p>
        <InsetText>{t('start.notLegalAdvice')}</InsetText>
        {/* A real form, so that Start works in the pre-rendered page before the app has loaded. */}
        <form
          action={startHref}
          method="get"
          onSubmit={(event) => {
            event.preventDefault();
            onStart();
          }}
        >
          <Button variant="start" type="submit">
            {t('start.button')}
          </Button>
        </form>
        {continueFromSaved && <ContinueFromSaved {...continueFromSaved} />}
        <h2 className="govuk-heading-m">{t('start.crisisHeading')}</h2>
        <p className="govuk-body">{t('start.crisis')}</p>
      </div>
    </div>
  );
}
