import '@mantine/core/styles.css';
import '@mantine/charts/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { applyLanguage } from './i18n/apply-language.ts';
import { setupI18n } from './i18n/setup.ts';
import { captureSessionToken } from './session-token.ts';
import { useUiStore } from './state/ui-store.ts';

// Before anything reads the URL: take the loopback token out of the hash, leave '#/'.
captureSessionToken();

setupI18n(useUiStore.getState().language);
applyLanguage(useUiStore.getState().language);
useUiStore.subscribe((state) => applyLanguage(state.language));

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
