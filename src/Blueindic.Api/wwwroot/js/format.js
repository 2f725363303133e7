// Money and dates always in Spanish format, whatever the language of the words: 1.234,56 € and
// 27/11/2026 are what Spanish invoices and the tax agency use.
const euros = new Intl.NumberFormat('es-ES', { style: 'currency', currency: 'EUR', useGrouping: 'always' });
const number = new Intl.NumberFormat('es-ES', { maximumFractionDigits: 2, useGrouping: 'always' });

export const money = value => euros.format(Number(value));
export const num = value => number.format(Number(value));
export const percent = value => (value === null || value === undefined ? '—' : `${number.format(Number(value))} %`);

/** "2026-11-27" → "27/11/2026", without going through a time zone. */
export function date(iso) {
  if (!iso) return '—';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

/** An instant, in the browser's time: "27/11/2026 10:05". */
export function dateTime(iso) {
  const t = new Date(iso);
  const pad = n => String(n).padStart(2, '0');
  return `${pad(t.getDate())}/${pad(t.getMonth() + 1)}/${t.getFullYear()} ${pad(t.getHours())}:${pad(t.getMinutes())}`;
}

/** Signed money change: "+1.234,00 €" / "−56,00 €". */
export const change = value => (Number(value) > 0 ? '+' : Number(value) < 0 ? '−' : '') + euros.format(Math.abs(Number(value)));

/** Replaces an element's children, skipping the null and false a condition leaves (replaceChildren would print them). */
export function fill(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false));
  return el;
}

/** Builds an element: h('td', { class: 'num' }, '12'). Text is always set as text, never as HTML. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) el.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else el.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}
