// Spanish by default; English on request, remembered for the browser session.
import { formTexts } from './i18n-forms.js';

const LANG = 'blueindic.lang';

const texts = {
  es: {
    skip: 'Saltar al contenido', loading: 'Cargando…', logout: 'Salir', other: 'English',
    'nav.receivables': 'Pendiente de cobro', 'nav.morosity': 'Morosidad', 'nav.clients': 'Clientes', 'nav.sales': 'Ventas',
    'login.title': 'Entra con tu clave de API', 'login.key': 'Clave de API', 'login.submit': 'Entrar',
    'login.help': 'La clave se guarda solo en esta pestaña mientras esté abierta. Con ./build.sh run, usa la clave de demo que se imprime al arrancar.',
    'login.invalid': 'Esa clave no es válida o ha sido revocada.',
    'login.notBusiness': 'Esa clave no es la de un negocio (¿la de administración?): entra con la clave de tu negocio.',
    'error.network': 'No se puede contactar con el servidor.', 'error.title': 'No se ha podido completar',
    empty: 'No hay nada que mostrar.', more: 'Cargar más', year: 'Año', compare: 'Comparar con', client: 'Cliente', all: 'Todos',
    'level.Red': 'Vencida', 'level.Orange': 'Vence pronto', 'level.Green': 'En plazo', level: 'Nivel',
    'rec.title': 'Pendiente de cobro', 'rec.number': 'Factura', 'rec.due': 'Vencimiento', 'rec.days': 'Plazo', 'rec.amount': 'Pendiente',
    'rec.overdue': n => `vencida hace ${n} ${n === 1 ? 'día' : 'días'}`, 'rec.today': 'vence hoy',
    'rec.toGo': n => `vence en ${n} ${n === 1 ? 'día' : 'días'}`,
    'rec.paid': 'Cobrado', 'rec.partial': 'Parcial…', 'rec.amountLabel': 'Importe cobrado', 'rec.dateLabel': 'Fecha de cobro',
    'rec.record': 'Anotar cobro', 'rec.recorded': n => `Cobro de la factura ${n} anotado.`, 'rec.undo': 'Deshacer',
    'rec.undone': n => `Cobro de la factura ${n} anulado.`, 'rec.undoReason': 'Cobro anotado por error (deshecho desde el panel)',
    'rec.total': 'Total pendiente', 'rec.aging': 'Antigüedad de la deuda', 'rec.window': n => `Naranja: vence en ${n} días o menos.`,
    'aging.NotDue': 'Sin vencer', 'aging.Days1To30': '1–30 días', 'aging.Days31To60': '31–60 días', 'aging.Days61To90': '61–90 días', 'aging.Over90': 'Más de 90 días',
    'rec.invoices': n => `${n} ${n === 1 ? 'factura' : 'facturas'}`,
    'mor.title': 'Morosidad', 'mor.rate': 'Tasa de morosidad', 'mor.amount': 'Importe moroso', 'mor.invoiced': 'Facturado',
    'mor.overdue': 'Vencido sin cobrar', 'mor.lost': 'Incobrable', 'mor.dso': 'Periodo medio de cobro (días)',
    'mor.clients': 'Clientes que la causan', 'mor.oldest': 'Días del más antiguo', 'mor.claimable': 'Intereses reclamables',
    'mor.none': 'Ningún cliente moroso este año.', 'mor.incomplete': 'sin el semestre aún no publicado',
    'mor.of': (n, total) => `${n} de ${total} clientes`,
    'cli.title': 'Clientes', 'cli.top': 'Mejores clientes', 'cli.bottom': 'Peores clientes', 'cli.revenue': 'Facturación (base)',
    'cli.change': 'Variación', 'cli.share': 'Cuota', 'cli.search': 'Buscar cliente', 'cli.find': 'Buscar', 'cli.name': 'Cliente', 'cli.list': 'Todos los clientes',
    'cli.taxId': 'NIF', 'cli.email': 'Email', 'cli.phone': 'Teléfono', 'cli.terms': 'Días de pago', 'cli.address': 'Dirección',
    'cli.archived': 'Archivado', 'cli.invoices': 'Facturas', 'cli.payments': 'Cobros', 'cli.history': 'Historia',
    'cli.morosity': 'Morosidad del cliente', 'cli.back': '← Clientes',
    'imp.title': 'Importar clientes (Excel, LibreOffice o CSV)', 'imp.file': 'Archivo', 'imp.dryRun': 'Solo comprobar, sin guardar',
    'imp.submit': 'Importar', 'imp.uploading': 'Subiendo…', 'imp.processing': 'Importando…', 'imp.template': 'Descargar plantilla',
    'imp.report': 'Resultado', 'imp.created': 'Creados', 'imp.updated': 'Actualizados', 'imp.unchanged': 'Sin cambios', 'imp.failed': 'Con errores',
    'imp.row': 'Fila', 'imp.column': 'Columna', 'imp.value': 'Valor', 'imp.message': 'Error', 'imp.ignored': 'Columnas ignoradas',
    'sales.title': 'Ventas', 'sales.month': 'Mes', 'sales.net': 'Base', 'sales.previous': 'Año anterior', 'sales.index': 'Índice estacional',
    'sales.total': 'Total del año', 'sales.chart': (y, c) => `Ventas mensuales (base imponible) de ${y} frente a ${c}`,
    'inv.title': n => `Factura ${n}`, 'inv.lines': 'Conceptos', 'inv.description': 'Concepto', 'inv.qty': 'Cantidad', 'inv.price': 'Precio',
    'inv.discount': 'Dto.', 'inv.vat': 'IVA', 'inv.net': 'Base', 'inv.taxes': 'Impuestos', 'inv.base': 'Base imponible', 'inv.surcharge': 'Recargo',
    'inv.withholding': 'Retención IRPF', 'inv.total': 'Total', 'inv.paidSoFar': 'Cobrado', 'inv.due': 'Pendiente', 'inv.writtenOff': 'Incobrable',
    'inv.issueDate': 'Fecha', 'inv.dueDate': 'Vencimiento', 'inv.status': 'Estado', 'inv.payments': 'Cobros', 'inv.reversed': 'anulado',
    'inv.history': 'Historia', 'inv.asOf': 'Ver como estaba el día', 'inv.show': 'Ver', 'inv.now': 'Volver al estado actual',
    'inv.asOfBanner': t => `Así estaba la factura el ${t}.`, 'inv.thisPoint': 'Ver en este momento', 'inv.qr': 'Código QR VERI*FACTU',
    'inv.by': u => `por ${u}`, 'inv.method': 'Forma de pago',
    'method.Transfer': 'Transferencia', 'method.Cash': 'Efectivo', 'method.Card': 'Tarjeta', 'method.DirectDebit': 'Domiciliación', 'method.Other': 'Otra',
    'status.Issued': 'Emitida', 'status.PartiallyPaid': 'Cobrada en parte', 'status.Paid': 'Cobrada', 'status.Uncollectible': 'Incobrable', 'status.Cancelled': 'Cancelada', 'status.Annulled': 'Anulada',
    'ev.InvoiceIssued': 'Factura emitida', 'ev.PaymentRecorded': 'Cobro anotado', 'ev.PaymentReversed': 'Cobro anulado',
    'ev.InvoiceWrittenOff': 'Declarada incobrable', 'ev.InvoiceCancelled': 'Anulada por rectificativa', 'ev.InvoiceAnnulled': 'Anulada (registro de anulación)', 'ev.InvoiceCorrected': 'Rectificada',
    'ev.InvoiceSent': 'Enviada por correo', 'ev.ReminderSent': 'Recordatorio enviado', 'ev.InvoiceSendFailed': 'Correo no entregado',
    'kind.Upcoming': 'Aviso previo', 'kind.Overdue': 'Vencida', 'kind.FormalClaim': 'Requerimiento formal',
    'mail.title': 'Correos', 'mail.send': 'Enviar', 'mail.to': 'Para', 'mail.cc': 'Copia', 'mail.message': 'Mensaje',
    'mail.toHint': 'Varias direcciones, separadas por comas.', 'mail.address': n => `Dirección ${n}`,
    'mail.sent': to => `Factura enviada a ${to}.`, 'mail.reminded': (kind, to) => `Recordatorio (${kind}) enviado a ${to}.`,
    'mail.notDelivered': 'No se ha entregado: el servidor no tiene un servidor de correo (SMTP) configurado y el mensaje solo se ha guardado en su carpeta de salida.',
    'mail.remind': 'Enviar recordatorio', 'mail.invoice': 'Factura', 'mail.byHand': 'a mano', 'mail.when': 'Cuándo', 'mail.what': 'Qué',
    'mail.state': 'Estado', 'mail.ok': 'Enviado', 'mail.failed': why => `No entregado: ${why}`, 'mail.none': 'Aún no se ha enviado ningún correo.',
    'mail.next': (kind, at) => `Próximo recordatorio: ${kind}, el ${at}.`, 'mail.noNext': 'No hay más recordatorios automáticos previstos.',
    'mail.last': (kind, at) => `Último recordatorio: ${kind}, ${at}`,
    'ev.ClientRegistered': 'Alta del cliente', 'ev.ClientDetailsChanged': 'Datos cambiados', 'ev.ClientArchived': 'Archivado', 'ev.ClientRestored': 'Recuperado',
    months: ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre'],
  },
  en: {
    skip: 'Skip to content', loading: 'Loading…', logout: 'Sign out', other: 'Español',
    'nav.receivables': 'To collect', 'nav.morosity': 'Late payers', 'nav.clients': 'Clients', 'nav.sales': 'Sales',
    'login.title': 'Sign in with your API key', 'login.key': 'API key', 'login.submit': 'Sign in',
    'login.help': 'The key is kept only in this tab while it is open. With ./build.sh run, use the demo key it prints at start.',
    'login.invalid': 'That key is not valid or has been revoked.',
    'login.notBusiness': 'That key is not a business\'s (the admin key?): sign in with your business\'s key.',
    'error.network': 'The server cannot be reached.', 'error.title': 'That did not work',
    empty: 'Nothing to show.', more: 'Load more', year: 'Year', compare: 'Compare with', client: 'Client', all: 'All',
    'level.Red': 'Overdue', 'level.Orange': 'Due soon', 'level.Green': 'Not yet due', level: 'Level',
    'rec.title': 'To collect', 'rec.number': 'Invoice', 'rec.due': 'Due date', 'rec.days': 'When', 'rec.amount': 'Due',
    'rec.overdue': n => `${n} ${n === 1 ? 'day' : 'days'} overdue`, 'rec.today': 'due today',
    'rec.toGo': n => `due in ${n} ${n === 1 ? 'day' : 'days'}`,
    'rec.paid': 'Paid', 'rec.partial': 'Partial…', 'rec.amountLabel': 'Amount received', 'rec.dateLabel': 'Date received',
    'rec.record': 'Record payment', 'rec.recorded': n => `Payment of invoice ${n} recorded.`, 'rec.undo': 'Undo',
    'rec.undone': n => `Payment of invoice ${n} reversed.`, 'rec.undoReason': 'Payment recorded by mistake (undone from the dashboard)',
    'rec.total': 'Total due', 'rec.aging': 'Debt age', 'rec.window': n => `Orange: due within ${n} days.`,
    'aging.NotDue': 'Not yet due', 'aging.Days1To30': '1–30 days', 'aging.Days31To60': '31–60 days', 'aging.Days61To90': '61–90 days', 'aging.Over90': 'Over 90 days',
    'rec.invoices': n => `${n} ${n === 1 ? 'invoice' : 'invoices'}`,
    'mor.title': 'Late payers', 'mor.rate': 'Morosity rate', 'mor.amount': 'Amount overdue or lost', 'mor.invoiced': 'Invoiced',
    'mor.overdue': 'Overdue', 'mor.lost': 'Written off', 'mor.dso': 'Days sales outstanding',
    'mor.clients': 'Clients behind it', 'mor.oldest': 'Oldest, days', 'mor.claimable': 'Claimable interest',
    'mor.none': 'No late payers this year.', 'mor.incomplete': 'without the semester not yet published',
    'mor.of': (n, total) => `${n} of ${total} clients`,
    'cli.title': 'Clients', 'cli.top': 'Best clients', 'cli.bottom': 'Worst clients', 'cli.revenue': 'Revenue (net)',
    'cli.change': 'Change', 'cli.share': 'Share', 'cli.search': 'Search clients', 'cli.find': 'Search', 'cli.name': 'Client', 'cli.list': 'All clients',
    'cli.taxId': 'Tax id', 'cli.email': 'Email', 'cli.phone': 'Phone', 'cli.terms': 'Payment days', 'cli.address': 'Address',
    'cli.archived': 'Archived', 'cli.invoices': 'Invoices', 'cli.payments': 'Payments', 'cli.history': 'History',
    'cli.morosity': 'Client morosity', 'cli.back': '← Clients',
    'imp.title': 'Import clients (Excel, LibreOffice or CSV)', 'imp.file': 'File', 'imp.dryRun': 'Check only, do not save',
    'imp.submit': 'Import', 'imp.uploading': 'Uploading…', 'imp.processing': 'Importing…', 'imp.template': 'Download template',
    'imp.report': 'Result', 'imp.created': 'Created', 'imp.updated': 'Updated', 'imp.unchanged': 'Unchanged', 'imp.failed': 'With errors',
    'imp.row': 'Row', 'imp.column': 'Column', 'imp.value': 'Value', 'imp.message': 'Error', 'imp.ignored': 'Ignored columns',
    'sales.title': 'Sales', 'sales.month': 'Month', 'sales.net': 'Net', 'sales.previous': 'Previous year', 'sales.index': 'Seasonality index',
    'sales.total': 'Year total', 'sales.chart': (y, c) => `Monthly sales (net) of ${y} against ${c}`,
    'inv.title': n => `Invoice ${n}`, 'inv.lines': 'Lines', 'inv.description': 'Description', 'inv.qty': 'Qty', 'inv.price': 'Price',
    'inv.discount': 'Disc.', 'inv.vat': 'VAT', 'inv.net': 'Net', 'inv.taxes': 'Taxes', 'inv.base': 'Tax base', 'inv.surcharge': 'Surcharge',
    'inv.withholding': 'Withholding', 'inv.total': 'Total', 'inv.paidSoFar': 'Paid', 'inv.due': 'Due', 'inv.writtenOff': 'Written off',
    'inv.issueDate': 'Date', 'inv.dueDate': 'Due date', 'inv.status': 'Status', 'inv.payments': 'Payments', 'inv.reversed': 'reversed',
    'inv.history': 'History', 'inv.asOf': 'See it as it was on', 'inv.show': 'Show', 'inv.now': 'Back to now',
    'inv.asOfBanner': t => `The invoice as it was on ${t}.`, 'inv.thisPoint': 'See it at this point', 'inv.qr': 'VERI*FACTU QR code',
    'inv.by': u => `by ${u}`, 'inv.method': 'Method',
    'method.Transfer': 'Bank transfer', 'method.Cash': 'Cash', 'method.Card': 'Card', 'method.DirectDebit': 'Direct debit', 'method.Other': 'Other',
    'status.Issued': 'Issued', 'status.PartiallyPaid': 'Partly paid', 'status.Paid': 'Paid', 'status.Uncollectible': 'Written off', 'status.Cancelled': 'Cancelled', 'status.Annulled': 'Annulled',
    'ev.InvoiceIssued': 'Invoice issued', 'ev.PaymentRecorded': 'Payment recorded', 'ev.PaymentReversed': 'Payment reversed',
    'ev.InvoiceWrittenOff': 'Written off', 'ev.InvoiceCancelled': 'Cancelled by a corrective invoice', 'ev.InvoiceAnnulled': 'Annulled (VERI*FACTU anulación record)', 'ev.InvoiceCorrected': 'Corrected',
    'ev.InvoiceSent': 'Sent by email', 'ev.ReminderSent': 'Reminder sent', 'ev.InvoiceSendFailed': 'Email not delivered',
    'kind.Upcoming': 'Upcoming', 'kind.Overdue': 'Overdue', 'kind.FormalClaim': 'Formal demand',
    'mail.title': 'Emails', 'mail.send': 'Send', 'mail.to': 'To', 'mail.cc': 'Cc', 'mail.message': 'Message',
    'mail.toHint': 'Several addresses, separated by commas.', 'mail.address': n => `Address ${n}`,
    'mail.sent': to => `Invoice sent to ${to}.`, 'mail.reminded': (kind, to) => `Reminder (${kind}) sent to ${to}.`,
    'mail.notDelivered': 'Not delivered: the server has no mail relay (SMTP) configured; the message was only kept in its outbox folder.',
    'mail.remind': 'Send reminder', 'mail.invoice': 'Invoice', 'mail.byHand': 'by hand', 'mail.when': 'When', 'mail.what': 'What',
    'mail.state': 'State', 'mail.ok': 'Sent', 'mail.failed': why => `Not delivered: ${why}`, 'mail.none': 'No email sent yet.',
    'mail.next': (kind, at) => `Next reminder: ${kind}, on ${at}.`, 'mail.noNext': 'No more automatic reminders are due.',
    'mail.last': (kind, at) => `Last reminder: ${kind}, ${at}`,
    'ev.ClientRegistered': 'Client registered', 'ev.ClientDetailsChanged': 'Details changed', 'ev.ClientArchived': 'Archived', 'ev.ClientRestored': 'Restored',
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  },
};

Object.assign(texts.es, formTexts.es);
Object.assign(texts.en, formTexts.en);

export let lang = sessionStorage.getItem(LANG) === 'en' ? 'en' : 'es';

export function setLang(value) {
  lang = value;
  sessionStorage.setItem(LANG, value);
  document.documentElement.lang = value;
}

/** A text in the current language; functions take their arguments: t('rec.overdue', 3). */
export function t(key, ...args) {
  const text = texts[lang][key] ?? texts.es[key] ?? key;
  return typeof text === 'function' ? text(...args) : text;
}

/** The name of an API enum value (the API writes them camelCase: "partiallyPaid"): named('status', 'partiallyPaid'). */
export const named = (group, value) => t(`${group}.${value[0].toUpperCase()}${value.slice(1)}`);

/** Fills every [data-i18n] element of the static shell. */
export function translateShell() {
  document.documentElement.lang = lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  const toggle = document.getElementById('lang');
  toggle.textContent = t('other');
  toggle.lang = lang === 'es' ? 'en' : 'es';
}
