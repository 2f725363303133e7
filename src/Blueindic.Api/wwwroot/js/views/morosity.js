import { api } from '../api.js';
import { fill, h, money, num, percent } from '../format.js';
import { t } from '../i18n.js';
import { go, routeQuery, table, yearSelect } from '../ui.js';

/** "Morosidad": the year's rate and amount in an alert box, and the clients it comes from. */
export async function render(view) {
  const asked = Number(routeQuery().get('year')) || null;
  const report = await api(`/api/reports/morosity?limit=100${asked ? `&year=${asked}` : ''}`);
  const thisYear = Number(report.asOf.slice(0, 4));
  // No rate (null) when the year's invoicing is 0 or negative: then the amount alone says whether to worry.
  const alarm = report.morosityRate === null ? (report.morosityAmount > 0 ? 'red' : 'green')
    : report.morosityRate >= 10 ? 'red' : report.morosityRate > 0 ? 'orange' : 'green';

  const box = h('section', { class: `card alert-box level-${alarm}`, id: 'morosity-box', 'aria-labelledby': 'mor-rate' },
    h('div', { class: 'big' }, h('span', { class: 'label', id: 'mor-rate' }, t('mor.rate')), h('strong', { id: 'morosity-rate' }, percent(report.morosityRate))),
    h('div', { class: 'big' }, h('span', { class: 'label' }, t('mor.amount')), h('strong', { id: 'morosity-amount' }, money(report.morosityAmount))),
    h('dl', { class: 'facts' },
      h('dt', {}, t('mor.invoiced')), h('dd', {}, money(report.invoiced)),
      h('dt', {}, t('mor.overdue')), h('dd', {}, money(report.overdue)),
      h('dt', {}, t('mor.lost')), h('dd', {}, money(report.uncollectible)),
      h('dt', {}, t('mor.dso')), h('dd', { id: 'morosity-dso' }, report.dso === null ? '—' : num(report.dso))));

  const rows = report.clients.map(c => h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: `#/clientes/${c.clientId}` }, c.clientName)),
    h('td', { class: 'num' }, percent(c.morosityRate)),
    h('td', { class: 'num' }, money(c.morosityAmount)),
    h('td', { class: 'num' }, c.oldestDaysOverdue),
    h('td', { class: 'num' }, money(c.claimable), c.claimableComplete ? null : h('small', {}, ` (${t('mor.incomplete')})`))));

  fill(view, 
    h('div', { class: 'heading' }, h('h1', {}, `${t('mor.title')} ${report.year}`),
      yearSelect('morosity-year', t('year'), report.year, year => go('/morosidad', { year }), thisYear)),
    box,
    h('h2', {}, t('mor.clients'), ' ', h('small', {}, t('mor.of', report.clients.length, report.clientCount))),
    rows.length
      ? table(null, [t('client'), { label: t('mor.rate'), num: true }, { label: t('mor.amount'), num: true }, { label: t('mor.oldest'), num: true }, { label: t('mor.claimable'), num: true }], rows, { id: 'morosity-clients' })
      : h('p', { class: 'empty' }, t('mor.none')));
}
