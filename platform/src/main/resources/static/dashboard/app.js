// The dashboard shell: hash routing (#/page?series=..), the series picker, the API key dialog and
// the write actions (promotion, job trigger). Pages render into <main>.
import { api, h, errorBox, storedKey, storeKey, disposeCharts } from './core.js';
import { overviewPage } from './overview.js';
import { modelsPage } from './models.js';
import { controlPage } from './control.js';
import { alarmsPage } from './alarms.js';
import { runsPage } from './runs.js';

const PAGES = { overview: overviewPage, models: modelsPage, control: controlPage, alarms: alarmsPage, runs: runsPage };
const SERIES_STORAGE = 'fantastic-train.series';
const main = document.querySelector('main');
const picker = document.getElementById('series');
const toast = document.getElementById('toast');
let features = { control: false, alarms: false, replays: false };
let renderCount = 0;

function route() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [page, query] = hash.split('?');
  return { page: PAGES[page] ? page : 'overview', params: new URLSearchParams(query || '') };
}

function navigate(changes) {
  const { page, params } = route();
  const next = changes.page || page;
  for (const [k, v] of Object.entries(changes)) if (k !== 'page') params.set(k, v);
  location.hash = `#/${next}?${params.toString()}`;
}

async function render() {
  const { page, params } = route();
  const series = params.get('series') || localStorage.getItem(SERIES_STORAGE) || picker.value || 'corrib_production';
  if ([...picker.options].some((o) => o.value === series)) picker.value = series;
  localStorage.setItem(SERIES_STORAGE, picker.value);
  document.querySelectorAll('header nav a').forEach((a) => a.classList.toggle('active', a.dataset.page === page));
  document.body.dataset.page = page;
  document.body.dataset.ready = 'false';
  const ticket = ++renderCount;
  disposeCharts();
  const root = h('div', { id: `page-${page}`, dataset: { series: picker.value } });
  main.replaceChildren(root);
  document.title = `${page[0].toUpperCase()}${page.slice(1)} · ${picker.value} · fantastic-train`;
  const ctx = {
    series: picker.value, params, features, navigate,
    promote, triggerJob, askKey,
    markReady(started, extra = {}) {
      if (ticket !== renderCount) return;
      document.body.dataset.renderMs = String(Math.round(performance.now() - started));
      if (extra.apiMs !== undefined) document.body.dataset.apiMs = String(extra.apiMs);
      document.body.dataset.ready = 'true';
    },
  };
  try {
    await PAGES[page](root, ctx);
  } catch (e) {
    if (ticket !== renderCount) return;
    root.append(errorBox(e));
    document.body.dataset.ready = 'true';
  }
}

// The API key dialog: asks once, keeps the key in sessionStorage (gone when the tab closes).
const dialog = document.getElementById('key-dialog');
function askKey(action, { withReason = false } = {}) {
  return new Promise((resolve) => {
    document.getElementById('key-action').textContent = action;
    const keyInput = document.getElementById('key-input');
    const reasonRow = document.getElementById('reason-row');
    keyInput.value = storedKey();
    reasonRow.hidden = !withReason;
    document.getElementById('reason-input').value = '';
    const done = (ok) => {
      dialog.close();
      if (!ok || !keyInput.value.trim()) return resolve(null);
      storeKey(keyInput.value.trim());
      resolve(withReason ? { key: keyInput.value.trim(), reason: document.getElementById('reason-input').value.trim() } : keyInput.value.trim());
    };
    document.getElementById('key-ok').onclick = (e) => { e.preventDefault(); done(true); };
    document.getElementById('key-cancel').onclick = (e) => { e.preventDefault(); done(false); };
    dialog.showModal();
    keyInput.focus();
  });
}

function say(message, error = false) {
  toast.replaceChildren(h('div', { class: error ? 'error' : 'notice', role: error ? 'alert' : 'status' }, message));
  toast.hidden = false;
  setTimeout(() => { toast.hidden = true; }, 6000);
}

async function promote(series, version, current) {
  const answer = await askKey(`Point champion of ${series} at v${version}${current ? ` (now v${current})` : ''}`, { withReason: true });
  if (!answer) return;
  try {
    await api(`/api/v1/models/${encodeURIComponent(series)}/aliases/champion`, {
      method: 'POST', key: answer.key, body: { version, reason: answer.reason || `moved from the dashboard to v${version}` },
    });
    say(`champion of ${series} now points at v${version}`);
  } catch (e) {
    if (e.status === 401) storeKey('');
    say(e.message, true);
  }
  await render();
}

async function triggerJob(name) {
  const key = await askKey(`Run the ${name} job now`);
  if (!key) return;
  try {
    const run = await api(`/api/v1/jobs/${encodeURIComponent(name)}/runs`, { method: 'POST', key });
    say(`${name} queued as run #${run.id}`);
  } catch (e) {
    if (e.status === 401) storeKey('');
    say(e.message, true);
  }
  setTimeout(render, 1500);
}

document.getElementById('forget-key').addEventListener('click', () => { storeKey(''); say('API key forgotten for this tab'); });
picker.addEventListener('change', () => navigate({ series: picker.value }));
window.addEventListener('hashchange', render);

async function start() {
  try {
    const [series, available] = await Promise.all([api('/api/v1/dashboard/series'), api('/api/v1/dashboard/features')]);
    features = available;
    picker.replaceChildren(...series.map((s) => h('option', { value: s.id }, `${s.id} (${s.days} days)`)));
  } catch (e) {
    main.replaceChildren(errorBox(e));
    document.body.dataset.ready = 'true';
    return;
  }
  await render();
}

start();
