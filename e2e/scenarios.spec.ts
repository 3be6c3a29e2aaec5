import { expect, test, type Page } from '@playwright/test';

/**
 * The scenario library in a real Chromium: the picker searches and is driven by the keyboard; a
 * scenario's address opens the workspace running its session with its teaching notes; an unknown
 * scenario says so and leads back.
 */

/** Fails the test on any uncaught exception in the page. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

function picker(page: Page) {
  return {
    search: page.getByRole('searchbox', { name: 'Search scenarios' }),
    count: page.locator('#scenario-count'),
    links: page.getByRole('main').locator('a.scenario-link'),
  };
}

test('the picker lists every scenario by lecture section, with summaries, tags and teaching notes', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?speed=instant#/scenarios');
  const p = picker(page);
  await expect(p.search).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenario library' })).toBeVisible();
  await expect(p.count).toHaveText('22 scenarios, by lecture section.');
  await expect(p.links).toHaveCount(22);
  // Grouped by section: each section is a named list of links.
  const listen = page.getByRole('list', { name: 'Listen for connections (backlog and handshake) scenarios' });
  await expect(listen.getByRole('link', { name: 'Backlog full: a server slow to accept' })).toBeVisible();
  const item = page.locator('li[data-scenario="backlog-full-slow-accept"]');
  await expect(item).toContainText('backlog');
  await expect(item.getByRole('list', { name: 'Tags' })).toContainText('accept queue');
  // Teaching notes open from the keyboard.
  const notes = item.getByText('Teaching notes', { exact: false }).first();
  await notes.focus();
  await page.keyboard.press('Enter');
  await expect(item.getByRole('heading', { name: 'Watch' })).toBeVisible();
  await expect(item.getByRole('heading', { name: 'Try this' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('search, then open a scenario with the keyboard: the workspace runs it with its notes', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?speed=instant');
  // The workspace's header leads to the library.
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Scenarios' }).click();
  await expect(page).toHaveURL(/#\/scenarios$/);
  const p = picker(page);
  await p.search.focus();
  await page.keyboard.type('backlog');
  await expect(p.count).toContainText('2 scenarios match “backlog”');
  await expect(p.links.first()).toHaveText('Backlog full: a server slow to accept');
  await expect(page).toHaveURL(/#\/scenarios\?q=backlog$/);
  // ↓ goes to the first result; Enter opens it.
  await page.keyboard.press('ArrowDown');
  await expect(p.links.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(p.links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(p.links.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/scenario\/backlog-full-slow-accept$/);
  await expect(page).toHaveTitle('Backlog full: a server slow to accept · Socket Lab');

  // The normal workspace, running the scenario's programs.
  const main = page.getByRole('main');
  const server = main.getByRole('region', { name: 'Server code', exact: true });
  await expect(server).toContainText('server.listen(1)');
  for (const c of ['Client 1 code', 'Client 4 code']) await expect(main.getByRole('region', { name: c, exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Kernel' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sequence diagram' })).toBeVisible();

  // Its teaching notes.
  const notes = page.getByRole('region', { name: 'Teaching notes' });
  await expect(notes.getByRole('heading', { name: 'Backlog full: a server slow to accept' })).toBeVisible();
  for (const h of ['Watch', 'What happens', 'Why', 'Try this']) await expect(notes.getByRole('heading', { name: h })).toBeVisible();
  const toggle = notes.getByRole('button', { name: 'Hide teaching notes' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(notes.getByRole('button', { name: 'Show teaching notes' })).toHaveAttribute('aria-expanded', 'false');
  await expect(notes.getByRole('heading', { name: 'Watch' })).toBeHidden();
  await notes.getByRole('button', { name: 'Show teaching notes' }).click();
  await expect(notes.getByRole('heading', { name: 'Watch' })).toBeVisible();

  // Step it a little.
  const slider = page.getByRole('slider', { name: 'Timeline' });
  const step = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 1; i <= 6; i++) {
    await step.click();
    await expect(slider).toHaveValue(String(i));
  }
  await expect(page.getByRole('region', { name: 'Kernel' })).toContainText('LISTEN');
  await expect(page.getByRole('region', { name: 'Output' })).toContainText('listening with backlog 1');

  // A scenario is not the autosaved session: the workspace still opens on the lecture.
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Scenarios' }).click();
  await expect(p.search).toBeVisible();
  await page.goto('./?speed=instant#/');
  await expect(page.getByRole('region', { name: 'Server code', exact: true })).toContainText('server.listen(30)');
  await expect(page).toHaveTitle('Socket Lab');
  expect(errors).toEqual([]);
});

test('a search with no match says so and can be cleared', async ({ page }) => {
  await page.goto('./?speed=instant#/scenarios?q=zzzz-nothing');
  const p = picker(page);
  await expect(p.search).toHaveValue('zzzz-nothing');
  await expect(p.count).toHaveText('No scenario matches “zzzz-nothing”.');
  await expect(p.links).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear the search' }).click();
  await expect(p.links).toHaveCount(22);
});

test('an unknown scenario id shows a clear message and a link back to the library', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?speed=instant#/scenario/no-such-demo');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Scenario not found' })).toBeVisible();
  await expect(alert).toContainText('There is no scenario called “no-such-demo”');
  await alert.getByRole('link', { name: 'Back to the scenario library' }).click();
  await expect(page).toHaveURL(/#\/scenarios$/);
  await expect(picker(page).links).toHaveCount(22);
  expect(errors).toEqual([]);
});
