import type { ReactNode } from 'react';

export type TagColour = 'green' | 'yellow' | 'blue' | 'grey';

// GOV.UK Frontend's tag is blue unless a colour modifier says otherwise (it has no `--blue`).
const modifier: Record<TagColour, string> = {
  green: ' govuk-tag--green',
  yellow: ' govuk-tag--yellow',
  blue: '',
  grey: ' govuk-tag--grey',
};

export function Tag({ colour, children }: { colour: TagColour; children: ReactNode }) {
  return <strong className={`govuk-tag${modifier[colour]}`}>{children}</strong>;
}
