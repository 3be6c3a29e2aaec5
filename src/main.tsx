import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { optionsFromUrl } from './ui/App';
import { Root } from './ui/Root';
import './ui/theme.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Root options={optionsFromUrl(window.location.search)} />
    </StrictMode>,
  );
}
