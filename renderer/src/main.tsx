import { createRoot } from 'react-dom/client';
import { pickLanguage } from '../../shared/i18n';
import { BootProblem } from './app/BootProblem';
import { initI18n } from './i18n/setup';
import './styles/index.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
const root = createRoot(container);

/**
 * The app module is loaded dynamically because the bridge resolves the host when it is first imported and
 * throws when there is none (the built page opened directly): then we can still explain, in the user's language.
 */
async function boot(): Promise<void> {
  let startApp: typeof import('./app/startApp').startApp;
  try {
    ({ startApp } = await import('./app/startApp'));
  } catch (err) {
    initI18n(pickLanguage(null, navigator.languages));
    root.render(<BootProblem error={err} />);
    return;
  }
  await startApp(root);
}

void boot();
