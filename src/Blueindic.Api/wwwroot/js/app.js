import { api, credentials, ApiError } from './api.js';
import { h } from './format.js';
import { setLang, lang, t, translateShell } from './i18n.js';
import { errorBox, hideToast } from './ui.js';
import * as receivables from './views/receivables.js';
import * as morosity from './views/morosity.js';
import * as clients from './views/clients.js';
import * as client from './views/client.js';
import * as sales from './views/sales.js';
import * as invoice from './views/invoice.js';

const main = document.getElementById('main');

// Routes: #/cobros, #/morosidad, #/clientes, #/clientes/{id}, #/ventas, #/facturas/{id}.
const routes = [
  [/^\/cobros$/, receivables],
  [/^\/morosidad$/, morosity],
  [/^\/clientes$/, clients],
  [/^\/clientes\/([0-9a-f-]{36})$/, client],
  [/^\/ventas$/, sales],
  [/^\/facturas\/([0-9a-f-]{36})$/, invoice],
];

let rendering = 0;

async function render() {
  translateShell();
  const signedIn = Boolean(credentials.key);
  document.getElementById('nav').hidden = !signedIn;
  document.getElementById('logout').hidden = !signedIn;
  if (!signedIn) return showLogin();

  const path = (location.hash.slice(1).split('?')[0]) || '/cobros';
  const match = routes.map(([pattern, view]) => [path.match(pattern), view]).find(([m]) => m);
  if (!match) return void (location.hash = '#/cobros');
  const [params, view] = match;
  for (const link of document.querySelectorAll('#nav a')) {
    const current = path.startsWith(link.getAttribute('href').slice(1));
    if (current) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }

  const ticket = ++rendering;
  // data-route says which route the view shows, so a reader (or a test) never mistakes the last one for it.
  const container = h('div', { class: 'view', 'aria-busy': 'true', dataset: { route: location.hash || '#/cobros' } }, h('p', { class: 'loading' }, t('loading')));
  main.replaceChildren(container);
  try {
    await view.render(container, ...params.slice(1));
  } catch (error) {
    if (ticket === rendering) container.replaceChildren(errorBox(error));
  } finally {
    container.removeAttribute('aria-busy');
  }
}

function showLogin(message) {
  const input = h('input', { id: 'key', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true });
  const status = h('div', { 'aria-live': 'polite' }, message ? errorBox(new Error(message)) : null);
  const form = h('form', { class: 'login card', onsubmit: async e => {
    e.preventDefault();
    const key = input.value.trim();
    try {
      await api('/api/settings/alerts', { key });
      credentials.key = key;
      render();
    } catch (error) {
      status.replaceChildren(errorBox(error instanceof ApiError && error.status === 401 ? new Error(t('login.invalid')) : error));
    }
  } },
  h('h1', {}, t('login.title')),
  h('label', { for: 'key' }, t('login.key')), input,
  h('p', { class: 'hint' }, t('login.help')),
  h('button', { type: 'submit', class: 'primary' }, t('login.submit')), status);
  main.replaceChildren(form);
  input.focus();
}

document.getElementById('lang').addEventListener('click', () => {
  setLang(lang === 'es' ? 'en' : 'es');
  render();
});
document.getElementById('logout').addEventListener('click', () => {
  credentials.clear();
  hideToast();
  render();
});
window.addEventListener('blueindic:unauthorized', () => {
  credentials.clear();
  showLogin(t('login.invalid'));
});
window.addEventListener('hashchange', () => {
  render();
  main.focus({ preventScroll: true });
});
render();
