import { expect, test, type Page } from '@playwright/test';

/**
 * Editing in real Chromium: a program is edited in CodeMirror into a syntax error, the error is
 * shown where it is with CPython's message, the edit is fixed, and the changed program runs.
 */

function workspace(page: Page) {
  const main = page.getByRole('main');
  return {
    client: main.getByRole('region', { name: 'Client 1 code', exact: true }),
    server: main.getByRole('region', { name: 'Server code', exact: true }),
    output: main.getByRole('region', { name: 'Output', exact: true }),
    slider: page.getByRole('slider', { name: 'Timeline' }),
    button: (name: string) => page.getByRole('button', { name, exact: true }),
  };
}

/**
 * Play at the fastest speed until the run stops by itself (the page is opened with a small step
 * budget), then expect `text` in the output.
 */
async function playUntilOutput(page: Page, text: string) {
  const w = workspace(page);
  await page.getByLabel('Speed').selectOption({ label: 'Max' });
  await w.button('Play').click();
  await expect(w.button('Play')).toBeVisible({ timeout: 30_000 });
  await expect(w.output).toContainText(text);
}

/** Put the cursor at the end of the (short, unwrapped) editor line holding `text`. */
async function endOfLine(page: Page, editor: ReturnType<Page['getByRole']>, text: string) {
  await editor.locator('.cm-line', { hasText: text }).click();
  await page.keyboard.press('End');
}

test('edit a program into a syntax error, see it, fix it, and run the changed program', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?speed=instant&budget=300');
  const w = workspace(page);

  // Run a few steps first: an edit must take the run back to the start.
  for (let i = 1; i <= 3; i++) {
    await w.button('Step').click();
    await expect(w.slider).toHaveValue(String(i));
  }

  await w.client.getByRole('button', { name: 'Edit Client 1 code' }).click();
  const editor = w.client.getByRole('textbox', { name: 'Client 1 code editor' });
  await expect(editor).toBeVisible();
  await expect(editor).toContainText('s.send("Hello Server!")');

  // Line 7 is s.send("Hello Server!"): delete its closing parenthesis.
  await endOfLine(page, editor, 's.send(');
  await page.keyboard.press('Backspace');
  await expect(editor).toContainText('s.send("Hello Server!"');
  await expect(w.slider).toHaveValue('0');

  // The error is underlined at its place and named with CPython's message.
  const status = w.client.locator('.editor-status');
  await expect(status).toContainText(/SyntaxError: .*(never closed|invalid syntax)/);
  await expect(status).toContainText('line 7');
  await expect(w.client.locator('.cm-lintRange-error').first()).toBeVisible();
  await expect(w.client).toContainText(/syntax error/i);

  // Fix it, and change what the client says.
  await page.keyboard.press('End');
  await page.keyboard.type(')');
  await expect(status).toContainText('No syntax errors');
  await expect(w.client.locator('.cm-lintRange-error')).toHaveCount(0);
  await endOfLine(page, editor, 's.send(');
  for (let i = 0; i < 'Server!")'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('Lab!")');
  await expect(editor).toContainText('s.send("Hello Lab!")');
  await expect(status).toContainText('No syntax errors');

  // Leaving the editor keeps the edit; the read-only view shows the new line.
  await w.client.getByRole('button', { name: 'Edit Client 1 code' }).click();
  await expect(editor).toHaveCount(0);
  await expect(w.client).toContainText('s.send("Hello Lab!")');
  await expect(w.slider).toHaveValue('0');

  // The changed program runs: the server prints what the edited client sent.
  await playUntilOutput(page, 'Hello Lab!');
  await expect(w.output).not.toContainText('Hello Server!');
  expect(errors).toEqual([]);
});

test('each program has its own Python 2/3 switch; switching restarts the run', async ({ page }) => {
  await page.goto('./?speed=instant&budget=300');
  const w = workspace(page);
  const serverPy = w.server.getByRole('radiogroup', { name: "Server's Python version" });
  const clientPy = w.client.getByRole('radiogroup', { name: "Client 1's Python version" });
  // The lecture server is Python 2 (print data); it is detected.
  await expect(serverPy.getByRole('radio', { name: 'Python 2' })).toBeChecked();

  const clientChecked = await clientPy.locator('input:checked').getAttribute('value');
  await w.button('Step').click();
  await expect(w.slider).toHaveValue('1');
  // As Python 3, `print data` is a syntax error, with CPython 3's message.
  await serverPy.getByRole('radio', { name: 'Python 3' }).check();
  await expect(w.slider).toHaveValue('0');
  await expect(w.server).toContainText(/SyntaxError: Missing parentheses in call to 'print'/);
  // The client's own switch is untouched.
  await expect(clientPy.locator('input:checked')).toHaveAttribute('value', clientChecked ?? '');
  // Back to Python 2: the server runs again.
  await serverPy.getByRole('radio', { name: 'Python 2' }).check();
  await expect(w.server).not.toContainText('SyntaxError');
  await playUntilOutput(page, 'Hello Server!');
});

test('the editor, the Python switches and the share menu pass axe (no serious or critical violations)', async ({ page }) => {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  await page.goto('./?speed=instant');
  const w = workspace(page);
  await w.client.getByRole('button', { name: 'Edit Client 1 code' }).click();
  const editor = w.client.getByRole('textbox', { name: 'Client 1 code editor' });
  await expect(editor).toBeVisible();
  await editor.locator('.cm-line', { hasText: 's.close(' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Backspace');
  await expect(w.client.locator('.editor-status')).toContainText('SyntaxError');
  await page.getByRole('button', { name: /^Share & export/ }).click();
  await page.getByRole('group', { name: 'Share and export' }).getByRole('button', { name: 'Share link', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Session link' })).toBeVisible();
  for (const theme of ['Dark', 'Light', 'High contrast']) {
    await page.getByLabel('Theme').selectOption({ label: theme });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    expect(serious, theme).toEqual([]);
  }
});
