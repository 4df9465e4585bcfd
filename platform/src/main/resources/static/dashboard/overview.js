// Overview: actuals with the champion's fit and forecast band, latest vintages vs what happened,
// the champion, the last load and the alarms firing.
import { api, h, panel, empty, kv, table, num, pct, when, badge, chart, dailyAxis, placeOnAxis, scalarMetrics } from './core.js';

export async function overviewPage(root, ctx) {
  const started = performance.now();
  const data = await api(`/api/v1/dashboard/overview?series=${encodeURIComponent(ctx.series)}&horizon=30&vintages=6`);
  root.append(h('h1', {}, `Overview · ${data.series}`, h('span', { class: 'muted' }, `  ${data.description || ''}`)));

  const actuals = data.actuals;
  const f = data.forecast;
  const mainPanel = panel('Actuals and the champion\'s forecast');
  root.append(mainPanel);
  if (actuals.count === 0 && !f) {
    mainPanel.append(empty('No data for this series yet.',
      'Load data with POST /api/v1/loads {"from","to"} (API key needed), or run the daily-load job from the Runs page.',
      'A first training then makes a champion, whose forecast is drawn here.'));
  } else {
    drawMain(mainPanel, data);
  }

  const cards = h('div', { class: 'grid' });
  root.append(cards);
  cards.append(championCard(data));
  cards.append(lastLoadCard(data.last_load));
  const alarmsCard = panel('Alarms firing', h('div', { class: 'muted' }, 'loading…'));
  cards.append(alarmsCard);

  root.append(vintagesPanel(data));
  ctx.markReady(started, { apiMs: data.elapsed_ms });
  await fillAlarms(alarmsCard, ctx);
}

function drawMain(container, data) {
  const actuals = data.actuals;
  const f = data.forecast;
  const from = f ? f.ds[0] : actuals.first;
  const to = f ? f.ds[f.ds.length - 1] : actuals.last;
  const axis = dailyAxis(actuals.first && actuals.first < from ? actuals.first : from, to);
  const y = placeOnAxis(axis, actuals.ds, actuals.y);
  const series = [{ label: 'actual', stroke: '#1d2330', width: 1 }];
  const columns = [axis.x, y.values];
  let bands;
  let forecastPlaced = 0;
  if (f) {
    const yhat = placeOnAxis(axis, f.ds, f.yhat);
    forecastPlaced = yhat.placed;
    columns.push(yhat.values, placeOnAxis(axis, f.ds, f.yhat_upper).values, placeOnAxis(axis, f.ds, f.yhat_lower).values);
    const w = Math.round(f.interval_width * 100);
    series.push(
      { label: `champion v${f.model_version}`, stroke: '#1f6feb', width: 1.2 },
      { label: `upper ${w} %`, stroke: 'rgba(31,111,235,0.35)', width: 0.5 },
      { label: `lower ${w} %`, stroke: 'rgba(31,111,235,0.35)', width: 0.5 },
    );
    bands = [{ series: [3, 4], fill: 'rgba(31,111,235,0.16)' }];
  }
  const note = h('div', { class: 'row legend-note' },
    `${actuals.count} days of actuals (${actuals.first || '—'} … ${actuals.last || '—'})`,
    f ? ` · forecast from ${f.first_future_day} with the ${Math.round(f.interval_width * 100)} % interval; before it, the champion's in-sample fit` : ' · no champion yet: train one to see its forecast',
    ' · drag to zoom, double-click to reset');
  const box = h('div', {
    class: 'chart', id: 'overview-chart',
    dataset: {
      points: String(y.placed), forecastPoints: String(forecastPlaced), axisDays: String(axis.n),
      lastValue: actuals.count ? String(actuals.y[actuals.count - 1]) : '',
    },
  });
  container.append(note, box);
  const plot = chart(box, { series, data: columns, bands, height: 360, yLabel: data.unit });
  if (axis.n > 2 * 365) {
    // Start on the last two years so recent behaviour is readable; double-click shows the whole history.
    const last = axis.x[axis.n - 1];
    plot.setScale('x', { min: last - 2 * 365 * 86400, max: last });
  }
}

function championCard(data) {
  const c = data.champion;
  if (!c) {
    return panel('Champion', empty('No champion for this series.',
      'POST /api/v1/trainings {"series"} trains a challenger; the first one that beats seasonal naive becomes the champion.'));
  }
  const m = scalarMetrics(c.metrics);
  return panel('Champion',
    h('div', { class: 'big', id: 'champion-version' }, `v${c.version}`, ' ', h('span', { class: 'muted' }, c.algorithm)),
    kv([
      ['backtest RMSE', num(m.rmse)], ['MAE', num(m.mae)], ['MAPE', pct(m.mape)], ['coverage', pct(m.coverage)],
      ['training window', `${c.training_start} … ${c.training_end} (${c.training_rows} days)`],
      ['promoted', when(c.promoted_at)],
    ]));
}

function lastLoadCard(load) {
  if (!load) return panel('Last load', empty('No load has run yet.', 'The daily-load job or POST /api/v1/loads fills the database.'));
  return panel('Last load',
    h('div', { class: 'big' }, `#${load.id} `, badge(load.status)),
    kv([
      ['range', `${load.from} … ${load.to}`], ['kind / source', `${load.kind} / ${load.source}`],
      ['inserted / updated / unchanged', `${load.inserted} / ${load.updated} / ${load.unchanged}`],
      ['rejected rows', load.rejected], ['finished', when(load.finished_at)], load.error ? ['error', load.error] : null,
    ]));
}

async function fillAlarms(card, ctx) {
  const body = card.querySelector('div');
  try {
    const list = await api(`/api/v1/alarms?state=firing&series=${encodeURIComponent(ctx.series)}`);
    body.replaceWith(list.length === 0
      ? h('div', { class: 'big', id: 'alarms-firing', dataset: { count: '0' } }, badge('none firing', 'ok'))
      : h('div', { id: 'alarms-firing', dataset: { count: String(list.length) } },
          list.map((a) => h('div', {}, badge(a.severity), ' ', a.criterion, ' ', h('span', { class: 'muted' }, a.summary)))));
  } catch (e) {
    body.replaceWith(h('div', { class: 'error' }, e.message));
  }
}

function vintagesPanel(data) {
  const p = panel('Past forecasts (vintages) vs what happened');
  const vintages = data.vintages || [];
  if (vintages.length === 0) {
    p.append(empty('No forecast vintages stored for this series yet.',
      'The daily-forecast job stores the champion\'s forecast every day; run it from the Runs page to issue one now.'));
    return p;
  }
  const actuals = data.actuals;
  const firstVintageDay = vintages.reduce((m, v) => (v.ds[0] < m ? v.ds[0] : m), vintages[0].ds[0]);
  const lastVintageDay = vintages.reduce((m, v) => (v.ds[v.ds.length - 1] > m ? v.ds[v.ds.length - 1] : m), vintages[0].ds[0]);
  const back = new Date(Date.parse(firstVintageDay) - 60 * 86400000).toISOString().slice(0, 10);
  const axis = dailyAxis(back, lastVintageDay);
  const palette = ['#1f6feb', '#d9480f', '#2b8a3e', '#7048e8', '#c2255c', '#0b7285'];
  const columns = [axis.x, placeOnAxis(axis, actuals.ds, actuals.y).values];
  const series = [{ label: 'actual', stroke: '#1d2330', width: 1.2 }];
  let placed = 0;
  vintages.forEach((v, i) => {
    const col = placeOnAxis(axis, v.ds, v.yhat);
    placed += col.placed;
    columns.push(col.values);
    series.push({ label: `issued ${v.issued_on} (v${v.model_version})`, stroke: palette[i % palette.length], width: 1 });
  });
  const box = h('div', { class: 'chart', id: 'vintages-chart', dataset: { points: String(placed), vintages: String(vintages.length) } });
  p.append(box);
  chart(box, { series, data: columns, height: 280, yLabel: data.unit });
  p.append(table([
    { label: 'issued on', value: (v) => v.issued_on },
    { label: 'model', value: (v) => `v${v.model_version}` },
    { label: 'days', value: (v) => `${v.ds[0]} … ${v.ds[v.ds.length - 1]}` },
    { label: 'days with actuals', num: true, value: (v) => v.evaluated_days },
    { label: 'MAE', num: true, value: (v) => num(v.mae) },
    { label: 'RMSE', num: true, value: (v) => num(v.rmse) },
    { label: `coverage`, num: true, value: (v) => pct(v.coverage) },
  ], vintages));
  return p;
}
