import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useI18n } from '@/i18n/I18nProvider';

export interface ErrorBoundaryProps {
  /** Shown in place of the children if they throw while rendering (given the error, if a function). */
  fallback: ReactNode | ((error: Error) => ReactNode);
  /**
   * Changing any of them clears the error: new data, or a new filter, on which a view that failed
   * may well draw.
   */
  resetKeys: readonly unknown[];
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKeys: readonly unknown[];
}

/** Keeps one view's failure inside that view: the rest of the page goes on working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  state: State = { error: null, resetKeys: this.props.resetKeys };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    const changed =
      props.resetKeys.length !== state.resetKeys.length ||
      props.resetKeys.some((key, i) => !Object.is(key, state.resetKeys[i]));
    return changed ? { error: null, resetKeys: props.resetKeys } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('A view failed to render', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { fallback } = this.props;
    return typeof fallback === 'function' ? fallback(error) : fallback;
  }
}

export interface ViewBoundaryProps {
  /** What the view shows: when any of them changes, a view that failed is tried again. */
  resetKeys: readonly unknown[];
  children: ReactNode;
}

/** One view's boundary: if it fails, it says so, and the other views go on working. */
export function ViewBoundary({ resetKeys, children }: ViewBoundaryProps) {
  const { t } = useI18n();
  return (
    <ErrorBoundary fallback={<p role="alert">{t.viewError}</p>} resetKeys={resetKeys}>
      {children}
    </ErrorBoundary>
  );
}
