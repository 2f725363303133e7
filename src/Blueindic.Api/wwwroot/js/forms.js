// Form building blocks: a control names the API field it carries (data-field, e.g. "address.postalCode"),
// so the errors of the API's 400 problem land beside their fields, not in a list far from them.
import { ApiError } from './api.js';
import { h } from './format.js';
import { t } from './i18n.js';
import { errorBox } from './ui.js';

let made = 0;

/** A control with its <label for>; a hint, when given, is announced with the control (aria-describedby). */
export function field(label, control, { hint, wide } = {}) {
  control.id ||= `field-${++made}`;
  const note = hint ? h('small', { class: 'hint', id: `${control.id}-hint` }, hint) : null;
  if (note) control.setAttribute('aria-describedby', note.id);
  return h('div', { class: `field${wide ? ' wide' : ''}` }, h('label', { for: control.id }, label), control, note);
}

/** An input carrying the API field <name>. */
export const text = (name, value, attrs = {}) =>
  h('input', { type: 'text', id: `f-${name.replace(/[^\w-]/g, '-')}`, value: value ?? null, ...attrs, dataset: { field: name } });

/**
 * A note or a reason: one line, because the API's free text refuses control characters, a line break
 * included (a <textarea> would let Enter put one in and the request fail); a pasted break is dropped.
 */
export const freeText = (name, value, attrs = {}) => text(name, value, { maxlength: 2000, ...attrs });

/** A checkbox with its label after it. */
export function checkbox(name, label, checked) {
  const box = h('input', { type: 'checkbox', id: `f-${name}`, checked: Boolean(checked), dataset: { field: name } });
  return h('div', { class: 'check' }, box, ' ', h('label', { for: box.id }, label));
}

/** The control of an API field in a form. */
export const control = (form, name) => form.querySelector(`[data-field="${CSS.escape(name)}"]`);

/** A field's text, trimmed; empty is null (the API then takes its default). */
export function read(form, name) {
  const value = control(form, name)?.value.trim();
  return value ? value : null;
}

/** A number input or a select of numbers: null when empty or not a number (the API says which). */
export function readNumber(form, name) {
  const el = control(form, name);
  const value = el?.tagName === 'SELECT' ? (el.value === '' ? NaN : Number(el.value)) : el?.valueAsNumber;
  return Number.isFinite(value) ? value : null;
}

/** The address fields (line1, postal code, city, province, country), for a client and for the business. */
export function addressFields(address) {
  const a = address ?? {};
  return h('fieldset', { class: 'group' }, h('legend', {}, t('f.address')),
    h('div', { class: 'form-grid' },
      field(t('f.line1'), text('address.line1', a.line1, { autocomplete: 'address-line1' }), { wide: true }),
      field(t('f.postalCode'), text('address.postalCode', a.postalCode, { autocomplete: 'postal-code', inputmode: 'numeric' })),
      field(t('f.city'), text('address.city', a.city, { autocomplete: 'address-level2' })),
      field(t('f.province'), text('address.province', a.province, { autocomplete: 'address-level1' })),
      field(t('f.country'), text('address.country', a.country ?? 'ES', { autocomplete: 'country', maxlength: 2 }), { hint: t('f.countryHint') })));
}

/** The address as the API takes it; none when every line of it is empty. */
export function readAddress(form) {
  const parts = ['line1', 'postalCode', 'city', 'province'].map(p => [p, read(form, `address.${p}`)]);
  if (parts.every(([, v]) => v === null)) return null;
  return { ...Object.fromEntries(parts), country: read(form, 'address.country') };
}

/** The box under a form that says what happened: role=alert, so a screen reader hears it. */
export const statusBox = () => h('div', { class: 'form-status', 'aria-live': 'polite' });

/**
 * Shows a refusal: each field error beside its field (aria-invalid, aria-describedby), the rest
 * (and the problem's title) in the status box. The first invalid field takes the focus unless told not to.
 */
export function showErrors(form, status, error, { focus = true } = {}) {
  clearErrors(form, status);
  const problem = error instanceof ApiError ? error.problem : null;
  const unplaced = {};
  let first;
  for (const [name, messages] of Object.entries(problem?.errors ?? {})) {
    const target = control(form, name);
    if (!target) { unplaced[name] = messages; continue; }
    const note = h('p', { class: 'field-error', id: `${target.id}-error` }, messages.join(' '));
    target.setAttribute('aria-invalid', 'true');
    target.setAttribute('aria-describedby', [target.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '));
    (target.closest('.field, .check') ?? target.parentElement).append(note);
    first ??= target;
  }
  // Every error beside its field: the line above the buttons only says so, in the page's language.
  const rest = !first ? error
    : Object.keys(unplaced).length ? new ApiError(error.status, { ...problem, errors: unplaced }) : new Error(t('f.fixFields'));
  status?.replaceChildren(errorBox(rest));
  if (focus) first?.focus();
}

export function clearErrors(form, status) {
  for (const note of form.querySelectorAll('.field-error')) {
    const target = form.querySelector(`[aria-describedby~="${note.id}"]`);
    if (target) {
      const left = target.getAttribute('aria-describedby').split(' ').filter(id => id !== note.id).join(' ');
      if (left) target.setAttribute('aria-describedby', left); else target.removeAttribute('aria-describedby');
      target.removeAttribute('aria-invalid');
    }
    note.remove();
  }
  status?.replaceChildren();
}
