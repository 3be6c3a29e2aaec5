// Finds a Chromium for Playwright: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else the
// browser Playwright downloaded itself (on machines that can download one). Shared by
// playwright.config.ts and scripts/find-browser.mjs so both always agree.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv, source: 'CHROMIUM_PATH' } : null;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(p)) return { path: p, source: 'system' };
  }
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: undefined, source: 'playwright' };
  } catch {
    /* no Playwright browser either */
  }
  return null;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];
