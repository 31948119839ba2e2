import type { ReactNode } from 'react';
import { inPlace } from './plainClick';

export interface SummaryRow {
  id: string;
  key: string;
  value: ReactNode;
  action?: { label: string; href: string; onClick: () => void };
}

export function SummaryList({ rows }: { rows: SummaryRow[] }) {
  // GOV.UK: in a list where some rows have actions, a row without one is marked, so its borders line up
  const someHaveActions = rows.some((row) => row.action);
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div
          className={`govuk-summary-list__row${someHaveActions && !row.action ? ' govuk-summary-list__row--no-actions' : ''}`}
          key={row.id}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action && (
            <dd className="govuk-summary-list__actions">
              <a className="govuk-link" href={row.action.href} onClick={inPlace(row.action.onClick)}>
                {row.action.label}
                <span className="govuk-visually-hidden"> {row.key}</span>
              </a>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
