import { api, serverToday } from '../api.js';
import { fill, h, money, num, percent } from '../format.js';
import { t } from '../i18n.js';
import { go, routeQuery, table, yearSelect } from '../ui.js';

let chart;

/** "Ventas": monthly sales of a year against a comparison year, as a bar chart and as numbers. */
export async function render(view) {
  const query = routeQuery();
  const params = new URLSearchParams();
  if (query.get('year')) params.set('year', query.get('year'));
  if (query.get('compare')) params.set('compareYear', query.get('compare'));
  const [report, today] = await Promise.all([api(`/api/reports/sales/monthly?${params}`), serverToday()]);
  const months = t('months');

  const canvas = h('canvas', { id: 'sales-chart', role: 'img', 'aria-label': t('sales.chart', report.year, report.compareYear) });
  const rows = report.months.map(m => h('tr', {},
    h('th', { scope: 'row' }, months[m.month - 1]),
    h('td', { class: 'num' }, money(m.net)),
    h('td', { class: 'num' }, money(m.previousNet)),
    h('td', { class: `num ${trend(m.changeAmount)}` }, percent(m.changePercent)),
    h('td', { class: 'num' }, m.seasonalityIndex === null ? '—' : num(m.seasonalityIndex))));
  const thisYear = Number(today.slice(0, 4));

  fill(view, 
    h('div', { class: 'heading' }, h('h1', {}, `${t('sales.title')} ${report.year}`),
      h('div', { class: 'filters' },
        yearSelect('sales-year', t('year'), report.year, year => go('/ventas', { year, compare: year - 1 }), thisYear),
        yearSelect('sales-compare', t('compare'), report.compareYear, compare => go('/ventas', { year: report.year, compare }), thisYear))),
    h('section', { class: 'totals' },
      h('div', { class: 'stat' }, h('span', { class: 'label' }, t('sales.total')), h('strong', { id: 'sales-total' }, money(report.totalNet))),
      h('div', { class: 'stat' }, h('span', { class: 'label' }, `${t('sales.previous')} (${report.compareYear})`), h('strong', {}, money(report.previousTotalNet))),
      h('div', { class: `stat ${trend(report.changeAmount)}` }, h('span', { class: 'label' }, t('cli.change')),
        h('strong', {}, percent(report.changePercent)), h('span', { class: 'sub' }, money(report.changeAmount)))),
    h('figure', { class: 'card chart' }, h('div', { class: 'chart-box' }, canvas), h('figcaption', {}, t('sales.chart', report.year, report.compareYear))),
    table(null, [t('sales.month'), { label: String(report.year), num: true }, { label: String(report.compareYear), num: true },
      { label: t('cli.change'), num: true }, { label: t('sales.index'), num: true }], rows, { id: 'sales-table' }));

  chart?.destroy();
  // Chart.js is loaded with defer, before this module runs.
  chart = new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: months.map(m => m.slice(0, 3)),
      datasets: [
        { label: String(report.year), data: report.months.map(m => Number(m.net)), backgroundColor: '#1d4ed8' },
        { label: String(report.compareYear), data: report.months.map(m => Number(m.previousNet)), backgroundColor: '#94a3b8' },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: { y: { ticks: { callback: value => money(value).replace(',00', '') } } },
      plugins: { tooltip: { callbacks: { label: c => `${c.dataset.label}: ${money(c.parsed.y)}` } } },
    },
  });
}

const trend = value => (Number(value) > 0 ? 'up' : Number(value) < 0 ? 'down' : '');
