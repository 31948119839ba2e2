import type { ReactNode } from 'react';
import { PageLink } from './PageLink';

export interface NavigationItem {
  label: string;
  href: string;
  /** The page being shown: marked for screen readers and, in case styles are lost, in bold. */
  current: boolean;
}

/**
 * The tool's own header, no crown (the GOV.UK brand is not ours): GOV.UK service navigation with
 * the service name, its links (Get help now) and the language navigation beside them.
 */
export function Header({
  serviceName,
  navigationLabel,
  items,
  languageNavigation,
}: {
  serviceName: string;
  navigationLabel: string;
  items: readonly NavigationItem[];
  languageNavigation?: ReactNode;
}) {
  return (
    <header className="govuk-service-navigation">
      <div className="govuk-width-container govuk-service-navigation__inlining-container">
        <div className="govuk-service-navigation__container">
          <span className="govuk-service-navigation__service-name">
            <span className="govuk-service-navigation__text">{serviceName}</span>
          </span>
          <nav aria-label={navigationLabel} className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list">
              {items.map((item) => (
                <li
                  key={item.href}
                  className={`govuk-service-navigation__item${item.current ? ' govuk-service-navigation__item--active' : ''}`}
                >
                  <PageLink
                    className="govuk-service-navigation__link"
                    href={item.href}
                    {...(item.current ? { 'aria-current': 'page' as const } : {})}
                  >
                    {item.current ? <strong className="govuk-service-navigation__active-fallback">{item.label}</strong> : item.label}
                  </PageLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        {languageNavigation}
      </div>
    </header>
  );
}
