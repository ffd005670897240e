// Takes a screenshot of a page with Debian's Chromium: node scripts/screenshot.mjs URL OUT.png [width]
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from './chromium.mjs';

const [url, out, width = '1200'] = process.argv.slice(2);
const browser = await chromium.launch({executablePath: chromiumPath(), args: CHROMIUM_ARGS});
try {
  const page = await browser.newPage({viewport: {width: Number(width), height: 900}});
  await page.goto(url, {waitUntil: 'networkidle'});
  await page.waitForTimeout(300);
  await page.screenshot({path: out, fullPage: process.env.FULL_PAGE === '1'});
} finally {
  await browser.close();
}
