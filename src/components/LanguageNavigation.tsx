import type { MouseEvent } from 'react';
import { isPlainClick } from './plainClick';

export interface LanguageChoice {
  /** BCP 47 code, e.g. "cy". */
  code: string;
  /** The language's name in that language ("Cymraeg"), so a reader of it can find it. */
  name: string;
}

/**
 * GOV.UK language navigation: the language shown as plain text, the others as links to `?lang=`.
 * A plain click switches in place (the page, its address and the answers stay); a link opened in a
 * new tab or without JavaScript loads the tool in that language from the address.
 */
export function LanguageNavigation({
  label,
  current,
  choices,
  onSelect,
}: {
  label: string;
  current: string;
  choices: readonly LanguageChoice[];
  onSelect: (code: string) => void;
}) {
  return (
    <nav className="govuk-language-navigation" aria-label={label}>
      <ul className="govuk-language-navigation__list">
        {choices.map(({ code, name }) => (
          <li key={code} className="govuk-language-navigation__list-item">
            {code === current ? (
              <span className="govuk-language-navigation__text" aria-current="true" lang={code}>
                {name}
              </span>
            ) : (
              <a
                className="govuk-language-navigation__link"
                href={`?lang=${code}`}
                rel="alternate"
                lang={code}
                hrefLang={code}
                onClick={(event: MouseEvent<HTMLAnchorElement>) => {
                  if (!isPlainClick(event)) return;
                  event.preventDefault();
                  onSelect(code);
                }}
              >
                {name}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
