import { chromium } from 'playwright-core';
const [name, y, h] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1100, height: Number(h) } });
await page.goto('file://' + process.cwd() + '/reports/' + name);
await page.waitForTimeout(800);
if (y) await page.evaluate((y) => window.scrollTo(0, y), Number(y));
await page.screenshot({ path: `/tmp/shot.png` });
await browser.close();
