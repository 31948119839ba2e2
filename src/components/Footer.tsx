import type { ReactNode } from 'react';

export function Footer({ children }: { children: ReactNode }) {
  return (
    <footer className="app-footer">
      <div className="govuk-width-container">{children}</div>
    </footer>
  );
}
