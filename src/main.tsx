import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { optionsFromUrl } from './ui/App';
import { Root } from './ui/Root';
import { registerServiceWorker } from './ui/pwa';
import './ui/theme.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root options={optionsFromUrl(window.location.search)} />
    </StrictMode>,
  );
}
// Offline use: the service worker precaches the build (production builds only).
void registerServiceWorker();
