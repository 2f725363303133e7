import { api, ApiError } from './api.js';
import { fill, h } from './format.js';
import { t } from './i18n.js';

/** The API's problem, in words: its title, detail and each field's errors. */
export function errorBox(error) {
  const problem = error instanceof ApiError ? error.problem : null;
  const fields = problem?.errors ? Object.entries(problem.errors).flatMap(([field, messages]) => messages.map(m => `${field}: ${m}`)) : [];
  const detail = error instanceof ApiError && error.status === 0 ? t('error.network') : problem?.detail || error.message;
  return h('div', { class: 'error', role: 'alert' },
    h('strong', {}, problem?.title || t('error.title')), ' ', detail,
    fields.length ? h('ul', {}, fields.map(f => h('li', {}, f))) : null);
}

let toastTimer;
/** A short message, with an optional action (the undo of a payment). */
export function toast(message, action) {
  const box = document.getElementById('toast');
  clearTimeout(toastTimer);
  fill(box, h('span', {}, message), action ? h('button', { type: 'button', onclick: action.run }, action.label) : null);
  box.classList.add('shown');
  toastTimer = setTimeout(() => box.classList.remove('shown'), 10000);
}

export function hideToast() {
  document.getElementById('toast').classList.remove('shown');
}

export function table(caption, headers, rows, attrs = {}) {
  return h('div', { class: 'table-wrap' },
    h('table', attrs,
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, headers.map(x => h('th', { scope: 'col', class: x.num ? 'num' : null }, x.label ?? x)))),
      h('tbody', {}, rows)));
}

/** A year picker: the current year and the four before it, plus the one asked for. */
export function yearSelect(id, label, year, onChange, thisYear = new Date().getFullYear()) {
  const years = new Set([thisYear, thisYear - 1, thisYear - 2, thisYear - 3, thisYear - 4, year]);
  return h('label', { class: 'field inline' }, label,
    h('select', { id, onchange: e => onChange(Number(e.target.value)) },
      [...years].sort((a, b) => b - a).map(y => h('option', { value: y, selected: y === year }, y))));
}

/**
 * "Cargar más" for a cursor-paged list: asks for the next page of <url> and hands its rows to
 * onRows; hidden once the API says there is no next page.
 */
export function moreButton(url, firstCursor, onRows) {
  let cursor = firstCursor;
  const button = h('button', { type: 'button', class: 'more', hidden: !cursor, onclick: async () => {
    button.disabled = true;
    try {
      const next = await api(`${url}${url.includes('?') ? '&' : '?'}cursor=${encodeURIComponent(cursor)}`);
      onRows(next.data);
      cursor = next.nextCursor;
      button.hidden = !cursor;
    } catch (error) {
      button.after(errorBox(error));
    } finally {
      button.disabled = false;
    }
  } }, t('more'));
  return button;
}

export const empty = () => h('p', { class: 'empty' }, t('empty'));

/** Query parameters of the hash route: #/ventas?year=2025. */
export function routeQuery() {
  const query = location.hash.split('?')[1] ?? '';
  return new URLSearchParams(query);
}

export function go(path, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '')).toString();
  location.hash = `#${path}${query ? `?${query}` : ''}`;
}
