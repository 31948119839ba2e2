import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * If rendering fails, show a plain message and a way to start again instead of a blank page.
 * `fallback` gets a `reset` that clears the failure and remounts the children.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; fallback: (reset: () => void) => ReactNode; onReset: () => void },
  { failed: boolean; attempt: number }
> {
  override state = { failed: false, attempt: 0 };

  static getDerivedStateFromError(): Partial<{ failed: boolean }> {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Nothing is sent anywhere (a promise of the tool); the console is for whoever is debugging.
    console.error(error, info.componentStack);
  }

  reset = (): void => {
    this.props.onReset();
    this.setState((s) => ({ failed: false, attempt: s.attempt + 1 }));
  };

  override render(): ReactNode {
    if (this.state.failed) return this.props.fallback(this.reset);
    return <Attempt key={this.state.attempt}>{this.props.children}</Attempt>;
  }
}

// Keyed by the attempt number, so Start again mounts the children afresh.
function Attempt({ children }: { children: ReactNode }) {
  return children;
}
