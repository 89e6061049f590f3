/** The browser entry point: UI strings, then the app, under StrictMode. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initI18n } from '../i18n/i18n.ts';
import { App } from './App.tsx';
import './app.css';

initI18n();

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root"></div> for Pas à pas to start.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
