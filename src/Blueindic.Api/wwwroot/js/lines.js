import { h, money } from './format.js';
import { field } from './forms.js';
import { t } from './i18n.js';

const VAT_RATES = [21, 10, 4, 0];
let made = 0;

/**
 * The lines of an invoice or of a correction: description, quantity, unit price, discount %, IVA,
 * and "Añadir línea". Each control carries its API field (lines[0].quantity…), renumbered when a
 * line goes, so the API's errors land beside it. The net of each line is the API's (showNets).
 */
export function lineEditor({ correction = false, onChange = () => {} } = {}) {
  const rows = h('div', { class: 'lines' });

  function line() {
    const n = ++made;
    const input = (part, attrs) => h('input', { id: `line-${n}-${part}`, dataset: { part }, ...attrs });
    const remove = h('button', { type: 'button', class: 'ghost remove', onclick: () => {
      const next = el.nextElementSibling ?? el.previousElementSibling;
      el.remove();
      renumber();
      onChange();
      next?.querySelector('input')?.focus();
    } }, '✕');
    const el = h('fieldset', { class: 'line' }, h('legend', {}),
      field(t('lines.description'), input('description', { type: 'text' }), { wide: true }),
      field(t('lines.qty'), input('quantity', { type: 'number', step: 'any', value: correction ? null : 1, inputmode: 'decimal', ...(correction ? {} : { min: 0 }) })),
      field(t('lines.price'), input('unitPrice', { type: 'number', step: 'any', inputmode: 'decimal' })),
      field(t('lines.discount'), input('discountPercent', { type: 'number', step: 'any', min: 0, max: 100, value: 0, inputmode: 'decimal' })),
      field(t('lines.vat'), h('select', { id: `line-${n}-vatRate`, dataset: { part: 'vatRate' } }, VAT_RATES.map(r => h('option', { value: r }, `${r} %`)))),
      h('div', { class: 'field' }, h('span', {}, t('lines.net')), h('output', { class: 'line-net', for: `line-${n}-quantity line-${n}-unitPrice` }, '—')),
      remove);
    return el;
  }

  function renumber() {
    const all = [...rows.children];
    all.forEach((el, i) => {
      el.querySelector('legend').textContent = t('lines.n', i + 1);
      for (const c of el.querySelectorAll('[data-part]')) c.dataset.field = `lines[${i}].${c.dataset.part}`;
      const remove = el.querySelector('.remove');
      remove.setAttribute('aria-label', t('lines.remove', i + 1));
      remove.disabled = all.length === 1;
      el.querySelector('.line-net').setAttribute('aria-label', t('lines.netOf', i + 1));
    });
  }

  const add = h('button', { type: 'button', class: 'add-line', onclick: () => {
    rows.append(line());
    renumber();
    onChange();
    rows.lastElementChild.querySelector('input').focus();
  } }, t('lines.add'));

  rows.append(line());
  renumber();

  const number = el => (Number.isFinite(el.valueAsNumber) ? el.valueAsNumber : null);
  const partOf = (el, part) => el.querySelector(`[data-part="${part}"]`);

  return {
    element: h('div', { class: 'line-editor' }, rows, add),
    /** The lines as the API takes them. */
    values: () => [...rows.children].map(el => ({
      description: partOf(el, 'description').value.trim() || null,
      quantity: number(partOf(el, 'quantity')),
      unitPrice: number(partOf(el, 'unitPrice')),
      discountPercent: number(partOf(el, 'discountPercent')),
      vatRate: Number(partOf(el, 'vatRate').value),
    })),
    /** Whether every line has what the API needs to price it (so a preview is worth asking for). */
    complete() {
      return this.values().every(l => l.description && l.quantity !== null && l.unitPrice !== null);
    },
    /** The API's net of each line, or "—". */
    showNets(lines) {
      [...rows.children].forEach((el, i) => { el.querySelector('.line-net').textContent = lines?.[i] ? money(lines[i].net) : '—'; });
    },
  };
}
