using Blueindic.Domain.Clients;
using Blueindic.Domain.Invoices;

namespace Blueindic.Api.Demo;

/// <summary>How a demo client pays, in days relative to the due date.</summary>
internal enum PayerKind { OnTime, Late, Slow, Defaulter }

/// <summary>
/// Plans eighteen months of a small studio's invoicing up to today, through the real decisions:
/// good payers, late payers, a defaulter with written-off invoices, cancelled invoices and a
/// correction by differences. Deterministic (fixed seed), so every demo looks alike.
/// </summary>
internal sealed class DemoInvoices(InvoiceLedger ledger, PartySnapshot issuer, DateOnly today)
{
    private readonly Random _random = new(20261127);
    private readonly PriorityQueue<Action, (DateOnly Date, int Order)> _timeline = new();
    private readonly Dictionary<Guid, (Invoice State, List<object> Events)> _invoices = [];
    private int _order;
    private bool _wroteOff;
    private bool _cancelled;
    private bool _credited;
    private InvoiceLedger _ledger = ledger;

    public List<object> LedgerEvents { get; } = [];
    public IEnumerable<(Guid Id, List<object> Events)> Invoices => _invoices.Select(i => (i.Key, i.Value.Events));

    private static readonly (string Description, decimal MinQty, decimal MaxQty, decimal Price, decimal Vat)[] Catalogue =
    [
        ("Diseño gráfico (horas)", 2, 12, 45m, 21m),
        ("Mantenimiento web mensual", 1, 1, 120m, 21m),
        ("Consultoría de marca (horas)", 1, 8, 60m, 21m),
        ("Sesión de fotografía de producto", 1, 1, 350m, 21m),
        ("Impresión de cartelería (unidades)", 50, 400, 0.35m, 21m),
        ("Curso de formación en redes sociales", 1, 1, 400m, 0m),
    ];

    public DemoInvoices Plan(IReadOnlyList<(Guid Id, ClientDetails Details, PayerKind Payer)> clients)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-17);
        for (var month = first; month <= today; month = month.AddMonths(1))
            foreach (var client in clients)
            {
                if (_random.NextDouble() > 0.75) continue;
                var date = month.AddDays(_random.Next(0, DateTime.DaysInMonth(month.Year, month.Month)));
                if (date <= today) At(date, () => Issue(client, date));
            }
        while (_timeline.TryDequeue(out var action, out _)) action();
        return this;
    }

    private void At(DateOnly date, Action action) => _timeline.Enqueue(action, (date, _order++));

    private static DateTimeOffset Morning(DateOnly date) => new(date.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    private void Issue((Guid Id, ClientDetails Details, PayerKind Payer) client, DateOnly date)
    {
        var d = client.Details;
        var lines = Enumerable.Range(0, _random.Next(1, 4)).Select(_ =>
        {
            var item = Catalogue[_random.Next(Catalogue.Length)];
            var qty = Math.Round(item.MinQty + (decimal)_random.NextDouble() * (item.MaxQty - item.MinQty));
            var vat = d.Address.Country == "ES" ? item.Vat : 0m;   // intra-EU services: reverse charge
            return new LineInput(item.Description, qty, item.Price, _random.NextDouble() < 0.2 ? 10 : 0, vat);
        }).ToList();
        var request = new IssueRequest(Guid.CreateVersion7(), InvoiceDecisions.DefaultSeries, date, date.AddDays(d.PaymentTermsDays), 0, null, lines);
        var (issued, numbered) = InvoiceDecisions.Issue(_ledger, request, client.Id,
            new PartySnapshot(d.Name, d.LegalName, d.TaxId, d.Address), d.EquivalenceSurcharge, issuer, Morning(date));
        Chain(numbered);
        _invoices[issued.InvoiceId] = (Invoice.Create(issued), [issued]);
        Fate(issued, client.Payer);
    }

    private void Fate(InvoiceIssued invoice, PayerKind payer)
    {
        var id = invoice.InvoiceId;
        var due = invoice.DueDate;
        var roll = _random.NextDouble();
        switch (payer)
        {
            case PayerKind.OnTime when (!_cancelled || roll < 0.03) && invoice.IssueDate.AddDays(2) <= today:
                _cancelled = true;   // at least one, so a corrective invoice is there to see
                At(invoice.IssueDate.AddDays(2), () => Cancel(id, invoice.IssueDate.AddDays(2)));
                break;
            case PayerKind.OnTime:
                Pay(id, due.AddDays(-_random.Next(0, Math.Max(1, invoice.DueDate.DayNumber - invoice.IssueDate.DayNumber))));
                break;
            case PayerKind.Late:
                if (!_credited && invoice.IssueDate.AddDays(5) <= today)
                {
                    _credited = true;   // at least one correction by differences, so credits show in the reports
                    At(invoice.IssueDate.AddDays(5), () => Credit(id, invoice.IssueDate.AddDays(5)));
                }
                var late = due.AddDays(_random.Next(10, 75));
                Pay(id, late, half: roll < 0.3);
                break;
            case PayerKind.Slow:
                Pay(id, due.AddDays(_random.Next(20, 50)));
                break;
            case PayerKind.Defaulter when (!_wroteOff || roll < 0.15) && due.AddDays(120) <= today:
                _wroteOff = true;   // at least one, so morosity always has a loss to show
                At(due.AddDays(120), () => Record(id, inv => InvoiceDecisions.WriteOff(inv, "Impagada tras varios requerimientos", due.AddDays(120))));
                break;
            case PayerKind.Defaulter when roll < 0.45:
                break;   // never paid: overdue
            case PayerKind.Defaulter:
                Pay(id, due.AddDays(_random.Next(30, 120)), half: roll < 0.75);
                break;
        }
    }

    /// <summary>Pays in full on <paramref name="date"/>, or half then, half a month later; nothing after today.</summary>
    private void Pay(Guid id, DateOnly date, bool half = false)
    {
        if (date > today) return;
        var method = _random.NextDouble() < 0.8 ? PaymentMethod.Transfer : PaymentMethod.Card;
        if (half)
        {
            var first = date;
            At(first, () => Record(id, inv => InvoiceDecisions.RecordPayment(inv, Guid.CreateVersion7(),
                Math.Round(inv.Balance.Due / 2, 2), first, method, null, today)));
        }
        var rest = half ? date.AddDays(15) : date;
        if (rest > today) return;
        At(rest, () => Record(id, inv => InvoiceDecisions.RecordPayment(inv, Guid.CreateVersion7(), null, rest, method, null, today)));
    }

    private void Cancel(Guid id, DateOnly date)
    {
        var (state, events) = _invoices[id];
        var (corrective, numbered, onOriginal) = InvoiceDecisions.Correct(_ledger, state, state.Issuer, Guid.CreateVersion7(),
            "Emitida por error: pedido anulado por el cliente", null, Morning(date));
        Chain(numbered);
        _invoices[corrective.InvoiceId] = (Invoice.Create(corrective), [corrective]);
        events.Add(onOriginal);
        _invoices[id] = (state.Apply((InvoiceCancelled)onOriginal), events);
    }

    /// <summary>A 10 % commercial discount granted after the fact: a corrective invoice by differences.</summary>
    private void Credit(Guid id, DateOnly date)
    {
        var (state, events) = _invoices[id];
        var first = state.Amounts.Lines[0];
        var discount = new LineInput("Descuento comercial (10 %)", 1, -Math.Round(state.Amounts.NetTotal / 10, 2), 0, first.VatRate);
        var (corrective, numbered, onOriginal) = InvoiceDecisions.Correct(_ledger, state, state.Issuer, Guid.CreateVersion7(),
            "Descuento comercial acordado tras la entrega", [discount], Morning(date));
        Chain(numbered);
        _invoices[corrective.InvoiceId] = (Invoice.Create(corrective), [corrective]);
        events.Add(onOriginal);
        _invoices[id] = (state.Apply((InvoiceCorrected)onOriginal), events);
    }

    private void Record(Guid id, Func<Invoice, object> decide)
    {
        var (state, events) = _invoices[id];
        var fact = decide(state);
        events.Add(fact);
        _invoices[id] = (fact switch
        {
            PaymentRecorded p => state.Apply(p),
            InvoiceWrittenOff w => state.Apply(w),
            _ => throw new InvalidOperationException($"Unexpected {fact.GetType().Name}"),
        }, events);
    }

    private void Chain(InvoiceNumbered numbered)
    {
        _ledger = _ledger.Apply(numbered);
        LedgerEvents.Add(numbered);
    }
}
