import { deflateSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';


/** A button of the "Share & export" menu, opening the menu first when it is closed. */
async function menuItem(page: Page, name: string) {
  const item = page.getByRole('group', { name: 'Share and export' }).getByRole('button', { name, exact: true });
  if (!(await item.isVisible())) await page.getByRole('button', { name: /^Share & export/ }).click();
  await expect(item).toBeVisible();
  return item;
}

/**
 * Sessions that travel: a share link restores the whole session exactly (programs, topology,
 * actions, current step); a reload restores it from localStorage; a JSON file saves and opens it;
 * and a corrupt, truncated or hostile link shows a clear message and the default session, runs
 * nothing and injects nothing.
 */

function workspace(page: Page) {
  const main = page.getByRole('main');
  return {
    main,
    client: main.getByRole('region', { name: 'Client 1 code', exact: true }),
    server: main.getByRole('region', { name: 'Server code', exact: true }),
    slider: page.getByRole('slider', { name: 'Timeline' }),
    button: (name: string) => page.getByRole('button', { name, exact: true }),
  };
}

/** A link body made here, the way the app makes them: JSON, zlib deflate, base64url. */
function linkBody(data: unknown): string {
  return linkBodyRaw(JSON.stringify(data));
}
function linkBodyRaw(json: string): string {
  return 'v1.' + deflateSync(Buffer.from(json)).toString('base64url');
}

const LECTURE_LIKE = {
  programs: [
    { id: 'server', label: 'Server', filename: 'server.py', source: 'print "hi"\n', python: 'auto', host: 'server' },
    { id: 'client1', label: 'Client 1', filename: 'client.py', source: 'x = 1\n', python: 'auto', host: 'client1' },
  ],
  topology: 'lecture', latencyMs: 5, seed: 1, stepBudget: 1000, faults: [],
};

/** Edit the client's message, take some default and some chosen steps, then step back once. */
async function makeSession(page: Page) {
  const w = workspace(page);
  await w.client.getByRole('button', { name: 'Edit Client 1 code' }).click();
  const editor = w.client.getByRole('textbox', { name: 'Client 1 code editor' });
  await editor.locator('.cm-line', { hasText: 's.send(' }).click();
  await page.keyboard.press('End');
  for (let i = 0; i < 'Server!")'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('Share!")');
  await expect(editor).toContainText('s.send("Hello Share!")');
  await w.client.getByRole('button', { name: 'Edit Client 1 code' }).click();
  for (let i = 1; i <= 6; i++) {
    await w.button('Step').click();
    await expect(w.slider).toHaveValue(String(i));
  }
  for (let i = 7; i <= 9; i++) {
    await w.button('Step client 1').click();
    await expect(w.slider).toHaveValue(String(i));
  }
  for (let i = 10; i <= 20; i++) {
    await w.button('Step').click();
    await expect(w.slider).toHaveValue(String(i));
  }
  await w.button('Back').click();
  await expect(w.slider).toHaveValue('19');
}

async function snapshot(page: Page) {
  const w = workspace(page);
  await expect(page.getByRole('region', { name: 'Sequence diagram' }).locator('svg.ladder, svg').first()).toBeVisible();
  // Panels out of sight are aria-busy until they have caught up with the last step (src/ui/InSight.tsx).
  await expect(w.main.locator('[aria-busy="true"]')).toHaveCount(0);
  return { step: await w.slider.inputValue(), max: await w.slider.getAttribute('max'), main: (await w.main.textContent()) ?? '' };
}

test('a share link restores the whole session exactly, in a fresh browser', async ({ page, browser }) => {
  await page.goto('./?speed=instant');
  await makeSession(page);
  const before = await snapshot(page);
  expect(before.main).toContain('s.send("Hello Share!")');

  await (await menuItem(page, 'Share link')).click();
  const link = await page.getByRole('textbox', { name: 'Session link' }).inputValue();
  expect(link).toMatch(/#\/s\/v1\.[A-Za-z0-9_-]+$/);
  const body = link.slice(link.indexOf('#/s/') + 4);
  console.log(`share link for the edited lecture session at step 19: ${body.length} characters`);
  expect(body.length).toBeLessThan(2000);

  // A new browser context: no localStorage, nothing but the link.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto('./' + link.slice(link.indexOf('#')));
  const w2 = workspace(page2);
  await expect(w2.slider).toHaveValue(before.step);
  await expect(w2.slider).toHaveAttribute('max', before.max ?? '');
  await expect(w2.main).toHaveText(before.main);
  await expect(page2.getByRole('alert')).toHaveCount(0);
  // Stepping forward follows the recorded path, as in the original.
  await w2.button('Step').click();
  await expect(w2.slider).toHaveValue('20');
  await other.close();
});

test('a reload restores the session from localStorage', async ({ page }) => {
  await page.goto('./?speed=instant');
  await makeSession(page);
  const before = await snapshot(page);
  // Autosave is debounced: wait until it has written.
  await expect.poll(() => page.evaluate(() => localStorage.getItem('socket-lab:session')?.includes('Hello Share!') ?? false)).toBe(true);
  await expect.poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('socket-lab:session') ?? '{}').step)).toBe(19);
  await page.goto('./');
  const w = workspace(page);
  await expect(w.slider).toHaveValue(before.step);
  await expect(w.main).toHaveText(before.main);
});

test('a session saved as a JSON file opens again', async ({ page, browser }, info) => {
  await page.goto('./?speed=instant');
  await makeSession(page);
  const before = await snapshot(page);
  const [download] = await Promise.all([page.waitForEvent('download'), (await menuItem(page, 'Save session')).click()]);
  expect(download.suggestedFilename()).toMatch(/^socket-lab-session-.*\.json$/);
  const file = info.outputPath('session.json');
  await download.saveAs(file);

  const other = await browser.newContext();
  const page2 = await other.newPage();
  await page2.goto('./?speed=instant');
  await expect(workspace(page2).slider).toHaveValue('0');
  await page2.getByLabel('Session file to open').setInputFiles(file);
  await expect(workspace(page2).slider).toHaveValue(before.step);
  await expect(workspace(page2).main).toHaveText(before.main);
  await other.close();
});

test('corrupt, truncated and hostile links show a clear message and the default session', async ({ page }) => {
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(e.message));

  // A real link to cut short.
  await page.goto('./?speed=instant');
  await (await menuItem(page, 'Share link')).click();
  const good = await page.getByRole('textbox', { name: 'Session link' }).inputValue();
  const goodBody = good.slice(good.indexOf('#/s/') + 4);

  const hostile: [string, string][] = [
    ['garbage', 'v1.this-is-not-a-session'],
    ['bad characters', 'v1.<img src=x onerror=alert(1)>'],
    ['truncated', goodBody.slice(0, Math.floor(goodBody.length / 2))],
    ['bit-flipped', goodBody.slice(0, 20) + (goodBody[20] === 'A' ? 'B' : 'A') + goodBody.slice(21)],
    ['HTML in a label', linkBody({ spec: { ...LECTURE_LIKE, programs: [{ ...LECTURE_LIKE.programs[0], label: '<img src=x onerror="window.pwned=1">' }, LECTURE_LIKE.programs[1]] }, actions: [], step: 0 })],
    ['prototype pollution', linkBodyRaw(`{"__proto__":{"polluted":1},"spec":${JSON.stringify({ ...LECTURE_LIKE, programs: [{ ...LECTURE_LIKE.programs[0], label: { toString: 1 } }] })},"step":0}`)],
    ['a huge step', linkBody({ spec: LECTURE_LIKE, actions: [], step: 1e12 })],
    ['a zip bomb', 'v1.' + deflateSync(Buffer.alloc(2_000_000, 32)).toString('base64url')],
    ['a newer format', 'v7.AAAA'],
  ];
  const w = workspace(page);
  for (const [what, body] of hostile) {
    await page.goto('about:blank');
    await page.goto('./?speed=instant#/s/' + body);
    const alert = page.getByRole('alert');
    await expect(alert, what).toContainText('This link could not be opened');
    await expect(alert, what).toContainText('default session');
    // The default lecture session is shown, at its start.
    await expect(w.server, what).toContainText('server.listen(30)');
    await expect(w.client, what).toContainText('s.send("Hello Server!")');
    await expect(w.slider, what).toHaveValue('0');
    expect(await page.locator('img[src="x"]').count(), what).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned), what).toBeUndefined();
    expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted), what).toBeUndefined();
  }
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);

  // A valid link whose program text is HTML and script: it is shown as text and run as Python only.
  const scripted = linkBody({
    spec: { ...LECTURE_LIKE, programs: [{ ...LECTURE_LIKE.programs[0], source: 'print "<script>window.pwned=1</script><img src=x onerror=window.pwned=2>"\n' }, LECTURE_LIKE.programs[1]] },
    actions: [[-1, 2]],
    step: 2,
  });
  await page.goto('about:blank');
  await page.goto('./?speed=instant#/s/' + scripted);
  await expect(w.server).toContainText('<script>window.pwned=1</script>');
  await expect(page.getByRole('region', { name: 'Output' })).toContainText('<script>window.pwned=1</script>');
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(errors).toEqual([]);
});
