import { StrictMode } from 'react';
import type { i18n } from 'i18next';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { App, type Environment } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';
import { inPlace } from './components/plainClick';
import { depthOf, entry } from './history';
import { forget } from './persistence';

function Failure({ reset }: { reset: () => void }) {
  const { t } = useTranslation('common');
  return (
    <div className="govuk-width-container">
      <main className="govuk-main-wrapper" id="main-content">
        <h1 className="govuk-heading-l">{t('failure.title')}</h1>
        <p className="govuk-body">{t('failure.body')}</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/get-help">
            {t('getHelp.link')}
          </a>
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/" onClick={inPlace(reset)}>
            {t('startAgain')}
          </a>
        </p>
      </main>
    </div>
  );
}

/** The whole tool: wording, a safety net for unexpected errors, and the journey. */
export function Root({
  i18n,
  env,
  strict = true,
  loading = false,
}: {
  i18n: i18n;
  env: Environment;
  strict?: boolean;
  /** Build time only: the page shown while the app is on its way (App's `loading`). */
  loading?: boolean;
}) {
  const tree = (
    <I18nextProvider i18n={i18n}>
      <ErrorBoundary
        onReset={() => {
          // a failure may come from what was saved: start clean, at the start page
          forget(env.storage);
          window.history.replaceState(entry(depthOf(window.history.state)), '', '/');
        }}
        fallback={(reset) => <Failure reset={reset} />}
      >
        <App env={env} loading={loading} />
      </ErrorBoundary>
    </I18nextProvider>
  );
  return strict ? <StrictMode>{tree}</StrictMode> : tree;
}
