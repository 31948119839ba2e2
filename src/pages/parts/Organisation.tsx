import { useTranslation } from 'react-i18next';
import { organisations, shownContact } from '../../../content/organisations';
import type { Nation } from '../../../machines';
import { ContactDetails, type ContactLine, type HeadingLevel } from '../../components/ContactDetails';

const telHref = (number: string) => `tel:${number.replace(/[^0-9+]/g, '')}`;

/** One organisation, with only the contact details `shownContact` allows. */
export function Organisation({
  id,
  nation,
  headingLevel,
  compact = false,
  brief = false,
}: {
  id: string;
  nation?: Nation;
  headingLevel?: HeadingLevel;
  /** Inside a list of steps: tighter spacing. */
  compact?: boolean;
  /** Name, phone and website only: no description, opening hours or email. */
  brief?: boolean;
}) {
  const { t, i18n } = useTranslation('organisations');
  const org = organisations[id];
  if (!org) return null; // an id the content does not know: show nothing rather than a broken card
  const contact = shownContact(org, nation, i18n.language);
  const name = t(`${id}.name`);
  const lines: ContactLine[] = contact.phones.map((phone, i) => ({
    id: `phone-${i}`,
    content: (
      <>
        {phone.lang === 'cy' && <>{t('contact.welshLanguage')}: </>}
        <a className="govuk-link app-nowrap" href={telHref(phone.number)}>
          {phone.number}
        </a>
        {/* a note is a label ("Textphone") or a sentence ("Call if a life is at risk."): on a line of its own, it reads as either */}
        {phone.note && (
          <>
            <br />
            {t(phone.note)}
          </>
        )}
        {!brief && (
          <>
            <br />
            <span className="govuk-hint app-inline-hint">{t(phone.hours)}</span>
          </>
        )}
      </>
    ),
  }));
  if (contact.text) {
    const { keyword, number, note } = contact.text;
    lines.push({
      id: 'text',
      content: (
        <>
          {t('contact.text', { keyword, number })}
          {note && <> ({t(note)})</>}
        </>
      ),
    });
  }
  if (contact.email && !brief) {
    lines.push({
      id: 'email',
      content: (
        <a className="govuk-link" href={`mailto:${contact.email.address}`}>
          {contact.email.address}
        </a>
      ),
    });
  }
  lines.push({
    id: 'web',
    content: (
      <a className="govuk-link" href={contact.web.url}>
        {brief ? (
          <>
            {t('common:contact.websiteShort')}
            <span className="govuk-visually-hidden"> {t('common:contact.websiteOf', { name })}</span>
          </>
        ) : (
          t('common:contact.website', { name })
        )}
      </a>
    ),
  });
  return (
    <ContactDetails
      name={name}
      description={brief ? '' : t(`${id}.description`, { defaultValue: '' })}
      lines={lines}
      compact={compact}
      inline={brief}
      {...(headingLevel ? { headingLevel } : {})}
    />
  );
}
