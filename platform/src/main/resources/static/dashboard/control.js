// Control: windowed RMSE, bias and coverage over time against the criteria thresholds, and each
// criterion's latest verdict with its reason. The report's shape is read defensively: the page
// draws what the server sends and lists the rest.
import { api, h, panel, empty, table, num, badge, chart, dailyAxis, placeOnAxis } from './core.js';

export async function controlPage(root, ctx) {
  const started = performance.now();
  root.append(h('h1', {}, `Control · ${ctx.series}`));
  if (!ctx.features.control) {
    root.append(empty('The control report is not available on this server yet.',
      'Once the control service is deployed, this page shows windowed RMSE, bias and coverage of the logged forecasts against the actuals, with each criterion\'s verdict.'));
    ctx.markReady(started);
    return;
  }
  const windowSelect = h('select', { id: 'control-window' }, ['7', '30'].map((w) => h('option', { value: w }, `${w} days`)));
  windowSelect.value = ctx.params.get('window') || '30';
  windowSelect.addEventListener('change', () => ctx.navigate({ window: windowSelect.value }));
  root.append(h('div', { class: 'row' }, 'window ', windowSelect));
  const report = await api(`/api/v1/control/report?series=${encodeURIComponent(ctx.series)}&window=${windowSelect.value}`);
  const over = timeline(report);
  if (over.length === 0) {
    root.append(empty('No evaluated forecasts yet for this series.',
      'Forecasts are evaluated once the actuals of their days are loaded (the daily-forecast and daily-load jobs).'));
  } else {
    const metrics = [['rmse', 'RMSE'], ['bias', 'bias'], ['coverage', 'coverage']];
    for (const [key, label] of metrics) {
      const rows = over.filter((r) => typeof r[key] === 'number');
      if (rows.length === 0) continue;
      const days = rows.map((r) => r.day);
      const axis = dailyAxis(days.reduce((a, b) => (a < b ? a : b)), days.reduce((a, b) => (a > b ? a : b)));
      const col = placeOnAxis(axis, days, rows.map((r) => r[key]));
      const series = [{ label, stroke: '#1f6feb', width: 1.5 }];
      const data = [axis.x, col.values];
      const threshold = thresholdFor(report, key);
      if (threshold !== null) {
        series.push({ label: `threshold ${num(threshold)}`, stroke: '#c62828', dash: [6, 4], width: 1 });
        data.push(axis.x.map(() => threshold));
      }
      const box = h('div', { class: 'chart', id: `control-${key}`, dataset: { points: String(col.placed) } });
      root.append(panel(`${label} over time (window ${windowSelect.value} days)`, box));
      chart(box, { series, data, height: 220 });
    }
  }
  const verdicts = findArray(report, ['criteria', 'verdicts', 'evaluations', 'latest_verdicts']);
  root.append(panel('Criteria: latest verdict and why', verdicts.length === 0 ? empty('No criterion has been evaluated yet.') : table([
    { label: 'criterion', value: (v) => v.criterion || v.name },
    { label: 'verdict', value: (v) => badge(v.verdict || v.status || v.state) },
    { label: 'observed', num: true, value: (v) => num(v.observed ?? v.observed_value ?? v.value) },
    { label: 'threshold', num: true, value: (v) => num(v.threshold) },
    { label: 'window', value: (v) => v.window ?? v.window_days },
    { label: 'why', wrap: true, value: (v) => v.reason || v.detail || v.description || v.explanation },
  ], verdicts, { id: 'control-verdicts' })));
  root.append(panel('Report (raw)', h('details', {}, h('summary', {}, 'show JSON'), h('pre', {}, JSON.stringify(report, null, 2)))));
  ctx.markReady(started);
}

/** Rows {day, rmse, bias, coverage} from whatever array of dated metric objects the report holds. */
function timeline(report) {
  const arr = findArray(report, ['timeline', 'history', 'series', 'points', 'windows', 'metrics', 'versions', 'by_version']);
  const rows = [];
  const visit = (list) => {
    for (const item of list) {
      if (!item || typeof item !== 'object') continue;
      const day = item.as_of || item.day || item.ds || item.date || item.window_end || item.end;
      if (day && /^\d{4}-\d{2}-\d{2}/.test(day) && ('rmse' in item || 'bias' in item || 'coverage' in item)) {
        rows.push({ day: day.slice(0, 10), rmse: item.rmse, bias: item.bias, coverage: item.coverage });
      }
      for (const v of Object.values(item)) if (Array.isArray(v)) visit(v);
    }
  };
  visit(arr);
  const seen = new Map();
  for (const r of rows) seen.set(r.day, r);
  return [...seen.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

function thresholdFor(report, key) {
  const t = report && (report.thresholds || report.criteria_thresholds);
  if (t && typeof t[key] === 'number') return t[key];
  return null;
}

function findArray(obj, names) {
  if (Array.isArray(obj)) return obj;
  if (!obj || typeof obj !== 'object') return [];
  for (const n of names) if (Array.isArray(obj[n])) return obj[n];
  return [];
}
