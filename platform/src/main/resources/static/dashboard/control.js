// Control: the control report of one window (GET /api/v1/control/report) — windowed accuracy per
// source, model version and lead as of today, each criterion's latest verdict and why — and the
// RMSE, bias and coverage checks of that window over the control runs, against their thresholds
// (GET /api/v1/dashboard/control-history).
import { api, h, panel, empty, table, num, pct, badge, chart, dailyAxis, placeOnAxis } from './core.js';

const WINDOWS = ['7', '30'];

/** The accuracy criteria charted over time: what each one's observed value is. */
const CHARTED = [
  ['rmse_deviation', 'RMSE ÷ champion backtest RMSE', num],
  ['forecast_bias', '|bias| ÷ champion backtest RMSE', num],
  ['coverage', 'coverage of the interval', pct],
];

export async function controlPage(root, ctx) {
  const started = performance.now();
  root.append(h('h1', {}, `Control · ${ctx.series}`));
  const windowSelect = h('select', { id: 'control-window' }, WINDOWS.map((w) => h('option', { value: w }, `${w} days`)));
  windowSelect.value = WINDOWS.includes(ctx.params.get('window')) ? ctx.params.get('window') : '30';
  windowSelect.addEventListener('change', () => ctx.navigate({ window: windowSelect.value }));
  root.append(h('div', { class: 'row' }, 'window ', windowSelect));
  const q = `series=${encodeURIComponent(ctx.series)}&window=${windowSelect.value}`;
  const [report, history] = await Promise.all([api(`/api/v1/control/report?${q}`), api(`/api/v1/dashboard/control-history?${q}`)]);

  root.append(panel('Champion', report.champion
    ? h('div', { id: 'control-champion' }, `v${report.champion.version}, trained to ${report.champion.training_end}; backtest RMSE `,
      num(report.champion.backtest_rmse), ' (leads 1–7: ', num(report.champion.backtest_rmse_leads1_to7) ?? '—', ')')
    : empty('No champion for this series yet.', 'Without one the RMSE and bias criteria cannot judge (train the series first).')));

  root.append(historyPanel(history, windowSelect.value));
  root.append(metricsPanel(report));
  root.append(checksPanel(report));
  ctx.markReady(started);
}

function historyPanel(history, window) {
  const p = panel(`RMSE, bias and coverage over time (${window}-day window, one point per control run)`);
  const judged = history.filter((c) => typeof c.observed === 'number');
  if (judged.length === 0) {
    p.append(empty('No evaluated forecasts judged yet for this series.',
      'Each control run (after the daily-forecast job, or every replayed day) judges the vintages whose actuals are loaded; a replay over past days fills this in.'));
    return p;
  }
  const days = judged.map((c) => c.as_of);
  const axis = dailyAxis(days.reduce((a, b) => (a < b ? a : b)), days.reduce((a, b) => (a > b ? a : b)));
  for (const [criterion, label, format] of CHARTED) {
    const rows = judged.filter((c) => c.criterion === criterion);
    if (rows.length === 0) continue;
    const col = placeOnAxis(axis, rows.map((c) => c.as_of), rows.map((c) => c.observed));
    const latest = rows[rows.length - 1];
    const series = [{ label, stroke: '#1f6feb', width: 1.5 }];
    const data = [axis.x, col.values];
    for (const [key, name, stroke] of [['threshold', 'warning', '#b26a00'], ['critical_threshold', 'critical', '#c62828']]) {
      const t = placeOnAxis(axis, rows.map((c) => c.as_of), rows.map((c) => c[key]));
      if (t.placed === 0) continue;
      series.push({ label: `${name} threshold`, stroke, dash: [6, 4], width: 1, spanGaps: true });
      data.push(t.values);
    }
    const box = h('div', { class: 'chart', id: `control-${criterion}`, dataset: { points: String(col.placed) } });
    p.append(h('h3', {}, label, ' — latest ', format(latest.observed), ' on ', latest.as_of, ' ', badge(latest.verdict)), box);
    chart(box, { series, data, height: 200 });
  }
  return p;
}

function metricsPanel(report) {
  const w = report.windows[0];
  const title = `Accuracy as of ${report.as_of} (${w ? `${w.from}..${w.to}` : 'no window'})`;
  const lines = w ? w.metrics : [];
  if (lines.length === 0) {
    return panel(title, h('div', { id: 'control-metrics', dataset: { rows: '0' } }, empty('No evaluated forecasts in this window.',
      `The report is as of today on the business clock (${report.as_of}); forecasts count once the actuals of their days are loaded.`)));
  }
  return panel(title, h('div', { id: 'control-metrics', dataset: { rows: String(lines.length) } }, table([
    { label: 'source', value: (m) => m.source },
    { label: 'model', value: (m) => `v${m.model_version}` },
    { label: 'lead (days)', value: (m) => m.lead },
    { label: 'forecasts', num: true, value: (m) => m.count },
    { label: 'RMSE', num: true, value: (m) => num(m.rmse) },
    { label: 'backtest RMSE', num: true, value: (m) => num(m.champion_backtest_rmse) },
    { label: 'RMSE ratio', num: true, value: (m) => num(m.rmse_ratio) },
    { label: 'MAE', num: true, value: (m) => num(m.mae) },
    { label: 'bias', num: true, value: (m) => num(m.bias) },
    { label: 'MAPE', num: true, value: (m) => pct(m.mape) },
    { label: 'coverage', num: true, value: (m) => pct(m.coverage) },
    { label: 'nominal', num: true, value: (m) => pct(m.nominal_coverage) },
  ], lines)));
}

function checksPanel(report) {
  const checks = report.checks;
  const title = 'Criteria: latest verdict and why';
  if (checks.length === 0) {
    return panel(title, h('div', { id: 'control-checks', dataset: { rows: '0' } },
      empty('No criterion has been evaluated yet.', 'The control run after the daily-forecast job evaluates them.')));
  }
  const asOf = checks.find((c) => c.detail && c.detail.as_of)?.detail.as_of;
  return panel(title + (asOf ? ` (control run as of ${asOf})` : ''), h('div', { id: 'control-checks', dataset: { rows: String(checks.length) } }, table([
    { label: 'criterion', value: (c) => c.criterion },
    { label: 'window', value: (c) => (c.window_days ? `${c.window_days} d` : null) },
    { label: 'model', value: (c) => (c.model_version ? `v${c.model_version}` : null) },
    { label: 'verdict', value: (c) => badge(c.verdict) },
    { label: 'observed', num: true, value: (c) => num(c.observed, 3) },
    { label: 'warning', num: true, value: (c) => num(c.threshold, 3) },
    { label: 'critical', num: true, value: (c) => num(c.critical_threshold, 3) },
    { label: 'why', wrap: true, value: (c) => why(c.detail) },
  ], checks)));
}

/** The numbers behind a verdict: the reason when there is one, else the detail's fields. */
function why(detail) {
  if (!detail) return null;
  const parts = [];
  if (detail.reason) parts.push(detail.reason);
  for (const [k, v] of Object.entries(detail)) {
    if (k === 'reason' || v === null || v === undefined) continue;
    if (Array.isArray(v)) parts.push(`${k}: ${v.length ? v.join(', ') : 'none'}`);
    else parts.push(`${k} ${typeof v === 'number' && !Number.isInteger(v) ? num(v, 3) : v}`);
  }
  return parts.join('; ');
}
