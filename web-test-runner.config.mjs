import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {fromRollup} from '@web/dev-server-rollup';
import {chromeLauncher} from '@web/test-runner-chrome';
import {CHROMIUM_ARGS, chromiumPath} from './scripts/chromium.mjs';
import {csvParseBrowser} from './scripts/rollup/csv-parse-browser.mjs';
import {cspPage} from './test/server/csp.mjs';
import {testRoutes} from './test/server/routes.mjs';
import {wikidataStandIn} from './test/studio/wikidata-stand-in.mjs';

const chromium = chromiumPath();
if (!chromium) {
  console.error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
  process.exit(1);
}

const firefox = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
const only = process.env.BROWSERS?.split(',');

const browsers = [
  (!only || only.includes('chromium')) &&
    chromeLauncher({launchOptions: {executablePath: chromium, args: CHROMIUM_ARGS}}),
  // Firefox ESR through the same launcher (puppeteer speaks WebDriver BiDi to it).
  firefox &&
    (!only || only.includes('firefox')) &&
    chromeLauncher({
      launchOptions: {browser: 'firefox', executablePath: firefox, headless: true},
      async createPage({browser}) {
        const page = await browser.newPage();
        // Firefox ESR's WebDriver BiDi has no screen-orientation command, which
        // puppeteer sends along with every viewport change; the size still applies.
        const setViewport = page.setViewport.bind(page);
        page.setViewport = (viewport) => setViewport(viewport).catch(() => {});
        return page;
      },
    }),
].filter(Boolean);

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: {exportConditions: ['production']},
  concurrency: 1,
  browsers,
  testFramework: {config: {timeout: 10000}},
  middleware: [testRoutes, cspPage, wikidataStandIn],
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'}), fromRollup(csvParseBrowser)()],
  filterBrowserLogs: ({type}) => type === 'error' || process.env.WTR_LOGS === '1',
};
