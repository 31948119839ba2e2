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
}: {
  name: string;
  description: string;
  lines: ContactLine[];
  headingLevel?: HeadingLevel;
  compact?: boolean;
}) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={compact ? 'app-contact app-contact--compact' : 'app-contact'}>
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
