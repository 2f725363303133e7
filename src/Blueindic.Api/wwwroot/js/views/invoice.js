import { api } from '../api.js';
import { date, dateTime, fill, h, money, num, percent } from '../format.js';
import { named, t } from '../i18n.js';
import { go, routeQuery, table } from '../ui.js';
import { invoiceActions } from './invoiceActions.js';
import { mailsSection } from './invoiceMail.js';
import { timeline } from './timeline.js';

/** An invoice: lines, taxes, payments, status, its VERI*FACTU QR, and its history with "as it was on" time travel. */
export async function render(view, id) {
  const asOf = routeQuery().get('asOf');
  const [invoice, history, qr] = await Promise.all([
    api(`/api/invoices/${id}${asOf ? `?asOf=${encodeURIComponent(asOf)}` : ''}`),
    api(`/api/invoices/${id}/history`),
    api(`/api/invoices/${id}/qr.svg`, { as: 'blob' }),
  ]);
  // "Enviar" offers the client's email as it is now (the invoice keeps no email of its client).
  const client = asOf ? null : await api(`/api/clients/${invoice.clientId}`).catch(() => null);
  const qrImage = h('img', { id: 'invoice-qr', src: URL.createObjectURL(qr), alt: t('inv.qr'), width: 160, height: 160 });
  qrImage.addEventListener('load', () => URL.revokeObjectURL(qrImage.src), { once: true });

  const dayPicker = h('form', { class: 'filters', onsubmit: e => {
    e.preventDefault();
    const day = new FormData(e.target).get('day');
    // The end of that day, in the browser's time: everything that happened on it counts.
    if (day) go(`/facturas/${id}`, { asOf: new Date(`${day}T23:59:59.999`).toISOString() });
  } },
  h('label', { class: 'field inline' }, t('inv.asOf'), h('input', { id: 'as-of-day', name: 'day', type: 'date', required: true, value: asOf ? asOf.slice(0, 10) : '' })),
  h('button', { type: 'submit' }, t('inv.show')),
  asOf ? h('a', { href: `#/facturas/${id}` }, t('inv.now')) : null);

  fill(view, 
    h('div', { class: 'heading' },
      h('h1', {}, t('inv.title', invoice.number), ' ', h('span', { class: `status status-${invoice.status.toLowerCase()}${invoice.overdue ? ' overdue' : ''}`, id: 'invoice-status' }, named('status', invoice.status))),
      dayPicker),
    asOf ? h('p', { class: 'banner', id: 'as-of-banner', role: 'status' }, t('inv.asOfBanner', dateTime(asOf))) : invoiceActions(invoice, client?.email ?? null, () => render(view, id)),
    h('div', { class: 'layout-2' },
      h('section', { class: 'card' }, h('dl', { class: 'facts' },
        h('dt', {}, t('client')), h('dd', {}, h('a', { href: `#/clientes/${invoice.clientId}` }, invoice.client.name), invoice.client.taxId ? ` · ${invoice.client.taxId}` : ''),
        h('dt', {}, t('inv.issuer')), h('dd', { id: 'invoice-issuer' }, party(invoice.issuer)),
        h('dt', {}, t('inv.issueDate')), h('dd', {}, date(invoice.issueDate)),
        h('dt', {}, t('inv.dueDate')), h('dd', {}, date(invoice.dueDate), invoice.overdue ? h('strong', { class: 'overdue' }, ` · ${t('rec.overdue', invoice.daysOverdue)}`) : null),
        h('dt', {}, t('inv.total')), h('dd', {}, h('strong', {}, money(invoice.total))),
        h('dt', {}, t('inv.paidSoFar')), h('dd', {}, money(invoice.amountPaid)),
        h('dt', {}, t('inv.due')), h('dd', { id: 'invoice-due' }, money(invoice.amountDue)),
        invoice.amountWrittenOff > 0 ? [h('dt', {}, t('inv.writtenOff')), h('dd', {}, money(invoice.amountWrittenOff))] : null)),
      h('figure', { class: 'card qr' }, qrImage, h('figcaption', {}, t('inv.qr'), h('br'), h('small', {}, `#${invoice.verifactu.position} · ${invoice.verifactu.hash.slice(0, 16)}…`)))),
    h('h2', {}, t('inv.lines')),
    table(null, [t('inv.description'), { label: t('inv.qty'), num: true }, { label: t('inv.price'), num: true }, { label: t('inv.discount'), num: true }, { label: t('inv.vat'), num: true }, { label: t('inv.net'), num: true }],
      invoice.lines.map(l => h('tr', {}, h('td', {}, l.description), h('td', { class: 'num' }, num(l.quantity)), h('td', { class: 'num' }, money(l.unitPrice)),
        h('td', { class: 'num' }, percent(l.discountPercent)), h('td', { class: 'num' }, percent(l.vatRate)), h('td', { class: 'num' }, money(l.net)))), { id: 'invoice-lines' }),
    h('h2', {}, t('inv.taxes')),
    table(null, [{ label: t('inv.vat'), num: true }, { label: t('inv.base'), num: true }, { label: t('inv.vat'), num: true }, { label: t('inv.surcharge'), num: true }],
      invoice.taxes.map(x => h('tr', {}, h('td', { class: 'num' }, percent(x.vatRate)), h('td', { class: 'num' }, money(x.base)),
        h('td', { class: 'num' }, money(x.vat)), h('td', { class: 'num' }, money(x.surcharge))))),
    h('dl', { class: 'facts totals-list', id: 'invoice-totals' },
      h('dt', {}, t('inv.base')), h('dd', {}, money(invoice.netTotal)),
      h('dt', {}, t('inv.vat')), h('dd', {}, money(invoice.vatTotal)),
      invoice.surchargeTotal > 0 ? [h('dt', {}, t('inv.surcharge')), h('dd', {}, money(invoice.surchargeTotal))] : null,
      invoice.withholdingTotal > 0 ? [h('dt', {}, `${t('inv.withholding')} (${percent(invoice.withholdingRate)})`), h('dd', {}, `−${money(invoice.withholdingTotal)}`)] : null,
      h('dt', {}, h('strong', {}, t('inv.total'))), h('dd', {}, h('strong', {}, money(invoice.total)))),
    h('h2', {}, t('inv.payments')),
    invoice.payments.length ? table(null, [t('inv.issueDate'), t('inv.method'), { label: t('inv.total'), num: true }],
      invoice.payments.map(p => h('tr', { class: p.reversed ? 'reversed' : null }, h('td', {}, date(p.date)), h('td', {}, named('method', p.method), p.reversed ? ` (${t('inv.reversed')})` : ''), h('td', { class: 'num' }, money(p.amount)))), { id: 'invoice-payments' })
      : h('p', { class: 'empty' }, '—'),
    asOf ? null : mailsSection(invoice),
    h('h2', {}, t('inv.history')),
    // A millisecond past the fact (the API keeps microseconds; the browser, milliseconds): that fact included.
    timeline(history, entry => h('a', { href: `#/facturas/${id}?asOf=${encodeURIComponent(new Date(Date.parse(entry.timestamp) + 1).toISOString())}`, class: 'small-link' }, t('inv.thisPoint'))));
}

/** A party as the invoice keeps it: legal name (or name), tax id and address. */
function party(p) {
  const address = p.address && [p.address.line1, p.address.postalCode, p.address.city, p.address.province].filter(Boolean).join(', ');
  return [p.legalName ?? p.name, p.taxId, address].filter(Boolean).join(' · ');
}
