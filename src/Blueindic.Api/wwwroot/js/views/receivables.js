import { api } from '../api.js';
import { date, fill, h, money } from '../format.js';
import { named, t } from '../i18n.js';
import { empty, errorBox, go, moreButton, routeQuery, table, toast } from '../ui.js';
import { lastReminder, remindButton } from './invoiceMail.js';

const LEVELS = ['Red', 'Orange', 'Green'];
const BUCKETS = ['NotDue', 'Days1To30', 'Days31To60', 'Days61To90', 'Over90'];

/** "Pendiente de cobro": the alert list, its totals per level, and the debt's age. */
export async function render(view) {
  const query = routeQuery();
  const level = query.get('level') ?? '';
  const clientId = query.get('client') ?? '';
  const filter = new URLSearchParams({ limit: '50', ...(level && { level }), ...(clientId && { clientId }) });
  const [page, aging] = await Promise.all([api(`/api/receivables?${filter}`), api('/api/receivables/aging?limit=100')]);

  const totals = h('section', { class: 'totals', 'aria-label': t('rec.total') });
  const rows = h('tbody');
  const list = h('div', { class: 'table-wrap' },
    h('table', { id: 'receivables' },
      h('thead', {}, h('tr', {},
        [t('rec.number'), t('client'), t('rec.due'), t('rec.days'), t('rec.amount'), ''].map((x, i) => h('th', { scope: 'col', class: i === 4 ? 'num' : null }, x)))),
      rows));
  let shown = page.data.length;

  const showTotals = summary => totals.replaceChildren(
    h('div', { class: 'stat' }, h('span', { class: 'label' }, t('rec.total')), h('strong', { id: 'total-due' }, money(summary.amountDue)),
      h('span', { class: 'sub' }, t('rec.invoices', summary.count))),
    ...LEVELS.map(l => h('a', { class: `stat level-${l.toLowerCase()}`, href: `#/cobros?level=${l}`, id: `total-${l.toLowerCase()}` },
      h('span', { class: 'label' }, t(`level.${l}`)), h('strong', {}, money(summary.byLevel[l.toLowerCase()].amount)),
      h('span', { class: 'sub' }, t('rec.invoices', summary.byLevel[l.toLowerCase()].count)))));

  // Totals follow the filters: after a payment they are asked again (one cheap page of one row).
  const refreshTotals = async () => showTotals((await api(`/api/receivables?${new URLSearchParams({ ...Object.fromEntries(filter), limit: '1' })}`)).summary);

  const reload = () => render(view);
  const addRows = items => rows.append(...items.map(item => row(item, { refreshTotals, reload, onGone: () => { shown--; if (!shown) rows.append(emptyRow()); } })));
  addRows(page.data);
  if (!page.data.length) rows.append(emptyRow());
  showTotals(page.summary);

  const more = moreButton(`/api/receivables?${filter}`, page.nextCursor, data => {
    addRows(data);
    shown += data.length;
  });

  const clientOptions = aging.clients.map(c => h('option', { value: c.clientId, selected: c.clientId === clientId }, c.clientName));
  const filters = h('form', { class: 'filters', onsubmit: e => e.preventDefault() },
    h('label', { class: 'field inline' }, t('level'),
      h('select', { id: 'filter-level', onchange: e => go('/cobros', { level: e.target.value, client: clientId }) },
        h('option', { value: '' }, t('all')), LEVELS.map(l => h('option', { value: l, selected: l === level }, t(`level.${l}`))))),
    h('label', { class: 'field inline' }, t('client'),
      h('select', { id: 'filter-client', onchange: e => go('/cobros', { level, client: e.target.value }) },
        h('option', { value: '' }, t('all')), clientOptions)));

  fill(view, 
    h('div', { class: 'heading' }, h('h1', {}, t('rec.title')),
      h('a', { class: 'button primary', href: '#/facturas/nueva' }, t('nf.title'))),
    h('div', { class: 'layout-2' },
      h('div', {}, totals, h('p', { class: 'hint' }, t('rec.window', page.alertWindowDays))),
      agingBox(aging.total)),
    filters, list, more);
}

function agingBox(total) {
  const max = Math.max(...BUCKETS.map(b => Number(total[uncap(b)])), 1);
  return h('section', { class: 'card aging', 'aria-labelledby': 'aging-title' },
    h('h2', { id: 'aging-title' }, t('rec.aging')),
    h('dl', {}, BUCKETS.map(b => [
      h('dt', {}, t(`aging.${b}`)),
      h('dd', {}, bar(`bucket-${b}`, Number(total[uncap(b)]) / max), money(total[uncap(b)])),
    ])));
}

/** A proportional bar; its width is set through the CSSOM, which the page's CSP allows (inline style attributes it does not). */
export function bar(kind, fraction) {
  const el = h('span', { class: `bar ${kind}`, 'aria-hidden': 'true' });
  el.style.width = `${Math.max(0, Math.min(1, fraction)) * 100}%`;
  return el;
}

const uncap = s => s[0].toLowerCase() + s.slice(1);

const emptyRow = () => h('tr', { class: 'empty-row' }, h('td', { colspan: 6 }, empty()));

function when(item) {
  if (item.daysOverdue > 0) return t('rec.overdue', item.daysOverdue);
  return item.daysToDue === 0 ? t('rec.today') : t('rec.toGo', item.daysToDue);
}

/** One open invoice: "Cobrado" pays what is due; "Parcial…" asks an amount and a date first. */
function row(item, { refreshTotals, reload, onGone }) {
  const amount = h('td', { class: 'num amount' }, money(item.amountDue));
  const status = h('div', { class: 'row-error', 'aria-live': 'polite' });
  const partial = h('form', { class: 'partial', hidden: true, onsubmit: e => { e.preventDefault(); pay(Object.fromEntries(new FormData(e.target))); } },
    h('label', {}, t('rec.amountLabel'), h('input', { name: 'amount', type: 'number', step: '0.01', min: '0.01', max: item.amountDue, required: true, inputmode: 'decimal' })),
    h('label', {}, t('rec.dateLabel'), h('input', { name: 'date', type: 'date' })),
    h('button', { type: 'submit', class: 'primary' }, t('rec.record')));
  const tr = h('tr', { class: `level-${item.level.toLowerCase()}`, dataset: { invoice: item.invoiceId, level: item.level } },
    h('td', {}, h('a', { href: `#/facturas/${item.invoiceId}` }, item.number)),
    h('td', {}, h('a', { href: `#/clientes/${item.clientId}` }, item.clientName)),
    h('td', {}, date(item.dueDate)),
    h('td', {}, h('span', { class: 'badge' }, named('level', item.level)), ' ', h('span', { class: 'days' }, when(item)),
      item.lastReminder ? h('small', { class: 'hint last-reminder' }, h('br'), lastReminder(item)) : null),
    amount,
    h('td', { class: 'actions' },
      h('button', { type: 'button', class: 'primary pay', onclick: () => pay({}) }, t('rec.paid')),
      h('button', { type: 'button', class: 'ghost', 'aria-expanded': 'false', onclick: e => {
        partial.hidden = !partial.hidden;
        e.target.setAttribute('aria-expanded', String(!partial.hidden));
        if (!partial.hidden) partial.querySelector('input').focus();
      } }, t('rec.partial')),
      remindButton(item.invoiceId, status, async answer => {
        item.lastReminder = { kind: answer.kind, at: answer.at };
        const cell = tr.querySelector('.days').parentElement;
        cell.querySelector('.last-reminder')?.remove();
        cell.append(h('small', { class: 'hint last-reminder' }, h('br'), lastReminder(item)));
      }),
      partial, status));

  async function pay({ amount: paid, date: on }) {
    status.replaceChildren();
    const buttons = tr.querySelectorAll('button');
    buttons.forEach(b => { b.disabled = true; });
    try {
      const invoice = await api(`/api/invoices/${item.invoiceId}/payments`, {
        method: 'POST', body: { ...(paid && { amount: Number(paid) }), ...(on && { date: on }) },
      });
      // Payments are kept in the order they were recorded: this one is the last.
      const payment = invoice.payments.at(-1);
      // The undo first: whatever happens next, a recorded payment can be taken back.
      toast(t('rec.recorded', item.number), { label: t('rec.undo'), run: () => undo(payment.id) });
      if (invoice.amountDue > 0) {
        amount.textContent = money(invoice.amountDue);
        item.amountDue = invoice.amountDue;
        partial.querySelector('input[name=amount]').max = invoice.amountDue;
        partial.hidden = true;
      } else {
        tr.remove();
        onGone();
      }
      await refreshTotals().catch(() => { /* the list is right; the totals show again on the next visit */ });
    } catch (error) {
      status.replaceChildren(errorBox(error));
    } finally {
      buttons.forEach(b => { b.disabled = false; });
    }
  }

  async function undo(paymentId) {
    try {
      await api(`/api/invoices/${item.invoiceId}/payments/${paymentId}/reverse`, { method: 'POST', body: { reason: t('rec.undoReason') } });
      await reload(); // the row comes back in its place, with the totals
      toast(t('rec.undone', item.number));
    } catch (error) {
      toast(errorBox(error).textContent);
    }
  }
  return tr;
}
