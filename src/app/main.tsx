/**
 * The browser entry point: UI strings in the language asked for (`?lang=`), else the address's
 * (`/en/…`), else the one chosen earlier in this session, else French; then the app, over the
 * HTML prerendered at build time.
 */
import { i18nReady, initI18n, rememberLanguage, rememberedLanguage } from '../i18n/i18n.ts';
import { openingLanguage } from '../i18n/openingLanguage.ts';
import { registerOfflineCache } from '../offline/registerOfflineCache.ts';
import { startApp } from './startApp.tsx';
import './app.css';

// `?lang=ar` (a link handed out as a QR code), the address's `/ar/`, or this session's choice; the
// address follows the language, so a reload stays in it (and the choice lasts for the session).
const opening = openingLanguage(new URL(location.href), rememberedLanguage());
if (opening.asked) rememberLanguage(opening.language);
initI18n(opening.language);
if (opening.address) history.replaceState(history.state, '', opening.address);

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root"></div> for Pas à pas to start.');
// Another language than French is a chunk of its own: the first render waits for it.
void i18nReady(opening.language).then(() => startApp(root));
// The offline cache: production builds only (the dev server and Vitest run without it).
if (import.meta.env.PROD) registerOfflineCache();
