import { fill, h, money, percent } from '../format.js';
import { t } from '../i18n.js';
import { table } from '../ui.js';

/**
 * The live totals of the invoice form: the API's preview, as it would be issued (taxes per rate,
 * base, IVA, recargo, IRPF, total). data-state says "pending" while a preview is due, "ready" when the
 * figures shown answer the form as it is, "empty" when there are none.
 */
export function totalsBox() {
  const body = h('div', {});
  // A screen reader hears the new total, not the whole table again at every change.
  const said = h('p', { class: 'sr-only', 'aria-live': 'polite' });
  const element = h('section', { class: 'card preview', id: 'invoice-preview', 'aria-labelledby': 'preview-title', dataset: { state: 'empty' } },
    h('h2', { id: 'preview-title' }, t('nf.totals')), body, said);

  return {
    element,
    pending() {
      element.dataset.state = 'pending';
      element.setAttribute('aria-busy', 'true');
    },
    show(invoice, message) {
      element.dataset.state = invoice ? 'ready' : 'empty';
      element.removeAttribute('aria-busy');
      said.textContent = invoice ? `${t('inv.total')}: ${money(invoice.total)}` : message;
      if (!invoice) return fill(body, h('p', { class: 'hint' }, message));
      fill(body,
        table(null, [{ label: t('inv.vat'), num: true }, { label: t('inv.base'), num: true }, { label: t('inv.vat'), num: true }, { label: t('inv.surcharge'), num: true }],
          invoice.taxes.map(x => h('tr', {}, h('td', { class: 'num' }, percent(x.vatRate)), h('td', { class: 'num' }, money(x.base)),
            h('td', { class: 'num' }, money(x.vat)), h('td', { class: 'num' }, x.surcharge ? `${money(x.surcharge)} (${percent(x.surchargeRate)})` : '—'))),
          { id: 'preview-taxes' }),
        h('dl', { class: 'facts totals-list' },
          h('dt', {}, t('inv.base')), h('dd', { id: 'preview-net' }, money(invoice.netTotal)),
          h('dt', {}, t('inv.vat')), h('dd', { id: 'preview-vat' }, money(invoice.vatTotal)),
          invoice.surchargeTotal ? [h('dt', {}, t('inv.surcharge')), h('dd', { id: 'preview-surcharge' }, money(invoice.surchargeTotal))] : null,
          invoice.withholdingTotal ? [h('dt', {}, `${t('inv.withholding')} (${percent(invoice.withholdingRate)})`), h('dd', { id: 'preview-withholding' }, `−${money(invoice.withholdingTotal)}`)] : null,
          h('dt', {}, h('strong', {}, t('inv.total'))), h('dd', { id: 'preview-total' }, h('strong', {}, money(invoice.total)))));
    },
  };
}
