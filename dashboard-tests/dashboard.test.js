// Browser tests of the dashboard in headless Chromium (system package, driven by playwright-core).
// Environment: DASHBOARD_URL (a bootstrapped server), DASHBOARD_EMPTY_URL (a server on an empty
// database), FT_API_KEY, SCREENSHOT_DIR. Exits non-zero when a check fails.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const BASE = required('DASHBOARD_URL');
const EMPTY = process.env.DASHBOARD_EMPTY_URL;
const KEY = required('FT_API_KEY');
const SHOTS = process.env.SCREENSHOT_DIR || path.join(__dirname, '..', 'target', 'dashboard-screenshots');
const PAGES = ['overview', 'models', 'control', 'alarms', 'runs'];
const results = [];

function required(name) {
  if (!process.env[name]) { console.error(`${name} is not set`); process.exit(2); }
  return process.env[name];
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

async function apiGet(base, p) {
  const r = await fetch(base + p);
  check(r.ok, `GET ${p} answered ${r.status}`);
  return r.json();
}

async function apiPost(base, p, body) {
  const r = await fetch(base + p, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'X-API-Key': KEY }, body: JSON.stringify(body || {}),
  });
  check(r.status < 300, `POST ${p} answered ${r.status}: ${await r.text()}`);
  return r.json();
}

/** A page that records console errors, page errors and failed requests. */
async function openPage(browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') page.problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => page.problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => { if (r.status() >= 400) page.problems.push(`HTTP ${r.status()} ${r.url()}`); });
  return page;
}

async function show(page, base, route) {
  await page.goto(`${base}/#/${route}`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
}

function noProblems(page, where) {
  check(page.problems.length === 0, `${where}: ${page.problems.join(' | ')}`);
}

async function test(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    results.push({ name, ok: false, error: e.message });
    console.log(`FAIL ${name}: ${e.message}`);
  }
}

async function main() {
  fs.mkdirSync(SHOTS, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
    // playwright gives every launch a fresh temporary profile (its own --user-data-dir).
  });
  try {
    await run(browser);
  } finally {
    await browser.close();
  }
  const failed = results.filter((r) => !r.ok);
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}

async function run(browser) {
  const series = await apiGet(BASE, '/api/v1/dashboard/series');

  for (const name of PAGES) {
    await test(`${name} page loads without console errors`, async () => {
      const page = await openPage(browser);
      await show(page, BASE, `${name}?series=corrib_production`);
      check(await page.locator(`#page-${name}`).count() === 1, `#page-${name} missing`);
      check(await page.locator('.error').count() === 0, `error box shown: ${await page.locator('.error').allInnerTexts()}`);
      await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
      noProblems(page, name);
      await page.context().close();
    });
  }

  await test('overview chart draws every stored day and the forecast', async () => {
    const api = await apiGet(BASE, '/api/v1/dashboard/overview?series=corrib_production');
    const stored = series.find((s) => s.id === 'corrib_production').days;
    check(api.actuals.count === stored, `overview has ${api.actuals.count} days, series says ${stored}`);
    const page = await openPage(browser);
    await show(page, BASE, 'overview?series=corrib_production');
    const chart = page.locator('#overview-chart');
    const points = Number(await chart.getAttribute('data-points'));
    const forecastPoints = Number(await chart.getAttribute('data-forecast-points'));
    check(points === stored, `chart drew ${points} actual points, the API has ${stored}`);
    check(forecastPoints === api.forecast.count, `chart drew ${forecastPoints} forecast points, the API has ${api.forecast.count}`);
    check(await page.locator('#overview-chart canvas').count() >= 1, 'no canvas in the overview chart');
    check((await page.locator('#champion-version').innerText()).startsWith(`v${api.champion.version}`), 'champion version not shown');
    if (api.vintages.length) {
      const vPoints = Number(await page.locator('#vintages-chart').getAttribute('data-points'));
      const expected = api.vintages.reduce((n, v) => n + v.ds.length, 0);
      check(vPoints === expected, `vintage chart drew ${vPoints} points, the API has ${expected}`);
    }
    noProblems(page, 'overview');
    await page.context().close();
  });

  // The < 1 s bar is a benchmark figure (written to overview-timings.json and docs/dashboard.md), not a
  // timed assertion: on a shared 2-core CI machine wall times swing. The check only catches a page that
  // has become pathologically slow.
  await test('overview renders 6.5 years of daily data and records its timings', async () => {
    const api = await apiGet(BASE, '/api/v1/dashboard/overview?series=corrib_production');
    check(api.actuals.first <= '2018-01-01' && api.actuals.last >= '2024-06-30', `data spans ${api.actuals.first}..${api.actuals.last}`);
    const timings = [];
    for (let i = 0; i < 3; i++) {
      const page = await openPage(browser);
      const t0 = Date.now();
      await show(page, BASE, 'overview?series=corrib_production');
      const wall = Date.now() - t0;
      const nav = await page.evaluate(() => Math.round(performance.now()));
      const inPage = Number(await page.evaluate(() => document.body.dataset.renderMs));
      timings.push({ wall, sinceNavigationStart: nav, fetchAndDraw: inPage });
      await page.context().close();
    }
    console.log(`     overview timings (ms): ${JSON.stringify(timings)}`);
    fs.writeFileSync(path.join(SHOTS, 'overview-timings.json'), JSON.stringify(timings, null, 2));
    const best = Math.min(...timings.map((t) => t.wall));
    console.log(`     overview best of 3: ${best} ms from navigation to drawn chart (bar < 1000 ms, recorded, not asserted)`);
    check(best < 5000, `overview took ${best} ms from navigation to drawn chart`);
  });

  await test('series picker changes the data', async () => {
    const page = await openPage(browser);
    await show(page, BASE, 'overview?series=corrib_production');
    const before = await page.locator('#overview-chart').getAttribute('data-last-value');
    await page.selectOption('#series', 'moffat');
    await page.waitForSelector('#page-overview[data-series="moffat"]');
    await page.waitForSelector('body[data-ready="true"]');
    const api = await apiGet(BASE, '/api/v1/dashboard/overview?series=moffat');
    const chart = page.locator('#overview-chart');
    check(Number(await chart.getAttribute('data-points')) === api.actuals.count, 'moffat chart point count differs from the API');
    const after = await chart.getAttribute('data-last-value');
    check(Number(after) === api.actuals.y[api.actuals.count - 1], `last value ${after} is not moffat's`);
    check(after !== before, 'the data did not change with the series');
    check(page.url().includes('series=moffat'), 'the URL does not carry the series');
    // The choice follows to the other pages.
    await page.click('header nav a[data-page="models"]');
    await page.waitForSelector('#page-models[data-series="moffat"]');
    await page.waitForSelector('body[data-ready="true"]');
    noProblems(page, 'picker');
    await page.context().close();
  });

  await test('promotion with the API key moves the champion alias', async () => {
    const models = await apiGet(BASE, '/api/v1/models?series=corrib_production');
    check(models.versions.length >= 2, `need two versions, have ${models.versions.length}`);
    const target = models.versions.find((v) => v.version !== models.champion_version).version;
    const page = await openPage(browser);
    await show(page, BASE, 'models?series=corrib_production');
    await page.click(`button[data-promote="${target}"]`);
    await page.waitForSelector('#key-dialog[open]');
    await page.fill('#key-input', KEY);
    await page.fill('#reason-input', 'browser test rollback');
    await page.click('#key-ok');
    await page.waitForSelector(`#champion-version[data-version="${target}"]`, { timeout: 10000 });
    const after = await apiGet(BASE, '/api/v1/models?series=corrib_production');
    check(after.champion_version === target, `API says champion v${after.champion_version}, expected v${target}`);
    check(after.alias_history[0].reason === 'browser test rollback', 'alias history lacks the move');
    check(await page.evaluate(() => sessionStorage.getItem('fantastic-train.api-key')) === KEY, 'key not kept in sessionStorage');
    await page.screenshot({ path: path.join(SHOTS, 'models-after-promotion.png'), fullPage: true });
    // And back, with the key already kept for the tab.
    await page.click(`button[data-promote="${models.champion_version}"]`);
    await page.waitForSelector('#key-dialog[open]');
    check(await page.inputValue('#key-input') === KEY, 'the dialog did not offer the kept key');
    await page.click('#key-ok');
    await page.waitForSelector(`#champion-version[data-version="${models.champion_version}"]`, { timeout: 10000 });
    noProblems(page, 'promotion');
    await page.context().close();
  });

  await test('a job can be run from the Runs page with the key', async () => {
    const page = await openPage(browser);
    await show(page, BASE, 'runs?series=corrib_production');
    const before = (await apiGet(BASE, '/api/v1/jobs/runs?job=daily-forecast')).length;
    await page.click('button[data-trigger="daily-forecast"]');
    await page.fill('#key-input', KEY);
    await page.click('#key-ok');
    await page.waitForSelector('#toast:not([hidden])');
    const after = (await apiGet(BASE, '/api/v1/jobs/runs?job=daily-forecast')).length;
    check(after === before + 1, `daily-forecast runs ${before} -> ${after}`);
    noProblems(page, 'runs trigger');
    await page.context().close();
  });

  for (const window of [30, 7]) {
    await test(`control page shows the ${window}-day report and its history as the API has them`, async () => {
      const q = `series=corrib_production&window=${window}`;
      const report = await apiGet(BASE, `/api/v1/control/report?${q}`);
      const history = await apiGet(BASE, `/api/v1/dashboard/control-history?${q}`);
      check(report.checks.length > 0, 'the control report has no checks (did the replay run?)');
      const judged = history.filter((c) => typeof c.observed === 'number');
      check(judged.length > 0, 'no judged RMSE, bias or coverage check in the history (did the replay run?)');
      const page = await openPage(browser);
      await show(page, BASE, `control?${q}`);
      const checks = page.locator('#control-checks');
      check(Number(await checks.getAttribute('data-rows')) === report.checks.length, 'checks data-rows differs from the API');
      const checkRows = await page.locator('#control-checks tbody tr').count();
      check(checkRows === report.checks.length, `page lists ${checkRows} criteria, the API has ${report.checks.length}`);
      const lines = report.windows[0].metrics.length;
      const metricRows = await page.locator('#control-metrics tbody tr').count();
      check(metricRows === lines, `page lists ${metricRows} accuracy rows, the API has ${lines}`);
      if (lines === 0) check(await page.locator('#control-metrics [data-empty="true"]').count() === 1, 'no empty state for the accuracy table');
      for (const criterion of ['rmse_deviation', 'forecast_bias', 'coverage']) {
        const expected = judged.filter((c) => c.criterion === criterion).length;
        const box = page.locator(`#control-${criterion}`);
        if (expected === 0) {
          check(await box.count() === 0, `${criterion} charted without judged points`);
          continue;
        }
        const points = Number(await box.getAttribute('data-points'));
        check(points === expected, `${criterion} chart drew ${points} points, the API has ${expected}`);
        check(await page.locator(`#control-${criterion} canvas`).count() >= 1, `no canvas in the ${criterion} chart`);
      }
      await page.screenshot({ path: path.join(SHOTS, `control-${window}.png`), fullPage: true });
      noProblems(page, 'control');
      await page.context().close();
    });
  }

  await test('alarms page lists exactly the API\'s alarms, firing and resolved', async () => {
    const page = await openPage(browser);
    await show(page, BASE, 'alarms?series=corrib_production');
    const counts = {};
    for (const state of ['firing', 'resolved']) {
      const api = await apiGet(BASE, `/api/v1/alarms?state=${state}&series=corrib_production`);
      counts[state] = api.length;
      const rows = await page.locator(`#alarms-${state} tbody tr`).count();
      check(rows === api.length, `page lists ${rows} ${state} alarms, the API has ${api.length}`);
      check(Number(await page.locator(`#alarms-${state}`).getAttribute('data-rows')) === api.length, `${state} data-rows differs`);
      if (api.length === 0) {
        const text = await page.locator(`#alarms-${state} [data-empty="true"]`).innerText();
        check(text.includes(state === 'firing' ? 'Nothing firing for this series.' : 'No resolved alarms for this series.'),
          `no empty state for ${state}: ${text}`);
      } else {
        const channels = api.reduce((n, a) => n + a.deliveries.length, 0);
        const shown = await page.locator(`#alarms-${state} .delivery`).count();
        check(shown === channels, `page shows ${shown} deliveries, the API has ${channels}`);
        const first = await page.locator(`#alarms-${state} tbody tr`).first().innerText();
        check(first.includes(api[0].criterion) && first.includes(api[0].first_seen_as_of), `first row does not show ${api[0].criterion}: ${first}`);
      }
    }
    console.log(`     alarms on the page: ${JSON.stringify(counts)}`);
    await page.screenshot({ path: path.join(SHOTS, 'alarms-listed.png'), fullPage: true });
    noProblems(page, 'alarms');
    await page.context().close();
  });

  await test('runs page lists the replays', async () => {
    const api = await apiGet(BASE, '/api/v1/replays?limit=20');
    check(api.some((r) => r.status === 'SUCCEEDED'), 'no finished replay on the main server');
    const page = await openPage(browser);
    await show(page, BASE, 'runs?series=corrib_production');
    const rows = await page.locator('#replays-table tbody tr').count();
    check(rows === api.length, `page lists ${rows} replays, the API has ${api.length}`);
    check((await page.locator('#replays-table').innerText()).includes('SUCCEEDED'), 'the finished replay is not shown');
    noProblems(page, 'runs replays');
    await page.context().close();
  });

  await test('phone width: overview fits and stays readable', async () => {
    const page = await openPage(browser, { width: 390, height: 844 });
    await show(page, BASE, 'overview?series=corrib_production');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 1, `page is ${overflow}px wider than the phone screen`);
    await page.screenshot({ path: path.join(SHOTS, 'overview-phone.png'), fullPage: true });
    noProblems(page, 'phone');
    await page.context().close();
  });

  if (!EMPTY) {
    console.log('skip empty-database checks: DASHBOARD_EMPTY_URL not set');
    return;
  }
  for (const name of PAGES) {
    await test(`empty database: ${name} shows a helpful empty state`, async () => {
      const page = await openPage(browser);
      await show(page, EMPTY, `${name}?series=corrib_production`);
      check(await page.locator('.error').count() === 0, `error box on an empty database: ${await page.locator('.error').allInnerTexts()}`);
      check(await page.locator('[data-empty="true"]').count() >= 1, 'no empty state shown');
      await page.screenshot({ path: path.join(SHOTS, `empty-${name}.png`), fullPage: true });
      noProblems(page, `empty ${name}`);
      await page.context().close();
    });
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
