import { Trans, useTranslation } from 'react-i18next';
import { operatorName, type OperatorFile } from '../../../content/operator';
import { TransLink } from '../../components/TransLink';

// Pieces shared by the pages a public service publishes (accessibility statement, privacy notice,
// leave no trace, contact and feedback): lists from the catalogue, dates, and the
// operator's details from content/operator.json, with honest wording when none are set.

/** A list of strings from the catalogue (a JSON array), as a GOV.UK bulleted list. */
export function CatalogueList({ items, more = [] }: { items: unknown; more?: readonly string[] }) {
  const all = [...(Array.isArray(items) ? items.map(String) : []), ...more];
  if (all.length === 0) return null;
  return (
    <ul className="govuk-list govuk-list--bullet">
      {all.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}

/** "1 December 2026" or "1 Rhagfyr 2026": a date from content/operator.json in the page's language. */
export function formatDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'cy' ? 'cy' : 'en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));
}

/** An external link, written out in full in a sentence of the catalogue (`<a>…</a>` in the string). */
const external = (href: string) => <TransLink href={href} />;

/** Who runs this copy of the tool, with their website; or that no one has been named yet. */
export function WhoRunsIt({ operator }: { operator: OperatorFile }) {
  const { t, i18n } = useTranslation('pages');
  const name = operatorName(operator, i18n.language);
  if (name === undefined) return <p className="govuk-body">{t('operator.none')}</p>;
  return (
    <>
      <p className="govuk-body">{t('operator.runsThis', { name })}</p>
      {operator.operator?.website && (
        <p className="govuk-body">
          <Trans
            t={t}
            i18nKey="operator.website"
            values={{ url: operator.operator.website }}
            components={{ a: external(operator.operator.website) }}
          />
        </p>
      )}
    </>
  );
}

/** How to report a problem or give feedback: the operator's email and web page, the code's repository, or plainly none. */
export function ReportProblem({ operator }: { operator: OperatorFile }) {
  const { t, i18n } = useTranslation('pages');
  const { contact, repository } = operator;
  const name = operatorName(operator, i18n.language);
  return (
    <>
      {contact && name !== undefined ? (
        <>
          <p className="govuk-body">{t('report.intro', { name })}</p>
          <ul className="govuk-list">
            {contact.email && (
              <li>
                <Trans
                  t={t}
                  i18nKey="report.email"
                  values={{ email: contact.email }}
                  components={{ a: <TransLink href={`mailto:${contact.email}`} /> }}
                />
              </li>
            )}
            {contact.url && (
              <li>
                <Trans t={t} i18nKey="report.url" values={{ url: contact.url }} components={{ a: external(contact.url) }} />
              </li>
            )}
          </ul>
        </>
      ) : (
        <p className="govuk-body">{t('report.none')}</p>
      )}
      {repository && (
        <p className="govuk-body">
          <Trans t={t} i18nKey="report.repository" values={{ url: repository }} components={{ a: external(repository) }} />
        </p>
      )}
      {(contact || repository) && <p className="govuk-body">{t('report.noPersonalDetails')}</p>}
    </>
  );
}
