import type { MouseEvent } from 'react';

/** Moves focus to the main content without adding a history entry for the fragment. */
export function SkipLink({ targetId, children }: { targetId: string; children: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
  return (
    <a href={`#${targetId}`} className="govuk-skip-link" onClick={skip}>
      {children}
    </a>
  );
}
