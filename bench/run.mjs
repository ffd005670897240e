#!/usr/bin/env node
/**
 * `npm run bench`: <twin-cities> against a vanilla innerHTML floor, in Debian's
 * headless Chromium, for generated feeds of 10 to 10 000 partners. See bench/README.md.
 *
 *   node bench/run.mjs [--runs N] [--warmup N] [--smoke]
 *
 * --smoke: one run, N = 10 and 100, no warm-up; checks that everything still works
 * (exit status 1 on any error). A full run also exits 1 when a target fails.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {CHROMIUM_ARGS, chromiumPath} from '../scripts/chromium.mjs';
import {SEED} from './generate.mjs';
import {startServer} from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = dirname(here);
const bundle = join(root, 'dist', 'twin-cities.js');

// ---------------------------------------------------------------------------
// Options

function parseArgs(argv) {
  const options = {runs: 10, warmup: 2, smoke: false};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = arg.includes('=') ? arg.split('=')[1] : argv[++i];
      const n = Number(v);
      if (!Number.isInteger(n) || n < 0) throw new Error(`${arg.split('=')[0]} needs a whole number, got ${v}`);
      return n;
    };
    if (arg === '--smoke') options.smoke = true;
    else if (arg.startsWith('--runs')) options.runs = Math.max(1, value());
    else if (arg.startsWith('--warmup')) options.warmup = value();
    else if (arg === '--help' || arg === '-h') {
      console.log('node bench/run.mjs [--runs N] [--warmup N] [--smoke]');
      process.exit(0);
    } else throw new Error(`unknown option ${arg}`);
  }
  if (options.smoke) Object.assign(options, {runs: 1, warmup: 0});
  options.ns = options.smoke ? [10, 100] : [10, 100, 1000, 10000];
  return options;
}

const options = parseArgs(process.argv.slice(2));
const CHROMIUM = chromiumPath();
const ARGS = [...CHROMIUM_ARGS, '--enable-precise-memory-info', '--js-flags=--expose-gc'];

// ---------------------------------------------------------------------------
// Build, server

if (!existsSync(bundle)) {
  console.log('dist/twin-cities.js is missing: npm run build');
  const build = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
  if (build.status !== 0 || !existsSync(bundle)) {
    console.error('build failed');
    process.exit(1);
  }
}

const {server, base, requests} = await startServer();


// ---------------------------------------------------------------------------
// Statistics and printing

function stats(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return undefined;
  const q = (p) => {
    const i = (v.length - 1) * p;
    const lo = Math.floor(i);
    return v[lo] + (v[Math.ceil(i)] - v[lo]) * (i - lo);
  };
  return {median: q(0.5), min: v[0], max: v[v.length - 1], p25: q(0.25), p75: q(0.75), n: v.length};
}
const pick = (samples, key) => stats(samples.map((s) => s[key]));
const ms = (s) => (s ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : '—');
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
const kb = (s) => (s ? `${(s.median / 1024).toFixed(0)} KiB` : '—');
const num = (s) => (s ? String(Math.round(s.median)) : '—');

function table(title, head, rows) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  return [`\n${title}`, line(head), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------------------
// Run

const errors = [];
const results = {};
const started = Date.now();
const browser = await chromium.launch({executablePath: CHROMIUM, args: ARGS});
const chromiumVersion = browser.version();
const log = (...args) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s]`, ...args);

try {
  log(`Chromium ${chromiumVersion}; ${options.runs} run(s) + ${options.warmup} warm-up; N = ${options.ns.join(', ')}`);
  const context = await browser.newContext({viewport: {width: 1280, height: 800}});
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`console error: ${m.text()}`));
  await page.goto(`${base}/bench/page.html`);
  await page.waitForFunction(() => window.benchReady === true, null, {timeout: 30000});
  const prepared = await page.evaluate((ns) => window.bench.prepare(ns), options.ns);
  if (!prepared.gc) errors.push('window.gc is missing: --js-flags=--expose-gc did not apply');
  if (!prepared.memory) errors.push('performance.memory is missing');

  for (const n of options.ns) {
    const r = (results[n] = {feedBytes: prepared.sizes[n]});
    const attempt = async (label, fn) => {
      try {
        return await fn();
      } catch (e) {
        errors.push(`N=${n} ${label}: ${e.message.split('\n')[0]}`);
        return undefined;
      }
    };
    const call = (fn, ...args) => page.evaluate(([fn, args]) => window.bench[fn](...args), [fn, args]);
    const VARIANTS = ['element0', 'vanilla', 'element100'];

    log(`N=${n}: (a) first render`);
    r.firstRender = await attempt('first render', async () => {
      const samples = Object.fromEntries(VARIANTS.map((v) => [v, []]));
      for (let i = 0; i < options.warmup + options.runs; i++) {
        // Interleaved, in an order that rotates every run.
        for (let j = 0; j < VARIANTS.length; j++) {
          const variant = VARIANTS[(i + j) % VARIANTS.length];
          const sample = await call('firstRender', n, variant);
          if (i >= options.warmup) samples[variant].push(sample);
        }
      }
      return samples;
    });

    log(`N=${n}: (b) language switch`);
    r.langSwitch = await attempt('language switch', async () => {
      const samples = {element: [], vanilla: [], unrelated: []};
      for (let i = 0; i < options.warmup + options.runs; i++) {
        const e = await call('langSwitchElement', n);
        const v = await call('langSwitchVanilla', n);
        if (i < options.warmup) continue;
        samples.element.push(e.element);
        samples.unrelated.push(e.unrelated);
        samples.vanilla.push(v);
      }
      return samples;
    });

    log(`N=${n}: (c) memory`);
    r.memory = await attempt('memory', async () => {
      const samples = {element100: [], element0: [], vanilla: []};
      for (let i = 0; i < options.runs; i++) {
        for (const variant of Object.keys(samples)) samples[variant].push(await call('memory', n, variant));
      }
      return samples;
    });

    log(`N=${n}: (d, e) page load, fresh page per run`);
    r.pageLoad = await attempt('page load', async () => {
      const samples = [];
      for (let i = 0; i < options.warmup + options.runs; i++) {
        const ctx = await browser.newContext({viewport: {width: 1280, height: 800}});
        const p = await ctx.newPage();
        const pageErrors = [];
        p.on('pageerror', (e) => pageErrors.push(e.message));
        await p.goto(`${base}/bench/load.html?n=${n}`);
        const b = await p
          .waitForFunction(() => (window.__bench.raf && window.__bench.defined) || window.__bench.error, null, {timeout: 60000})
          .then(() => p.evaluate(() => {
            const bundle = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/dist/twin-cities.js'));
            return {...window.__bench, bundleEnd: bundle?.responseEnd};
          }));
        await ctx.close();
        if (pageErrors.length) throw new Error(pageErrors[0]);
        if (b.error) throw new Error(`error event ${JSON.stringify(b.error)}`);
        if (b.detail?.partners !== n) throw new Error(`load detail says ${b.detail?.partners} partners, expected ${n}`);
        if (i >= options.warmup) {
          samples.push({
            load: b.load,
            raf: b.raf,
            define: b.defined - b.module,
            defineAfterDownload: b.bundleEnd ? b.defined - Math.max(b.bundleEnd, b.module) : NaN,
          });
        }
      }
      return samples;
    });
  }

  log('(f) 5 elements, one src');
  const sameUrl = `/feeds/100.json?same=${Date.now()}`;
  results.sameSrc = await page
    .evaluate(([url]) => window.bench.sameSrc(url, 5), [sameUrl])
    .then((r) => ({...r, url: sameUrl, requests: requests.get(sameUrl) ?? 0}))
    .catch((e) => (errors.push(`same src: ${e.message.split('\n')[0]}`), undefined));
  await context.close();
} finally {
  await browser.close();
  server.close();
}

// ---------------------------------------------------------------------------
// Tables

const out = [];
const rowsFor = (fn) => options.ns.map((n) => fn(n, results[n] ?? {}));
const spread = `median (min–max) of ${options.runs} run${options.runs > 1 ? 's' : ''}`;

out.push(
  table(
    `(a) First render, ms: \`el.feed = data\` → \`load\` → rAF; ${spread}. vanilla = innerHTML of the same cards. ratio = element ÷ vanilla (medians).`,
    ['N', 'element page-size=0', 'vanilla', 'ratio', 'element page-size=100', 'el. to `load` (ps=0)', 'el. +layout (ps=0)', 'vanilla +layout'],
    rowsFor((n, r) => {
      const f = r.firstRender;
      if (!f) return [n, 'failed', '', '', '', '', '', ''];
      const e = pick(f.element0, 'raf');
      const v = pick(f.vanilla, 'raf');
      return [n, ms(e), ms(v), `${(e.median / v.median).toFixed(2)}×`, ms(pick(f.element100, 'raf')), ms(pick(f.element0, 'load')), ms(pick(f.element0, 'paint')), ms(pick(f.vanilla, 'paint'))];
    })
  )
);
out.push(
  table(
    `(b) Language switch fr → pl of a rendered element (page-size=0), ms to rAF; ${spread}. vanilla = innerHTML again in pl. unrelated = \`timeout\` attribute changed.`,
    ['N', 'element fr→pl', 'vanilla fr→pl', 'ratio', 'el. +layout', 'unrelated attr'],
    rowsFor((n, r) => {
      const l = r.langSwitch;
      if (!l) return [n, 'failed', '', '', '', ''];
      const e = pick(l.element, 'raf');
      const v = pick(l.vanilla, 'raf');
      return [n, ms(e), ms(v), `${(e.median / v.median).toFixed(2)}×`, ms(pick(l.element, 'paint')), ms(pick(l.unrelated, 'raf'))];
    })
  )
);
out.push(
  table(
    '(c) After render: JS heap retained (usedJSHeapSize after gc, delta; median) and nodes in the shadow root (all nodes incl. text and comments / elements).',
    ['N', 'heap el. ps=100', 'heap el. ps=0', 'heap vanilla', 'nodes el. ps=100', 'nodes el. ps=0', 'nodes vanilla'],
    rowsFor((n, r) => {
      const m = r.memory;
      if (!m) return [n, 'failed', '', '', '', '', ''];
      const nodes = (s) => `${num(pick(s, 'nodes'))} / ${num(pick(s, 'elements'))}`;
      return [n, kb(pick(m.element100, 'heap')), kb(pick(m.element0, 'heap')), kb(pick(m.vanilla, 'heap')), nodes(m.element100), nodes(m.element0), nodes(m.vanilla)];
    })
  )
);
out.push(
  table(
    `(d, e) Fresh page per run, default page size, feed fetched from the local server (\`src\`), ms from navigation start; ${spread}.`,
    ['N', 'feed size', 'page → `load`', 'page → `load` + rAF', 'module start → defined', 'of which after download'],
    rowsFor((n, r) => {
      const p = r.pageLoad;
      if (!p) return [n, '', 'failed', '', '', ''];
      return [n, `${(r.feedBytes / 1024).toFixed(0)} KiB`, ms(pick(p, 'load')), ms(pick(p, 'raf')), ms(pick(p, 'define')), ms(pick(p, 'defineAfterDownload'))];
    })
  )
);
if (results.sameSrc) {
  out.push(`\n(f) 5 <twin-cities> with the same src on one page: ${results.sameSrc.requests} request(s) to ${results.sameSrc.url}; cards ${results.sameSrc.cards.join(', ')}`);
}

// ---------------------------------------------------------------------------
// Targets

const targets = [];
const target = (name, value, pass, skip) => targets.push({name, value, verdict: skip ? 'SKIP' : pass ? 'PASS' : 'FAIL'});
const at = (n) => results[n] ?? {};
{
  const f = at(1000).firstRender;
  const skip = !f;
  const e = f && pick(f.element0, 'raf').median;
  const v = f && pick(f.vanilla, 'raf').median;
  const ratio = f ? e / v : NaN;
  target('(a) element ≤ 2× vanilla at N=1000 (page-size=0, to rAF)', skip ? 'not measured' : `${ratio.toFixed(2)}×`, ratio <= 2, skip);
  target('(a, aim) element ≤ 1.3× vanilla at N=1000', skip ? 'not measured' : `${ratio.toFixed(2)}×`, ratio <= 1.3, skip);
}
{
  const l = at(1000).langSwitch;
  const t = l && pick(l.element, 'raf').median;
  target('(b) language switch fr → pl ≤ 50 ms at N=1000 (page-size=0, to rAF)', l ? `${fmt(t)} ms` : 'not measured', t <= 50, !l);
}
{
  const m = at(10000).memory;
  const nodes = m && pick(m.element100, 'nodes').max;
  target('10 000 partners, default page size: shadow DOM < 20 000 nodes', m ? `${nodes} nodes` : 'not measured', nodes < 20000, !m);
  const f = at(10000).firstRender;
  const t = f && pick(f.element100, 'raf').median;
  target('10 000 partners, default page size: first paint < 200 ms (to rAF)', f ? `${fmt(t)} ms` : 'not measured', t < 200, !f);
}
{
  const s = results.sameSrc;
  target('(f) 5 elements with the same src: 1 request', s ? `${s.requests} request(s)` : 'not measured', s?.requests === 1, false);
}
out.push('\nTargets:');
for (const t of targets) {
  const tag = t.name.includes('aim') && t.verdict === 'FAIL' ? 'MISS' : t.verdict;
  out.push(`${tag.padEnd(4)}  ${t.name}: ${t.value}`);
}
if (errors.length) {
  out.push('\nErrors:');
  for (const e of errors) out.push(`  ${e}`);
}

const machine = {
  cpu: os.cpus()[0]?.model,
  cores: os.cpus().length,
  memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
  os: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: chromiumVersion,
  date: new Date().toISOString(),
};
console.log(`\nMachine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; ${machine.os}; Node ${machine.node}; Chromium ${machine.chromium}; ${machine.date}`);
console.log(out.join('\n'));

const summarize = (samples) =>
  samples && Object.fromEntries(Object.entries(samples).filter(([, list]) => list).map(([k, list]) => [k, Object.fromEntries(Object.keys(list[0] ?? {}).map((m) => [m, pick(list, m)]))]));
writeFileSync(
  join(here, options.smoke ? 'results.smoke.json' : 'results.json'),
  JSON.stringify(
    {
      machine,
      options: {runs: options.runs, warmup: options.warmup, smoke: options.smoke, ns: options.ns, seed: SEED, chromiumArgs: ARGS},
      summary: Object.fromEntries(
        options.ns.map((n) => [n, {feedBytes: results[n]?.feedBytes, ...Object.fromEntries(['firstRender', 'langSwitch', 'memory', 'pageLoad'].map((k) => [k, k === 'pageLoad' ? summarize({page: results[n]?.[k]}) : summarize(results[n]?.[k])]))}])
      ),
      sameSrc: results.sameSrc,
      targets,
      errors,
      samples: results,
    },
    null,
    1
  ) + '\n'
);
console.log(`\nWrote bench/${options.smoke ? 'results.smoke.json' : 'results.json'} (${((Date.now() - started) / 1000).toFixed(0)} s).`);

const failed = errors.length > 0 || targets.some((t) => t.verdict === 'FAIL' && !t.name.includes('aim'));
process.exit(failed ? 1 : 0);
