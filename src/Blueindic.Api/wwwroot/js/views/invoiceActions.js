import { api, ifMatch, newIdempotencyKey } from '../api.js';
import { h } from '../format.js';
import { t } from '../i18n.js';
import { field, freeText, read, showErrors, statusBox } from '../forms.js';
import { lineEditor } from '../lines.js';
import { remindButton, sendForm } from './invoiceMail.js';
import { errorBox, go, toast } from '../ui.js';

/**
 * The invoice page's actions: "Descargar PDF", "Enviar" (by email), "Enviar recordatorio", "Rectificar"
 * (cancel whole or amend lines, with a reason), "Incobrable" (write off, with a reason) and "Anular" (an invoice issued by
 * mistake, with a reason and a confirming button). Commands carry If-Match with the version shown.
 */
export function invoiceActions(invoice, clientEmail, reload) {
  const status = h('div', { 'aria-live': 'polite' });
  // A cancelled invoice takes nothing more; a corrective one is settled through the invoice it corrects.
  const open = invoice.status !== 'cancelled' && invoice.status !== 'annulled' && !invoice.corrects;
  const correct = open ? correctionForm(invoice) : null;
  const chased = open && invoice.status !== 'uncollectible' && invoice.amountDue > 0;
  const writeOff = chased ? writeOffForm(invoice, reload) : null;
  // Annulling is for an invoice nobody has seen or acted on; the API refuses the rest, so the button is not offered.
  const untouched = open && invoice.payments.length === 0 && invoice.amountWrittenOff === 0 && invoice.correctedBy.length === 0
    && invoice.sendings.length === 0 && invoice.reminders.length === 0;
  const annul = untouched ? annulForm(invoice, reload) : null;
  const send = sendForm(invoice, clientEmail, reload);
  return h('div', { class: 'invoice-actions' },
    h('div', { class: 'row' },
      h('button', { type: 'button', id: 'download-pdf', onclick: e => download(e.target, invoice, status) }, t('ia.pdf')),
      toggle(t('mail.send'), send),
      chased ? remindButton(invoice.id, status, reload) : null,
      correct ? toggle(t('ia.correct'), correct) : null,
      writeOff ? toggle(t('ia.writeOff'), writeOff) : null,
      annul ? toggle(t('ia.annul'), annul) : null),
    status, send, correct, writeOff, annul);
}

/** The PDF needs the key (Authorization header), so it is fetched as a blob and saved through an object URL. */
async function download(button, invoice, status) {
  button.disabled = true;
  status.replaceChildren();
  try {
    const pdf = await api(`/api/invoices/${invoice.id}/pdf`, { as: 'blob' });
    const link = h('a', { href: URL.createObjectURL(pdf), download: `${invoice.number}.pdf` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  } catch (error) {
    status.replaceChildren(errorBox(error));
  } finally {
    button.disabled = false;
  }
}

/** A button that shows and hides its panel (aria-expanded), moving the focus into it. */
function toggle(label, panel) {
  panel.hidden = true;
  panel.id ||= `panel-${label.toLowerCase().replace(/\W+/g, '-')}`;
  return h('button', { type: 'button', class: 'ghost', 'aria-expanded': 'false', 'aria-controls': panel.id, onclick: e => {
    panel.hidden = !panel.hidden;
    e.target.setAttribute('aria-expanded', String(!panel.hidden));
    if (!panel.hidden) panel.querySelector('input')?.focus();
  } }, label);
}

function correctionForm(invoice) {
  const key = newIdempotencyKey();
  const status = statusBox();
  const lines = lineEditor({ correction: true });
  const amend = h('div', { hidden: true }, h('p', { class: 'hint' }, t('ia.amendHint')), lines.element);
  const choice = (value, label, checked) => {
    const radio = h('input', { type: 'radio', name: 'how', id: `correct-${value}`, value, checked, onchange: () => { amend.hidden = value !== 'amend'; } });
    return h('div', { class: 'check' }, radio, ' ', h('label', { for: radio.id }, label));
  };
  // The legal ground sets the VERI*FACTU type (R1–R4); R1 is the API's default.
  const ground = h('select', { id: 'correct-ground' },
    ['error', 'insolvency', 'uncollectible', 'other'].map(g => h('option', { value: g }, t(`ia.ground.${g}`))));
  const submit = h('button', { type: 'submit', class: 'primary' }, t('ia.issueCorrective'));
  const form = h('form', { class: 'card form', id: 'correct-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    try {
      const body = { reason: read(form, 'reason'), ground: ground.value, ...(amend.hidden ? {} : { lines: lines.values() }) };
      const corrective = await api(`/api/invoices/${invoice.id}/corrections`, { method: 'POST', body, headers: { 'Idempotency-Key': key, ...ifMatch(invoice.version) } });
      toast(t('ia.corrected', corrective.number));
      go(`/facturas/${corrective.id}`);
    } catch (error) {
      showErrors(form, status, error);
      submit.disabled = false;
    }
  } },
  h('h2', {}, t('ia.correct')),
  field(t('ia.reason'), freeText('reason', null, { id: 'correct-reason', required: true, maxlength: 500 })),
  field(t('ia.ground'), ground),
  h('fieldset', { class: 'group' }, h('legend', {}, t('ia.how')), choice('cancel', t('ia.cancelWhole'), true), choice('amend', t('ia.amend'), false)),
  amend, h('div', { class: 'row' }, submit), status);
  return form;
}

function writeOffForm(invoice, reload) {
  const status = statusBox();
  const submit = h('button', { type: 'submit', class: 'primary' }, t('ia.confirmWriteOff'));
  const form = h('form', { class: 'card form', id: 'write-off-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    try {
      await api(`/api/invoices/${invoice.id}/uncollectible`, { method: 'POST', body: { reason: read(form, 'reason') }, headers: ifMatch(invoice.version) });
      toast(t('ia.writtenOff'));
      await reload();
    } catch (error) {
      showErrors(form, status, error);
      submit.disabled = false;
    }
  } },
  h('h2', {}, t('ia.writeOff')), h('p', { class: 'hint' }, t('ia.writeOffHint')),
  field(t('ia.reason'), freeText('reason', null, { id: 'write-off-reason', required: true, maxlength: 500 })),
  h('div', { class: 'row' }, submit), status);
  return form;
}

function annulForm(invoice, reload) {
  const status = statusBox();
  const submit = h('button', { type: 'submit', class: 'primary' }, t('ia.confirmAnnul'));
  const form = h('form', { class: 'card form', id: 'annul-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    try {
      await api(`/api/invoices/${invoice.id}/annul`, { method: 'POST', body: { reason: read(form, 'reason') }, headers: ifMatch(invoice.version) });
      toast(t('ia.annulled'));
      await reload();
    } catch (error) {
      showErrors(form, status, error);
      submit.disabled = false;
    }
  } },
  h('h2', {}, t('ia.annul')), h('p', { class: 'hint' }, t('ia.annulHint')),
  field(t('ia.reason'), freeText('reason', null, { id: 'annul-reason', required: true, maxlength: 500 })),
  h('div', { class: 'row' }, submit), status);
  return form;
}
