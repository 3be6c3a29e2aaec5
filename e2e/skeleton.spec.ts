import { expect, test } from '@playwright/test';

test('the first screen shows the lecture server and client side by side', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: 'Socket Lab' })).toBeVisible();
  const main = page.getByRole('main');
  await expect(main).toBeVisible();
  const server = main.getByRole('region', { name: 'Server code' });
  const client = main.getByRole('region', { name: /^Client( 1)? code$/ });
  await expect(server).toContainText('server.listen(30)');
  await expect(server).toContainText('print data');
  await expect(client).toContainText('s.send("Hello Server!")');
  // Line numbers run down the side of each program.
  await expect(server.getByRole('listitem')).toHaveCount(17);
  await expect(client.getByRole('listitem')).toHaveCount(8);
  // Side by side: the client's panel starts to the right of the server's.
  const a = await server.boundingBox();
  const b = await client.boundingBox();
  expect(a && b && b.x > a.x + a.width - 1).toBeTruthy();
});
