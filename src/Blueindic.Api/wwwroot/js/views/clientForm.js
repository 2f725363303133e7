import { api, ifMatch, newIdempotencyKey } from '../api.js';
import { fill, h } from '../format.js';
import { t } from '../i18n.js';
import { addressFields, checkbox, control, field, freeText, read, readAddress, readNumber, showErrors, statusBox, text } from '../forms.js';
import { go, toast } from '../ui.js';

/**
 * "Nuevo cliente" (#/clientes/nuevo) and "Editar" (#/clientes/{id}/editar): every field of a client.
 * "Guardar" creates it (POST, one Idempotency-Key per form) or changes it (PUT with If-Match of the
 * version read); the API's field errors show beside their fields.
 */
// The languages a client's mails are written in (the API's codes), each shown in its own language.
const LANGUAGES = ['es', 'en'];

export async function render(view, id) {
  // A new client's payment days start at the business's default (what the API gives one sent without).
  const [client, defaultTerms] = await Promise.all([
    id ? api(`/api/clients/${id}`) : null,
    id ? null : api('/api/settings/business').then(b => b.defaultPaymentTermsDays, () => null),
  ]);
  const c = client ?? {};
  const key = newIdempotencyKey();
  const status = statusBox();
  const back = id ? `#/clientes/${id}` : '#/clientes';
  const submit = h('button', { type: 'submit', class: 'primary' }, t('save'));

  const form = h('form', { class: 'card form', id: 'client-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    try {
      const body = {
        name: read(form, 'name'), legalName: read(form, 'legalName'), taxId: read(form, 'taxId'),
        email: read(form, 'email'), phone: read(form, 'phone'), address: readAddress(form),
        paymentTermsDays: readNumber(form, 'paymentTermsDays'),
        equivalenceSurcharge: control(form, 'equivalenceSurcharge').checked, notes: read(form, 'notes'),
        language: control(form, 'language').value, reminders: control(form, 'reminders').checked,
        dir3: readDir3(form),
      };
      const saved = client
        ? await api(`/api/clients/${id}`, { method: 'PUT', body, headers: ifMatch(client.version) })
        : await api('/api/clients', { method: 'POST', body, headers: { 'Idempotency-Key': key } });
      toast(t('cf.saved'));
      go(`/clientes/${saved.id}`);
    } catch (error) {
      showErrors(form, status, error);
    } finally {
      submit.disabled = false;
    }
  } },
  h('div', { class: 'form-grid' },
    field(t('cf.name'), text('name', c.name, { required: true, autocomplete: 'organization' })),
    field(t('cf.legalName'), text('legalName', c.legalName)),
    field(t('cf.taxId'), text('taxId', c.taxId, { autocapitalize: 'characters', spellcheck: 'false' }), { hint: t('cf.taxIdHint') }),
    field(t('cf.email'), text('email', c.email, { type: 'email', autocomplete: 'email' })),
    field(t('cf.phone'), text('phone', c.phone, { type: 'tel', autocomplete: 'tel' })),
    field(t('cf.terms'), text('paymentTermsDays', c.paymentTermsDays ?? defaultTerms, { type: 'number', min: 0, max: 365, step: 1, inputmode: 'numeric' }), { hint: t('cf.termsHint') })),
  addressFields(c.address),
  checkbox('equivalenceSurcharge', t('cf.surcharge'), c.equivalenceSurcharge),
  field(t('cf.notes'), freeText('notes', c.notes)),
  h('fieldset', { class: 'group' }, h('legend', {}, t('cf.mail')),
    h('div', { class: 'form-grid' },
      field(t('cf.language'), h('select', { id: 'f-language', dataset: { field: 'language' } },
        LANGUAGES.map(code => h('option', { value: code, selected: code === (c.language ?? 'es') }, t(`cf.language.${code}`)))),
        { hint: t('cf.languageHint') })),
    // A new client is reminded unless told otherwise: the API's default.
    checkbox('reminders', t('cf.reminders'), c.reminders ?? true)),
  dir3Fields(c.dir3),
  h('div', { class: 'row' }, submit, h('a', { href: back, class: 'button ghost' }, t('cancel'))),
  status);

  fill(view,
    h('p', {}, h('a', { href: back }, client ? `← ${client.name}` : t('cli.back'))),
    h('h1', {}, client ? t('cf.edit', client.name) : t('cf.new')),
    form);
  control(form, 'name').focus();
}

// A public administration's DIR3 codes (FACe): all three or none; the API says which is missing or malformed.
const DIR3 = ['accountingOffice', 'managementBody', 'processingUnit'];

function dir3Fields(dir3) {
  const d = dir3 ?? {};
  return h('fieldset', { class: 'group' }, h('legend', {}, t('cf.dir3')),
    h('p', { class: 'hint' }, t('cf.dir3Hint')),
    h('div', { class: 'form-grid' },
      DIR3.map(name => field(t(`cf.dir3.${name}`), text(`dir3.${name}`, d[name], { autocapitalize: 'characters', spellcheck: 'false', maxlength: 9 })))));
}

/** The codes as the API takes them; none when all three are empty. */
function readDir3(form) {
  const codes = DIR3.map(name => [name, read(form, `dir3.${name}`)]);
  return codes.every(([, v]) => v === null) ? null : Object.fromEntries(codes);
}
