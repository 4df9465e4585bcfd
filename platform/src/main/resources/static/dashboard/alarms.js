// Alarms: firing and resolved, with their delivery state.
import { api, h, panel, empty, table, num, badge, when } from './core.js';

export async function alarmsPage(root, ctx) {
  const started = performance.now();
  root.append(h('h1', {}, `Alarms · ${ctx.series}`));
  if (!ctx.features.alarms) {
    root.append(empty('Alarms are not available on this server yet.',
      'Once the control service is deployed, alarms (firing and resolved) appear here with their delivery state to Alertmanager and webhooks.'));
    ctx.markReady(started);
    return;
  }
  for (const state of ['firing', 'resolved']) {
    const answer = await api(`/api/v1/alarms?state=${state}`);
    const all = Array.isArray(answer) ? answer : answer.alarms || answer.items || [];
    const list = all.filter((a) => !a.series || a.series === ctx.series);
    root.append(panel(`${state === 'firing' ? 'Firing' : 'Resolved'} (${list.length})`, list.length === 0
      ? empty(state === 'firing' ? 'Nothing firing for this series.' : 'No resolved alarms for this series.')
      : table([
        { label: 'criterion', value: (a) => a.criterion || a.alertname || a.name },
        { label: 'severity', value: (a) => badge(a.severity) },
        { label: 'state', value: (a) => badge(a.state || state) },
        { label: 'model', value: (a) => (a.model_version ? `v${a.model_version}` : null) },
        { label: 'observed', num: true, value: (a) => num(a.observed ?? a.observed_value ?? a.value) },
        { label: 'threshold', num: true, value: (a) => num(a.threshold) },
        { label: 'first seen', value: (a) => when(a.first_seen || a.first_seen_at || a.starts_at) },
        { label: 'last seen', value: (a) => when(a.last_seen || a.last_seen_at) },
        { label: 'resolved', value: (a) => when(a.resolved_at || a.ends_at) },
        { label: 'delivery', wrap: true, value: (a) => delivery(a) },
        { label: 'summary', wrap: true, value: (a) => a.summary || a.description },
      ], list, { id: `alarms-${state}` })));
  }
  ctx.markReady(started);
}

function delivery(a) {
  const d = a.delivery || a.deliveries || a.delivery_state;
  if (!d) return null;
  if (typeof d === 'string') return badge(d, d === 'DELIVERED' || d === 'delivered' ? 'ok' : 'warn');
  const list = Array.isArray(d) ? d : Object.entries(d).map(([channel, v]) => ({ channel, ...(typeof v === 'object' ? v : { state: v }) }));
  return h('span', {}, list.map((x) => h('div', {}, `${x.channel || x.target || ''}: `, badge(x.state || x.status, (x.state || x.status) === 'DELIVERED' ? 'ok' : 'warn'),
    x.attempts ? ` (${x.attempts} attempts)` : '', x.last_error ? ` ${x.last_error}` : '')));
}
