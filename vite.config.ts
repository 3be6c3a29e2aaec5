import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { pwa } from './scripts/vite-pwa';

// The app is a static single-page build; `base: './'` lets the built files be opened from any path
// (a lecture-hall laptop, a USB stick, a sub-folder on a course web site).
export default defineConfig({
  base: './',
  // pwa(): the manifest link and a generated service worker that precaches the build (offline use).
  plugins: [react(), pwa()],
  build: { target: 'es2022', sourcemap: true },
  test: {
    // Unit tests live next to the code; e2e/*.spec.ts belong to Playwright, not vitest.
    include: ['src/**/*.test.{ts,tsx}', 'conformance/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
