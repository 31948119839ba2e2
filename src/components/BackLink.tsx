import type { ReactNode } from 'react';
import { inPlace } from './plainClick';

export function BackLink({ href, onClick, children }: { href: string; onClick: () => void; children: ReactNode }) {
  return (
    <a href={href} className="govuk-back-link" onClick={inPlace(onClick)}>
      {children}
    </a>
  );
}
