import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join(', ')}`);
}

async function settle(page: Page) {
  await expect(page.getByRole('region', { name: 'Sequence diagram' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Network' })).toBeVisible();
}

for (const theme of ['Dark', 'Light', 'High contrast']) {
  test(`axe finds no serious or critical violations (${theme} theme, mid-story)`, async ({ page }) => {
    await page.goto('./?speed=instant');
    await settle(page);
    await page.getByLabel('Theme').selectOption({ label: theme });
    // The theme applies at once: no colour cross-fade leaves text at low contrast for a moment.
    expect(await page.evaluate('document.getAnimations().filter((a) => a instanceof CSSTransition).length')).toBe(0);
    expect(await seriousViolations(page)).toEqual([]);
    // Well into the story: sockets, queues, segments, select() lists and output are all on screen.
    const step = page.getByRole('button', { name: 'Step', exact: true });
    const slider = page.getByRole('slider', { name: 'Timeline' });
    for (let i = 1; i <= 20; i++) {
      if (await step.isDisabled()) break;
      await step.click();
      await expect(slider).toHaveValue(String(i));
    }
    await expect(page.getByRole('region', { name: 'Kernel' })).toContainText('LISTEN');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('every control is reachable with the keyboard alone', async ({ page }) => {
  await page.goto('./?speed=instant');
  await settle(page);
  const wanted = ['Step', 'Back', 'Play', 'Speed', 'Reset', 'Add client', 'Theme', 'Timeline', 'Step server', 'Step client 1', 'Run Server to line 2', 'Run Client 1 to line 1'];
  // Step once so that Back is enabled (a disabled button is rightly skipped by Tab).
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  const seen = new Set<string>();
  for (let i = 0; i < 60 && wanted.some((w) => !seen.has(w)); i++) {
    await page.keyboard.press('Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.getAttribute('aria-label') ?? (el.closest('label')?.querySelector('span')?.textContent ?? '');
      return (label || el.textContent || '').trim();
    });
    seen.add(name);
  }
  for (const w of wanted) expect([...seen], `Tab reaches "${w}"`).toContain(w);
});

test('the keyboard drives the simulation: → steps, ← goes back, space plays and pauses, Home resets', async ({ page }) => {
  await page.goto('./?speed=instant');
  await settle(page);
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('1');
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('2');
  await page.keyboard.press('ArrowLeft');
  await expect(slider).toHaveValue('1');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('0');
});

test('animation honours prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await settle(page);
  await expect(page.locator('.app')).toHaveAttribute('data-motion', 'reduced');
  // CSS transitions are cut to nothing as well.
  const duration = await page.evaluate(() => getComputedStyle(document.querySelector('.btn')!).transitionDuration);
  expect(parseFloat(duration)).toBeLessThan(0.01);
});

test('axe finds no serious or critical violations late in the story (EOF spin, three hosts)', async ({ page }) => {
  await page.goto('./?speed=instant&clients=2&step=120');
  await settle(page);
  await expect(page.getByRole('region', { name: 'Kernel' })).toContainText('CLOSE-WAIT');
  expect(await seriousViolations(page)).toEqual([]);
});
