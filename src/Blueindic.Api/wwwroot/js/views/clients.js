import { api, serverToday, upload } from '../api.js';
import { change, fill, h, money, percent } from '../format.js';
import { t } from '../i18n.js';
import { empty, errorBox, go, moreButton, routeQuery, table, yearSelect } from '../ui.js';

/** "Clientes": best and worst clients of a year against the year before, the client list, and the import. */
export async function render(view) {
  const query = routeQuery();
  const year = Number(query.get('year')) || null;
  const search = query.get('q') ?? '';
  const yearParam = year ? `&year=${year}` : '';
  const [top, bottom, list, today] = await Promise.all([
    api(`/api/reports/clients/revenue?order=desc&limit=5${yearParam}`),
    api(`/api/reports/clients/revenue?order=asc&limit=5${yearParam}`),
    api(`/api/clients?limit=100${search ? `&search=${encodeURIComponent(search)}` : ''}`),
    serverToday(),
  ]);

  const searchBox = h('form', { class: 'filters', role: 'search', onsubmit: e => {
    e.preventDefault();
    go('/clientes', { year, q: new FormData(e.target).get('q') });
  } },
  h('label', { class: 'field inline' }, t('cli.search'), h('input', { id: 'client-search', name: 'q', type: 'search', value: search })),
  h('button', { type: 'submit' }, t('cli.find')));

  const clientRow = c => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/clientes/${c.id}` }, c.name), c.archived ? h('small', {}, ` (${t('cli.archived')})`) : null),
    h('td', {}, c.taxId ?? '—'), h('td', {}, c.email ?? '—'), h('td', {}, c.address?.city ?? '—'));
  const clientRows = list.data.map(clientRow);
  const clientTable = clientRows.length ? table(null, [t('cli.name'), t('cli.taxId'), t('cli.email'), t('cli.address')], clientRows, { id: 'client-list' }) : empty();
  const moreClients = moreButton(`/api/clients?limit=100${search ? `&search=${encodeURIComponent(search)}` : ''}`, list.nextCursor,
    data => clientTable.querySelector('tbody').append(...data.map(clientRow)));

  fill(view, 
    h('div', { class: 'heading' }, h('h1', {}, t('cli.title')),
      h('div', { class: 'row' },
        h('a', { class: 'button primary', href: '#/clientes/nuevo' }, t('cf.new')),
        h('a', { class: 'button', href: '#/facturas/nueva' }, t('nf.title'))),
      yearSelect('clients-year', t('year'), top.year, y => go('/clientes', { year: y, q: search }), Number(today.slice(0, 4)))),
    h('div', { class: 'layout-2' },
      ranking('ranking-top', `${t('cli.top')} ${top.year}`, top),
      ranking('ranking-bottom', `${t('cli.bottom')} ${bottom.year}`, bottom)),
    h('h2', {}, t('cli.list')), searchBox,
    clientTable, moreClients,
    importer());
}

function ranking(id, title, report) {
  const rows = report.data.map(r => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/clientes/${r.clientId}` }, r.clientName)),
    h('td', { class: 'num' }, money(r.net)),
    h('td', { class: `num ${trend(r.changeAmount)}` }, arrow(r.changeAmount), ' ', change(r.changeAmount),
      h('br'), h('small', {}, percent(r.changePercent))),
    h('td', { class: 'num' }, percent(r.share))));
  return h('section', { class: 'card', id },
    h('h2', {}, title),
    rows.length ? table(null, [t('client'), { label: t('cli.revenue'), num: true }, { label: `${t('cli.change')} / ${report.compareYear}`, num: true }, { label: t('cli.share'), num: true }], rows) : empty());
}

const trend = value => (Number(value) > 0 ? 'up' : Number(value) < 0 ? 'down' : '');
const arrow = value => h('span', { 'aria-hidden': 'true' }, Number(value) > 0 ? '▲' : Number(value) < 0 ? '▼' : '＝');

/** The Excel/CSV import: upload progress, then (for a background import) the rows as they are processed, then the report. */
function importer() {
  const progress = h('progress', { id: 'import-progress', max: 1, value: 0, hidden: true });
  const phase = h('span', { class: 'hint', 'aria-live': 'polite' });
  const result = h('div', { id: 'import-report' });
  const form = h('form', { class: 'card import', onsubmit: async e => {
    e.preventDefault();
    const data = new FormData(e.target);
    const dryRun = data.get('dryRun') === 'on';
    data.delete('dryRun');
    result.replaceChildren();
    progress.hidden = false;
    progress.value = 0;
    phase.textContent = t('imp.uploading');
    const submit = e.target.querySelector('button[type=submit]');
    submit.disabled = true;
    try {
      let { status, body } = await upload(`/api/clients/imports?dryRun=${dryRun}`, data, p => { progress.value = p; });
      progress.value = 0;
      phase.textContent = t('imp.processing');
      // Followed while the page shows it, for at most an hour (a node that died leaves an import running).
      const until = Date.now() + 3_600_000;
      while ((status === 202 || body.status?.toLowerCase() === 'running') && form.isConnected && Date.now() < until) {
        await new Promise(resolve => setTimeout(resolve, 500));
        body = await api(`/api/clients/imports/${body.id}`);
        status = 200;
        progress.value = body.totalRows ? body.processedRows / body.totalRows : 0;
      }
      progress.value = 1;
      phase.textContent = '';
      result.replaceChildren(report(body));
    } catch (error) {
      phase.textContent = '';
      progress.hidden = true;
      result.replaceChildren(errorBox(error));
    } finally {
      submit.disabled = false;
    }
  } },
  h('h2', {}, t('imp.title')),
  h('label', { class: 'field' }, t('imp.file'), h('input', { id: 'import-file', name: 'file', type: 'file', required: true, accept: '.xlsx,.xls,.ods,.csv,text/csv' })),
  h('label', { class: 'check' }, h('input', { name: 'dryRun', type: 'checkbox' }), ' ', t('imp.dryRun')),
  h('div', { class: 'row' }, h('button', { type: 'submit', class: 'primary' }, t('imp.submit')),
    h('button', { type: 'button', class: 'ghost', onclick: downloadTemplate }, t('imp.template'))),
  progress, phase, result);
  return form;
}

async function downloadTemplate() {
  const blob = await api('/api/clients/imports/template', { as: 'blob' });
  const link = h('a', { href: URL.createObjectURL(blob), download: 'plantilla-clientes.xlsx' });
  link.click();
  URL.revokeObjectURL(link.href);
}

function report(r) {
  const counts = [['created', r.created], ['updated', r.updated], ['unchanged', r.unchanged], ['failed', r.failed]];
  return h('section', { class: 'report' },
    h('h3', {}, t('imp.report')), r.message ? h('p', {}, r.message) : null,
    h('dl', { class: 'counts' }, counts.map(([k, v]) => [h('dt', {}, t(`imp.${k}`)), h('dd', { id: `import-${k}` }, v)])),
    r.ignoredColumns?.length ? h('p', {}, `${t('imp.ignored')}: ${r.ignoredColumns.map(c => c.column).join(', ')}`) : null,
    r.errors?.length ? table(null, [t('imp.row'), t('imp.column'), t('imp.value'), t('imp.message')],
      r.errors.map(x => h('tr', {}, h('td', {}, x.row), h('td', {}, x.column), h('td', {}, x.value ?? ''), h('td', {}, x.message))), { id: 'import-errors' }) : null);
}
