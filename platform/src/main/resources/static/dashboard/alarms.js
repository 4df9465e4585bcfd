// Alarms: firing and resolved alarms of the series (GET /api/v1/alarms?state=&series=, newest
// first) with observed value, threshold, first/last seen and the delivery state per channel.
import { api, h, panel, empty, table, num, badge, when } from './core.js';

const STATES = [['firing', 'Firing', 'Nothing firing for this series.'], ['resolved', 'Resolved', 'No resolved alarms for this series.']];

export async function alarmsPage(root, ctx) {
  const started = performance.now();
  root.append(h('h1', {}, `Alarms · ${ctx.series}`));
  const series = encodeURIComponent(ctx.series);
  const answers = await Promise.all(STATES.map(([state]) => api(`/api/v1/alarms?state=${state}&series=${series}`)));
  STATES.forEach(([state, title, none], i) => {
    const list = answers[i];
    root.append(panel(`${title} (${list.length})`, h('div', { id: `alarms-${state}`, dataset: { rows: String(list.length) } },
      list.length === 0 ? empty(none, state === 'firing'
        ? 'The control run after the daily-forecast job fires an alarm when a criterion turns WARNING or CRITICAL.'
        : 'An alarm is resolved when its criterion is OK again.')
        : table([
          { label: 'criterion', value: (a) => h('span', { title: a.alertname }, a.criterion) },
          { label: 'severity', value: (a) => badge(a.severity) },
          { label: 'model', value: (a) => (a.model_version ? `v${a.model_version}` : null) },
          { label: 'window', value: (a) => (a.window_days ? `${a.window_days} d` : null) },
          { label: 'observed', num: true, value: (a) => num(a.observed, 3) },
          { label: 'threshold', num: true, value: (a) => num(a.threshold, 3) },
          { label: 'first seen', value: (a) => seen(a.first_seen_as_of, a.first_seen_at) },
          { label: 'last seen', value: (a) => seen(a.last_seen_as_of, a.last_seen_at) },
          { label: 'resolved', value: (a) => when(a.resolved_at) },
          { label: 'delivery', wrap: true, value: (a) => deliveries(a.deliveries) },
          { label: 'summary', wrap: true, value: (a) => h('span', { title: a.description || '' }, a.summary) },
        ], list))));
  });
  ctx.markReady(started);
}

/** The business day (as-of) and the wall-clock time of a sighting. */
function seen(asOf, at) {
  return h('span', {}, asOf || '—', h('div', { class: 'muted' }, when(at) || ''));
}

/** One line per channel: delivered (with the state delivered), or owed with its attempts and error. */
function deliveries(list) {
  if (!list || list.length === 0) return 'log only (no Alertmanager or webhook configured)';
  return h('span', {}, list.map((d) => h('div', { class: 'delivery', dataset: { channel: d.channel } }, `${d.channel}: `,
    d.pending ? badge('pending', 'warn') : badge(d.delivered_at ? `delivered ${d.delivered_state || ''}`.trim() : 'not owed', d.delivered_at ? 'ok' : null),
    d.attempts ? ` ${d.attempts} attempt${d.attempts === 1 ? '' : 's'}` : '',
    d.pending && d.next_attempt_at ? `, next ${when(d.next_attempt_at)}` : '',
    !d.pending && d.delivered_at ? ` ${when(d.delivered_at)}` : '',
    d.last_error ? h('div', { class: 'muted' }, d.last_error) : '')));
}
