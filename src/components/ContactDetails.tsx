import type { ReactNode } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5;

export interface ContactLine {
  id: string;
  content: ReactNode;
}

/** GOV.UK "contact a department or service" pattern: a name, what they do, then the ways to reach them. */
export function ContactDetails({
  name,
  description,
  lines,
  headingLevel = 3,
  compact = false,
  inline = false,
}: {
  name: string;
  description: string;
  lines: ContactLine[];
  headingLevel?: HeadingLevel;
  compact?: boolean;
  /** The ways to reach them side by side (a phone number and "Website"), where there are only a few. */
  inline?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={['app-contact', compact && 'app-contact--compact', inline && 'app-contact--inline'].filter(Boolean).join(' ')}>
      <Heading className="govuk-heading-s">{name}</Heading>
      {description && <p className="govuk-body">{description}</p>}
      <ul className="govuk-list">
        {lines.map((line) => (
          <li key={line.id}>{line.content}</li>
        ))}
      </ul>
    </div>
  );
}
