import { expect, test, type Locator, type Page } from '@playwright/test';

/**
 * The lecture's story, played through the workspace's named controls on the real simulator:
 * listen → select blocks → three-way handshake → accept → "Hello Server!" → FIN → the EOF spin.
 * Screenshots of the key moments go to test-results/screenshots/.
 */
/**
 * Panels scrolled out of sight catch up with a step straight after its frame, and are aria-busy
 * until they have (src/ui/InSight.tsx): what the page shows is read once none is.
 */
const settled = (page: Page) => expect(page.getByRole('main').locator('[aria-busy="true"]')).toHaveCount(0);
const shot = async (page: Page, name: string) => {
  await settled(page);
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
};

function workspace(page: Page) {
  const main = page.getByRole('main');
  const region = (name: string) => main.getByRole('region', { name, exact: true });
  return {
    main,
    server: region('Server code'),
    client: region('Client 1 code'),
    vars: region('Variables'),
    kernel: region('Kernel'),
    select: region('select()'),
    network: region('Network'),
    seq: region('Sequence diagram'),
    output: region('Output'),
    narration: page.getByRole('status'),
    slider: page.getByRole('slider', { name: 'Timeline' }),
    button: (name: string) => page.getByRole('button', { name, exact: true }),
  };
}

type W = ReturnType<typeof workspace>;

/** Press a step button until `done` holds, waiting after each press for the step to land. */
async function stepUntil(w: W, button: string, done: () => Promise<boolean>, what: string, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await done()) return;
    const before = await w.slider.inputValue();
    await w.button(button).click();
    await expect(w.slider).not.toHaveValue(before);
    await settled(w.main.page());
  }
  throw new Error(`${max} presses of "${button}" did not reach: ${what}`);
}

const has = (where: Locator, text: string | RegExp) => async () => (await where.getByText(text).count()) > 0;
/** A socket in this TCP state is on screen (its badge spells the RFC name). */
const state = (w: W, name: string) => async () => (await w.kernel.locator(`[data-state="${name}"]`).count()) > 0;

/** Back returns every panel to the previous step; Step brings the same step back again. */
async function checkBack(w: W) {
  const at = Number(await w.slider.inputValue());
  await settled(w.main.page());
  const before = (await w.main.textContent()) ?? '';
  const narration = (await w.narration.textContent()) ?? '';
  await w.button('Step').click();
  await expect(w.slider).toHaveValue(String(at + 1));
  await w.button('Back').click();
  await expect(w.slider).toHaveValue(String(at));
  await expect(w.main).toHaveText(before);
  await expect(w.narration).toHaveText(narration);
}

test('the lecture story plays through: listen, select, handshake, accept, data, FIN, the EOF spin', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./?speed=instant&budget=1200');
  const w = workspace(page);
  await expect(w.button('Step')).toBeVisible();
  await expect(w.network).toBeVisible();
  await expect(w.seq).toBeVisible();
  await expect(w.server.locator('[aria-current="step"]')).toContainText('import select');

  // 1. The server creates, binds and listens.
  await stepUntil(w, 'Step server', state(w, 'LISTEN'), 'the server socket in LISTEN');
  await expect(w.kernel).toContainText('0.0.0.0:50000');
  await expect(w.kernel.getByRole('meter', { name: 'Accept queue' })).toHaveAttribute('aria-valuenow', '0');
  await shot(page, '01-listen');

  // 2. It blocks in select.
  await stepUntil(w, 'Step server', has(w.server, /blocked in select\(\)/), 'the server blocked in select()');
  await expect(w.server.locator('[aria-current="step"]')).toContainText('select.select(input,[],[])');
  await expect(w.select).toContainText('waiting in select()');
  await expect(w.select).toContainText('fd 3');
  await expect(w.select).toContainText('not ready');
  await shot(page, '02-select-blocks');

  // 3. The client's connect performs the three-way handshake, segment by segment.
  await stepUntil(w, 'Step client 1', state(w, 'SYN-SENT'), 'the client socket in SYN-SENT');
  await expect(w.client).toContainText(/blocked in connect\(\)/);
  await expect(w.network).toContainText('SYN');
  await expect(w.seq.getByRole('button', { name: /^SYN seq=/ })).toHaveCount(1);
  await shot(page, '03-syn-sent');
  await checkBack(w);

  await stepUntil(w, 'Step', has(w.seq, /^SYN\+ACK seq=/), 'SYN+ACK on the wire');
  await stepUntil(w, 'Step', async () => (await w.kernel.getByRole('meter', { name: 'Accept queue' }).getAttribute('aria-valuenow')) === '1', 'the connection in the accept queue');
  await expect(w.seq.getByRole('button', { name: /^ACK seq=\d+ ack=\d+ from 10\.0\.0\.2/ }).first()).toBeVisible();
  await expect(w.kernel.locator('[data-state="ESTABLISHED"]').first()).toContainText('ESTABLISHED');
  await expect(w.kernel.locator('.accept-queue')).toContainText('10.0.0.2:');
  await shot(page, '04-accept-queue');

  // 4. select returns the server socket, and accept takes the connection.
  await stepUntil(w, 'Step', has(w.select, 'select() returned'), 'select() returning');
  await expect(w.select).toContainText(/read \[3\]|fd 3/);
  await shot(page, '05-select-returns');
  await stepUntil(w, 'Step', has(w.vars, /^address$/), 'accept() returning the address');
  await expect(w.vars).toContainText("('10.0.0.2',");
  await expect(w.kernel.getByRole('meter', { name: 'Accept queue' })).toHaveAttribute('aria-valuenow', '0');
  await expect(w.kernel).toContainText('fd 4');
  await shot(page, '06-accept');

  // 5. The client sends "Hello Server!", and the server's recv and print show it.
  await stepUntil(w, 'Step', has(w.output, 'Hello Server!'), 'Hello Server! in the output');
  await expect(w.seq.getByRole('button', { name: /PSH\+ACK .*len=13/ })).toHaveCount(1);
  await expect(w.vars).toContainText("'Hello Server!'");
  await shot(page, '07-hello-server');

  // 6. The client's close sends FIN: the client walks into FIN-WAIT-1, the server's socket into CLOSE-WAIT.
  await stepUntil(w, 'Step', async () => ((await state(w, 'FIN-WAIT-1')()) || (await state(w, 'FIN-WAIT-2')())) && (await state(w, 'CLOSE-WAIT')()), 'FIN-WAIT-* and CLOSE-WAIT');
  await expect(w.seq.getByRole('button', { name: /^FIN\+ACK/ }).first()).toBeVisible();
  await expect(w.kernel).toContainText('EOF received');
  await shot(page, '08-fin-close-wait');
  await checkBack(w);

  // 7. The flaw: select keeps reporting the socket readable, recv returns '', blank lines pile up
  //    until the step budget stops the run. On the way the server's kernel ACKs the FIN (a delayed
  //    ACK), and the client's socket moves on to FIN-WAIT-2.
  await page.getByLabel('Speed').selectOption('max');
  await w.button('Play').click();
  await expect(page.getByText(/step budget/i).first()).toBeVisible({ timeout: 90_000 });
  await expect(w.button('Play')).toBeVisible();
  await expect(w.kernel.locator('[data-state="FIN-WAIT-2"]')).toContainText('FIN-WAIT-2');
  await expect(w.kernel.locator('[data-state="CLOSE-WAIT"]')).toContainText('CLOSE-WAIT');
  await expect(w.vars).toContainText("''");
  const head = (await w.output.locator('.stream-head').first().textContent()) ?? '';
  const blank = Number(/(\d+) blank/.exec(head)?.[1] ?? 0);
  expect(blank, `blank lines in the server's output: ${head}`).toBeGreaterThan(10);
  await expect(w.output.locator('li.blank').first()).toBeVisible();
  // The narration says why: the server never blocks again once the client has closed.
  await expect(w.narration).toContainText(/step budget/);
  await expect(w.narration).toContainText(/never blocks|forever/);
  await shot(page, '09-eof-spin');

  // Back from the end, then Back and Step again: the same step comes back, exactly.
  const last = Number(await w.slider.inputValue());
  await w.button('Back').click();
  await expect(w.slider).toHaveValue(String(last - 1));
  await settled(page);
  const before = (await w.main.textContent()) ?? '';
  await w.button('Back').click();
  await expect(w.slider).toHaveValue(String(last - 2));
  await w.button('Step').click();
  await expect(w.slider).toHaveValue(String(last - 1));
  await expect(w.main).toHaveText(before);

  // Time travel: the timeline goes back to the start and forward again.
  const end = await w.slider.inputValue();
  await w.slider.fill('0');
  await expect(w.kernel).toContainText('No sockets.');
  await w.slider.fill(end);
  await expect(w.slider).toHaveValue(end);
  await expect(w.output.locator('li.blank').first()).toBeVisible();
  await w.button('Reset').click();
  await expect(w.slider).toHaveValue('0');
});

test('clicking a line runs that program up to it; segments and lines are linked both ways', async ({ page }) => {
  await page.goto('./?speed=instant');
  const w = workspace(page);
  await expect(w.button('Step')).toBeVisible();
  await w.server.getByRole('button', { name: 'Run Server to line 9' }).click();
  await expect(w.server.locator('[aria-current="step"]')).toContainText('select.select');
  await w.client.getByRole('button', { name: 'Run Client 1 to line 7' }).click();
  await expect(w.client.locator('[aria-current="step"]')).toContainText('s.send("Hello Server!")');
  const syn = w.seq.getByRole('button', { name: /^SYN seq=/ });
  await expect(syn).toHaveAttribute('aria-label', /caused by Client 1 line 6, connect\(\)/);
  await syn.hover();
  await expect(w.client.locator('li.linked')).toContainText('s.connect');
  await expect(w.client.locator('li.linked')).toContainText('connect() sent SYN seq=0');
  await expect(w.seq).toContainText(/connect\(\)/);
  await page.mouse.move(0, 0);
  await w.client.locator('li', { hasText: 's.connect' }).hover();
  await expect(syn).toHaveClass(/lit/);
});

test('Add client adds a host running the lecture client; the layout fits a 1920×1080 projector', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?speed=instant');
  const w = workspace(page);
  await expect(w.button('Step')).toBeVisible();
  await w.button('Add client').click();
  await expect(w.main.getByRole('region', { name: 'Client 2 code' })).toBeVisible();
  await expect(w.button('Step client 2')).toBeVisible();
  await expect(w.kernel).toContainText('client2');
  // Code is projector-sized, and the panels sit side by side: code left, kernel and select right.
  const size = await w.server.locator('.code').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(18);
  const code = (await w.server.boundingBox())!;
  const kernel = (await w.kernel.boundingBox())!;
  expect(kernel.x).toBeGreaterThan(code.x + code.width);
  expect(code.y).toBeLessThan(300);
  await shot(page, '10-two-clients');
});

test('narrow screens stack the panels in one column', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 900 });
  await page.goto('./?speed=instant');
  const w = workspace(page);
  await expect(w.button('Step')).toBeVisible();
  const a = (await w.server.boundingBox())!;
  const k = (await w.kernel.boundingBox())!;
  expect(k.y).toBeGreaterThan(a.y + a.height - 1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
