import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * The quiz in a real Chromium, from the keyboard: start a quiz, answer one question wrong and one
 * right (the right answer is read from the reveal, never hard-coded), see the result, the
 * explanation and the simulator played on; reload and find the scores and the review list kept.
 */

function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

function quiz(page: Page) {
  const main = page.getByRole('main');
  return {
    main,
    prompt: main.getByRole('heading', { level: 1 }),
    answerBox: main.getByRole('textbox', { name: 'Your answer' }),
    check: main.getByRole('button', { name: 'Check answer' }),
    verdict: main.locator('#quiz-result-title'),
    expected: main.getByTestId('expected-answer'),
    announce: main.locator('[role="status"][aria-live="polite"]'),
    sim: main.getByRole('region', { name: 'Simulator' }),
    phase: main.locator('.quiz-sim-status'),
    total: main.getByTestId('quiz-total'),
    review: main.getByRole('list', { name: 'Review wrong answers' }),
    row: (section: string) => main.getByRole('row', { name: new RegExp(`^${section.replace(/[()]/g, '\\$&')} `) }),
  };
}

type Q = ReturnType<typeof quiz>;

/** Open a question by its address; wait until it is on screen with its prompt focused. */
async function openQuestion(page: Page, id: string) {
  await page.goto(`./#/quiz/${id}?speed=instant`);
  const q = quiz(page);
  await expect(q.main.getByText(`question ${id}`)).toBeVisible();
  await expect(q.prompt).toBeFocused();
  return q;
}

async function rowCells(q: Q, section: string): Promise<string[]> {
  return (await q.row(section).getByRole('cell').allInnerTexts()).map((t) => t.trim());
}

test('take a quiz: one answer wrong, one right; the result, the reveal, and progress kept over a reload', async ({ page }) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);

  // The quiz home, reached from the workspace's header.
  await page.goto('./?speed=instant');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page).toHaveURL(/#\/quiz$/);
  let q = quiz(page);
  await expect(q.total).toHaveText('No questions answered yet.');
  await expect(q.main.getByRole('heading', { name: 'Review wrong answers' })).toBeVisible();
  await expect(q.main.getByText('No wrong answers to review.')).toBeVisible();

  // Start a quiz from the keyboard: the first question opens with its prompt focused.
  await q.main.getByRole('button', { name: 'Start quiz' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/quiz\/[a-z0-9-]+@\d+$/);
  await expect(q.prompt).toBeFocused();
  await expect(q.check).toBeVisible();
  await expect(q.sim.getByRole('region', { name: 'Kernel' })).toBeVisible();

  // 1. A wrong answer, typed as a Python repr (Tab from the prompt reaches the answer box).
  q = await openQuestion(page, 'recv-chunks@2');
  await expect(q.phase).toHaveAttribute('data-phase', 'paused');
  await expect(q.main.getByRole('region', { name: 'Server code' }).locator('.code-line.focus')).toContainText('recv(');
  await page.keyboard.press('Tab');
  await expect(q.answerBox).toBeFocused();
  await page.keyboard.type("b'certainly not this'");
  await page.keyboard.press('Enter');
  await expect(q.verdict).toHaveText('Incorrect');
  await expect(q.verdict).toBeFocused();
  await expect(q.announce).toContainText('Incorrect. The answer is');
  const recvAnswer = (await q.expected.textContent())!.trim();
  expect(recvAnswer).toMatch(/^b'.*'$/);
  await expect(q.main.locator('.quiz-explanation')).not.toBeEmpty();
  // The reveal played the simulator on to the step the question asks about.
  await expect(q.phase).toHaveAttribute('data-phase', 'done');
  const reveal = await q.phase.getAttribute('data-reveal-step');
  await expect(q.phase).toHaveAttribute('data-step', reveal!);

  // 2. A radio question: the first try (whatever it is) shows the right answer; "Try again" asks
  //    the same question afresh, and the answer read from the reveal is then graded correct.
  q = await openQuestion(page, 'listen-state@2');
  await page.keyboard.press('Tab');
  await expect(q.main.getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(q.verdict).toBeFocused();
  const stateAnswer = (await q.expected.textContent())!.trim();
  await q.main.getByRole('button', { name: 'Try again' }).focus();
  await page.keyboard.press('Enter');
  await expect(q.prompt).toBeFocused();
  await expect(q.check).toBeVisible();
  const right = q.main.getByRole('radio', { name: stateAnswer, exact: true });
  await right.focus();
  await page.keyboard.press('Space');
  await expect(right).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(q.verdict).toHaveText('Correct');
  await expect(q.announce).toHaveText('Correct.');
  await expect(q.main.getByText('right answer')).toBeVisible();

  // "Next question" goes on to another question.
  await q.main.getByRole('button', { name: 'Next question' }).click();
  await expect(page).not.toHaveURL(/listen-state@2/);
  await expect(q.prompt).toBeFocused();

  // The quiz home shows the scores and the wrong answer to review.
  await q.main.getByRole('link', { name: 'Quiz', exact: true }).click();
  await expect(page).toHaveURL(/#\/quiz(\?speed=instant)?$/);
  q = quiz(page);
  await expect(q.total).toHaveText('3 answered, 1 correct (33%).');
  const recvRow = await rowCells(q, 'Receive data (MSG_PEEK, MSG_DONTWAIT)');
  const listenRow = await rowCells(q, 'Listen for connections (backlog and handshake)');
  expect(recvRow.slice(1, 4)).toEqual(['1', '0', '0%']);
  expect(listenRow.slice(1, 4)).toEqual(['2', '1', '50%']);
  await expect(q.review.getByRole('listitem')).toHaveCount(1);
  await expect(q.review.getByRole('link')).toContainText('recv');

  // Reload: the progress is kept.
  await page.reload();
  q = quiz(page);
  await expect(q.total).toHaveText('3 answered, 1 correct (33%).');
  expect(await rowCells(q, 'Receive data (MSG_PEEK, MSG_DONTWAIT)')).toEqual(recvRow);
  expect(await rowCells(q, 'Listen for connections (backlog and handshake)')).toEqual(listenRow);
  const item = q.review.getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-question', 'recv-chunks@2');
  await item.getByText('Show the answer').click();
  await expect(item).toContainText(recvAnswer);

  // The review item leads back to its question; answered right, it leaves the list.
  await item.getByRole('link').click();
  await expect(page).toHaveURL(/#\/quiz\/recv-chunks@2/);
  await expect(q.prompt).toBeFocused();
  await q.answerBox.fill(recvAnswer);
  await q.answerBox.press('Enter');
  await expect(q.verdict).toHaveText('Correct');
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(q.total).toHaveText('4 answered, 2 correct (50%).');
  await expect(q.main.getByText('No wrong answers to review.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('pick the sockets: a select() question answered with checkboxes from the keyboard', async ({ page }) => {
  const q = await openQuestion(page, 'select-data-eof-or-idle@1');
  const group = q.main.getByRole('group', { name: /pick the sockets/ });
  await expect(group.getByRole('checkbox')).toHaveCount(3);
  await page.keyboard.press('Tab');
  await expect(group.getByRole('checkbox').first()).toBeFocused();
  await page.keyboard.press('Space');
  await expect(group.getByRole('checkbox').first()).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(q.verdict).toHaveText(/^(Correct|Incorrect)$/);
  await expect(q.verdict).toBeFocused();
  await expect(group.getByText('right answer').first()).toBeVisible();
  await expect(q.phase).toHaveAttribute('data-phase', 'done');
});

test('checking without an answer asks for one; the reveal plays step by step at normal speed', async ({ page }) => {
  await page.goto('./#/quiz/accept-fd@1');
  const q = quiz(page);
  await expect(q.prompt).toBeFocused();
  await q.check.click();
  await expect(q.main.getByRole('alert')).toHaveText(/Type an answer first/);
  await q.answerBox.fill('99');
  await q.answerBox.press('Enter');
  await expect(q.verdict).toHaveText('Incorrect');
  // Animated: it plays through the steps before it is done.
  await expect(q.phase).toHaveAttribute('data-phase', 'playing');
  await expect(q.phase).toHaveAttribute('data-phase', 'done', { timeout: 15_000 });
  const reveal = await q.phase.getAttribute('data-reveal-step');
  await expect(q.phase).toHaveAttribute('data-step', reveal!);
  await q.main.getByRole('button', { name: /Replay the reveal/ }).click();
  await expect(q.phase).toHaveAttribute('data-phase', 'playing');
  await expect(q.phase).toHaveAttribute('data-phase', 'done', { timeout: 15_000 });
});

test('a question that does not exist, or a damaged progress store, shows a clear message, never a blank page', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./#/quiz/no-such-question@1?speed=instant');
  const q = quiz(page);
  await expect(q.main.getByRole('alert')).toContainText('There is no quiz question called “no-such-question”');
  await page.goto('./#/quiz/not%20an%20id?speed=instant');
  await expect(q.main.getByRole('alert')).toContainText('is not a quiz question');
  await q.main.getByRole('link', { name: 'Back to the quiz' }).click();
  await expect(q.main.getByRole('button', { name: 'Start quiz' })).toBeVisible();

  // Damaged storage: the quiz starts from empty progress.
  await page.evaluate(() => localStorage.setItem('socket-lab:quiz-progress', '{"version":1,"answered":'));
  await page.reload();
  await expect(q.total).toHaveText('No questions answered yet.');
  expect(errors).toEqual([]);
});

test('the workspace loads neither the quiz nor the scenario library; their links load them on demand', async ({ page }) => {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(r.url()));
  await page.goto('./?speed=instant');
  await expect(page.getByRole('region', { name: 'Kernel' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Sequence diagram' })).toBeVisible();
  expect(urls.filter((u) => /QuizEntry|ScenariosEntry|\/quiz-[^/]*\.js|\/scenarios-[^/]*\.js/.test(u))).toEqual([]);
  await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Quiz' }).click();
  await expect(page.getByRole('main').getByRole('button', { name: 'Start quiz' })).toBeVisible();
  expect(urls.some((u) => /QuizEntry/.test(u))).toBe(true);
});

test('the question page honours prefers-reduced-motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./#/quiz/listen-state@1');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeFocused();
  await expect(page.locator('.quiz-app')).toHaveAttribute('data-motion', 'reduced');
  await page.goto('./#/quiz/listen-state@1?speed=instant');
  await expect(page.locator('.quiz-app')).toHaveAttribute('data-motion', 'instant');
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join(', ')}`);
}

for (const theme of ['Dark', 'Light', 'High contrast']) {
  test(`axe: the scenario picker, the quiz home and a question have no serious violations (${theme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('./?speed=instant#/scenarios');
    await page.getByLabel('Theme').selectOption({ label: theme });
    await expect(page.getByRole('searchbox', { name: 'Search scenarios' })).toBeVisible();
    await page.locator('details.scenario-notes-mini summary').first().click();
    expect(await seriousViolations(page)).toEqual([]);

    // A scenario in the workspace, with its notes.
    await page.goto('./?speed=instant#/scenario/close-unread-data-rst');
    await expect(page.getByRole('region', { name: 'Teaching notes' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sequence diagram' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await page.goto('./?speed=instant#/quiz');
    const q = quiz(page);
    await expect(q.main.getByRole('button', { name: 'Start quiz' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    await openQuestion(page, 'close-next-segment@1');
    await expect(q.sim.getByRole('region', { name: 'Sequence diagram' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await q.main.getByRole('radio').first().check();
    await q.check.click();
    await expect(q.verdict).toBeVisible();
    await expect(q.phase).toHaveAttribute('data-phase', 'done');
    expect(await seriousViolations(page)).toEqual([]);

    // With a wrong answer to review.
    await q.main.getByRole('link', { name: 'Quiz', exact: true }).click();
    await expect(q.review.getByRole('listitem').first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });
}
