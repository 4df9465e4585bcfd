// Models: the registry of a series, the gate's decisions, the champion alias history, a backtest
// comparison of two versions and the promote / rollback action.
import { api, h, panel, empty, table, num, pct, when, badge, chart, scalarMetrics } from './core.js';

export async function modelsPage(root, ctx) {
  const started = performance.now();
  const [models, trainings] = await Promise.all([
    api(`/api/v1/models?series=${encodeURIComponent(ctx.series)}`),
    api(`/api/v1/trainings?series=${encodeURIComponent(ctx.series)}&limit=200`),
  ]);
  const runs = new Map(trainings.map((t) => [t.id, t]));
  root.append(h('h1', {}, `Models · ${ctx.series}`));
  const versions = models.versions || [];
  if (versions.length === 0) {
    root.append(empty('No model versions for this series yet.',
      'Train one with POST /api/v1/trainings {"series": "' + ctx.series + '"} (API key needed) or run the training job from the Runs page.'));
    root.append(trainingsPanel(trainings));
    ctx.markReady(started);
    return;
  }
  root.append(h('div', { class: 'notice' }, 'Champion: ',
    h('strong', { id: 'champion-version', dataset: { version: String(models.champion_version ?? '') } },
      models.champion_version ? `v${models.champion_version}` : 'none')));

  root.append(panel('Versions', table([
    { label: 'version', value: (v) => h('span', {}, `v${v.version} `, v.champion ? badge('champion', 'champion') : null) },
    { label: 'algorithm', value: (v) => v.algorithm },
    { label: 'RMSE', num: true, value: (v) => num(scalarMetrics(v.metrics).rmse) },
    { label: 'MAE', num: true, value: (v) => num(scalarMetrics(v.metrics).mae) },
    { label: 'MAPE', num: true, value: (v) => pct(scalarMetrics(v.metrics).mape) },
    { label: 'coverage', num: true, value: (v) => pct(scalarMetrics(v.metrics).coverage) },
    { label: 'training window', value: (v) => v.training_window ? `${v.training_window.start} … ${v.training_window.end} (${v.training_window.rows})` : null },
    { label: 'decision', value: (v) => badge(runs.get(v.training_run_id)?.decision) },
    { label: 'reason', wrap: true, value: (v) => runs.get(v.training_run_id)?.reason },
    { label: 'created', value: (v) => when(v.created_at) },
    { label: '', value: (v) => v.champion ? null : h('button', {
      class: 'primary', 'data-promote': String(v.version),
      onclick: () => ctx.promote(ctx.series, v.version, models.champion_version),
    }, models.champion_version && v.version < models.champion_version ? `Roll back to v${v.version}` : `Promote v${v.version}`) },
  ], versions.map((v) => ({ ...v, __attrs: { 'data-version': String(v.version) } })), { id: 'versions-table' })));

  root.append(comparePanel(versions, ctx));
  root.append(panel('Champion alias history', (models.alias_history || []).length === 0 ? empty('No alias moves yet.') : table([
    { label: 'moved', value: (m) => when(m.moved_at) },
    { label: 'from', value: (m) => (m.from_version ? `v${m.from_version}` : '—') },
    { label: 'to', value: (m) => `v${m.to_version}` },
    { label: 'by', value: (m) => m.moved_by },
    { label: 'reason', wrap: true, value: (m) => m.reason },
    { label: 'training run', value: (m) => m.training_run_id },
  ], models.alias_history, { id: 'alias-history' })));
  root.append(trainingsPanel(trainings));
  ctx.markReady(started);
}

function trainingsPanel(trainings) {
  return panel('Training runs and the gate\'s decisions', trainings.length === 0 ? empty('No training runs yet.') : table([
    { label: 'run', value: (t) => `#${t.id}` },
    { label: 'started', value: (t) => when(t.started_at) },
    { label: 'trigger', value: (t) => t.trigger },
    { label: 'decision', value: (t) => badge(t.decision || t.status) },
    { label: 'challenger', value: (t) => (t.challenger?.version ? `v${t.challenger.version}` : t.challenger?.algorithm) },
    { label: `challenger ${trainings[0]?.metric || 'metric'}`, num: true, value: (t) => num(t.challenger?.metrics?.[t.metric] ?? t.challenger?.metrics?.overall?.[t.metric]) },
    { label: 'champion', value: (t) => (t.champion ? `v${t.champion.version}` : '—') },
    { label: 'reason', wrap: true, value: (t) => t.reason },
  ], trainings));
}

function comparePanel(versions, ctx) {
  const p = panel('Compare two versions\' backtests');
  if (versions.length < 2) {
    p.append(empty('Only one version so far.', 'A second training (or a rejected challenger that was registered) gives something to compare.'));
    return p;
  }
  const options = versions.map((v) => h('option', { value: String(v.version) }, `v${v.version}`));
  const a = h('select', { id: 'compare-a' }, options.map((o) => o.cloneNode(true)));
  const b = h('select', { id: 'compare-b' }, options.map((o) => o.cloneNode(true)));
  a.value = String(versions[1].version);
  b.value = String(versions[0].version);
  const metric = h('select', { id: 'compare-metric' }, ['rmse', 'mae', 'mape', 'coverage'].map((m) => h('option', { value: m }, m)));
  const out = h('div');
  const render = () => {
    out.replaceChildren();
    const va = versions.find((v) => String(v.version) === a.value);
    const vb = versions.find((v) => String(v.version) === b.value);
    const rows = ['overall', ...Object.keys({ ...(va.metrics?.by_horizon || {}), ...(vb.metrics?.by_horizon || {}) })];
    const pick = (v, bucket) => (bucket === 'overall' ? v.metrics?.overall : v.metrics?.by_horizon?.[bucket]) || {};
    out.append(table([
      { label: 'horizon (days)', value: (r) => r },
      ...['rmse', 'mae', 'mape', 'coverage'].flatMap((m) => [
        { label: `${m} v${va.version}`, num: true, value: (r) => (m === 'mape' || m === 'coverage' ? pct(pick(va, r)[m]) : num(pick(va, r)[m])) },
        { label: `${m} v${vb.version}`, num: true, value: (r) => (m === 'mape' || m === 'coverage' ? pct(pick(vb, r)[m]) : num(pick(vb, r)[m])) },
      ]),
    ], rows));
    const folds = (v) => (v.metrics?.folds || []).map((f) => `${f.cutoff} → ${f.end}`).join(', ') || '—';
    out.append(h('div', { class: 'legend-note' }, `folds v${va.version}: ${folds(va)}`), h('div', { class: 'legend-note' }, `folds v${vb.version}: ${folds(vb)}`));
    // A bar-like chart: the chosen metric per horizon bucket for both versions.
    const buckets = rows.filter((r) => r !== 'overall');
    if (buckets.length) {
      const box = h('div', { class: 'chart', id: 'compare-chart', dataset: { points: String(buckets.length) } });
      out.append(box);
      const x = buckets.map((_, i) => i + 1);
      chart(box, {
        height: 220,
        series: [
          { label: `${metric.value} v${va.version}`, stroke: '#d9480f', width: 2, points: { size: 8 } },
          { label: `${metric.value} v${vb.version}`, stroke: '#1f6feb', width: 2, points: { size: 8 } },
        ],
        data: [x, buckets.map((r) => pick(va, r)[metric.value] ?? null), buckets.map((r) => pick(vb, r)[metric.value] ?? null)],
        time: false, xValues: buckets,
      });
    }
  };
  [a, b, metric].forEach((s) => s.addEventListener('change', render));
  p.append(h('div', { class: 'row' }, 'version ', a, ' vs ', b, ' chart ', metric), out);
  render();
  return p;
}
