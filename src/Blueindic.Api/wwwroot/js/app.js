import { credentials, signIn, whoAmI, ApiError } from './api.js';
import { h } from './format.js';
import { setLang, lang, t, translateShell } from './i18n.js';
import { errorBox, hideToast } from './ui.js';
import * as receivables from './views/receivables.js';
import * as morosity from './views/morosity.js';
import * as clients from './views/clients.js';
import * as client from './views/client.js';
import * as sales from './views/sales.js';
import * as invoice from './views/invoice.js';
import * as clientForm from './views/clientForm.js';
import * as invoiceForm from './views/invoiceForm.js';
import * as settings from './views/settings.js';
import * as reminders from './views/reminders.js';

const main = document.getElementById('main');

// Routes: #/cobros, #/morosidad, #/clientes, #/clientes/nuevo, #/clientes/{id}[/editar], #/ventas,
// #/facturas/nueva[?client=], #/facturas/{id}, #/empresa, #/empresa/recordatorios.
const routes = [
  [/^\/cobros$/, receivables],
  [/^\/morosidad$/, morosity],
  [/^\/clientes$/, clients],
  [/^\/clientes\/nuevo$/, clientForm],
  [/^\/clientes\/([0-9a-f-]{36})$/, client],
  [/^\/clientes\/([0-9a-f-]{36})\/editar$/, clientForm],
  [/^\/ventas$/, sales],
  [/^\/facturas\/nueva$/, invoiceForm],
  [/^\/facturas\/([0-9a-f-]{36})$/, invoice],
  [/^\/empresa$/, settings],
  [/^\/empresa\/recordatorios$/, reminders],
];

let rendering = 0;

async function render() {
  translateShell();
  const signedIn = Boolean(credentials.key);
  document.getElementById('nav').hidden = !signedIn;
  document.getElementById('logout').hidden = !signedIn;
  showBusiness(signedIn);
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

/** The business the key belongs to, in the header: who the figures are about. */
function showBusiness(signedIn) {
  const business = document.getElementById('business');
  if (!signedIn) {
    business.hidden = true;
    business.textContent = '';
    return;
  }
  // The name is a courtesy: a failure here shows in the view, which asks the API too.
  const key = credentials.key;
  whoAmI().then(who => {
    if (credentials.key !== key) return;   // signed out (or in with another key) meanwhile
    business.textContent = who.name;
    business.title = who.taxId;
    business.hidden = false;
  }, () => {});
}

function showLogin(message) {
  const input = h('input', { id: 'key', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true });
  const status = h('div', { 'aria-live': 'polite' }, message ? errorBox(new Error(message)) : null);
  const form = h('form', { class: 'login card', onsubmit: async e => {
    e.preventDefault();
    const key = input.value.trim();
    try {
      await signIn(key);
      render();
    } catch (error) {
      const refused = error instanceof ApiError && { 401: 'login.invalid', 403: 'login.notBusiness' }[error.status];
      status.replaceChildren(errorBox(refused ? new Error(t(refused)) : error));
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
