import { api, ifMatch } from '../api.js';
import { fill, h } from '../format.js';
import { t } from '../i18n.js';
import { addressFields, field, read, readAddress, readNumber, showErrors, statusBox, text } from '../forms.js';
import { errorBox, toast } from '../ui.js';

/**
 * "Empresa" (#/empresa): the business profile the next invoices carry (edits apply to invoices issued
 * afterwards), its logo, and the alert window. Each part asks the API on its own, so one that fails
 * leaves the others working.
 */
export async function render(view) {
  const [business, alerts] = await Promise.all([
    api('/api/settings/business').catch(error => error),
    api('/api/settings/alerts'),
  ]);
  const ok = !(business instanceof Error);
  fill(view,
    h('h1', {}, t('set.title')),
    settingsTabs('#/empresa'),
    ok ? profileForm(business) : h('section', { class: 'card' }, h('h2', {}, t('set.profile')), h('p', { class: 'hint' }, t('set.unavailable')), errorBox(business)),
    h('div', { class: 'layout-2' },
      ok ? logoBox(view, business) : null,
      alertsForm(alerts)));
}

/** The business's settings pages, as tabs under "Empresa": its details, and its payment reminders. */
export function settingsTabs(current) {
  const tab = (href, label) => h('a', { href, 'aria-current': href === current ? 'page' : null }, label);
  return h('nav', { class: 'tabs', 'aria-label': t('set.title') },
    tab('#/empresa', t('set.profile')), tab('#/empresa/recordatorios', t('set.reminders')));
}

function profileForm(b) {
  let version = b.version;
  const status = statusBox();
  const submit = h('button', { type: 'submit', class: 'primary' }, t('save'));
  const form = h('form', { class: 'card form', id: 'business-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    try {
      const body = {
        tradeName: read(form, 'tradeName'), legalName: read(form, 'legalName'), address: readAddress(form),
        email: read(form, 'email'), phone: read(form, 'phone'), iban: read(form, 'iban'), website: read(form, 'website'),
        defaultPaymentTermsDays: readNumber(form, 'defaultPaymentTermsDays'), defaultSeries: read(form, 'defaultSeries'),
      };
      // Always If-Match, "0" too (a profile never edited): an edit made meanwhile elsewhere is refused (412), not overwritten.
      const saved = await api('/api/settings/business', { method: 'PUT', body, headers: ifMatch(version) });
      version = saved.version;
      // What the API kept (an IBAN grouped, a country upper-cased) replaces what was typed; the focus goes
      // to the new form's heading rather than to the top of the page, and the toast (a live region) says it is saved.
      const fresh = profileForm(saved);
      form.replaceWith(fresh);
      fresh.querySelector('h2').focus();
      toast(t('set.saved'));
    } catch (error) {
      showErrors(form, status, error);
    } finally {
      submit.disabled = false;
    }
  } },
  h('h2', { tabindex: -1 }, t('set.profile')),
  h('div', { class: 'form-grid' },
    field(t('set.taxId'), h('input', { id: 'business-tax-id', type: 'text', value: b.taxId ?? null, readonly: true })),
    field(t('set.tradeName'), text('tradeName', b.tradeName, { autocomplete: 'organization' })),
    field(t('set.legalName'), text('legalName', b.legalName)),
    field(t('set.email'), text('email', b.email, { type: 'email', autocomplete: 'email' })),
    field(t('set.phone'), text('phone', b.phone, { type: 'tel', autocomplete: 'tel' })),
    field(t('set.iban'), text('iban', b.iban, { spellcheck: 'false', autocapitalize: 'characters' }), { hint: t('set.ibanHint') }),
    field(t('set.website'), text('website', b.website, { type: 'url', autocomplete: 'url' })),
    field(t('set.terms'), text('defaultPaymentTermsDays', b.defaultPaymentTermsDays, { type: 'number', min: 0, max: 365, step: 1, inputmode: 'numeric' })),
    field(t('set.series'), text('defaultSeries', b.defaultSeries, { autocapitalize: 'characters', maxlength: 10 }))),
  addressFields(b.address),
  h('div', { class: 'row' }, submit), status);
  return form;
}

/** The logo: shown (fetched with the key), replaced by an upload (PNG or JPEG up to 200 KB), or removed. */
function logoBox(view, b) {
  const status = statusBox();
  const image = h('img', { id: 'business-logo', alt: t('set.logoAlt'), hidden: true });
  if (b.logo) {
    api(b.logo.url ?? '/api/settings/business/logo', { as: 'blob' }).then(blob => {
      image.src = URL.createObjectURL(blob);
      image.hidden = false;
    }, error => status.replaceChildren(errorBox(error)));
  }
  const file = h('input', { id: 'logo-file', type: 'file', accept: 'image/png,image/jpeg', dataset: { field: 'file' } });
  const act = (run, done) => async e => {
    e.preventDefault();
    const button = e.submitter ?? e.target;
    button.disabled = true;
    try {
      await run();
      toast(t(done));
      await render(view);
    } catch (error) {
      showErrors(form, status, error);
      button.disabled = false;
    }
  };
  const form = h('form', { class: 'card form logo', id: 'logo-form', novalidate: true, onsubmit: act(() => {
    const data = new FormData();
    if (file.files[0]) data.append('file', file.files[0]);
    return api('/api/settings/business/logo', { method: 'PUT', body: data });
  }, 'set.logoSaved') },
  h('h2', {}, t('set.logo')),
  b.logo ? image : h('p', { class: 'hint' }, t('set.noLogo')),
  field(t('set.logoFile'), file),
  h('div', { class: 'row' },
    h('button', { type: 'submit', class: 'primary' }, t('set.upload')),
    b.logo ? h('button', { type: 'button', class: 'ghost', onclick: act(() => api('/api/settings/business/logo', { method: 'DELETE' }), 'set.logoRemoved') }, t('set.removeLogo')) : null),
  status);
  return form;
}

function alertsForm(settings) {
  const status = statusBox();
  const submit = h('button', { type: 'submit', class: 'primary' }, t('save'));
  const form = h('form', { class: 'card form', id: 'alerts-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    if (submit.disabled) return; // the second click of a double click
    submit.disabled = true;
    try {
      await api('/api/settings/alerts', { method: 'PUT', body: { alertWindowDays: readNumber(form, 'alertWindowDays') } });
      status.replaceChildren();
      toast(t('set.alertsSaved'));
    } catch (error) {
      showErrors(form, status, error);
    } finally {
      submit.disabled = false;
    }
  } },
  h('h2', {}, t('set.alerts')),
  field(t('set.window'), text('alertWindowDays', settings.alertWindowDays, { type: 'number', min: 1, max: 90, step: 1, inputmode: 'numeric' }), { hint: t('set.windowHint') }),
  h('div', { class: 'row' }, submit), status);
  return form;
}
