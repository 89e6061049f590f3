/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { lessonsPlugin } from './src/compiler/vite/lessonsPlugin.ts';

export default defineConfig({
  // The lesson compiler runs before the React plugin: it turns MDX into JS that React's plugin then sees.
  plugins: [lessonsPlugin(), react()],
  build: { target: 'es2022', sourcemap: true },
  test: {
    environment: 'jsdom',
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/setup.ts'],
    // Above Testing Library's wait limit (tests/setup.ts), so a broken wait names its element.
    testTimeout: 90_000,
  },
});
