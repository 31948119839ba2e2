import type { ReactNode } from 'react';

/**
 * A link inside a sentence of the catalogue (`<a>…</a>` in the string): `Trans` gives it the words
 * between the tags as its children.
 */
export function TransLink({ href, children }: { href: string; children?: ReactNode }) {
  return (
    <a className="govuk-link" href={href}>
      {children}
    </a>
  );
}
