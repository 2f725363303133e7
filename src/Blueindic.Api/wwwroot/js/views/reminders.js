import { api, ifMatch } from '../api.js';
import { fill, h } from '../format.js';
import { t } from '../i18n.js';
import { checkbox, control, field, readNumber, showErrors, statusBox, text } from '../forms.js';
import { toast } from '../ui.js';
import { settingsTabs } from './settings.js';

// The API's kinds, in the order a reminder escalates.
const KINDS = ['upcoming', 'overdue', 'formalClaim'];
const MAX_STEPS = 10;

/**
 * "Recordatorios" (#/empresa/recordatorios, a tab of "Empresa"): the reminder policy. On or off, the hour, and the steps (days from
 * the due date and kind), added and removed here; "Guardar" replaces the policy whole (PUT, If-Match of
 * the version read) and the API's field errors (steps[2].daysFromDue…) show beside their fields.
 */
export async function render(view) {
  const settings = await api('/api/settings/reminders');
  fill(view,
    h('h1', {}, t('set.title')),
    settingsTabs('#/empresa/recordatorios'),
    policyForm(settings));
}

function policyForm(settings) {
  const status = statusBox();
  const submit = h('button', { type: 'submit', class: 'primary' }, t('save'));
  const list = h('div', { class: 'steps', id: 'reminder-steps' });
  const none = h('p', { class: 'hint', id: 'reminder-no-steps' }, t('rem.none'));
  const add = h('button', { type: 'button', class: 'ghost', id: 'reminder-add', onclick: () => {
    const steps = current();
    const days = steps.map(s => s.daysFromDue).filter(d => d !== null);
    // After the last day, as an overdue reminder: a starting point the user edits.
    draw([...steps, { daysFromDue: days.length ? Math.min(Math.max(...days, 0) + 15, 365) : 1, kind: 'overdue' }]);
    list.lastElementChild.querySelector('input').focus();
  } }, t('rem.add'));

  /** The steps as the form holds them now, in its order (the API sorts them by day). */
  const current = () => [...list.children].map((row, i) => ({
    daysFromDue: readNumber(row, `steps[${i}].daysFromDue`),
    kind: control(row, `steps[${i}].kind`).value,
  }));

  /** Draws the steps afresh: each control names the API field its error comes back on (steps[2].daysFromDue). */
  const draw = steps => {
    list.replaceChildren(...steps.map((step, i) => {
      const row = h('fieldset', { class: 'group step', dataset: { field: `steps[${i}]` } }, h('legend', {}, t('rem.step', i + 1)),
        h('div', { class: 'form-grid' },
          field(t('rem.days'), text(`steps[${i}].daysFromDue`, step.daysFromDue, { type: 'number', min: -60, max: 365, step: 1, inputmode: 'numeric' })),
          field(t('rem.kind'), h('select', { id: `f-steps-${i}-kind`, dataset: { field: `steps[${i}].kind` } },
            KINDS.map(k => h('option', { value: k, selected: k === step.kind }, t(`rem.kind.${k}`))))),
          h('div', { class: 'row' }, h('button', { type: 'button', class: 'ghost', onclick: () => {
            draw(current().filter((_, j) => j !== i));
            add.focus();
          } }, t('rem.remove', i + 1)))));
      return row;
    }));
    none.hidden = steps.length > 0;
    add.disabled = steps.length >= MAX_STEPS;
  };

  const form = h('form', { class: 'card form', id: 'reminders-form', novalidate: true, onsubmit: async e => {
    e.preventDefault();
    if (submit.disabled) return;
    submit.disabled = true;
    try {
      const body = {
        enabled: control(form, 'enabled').checked,
        sendAt: control(form, 'sendAt').value || null,
        steps: current(),
      };
      // Always If-Match ("0" too): a change made meanwhile elsewhere is refused (412), not overwritten.
      const saved = await api('/api/settings/reminders', { method: 'PUT', body, headers: ifMatch(settings.version) });
      // The API keeps the steps sorted by day: the form is rebuilt from what it kept.
      const fresh = policyForm(saved);
      form.replaceWith(fresh);
      fresh.querySelector('h2').focus();
      toast(t('rem.saved'));
    } catch (error) {
      showErrors(form, status, error);
    } finally {
      submit.disabled = false;
    }
  } },
  h('h2', { tabindex: -1 }, t('rem.title')),
  h('p', { class: 'hint' }, t('rem.intro')),
  checkbox('enabled', t('rem.enabled'), settings.enabled),
  h('div', { class: 'form-grid' },
    field(t('rem.sendAt'), text('sendAt', settings.sendAt, { type: 'time', step: 60 }), { hint: t('rem.sendAtHint') })),
  h('fieldset', { class: 'group field', dataset: { field: 'steps' }, tabindex: -1 },
    h('legend', {}, t('rem.steps')),
    h('p', { class: 'hint' }, t('rem.rules')),
    list, none,
    h('div', { class: 'row' }, add)),
  h('div', { class: 'row' }, submit), status);

  draw(settings.steps);
  return form;
}
