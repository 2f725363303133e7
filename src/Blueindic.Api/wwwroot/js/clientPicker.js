import { api } from './api.js';
import { fill, h } from './format.js';
import { t } from './i18n.js';

/**
 * A client picker that searches as you type (GET /api/clients?search=, the API ignores case and
 * accents): an ARIA combobox with its listbox; arrows move, Enter or a click chooses, Escape closes.
 * onChoose gets the client, or null while the text no longer names the one chosen. Gives the input
 * (to label) and its list (to place under it).
 */
export function clientPicker(id, chosen, onChoose) {
  const list = h('ul', { id: `${id}-list`, role: 'listbox', class: 'picker-list', hidden: true, 'aria-label': t('nf.client') });
  const input = h('input', {
    id, type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false', 'aria-autocomplete': 'list',
    'aria-expanded': 'false', 'aria-controls': list.id, value: chosen?.name ?? null, dataset: { field: 'clientId' },
  });
  let options = [];
  let active = -1;
  let asked = 0;
  let timer;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const choose = client => {
    input.value = client.name;
    close();
    onChoose(client);
  };
  const highlight = index => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    const li = list.children[index];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  };

  async function search() {
    const ticket = ++asked;
    const q = input.value.trim();
    let page;
    try {
      page = await api(`/api/clients?limit=8${q ? `&search=${encodeURIComponent(q)}` : ''}`);
    } catch {
      return; // the list stays as it was; the form's own errors say what matters on issuing
    }
    if (ticket !== asked || document.activeElement !== input) return;
    options = page.data;
    fill(list, options.length
      ? options.map((c, i) => h('li', { id: `${id}-option-${i}`, role: 'option', 'aria-selected': 'false',
        onmousedown: e => e.preventDefault(), onclick: () => choose(c) }, c.name, c.taxId ? h('small', {}, ` · ${c.taxId}`) : null))
      : h('li', { class: 'hint', role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' }, t('nf.noClient')));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  }

  input.addEventListener('input', () => {
    onChoose(null);
    clearTimeout(timer);
    timer = setTimeout(search, 200);
  });
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      if (list.hidden) search(); else highlight(Math.min(active + 1, options.length - 1));
    } else if (e.key === 'ArrowUp' && !list.hidden) {
      e.preventDefault();
      highlight(Math.max(active - 1, 0));
    } else if (e.key === 'Enter' && !list.hidden && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
  return { input, list };
}
