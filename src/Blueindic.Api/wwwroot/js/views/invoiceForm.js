import { api, newIdempotencyKey, serverToday } from '../api.js';
import { fill, h } from '../format.js';
import { t } from '../i18n.js';
import { clientPicker } from '../clientPicker.js';
import { clearErrors, control, field, freeText, read, readNumber, showErrors, statusBox, text } from '../forms.js';
import { lineEditor } from '../lines.js';
import { go, routeQuery, toast } from '../ui.js';
import { totalsBox } from './invoiceTotals.js';

const WITHHOLDING = [0, 7, 15, 19];

/**
 * "Nueva factura" (#/facturas/nueva[?client=id]): client, series, dates, lines, IRPF and notes, with
 * live totals from POST /api/invoices/preview (the page never does the tax arithmetic itself).
 * "Emitir factura" sends one Idempotency-Key per form: a double click or a retry issues one invoice.
 */
export async function render(view) {
  const clientId = routeQuery().get('client');
  const [today, preset, series] = await Promise.all([
    serverToday(),
    clientId ? api(`/api/clients/${clientId}`) : null,
    // The business's default series, where the profile has one; F (the API's default) otherwise.
    api('/api/settings/business').then(b => b.defaultSeries || 'F', () => 'F'),
  ]);
  let client = preset;
  let dueTouched = false;
  const key = newIdempotencyKey();
  const status = statusBox();
  const totals = totalsBox();

  const picker = clientPicker('invoice-client', client, chosen => {
    client = chosen;
    if (chosen) defaultDueDate();
    changed();
  });
  const issueDate = text('issueDate', today, { type: 'date', id: 'invoice-issue-date', required: true });
  const dueDate = text('dueDate', null, { type: 'date', id: 'invoice-due-date' });
  issueDate.addEventListener('change', () => defaultDueDate());
  dueDate.addEventListener('change', () => { dueTouched = Boolean(dueDate.value); });
  const lines = lineEditor({ onChange: () => changed() });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'issue-invoice' }, t('nf.issue'));

  /** Issue date plus the client's payment terms, until the user sets a due date of their own. */
  function defaultDueDate() {
    if (dueTouched || !client || !issueDate.value) return;
    const due = new Date(`${issueDate.value}T00:00:00Z`);
    due.setUTCDate(due.getUTCDate() + client.paymentTermsDays);
    dueDate.value = due.toISOString().slice(0, 10);
  }

  const body = () => ({
    clientId: client?.id ?? null, series: read(form, 'series'), issueDate: read(form, 'issueDate'), dueDate: read(form, 'dueDate'),
    withholdingRate: readNumber(form, 'withholdingRate'), notes: read(form, 'notes'), lines: lines.values(),
  });

  let timer;
  let asked = 0;
  // Whose complaints are on show: a preview answering late must not wipe what a failed issue said.
  let previewComplained = false;
  function changed() {
    clearTimeout(timer);
    totals.pending();
    timer = setTimeout(preview, 300);
  }
  async function preview() {
    const ticket = ++asked;
    if (!client || !lines.complete()) {
      lines.showNets(null);
      return totals.show(null, t('nf.waiting'));
    }
    try {
      const invoice = await api('/api/invoices/preview', { method: 'POST', body: body() });
      if (ticket !== asked) return;
      if (previewComplained) clearErrors(form, status);
      previewComplained = false;
      lines.showNets(invoice.lines);
      totals.show(invoice);
    } catch (error) {
      if (ticket !== asked) return;
      lines.showNets(null);
      // A 400 says what to fix, beside its field; anything else (the preview not offered, the network) leaves the totals empty.
      if (error.status === 400) {
        showErrors(form, status, error, { focus: false });
        previewComplained = true;
      }
      totals.show(null, error.status === 400 ? t('f.fixFields') : t('nf.unavailable'));
    }
  }

  const form = h('form', { class: 'card form', id: 'invoice-form', novalidate: true, oninput: changed, onchange: changed, onsubmit: async e => {
    e.preventDefault();
    if (submit.disabled) return; // the second click of a double click
    submit.disabled = true;
    try {
      const invoice = await api('/api/invoices', { method: 'POST', body: body(), headers: { 'Idempotency-Key': key } });
      toast(t('nf.issued', invoice.number));
      go(`/facturas/${invoice.id}`);
    } catch (error) {
      showErrors(form, status, error);
      previewComplained = false;
      submit.disabled = false;
    }
  } },
  h('div', { class: 'form-grid' },
    h('div', { class: 'field wide picker' }, h('label', { for: picker.input.id }, t('nf.client')), picker.input, picker.list,
      h('small', { class: 'hint', id: 'invoice-client-hint' }, t('nf.clientHint'))),
    field(t('nf.series'), text('series', series, { id: 'invoice-series', autocapitalize: 'characters', maxlength: 10 })),
    field(t('nf.issueDate'), issueDate),
    field(t('nf.dueDate'), dueDate),
    field(t('nf.withholding'), h('select', { id: 'invoice-withholding', dataset: { field: 'withholdingRate' } },
      WITHHOLDING.map(r => h('option', { value: r }, r ? `${r} %` : t('nf.noWithholding')))))),
  h('fieldset', { class: 'group' }, h('legend', {}, t('lines.title')), lines.element),
  field(t('nf.notes'), freeText('notes', null, { id: 'invoice-notes' })),
  totals.element,
  h('div', { class: 'row' }, submit, h('a', { class: 'button ghost', href: clientId ? `#/clientes/${clientId}` : '#/cobros' }, t('cancel'))),
  status);
  picker.input.setAttribute('aria-describedby', 'invoice-client-hint');

  fill(view, h('h1', {}, t('nf.title')), form);
  defaultDueDate();
  changed();
  (client ? control(form, 'lines[0].description') : picker.input).focus();
}
