import { dateTime, h } from '../format.js';
import { t } from '../i18n.js';

/** A stream's facts, oldest first: what happened, when, and who caused it. */
export function timeline(entries, extra = () => null) {
  return h('ol', { class: 'timeline' }, entries.map(e => h('li', {},
    h('strong', {}, humanize(e.type)), ' ', h('time', { datetime: e.timestamp }, dateTime(e.timestamp)),
    e.user ? h('span', { class: 'hint' }, ` ${t('inv.by', e.user)}`) : null,
    h('div', {}, extra(e)))));
}

/** The fact's name in the page's language; an unknown one spelled out ("SomethingNew" → "Something new"). */
function humanize(type) {
  const known = t(`ev.${type}`);
  if (known !== `ev.${type}`) return known;
  const words = type.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words[0].toUpperCase() + words.slice(1);
}
