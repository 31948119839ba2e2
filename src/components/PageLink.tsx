import { createContext, useContext, type ReactNode } from 'react';
import { isPlainClick } from './plainClick';

// A link to another page of the tool. It is a real link (its address works in a new tab, and
// before the app has loaded); a plain click is handled in the page, through the navigation the
// app provides, so the answers and the history stay as the app keeps them.

/** Opens a page of the tool by its address; provided by the app. */
export const NavigationContext = createContext<((path: string) => boolean) | undefined>(undefined);

export function PageLink({
  href,
  className = 'govuk-link',
  children,
  ...rest
}: {
  href: string;
  className?: string;
  children?: ReactNode;
  'aria-current'?: 'page';
}) {
  const navigate = useContext(NavigationContext);
  return (
    <a
      className={className}
      href={href}
      onClick={(event) => {
        if (!navigate || !isPlainClick(event)) return;
        if (navigate(href)) event.preventDefault();
      }}
      {...rest}
    >
      {children}
    </a>
  );
}
