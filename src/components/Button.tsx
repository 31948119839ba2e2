import type { ReactNode } from 'react';

type Variant = 'primary' | 'secondary' | 'warning' | 'start';

const variantClass: Record<Variant, string> = {
  primary: '',
  secondary: ' govuk-button--secondary',
  warning: ' govuk-button--warning',
  start: ' govuk-button--start',
};

export function Button({
  children,
  onClick,
  type = 'button',
  variant = 'primary',
  className = '',
}: {
  children: ReactNode;
  onClick?: () => void;
  type?: 'button' | 'submit';
  variant?: Variant;
  className?: string;
}) {
  return (
    <button type={type} className={`govuk-button${variantClass[variant]} ${className}`.trim()} onClick={onClick}>
      {children}
      {variant === 'start' && (
        <svg
          className="govuk-button__start-icon"
          xmlns="http://www.w3.org/2000/svg"
          width="17.5"
          height="19"
          viewBox="0 0 33 40"
          aria-hidden="true"
          focusable="false"
        >
          <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
        </svg>
      )}
    </button>
  );
}

export function ButtonGroup({ children }: { children: ReactNode }) {
  return <div className="govuk-button-group">{children}</div>;
}
