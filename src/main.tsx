import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, optionsFromUrl } from './ui/App';
import './ui/theme.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App options={optionsFromUrl(window.location.search)} />
    </StrictMode>,
  );
}
