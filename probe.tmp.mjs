import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const name of process.argv.slice(2)) {
  const page = await browser.newPage({ viewport: { width: 1100, height: 800 } });
  page.on('console', (m) => console.log(name, 'console', m.type(), m.text()));
  page.on('pageerror', (e) => console.log(name, 'pageerror', e.message));
  page.on('request', (r) => { if (!r.url().startsWith('file:')) console.log('REQUEST', r.url()); });
  await page.goto('file://' + process.cwd() + '/reports/' + name + '.html');
  await page.waitForTimeout(1200);
  console.log(name, await page.locator('figure.chart').count(), 'charts', await page.locator('figure.chart.is-interactive').count(), 'interactive');
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
  await page.close();
}
await browser.close();
