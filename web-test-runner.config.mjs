import {existsSync} from 'node:fs';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {chromeLauncher} from '@web/test-runner-chrome';
import {cspPage} from './test/server/csp.mjs';
import {testRoutes} from './test/server/routes.mjs';

/** The first browser found: CHROME_PATH, then the usual Debian and Google names. */
function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    console.error('No Chromium found: install one (apt-get install -y chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  return found;
}

const args = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
];

const firefox = ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
const only = process.env.BROWSERS?.split(',');

const browsers = [
  (!only || only.includes('chromium')) &&
    chromeLauncher({launchOptions: {executablePath: findChromium(), args}}),
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
  files: ['test/**/*.test.ts', '!test/cli/**', '!test/node/**'],
  nodeResolve: {exportConditions: ['production']},
  concurrency: 1,
  browsers,
  testFramework: {config: {timeout: 10000}},
  middleware: [testRoutes, cspPage],
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'})],
  filterBrowserLogs: ({type}) => type === 'error' || process.env.WTR_LOGS === '1',
};
