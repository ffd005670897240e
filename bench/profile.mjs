#!/usr/bin/env node
/**
 * Where the element's time goes: CPU profile (Chrome DevTools protocol) of one
 * benchmark step, on an unminified bundle rolled from lib/ (run `npm run build`
 * first), printed as the functions with the most self time and the most total time.
 *
 *   node bench/profile.mjs [--n 1000] [--step firstRender|langSwitch|vanilla] [--runs 5]
 */
import {nodeResolve} from '@rollup/plugin-node-resolve';
import {rollup} from 'rollup';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from '../scripts/chromium.mjs';
import {startServer} from './server.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), [])
);
const n = Number(args.n ?? 1000);
const step = args.step ?? 'firstRender';
const runs = Number(args.runs ?? 5);

const build = await rollup({input: 'lib/element/define.js', plugins: [nodeResolve({exportConditions: ['production'], browser: true})]});
const {output} = await build.generate({format: 'es'});
const {server, base} = await startServer({overrides: {'/dist/twin-cities.js': output[0].code}});
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage({viewport: {width: 1280, height: 800}});
  await page.goto(`${base}/bench/page.html`);
  await page.waitForFunction(() => window.benchReady === true);
  await page.evaluate((n) => window.bench.prepare([n]), n);
  // langOnly: the fr → pl switch alone, on an element rendered before the profiler starts.
  const render = () =>
    page.evaluate(async (n) => {
      const feed = await (await fetch(`/feeds/${n}.json`)).json();
      document.querySelector('twin-cities#profiled')?.remove();
      const el = Object.assign(document.createElement('twin-cities'), {id: 'profiled'});
      el.setAttribute('lang', 'fr');
      el.setAttribute('page-size', '0');
      document.getElementById('stage').append(el);
      const loaded = new Promise((resolve) => el.addEventListener('load', resolve, {once: true}));
      el.feed = feed;
      await loaded;
      window.gc?.();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }, n);
  const switchLang = () =>
    page.evaluate(async () => {
      const el = document.querySelector('twin-cities#profiled');
      const t0 = performance.now();
      el.setAttribute('lang', 'pl');
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return {raf: performance.now() - t0};
    });
  const once =
    step === 'langOnly'
      ? async () => {
          await cdp?.send('Profiler.stop').catch(() => {});
          await render();
          if (cdp) await cdp.send('Profiler.start');
          return switchLang();
        }
      : () =>
    step === 'langSwitch'
      ? page.evaluate((n) => window.bench.langSwitchElement(n), n)
      : page.evaluate(([n, v]) => window.bench.firstRender(n, v), [n, step === 'vanilla' ? 'vanilla' : 'element0']);
  let cdp;
  await once(); // warm-up
  await once();
  cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 100});
  await cdp.send('Profiler.start');
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  const {profile} = await cdp.send('Profiler.stop');
  console.log(`${step}, N=${n}, ${runs} runs:`, samples.map((s) => (s.element ?? s).raf.toFixed(1)).join(', '), 'ms to rAF');

  // Self and total time per function (by name and location).
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const dt = new Map();
  profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const key = (node) => {
    const f = node.callFrame;
    const file = f.url.split('/').pop() || '';
    return `${f.functionName || '(anonymous)'} ${file}${file ? `:${f.lineNumber + 1}` : ''}`;
  };
  const self = new Map();
  const total = new Map();
  let all = 0;
  for (const [id, t] of dt) {
    const node = byId.get(id);
    all += t;
    self.set(key(node), (self.get(key(node)) ?? 0) + t);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = key(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      total.set(k, (total.get(k) ?? 0) + t);
    }
  }
  const top = (map, count) =>
    [...map]
      .filter(([k]) => !/^\((root|program|idle)\)/.test(k))
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([k, t]) => `  ${(t / runs).toFixed(1).padStart(8)} ms/run  ${((100 * t) / all).toFixed(1).padStart(5)}%  ${k}`)
      .join('\n');
  console.log(`\nSelf time (per run):\n${top(self, 25)}`);
  console.log(`\nTotal time incl. callees (per run):\n${top(total, 35)}`);
} finally {
  await browser.close();
  server.close();
}
