import type { ReactNode } from 'react';
import { inPlace } from './plainClick';

/** A neutral header: the service name, the language select and the way to Get help now (no crown: the GOV.UK brand is not ours). */
export function Header({
  serviceName,
  getHelp,
  languageSelect,
}: {
  serviceName: string;
  getHelp: { label: string; href: string; onClick: () => void };
  languageSelect?: ReactNode;
}) {
  return (
    <header className="app-header">
      <div className="govuk-width-container app-header__container">
        <span className="app-header__service-name">{serviceName}</span>
        <div className="app-header__tools">
          {languageSelect}
          <a
            className="app-header__link"
            href={getHelp.href}
            onClick={inPlace(getHelp.onClick)}
          >
            {getHelp.label}
          </a>
        </div>
      </div>
    </header>
  );
}
