import { api, ifMatch } from '../api.js';
import { date, fill, h, money, percent } from '../format.js';
import { named, t } from '../i18n.js';
import { empty, errorBox, table, toast } from '../ui.js';
import { timeline } from './timeline.js';

/** A client: details, invoices, payments, morosity and the history of its record. */
export async function render(view, id) {
  const [client, invoices, morosity, history] = await Promise.all([
    api(`/api/clients/${id}`),
    api(`/api/invoices?clientId=${id}&limit=100`),
    api(`/api/clients/${id}/morosity`),
    api(`/api/clients/${id}/history`),
  ]);
  const address = client.address && [client.address.line1, client.address.postalCode, client.address.city, client.address.province, client.address.country].filter(Boolean).join(', ');
  const payments = invoices.data.flatMap(i => i.payments.map(p => ({ ...p, invoice: i }))).sort((a, b) => b.date.localeCompare(a.date));

  fill(view, 
    h('p', {}, h('a', { href: '#/clientes' }, t('cli.back'))),
    h('div', { class: 'heading' },
      h('h1', { id: 'client-name' }, client.name, client.archived ? h('small', {}, ` (${t('cli.archived')})`) : null),
      actions(view, client)),
    h('div', { class: 'layout-2' },
      h('section', { class: 'card' }, h('dl', { class: 'facts' },
        h('dt', {}, t('cli.taxId')), h('dd', {}, client.taxId ?? '—'),
        h('dt', {}, t('cli.email')), h('dd', {}, client.email ?? '—'),
        h('dt', {}, t('cli.phone')), h('dd', {}, client.phone ?? '—'),
        h('dt', {}, t('cli.address')), h('dd', {}, address || '—'),
        h('dt', {}, t('cli.terms')), h('dd', {}, client.paymentTermsDays),
        h('dt', {}, t('cli.language')), h('dd', { id: 'client-language' }, t(`cf.language.${client.language}`)),
        h('dt', {}, t('cli.reminders')), h('dd', { id: 'client-reminders' }, t(client.reminders ? 'cli.remindersOn' : 'cli.remindersOff')),
        client.dir3 ? [
          h('dt', {}, t('cf.dir3.accountingOffice')), h('dd', { id: 'client-dir3-accountingOffice' }, client.dir3.accountingOffice),
          h('dt', {}, t('cf.dir3.managementBody')), h('dd', { id: 'client-dir3-managementBody' }, client.dir3.managementBody),
          h('dt', {}, t('cf.dir3.processingUnit')), h('dd', { id: 'client-dir3-processingUnit' }, client.dir3.processingUnit),
        ] : null)),
      h('section', { class: `card alert-box level-${morosity.morosityAmount > 0 ? 'red' : 'green'}`, id: 'client-morosity' },
        h('h2', {}, `${t('cli.morosity')} ${morosity.year}`),
        h('div', { class: 'big' }, h('span', { class: 'label' }, t('mor.rate')), h('strong', {}, percent(morosity.morosityRate))),
        h('dl', { class: 'facts' },
          h('dt', {}, t('mor.amount')), h('dd', {}, money(morosity.morosityAmount)),
          h('dt', {}, t('mor.invoiced')), h('dd', {}, money(morosity.invoiced)),
          h('dt', {}, t('mor.oldest')), h('dd', {}, morosity.oldestDaysOverdue),
          h('dt', {}, t('mor.claimable')), h('dd', {}, money(morosity.claimable))))),
    h('h2', {}, t('cli.invoices')),
    invoices.data.length ? table(null, [t('rec.number'), t('inv.issueDate'), t('inv.dueDate'), t('inv.status'), { label: t('inv.total'), num: true }, { label: t('inv.due'), num: true }],
      invoices.data.map(i => h('tr', { class: i.overdue ? 'level-red' : null },
        h('th', { scope: 'row' }, h('a', { href: `#/facturas/${i.id}` }, i.number)),
        h('td', {}, date(i.issueDate)), h('td', {}, date(i.dueDate)), h('td', {}, named('status', i.status)),
        h('td', { class: 'num' }, money(i.total)), h('td', { class: 'num' }, money(i.amountDue)))), { id: 'client-invoices' }) : empty(),
    h('h2', {}, t('cli.payments')),
    payments.length ? table(null, [t('inv.issueDate'), t('rec.number'), t('inv.method'), { label: t('inv.total'), num: true }],
      payments.map(p => h('tr', { class: p.reversed ? 'reversed' : null },
        h('td', {}, date(p.date)), h('td', {}, h('a', { href: `#/facturas/${p.invoice.id}` }, p.invoice.number)),
        h('td', {}, named('method', p.method), p.reversed ? ` (${t('inv.reversed')})` : ''), h('td', { class: 'num' }, money(p.amount))))) : empty(),
    h('h2', {}, t('cli.history')),
    timeline(history));
}

/** "Nueva factura" (with this client chosen), "Editar", and "Archivar" or "Restaurar" (If-Match: the version shown). */
function actions(view, client) {
  const status = h('div', { 'aria-live': 'polite' });
  const change = (verb, done) => async e => {
    e.target.disabled = true;
    try {
      await api(`/api/clients/${client.id}/${verb}`, { method: 'POST', headers: ifMatch(client.version) });
      toast(t(done));
      await render(view, client.id);
    } catch (error) {
      e.target.disabled = false;
      status.replaceChildren(errorBox(error));
    }
  };
  return h('div', { class: 'row actions-bar' },
    client.archived ? null : h('a', { class: 'button primary', href: `#/facturas/nueva?client=${client.id}` }, t('nf.title')),
    h('a', { class: 'button', href: `#/clientes/${client.id}/editar` }, t('cf.editButton')),
    client.archived
      ? h('button', { type: 'button', onclick: change('restore', 'cf.restored') }, t('cf.restore'))
      : h('button', { type: 'button', class: 'ghost', onclick: change('archive', 'cf.archived') }, t('cf.archive')),
    status);
}
