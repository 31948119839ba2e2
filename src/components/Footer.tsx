import type { ReactNode } from 'react';
import { PageLink } from './PageLink';

export interface FooterLink {
  label: string;
  href: string;
}

/** GOV.UK footer with its support links (no crown, crest or licence: the GOV.UK brand is not ours). */
export function Footer({ linksTitle, links, children }: { linksTitle: string; links: readonly FooterLink[]; children?: ReactNode }) {
  return (
    <footer className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">{linksTitle}</h2>
            <ul className="govuk-footer__inline-list">
              {links.map((link) => (
                <li className="govuk-footer__inline-list-item" key={link.href}>
                  <PageLink className="govuk-footer__link" href={link.href}>
                    {link.label}
                  </PageLink>
                </li>
              ))}
            </ul>
            {children && <div className="govuk-footer__meta-custom">{children}</div>}
          </div>
        </div>
      </div>
    </footer>
  );
}
