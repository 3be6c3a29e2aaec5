// Stops `npm test` with one clear line when no browser can be found, instead of a stack trace.
import { findChromium } from './browser.mjs';

if (!findChromium()) {
  console.error(
    'No Chromium found for the browser tests: install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) or set CHROMIUM_PATH=/path/to/chromium.',
  );
  process.exit(1);
}
