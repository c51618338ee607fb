import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { pickLanguage } from '../../../shared/i18n';
import { call } from '../api/client';
import { initI18n } from '../i18n/setup';
import { App } from './App';
import { BootProblem } from './BootProblem';
import { ErrorBoundary } from './ErrorBoundary';

/** app.info first: it carries the remembered language, so the first frame is already in the right one. */
export async function startApp(root: Root): Promise<void> {
  let info;
  try {
    info = await call('app.info', {});
  } catch (err) {
    initI18n(pickLanguage(null, navigator.languages));
    root.render(<BootProblem error={err} />);
    return;
  }
  initI18n(pickLanguage(info.language, navigator.languages));
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <App initialInfo={info} />
      </ErrorBoundary>
    </StrictMode>,
  );
}
