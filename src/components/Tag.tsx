import type { ReactNode } from 'react';

export type TagColour = 'green' | 'yellow' | 'blue' | 'grey';

export function Tag({ colour, children }: { colour: TagColour; children: ReactNode }) {
  return <strong className={`govuk-tag govuk-tag--${colour}`}>{children}</strong>;
}
