// Shared by the dashboard pages: API calls, the API key, DOM building, formatting, charts.

export const KEY_STORAGE = 'fantastic-train.api-key';

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

/** GET or POST JSON; a problem+json answer becomes an ApiError carrying its detail. */
export async function api(path, { method = 'GET', body, key } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (key) headers['X-API-Key'] = key;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch (e) { data = { detail: text }; }
  if (!response.ok) {
    throw new ApiError(response.status, (data && (data.detail || data.title)) || `HTTP ${response.status}`);
  }
  return data;
}

export function storedKey() { return sessionStorage.getItem(KEY_STORAGE) || ''; }
export function storeKey(key) {
  if (key) sessionStorage.setItem(KEY_STORAGE, key); else sessionStorage.removeItem(KEY_STORAGE);
}

/** h('div', {class: 'x'}, child, 'text') — a tiny element builder; text is never parsed as HTML. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

export function empty(title, ...lines) {
  return h('div', { class: 'empty', 'data-empty': 'true' }, h('strong', {}, title), ...lines.map((l) => h('div', {}, l)));
}

export function errorBox(error) {
  return h('div', { class: 'error', role: 'alert' }, error instanceof ApiError ? error.message : `Could not load: ${error.message || error}`);
}

export function panel(title, ...children) {
  return h('section', { class: 'panel' }, title ? h('h2', {}, title) : null, ...children);
}

export function table(columns, rows, attrs = {}) {
  return h('div', { class: 'table-wrap' }, h('table', attrs,
    h('thead', {}, h('tr', {}, columns.map((c) => h('th', { class: c.num ? 'num' : null }, c.label)))),
    h('tbody', {}, rows.map((row) => h('tr', row.__attrs || {}, columns.map((c) => {
      const v = c.value(row);
      return h('td', { class: c.num ? 'num' : c.wrap ? 'wrap' : null }, v === null || v === undefined ? '—' : v);
    }))))));
}

export function kv(pairs) {
  return h('dl', { class: 'kv' }, pairs.filter(Boolean).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v === null || v === undefined ? '—' : v)]));
}

export function badge(text, cls) { return text ? h('span', { class: `badge ${cls || text}` }, text) : null; }

export function num(v, digits = 2) {
  if (v === null || v === undefined || Number.isNaN(v)) return null;
  if (typeof v !== 'number') return String(v);
  const abs = Math.abs(v);
  return abs !== 0 && (abs < 0.01 || abs >= 1e6) ? v.toExponential(2) : v.toFixed(digits);
}

export function pct(v) { return v === null || v === undefined ? null : `${(v * 100).toFixed(1)} %`; }

export function when(instant) {
  if (!instant) return null;
  const d = new Date(instant);
  return Number.isNaN(d.getTime()) ? String(instant) : d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

/** Seconds since the epoch at UTC midnight of an ISO day, the x unit of every chart. */
export function daySeconds(iso) {
  return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 1000;
}

const DAY = 86400;

/**
 * Puts day-indexed columns on one contiguous daily x axis from `from` to `to` (ISO days); days a
 * column lacks stay null, so a gap is drawn as a gap.
 */
export function dailyAxis(from, to) {
  const start = daySeconds(from);
  const n = Math.round((daySeconds(to) - start) / DAY) + 1;
  const x = new Array(n);
  for (let i = 0; i < n; i++) x[i] = start + i * DAY;
  return { start, n, x };
}

export function placeOnAxis(axis, ds, values) {
  const out = new Array(axis.n).fill(null);
  let placed = 0;
  for (let i = 0; i < ds.length; i++) {
    const idx = Math.round((daySeconds(ds[i]) - axis.start) / DAY);
    if (idx >= 0 && idx < axis.n && values[i] !== null && values[i] !== undefined) {
      out[idx] = values[i];
      placed++;
    }
  }
  return { values: out, placed };
}

const charts = new Set();

/** A uPlot chart filling its container's width; re-sized with the window. */
export function chart(container, { series, data, bands, height = 320, yLabel, time = true, xValues }) {
  const width = Math.max(280, container.clientWidth || container.parentElement.clientWidth || 600);
  const xAxis = time ? {} : {
    values: (u, splits) => splits.map((v) => (Number.isInteger(v) ? xValues[v - 1] ?? '' : '')),
    splits: () => xValues.map((_, i) => i + 1),
  };
  const opts = {
    width, height,
    tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
    scales: { x: time ? { time: true } : { time: false, range: [0.5, xValues.length + 0.5] } },
    series: [time ? { label: 'day' } : { label: 'x', value: (u, v) => (v == null ? '' : xValues[v - 1] ?? v) }, ...series],
    axes: [xAxis, { label: yLabel, size: 60 }],
    bands,
    cursor: { drag: { x: true, y: false } },
    legend: { live: true },
  };
  const plot = new uPlot(opts, data, container);
  charts.add(plot);
  container.__plot = plot;
  resizer.observe(container);
  return plot;
}

export function disposeCharts() {
  resizer.disconnect();
  for (const c of charts) c.destroy();
  charts.clear();
}

// Charts follow their container's width (window resize, phone rotation, late layout).
const resizer = new ResizeObserver((entries) => {
  for (const entry of entries) {
    const plot = entry.target.__plot;
    const width = Math.max(280, Math.floor(entry.contentRect.width));
    if (plot && Math.abs(plot.width - width) > 1) plot.setSize({ width, height: plot.height });
  }
});

/** Scalar metrics of a registry metrics map, flattened one level ("overall.rmse" → "rmse"). */
export function scalarMetrics(metrics) {
  const out = {};
  if (!metrics) return out;
  for (const [k, v] of Object.entries(metrics)) {
    if (typeof v === 'number') out[k] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v) && (k === 'overall' || k === 'all')) {
      for (const [k2, v2] of Object.entries(v)) if (typeof v2 === 'number') out[k2] = v2;
    }
  }
  return out;
}
