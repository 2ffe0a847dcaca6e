// Renderer entry: reads the settings (language first), starts i18n, then renders the first-run wizard or the app shell.
import './zodConfig';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Settings } from '../../shared/model/settings';
import { bridgeAvailable, call } from './api/client';
import { App } from './app/App';
import { StartFailure } from './app/StartFailure';
import { ExportHost } from './export/ExportHost';
import { FirstRunGate } from './firstrun/FirstRunGate';
import { SettingsProvider } from './app/settingsContext';
import { initI18n } from './i18n';
import { ErrorBoundary } from './ui/ErrorBoundary';
import { ToastProvider } from './ui/Toasts';
import './styles/base.css';
import './styles/shell.css';
import './styles/controls.css';
import './styles/dialog.css';
import './styles/directives.css';
import './styles/settings.css';

async function start(root: Root): Promise<void> {
  let settings: Settings | null = null;
  let failure: unknown = null;
  if (bridgeAvailable()) {
    try {
      settings = await call('settings', 'get', {});
    } catch (error) {
      failure = error;
    }
  }
  await initI18n(settings?.language ?? 'vi');
  if (!settings) {
    root.render(<StartFailure error={failure} onRetry={() => void start(root)} />);
    return;
  }
  root.render(
    <StrictMode>
      <SettingsProvider initial={settings}>
        <ToastProvider>
          <ErrorBoundary scope="screen">
            <FirstRunGate>
              <App />
              <ExportHost />
            </FirstRunGate>
          </ErrorBoundary>
        </ToastProvider>
      </SettingsProvider>
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void start(createRoot(container));
