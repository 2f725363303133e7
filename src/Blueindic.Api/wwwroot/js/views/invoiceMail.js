import { api, ApiError, newIdempotencyKey } from '../api.js';
import { dateTime, h } from '../format.js';
import { named, t } from '../i18n.js';
import { field, read, showErrors, statusBox, text } from '../forms.js';
import { errorBox, table, toast } from '../ui.js';

/** Addresses typed as one line, separated by commas, semicolons or spaces. */
const addresses = value => (value ?? '').split(/[\s,;]+/).filter(Boolean);

/** A problem about `to[1]` or `cc[0]` shown beside the one input that holds them all. */
function onItsField(error) {
  if (!(error instanceof ApiError) || !error.problem?.errors) return error;
  const errors = {};
  for (const [name, messages] of Object.entries(error.problem.errors)) {
    const list = name.replace(/\[\d+\]$/, '');
    const index = name.match(/\[(\d+)\]$/)?.[1];
    (errors[list] ??= []).push(...messages.map(m => (index === undefined ? m : `${t('mail.address', Number(index) + 1)}: ${m}`)));
  }
  return new ApiError(error.status, { ...error.problem, errors });
}

/** What the API says of a mail committed for sending: sent to a relay, or only kept on the server. */
const sentNote = (answer, to) => (answer.delivery === 'smtp' ? t('mail.sent', to.join(', ')) : t('mail.notDelivered'));

/** "Enviar": to (the client's email, prefilled), copies and a few words; one Idempotency-Key per form. */
export function sendForm(invoice, clientEmail, reload) {
  const key = newIdempotencyKey();
  const status = statusBox();
  const submit = h('button', { type: 'submit', class: 'primary' }, t('mail.send'));
  const form = h('form', { class: 'card form', id: 'send-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    try {
      const body = { to: addresses(read(form, 'to')), cc: addresses(read(form, 'cc')), message: read(form, 'message') };
      const answer = await api(`/api/invoices/${invoice.id}/send`, { method: 'POST', body, headers: { 'Idempotency-Key': key } });
      toast(sentNote(answer, answer.to));
      await reload();
    } catch (error) {
      showErrors(form, status, onItsField(error));
      submit.disabled = false;
    }
  } },
  h('h2', {}, t('mail.send')),
  field(t('mail.to'), text('to', clientEmail, { id: 'send-to', type: 'text', inputmode: 'email', autocomplete: 'off' }), { hint: t('mail.toHint') }),
  field(t('mail.cc'), text('cc', null, { id: 'send-cc', inputmode: 'email', autocomplete: 'off' })),
  field(t('mail.message'), text('message', null, { id: 'send-message', maxlength: 2000 })),
  h('div', { class: 'row' }, submit), status);
  return form;
}

/** "Enviar recordatorio": a reminder now, its kind chosen by the API from the due date. */
export function remindButton(invoiceId, status, onSent = () => {}) {
  return h('button', { type: 'button', class: 'ghost remind', onclick: async e => {
    const button = e.currentTarget;
    button.disabled = true;
    status.replaceChildren();
    try {
      const answer = await api(`/api/invoices/${invoiceId}/reminders`, { method: 'POST', body: {}, headers: { 'Idempotency-Key': newIdempotencyKey() } });
      toast(answer.delivery === 'smtp' ? t('mail.reminded', named('kind', answer.kind), answer.to.join(', ')) : t('mail.notDelivered'));
      await onSent(answer);
    } catch (error) {
      status.replaceChildren(errorBox(error));
    } finally {
      button.disabled = false;
    }
  } }, t('mail.remind'));
}

/** The mails of an invoice: each sending and reminder, a failed delivery in red, and the next reminder. */
export function mailsSection(invoice) {
  const rows = [
    ...invoice.sendings.map(s => ({ at: s.at, what: t('mail.invoice'), to: s.to.concat(s.cc), failed: s.failedBecause })),
    ...invoice.reminders.map(r => ({ at: r.at, what: `${named('kind', r.kind)}${r.step === null ? ` (${t('mail.byHand')})` : ''}`, to: r.to, failed: r.failedBecause })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const next = invoice.nextReminder;
  return h('section', { id: 'invoice-mails' },
    h('h2', {}, t('mail.title')),
    rows.length
      ? table(null, [t('mail.when'), t('mail.what'), t('mail.to'), t('mail.state')], rows.map(r => h('tr', { class: r.failed ? 'failed' : null },
        h('td', {}, dateTime(r.at)), h('td', {}, r.what), h('td', {}, r.to.join(', ')),
        h('td', {}, r.failed ? h('strong', { class: 'overdue' }, t('mail.failed', r.failed)) : t('mail.ok')))))
      : h('p', { class: 'empty' }, t('mail.none')),
    h('p', { class: 'hint', id: 'next-reminder' }, next ? t('mail.next', named('kind', next.kind), dateTime(next.at)) : t('mail.noNext')));
}

/** The last reminder of an alert-list row, in a few words. */
export const lastReminder = item => (item.lastReminder ? t('mail.last', named('kind', item.lastReminder.kind), dateTime(item.lastReminder.at)) : null);
