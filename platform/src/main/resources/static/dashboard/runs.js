// Runs: loads with their rejected rows, training runs, scheduled jobs (run one now) and replays.
import { api, h, panel, empty, table, badge, when } from './core.js';

export async function runsPage(root, ctx) {
  const started = performance.now();
  root.append(h('h1', {}, 'Runs'));
  const [loads, trainings, jobs, jobRuns] = await Promise.all([
    api('/api/v1/loads?limit=50'),
    api(`/api/v1/trainings?series=${encodeURIComponent(ctx.series)}&limit=50`),
    api('/api/v1/jobs'),
    api('/api/v1/jobs/runs?limit=50'),
  ]);

  const rejected = h('div', { id: 'rejected-rows' });
  root.append(panel('Loads', loads.length === 0 ? empty('No load has run yet.', 'Run the daily-load job below, or POST /api/v1/loads {"from","to"}.') : table([
    { label: 'run', value: (l) => `#${l.id}` },
    { label: 'status', value: (l) => badge(l.status) },
    { label: 'kind', value: (l) => l.kind },
    { label: 'source', value: (l) => l.source },
    { label: 'range', value: (l) => `${l.from} … ${l.to}` },
    { label: 'inserted', num: true, value: (l) => l.inserted },
    { label: 'updated', num: true, value: (l) => l.updated },
    { label: 'unchanged', num: true, value: (l) => l.unchanged },
    { label: 'missing', num: true, value: (l) => l.missing_values },
    { label: 'rejected', num: true, value: (l) => (l.rejected > 0 ? h('button', { 'data-load': String(l.id), onclick: () => showRejected(rejected, l.id) }, `${l.rejected} rows…`) : 0) },
    { label: 'finished', value: (l) => when(l.finished_at) },
    { label: 'error', wrap: true, value: (l) => l.error },
  ], loads, { id: 'loads-table' }), rejected));

  root.append(panel(`Trainings · ${ctx.series}`, trainings.length === 0 ? empty('No training runs for this series yet.') : table([
    { label: 'run', value: (t) => `#${t.id}` },
    { label: 'started', value: (t) => when(t.started_at) },
    { label: 'trigger', value: (t) => t.trigger },
    { label: 'status', value: (t) => badge(t.status) },
    { label: 'decision', value: (t) => badge(t.decision) },
    { label: 'data', value: (t) => (t.data ? `${t.data.start} … ${t.data.end} (${t.data.rows})` : null) },
    { label: 'challenger', value: (t) => (t.challenger?.version ? `v${t.challenger.version}` : t.challenger?.algorithm) },
    { label: 'reason', wrap: true, value: (t) => t.reason },
  ], trainings, { id: 'trainings-table' })));

  root.append(panel('Scheduled jobs', table([
    { label: 'job', value: (j) => j.name },
    { label: 'cron', value: (j) => j.cron },
    { label: 'when', wrap: true, value: (j) => j.description },
    { label: 'enabled', value: (j) => (j.enabled ? 'yes' : 'no') },
    { label: 'next run', value: (j) => j.next_fire_time },
    { label: '', value: (j) => h('button', { class: 'primary', 'data-trigger': j.name, onclick: () => ctx.triggerJob(j.name) }, 'Run now') },
  ], jobs, { id: 'jobs-table' }),
  h('h2', { style: 'margin-top:1rem' }, 'Job runs'),
  jobRuns.length === 0 ? empty('No job has run yet.') : table([
    { label: 'run', value: (r) => `#${r.id}` },
    { label: 'job', value: (r) => r.job },
    { label: 'trigger', value: (r) => r.trigger },
    { label: 'status', value: (r) => badge(r.status) },
    { label: 'started', value: (r) => when(r.started_at) },
    { label: 'finished', value: (r) => when(r.finished_at) },
    { label: 'summary', wrap: true, value: (r) => (r.summary ? JSON.stringify(r.summary) : null) },
    { label: 'error', wrap: true, value: (r) => r.error },
  ], jobRuns, { id: 'job-runs-table' })));

  root.append(await replaysPanel(ctx));
  ctx.markReady(started);
}

async function showRejected(container, id) {
  container.replaceChildren(h('div', { class: 'muted' }, 'loading…'));
  try {
    const run = await api(`/api/v1/loads/${id}`);
    container.replaceChildren(h('h2', { style: 'margin-top:1rem' }, `Rejected rows of load #${id}`), table([
      { label: 'position', value: (r) => r.position },
      { label: 'day', value: (r) => r.ds },
      { label: 'series', value: (r) => r.series },
      { label: 'raw', wrap: true, value: (r) => r.raw },
      { label: 'reason', wrap: true, value: (r) => r.reason },
    ], run.rejected_rows || []));
  } catch (e) {
    container.replaceChildren(h('div', { class: 'error' }, e.message));
  }
}

async function replaysPanel(ctx) {
  const p = panel('Replays');
  if (!ctx.features.replays) {
    p.append(empty('Replays are not available on this server yet.', 'A replay drives load, forecast, control and training over a past period on a virtual clock.'));
    return p;
  }
  const from = h('input', { type: 'date', id: 'replay-from', value: '2023-07-01' });
  const to = h('input', { type: 'date', id: 'replay-to', value: '2024-06-30' });
  const status = h('div', { id: 'replay-status' });
  const start = async () => {
    const key = await ctx.askKey('Start a replay');
    if (!key) return;
    try {
      const replay = await api('/api/v1/replays', { method: 'POST', key, body: { from: from.value, to: to.value } });
      watch(replay.id, status);
    } catch (e) {
      status.replaceChildren(h('div', { class: 'error' }, e.message));
    }
  };
  p.append(h('div', { class: 'row' }, 'from ', from, ' to ', to, h('button', { class: 'primary', onclick: start }, 'Start replay')), status);
  const replays = await api('/api/v1/replays?limit=20');
  p.append(replays.length === 0 ? empty('No replay has run yet.') : table([
    { label: 'run', value: (r) => `#${r.id}` },
    { label: 'status', value: (r) => badge(r.status) },
    { label: 'range', value: (r) => `${r.from} … ${r.to}` },
    { label: 'series', value: (r) => r.series },
    { label: 'day', value: (r) => (r.current_day ? `${r.current_day} (${r.total_days} days)` : `${r.total_days} days`) },
    { label: 'trainings', num: true, value: (r) => r.summary?.trainings },
    { label: 'promotions', num: true, value: (r) => r.summary?.promotions },
    { label: 'alarms', num: true, value: (r) => r.summary?.alarms },
    { label: 'started', value: (r) => when(r.started_at) },
    { label: 'finished', value: (r) => when(r.finished_at) },
    { label: 'error', wrap: true, value: (r) => r.error },
  ], replays, { id: 'replays-table' }));
  return p;
}

async function watch(id, status) {
  for (;;) {
    const r = await api(`/api/v1/replays/${id}`);
    status.replaceChildren(h('div', {}, `replay #${id} `, badge(r.status), r.current_day ? ` at ${r.current_day} (${r.total_days} days)` : ''),
      h('pre', {}, JSON.stringify(r.summary || r, null, 2)));
    if (r.status !== 'RUNNING' || !status.isConnected) return;
    await new Promise((res) => setTimeout(res, 1000));
  }
}
