import type { MouseEvent, ReactNode } from 'react';

export function BackLink({ href, onClick, children }: { href: string; onClick: () => void; children: ReactNode }) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    onClick();
  };
  return (
    <a href={href} className="govuk-back-link" onClick={follow}>
      {children}
    </a>
  );
}
