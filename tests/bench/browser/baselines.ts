/**
 * The two pages every browser figure is compared with, built in the same run as the app:
 * - a bare React page (react and react-dom rendering one paragraph): the physical floor;
 * - a dependency-only page: the app's runtime dependencies as the app uses them at start
 *   (React, XState with `useMachine`, i18next with react-i18next), with a button whose click
 *   changes the text, so that « responds to a click » has an equivalent there.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildInto, type Built } from '../build.ts';

export type BaselineName = 'bare-react' | 'dependencies';

/** What the dependency-only page shows after a click on its button, in `#state`. */
export const dependenciesClicked = { button: '#go', state: '#state', text: 'b' } as const;

const html = (title: string) => `<!doctype html>
<html lang="fr" dir="ltr">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

const sources: Record<BaselineName, { title: string; main: string }> = {
  'bare-react': {
    title: 'Bare React page',
    main: `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
createRoot(document.getElementById('root')).render(createElement('p', null, 'Bonjour'));
`,
  },
  dependencies: {
    title: 'Dependency-only page',
    main: `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createMachine } from 'xstate';
import { useMachine } from '@xstate/react';
import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
i18next.use(initReactI18next).init({ lng: 'fr', resources: { fr: { translation: { hi: 'Bonjour', go: 'Changer' } } } });
const machine = createMachine({ initial: 'a', states: { a: { on: { NEXT: 'b' } }, b: {} } });
function App() {
  const [state, send] = useMachine(machine);
  const { t } = useTranslation();
  return createElement('main', null,
    createElement('p', null, t('hi')),
    createElement('p', { id: 'state' }, String(state.value)),
    createElement('button', { id: 'go', type: 'button', onClick: () => send({ type: 'NEXT' }) }, t('go')));
}
createRoot(document.getElementById('root')).render(createElement(App));
`,
  },
};

/** Builds a baseline page into a temporary folder (its sources live in node_modules/.cache meanwhile). */
export async function buildBaseline(name: BaselineName): Promise<Built> {
  // Inside the project, so that the page resolves the same node_modules as the app.
  const cache = resolve('node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, `bench-${name}-`));
  writeFileSync(join(dir, 'index.html'), html(sources[name].title));
  writeFileSync(join(dir, 'main.js'), sources[name].main);
  try {
    return await buildInto(name, {
      root: dir,
      configFile: false,
      build: { target: 'es2022', rollupOptions: { input: join(dir, 'index.html') } },
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
