import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Translation } from 'react-i18next';
import { FullPageMessage } from '../components/FullPageMessage';

interface State {
  failed: boolean;
}

/** Last line of defence: a rendering bug shows a calm message with a way back instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Unhandled rendering error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <FullPageMessage title={t('app.fatalTitle')}>
            <p>{t('app.fatalBody')}</p>
            <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
              {t('app.reload')}
            </button>
          </FullPageMessage>
        )}
      </Translation>
    );
  }
}
