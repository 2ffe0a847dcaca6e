// Catches a render failure (a lazily loaded editor whose chunk did not arrive, a bug in a screen) so the window shows what happened and "Thử lại", not a blank page.
import { Component, useId, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface ErrorBoundaryProps {
  children: ReactNode;
  /** "part": a notice in place of one part of a screen (an editor); "screen": the whole window, styled like the start failure. */
  scope: 'part' | 'screen';
  /** Runs before the children are rendered again (e.g. asks for the editor's chunk anew); without it, Retry just renders them again. */
  onRetry?: () => void;
}

interface ErrorBoundaryState {
  error: Error | null;
}

function FailureNotice({ scope, error, onRetry }: { scope: ErrorBoundaryProps['scope']; error: Error; onRetry: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const retry = (
    <button type="button" className="button button--primary" onClick={onRetry}>
      {t('errorBoundary.retry')}
    </button>
  );
  if (scope === 'screen') {
    return (
      <main className="start-failure" aria-labelledby={titleId}>
        <h1 id={titleId}>{t('errorBoundary.screenTitle')}</h1>
        <p role="alert">{t('errorBoundary.screenBody')}</p>
        <p className="muted">{t('errorBoundary.detail', { message: error.message })}</p>
        {retry}
      </main>
    );
  }
  return (
    <section className="empty-state" aria-labelledby={titleId} data-testid="editor-load-failure">
      <h2 className="empty-state__title" id={titleId}>
        {t('errorBoundary.partTitle')}
      </h2>
      <p role="alert">{t('errorBoundary.partBody')}</p>
      <p className="muted">{t('errorBoundary.detail', { message: error.message })}</p>
      {retry}
    </section>
  );
}

export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Render failed', error, info.componentStack);
  }

  private readonly retry = (): void => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render(): ReactNode {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return <FailureNotice scope={this.props.scope} error={error} onRetry={this.retry} />;
  }
}
