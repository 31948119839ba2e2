import type { ReactNode } from 'react';

export interface CheckListItem {
  id: string;
  label: ReactNode;
  details?: ReactNode;
}

/**
 * A to-do list a person can tick on screen or on paper: GOV.UK small checkboxes. Ticks are not
 * saved anywhere.
 */
export function CheckList({ items }: { items: CheckListItem[] }) {
  return (
    <ul className="govuk-checkboxes govuk-checkboxes--small app-checklist">
      {items.map((item) => {
        const id = `todo-${item.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
        return (
          <li className="govuk-checkboxes__item" key={item.id}>
            <input className="govuk-checkboxes__input" id={id} type="checkbox" />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
              {item.label}
            </label>
            {item.details && <div className="govuk-checkboxes__hint app-checklist__details">{item.details}</div>}
          </li>
        );
      })}
    </ul>
  );
}
