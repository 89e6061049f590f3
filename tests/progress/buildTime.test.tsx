// @vitest-environment node
/**
 * The shell and the home page render at build time, where there is no window and no storage:
 * the progress store is not read, and the page shows a new learner with the resume form.
 */
import { renderToString } from 'react-dom/server';
import { expect, it } from 'vitest';
import { App } from '../../src/app/App.tsx';
import { initI18n } from '../../src/i18n/i18n.ts';

it('renders the home page without a browser', () => {
  initI18n('fr');
  expect(typeof window).toBe('undefined');
  const html = renderToString(<App ssrPath="/" />);
  expect(html).toContain('Terminer et tout effacer');
  expect(html).toContain('Mon carnet');
  expect(html).toContain('Reprendre avec mon code');
  expect(html).toContain('role="status"');
});
