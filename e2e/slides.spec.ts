import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DECK } from '../src/slides/deck';

/**
 * The lecture deck in a real Chromium: keyboard walk, deep links, presenter/audience sync over
 * BroadcastChannel (two pages in one context), overview, projection mode, and the printed handout.
 */
const N = DECK.length;
const counter = (page: Page) => page.getByTestId('slide-counter');
const slideHeading = (page: Page) => page.locator('article.slide h2.slide-title');

async function openDeck(page: Page, n = 1, query = '') {
  await page.goto(`./${query}#/slides/${n}`);
  await expect(counter(page)).toContainText(`Slide ${n} of ${N}`);
}

test('the whole deck can be walked with the keyboard (→ ← PageDown PageUp Home End)', async ({ page }) => {
  test.setTimeout(120_000);
  await openDeck(page, 1, '?speed=instant');
  await expect(slideHeading(page)).toHaveText(DECK[0].title);
  await expect(page.getByRole('article', { name: DECK[0].title })).toBeVisible();
  for (let i = 2; i <= N; i++) {
    // A clicker sends PageDown; a keyboard user presses →. Use both.
    await page.keyboard.press(i % 2 ? 'ArrowRight' : 'PageDown');
    await expect(counter(page)).toContainText(`Slide ${i} of ${N}`);
    await expect(slideHeading(page)).toHaveText(DECK[i - 1].title);
    await expect(page).toHaveURL(new RegExp(`#/slides/${i}$`));
    // The slide's code, with its highlighted lines, is on screen next to the simulator.
    await expect(page.locator('article.slide .code-row.hl').first()).toBeVisible();
    await expect(page.getByRole('region', { name: 'Simulator' })).toBeVisible();
    // Every preset resolved on the real simulator (otherwise the slide says so).
    await expect(page.locator('.preset-problem')).toHaveCount(0);
  }
  await page.keyboard.press('ArrowRight'); // past the end: stays
  await expect(counter(page)).toContainText(`Slide ${N} of ${N}`);
  await page.keyboard.press('PageUp');
  await expect(counter(page)).toContainText(`Slide ${N - 1} of ${N}`);
  await page.keyboard.press('ArrowLeft');
  await expect(counter(page)).toContainText(`Slide ${N - 2} of ${N}`);
  await page.keyboard.press('Home');
  await expect(counter(page)).toContainText(`Slide 1 of ${N}`);
  await page.keyboard.press('ArrowLeft'); // before the start: stays
  await expect(counter(page)).toContainText(`Slide 1 of ${N}`);
  await page.keyboard.press('End');
  await expect(counter(page)).toContainText(`Slide ${N} of ${N}`);
  // The counter is announced politely.
  await expect(counter(page)).toHaveAttribute('aria-live', 'polite');
});

test('a deep link opens that slide and survives a reload', async ({ page }) => {
  await openDeck(page, 4);
  await expect(slideHeading(page)).toHaveText(DECK[3].title);
  await page.reload();
  await expect(counter(page)).toContainText(`Slide 4 of ${N}`);
  await expect(slideHeading(page)).toHaveText(DECK[3].title);
  // Typing another slide number into the address bar moves the deck.
  await page.evaluate(() => { window.location.hash = '#/slides/7'; });
  await expect(counter(page)).toContainText(`Slide 7 of ${N}`);
  // Out of range clamps to the last slide.
  await page.goto(`./#/slides/999`);
  await expect(counter(page)).toContainText(`Slide ${N} of ${N}`);
  await expect(page).toHaveURL(new RegExp(`#/slides/${N}$`));
});

test('Space plays the slide: the accept queue fills while the server sleeps', async ({ page }) => {
  const i = DECK.findIndex((d) => d.id === 'listen-handshake') + 1;
  await openDeck(page, i);
  const progress = page.getByTestId('play-progress');
  await expect(progress).toHaveAttribute('data-done', 'false');
  const kernel = page.getByRole('region', { name: 'Kernel' });
  await expect(kernel.getByRole('meter', { name: 'Accept queue' })).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('Space');
  await expect(progress).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
  await expect(kernel.getByRole('meter', { name: 'Accept queue' })).toHaveAttribute('aria-valuenow', '3');
  // Sequence diagram shows the handshakes.
  await expect(page.getByRole('region', { name: 'Sequence diagram' })).toContainText('SYN');
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('Space still plays the slide, without animated transitions', async ({ page }) => {
    const i = DECK.findIndex((d) => d.id === 'binding-client') + 1;
    await openDeck(page, i);
    const spot = page.getByTestId('spotlight');
    await expect(spot).toContainText('0.0.0.0:0');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('play-progress')).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
    // connect() picked an ephemeral port for the client: the spotlight shows 10.0.0.2:<32768–60999>.
    const local = await spot.locator('tbody tr').first().locator('td').nth(4).textContent();
    const port = Number(/^10\.0\.0\.2:(\d+)$/.exec(local ?? '')?.[1]);
    expect(port).toBeGreaterThanOrEqual(32768);
    expect(port).toBeLessThanOrEqual(60999);
    const transition = await page.locator('.btn').first().evaluate((el) => getComputedStyle(el).transitionDuration);
    expect(transition).toBe('0s');
  });
});

test('MSG_DONTWAIT and MSG_PEEK are shown live', async ({ page }) => {
  const dontwait = DECK.findIndex((d) => d.id === 'recv-dontwait') + 1;
  await openDeck(page, dontwait, '?speed=instant');
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Output' })).toContainText('MSG_DONTWAIT: [Errno 11] Resource temporarily unavailable');
  await page.keyboard.press('ArrowRight');
  await expect(slideHeading(page)).toHaveText(DECK[dontwait].title);
  await page.keyboard.press('Space');
  await expect(page.getByRole('region', { name: 'Output' })).toContainText("peeked: b'Hello Server!'");
  // After the peek the 13 bytes are still in the receive buffer.
  await expect(page.getByRole('region', { name: 'Kernel' })).toContainText('13 B');
});

test('presenter and audience windows stay in sync in both directions', async ({ context }) => {
  const audience = await context.newPage();
  await openDeck(audience, 1);
  const presenter = await context.newPage();
  await presenter.goto('./#/presenter/1');
  const pc = presenter.getByTestId('presenter-counter');
  await expect(pc).toContainText(`Slide 1 of ${N}`);
  await expect(presenter.getByRole('heading', { name: 'Speaker notes' })).toBeVisible();
  await expect(presenter.getByTestId('presenter-next')).toHaveText(DECK[1].title);
  await expect(presenter.getByTestId('timer')).toHaveText(/^\d\d:\d\d$/);

  // Presenter → audience.
  await presenter.keyboard.press('ArrowRight');
  await expect(pc).toContainText(`Slide 2 of ${N}`);
  await expect(counter(audience)).toContainText(`Slide 2 of ${N}`);
  await presenter.keyboard.press('PageDown');
  await expect(counter(audience)).toContainText(`Slide 3 of ${N}`);
  // Audience → presenter.
  await audience.keyboard.press('ArrowRight');
  await expect(pc).toContainText(`Slide 4 of ${N}`);
  await expect(presenter.getByTestId('presenter-title')).toHaveText(DECK[3].title);
  await audience.keyboard.press('End');
  await expect(pc).toContainText(`Slide ${N} of ${N}`);
  await audience.keyboard.press('Home');
  await expect(pc).toContainText(`Slide 1 of ${N}`);
  // Space in the presenter window plays the slide on the big screen.
  await presenter.keyboard.press('Space');
  await expect(audience.getByTestId('play-progress')).toHaveAttribute('data-done', 'true', { timeout: 20_000 });
  // A presenter window opened later asks where the audience is.
  await audience.keyboard.press('ArrowRight');
  await audience.keyboard.press('ArrowRight');
  await expect(pc).toContainText(`Slide 3 of ${N}`);
  const late = await context.newPage();
  await late.goto('./#/presenter/1');
  await expect(late.getByTestId('presenter-counter')).toContainText(`Slide 3 of ${N}`);
});

test('P opens the presenter view in a second window', async ({ context, page }) => {
  await openDeck(page, 5);
  const [popup] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('p')]);
  await expect(popup).toHaveURL(/#\/presenter\/5$/);
  await expect(popup.getByTestId('presenter-counter')).toContainText(`Slide 5 of ${N}`);
});

test('O opens an overview of all slides; picking one goes there', async ({ page }) => {
  await openDeck(page, 2);
  await page.keyboard.press('o');
  const dialog = page.getByRole('dialog', { name: `All ${N} slides` });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('.overview-card')).toHaveCount(N);
  await expect(dialog.locator('[aria-current="true"]')).toBeFocused();
  // Keys do not move the deck behind the dialog.
  await page.keyboard.press('ArrowRight');
  await expect(counter(page)).toContainText(`Slide 2 of ${N}`);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('O');
  await dialog.getByRole('button', { name: new RegExp(`^${12} `) }).click();
  await expect(dialog).toBeHidden();
  await expect(counter(page)).toContainText(`Slide 12 of ${N}`);
});

test('F toggles fullscreen', async ({ page }) => {
  await openDeck(page, 3);
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(true);
  await expect(page.getByRole('button', { name: 'Fullscreen' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('f');
  await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
});

test('projection mode: body text of at least 28px, high contrast, remembered across reloads', async ({ page }) => {
  await openDeck(page, 6);
  await page.keyboard.press('c');
  await expect(page.locator('.deck')).toHaveAttribute('data-projection', 'true');
  const px = (sel: string) => page.locator(sel).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(await px('.slide-bullets li')).toBeGreaterThanOrEqual(28);
  expect(await px('.slide-title')).toBeGreaterThanOrEqual(28);
  const colours = await page.locator('.deck').evaluate((el) => ({ fg: getComputedStyle(el).color, bg: getComputedStyle(el).backgroundColor }));
  expect(colours).toEqual({ fg: 'rgb(255, 255, 255)', bg: 'rgb(0, 0, 0)' });
  await page.reload();
  await expect(page.locator('.deck')).toHaveAttribute('data-projection', 'true');
  await page.keyboard.press('c');
  await expect(page.locator('.deck')).toHaveAttribute('data-projection', 'false');
});

test('the handout prints one page per slide', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./#/handout');
  await expect(page.locator('.handout')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
  await expect(page.locator('article.handout-slide')).toHaveCount(N);
  await expect(page.locator('article.handout-slide').first()).toContainText(DECK[0].notes.say.slice(0, 40));
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  expect(pages).toBe(N);
});

test('the workspace does not load the slides bundle', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Kernel' })).toBeVisible();
  expect(urls.filter((u) => /SlidesEntry/.test(u))).toEqual([]);
  // …and a slides link loads it on demand.
  await page.goto('./#/slides/2');
  await expect(counter(page)).toContainText(`Slide 2 of ${N}`);
});

test('slides, presenter view and handout have no serious accessibility violations', async ({ page }) => {
  test.setTimeout(120_000);
  const serious = async () => {
    const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', ')}`);
  };
  for (const id of ['binding-client', 'listen-handshake', 'loop-wait']) {
    await openDeck(page, DECK.findIndex((d) => d.id === id) + 1, '?speed=instant');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('play-progress')).toHaveAttribute('data-done', 'true');
    expect(await serious()).toEqual([]);
  }
  await page.keyboard.press('c');
  expect(await serious()).toEqual([]);
  await page.keyboard.press('c');
  await page.goto('./#/presenter/3');
  await expect(page.getByTestId('presenter-counter')).toBeVisible();
  expect(await serious()).toEqual([]);
});

test('every control on a slide is reachable with Tab and shows focus', async ({ page }) => {
  await openDeck(page, 2);
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const s = getComputedStyle(el);
      return { name: (el.getAttribute('aria-label') || el.textContent || '').trim(), outline: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 };
    });
    if (info?.name) {
      seen.add(info.name.replace(/\s+/g, ' '));
      expect(info.outline, `focus visible on ${info.name}`).toBe(true);
    }
  }
  const names = [...seen].join(' | ');
  for (const want of ['Previous', 'Next', 'Overview', 'Presenter view', 'Projection mode', 'Fullscreen', 'Handout', 'Step']) expect(names).toContain(want);
});
