import type { ReactNode, Ref } from 'react';
import { useDocumentTitle } from '../../page';

/** A page's frame: its title in the tab and history, and its heading, which takes focus. */
export function PageFrame({ title, headingRef, children }: { title: string; headingRef: Ref<HTMLHeadingElement>; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1} ref={headingRef}>
          {title}
        </h1>
        {children}
      </div>
    </div>
  );
}
