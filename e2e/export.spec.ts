import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { findTshark, payloadText, TSHARK_MISSING, tsharkRows } from '../src/share/tshark';


/** A button of the "Share & export" menu, opening the menu first when it is closed. */
async function menuItem(page: Page, name: string) {
  const item = page.getByRole('group', { name: 'Share and export' }).getByRole('button', { name, exact: true });
  if (!(await item.isVisible())) await page.getByRole('button', { name: /^Share & export/ }).click();
  await expect(item).toBeVisible();
  return item;
}

/**
 * Exports from the running app: the run's segments as a pcap file that tshark decodes (handshake,
 * "Hello Server!", FIN, good checksums), and the sequence diagram as a standalone SVG file.
 */

async function runLecture(page: Page) {
  await page.goto('./?speed=instant&budget=400');
  const output = page.getByRole('main').getByRole('region', { name: 'Output', exact: true });
  await page.getByLabel('Speed').selectOption({ label: 'Max' });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(output).toContainText('Hello Server!', { timeout: 30_000 });
  // Let the client's FIN and the server's ACK happen too.
  const seq = page.getByRole('region', { name: 'Sequence diagram' });
  await expect(seq.locator('[aria-label*="FIN"]').first()).toBeAttached({ timeout: 30_000 });
  const pause = page.getByRole('button', { name: 'Pause', exact: true });
  // Playing may stop by itself (the step budget) between looking and clicking.
  if (await pause.isVisible()) await pause.click({ timeout: 2_000 }).catch(() => {});
}

test('the run exports as a pcap file that tshark decodes', async ({ page }, info) => {
  const tshark = findTshark();
  test.skip(!tshark, TSHARK_MISSING);
  await runLecture(page);
  const [download] = await Promise.all([page.waitForEvent('download'), (await menuItem(page, 'Download pcap')).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pcap$/);
  const file = info.outputPath('run.pcap');
  await download.saveAs(file);
  const bytes = new Uint8Array(readFileSync(file));
  expect(new DataView(bytes.buffer).getUint32(0, true)).toBe(0xa1b2c3d4);

  const rows = tsharkRows(tshark!, bytes);
  const flags = rows.map((r) => r['tcp.flags.str'].replace(/·/g, '.'));
  const syn = flags.indexOf('..........S.');
  const synAck = flags.indexOf('.......A..S.');
  expect(syn, flags.join('\n')).toBeGreaterThanOrEqual(0);
  expect(synAck).toBeGreaterThan(syn);
  expect(flags[synAck + 1]).toBe('.......A....');
  const data = rows.findIndex((r) => payloadText(r['tcp.payload']) === 'Hello Server!');
  expect(data).toBeGreaterThan(synAck);
  const fin = flags.findIndex((f) => f.endsWith('F'));
  expect(fin).toBeGreaterThan(data);
  for (const r of rows) {
    expect(r['tcp.checksum.status']).toBe('1'); // Good
    expect(r['ip.checksum.status']).toBe('1');
  }
  // Simulated timestamps: the capture starts at the simulated epoch, and the SYN-ACK follows the
  // SYN by the link's latency (a few simulated milliseconds).
  const t0 = Number(rows[syn]['frame.time_epoch']);
  expect(t0).toBeGreaterThanOrEqual(1_767_225_600);
  expect(t0).toBeLessThan(1_767_225_600 + 60);
  const rtt = Number(rows[synAck]['frame.time_epoch']) - t0;
  expect(rtt).toBeGreaterThan(0);
  expect(rtt).toBeLessThan(0.1);
});

test('the sequence diagram exports as a standalone SVG file, whole', async ({ page, browser }, info) => {
  // Three clients make a ladder taller than the panel, which draws only what is in sight.
  await page.goto('./?speed=instant&budget=500&clients=3');
  await page.getByLabel('Speed').selectOption({ label: 'Max' });
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // The run stops by itself at the step budget; by then every client has sent and closed.
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible({ timeout: 60_000 });
  const seq = page.getByRole('region', { name: 'Sequence diagram' });
  const count = Number(/(\d+) segments?/.exec((await seq.locator('.panel-sub').textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThanOrEqual(18);
  const [download] = await Promise.all([page.waitForEvent('download'), (await menuItem(page, 'Diagram as SVG')).click()]);
  expect(download.suggestedFilename()).toMatch(/\.svg$/);
  const file = info.outputPath('diagram.svg');
  await download.saveAs(file);
  const svg = readFileSync(file, 'utf8');
  expect(svg.startsWith('<?xml')).toBe(true);
  expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
  expect(svg).toContain('SYN');
  expect(svg).toContain('FIN');
  // Every segment is in the file (one arrowhead each), and the hosts are named.
  expect(svg.match(/marker-end="url\(#arrow-/g)?.length).toBe(count);
  for (const host of ['server', 'client1', 'client2', 'client3']) expect(svg).toContain(`>${host}</text>`);
  expect(svg).not.toMatch(/class="/);
  // Styles are inline: no stylesheet is needed to draw it.
  expect(svg).toMatch(/style="[^"]*stroke:/);

  // It renders on its own, outside the app.
  const other = await browser.newContext();
  const p = await other.newPage();
  await p.setContent(`<img id="d" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`);
  const size = await p.evaluate(async () => {
    const img = document.getElementById('d') as HTMLImageElement;
    await img.decode();
    return [img.naturalWidth, img.naturalHeight];
  });
  expect(size[0]).toBeGreaterThan(300);
  expect(size[1]).toBeGreaterThan(200);
  await other.close();
});
