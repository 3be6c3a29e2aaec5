import { expect, test } from '@playwright/test';

/**
 * Offline use: the service worker precaches the build, so with the network gone a reload still
 * brings up the simulator and the deck, and both work.
 */
test.use({ serviceWorkers: 'allow' });

test('the app is installable and works offline after one visit', async ({ page, context }) => {
  await page.goto('./?speed=instant');
  await expect(page.getByRole('heading', { level: 1, name: 'Socket Lab' })).toBeVisible();

  // The manifest is linked and has what installing needs.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(manifestHref).toBeTruthy();
  const manifest = await (await page.request.get(new URL(manifestHref!, page.url()).href)).json();
  expect(manifest.name).toBe('Socket Lab');
  expect(manifest.display).toBe('standalone');
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));

  // Wait until the service worker has installed everything and controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
  });
  const precached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('socket-lab-'))!);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  expect(precached.some((p) => p.endsWith('/index.html'))).toBe(true);
  expect(precached.some((p) => /\/assets\/.*\.js$/.test(p))).toBe(true);
  expect(precached.some((p) => p.endsWith('/manifest.webmanifest'))).toBe(true);

  // Chromium agrees that it can be installed (Playwright's contexts are incognito, which Chromium
  // reports as a reason of its own; nothing else may be wrong).
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((e: { errorId: string }) => e.errorId !== 'in-incognito')).toEqual([]);

  await context.setOffline(true);
  try {
    // The network is gone: a reload still brings the simulator, and it steps.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Socket Lab' })).toBeVisible();
    const server = page.getByRole('main').getByRole('region', { name: 'Server code', exact: true });
    await expect(server).toContainText('server.listen(30)');
    await expect(page.getByRole('region', { name: 'Sequence diagram' })).toBeVisible();
    const slider = page.getByRole('slider', { name: 'Timeline' });
    for (let i = 1; i <= 5; i++) {
      await page.getByRole('button', { name: 'Step', exact: true }).click();
      await expect(slider).toHaveValue(String(i));
    }
    // The lazily loaded editor comes from the cache too.
    await page.getByRole('main').getByRole('region', { name: 'Client 1 code', exact: true }).getByRole('button', { name: 'Edit Client 1 code' }).click();
    await expect(page.getByRole('textbox', { name: 'Client 1 code editor' })).toBeVisible();

    // The deck, offline.
    await page.goto('./#/slides/1');
    await expect(page.locator('body')).not.toContainText(/ERR_INTERNET_DISCONNECTED|No internet/);
    await expect(page.getByRole('heading').first()).toBeVisible();
    await expect(page).toHaveURL(/#\/slides\/1$/);
  } finally {
    await context.setOffline(false);
  }
});
